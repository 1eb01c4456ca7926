import QtQuick
import Tableside.Ui
import Tableside.Host

// What is ready to carry out at one table, each line with its own Served.
Column {
    id: ready

    required property HostScreen host
    required property TableView table

    spacing: 4
    Text {
        anchors.left: parent.left // mirrored: the right in Arabic and Persian
        text: qsTr("🔔 Ready to carry out")
        color: Theme.floorReady
        font.pixelSize: Theme.textBody
        font.weight: Font.Bold
    }
    Repeater {
        model: ready.table.readyLines
        delegate: ReadyLineRow {
            id: row
            // The list this row is in (a delegate reaches outside itself only through its parent).
            host: (row.parent as ReadyLines)?.host ?? null
        }
    }
}

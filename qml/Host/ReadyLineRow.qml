import QtQuick
import Tableside.Ui
import Tableside.Host

// One ready line in the table's sheet: what to carry out, and its own Served button.
Row {
    id: row

    required property HostScreen host
    required property double lineId
    required property int quantity
    required property string name

    anchors.left: parent ? parent.left : undefined // mirrored: the right in Arabic and Persian
    spacing: Theme.spacingSmall

    Text {
        width: 300
        anchors.verticalCenter: parent.verticalCenter
        text: row.host ? qsTr("%1 × %2").arg(row.host.number(row.quantity)).arg(row.name) : ""
        color: Theme.kdsInk
        font.pixelSize: Theme.textBody
        elide: Text.ElideRight
    }
    FloorButton {
        objectName: "serveLine_" + row.lineId
        text: qsTr("Served")
        tint: Theme.floorReady
        Accessible.name: qsTr("Mark %1 served").arg(row.name)
        onClicked: row.host.serveLine(row.lineId)
    }
}

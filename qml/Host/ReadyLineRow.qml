import QtQuick
import Tableside.Ui

// One ready line in the table's sheet: what to carry out, and its own Served button.
Row {
    id: row

    required property var modelData
    required property var host

    anchors.left: parent ? parent.left : undefined // mirrored: the right in Arabic and Persian
    spacing: Theme.spacingSmall

    Text {
        width: 300
        anchors.verticalCenter: parent.verticalCenter
        text: qsTr("%1 × %2").arg(row.host.number(row.modelData.quantity)).arg(row.modelData.name)
        color: Theme.kdsInk
        font.pixelSize: Theme.textBody
        elide: Text.ElideRight
    }
    FloorButton {
        objectName: "serveLine_" + row.modelData.lineId
        text: qsTr("Served")
        tint: Theme.floorReady
        Accessible.name: qsTr("Mark %1 served").arg(row.modelData.name)
        onClicked: row.host.serveLine(row.modelData.lineId)
    }
}

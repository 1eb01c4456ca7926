import QtQuick
import Tableside.Ui

// One status in the header's legend: its colour key and icon, and how many tables it is true of
// (FloorModel::countWithStatus, so a table called while its food cooks counts twice).
Row {
    id: entry

    required property string status
    required property string icon
    required property string countText

    function label() {
        switch (entry.status) {
        case "called": return qsTr("%1 called")
        case "ready": return qsTr("%1 food ready")
        case "bill": return qsTr("%1 bill")
        case "waiting": return qsTr("%1 waiting long")
        case "ordered": return qsTr("%1 ordered")
        case "seated": return qsTr("%1 seated")
        default: return qsTr("%1 free")
        }
    }

    anchors.verticalCenter: parent ? parent.verticalCenter : undefined
    spacing: 6
    Rectangle {
        width: 22; height: 22; radius: 4
        anchors.verticalCenter: parent.verticalCenter
        color: Theme.floorStatusColor(entry.status)
        Text {
            anchors.centerIn: parent
            text: entry.icon
            font.pixelSize: 12
            color: Theme.floorInk
        }
    }
    Text {
        objectName: "legend_" + entry.status
        anchors.verticalCenter: parent.verticalCenter
        text: entry.label().arg(entry.countText)
        color: Theme.kdsMuted
        font.pixelSize: Theme.textSmall
        font.weight: Font.Bold
    }
}

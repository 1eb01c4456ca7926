import QtQuick

// Covers a screen the hub turned away, with what to do next. The screen gives the sentence,
// already in its own language; this file has no text of its own.
Rectangle {
    id: notice

    property string text: ""

    objectName: "refusalNotice"
    visible: text !== ""
    anchors.fill: parent
    z: 1000
    color: Theme.kdsBackground

    // Takes every touch: nothing behind it can be used.
    MouseArea {
        anchors.fill: parent
    }
    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.spacing, 900)
        spacing: Theme.spacing

        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: 96
            height: 96
            radius: 48
            color: "transparent"
            border.color: Theme.kdsWarn
            border.width: 6
            Text {
                anchors.centerIn: parent
                text: "!"
                color: Theme.kdsWarn
                font.pixelSize: Theme.textDisplay
                font.weight: Font.Bold
            }
        }
        Text {
            objectName: "refusalText"
            width: parent.width
            text: notice.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            color: Theme.kdsInk
            font.pixelSize: Theme.textTitle
            Accessible.role: Accessible.AlertMessage
            Accessible.name: notice.text
        }
    }
}

import QtQuick
import Tableside.Table
import Tableside.Ui

// "Message staff", with the number of staff replies the diner has not read yet on its corner.
// Plain Qt Quick: it is on the menu's first frame.
PillButton {
    id: button

    required property TableScreen table
    // Only the speech bubble, where the row is short of room (the menu's top bar).
    property bool compact: false
    readonly property int unread: table.chat.unreadCount

    // The compact button draws its bubble: an emoji would send every start through the font
    // fallback list.
    text: compact ? "" : qsTr("Message staff")
    Accessible.name: unread > 0 ? qsTr("Message staff, unread replies: %1").arg(table.number(unread))
                                : qsTr("Message staff")

    ChatIcon {
        visible: button.compact
        anchors.centerIn: parent
        width: Theme.textBody + 4
        height: Math.round(width * 0.9)
        scale: button.pressed ? 0.96 : 1
    }

    Rectangle {
        objectName: "chatUnread"
        visible: button.unread > 0
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.topMargin: -6
        anchors.rightMargin: -6
        width: Math.max(height, count.implicitWidth + 12)
        height: 28
        radius: height / 2
        color: Theme.danger
        border.width: 2
        border.color: Theme.card
        Text {
            id: count
            objectName: "chatUnreadCount"
            anchors.centerIn: parent
            // Laid out only when shown.
            text: parent.visible ? button.table.number(button.unread) : ""
            color: Theme.statusInk
            font.pixelSize: Theme.textSmall
            font.weight: Font.DemiBold
        }
    }
}

import QtQuick
import Tableside.Ui
import Tableside.Host

// One alert: what (icon and words), which table, how long ago, and its one action. An alert
// past the owner's threshold has moved to the top; it flashes and says ESCALATED.
Rectangle {
    id: card

    required property HostScreen host
    required property string key
    required property string kind
    required property int table
    required property int number
    required property int age
    required property bool escalated
    required property string message
    required property int unread

    readonly property string what: kind === "chat" ? qsTr("%Ln new message(s)", "", unread)
                                 : kind === "ready" ? qsTr("Food ready")
                                 : kind === "bill" ? qsTr("Bill requested")
                                 : kind === "water" ? qsTr("Water, please")
                                 : kind === "cutlery" ? qsTr("Cutlery, please")
                                 : kind === "help" ? qsTr("Waiter called")
                                 : qsTr("Waiter called")
    readonly property color tint: kind === "chat" ? Theme.kdsSelected
                                : kind === "ready" ? Theme.floorReady
                                : kind === "bill" ? Theme.floorBill : Theme.floorCalled

    objectName: "alert_" + key
    implicitHeight: column.implicitHeight + 2 * Theme.spacingSmall
    radius: 10
    color: escalated ? Theme.floorEscalated : Theme.kdsCard
    border.color: escalated ? Theme.kdsLate : tint
    border.width: escalated ? 4 : 2

    SequentialAnimation on color {
        running: card.escalated
        loops: Animation.Infinite
        ColorAnimation { to: Theme.floorEscalatedFlash; duration: 450 }
        ColorAnimation { to: Theme.floorEscalated; duration: 450 }
    }

    Rectangle {
        width: 10
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        radius: 5
        color: card.tint
    }

    Column {
        id: column
        anchors.left: parent.left
        anchors.right: action.left
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.spacing + 6
        anchors.rightMargin: Theme.spacingSmall
        spacing: 2
        Row {
            id: headline
            width: parent.width
            spacing: Theme.spacingSmall
            Text {
                id: tableText
                text: qsTr("T%1").arg(card.host.number(card.table))
                color: Theme.kdsInk
                font.pixelSize: Theme.textHeadline
                font.weight: Font.Black
            }
            Column {
                // What and how long take the rest of the line, wrapping rather than running
                // under the button.
                width: headline.width - tableText.width - headline.spacing
                anchors.verticalCenter: parent.verticalCenter
                Text {
                    width: parent.width
                    text: (card.kind === "ready" ? "🔔 " : card.kind === "bill" ? "€ "
                           : card.kind === "chat" ? "💬 " : "✋ ") + card.what
                    color: Theme.kdsInk
                    font.pixelSize: Theme.textBody
                    font.weight: Font.Bold
                    elide: Text.ElideRight
                }
                Text {
                    // The age is the hub's: how long the food has waited at the pass, or since
                    // the table asked, the same on every floor screen and after a reconnect.
                    objectName: "age_" + card.key
                    width: parent.width
                    wrapMode: Text.WordWrap
                    text: (card.kind === "ready"
                           ? (card.escalated ? qsTr("ESCALATED · waiting at the pass %1")
                                             : qsTr("waiting at the pass %1"))
                           : (card.escalated ? qsTr("ESCALATED · %1 ago") : qsTr("%1 ago")))
                          .arg(card.host.duration(card.age))
                    color: card.escalated ? Theme.kdsWarn : Theme.kdsMuted
                    font.pixelSize: Theme.textSmall
                    font.weight: card.escalated ? Font.Black : Font.Normal
                }
            }
        }
        Text {
            // The dishes waiting at the pass ("2 × Hummus and 1 × Fattoush").
            visible: dishes.lines.count > 0
            width: parent.width
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
            text: dishes.text
            color: Theme.kdsInk
            font.pixelSize: Theme.textBody
        }
        Text {
            objectName: "alertMessage_" + card.key
            visible: card.message.length > 0
            width: parent.width
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            elide: Text.ElideRight
            textFormat: Text.PlainText
            text: "“" + card.message + "”"
            color: Theme.kdsInk
            font.pixelSize: Theme.textBody
        }
    }

    AlertLines {
        id: dishes
        host: card.host
        key: card.key
    }

    FloorButton {
        id: action
        objectName: "resolve_" + card.key
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacingSmall
        anchors.verticalCenter: parent.verticalCenter
        width: 132
        text: card.kind === "ready" ? qsTr("Served ✓") : card.kind === "chat" ? qsTr("Open")
                                                      : qsTr("On my way")
        tint: card.kind === "ready" ? Theme.floorReady : Theme.kdsBorder
        Accessible.name: (card.kind === "ready" ? qsTr("Mark table %1's food served")
                          : card.kind === "chat" ? qsTr("Open table %1's messages")
                                                 : qsTr("Acknowledge table %1")).arg(card.host.number(card.table))
        onClicked: card.host.resolveAlert(card.key)
    }
}

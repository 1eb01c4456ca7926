import QtQuick
import QtQuick.Controls
import Tableside.Ui
import Tableside.Owner

// The owner's header. First row: the tabs (the menu, what guests said, their ideas, the places
// the tables recommend) and Lock.
// Second: the page's title, the draft's state (or that the hub is away) and, on the menu's tab,
// its actions.
Rectangle {
    id: header

    required property OwnerScreen owner
    readonly property bool onMenu: owner.section === "menu"

    implicitHeight: tabs.height + pageRow.height + 1
    color: Theme.card

    Row {
        id: tabs
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacingSmall
        height: 56
        OwnerTab {
            objectName: "menuTab"
            anchors.bottom: parent.bottom
            text: qsTr("Menu")
            checked: header.onMenu
            onClicked: header.owner.openMenu()
        }
        OwnerTab {
            objectName: "voiceButton"
            anchors.bottom: parent.bottom
            text: qsTr("Guest voice")
            checked: header.owner.section === "voice"
            onClicked: header.owner.openVoice()
        }
        OwnerTab {
            objectName: "ideasButton"
            anchors.bottom: parent.bottom
            text: qsTr("Ideas")
            checked: header.owner.section === "ideas"
            onClicked: header.owner.openIdeas()
        }
        OwnerTab {
            objectName: "tipsButton"
            anchors.bottom: parent.bottom
            text: qsTr("Explore the area")
            checked: header.owner.section === "tips"
            onClicked: header.owner.openTips()
        }
    }
    OwnerButton {
        objectName: "lockButton"
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacing
        anchors.verticalCenter: tabs.verticalCenter
        implicitHeight: 40
        text: qsTr("Lock")
        onClicked: header.owner.lock()
    }
    Rectangle {
        anchors.top: tabs.bottom
        width: parent.width
        height: 1
        color: Theme.line
    }

    Item {
        id: pageRow
        anchors.top: tabs.bottom
        anchors.topMargin: 1
        width: parent.width
        height: 68
        Rectangle {
            anchors.fill: parent
            color: Theme.background
            opacity: 0.5
        }
        Column {
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacing
            anchors.right: actions.visible ? actions.left : parent.right
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            Text {
                objectName: "pageTitle"
                width: parent.width
                horizontalAlignment: Text.AlignLeft
                text: header.owner.page === "ideas" ? qsTr("Ideas from the tables")
                      : header.owner.page === "tips" ? qsTr("Places the tables recommend")
                      : header.owner.page === "history" ? qsTr("Publish history")
                      : header.owner.page === "preview" ? qsTr("Preview of the draft")
                      : header.owner.page === "voice" ? qsTr("What guests rated and said")
                      : qsTr("Menu draft")
                color: Theme.ink
                font.pixelSize: Theme.textTitle
                font.weight: Font.DemiBold
                // A long title in another language shrinks beside the buttons, never under them.
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.textBody
                elide: Text.ElideRight
            }
            Text {
                objectName: "draftText"
                width: parent.width
                horizontalAlignment: Text.AlignLeft
                text: !header.owner.online ? qsTr("Offline: changes wait until the hub is back.")
                      : header.onMenu ? header.owner.draftText
                      : header.owner.section === "voice"
                        ? qsTr("Ratings and comments reach this page as guests give them.")
                        : header.owner.section === "tips"
                        ? qsTr("Diners see these places under Explore the area.")
                        : qsTr("Ideas and votes reach this page as diners give them.")
                color: header.owner.online ? Theme.muted : Theme.danger
                font.pixelSize: Theme.textSmall
                elide: Text.ElideRight
            }
        }
        Row {
            id: actions
            visible: header.onMenu
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.spacingSmall
            OwnerButton {
                objectName: "undoButton"
                text: qsTr("Undo")
                enabled: header.owner.hasDraft && !header.owner.busy
                onClicked: header.owner.undo()
            }
            OwnerButton {
                objectName: "previewButton"
                text: header.owner.page === "preview" ? qsTr("Back to the menu") : qsTr("Preview")
                onClicked: header.owner.page === "preview" ? header.owner.closePreview()
                                                           : header.owner.openPreview()
            }
            SpreadsheetButtons {
                spreadsheet: header.owner.spreadsheet
                enabled: !header.owner.busy
            }
            OwnerButton {
                objectName: "historyButton"
                text: header.owner.page === "history" ? qsTr("Back to the menu") : qsTr("History")
                onClicked: header.owner.page === "history" ? header.owner.closeHistory()
                                                           : header.owner.openHistory()
            }
            OwnerButton {
                objectName: "publishButton"
                primary: true
                text: qsTr("Publish")
                enabled: header.owner.hasDraft && !header.owner.busy
                onClicked: header.owner.publish()
            }
        }
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.line
    }
}

import QtQuick
import QtQuick.Controls
import Tableside.Ui
import Tableside.Owner

// The owner's menu editor: the PIN keypad until an owner signs in, then the menu (categories,
// their dishes, the problems that stop publishing), one dish's form, the publish history, or what
// guests said of the dishes and their visits (Guest voice).
ApplicationWindow {
    id: window

    // Handed in by the owner role: the draft, its lists and the owner's actions.
    required property OwnerScreen owner

    width: 1280
    height: 800
    visible: true
    title: qsTr("Menu editor")
    color: Theme.background
    font.family: Theme.fontFamily

    // Arabic and Persian read right to left: the category list moves to the right.
    LayoutMirroring.enabled: window.owner.rightToLeft
    LayoutMirroring.childrenInherit: true

    header: Rectangle {
        visible: window.owner.signedIn
        height: visible ? 72 : 0
        color: Theme.card
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.line
        }
        Column {
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacing
            anchors.right: actions.left
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            Text {
                objectName: "pageTitle"
                width: parent.width
                horizontalAlignment: Text.AlignLeft
                text: window.owner.page === "ideas" ? qsTr("Ideas from the tables")
                      : window.owner.page === "history" ? qsTr("Publish history")
                      : window.owner.page === "preview" ? qsTr("Preview of the draft")
                      : window.owner.page === "voice" ? qsTr("Guest voice")
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
                text: window.owner.online ? window.owner.draftText
                                          : qsTr("Offline: changes wait until the hub is back.")
                color: window.owner.online ? Theme.muted : Theme.danger
                font.pixelSize: Theme.textSmall
                elide: Text.ElideRight
            }
        }
        Row {
            id: actions
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.spacingSmall
            OwnerButton {
                objectName: "undoButton"
                text: qsTr("Undo")
                enabled: window.owner.hasDraft && !window.owner.busy
                onClicked: window.owner.undo()
            }
            OwnerButton {
                objectName: "previewButton"
                text: window.owner.page === "preview" ? qsTr("Back to the menu") : qsTr("Preview")
                onClicked: window.owner.page === "preview" ? window.owner.closePreview()
                                                           : window.owner.openPreview()
            }
            SpreadsheetButtons {
                spreadsheet: window.owner.spreadsheet
                enabled: !window.owner.busy
            }
            OwnerButton {
                objectName: "voiceButton"
                text: window.owner.page === "voice" ? qsTr("Back to the menu") : qsTr("Guest voice")
                onClicked: window.owner.page === "voice" ? window.owner.closeVoice()
                                                         : window.owner.openVoice()
            }
            OwnerButton {
                objectName: "historyButton"
                text: window.owner.page === "history" ? qsTr("Back to the menu") : qsTr("History")
                onClicked: window.owner.page === "history" ? window.owner.closeHistory()
                                                           : window.owner.openHistory()
            }
            OwnerButton {
                objectName: "ideasButton"
                text: window.owner.page === "ideas" ? qsTr("Back to the menu") : qsTr("Ideas")
                onClicked: window.owner.page === "ideas" ? window.owner.closeIdeas()
                                                         : window.owner.openIdeas()
            }
            OwnerButton {
                objectName: "publishButton"
                primary: true
                text: qsTr("Publish")
                enabled: window.owner.hasDraft && !window.owner.busy
                onClicked: window.owner.publish()
            }
            OwnerButton {
                objectName: "lockButton"
                text: qsTr("Lock")
                onClicked: window.owner.lock()
            }
        }
    }

    Item {
        anchors.fill: parent
        visible: window.owner.signedIn

        Rectangle {
            id: noticeBar
            objectName: "noticeBar"
            anchors.top: parent.top
            width: parent.width
            height: visible ? 44 : 0
            visible: window.owner.notice !== ""
            color: window.owner.noticeIsError ? Theme.danger : Theme.success
            Text {
                anchors.left: parent.left
                anchors.leftMargin: Theme.spacing
                anchors.right: dismiss.left
                anchors.verticalCenter: parent.verticalCenter
                horizontalAlignment: Text.AlignLeft
                text: window.owner.notice
                color: Theme.statusInk
                font.pixelSize: Theme.textSmall
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Text {
                id: dismiss
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                text: "✕"
                color: Theme.statusInk
                font.pixelSize: Theme.textBody
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Dismiss")
                TapHandler {
                    onTapped: window.owner.clearNotice()
                }
            }
        }

        MenuPage {
            anchors.top: noticeBar.bottom
            anchors.bottom: parent.bottom
            width: parent.width
            visible: window.owner.page === "menu"
            owner: window.owner
        }
        DishFormPage {
            anchors.top: noticeBar.bottom
            anchors.bottom: parent.bottom
            width: parent.width
            visible: window.owner.page === "item"
            owner: window.owner
        }
        CategoryFormPage {
            anchors.top: noticeBar.bottom
            anchors.bottom: parent.bottom
            width: parent.width
            visible: window.owner.page === "category"
            owner: window.owner
        }
        ListsPage {
            anchors.top: noticeBar.bottom
            anchors.bottom: parent.bottom
            width: parent.width
            visible: window.owner.page === "lists"
            owner: window.owner
        }
        ListFormPage {
            anchors.top: noticeBar.bottom
            anchors.bottom: parent.bottom
            width: parent.width
            visible: window.owner.page === "list"
            owner: window.owner
        }
        PreviewPage {
            anchors.top: noticeBar.bottom
            anchors.bottom: parent.bottom
            width: parent.width
            visible: window.owner.page === "preview"
            owner: window.owner
        }
        // Made only while shown: its charts are Qt Charts' scenes, too heavy to keep hidden.
        Loader {
            readonly property bool wanted: window.owner.page === "voice"
            anchors.top: noticeBar.bottom
            anchors.bottom: parent.bottom
            width: parent.width
            onWantedChanged: load()
            Component.onCompleted: load()
            function load() {
                setSource(wanted ? "GuestVoicePage.qml" : "", { "owner": window.owner })
            }
        }
        HistoryPage {
            anchors.top: noticeBar.bottom
            anchors.bottom: parent.bottom
            width: parent.width
            visible: window.owner.page === "history"
            owner: window.owner
        }
        IdeasPage {
            anchors.top: noticeBar.bottom
            anchors.bottom: parent.bottom
            width: parent.width
            visible: window.owner.page === "ideas"
            owner: window.owner
        }
    }

    SignInPanel {
        anchors.fill: parent
        visible: !window.owner.signedIn
        owner: window.owner
    }

    RefusalNotice {
        parent: Overlay.overlay
        gate: window.owner.gate
    }
}

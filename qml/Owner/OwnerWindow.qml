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

    header: OwnerHeader {
        visible: window.owner.signedIn
        height: visible ? implicitHeight : 0
        owner: window.owner
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
        TipsPage {
            anchors.top: noticeBar.bottom
            anchors.bottom: parent.bottom
            width: parent.width
            visible: window.owner.page === "tips"
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

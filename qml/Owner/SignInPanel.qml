import QtQuick
import Tableside.Ui
import Tableside.Owner

// The owner's PIN on a keypad; the hub says whether it is an owner's.
Rectangle {
    id: panel

    required property OwnerScreen owner

    color: Theme.background

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingLarge, 420)
        spacing: Theme.spacing

        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Menu editor")
            color: Theme.ink
            font.pixelSize: Theme.textHeadline
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Enter an owner's PIN to change the menu.")
            color: Theme.muted
            font.pixelSize: Theme.textBody
        }
        Text {
            objectName: "ownerPinDots"
            anchors.horizontalCenter: parent.horizontalCenter
            // Only that something was typed, never which digits.
            text: panel.owner.pinLength > 0 ? "●".repeat(panel.owner.pinLength) : "○ ○ ○ ○"
            color: Theme.ink
            font.pixelSize: Theme.textHeadline
            font.letterSpacing: 6
        }
        Text {
            objectName: "ownerPinError"
            width: parent.width
            visible: text !== ""
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: panel.owner.checkingPin ? qsTr("Checking the PIN…") : panel.owner.signInError
            color: panel.owner.checkingPin ? Theme.muted : Theme.danger
            font.pixelSize: Theme.textBody
            font.weight: Font.DemiBold
        }
        Grid {
            id: keys
            anchors.horizontalCenter: parent.horizontalCenter
            columns: 3
            spacing: Theme.spacingSmall
            // A keypad reads 1 2 3 from the left in every language, as on a phone.
            LayoutMirroring.enabled: false
            LayoutMirroring.childrenInherit: true
            Repeater {
                model: [1, 2, 3, 4, 5, 6, 7, 8, 9, -1, 0, -2]
                // A digit, or -1 for delete and -2 for Sign in.
                delegate: OwnerButton {
                    id: key
                    // The panel (a delegate reaches outside itself only through its parent).
                    readonly property SignInPanel panel: key.parent?.parent?.parent as SignInPanel
                    required property int modelData
                    objectName: key.modelData >= 0 ? "ownerPinKey_" + key.modelData
                                                   : key.modelData === -1 ? "ownerPinBackspace" : "ownerSignIn"
                    width: 104
                    height: 60
                    primary: key.modelData === -2
                    text: key.modelData >= 0 ? (key.panel?.owner.number(key.modelData) ?? "")
                                             : key.modelData === -1 ? "⌫" : qsTr("Sign in")
                    font.pixelSize: key.modelData >= 0 ? Theme.textTitle : Theme.textBody
                    enabled: key.modelData === -2 ? (key.panel?.owner.pinLength ?? 0) === 4
                             : key.modelData === -1 ? (key.panel?.owner.pinLength ?? 0) > 0 : true
                    Accessible.name: key.modelData === -1 ? qsTr("Delete a digit") : key.text
                    onClicked: {
                        if (key.modelData >= 0)
                            key.panel.owner.addDigit(key.modelData)
                        else if (key.modelData === -1)
                            key.panel.owner.removeDigit()
                        else
                            key.panel.owner.signIn()
                    }
                }
            }
        }
    }

    // A keyboard types the PIN too.
    focus: visible
    Keys.onPressed: event => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9)
            panel.owner.addDigit(event.key - Qt.Key_0)
        else if (event.key === Qt.Key_Backspace)
            panel.owner.removeDigit()
        else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
            panel.owner.signIn()
        else
            return
        event.accepted = true
    }
}

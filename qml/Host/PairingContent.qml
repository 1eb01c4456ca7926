import QtQuick
import Tableside.Ui
import Tableside.Host

// What "Add a device" shows, step by step: a staff PIN, what the new screen is for, and the
// hub's one-time code. The steps and the hub's answers are DevicePairing's.
Column {
    id: content

    required property HostScreen host
    readonly property DevicePairing pairing: content.host.pairing
    signal closeRequested

    function roleName(role) {
        switch (role) {
        case "table": return qsTr("Table")
        case "kitchen": return qsTr("Kitchen")
        case "host": return qsTr("Floor")
        default: return qsTr("Owner")
        }
    }

    // A station is the owner's word: the usual ones are translated (as on the kitchen display),
    // any other is shown as written.
    function stationName(name) {
        switch (name) {
        case "grill": return qsTr("Grill")
        case "hot": return qsTr("Hot")
        case "cold": return qsTr("Cold")
        case "bar": return qsTr("Bar")
        case "dessert": return qsTr("Dessert")
        case "pastry": return qsTr("Pastry")
        case "fryer": return qsTr("Fryer")
        case "pizza": return qsTr("Pizza")
        case "sushi": return qsTr("Sushi")
        }
        return name
    }

    // What the code pairs, in words, for the code's step.
    function purpose() {
        switch (content.pairing.role) {
        case "table": return qsTr("A screen for table %1").arg(content.host.number(content.pairing.table))
        case "kitchen": return content.pairing.station === "" ? qsTr("A kitchen display for the expo (all stations)")
                                                      : qsTr("A kitchen display for the %1 station").arg(content.stationName(content.pairing.station))
        case "host": return qsTr("A floor screen for waiters")
        default: return qsTr("An owner's screen")
        }
    }

    spacing: Theme.spacing

    Item {
        width: parent.width
        height: Theme.touchTarget
        Text {
            anchors.left: parent.left
            anchors.verticalCenter: parent.verticalCenter
            text: content.pairing.forThisScreen ? qsTr("Open the menu editor") : qsTr("Add a device")
            color: Theme.kdsInk
            font.pixelSize: Theme.textHeadline
            font.weight: Font.Black
        }
        FloorButton {
            objectName: "pairClose"
            anchors.right: parent.right
            text: "✕"
            width: Theme.touchTarget
            tint: Theme.kdsCard
            Accessible.name: qsTr("Close")
            onClicked: content.closeRequested()
        }
    }

    // 1. Whose PIN: a host's or an owner's, on a keypad big enough for a thumb.
    Column {
        visible: content.pairing.step === "pin"
        width: parent.width
        spacing: Theme.spacing

        Text {
            width: parent.width
            horizontalAlignment: Text.AlignLeft // mirrored: from the right in Arabic and Persian
            text: content.pairing.forThisScreen
                  ? qsTr("Enter the owner's PIN to open the menu editor on this screen.")
                  : qsTr("Enter your staff PIN (a host's or the owner's).")
            color: Theme.kdsMuted
            font.pixelSize: Theme.textBody
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "pinDots"
            anchors.horizontalCenter: parent.horizontalCenter
            // Only that something was typed, never which digits.
            text: content.pairing.pinLength > 0 ? "●".repeat(content.pairing.pinLength) : "○ ○ ○ ○"
            color: Theme.kdsInk
            font.pixelSize: Theme.textHeadline
            font.letterSpacing: 6
        }
        Text {
            objectName: "pinError"
            width: parent.width
            visible: text !== ""
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: content.pairing.error === "pin_wrong" ? qsTr("That PIN is not right. Try again.")
                  : content.pairing.error === "pin_locked"
                    ? qsTr("Too many wrong PINs: the PIN is locked. Try again in %1.").arg(content.pairing.lockText)
                    : !content.pairing.forThisScreen ? ""
                    : content.pairing.error === "forbidden" ? qsTr("Only the owner's PIN opens the menu editor.")
                    : content.pairing.error === "offline"
                      ? qsTr("Offline — the menu editor opens once the connection is back.")
                    : content.pairing.error === "failed" ? qsTr("The menu editor did not open. Try again.") : ""
            color: Theme.kdsLate
            font.pixelSize: Theme.textBody
            font.weight: Font.Bold
        }
        Grid {
            anchors.horizontalCenter: parent.horizontalCenter
            columns: 3
            spacing: Theme.spacingSmall
            // A keypad reads 1 2 3 from the left in every language, as on a phone.
            LayoutMirroring.enabled: false
            LayoutMirroring.childrenInherit: true
            Repeater {
                model: [1, 2, 3, 4, 5, 6, 7, 8, 9, -1, 0, -2]
                // A digit, or -1 for delete and -2 for Next.
                delegate: FloorButton {
                    id: key
                    // The sheet's content (a delegate reaches outside itself only through its parent).
                    readonly property PairingContent content: key.parent?.parent?.parent as PairingContent
                    required property int modelData
                    objectName: key.modelData >= 0 ? "pinKey_" + key.modelData
                                                   : key.modelData === -1 ? "pinBackspace" : "pinNext"
                    width: 96
                    text: key.modelData >= 0 ? key.content.host.number(key.modelData)
                                             : key.modelData === -1 ? "⌫"
                                             : key.content.pairing.forThisScreen ? qsTr("Open") : qsTr("Next")
                    font.pixelSize: key.modelData >= 0 ? Theme.textTitle : Theme.textBody
                    tint: key.modelData === -2 ? Theme.kdsAction : Theme.kdsCard
                    enabled: key.modelData === -2 ? key.content.pairing.pinComplete && !key.content.pairing.busy
                             : key.modelData === -1 ? key.content.pairing.pinLength > 0 : true
                    Accessible.name: key.modelData === -1 ? qsTr("Delete a digit") : key.text
                    onClicked: {
                        if (key.modelData >= 0)
                            key.content.pairing.addDigit(key.modelData)
                        else if (key.modelData === -1)
                            key.content.pairing.removeDigit()
                        else
                            key.content.pairing.acceptPin()
                    }
                }
            }
        }
    }

    // 2. What the new screen is for.
    Column {
        visible: content.pairing.step === "choose"
        width: parent.width
        spacing: Theme.spacing

        Text {
            anchors.left: parent.left // mirrored: the right in Arabic and Persian
            text: qsTr("What is the new screen for?")
            color: Theme.kdsMuted
            font.pixelSize: Theme.textBody
        }
        Row {
            anchors.left: parent.left
            spacing: Theme.spacingSmall
            Repeater {
                model: ["table", "kitchen", "host", "owner"]
                delegate: FloorButton {
                    id: roleButton
                    // The sheet's content (a delegate reaches outside itself only through its parent).
                    readonly property PairingContent content: roleButton.parent?.parent?.parent as PairingContent
                    required property string modelData
                    objectName: "pairRole_" + roleButton.modelData
                    text: roleButton.content.roleName(roleButton.modelData)
                    width: 140
                    tint: roleButton.content.pairing.role === roleButton.modelData ? Theme.kdsAction : Theme.kdsCard
                    Accessible.name: roleButton.text
                    onClicked: roleButton.content.pairing.role = roleButton.modelData
                }
            }
        }
        Row {
            visible: content.pairing.role === "table"
            anchors.left: parent.left
            spacing: Theme.spacingSmall
            FloorButton {
                objectName: "pairTableLess"
                text: "−"
                width: Theme.touchTarget
                font.pixelSize: Theme.textHeadline
                enabled: content.pairing.table > 0 && content.pairing.canStepTable(-1)
                Accessible.name: qsTr("Previous table")
                onClicked: content.pairing.stepTable(-1)
            }
            Text {
                objectName: "pairTableNumber"
                width: 200
                anchors.verticalCenter: parent.verticalCenter
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Table %1").arg(content.host.number(content.pairing.table))
                color: Theme.kdsInk
                font.pixelSize: Theme.textTitle
                font.weight: Font.Bold
            }
            FloorButton {
                objectName: "pairTableMore"
                text: "+"
                width: Theme.touchTarget
                font.pixelSize: Theme.textHeadline
                enabled: content.pairing.table > 0 && content.pairing.canStepTable(1)
                Accessible.name: qsTr("Next table")
                onClicked: content.pairing.stepTable(1)
            }
        }
        Flow {
            visible: content.pairing.role === "kitchen"
            width: parent.width
            spacing: Theme.spacingSmall
            Repeater {
                model: content.pairing.stationChoices
                delegate: FloorButton {
                    id: stationButton
                    // The sheet's content (a delegate reaches outside itself only through its parent).
                    readonly property PairingContent content: stationButton.parent?.parent?.parent as PairingContent
                    required property string modelData
                    objectName: "pairStation_" + (stationButton.modelData === "" ? "expo" : stationButton.modelData)
                    text: stationButton.modelData === "" ? qsTr("Expo (all)")
                                                         : stationButton.content.stationName(stationButton.modelData)
                    tint: stationButton.content.pairing.station === stationButton.modelData ? Theme.kdsAction : Theme.kdsCard
                    Accessible.name: stationButton.text
                    onClicked: stationButton.content.pairing.station = stationButton.modelData
                }
            }
        }
        Text {
            objectName: "pairChoiceError"
            width: parent.width
            visible: text !== ""
            wrapMode: Text.WordWrap
            text: content.pairing.error === "forbidden"
                  ? qsTr("Only the owner's PIN can pair an owner's screen.")
                  : content.pairing.error === "offline"
                    ? qsTr("Offline — a code can be made once the connection is back.")
                    : content.pairing.error === "failed" ? qsTr("No code was made. Try again.") : ""
            color: Theme.kdsLate
            font.pixelSize: Theme.textBody
            font.weight: Font.Bold
        }
        Row {
            anchors.left: parent.left
            spacing: Theme.spacingSmall
            FloorButton {
                objectName: "pairMake"
                text: content.pairing.busy ? qsTr("Making the code…") : qsTr("Make the code")
                tint: Theme.kdsOk
                enabled: content.pairing.canMake
                onClicked: content.pairing.make()
            }
            FloorButton {
                objectName: "pairChangePin"
                text: qsTr("Another PIN")
                tint: Theme.kdsCard
                onClicked: content.pairing.changePin()
            }
        }
    }

    // 3. The code: typed on the new screen or read by its camera; single use, ten minutes.
    Row {
        visible: content.pairing.step === "code"
        width: parent.width
        spacing: Theme.spacingLarge

        Rectangle {
            width: 240
            height: 240
            color: Theme.qrPaper
            radius: Theme.spacingSmall
            Image {
                objectName: "pairQr"
                anchors.fill: parent
                source: content.pairing.qrText !== "" ? "image://qr/" + encodeURIComponent(content.pairing.qrText) : ""
                sourceSize.width: 240
                sourceSize.height: 240
                fillMode: Image.PreserveAspectFit
                smooth: false
                Accessible.name: qsTr("QR code of the pairing code")
            }
        }
        Column {
            width: parent.width - 240 - parent.spacing
            spacing: Theme.spacingSmall
            Text {
                width: parent.width
                text: content.purpose()
                color: Theme.kdsMuted
                font.pixelSize: Theme.textBody
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "pairCode"
                anchors.left: parent.left
                // Latin digits in every language: the new screen's keyboard types these.
                text: content.pairing.code
                color: content.pairing.expired ? Theme.kdsMuted : Theme.kdsInk
                font.pixelSize: Theme.kdsBump
                font.weight: Font.Black
                font.letterSpacing: 8
                font.strikeout: content.pairing.expired
            }
            Text {
                objectName: "pairExpiry"
                width: parent.width
                wrapMode: Text.WordWrap
                text: content.pairing.expired ? qsTr("Expired: make another code.")
                      : qsTr("Valid until %1 · %2 left").arg(content.pairing.expiresText).arg(content.pairing.remainingText)
                color: content.pairing.expired ? Theme.kdsLate : Theme.kdsInk
                font.pixelSize: Theme.textTitle
                font.weight: Font.Bold
            }
            Text {
                width: parent.width
                wrapMode: Text.WordWrap
                text: qsTr("On the new screen, type this code or scan it. It works once.")
                color: Theme.kdsMuted
                font.pixelSize: Theme.textSmall
            }
        }
    }
    Row {
        visible: content.pairing.step === "code"
        anchors.left: parent.left
        spacing: Theme.spacingSmall
        FloorButton {
            objectName: "pairDone"
            text: qsTr("Done")
            tint: Theme.kdsOk
            onClicked: content.closeRequested()
        }
        FloorButton {
            objectName: "pairAnother"
            text: qsTr("Make another")
            tint: Theme.kdsCard
            onClicked: content.pairing.makeAnother()
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tableside.Table
import Tableside.Ui

// The visit's card, offered once the party asks for the bill: food, service and ambience in
// stars, "would you recommend us" 0 to 10, a comment, and an e-mail only with the tick that
// allows it. Anything may be left out but not everything; "Not now" closes it unanswered. The
// service is the venue's: no waiter is named.
Sheet {
    id: sheet

    required property TableScreen table
    readonly property VisitCard card: table.visitCard

    objectName: "visitCardSheet"
    panelWidth: Math.min(width - 2 * Theme.spacingLarge, 760)
    panelHeight: Math.min(height - 2 * Theme.spacingLarge, 820)
    onDismissed: open = false
    onOpenChanged: table.visitCardOpen = open

    Connections {
        target: sheet.table
        function onPageChanged() {
            if (sheet.table.page === "welcome")
                sheet.open = false
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            width: flick.width
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                Text {
                    Layout.fillWidth: true
                    text: sheet.card.sent ? qsTr("Thank you!") : qsTr("How was your visit?")
                    wrapMode: Text.WordWrap
                    color: Theme.ink
                    font.pixelSize: Theme.textHeadline
                    font.weight: Font.Bold
                }
                PillButton {
                    objectName: "visitCardClose"
                    text: "✕"
                    Accessible.name: qsTr("Close")
                    onClicked: sheet.open = false
                }
            }
            Text {
                Layout.fillWidth: true
                text: sheet.card.sent
                      ? qsTr("Your card reached the restaurant. Your bill is on its way.")
                      : qsTr("A few taps, all optional. Your card is anonymous unless you leave an e-mail address.")
                wrapMode: Text.WordWrap
                color: Theme.muted
                font.pixelSize: Theme.textBody
            }

            GridLayout {
                visible: !sheet.card.sent
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: 0
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Food")
                    color: Theme.ink
                    font.pixelSize: Theme.textBody
                }
                StarRow {
                    name: "visitFood"
                    label: qsTr("Food")
                    value: sheet.card.food
                    onChosen: stars => sheet.card.food = stars
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Service")
                    color: Theme.ink
                    font.pixelSize: Theme.textBody
                }
                StarRow {
                    name: "visitService"
                    label: qsTr("Service")
                    value: sheet.card.service
                    onChosen: stars => sheet.card.service = stars
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Ambience")
                    color: Theme.ink
                    font.pixelSize: Theme.textBody
                }
                StarRow {
                    name: "visitAmbience"
                    label: qsTr("Ambience")
                    value: sheet.card.ambience
                    onChosen: stars => sheet.card.ambience = stars
                }
            }

            Text {
                visible: !sheet.card.sent
                Layout.fillWidth: true
                text: qsTr("How likely are you to recommend us to a friend?")
                wrapMode: Text.WordWrap
                color: Theme.ink
                font.pixelSize: Theme.textBody
            }
            // 0 to 10, left to right in every language, as a scale is read.
            Row {
                visible: !sheet.card.sent
                LayoutMirroring.enabled: false
                spacing: 4
                Repeater {
                    // Made here: a delegate reads only its own model data.
                    model: Array.from({ length: sheet.card.maxRecommend + 1 }, (_, n) => ({
                        name: "visitRecommend_" + n,
                        chosen: sheet.card.recommend === n,
                        digits: sheet.table.number(n),
                        label: qsTr("Recommend: %1 of 10").arg(sheet.table.number(n)),
                        width: Math.min(Theme.touchTarget,
                                        (column.width - 10 * 4) / (sheet.card.maxRecommend + 1)),
                        choose: () => { sheet.card.recommend = n }
                    }))
                    Rectangle {
                        id: mark
                        required property var modelData
                        objectName: mark.modelData.name
                        width: mark.modelData.width
                        height: Theme.touchTarget
                        radius: Theme.radius
                        color: mark.modelData.chosen ? Theme.accent : Theme.background
                        border.width: 1
                        border.color: mark.modelData.chosen ? Theme.accent : Theme.line
                        Accessible.role: Accessible.Button
                        Accessible.name: mark.modelData.label
                        Text {
                            anchors.centerIn: parent
                            text: mark.modelData.digits
                            color: mark.modelData.chosen ? Theme.accentInk : Theme.ink
                            font.pixelSize: Theme.textBody
                            font.weight: Font.DemiBold
                        }
                        TapHandler {
                            onTapped: mark.modelData.choose()
                        }
                    }
                }
            }
            RowLayout {
                visible: !sheet.card.sent
                Layout.fillWidth: true
                LayoutMirroring.enabled: false
                Text {
                    text: qsTr("Not likely")
                    color: Theme.muted
                    font.pixelSize: Theme.textSmall
                }
                Item { Layout.fillWidth: true }
                Text {
                    text: qsTr("Very likely")
                    color: Theme.muted
                    font.pixelSize: Theme.textSmall
                }
            }

            TextField {
                id: comment
                visible: !sheet.card.sent
                objectName: "visitComment"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                placeholderText: qsTr("Anything you'd like to tell us? (optional)")
                maximumLength: ScreenLimits.messageLength
                font.pixelSize: Theme.textBody
                color: Theme.ink
                placeholderTextColor: Theme.muted
                text: sheet.card.comment
                onTextEdited: sheet.card.comment = text
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.background
                    border.width: comment.activeFocus ? 2 : 1
                    border.color: comment.activeFocus ? Theme.accent : Theme.line
                }
            }
            TextField {
                id: email
                visible: !sheet.card.sent
                objectName: "visitEmail"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                placeholderText: qsTr("Your e-mail, if we may write back (optional)")
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                maximumLength: 254
                font.pixelSize: Theme.textBody
                color: Theme.ink
                placeholderTextColor: Theme.muted
                text: sheet.card.email
                onTextEdited: sheet.card.email = text
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.background
                    border.width: email.activeFocus ? 2 : 1
                    border.color: email.activeFocus ? Theme.accent : Theme.line
                }
            }
            CheckBox {
                id: consent
                visible: !sheet.card.sent && sheet.card.email.length > 0
                objectName: "visitConsent"
                Layout.fillWidth: true
                checked: sheet.card.consent
                onToggled: sheet.card.consent = checked
                text: qsTr("The restaurant may keep my e-mail address to reply to this card. It can be deleted at my request.")
                font.pixelSize: Theme.textSmall
                contentItem: Text {
                    leftPadding: consent.indicator.width + consent.spacing
                    text: consent.text
                    wrapMode: Text.WordWrap
                    color: Theme.ink
                    font: consent.font
                    verticalAlignment: Text.AlignVCenter
                }
            }
            Text {
                objectName: "visitProblem"
                Layout.fillWidth: true
                visible: !sheet.card.sent && text.length > 0
                text: sheet.card.problem
                wrapMode: Text.WordWrap
                color: Theme.danger
                font.pixelSize: Theme.textBody
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                PillButton {
                    objectName: "visitLater"
                    Layout.fillWidth: true
                    text: sheet.card.sent ? qsTr("Close") : qsTr("Not now")
                    onClicked: sheet.open = false
                }
                PillButton {
                    objectName: "visitSend"
                    visible: !sheet.card.sent
                    Layout.fillWidth: true
                    primary: true
                    text: qsTr("Send")
                    enabled: sheet.card.canSend
                    onClicked: sheet.table.sendVisitCard()
                }
            }
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tableside.Table
import Tableside.Ui

// A dish up close: large photo, the full description, allergens spelled out, the choices with
// their rules, quantity, seat, a note to the kitchen, and the live price of the line.
Sheet {
    id: sheet

    required property TableScreen table
    readonly property DishDraft draft: table.draft

    objectName: "dishSheet"
    open: draft.isOpen
    panelWidth: Math.min(width - 2 * Theme.spacingLarge, 1080)
    panelHeight: height - 2 * Theme.spacingLarge
    onDismissed: draft.close()

    Image {
        id: photo
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        width: parent.width * 0.42
        source: sheet.draft.photo
        sourceSize.width: 640
        sourceSize.height: 720
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        opacity: sheet.draft.available ? 1 : 0.4
    }

    Flickable {
        id: details
        objectName: "dishDetails"
        anchors.top: parent.top
        anchors.bottom: footer.top
        anchors.left: photo.right
        anchors.right: parent.right
        contentHeight: column.implicitHeight + 2 * Theme.spacingLarge
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        // The on-screen keyboard takes the bottom of the window: the note being typed stays shown.
        onHeightChanged: {
            if (note.activeFocus)
                sheet.reveal(note)
        }

        // A Column, not a layout: its texts and groups wrap to its width, and a positioner always
        // follows the heights that wrapping makes (the last choices stay reachable).
        Column {
            id: column
            x: Theme.spacingLarge
            y: Theme.spacingLarge
            width: details.width - 2 * Theme.spacingLarge
            spacing: Theme.spacing

            Item {
                width: parent.width
                height: Math.max(dishName.implicitHeight, closeButton.implicitHeight)
                Text {
                    id: dishName
                    anchors.left: parent.left
                    anchors.right: closeButton.left
                    anchors.rightMargin: Theme.spacingSmall
                    text: sheet.draft.name
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignLeft
                    color: Theme.ink
                    font.pixelSize: Theme.textHeadline
                    font.weight: Font.Bold
                }
                PillButton {
                    id: closeButton
                    objectName: "dishClose"
                    anchors.right: parent.right
                    text: "✕"
                    Accessible.name: qsTr("Close")
                    onClicked: sheet.draft.close()
                }
            }
            PriceTag {
                width: parent.width
                horizontalAlignment: Text.AlignLeft
                amount: sheet.draft.basePrice
                font.pixelSize: Theme.textTitle
            }
            Text {
                width: parent.width
                text: sheet.draft.description
                wrapMode: Text.WordWrap
                color: Theme.ink
                font.pixelSize: Theme.textBody
                lineHeight: 1.15
            }
            DishTags {
                width: parent.width
                visible: sheet.draft.dietary.length > 0
                codes: sheet.draft.dietary
            }
            Text {
                objectName: "dishAllergens"
                width: parent.width
                wrapMode: Text.WordWrap
                color: Theme.ink
                font.pixelSize: Theme.textBody
                text: sheet.table.dishAllergens
            }
            Text {
                objectName: "dishLongerWait"
                visible: sheet.draft.available && sheet.draft.longerWait
                width: parent.width
                wrapMode: Text.WordWrap
                text: qsTr("The kitchen is busy: this dish will take longer than usual.")
                color: Theme.warning
                font.pixelSize: Theme.textBody
                font.weight: Font.DemiBold
            }
            Text {
                objectName: "dishServingHours"
                visible: sheet.draft.available && !sheet.draft.servedNow
                width: parent.width
                wrapMode: Text.WordWrap
                text: qsTr("Not served at this hour. %1").arg(sheet.draft.servingHours)
                color: Theme.danger
                font.pixelSize: Theme.textBody
                font.weight: Font.DemiBold
            }
            Text {
                visible: !sheet.draft.available
                width: parent.width
                wrapMode: Text.WordWrap
                text: qsTr("Sold out: the kitchen has run out of this dish.")
                color: Theme.danger
                font.pixelSize: Theme.textBody
                font.weight: Font.DemiBold
            }

            DishGroups {
                id: groups
                width: parent.width
                visible: count > 0
                table: sheet.table
            }

            Text {
                width: parent.width
                horizontalAlignment: Text.AlignLeft
                text: qsTr("For which seat?")
                color: Theme.muted
                font.pixelSize: Theme.textSmall
            }
            SeatPicker {
                width: parent.width
                table: sheet.table
            }
            TextField {
                id: note
                objectName: "dishNote"
                width: parent.width
                implicitHeight: Theme.touchTarget
                placeholderText: qsTr("A note to the kitchen (optional)")
                Accessible.name: qsTr("A note to the kitchen")
                maximumLength: ScreenLimits.noteLength
                font.pixelSize: Theme.textBody
                color: Theme.ink
                placeholderTextColor: Theme.muted
                text: sheet.draft.note
                onTextEdited: sheet.draft.note = text
                onActiveFocusChanged: {
                    if (activeFocus)
                        sheet.reveal(note)
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.background
                    border.width: note.activeFocus ? 2 : 1
                    border.color: note.activeFocus ? Theme.accent : Theme.line
                }
            }
            Recommendations {
                objectName: "dishRecommendations"
                width: parent.width
                table: sheet.table
                pairings: sheet.table.dishPairings
                title: qsTr("You may also like")
            }
        }
    }

    Rectangle {
        id: footer
        anchors.bottom: parent.bottom
        anchors.left: photo.right
        anchors.right: parent.right
        height: footerColumn.implicitHeight + 2 * Theme.spacing
        color: Theme.card
        Rectangle { width: parent.width; height: 1; color: Theme.line }

        Column {
            id: footerColumn
            x: Theme.spacingLarge
            y: Theme.spacing
            width: parent.width - 2 * Theme.spacingLarge
            spacing: Theme.spacingSmall

            // What is still to choose, across the bar. A dish with a required group keeps the
            // line, shown or not, so the bar keeps its height and the buttons under it stay under
            // the finger when the last choice is made.
            Text {
                objectName: "dishMissing"
                width: parent.width
                visible: sheet.draft.hasRequiredGroup
                opacity: sheet.draft.missingGroup.length > 0 ? 1 : 0
                text: qsTr("Please choose: %1").arg(sheet.draft.missingGroup)
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignLeft
                color: Theme.warning
                font.pixelSize: Theme.textSmall
                font.weight: sheet.draft.missingShown ? Font.DemiBold : Font.Normal
            }
            RowLayout {
                id: footerRow
                width: parent.width
                Text {
                    objectName: "dishLinePrice"
                    Layout.fillWidth: true
                    text: sheet.draft.linePrice
                    horizontalAlignment: Text.AlignLeft
                    color: Theme.ink
                    font.pixelSize: Theme.textHeadline
                    font.weight: Font.Bold
                }
                Stepper {
                    name: "dishQuantity"
                    valueText: sheet.table.number(sheet.draft.quantity)
                    canDecrease: sheet.draft.canDecrease
                    canIncrease: sheet.draft.canIncrease
                    onDecreased: sheet.draft.decrease()
                    onIncreased: sheet.draft.increase()
                }
                // Tappable while choices are missing: a tap shows which (the draft's rule).
                PillButton {
                    objectName: "dishAdd"
                    primary: true
                    enabled: sheet.draft.available && sheet.draft.servedNow
                    text: qsTr("Add to order")
                    onClicked: {
                        if (sheet.draft.confirmChoices())
                            sheet.table.addDraftToCart()
                        else
                            sheet.showFirstMissing()
                    }
                }
            }
        }
    }

    // Scrolls the first group the draft marks as missing into view, its title at the top.
    function showFirstMissing() {
        const group = groups.firstMissing()
        if (!group)
            return
        const top = group.mapToItem(details.contentItem, 0, 0).y - Theme.spacing
        const bottom = top + group.height + 2 * Theme.spacing
        if (top < details.contentY || bottom > details.contentY + details.height) {
            scroll.to = Math.max(0, Math.min(top, details.contentHeight - details.height))
            scroll.restart()
        }
    }
    // Scrolls the item just into view, its bottom at the bottom of the details if it was below.
    function reveal(item) {
        var top = item.mapToItem(details.contentItem, 0, 0).y - Theme.spacing
        var bottom = top + item.height + 2 * Theme.spacing
        if (top >= details.contentY && bottom <= details.contentY + details.height)
            return
        scroll.to = Math.max(0, Math.min(bottom > details.contentY + details.height
                                         ? bottom - details.height : top,
                                         details.contentHeight - details.height))
        scroll.restart()
    }
    NumberAnimation {
        id: scroll
        target: details
        property: "contentY"
        duration: Theme.motion
        easing.type: Easing.OutCubic
    }
}

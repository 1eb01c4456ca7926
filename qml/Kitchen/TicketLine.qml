import QtQuick
import Tableside.Ui
import Tableside.Kitchen

// One line of a ticket. Quantity and dish large; the seat, options, the note and allergens stand
// out. A tap selects the line (a thick frame and a ▶ mark); only then does it offer Start and
// Done, so a stray touch finishes nothing. What a tap does is the kitchen's rule (decideTap).
Rectangle {
    id: line

    required property KitchenScreen kitchen
    required property bool showStation
    required property bool selected
    // The line as TicketView.lines has it; what each flag means is the kitchen's rule there.
    required property double lineId
    required property string name
    required property int quantity
    required property string optionsText
    required property string note
    required property int seat
    required property string station
    required property string allergensText
    required property bool cooking
    required property bool done
    required property bool unstarted
    required property string stage
    signal tapped
    signal startTapped
    signal doneTapped

    readonly property bool showsActions: selected && !done

    objectName: "line_" + lineId
    implicitHeight: Math.max(Theme.touchTarget, column.implicitHeight + 2 * Theme.spacingSmall)
    radius: 6
    color: done ? Theme.kdsClear : cooking ? Theme.kdsCookingLine : Theme.kdsLine
    border.color: showsActions ? Theme.kdsSelected : cooking && !done ? Theme.kdsCooking : Theme.kdsClear
    border.width: showsActions ? 4 : 2
    opacity: done ? 0.45 : 1.0
    Accessible.role: Accessible.Button
    Accessible.name: quantityText.text + " " + name + (seatBox.visible ? ", " + seatText.text : "")
                     + (statusText.text !== "" ? ", " + statusText.text : "")
    Accessible.selected: selected

    Behavior on opacity { NumberAnimation { duration: Theme.motion } }

    Column {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.spacingSmall
        anchors.rightMargin: Theme.spacingSmall
        spacing: 4

        Row {
            id: top
            // Where the dish's name starts, from the leading edge: the details below line up.
            readonly property real indent: (mark.visible ? mark.width + spacing : 0) + quantityText.width + spacing
            width: parent.width
            spacing: Theme.spacingSmall
            // The selection is a shape too, not only a colour: a ▶ before the selected line.
            Text {
                id: mark
                objectName: "selectedMark_" + line.lineId
                visible: line.showsActions
                anchors.verticalCenter: quantityText.verticalCenter
                text: "▶"
                color: Theme.kdsSelected
                font.pixelSize: Theme.textBody
            }
            Text {
                id: quantityText
                text: line.kitchen.language ? qsTr("%1×").arg(line.kitchen.number(line.quantity)) : ""
                color: line.quantity > 1 ? Theme.kdsWarn : Theme.kdsInk
                font.pixelSize: Theme.kdsLineText
                font.weight: Font.Black
            }
            Text {
                width: parent.width - top.indent - statusText.width - parent.spacing
                text: line.name
                color: Theme.kdsInk
                font.pixelSize: Theme.kdsLineText
                font.weight: Font.DemiBold
                font.strikeout: line.done
                wrapMode: Text.Wrap // a long one-word dish breaks rather than run under its status
                textFormat: Text.PlainText
            }
            Text {
                id: statusText
                anchors.verticalCenter: parent.verticalCenter
                text: line.stage === "bumped" ? qsTr("✓ bumped")
                    : line.stage === "ready" ? qsTr("✓ ready")
                    : line.stage === "cooking" ? qsTr("🔥 cooking")
                    : line.showStation ? KitchenWords.station(line.station) : ""
                color: line.cooking ? Theme.kdsCooking : Theme.kdsMuted
                font.pixelSize: Theme.textSmall
                font.weight: Font.Bold
            }
        }
        // Which diner it is for: a framed label, so the runner knows where the plate goes.
        Rectangle {
            id: seatBox
            visible: line.seat > 0
            anchors.left: parent.left
            anchors.leftMargin: top.indent
            width: seatText.implicitWidth + 2 * Theme.spacingSmall
            height: seatText.implicitHeight + 4
            radius: 4
            color: Theme.kdsClear
            border.color: Theme.kdsInk
            border.width: 2
            Text {
                id: seatText
                objectName: "seat_" + line.lineId
                anchors.centerIn: parent
                text: line.kitchen.language ? qsTr("Seat %1").arg(line.kitchen.number(line.seat)) : ""
                color: Theme.kdsInk
                font.pixelSize: Theme.textBody
                font.weight: Font.Bold
            }
        }
        Text {
            visible: line.optionsText !== ""
            width: parent.width
            // Padding is not mirrored by itself: the indent is on the leading side either way.
            leftPadding: line.LayoutMirroring.enabled ? 0 : top.indent
            rightPadding: line.LayoutMirroring.enabled ? top.indent : 0
            text: "› " + line.optionsText
            color: Theme.kdsSelected
            font.pixelSize: Theme.textBody
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
        }
        Rectangle {
            visible: line.note !== ""
            // Anchored, not placed by x, so a right-to-left layout mirrors the indent.
            anchors.left: parent.left
            anchors.leftMargin: top.indent
            width: Math.min(parent.width - anchors.leftMargin,
                            noteText.implicitWidth + 2 * Theme.spacingSmall)
            height: noteText.implicitHeight + 6
            radius: 4
            color: Theme.kdsNote
            Text {
                id: noteText
                objectName: "note_" + line.lineId
                anchors.centerIn: parent
                width: Math.min(implicitWidth, parent.width - 2 * Theme.spacingSmall)
                text: "✎ " + line.note
                color: Theme.kdsNoteInk
                font.pixelSize: Theme.textBody
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
                textFormat: Text.PlainText
            }
        }
        Text {
            visible: line.allergensText !== ""
            width: parent.width
            // Padding is not mirrored by itself: the indent is on the leading side either way.
            leftPadding: line.LayoutMirroring.enabled ? 0 : top.indent
            rightPadding: line.LayoutMirroring.enabled ? top.indent : 0
            text: "⚠ " + line.allergensText
            color: Theme.kdsAllergen
            font.pixelSize: Theme.textSmall
            font.weight: Font.Bold
            wrapMode: Text.WordWrap
        }
        // The selected line's own actions: what a second, deliberate tap does.
        Row {
            id: actions
            visible: line.showsActions
            width: parent.width
            spacing: Theme.spacingSmall
            readonly property real share: (width - (line.unstarted ? spacing : 0)) / (line.unstarted ? 2 : 1)

            KdsButton {
                id: start
                objectName: "lineStart_" + line.lineId
                visible: line.unstarted
                width: parent.share
                text: qsTr("Start")
                tint: Theme.kdsStart
                font.pixelSize: Theme.textBody
                Accessible.name: qsTr("Start %1").arg(line.name)
                onClicked: line.startTapped()
            }
            KdsButton {
                objectName: "lineDone_" + line.lineId
                width: parent.share
                text: qsTr("✓ Done")
                tint: Theme.kdsOk
                font.pixelSize: Theme.textBody
                Accessible.name: qsTr("%1 done").arg(line.name)
                onClicked: line.doneTapped()
            }
        }
    }

    TapHandler {
        enabled: !line.done
        onTapped: line.tapped()
    }
}

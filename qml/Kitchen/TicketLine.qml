import QtQuick
import Tableside.Ui

// One line of a ticket. Quantity and dish large; options, the note and allergens stand out.
// The whole line is the target: a tap starts it, a second tap (once cooking) bumps it.
Rectangle {
    id: line

    required property var entry
    required property bool showStation
    signal tapped

    readonly property bool cooking: entry.status === "cooking"
    readonly property bool done: !entry.open || entry.pending

    objectName: "line_" + entry.lineId
    implicitHeight: Math.max(Theme.touchTarget, column.implicitHeight + 2 * Theme.spacingSmall)
    radius: 6
    color: done ? "transparent" : cooking ? "#3a2c14" : Theme.kdsLine
    border.color: cooking && !done ? Theme.kdsCooking : "transparent"
    border.width: 2
    opacity: done ? 0.45 : 1.0
    Accessible.role: Accessible.Button
    Accessible.name: entry.quantity + " " + entry.name + ", " + statusText.text

    Behavior on opacity { NumberAnimation { duration: Theme.motion } }

    Column {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.spacingSmall
        anchors.rightMargin: Theme.spacingSmall
        spacing: 2

        Row {
            width: parent.width
            spacing: Theme.spacingSmall
            Text {
                id: quantity
                text: line.entry.quantity + "×"
                color: line.entry.quantity > 1 ? Theme.kdsWarn : Theme.kdsInk
                font.pixelSize: Theme.kdsLineText
                font.weight: Font.Black
            }
            Text {
                width: parent.width - quantity.width - statusText.width - 2 * parent.spacing
                text: line.entry.name
                color: Theme.kdsInk
                font.pixelSize: Theme.kdsLineText
                font.weight: Font.DemiBold
                font.strikeout: line.done
                wrapMode: Text.WordWrap
                textFormat: Text.PlainText
            }
            Text {
                id: statusText
                anchors.verticalCenter: parent.verticalCenter
                text: line.entry.pending ? qsTr("✓ bumped")
                    : line.entry.status === "ready" ? qsTr("✓ ready")
                    : line.cooking ? qsTr("🔥 cooking")
                    : line.showStation ? line.entry.station : ""
                color: line.cooking ? Theme.kdsCooking : Theme.kdsMuted
                font.pixelSize: Theme.textSmall
                font.weight: Font.Bold
            }
        }
        Text {
            visible: line.entry.options.length > 0
            width: parent.width
            leftPadding: quantity.width + Theme.spacingSmall
            text: "› " + line.entry.options.join(" · ")
            color: Theme.kdsSelected
            font.pixelSize: Theme.textBody
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
        }
        Rectangle {
            visible: line.entry.note !== ""
            // Anchored, not placed by x, so a right-to-left layout mirrors the indent.
            anchors.left: parent.left
            anchors.leftMargin: quantity.width + Theme.spacingSmall
            width: Math.min(parent.width - anchors.leftMargin,
                            noteText.implicitWidth + 2 * Theme.spacingSmall)
            height: noteText.implicitHeight + 6
            radius: 4
            color: Theme.kdsNote
            Text {
                id: noteText
                anchors.centerIn: parent
                width: Math.min(implicitWidth, parent.width - 2 * Theme.spacingSmall)
                text: "✎ " + line.entry.note
                color: Theme.kdsNoteInk
                font.pixelSize: Theme.textBody
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
                textFormat: Text.PlainText
            }
        }
        Text {
            visible: line.entry.allergens.length > 0
            leftPadding: quantity.width + Theme.spacingSmall
            text: "⚠ " + line.entry.allergens.join(", ")
            color: Theme.kdsAllergen
            font.pixelSize: Theme.textSmall
            font.weight: Font.Bold
        }
    }

    TapHandler {
        enabled: !line.done
        onTapped: line.tapped()
    }
}

import QtQuick
import Tableside.Table
import Tableside.Ui

// Who the dish is for: the table, or a seat, so the kitchen can plate by seat and the bill split.
Flow {
    id: picker

    required property TableScreen table
    spacing: Theme.spacingSmall

    Repeater {
        model: 7
        delegate: Chip {
            required property int index
            objectName: "seat_" + index
            text: index === 0 ? qsTr("Table") : qsTr("Seat %1").arg(picker.table.number(index))
            checked: picker.table.draft.seat === index
            checkable: false
            onClicked: picker.table.draft.seat = index
        }
    }
}

import QtQuick
import Tableside.Table
import Tableside.Ui

// Who the dish is for: the table, or a seat, so the kitchen can plate by seat and the bill split.
Flow {
    id: picker

    required property TableScreen table
    spacing: Theme.spacingSmall

    Repeater {
        // The table, then the seats the sheet offers (DishDraft::PickerSeats).
        model: picker.table.draft.seatChoices
        delegate: Chip {
            id: chip
            required property int index
            // A chip reaches the screen through the flow it is in.
            readonly property TableScreen table: (chip.parent as SeatPicker)?.table ?? null
            objectName: "seat_" + index
            text: index === 0 ? qsTr("Table") : chip.table ? qsTr("Seat %1").arg(chip.table.number(index)) : ""
            checked: chip.table !== null && chip.table.draft.seat === index
            checkable: false
            onClicked: chip.table.draft.seat = index
        }
    }
}

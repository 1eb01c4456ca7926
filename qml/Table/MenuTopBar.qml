import QtQuick
import QtQuick.Layouts
import Tableside.Ui

// Search, filters, calling staff, messages with staff and the table's look: one row above the
// dishes.
RowLayout {
    id: bar

    required property var table
    property bool filtersOpen: false
    signal callRequested()
    signal chatRequested()
    signal lookRequested()

    spacing: Theme.spacingSmall

    SearchField {
        Layout.fillWidth: true
        Layout.minimumWidth: Theme.touchTarget * 2
        dishes: bar.table.dishes
    }
    PillButton {
        objectName: "filtersButton"
        text: bar.table.dishes.activeFilterCount > 0
              ? qsTr("Filters (%1)").arg(bar.table.number(bar.table.dishes.activeFilterCount))
              : qsTr("Filters")
        primary: bar.filtersOpen
        sidePadding: Theme.spacing // the search field keeps room for its placeholder
        onClicked: bar.filtersOpen = !bar.filtersOpen
    }
    PillButton {
        objectName: "callButton"
        text: qsTr("Call waiter")
        sidePadding: Theme.spacing
        onClicked: bar.callRequested()
    }
    MessageButton {
        objectName: "chatButton"
        table: bar.table
        compact: true
        onClicked: bar.chatRequested()
    }
    PillButton {
        id: lookButton
        objectName: "lookButton"
        implicitWidth: Theme.touchTarget + 10
        Accessible.name: qsTr("Tablecloth and text size")
        onClicked: bar.lookRequested()
        GearIcon {
            anchors.centerIn: parent
            width: Theme.textBody
            height: width
            scale: lookButton.pressed ? 0.96 : 1
        }
    }
}

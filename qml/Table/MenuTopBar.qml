import QtQuick
import Tableside.Table
import Tableside.Ui

// Search, filters, calling staff, messages with staff and the table's look above the dishes: one
// row while the search field has room for its whole placeholder, else the search on a row of its
// own above the buttons (large text, a narrow screen, a language of long words).
Item {
    id: bar

    required property TableScreen table
    property bool filtersOpen: false
    signal callRequested()
    signal chatRequested()
    signal lookRequested()
    signal ideasRequested()
    signal tipsRequested()

    // Decided with the filters button at its widest ("Filters (12)"), so that a filter the diner
    // taps does not fold the bar and move the chips under their finger.
    readonly property bool oneRow:
        width - buttons.implicitWidth - Theme.spacingSmall
        - Math.max(0, filtersWidest.advanceWidth + 2 * filtersButton.sidePadding - filtersButton.implicitWidth)
        >= search.neededWidth
    implicitHeight: oneRow ? Math.max(search.implicitHeight, buttons.implicitHeight)
                           : search.implicitHeight + Theme.spacingSmall + buttons.implicitHeight

    TextMetrics {
        id: filtersWidest
        font: filtersButton.font
        text: qsTr("Filters (%1)").arg(bar.table.number(18))
    }
    SearchField {
        id: search
        anchors.left: parent.left
        width: bar.oneRow ? bar.width - buttons.implicitWidth - Theme.spacingSmall : bar.width
        dishes: bar.table.dishes
    }
    Row {
        id: buttons
        objectName: "topBarButtons"
        anchors.right: parent.right
        y: bar.oneRow ? 0 : search.height + Theme.spacingSmall
        spacing: Theme.spacingSmall

        PillButton {
            id: filtersButton
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
        PillButton {
            objectName: "ideasButton"
            text: qsTr("Ideas")
            Accessible.name: qsTr("Ideas board: propose an idea or vote for one")
            sidePadding: Theme.spacing
            onClicked: bar.ideasRequested()
        }
        PillButton {
            objectName: "tipsButton"
            // Only when the owner recommends somewhere.
            visible: bar.table.localTips.count > 0
            text: qsTr("Explore the area")
            Accessible.name: qsTr("Explore the area: places we recommend nearby")
            sidePadding: Theme.spacing
            onClicked: bar.tipsRequested()
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
}

import QtQuick
import Tableside.Table
import Tableside.Ui

// Categories on a rail, the chosen category's dishes as cards, the table's order beside them.
Item {
    id: page

    required property TableScreen table
    signal callRequested()
    signal chatRequested()
    signal lookRequested()
    signal ideasRequested()
    signal tipsRequested()
    signal placeRequested()

    readonly property bool narrow: width < 1100

    CategoryRail {
        id: rail
        objectName: "categoryRail"
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        width: page.narrow ? 200 : 240
        table: page.table
    }

    MenuTopBar {
        id: topBar
        anchors.top: parent.top
        anchors.left: rail.right
        anchors.right: cart.left
        anchors.margins: Theme.spacing
        table: page.table
        onCallRequested: page.callRequested()
        onChatRequested: page.chatRequested()
        onLookRequested: page.lookRequested()
        onIdeasRequested: page.ideasRequested()
        onTipsRequested: page.tipsRequested()
    }

    FilterPanel {
        id: filters
        objectName: "filterPanel"
        anchors.top: topBar.bottom
        anchors.left: rail.right
        anchors.right: cart.left
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        dishes: page.table.dishes
        allergens: page.table.allergens
        dietaryTags: page.table.dietaryTags
        open: topBar.filtersOpen
    }

    // The cards scroll over the cloth's plain base, its weave showing above them. The software
    // renderer draws a picture behind moving items with a clip of many rectangles, and then hands
    // it to other threads in parts every frame: the cloth's layer cost a quarter of each frame of
    // a flick, and the frame waited on both cores.
    Rectangle {
        objectName: "dishGridBase"
        anchors.top: grid.top
        anchors.bottom: grid.bottom
        anchors.left: rail.right
        anchors.right: cart.left
        color: Theme.background
    }

    // What a card needs under its photo, measured in the screen's own script and text size (an
    // Arabic line is taller than a Latin one): a name on three lines and every dietary tag with
    // the hottest spice, or a one-line name and two lines of description, whichever is more. The
    // cells are one height, so each card has room for the longest; the description takes the
    // rest (DishCard).
    Item {
        id: cardMetrics
        readonly property real contentWidth: grid.cellWidth - 2 * Theme.spacingSmall - 2 * Theme.spacing
        readonly property real nameLine: nameProbe.implicitHeight
        readonly property real descriptionLine: descriptionProbe.implicitHeight
        readonly property real bodyHeight: Math.ceil(
            Math.max(3 * nameLine, nameLine + 4 + 2 * descriptionLine) + 4 + tagsProbe.implicitHeight
            + Theme.spacingSmall + 2 + Theme.spacing // the body's margins in the card
            + 2 * Theme.spacingSmall) // the card's margins in its cell
        visible: false

        Text {
            id: nameProbe
            text: Labels.dietary("vegetarian")
            font.pixelSize: Theme.textBody
            font.weight: Font.DemiBold
        }
        Text {
            id: descriptionProbe
            text: Labels.dietary("vegetarian")
            font.pixelSize: Theme.textSmall
            lineHeight: 1.1
        }
        DishTags {
            id: tagsProbe
            width: cardMetrics.contentWidth
            codes: page.table.dietaryTags.codes
            spiceLevel: 3
        }
    }

    DishGrid {
        id: grid
        objectName: "dishGrid"
        anchors.top: filters.bottom
        anchors.bottom: parent.bottom
        anchors.left: rail.right
        anchors.right: cart.left
        anchors.leftMargin: Theme.spacingSmall
        anchors.rightMargin: Theme.spacingSmall
        clip: true
        table: page.table
        descriptionLine: cardMetrics.descriptionLine
        model: page.table.dishes
        // One binding, so a new width gives one new cell width (not one per column count too).
        cellWidth: Math.floor(width / Math.max(1, Math.floor(width / 300)))
        cellHeight: Math.round(cellWidth * 0.56) + cardMetrics.bodyHeight
        cacheBuffer: page.table.firstFrameDrawn ? cellHeight * 2 : 0
        // Cards scrolled out are handed to the ones scrolling in: no object creation mid-flick.
        reuseItems: true
        boundsBehavior: Flickable.StopAtBounds
        delegate: DishCard {
            id: dish
            readonly property DishGrid grid: dish.GridView.view as DishGrid
            width: dish.grid.cellWidth
            height: dish.grid.cellHeight
            descriptionLine: dish.grid.descriptionLine
            // The photos are drawn on another thread and were never in the first frame anyway;
            // started after it, they leave the cores to the window's making.
            photoWanted: dish.grid.table.firstFrameDrawn
            onChosen: id => dish.grid.table.openDish(id)
        }
        Text {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.spacingLarge
            visible: grid.count === 0
            text: qsTr("No dishes match your filters.")
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            color: Theme.muted
            font.pixelSize: Theme.textTitle
        }
    }

    // Another category or a new search opens at its top, as a new page of the menu would: the
    // place scrolled to in one list means nothing in the next.
    readonly property double categoryId: page.table.dishes.categoryId
    readonly property string searchText: page.table.dishes.searchText
    onCategoryIdChanged: grid.positionViewAtBeginning()
    onSearchTextChanged: grid.positionViewAtBeginning()

    CartPanel {
        id: cart
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.right: parent.right
        width: page.narrow ? 320 : 380
        table: page.table
        onPlaceRequested: page.placeRequested()
    }
}

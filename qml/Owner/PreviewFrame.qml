import QtQuick
import Tableside.Table as Table
import Tableside.Owner

// A table's screen at its own size (MenuPreview's frame), scaled down as a whole to fit the stage:
// the table's cloth, its menu page (category rail, cards, the order) and its dish sheet, showing
// the preview's table screen. Made once the preview has its table (PreviewPage loads it).
Item {
    id: frame

    required property MenuPreview preview
    required property Item stage
    readonly property Table.TableScreen table: frame.preview.table

    objectName: "previewFrame"
    width: frame.preview.frameWidth
    height: frame.preview.frameHeight
    scale: Math.min(frame.stage.width / width, frame.stage.height / height)
    clip: true
    // The table's direction, not the owner's: Arabic and Persian mirrored as on a table.
    LayoutMirroring.enabled: frame.table.rightToLeft
    LayoutMirroring.childrenInherit: true

    Table.Tablecloth {
        anchors.fill: parent
    }
    Table.MenuPage {
        objectName: "previewMenu"
        anchors.fill: parent
        table: frame.table
    }
    Table.DishSheet {
        anchors.fill: parent
        table: frame.table
    }
}

import QtQuick
import Tableside.Ui

// A dish's dietary tags and how hot it is, as badges that wrap to more rows when they need them.
Flow {
    id: tags

    // The dish's dietary codes ("vegan", …), in the menu's order.
    required property var codes
    property int spiceLevel: 0

    spacing: 6

    Repeater {
        model: tags.codes
        delegate: Badge {
            required property string modelData
            objectName: "dishTag_" + modelData
            text: Labels.dietary(modelData)
            tint: Theme.dietaryTint(modelData)
        }
    }
    SpiceBadge {
        level: tags.spiceLevel
    }
}

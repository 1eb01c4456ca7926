import QtQuick
import Tableside.Table
import Tableside.Ui

// The filter panel's chips: "show only" dietary tags and "leave out" the EU's 14 allergens. Made
// the first time the panel opens (FilterPanel).
Column {
    id: chips

    required property MenuFilterModel dishes
    // The 14 allergens named in the diner's language (TableScreen.allergens).
    required property AllergensModel allergens
    // The dietary tags on offer (TableScreen.dietaryTags).
    required property DietaryTagsModel dietaryTags

    spacing: Theme.spacingSmall

    Text {
        text: qsTr("Show only")
        color: Theme.muted
        font.pixelSize: Theme.textSmall
    }
    Flow {
        width: parent.width
        spacing: Theme.spacingSmall
        Repeater {
            model: chips.dietaryTags
            delegate: Chip {
                id: diet
                required property string code
                required property bool chosen
                objectName: "diet_" + code
                text: Labels.dietary(code)
                // The filter's state, never the chip's own: a new party's cleared filters show.
                checked: chosen
                checkable: false
                Accessible.checkable: true
                // A chip reaches the filters through its flow's column.
                onClicked: (diet.parent.parent as FilterChips).dishes.toggleDietary(code)
            }
        }
    }
    Text {
        text: qsTr("Leave out dishes containing")
        color: Theme.muted
        font.pixelSize: Theme.textSmall
    }
    Flow {
        width: parent.width
        spacing: Theme.spacingSmall
        Repeater {
            model: chips.allergens
            delegate: Chip {
                id: allergen
                required property string code
                required property string name
                required property bool chosen
                objectName: "allergen_" + code
                text: name
                checked: chosen
                checkable: false
                Accessible.checkable: true
                onClicked: (allergen.parent.parent as FilterChips).dishes.toggleAllergen(code)
            }
        }
    }
}

import QtQuick
import Tableside.Table
import Tableside.Ui

// "Show only" dietary tags and "leave out" the EU's 14 allergens, as chips the diner taps. The
// chips are made the first time the panel opens: the menu's first frame does not pay for them.
Item {
    id: panel

    required property MenuFilterModel dishes
    // The 14 allergens named in the diner's language (TableScreen.allergens).
    required property AllergensModel allergens
    property bool open: false
    property bool everOpened: false

    onOpenChanged: if (open) everOpened = true
    height: open && content.item ? content.item.implicitHeight + Theme.spacing : 0
    clip: true
    Behavior on height { NumberAnimation { duration: Theme.motion; easing.type: Easing.OutCubic } }

    Loader {
        id: content
        width: parent.width
        active: panel.everOpened
        sourceComponent: chips
    }

    Component {
        id: chips
        Column {
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
                    model: Labels.dietaryCodes
                    delegate: Chip {
                        required property string modelData
                        objectName: "diet_" + modelData
                        text: Labels.dietary(modelData)
                        checked: panel.dishes.requiredDietary.indexOf(modelData) >= 0
                        onClicked: panel.dishes.toggleDietary(modelData)
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
                    model: panel.allergens
                    delegate: Chip {
                        required property string code
                        required property string name
                        objectName: "allergen_" + code
                        text: name
                        checked: panel.dishes.excludedAllergens.indexOf(code) >= 0
                        onClicked: panel.dishes.toggleAllergen(code)
                    }
                }
            }
        }
    }
}

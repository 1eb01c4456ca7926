import QtQuick
import QtQuick.Controls
import Tableside.Table
import Tableside.Ui

// One swatch per tablecloth, the table's own framed: a swatch reaches the screen through its
// flow (swatch.parent as ClothPicker).
Flow {
    required property TableScreen table

    spacing: Theme.spacing
    Repeater {
        model: Theme.clothNames
        delegate: AbstractButton {
            id: swatch
            required property string modelData
            readonly property TableScreen table: (swatch.parent as ClothPicker)?.table ?? null
            readonly property bool chosen: swatch.table !== null && swatch.table.tablecloth === modelData
            objectName: "cloth_" + modelData
            width: 120
            height: 120
            Accessible.name: Labels.cloth(modelData)
            Accessible.role: Accessible.RadioButton
            Accessible.checked: swatch.chosen
            onClicked: swatch.table.tablecloth = modelData
            background: Rectangle {
                radius: Theme.radius
                color: Theme.cloths[swatch.modelData].base
                border.width: swatch.chosen ? 4 : 1
                border.color: swatch.chosen ? Theme.accent : Theme.line
                Rectangle {
                    anchors.centerIn: parent
                    width: 44
                    height: 44
                    radius: 22
                    color: Theme.cloths[swatch.modelData].accent
                }
            }
            contentItem: Text {
                text: Labels.cloth(swatch.modelData)
                verticalAlignment: Text.AlignBottom
                horizontalAlignment: Text.AlignHCenter
                bottomPadding: Theme.spacingSmall
                color: Theme.cloths[swatch.modelData].ink
                font.pixelSize: Theme.textSmall
            }
        }
    }
}

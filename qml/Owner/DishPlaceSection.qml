import QtQuick
import QtQuick.Controls
import Tableside.Ui
import Tableside.Owner

// Where the dish in the form stands: its category (choosing another moves it there when saved),
// a new dish's key, and Remove behind a confirmation that names the dish.
Column {
    id: section

    required property OwnerScreen owner
    readonly property MenuStructure structure: section.owner.structure

    spacing: Theme.spacingSmall
    FormLabel {
        text: qsTr("Category")
    }
    ToggleChips {
        width: parent.width
        rows: section.structure.dishCategories
        kind: "dishCategory"
        onToggled: code => section.structure.setDishCategory(code)
    }
    FormLabel {
        visible: section.structure.newDish
        text: qsTr("Key")
    }
    TextField {
        objectName: "dishKey"
        visible: section.structure.newDish
        width: Math.min(parent.width, 360)
        height: 48
        text: section.owner.form.key
        font.pixelSize: Theme.textBody
        inputMethodHints: Qt.ImhLowercaseOnly | Qt.ImhNoPredictiveText
        onTextEdited: section.structure.setDishKey(text)
        Accessible.name: qsTr("Key")
    }
    Text {
        objectName: "dishKeyProblem"
        width: parent.width
        visible: section.structure.newDish
        horizontalAlignment: Text.AlignLeft
        wrapMode: Text.WordWrap
        text: section.structure.dishKeyProblem !== ""
              ? section.structure.dishKeyProblem
              : qsTr("Made from the name in the default language. It names the dish in spreadsheets and cannot change once saved.")
        color: section.structure.dishKeyProblem !== "" ? Theme.danger : Theme.muted
        font.pixelSize: Theme.textSmall
    }
    OwnerButton {
        objectName: "removeDish"
        visible: !section.structure.newDish && !section.structure.confirmingDishRemoval
        danger: true
        text: qsTr("Remove dish")
        onClicked: section.structure.askRemoveDish()
    }
    Rectangle {
        width: parent.width
        visible: section.structure.confirmingDishRemoval
        height: confirm.implicitHeight + 2 * Theme.spacingSmall
        radius: 6
        color: Theme.card
        border.color: Theme.warning
        border.width: 2
        Column {
            id: confirm
            x: Theme.spacingSmall
            y: Theme.spacingSmall
            width: parent.width - 2 * Theme.spacingSmall
            spacing: Theme.spacingSmall
            Text {
                objectName: "removeDishQuestion"
                width: parent.width
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.WordWrap
                text: qsTr("Remove “%1” from the menu? The tables keep it until you publish.").arg(section.structure.dishName)
                color: Theme.warning
                font.pixelSize: Theme.textSmall
                font.weight: Font.DemiBold
            }
            Row {
                spacing: Theme.spacingSmall
                OwnerButton {
                    objectName: "cancelRemoveDish"
                    text: qsTr("Keep it")
                    onClicked: section.structure.cancelRemoveDish()
                }
                OwnerButton {
                    objectName: "confirmRemoveDish"
                    danger: true
                    text: qsTr("Remove “%1”").arg(section.structure.dishName)
                    enabled: !section.owner.busy
                    onClicked: section.structure.confirmRemoveDish()
                }
            }
        }
    }
}

import QtQuick
import QtQuick.Controls
import Tableside.Ui

// Searches every category by name and description; typing opens the on-screen keyboard.
TextField {
    id: field

    required property var dishes

    objectName: "searchField"
    placeholderText: qsTr("Search the menu")
    Accessible.name: qsTr("Search the menu")
    implicitHeight: Theme.touchTarget
    font.pixelSize: Theme.textBody
    color: Theme.ink
    placeholderTextColor: Theme.muted
    // Room for the magnifier on whichever side the language starts.
    leftPadding: Theme.spacingLarge + Theme.spacing
    rightPadding: Theme.spacingLarge + Theme.spacing
    inputMethodHints: Qt.ImhNoPredictiveText
    text: dishes.searchText
    onTextEdited: dishes.searchText = text
    // A new party or a category tap clears the search in the model; follow it here too.
    Connections {
        target: field.dishes
        function onSearchTextChanged() {
            if (field.text !== field.dishes.searchText)
                field.text = field.dishes.searchText
        }
    }

    background: Rectangle {
        radius: height / 2
        color: Theme.card
        border.width: field.activeFocus ? 2 : Math.max(1, Theme.borderWidth)
        border.color: field.activeFocus ? Theme.accent : Theme.line
        Text {
            anchors.verticalCenter: parent.verticalCenter
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacing
            text: "⌕"
            color: Theme.muted
            font.pixelSize: Theme.textTitle
        }
    }
}

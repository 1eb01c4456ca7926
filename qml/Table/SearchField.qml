import QtQuick
import Tableside.Table
import Tableside.Ui

// Searches every category by name and description; typing opens the on-screen keyboard.
// Plain Qt Quick, no Controls: it is on the menu's first frame.
Rectangle {
    id: field

    required property MenuFilterModel dishes
    property alias text: input.text
    property alias placeholderText: placeholder.text
    // The width that shows the whole placeholder.
    readonly property real neededWidth: input.anchors.leftMargin + placeholder.implicitWidth
                                        + input.anchors.rightMargin + 2

    objectName: "searchField"
    Accessible.name: qsTr("Search the menu")
    Accessible.role: Accessible.EditableText
    implicitHeight: Theme.touchTarget
    implicitWidth: 200
    radius: height / 2
    color: Theme.card
    border.width: input.activeFocus ? 2 : Math.max(1, Theme.borderWidth)
    border.color: input.activeFocus ? Theme.accent : Theme.line

    MagnifierIcon {
        id: magnifier
        anchors.verticalCenter: parent.verticalCenter
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacing + 2
        width: Theme.textBody - 2
        height: width
    }
    Text {
        id: placeholder
        objectName: "searchPlaceholder"
        anchors.fill: input
        visible: input.length === 0 && !input.preeditText
        text: qsTr("Search the menu")
        color: Theme.muted
        font.pixelSize: Theme.textBody
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: Text.AlignLeft
        elide: Text.ElideRight
    }
    TextInput {
        id: input
        // Room for the magnifier where the language starts (the anchors mirror with it).
        anchors.fill: parent
        anchors.leftMargin: magnifier.anchors.leftMargin + magnifier.width + Theme.spacingSmall
        anchors.rightMargin: Theme.spacing
        verticalAlignment: TextInput.AlignVCenter
        horizontalAlignment: TextInput.AlignLeft
        clip: true
        font.pixelSize: Theme.textBody
        color: Theme.ink
        selectionColor: Theme.accent
        selectedTextColor: Theme.accentInk
        inputMethodHints: Qt.ImhNoPredictiveText
        text: field.dishes.searchText
        onTextEdited: field.dishes.searchText = text
        Accessible.name: qsTr("Search the menu")
    }
    // A new party or a category tap clears the search in the model; follow it here too.
    readonly property string searchText: field.dishes.searchText
    onSearchTextChanged: {
        if (input.text !== field.searchText)
            input.text = field.searchText
    }
}

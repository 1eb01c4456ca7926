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
    // The dietary tags on offer (TableScreen.dietaryTags).
    required property DietaryTagsModel dietaryTags
    property bool open: false

    onOpenChanged: {
        if (open && !content.item)
            content.setSource("FilterChips.qml", { "dishes": panel.dishes, "allergens": panel.allergens,
                                                   "dietaryTags": panel.dietaryTags })
    }
    // The Loader takes its chips' height as its own.
    height: open && content.item ? content.implicitHeight + Theme.spacing : 0
    clip: true
    Behavior on height { NumberAnimation { duration: Theme.motion; easing.type: Easing.OutCubic } }

    Loader {
        id: content
        width: parent.width
    }
}

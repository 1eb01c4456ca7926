import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Tableside.Table

// Qt Virtual Keyboard at the bottom of the window: loaded the first time a text field takes focus,
// so starting the menu does not pay for it. Its keys are the diner's language's, with English a
// tap away.
InputPanel {
    id: keyboard

    // The table role's screen object (TableScreen).
    property TableScreen table

    objectName: "keyboard"
    visible: active

    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: keyboard.table && keyboard.table.keyboardLayout !== "en_GB"
               ? [keyboard.table.keyboardLayout, "en_GB"] : ["en_GB"]
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: keyboard.table ? keyboard.table.keyboardLayout : "en_GB"
    }
}

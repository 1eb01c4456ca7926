import QtQuick
import QtQuick.VirtualKeyboard

// Qt Virtual Keyboard at the bottom of the window: loaded the first time a text field takes focus,
// so starting the menu does not pay for it.
InputPanel {
    id: keyboard
    objectName: "keyboard"
    visible: active
}

import QtQuick

// A sheet made the first time it is opened, so starting the screen does not pay for it.
Loader {
    id: lazy
    active: false
    function show() {
        active = true
        item.open = true
    }
}

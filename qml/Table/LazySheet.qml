import QtQuick
import Tableside.Table

// A sheet made the first time it is opened, so starting the screen does not pay for it. Loaded
// by URL: its type and imports are not even resolved until then.
Loader {
    id: lazy

    property url url
    property TableScreen table

    function show() {
        if (!item)
            setSource(url, { "table": table })
        item.open = true
    }
}

import QtQuick
import Tableside.Kitchen

// The open tickets side by side: as many whole tickets as fit at about 300 px, sharing the
// width, so none is cut off at the edge, whatever the screen.
KitchenList {
    readonly property int perScreen: Math.max(1, Math.floor((width + spacing) / (300 + spacing)))
    readonly property real ticketWidth: (width - (perScreen - 1) * spacing) / perScreen
}

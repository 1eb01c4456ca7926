import QtQuick
import Tableside.Kitchen

// A list on the kitchen display whose rows act on the kitchen: a delegate reaches outside itself
// only through its view (ListView.view as KitchenList).kitchen.
ListView {
    required property KitchenScreen kitchen
}

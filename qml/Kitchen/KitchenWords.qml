pragma Singleton
import QtQuick

// The kitchen's words for the codes it shows: stations, in this screen's language
// (its own file, so the kitchen's language translates them, not the table screen's). A station
// is the owner's word: the usual ones are translated, any other is shown as written.
QtObject {
    function station(name) {
        switch (name) {
        case "": return qsTr("Expo")
        case "grill": return qsTr("Grill")
        case "hot": return qsTr("Hot")
        case "cold": return qsTr("Cold")
        case "bar": return qsTr("Bar")
        case "dessert": return qsTr("Dessert")
        case "pastry": return qsTr("Pastry")
        case "fryer": return qsTr("Fryer")
        case "pizza": return qsTr("Pizza")
        case "sushi": return qsTr("Sushi")
        }
        return name
    }
}

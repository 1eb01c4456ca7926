pragma Singleton
import QtQuick

// The kitchen's words for the codes it shows: stations and allergens, in this screen's language
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
    function allergen(code) {
        switch (code) {
        case "gluten": return qsTr("Gluten")
        case "crustaceans": return qsTr("Crustaceans")
        case "eggs": return qsTr("Eggs")
        case "fish": return qsTr("Fish")
        case "peanuts": return qsTr("Peanuts")
        case "soybeans": return qsTr("Soya")
        case "milk": return qsTr("Milk")
        case "nuts": return qsTr("Tree nuts")
        case "celery": return qsTr("Celery")
        case "mustard": return qsTr("Mustard")
        case "sesame": return qsTr("Sesame")
        case "sulphites": return qsTr("Sulphites")
        case "lupin": return qsTr("Lupin")
        case "molluscs": return qsTr("Molluscs")
        }
        return code
    }
}

pragma Singleton
import QtQuick

// Words for the codes the hub speaks (dietary tags, line states, calls, languages). Which codes a
// screen offers is C++'s (TableScreen.dietaryTags, .serviceKinds); the allergens' words are the
// table screen's too (TableScreen.allergens).
QtObject {
    function dietary(code) {
        switch (code) {
        case "vegan": return qsTr("Vegan")
        case "vegetarian": return qsTr("Vegetarian")
        case "gluten-free": return qsTr("Gluten-free")
        case "halal": return qsTr("Halal")
        }
        return code
    }
    function status(code) {
        switch (code) {
        case "sending": return qsTr("Sending…")
        case "placed": return qsTr("Received")
        case "accepted": return qsTr("Received")
        case "cooking": return qsTr("Cooking")
        case "ready": return qsTr("Ready")
        case "served": return qsTr("Served")
        case "cancelled": return qsTr("Cancelled")
        }
        return code
    }
    function serviceKind(code) {
        switch (code) {
        case "help": return qsTr("Help")
        case "water": return qsTr("Water")
        case "cutlery": return qsTr("Cutlery")
        case "other": return qsTr("Something else")
        case "bill": return qsTr("The bill")
        }
        return code
    }
    function serviceState(state) {
        switch (state) {
        case "sending": return qsTr("Sending…")
        case "waiting": return qsTr("Waiting for staff")
        case "acknowledged": return qsTr("On the way")
        case "failed": return qsTr("Not sent, try again")
        }
        return ""
    }
    function cloth(name) {
        switch (name) {
        case "linen": return qsTr("Linen")
        case "slate": return qsTr("Slate")
        case "terrazzo": return qsTr("Terrazzo")
        case "night": return qsTr("Night")
        case "olive": return qsTr("Olive grove")
        }
        return name
    }
    // Each language's name in itself: never translated.
    readonly property var languages: [
        { "code": "en", "name": "English" },
        { "code": "el", "name": "Ελληνικά" },
        { "code": "ar", "name": "العربية" },
        { "code": "fa", "name": "فارسی" }
    ]
}

pragma Singleton
import QtQuick

// The one place for colours, type sizes and spacing. A tablecloth is a theme variant; large text
// scales the type, high contrast replaces the cloth with black, white and yellow.
QtObject {
    id: theme

    property string tablecloth: "linen"
    property bool largeText: false
    property bool highContrast: false

    readonly property var cloths: ({
        "linen": { "base": "#efe6d8", "weave": "#e4d8c4", "card": "#fffdf8", "ink": "#2b2118",
                   "muted": "#6f604f", "accent": "#b5542c", "accentInk": "#ffffff",
                   "line": "#d9ccb8", "inkInverse": "#ffffff" },
        "slate": { "base": "#2e3338", "weave": "#353b41", "card": "#3f464d", "ink": "#f2efe9",
                   "muted": "#bcc2c8", "accent": "#e0a458", "accentInk": "#1d1f21",
                   "line": "#545c64", "inkInverse": "#1d1f21" },
        "terrazzo": { "base": "#f3eee9", "weave": "#e7ddd4", "card": "#ffffff", "ink": "#262626",
                      "muted": "#645f5b", "accent": "#2f7d6d", "accentInk": "#ffffff",
                      "line": "#ddd3ca", "inkInverse": "#ffffff" },
        "night": { "base": "#141826", "weave": "#1b2033", "card": "#232a40", "ink": "#eef0f8",
                   "muted": "#a5aecb", "accent": "#7aa2ff", "accentInk": "#0d1020",
                   "line": "#343d5c", "inkInverse": "#0d1020" },
        "olive": { "base": "#dfe3cf", "weave": "#d3d9bf", "card": "#fbfcf5", "ink": "#222a12",
                   "muted": "#5b6446", "accent": "#5f7a1f", "accentInk": "#ffffff",
                   "line": "#c5cdab", "inkInverse": "#ffffff" },
        "contrast": { "base": "#000000", "weave": "#000000", "card": "#000000", "ink": "#ffffff",
                      "muted": "#ffffff", "accent": "#ffd400", "accentInk": "#000000",
                      "line": "#ffffff", "inkInverse": "#000000" }
    })
    readonly property var clothNames: ["linen", "slate", "terrazzo", "night", "olive"]
    readonly property var cloth: highContrast ? cloths["contrast"]
                                              : (cloths[tablecloth] || cloths["linen"])

    readonly property color background: cloth.base
    readonly property color weave: cloth.weave
    readonly property color card: cloth.card
    readonly property color ink: cloth.ink
    readonly property color muted: cloth.muted
    readonly property color accent: cloth.accent
    readonly property color accentInk: cloth.accentInk
    readonly property color line: cloth.line
    // Words on the ink colour (the "Sending…" banner): light on a light cloth's dark ink, dark on a
    // dark cloth's light ink.
    readonly property color inkInverse: cloth.inkInverse
    // The cloth's woven stripe: the weave at seven tenths over the base, mixed here, so the
    // stripes are opaque (the software renderer's fastest fill).
    readonly property color stripe: Qt.tint(background, Qt.rgba(weave.r, weave.g, weave.b, 0.7))
    readonly property color soldOut: "#8c8c8c"
    readonly property color vegan: "#2e7d32"
    readonly property color vegetarian: "#558b2f"
    readonly property color glutenFree: "#a66d00"
    readonly property color halal: "#00695c"
    // One tint per dietary tag, wherever the tag is shown.
    function dietaryTint(code) {
        switch (code) {
        case "vegan": return vegan
        case "vegetarian": return vegetarian
        case "gluten-free": return glutenFree
        default: return halal
        }
    }
    readonly property color danger: highContrast ? "#ff6b6b" : "#b3261e"
    readonly property color warning: highContrast ? "#ffd400" : "#9a6700"
    readonly property color success: highContrast ? "#7CFC00" : "#2e7d32"
    readonly property color scrim: "#99000000"
    // Words on a status colour: the danger, warning and sold-out labels and banners.
    readonly property color statusInk: "#ffffff"
    readonly property color clear: "transparent" // no fill, no frame
    // A badge's fill: its tint, faint behind its words, or solid in high contrast.
    function tagFill(tint) {
        return Qt.rgba(tint.r, tint.g, tint.b, highContrast ? 1 : 0.14)
    }
    readonly property int borderWidth: highContrast ? 2 : 0

    // A line's progress: one colour per step, always with its label beside it.
    function statusColor(status) {
        switch (status) {
        case "cooking": return warning
        case "ready": return success
        case "served": return muted
        case "cancelled": return danger
        default: return accent
        }
    }

    // Type scale: a few sizes only; large text scales them all.
    readonly property real textScale: largeText ? 1.3 : 1
    readonly property int textSmall: Math.round(15 * textScale)
    readonly property int textBody: Math.round(18 * textScale)
    readonly property int textTitle: Math.round(24 * textScale)
    readonly property int textHeadline: Math.round(34 * textScale)
    readonly property int textDisplay: Math.round(48 * textScale)
    readonly property string fontFamily: "Noto Sans"

    readonly property int spacing: 16
    readonly property int spacingSmall: 8
    readonly property int spacingLarge: 24
    readonly property int radius: 14
    readonly property int touchTarget: 56
    readonly property int motion: 200
    readonly property int motionFast: 150
    readonly property int motionSlow: 250

    // ---- Kitchen display and floor view (owned by the kitchen/floor screens) ----
    // Dark, high contrast, readable at two metres; every status also has a shape or a label.
    readonly property color kdsBackground: "#0e1013"
    readonly property color kdsPanel: "#181b20"
    readonly property color kdsCard: "#1f2329"
    readonly property color kdsLine: "#272c34"
    readonly property color kdsBorder: "#3a4049"
    readonly property color kdsInk: "#f5f6f7"
    readonly property color kdsMuted: "#a9b0ba"
    readonly property color kdsOk: "#2f9e5b"
    readonly property color kdsWarn: "#f0b429"
    readonly property color kdsLate: "#e5484d"
    readonly property color kdsWarnInk: "#1a1300"
    readonly property color kdsCooking: "#ff9f43"
    readonly property color kdsNote: "#ffe066"
    readonly property color kdsNoteInk: "#1c1a00"
    readonly property color kdsAllergen: "#ff6b81"
    readonly property color kdsSelected: "#4cc9f0"
    readonly property color kdsAction: "#3d7eff"
    readonly property color kdsOnSelected: "#000000"  // ink on the selected colour
    readonly property color kdsCookingLine: "#3a2c14" // a line on the stove
    readonly property color kdsStart: "#5b4a2a"       // Start
    readonly property color kdsQuiet: "#40464f"       // header buttons, Mark sold out
    readonly property color kdsSoldOutLine: "#3b1d20" // a dish that is sold out
    readonly property color kdsScrim: "#ee0e1013"     // recall over the tickets
    readonly property color kdsBandInk: "#ffffff"     // a timer's words on its on-time or late band
    readonly property color kdsClear: "transparent"   // no fill, no frame
    readonly property int kdsTable: 40
    readonly property int kdsLineText: 24
    readonly property int kdsBump: 72
    readonly property color floorFree: "#3a4049"
    readonly property color floorSeated: "#5a7bb5"
    readonly property color floorOrdered: "#7b61c9"
    readonly property color floorWaiting: "#e5484d"
    readonly property color floorReady: "#2f9e5b"
    readonly property color floorCalled: "#f0b429"
    readonly property color floorBill: "#4cc9f0"
    readonly property color floorMap: "#15181d"           // the room behind the tables
    readonly property color floorInk: "#ffffff"           // words on a status colour, a button
    readonly property color floorDarkInk: "#101214"       // words on a light status (called, bill)
    readonly property color floorPartyInk: "#e8e8e8"      // a table's party on a dark status
    readonly property color floorDisabled: "#2a2e34"      // a button that cannot act now
    readonly property color floorEscalated: "#4a1518"     // an escalated alert, and its flash:
    readonly property color floorEscalatedFlash: "#7a1d22"
    readonly property color qrPaper: "#ffffff"            // a QR code is read dark on light
    // A table status's colour (FloorState::Statuses), and whether its words are dark on it.
    function floorStatusColor(status) {
        switch (status) {
        case "called": return floorCalled
        case "ready": return floorReady
        case "bill": return floorBill
        case "waiting": return floorWaiting
        case "ordered": return floorOrdered
        case "seated": return floorSeated
        default: return floorFree
        }
    }
    // quiet: the lesser words (a table's party), a little softer on a dark status.
    function floorStatusInk(status, quiet) {
        if (status === "called" || status === "bill")
            return floorDarkInk
        return quiet ? floorPartyInk : floorInk
    }
    // ---- end kitchen/floor ----
}

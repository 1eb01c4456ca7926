pragma Singleton
import QtQuick

// The one place for colours, type sizes and spacing. A tablecloth is a theme variant.
QtObject {
    id: theme

    property string tablecloth: "linen"

    readonly property var cloths: ({
        "linen": { "base": "#efe6d8", "weave": "#e4d8c4", "card": "#fffdf8", "ink": "#2b2118",
                   "muted": "#7a6a58", "accent": "#b5542c", "accentInk": "#ffffff" },
        "slate": { "base": "#2e3338", "weave": "#353b41", "card": "#3f464d", "ink": "#f2efe9",
                   "muted": "#b3b9bf", "accent": "#e0a458", "accentInk": "#1d1f21" },
        "terrazzo": { "base": "#f3eee9", "weave": "#e7ddd4", "card": "#ffffff", "ink": "#262626",
                      "muted": "#6f6a66", "accent": "#2f7d6d", "accentInk": "#ffffff" },
        "night": { "base": "#141826", "weave": "#1b2033", "card": "#232a40", "ink": "#eef0f8",
                   "muted": "#9aa3bf", "accent": "#7aa2ff", "accentInk": "#0d1020" }
    })
    readonly property var cloth: cloths[tablecloth] || cloths["linen"]

    readonly property color background: cloth.base
    readonly property color weave: cloth.weave
    readonly property color card: cloth.card
    readonly property color ink: cloth.ink
    readonly property color muted: cloth.muted
    readonly property color accent: cloth.accent
    readonly property color accentInk: cloth.accentInk
    readonly property color soldOut: "#8c8c8c"
    readonly property color vegan: "#2e7d32"
    readonly property color vegetarian: "#558b2f"
    readonly property color glutenFree: "#a66d00"
    readonly property color halal: "#00695c"

    // Type scale: a few sizes only.
    readonly property int textSmall: 15
    readonly property int textBody: 18
    readonly property int textTitle: 24
    readonly property int textHeadline: 34
    readonly property int textDisplay: 48
    readonly property string fontFamily: "Noto Sans"

    readonly property int spacing: 16
    readonly property int spacingSmall: 8
    readonly property int spacingLarge: 24
    readonly property int radius: 14
    readonly property int touchTarget: 56
    readonly property int motion: 200
}

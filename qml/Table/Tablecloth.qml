import QtQuick
import Tableside.Ui

// The cloth under everything: the theme's base with a faint woven stripe.
Rectangle {
    id: cloth

    // Keep the cloth drawn in a layer: the stripes are rotated rectangles, and rasterising them
    // again behind every frame of a scroll cost a quarter of the frame. Set once the
    // first frame is out, which then draws only the stripes it shows. Not at other pixel ratios:
    // Qt 6.4's software renderer draws such a layer black beyond its top.
    property bool cached: false

    color: Theme.background
    clip: true
    layer.enabled: cached && Screen.devicePixelRatio === 1

    Repeater {
        model: Theme.highContrast ? 0 : 24
        delegate: Rectangle {
            required property int index
            // The Repeater's parent: the cloth.
            x: index * parent.width / 12 - parent.height / 2
            y: -parent.height / 4
            width: 18
            height: parent.height * 1.6
            rotation: 35
            // Opaque: the first frame draws all of them.
            color: Theme.stripe
        }
    }
}

import QtQuick
import Tableside.Ui

// One to five stars to tap, each a finger's width; the chosen ones filled. Its objectName's
// stars are name + "_1" … "_5". Left to right in every language, as stars are read.
Row {
    id: stars

    property int value: 0
    property string name: "star"
    property string label // what is rated, for a screen reader
    signal chosen(int stars)

    LayoutMirroring.enabled: false

    function marks(value: int, prefix: string, what: string): var {
        let list = []
        for (let n = 1; n <= 5; ++n) {
            const stars = n
            list.push({
                name: prefix + "_" + n,
                filled: n <= value,
                label: qsTr("%1: %Ln star(s)", "", n).arg(what),
                choose: () => chosen(stars)
            })
        }
        return list
    }
    spacing: 0

    // What each star shows and does, made here: a delegate reads only its own model data.
    Repeater {
        model: stars.marks(stars.value, stars.name, stars.label)
        Item {
            id: star
            required property var modelData
            objectName: star.modelData.name
            width: Theme.touchTarget
            height: Theme.touchTarget
            Accessible.role: Accessible.Button
            Accessible.name: star.modelData.label
            Text {
                anchors.centerIn: parent
                text: star.modelData.filled ? "★" : "☆"
                color: star.modelData.filled ? Theme.accent : Theme.muted
                font.pixelSize: Theme.textTitle + 6
            }
            TapHandler {
                onTapped: star.modelData.choose()
            }
        }
    }
}

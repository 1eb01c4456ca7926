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
    spacing: 0

    Repeater {
        model: 5
        Item {
            id: star
            required property int index
            objectName: stars.name + "_" + (index + 1)
            width: Theme.touchTarget
            height: Theme.touchTarget
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("%1: %Ln star(s)", "", star.index + 1).arg(stars.label)
            Text {
                anchors.centerIn: parent
                text: star.index < stars.value ? "★" : "☆"
                color: star.index < stars.value ? Theme.accent : Theme.muted
                font.pixelSize: Theme.textTitle + 6
            }
            TapHandler {
                onTapped: stars.chosen(star.index + 1)
            }
        }
    }
}

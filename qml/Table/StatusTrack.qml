import QtQuick
import QtQuick.Layouts
import Tableside.Ui

// A placed line's four steps as bars, lit up to the step it has reached (what follows them, the
// estimate, is the line's): a bar reaches the step through its row (bar.parent as StatusTrack).
RowLayout {
    required property int step
    required property string status

    spacing: 6
    Repeater {
        model: 4
        delegate: Rectangle {
            id: bar
            required property int index
            readonly property StatusTrack track: bar.parent as StatusTrack
            Layout.fillWidth: true
            height: 6
            radius: 3
            // Steps: received (0-1), cooking (2), ready (3), served (4).
            readonly property int reached: bar.track.step <= 1 ? 0 : bar.track.step - 1
            color: index <= reached && bar.track.status !== "sending"
                   ? Theme.statusColor(bar.track.status) : Theme.line
            Behavior on color { ColorAnimation { duration: Theme.motionSlow } }
        }
    }
}

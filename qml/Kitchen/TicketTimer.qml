import QtQuick
import Tableside.Ui
import Tableside.Kitchen

// The ticket's age as m:ss, its band as colour AND a shape and a word (never colour alone):
// ● on time, ▲ warn, ■ late.
Rectangle {
    id: timer

    required property KitchenScreen kitchen
    required property int elapsed
    required property string urgency

    readonly property color bandColor: urgency === "late" ? Theme.kdsLate
                                     : urgency === "warn" ? Theme.kdsWarn : Theme.kdsOk
    readonly property color bandInk: urgency === "warn" ? Theme.kdsWarnInk : Theme.kdsBandInk

    objectName: "timer_" + urgency
    implicitWidth: row.implicitWidth + 2 * Theme.spacingSmall
    implicitHeight: 44
    radius: 6
    color: bandColor
    Accessible.name: label.text + " " + clock.text

    Row {
        id: row
        anchors.centerIn: parent
        spacing: 6
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: timer.urgency === "late" ? "■" : timer.urgency === "warn" ? "▲" : "●"
            color: timer.bandInk
            font.pixelSize: Theme.textBody
        }
        Text {
            id: clock
            anchors.verticalCenter: parent.verticalCenter
            objectName: "timerClock"
            // m:ss in the screen's digits; the band's word beside it says what the colour means.
            text: timer.kitchen.language ? timer.kitchen.minutesSeconds(timer.elapsed) : ""
            color: timer.bandInk
            font.pixelSize: Theme.textTitle
            font.weight: Font.Bold
        }
        Text {
            id: label
            anchors.verticalCenter: parent.verticalCenter
            visible: timer.urgency !== "ok"
            text: timer.urgency === "late" ? qsTr("LATE") : qsTr("WAIT")
            color: timer.bandInk
            font.pixelSize: Theme.textSmall
            font.weight: Font.Black
        }
    }

    SequentialAnimation on opacity {
        running: timer.urgency === "late"
        loops: Animation.Infinite
        alwaysRunToEnd: true
        NumberAnimation { to: 0.55; duration: 700 }
        NumberAnimation { to: 1.0; duration: 700 }
    }
}

import QtQuick
import QtQuick.Controls
import Tableside.Ui
import Tableside.Owner

// A time of day picked by touch: a wheel of hours and one of minutes (in WindowsForm's steps),
// in the screen's digits, with its name above.
Column {
    id: picker

    required property string name
    required property string label
    required property WindowsForm form
    required property int hour
    required property int minute
    signal hourPicked(int value)
    signal minutePicked(int value)

    spacing: 2

    FormLabel {
        text: picker.label
    }
    Row {
        spacing: 2
        Tumbler {
            id: hours
            objectName: picker.name + "_hour"
            width: 64
            height: 144
            visibleItemCount: 3
            font.pixelSize: Theme.textBody
            model: picker.form.hourLabels
            currentIndex: picker.hour
            onCurrentIndexChanged: if (currentIndex !== picker.hour) picker.hourPicked(currentIndex)
            Accessible.name: qsTr("%1, hours").arg(picker.label)
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: ":"
            color: Theme.ink
            font.pixelSize: Theme.textBody
        }
        Tumbler {
            id: minutes
            objectName: picker.name + "_minute"
            width: 64
            height: 144
            visibleItemCount: 3
            font.pixelSize: Theme.textBody
            model: picker.form.minuteLabels
            currentIndex: Math.floor(picker.minute / picker.form.minuteStep)
            onCurrentIndexChanged: {
                if (currentIndex !== Math.floor(picker.minute / picker.form.minuteStep))
                    picker.minutePicked(currentIndex * picker.form.minuteStep)
            }
            Accessible.name: qsTr("%1, minutes").arg(picker.label)
        }
    }
}

import QtQuick
import QtQuick.Controls
import Tableside.Ui
import Tableside.Owner

// "When it is served": a dish's or a category's windows, each on its days (the screen's week
// order and names), from one time until another or until midnight, picked by touch; under each,
// the sentence the tables will show, or the problem the hub names. Rules: WindowsForm.
Column {
    id: editor

    required property WindowsForm form

    spacing: Theme.spacingSmall

    FormLabel {
        text: qsTr("When it is served")
    }
    Text {
        objectName: "windowsAlways"
        width: parent.width
        visible: editor.form.windows.count === 0
        horizontalAlignment: Text.AlignLeft
        wrapMode: Text.WordWrap
        text: editor.form.alwaysText
        color: Theme.ink
        font.pixelSize: Theme.textSmall
    }

    Repeater {
        model: editor.form.windows
        delegate: Rectangle {
            id: entry

            required property int index
            required property int fromHour
            required property int fromMinute
            required property int untilHour
            required property int untilMinute
            required property bool untilMidnight
            required property var days
            required property string hours
            required property string problem
            readonly property WindowsForm form: (entry.parent as WindowsEditor)?.form ?? null

            objectName: "window_" + index
            width: parent?.width ?? 0
            height: content.implicitHeight + 2 * Theme.spacingSmall
            radius: 8
            color: Theme.card
            border.color: entry.problem !== "" ? Theme.danger : Theme.line
            border.width: 1

            Column {
                id: content
                x: Theme.spacingSmall
                y: Theme.spacingSmall
                width: parent.width - 2 * Theme.spacingSmall
                spacing: Theme.spacingSmall

                DayChips {
                    width: parent.width
                    form: entry.form
                    row: entry.index
                    days: entry.days
                }

                Flow {
                    width: parent.width
                    spacing: Theme.spacingSmall
                    TimePicker {
                        name: "window_" + entry.index + "_from"
                        label: qsTr("From")
                        form: entry.form
                        hour: entry.fromHour
                        minute: entry.fromMinute
                        onHourPicked: value => entry.form.setFromHour(entry.index, value)
                        onMinutePicked: value => entry.form.setFromMinute(entry.index, value)
                    }
                    TimePicker {
                        name: "window_" + entry.index + "_until"
                        visible: !entry.untilMidnight
                        label: qsTr("Until")
                        form: entry.form
                        hour: entry.untilHour
                        minute: entry.untilMinute
                        onHourPicked: value => entry.form.setUntilHour(entry.index, value)
                        onMinutePicked: value => entry.form.setUntilMinute(entry.index, value)
                    }
                }
                Switch {
                    objectName: "window_" + entry.index + "_midnight"
                    text: qsTr("Until midnight")
                    checked: entry.untilMidnight
                    font.pixelSize: Theme.textSmall
                    onToggled: entry.form.setUntilMidnight(entry.index, checked)
                    Accessible.name: text
                }
                Text {
                    objectName: "window_" + entry.index + "_hours"
                    width: parent.width
                    visible: text !== ""
                    horizontalAlignment: Text.AlignLeft
                    wrapMode: Text.WordWrap
                    text: entry.hours
                    color: Theme.ink
                    font.pixelSize: Theme.textSmall
                }
                Text {
                    objectName: "window_" + entry.index + "_problem"
                    width: parent.width
                    visible: text !== ""
                    horizontalAlignment: Text.AlignLeft
                    wrapMode: Text.WordWrap
                    text: entry.problem
                    color: Theme.danger
                    font.pixelSize: Theme.textSmall
                    font.weight: Font.DemiBold
                }
                OwnerButton {
                    objectName: "window_" + entry.index + "_remove"
                    text: qsTr("Remove these hours")
                    onClicked: entry.form.removeWindow(entry.index)
                }
            }
        }
    }

    OwnerButton {
        objectName: "addWindow"
        text: editor.form.windows.count === 0 ? qsTr("Serve it at set times only")
                                              : qsTr("Add more hours")
        onClicked: editor.form.addWindow()
    }
}

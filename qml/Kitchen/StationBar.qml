import QtQuick
import QtQuick.Controls
import Tableside.Ui
import Tableside.Kitchen

// Which station this display shows (Expo: all), each with its open tickets, and BEHIND when it
// has fallen behind (its dishes then show "longer wait" to the diners). A list, so the stations
// scroll sideways when a long language leaves them too little room, from the right in Arabic.
KitchenList {
    id: bar

    orientation: ListView.Horizontal
    spacing: Theme.spacingSmall
    height: Theme.touchTarget
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    model: bar.kitchen.stationChoices

    delegate: Button {
        id: chip
        // The expo ("") or a station, with its load once it is known.
        required property string station
        required property bool loaded
        required property int openTickets
        required property bool behind
        readonly property KitchenScreen kitchen: (chip.ListView.view as KitchenList).kitchen
        readonly property bool current: chip.kitchen.station === chip.station
        readonly property string name: KitchenWords.station(chip.station)
        readonly property string label: !chip.loaded ? chip.name
            : chip.behind ? qsTr("%1  %2  ▲ BEHIND").arg(chip.name).arg(chip.kitchen.number(chip.openTickets))
            : qsTr("%1  %2").arg(chip.name).arg(chip.kitchen.number(chip.openTickets))
        objectName: "station_" + (chip.station === "" ? "expo" : chip.station)
        height: Theme.touchTarget
        Accessible.name: label
        onClicked: chip.kitchen.station = chip.station
        contentItem: Text {
            text: chip.label
            color: chip.current ? Theme.kdsOnSelected : chip.behind ? Theme.kdsWarn : Theme.kdsInk
            font.pixelSize: Theme.textBody
            font.weight: Font.Bold
            verticalAlignment: Text.AlignVCenter
            horizontalAlignment: Text.AlignHCenter
        }
        background: Rectangle {
            radius: 8
            color: chip.current ? Theme.kdsSelected : Theme.kdsLine
            border.color: chip.behind ? Theme.kdsWarn : Theme.kdsClear
            border.width: 2
        }
    }
}

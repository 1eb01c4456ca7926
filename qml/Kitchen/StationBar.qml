import QtQuick
import QtQuick.Controls
import Tableside.Ui

// Which station this display shows (Expo: all), each with its open tickets, and BEHIND when it
// has fallen behind (its dishes then show "longer wait" to the diners). A list, so the stations
// scroll sideways when a long language leaves them too little room, from the right in Arabic.
ListView {
    id: bar

    required property var kitchen

    orientation: ListView.Horizontal
    spacing: Theme.spacingSmall
    height: Theme.touchTarget
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    model: [""].concat(bar.kitchen.stations)

    function loadOf(station) {
        for (const load of bar.kitchen.stationLoads)
            if (load.station === station)
                return load
        return null
    }

    delegate: Button {
        id: chip
        required property string modelData
        readonly property var load: bar.loadOf(modelData)
        readonly property bool current: bar.kitchen.station === modelData
        readonly property string name: KitchenWords.station(modelData)
        readonly property string label: !load ? name
            : load.behind ? qsTr("%1  %2  ▲ BEHIND").arg(name).arg(bar.kitchen.number(load.openTickets))
            : qsTr("%1  %2").arg(name).arg(bar.kitchen.number(load.openTickets))
        objectName: "station_" + (modelData === "" ? "expo" : modelData)
        height: Theme.touchTarget
        Accessible.name: label
        onClicked: bar.kitchen.station = modelData
        contentItem: Text {
            text: chip.label
            color: chip.current ? "#000000" : chip.load && chip.load.behind ? Theme.kdsWarn : Theme.kdsInk
            font.pixelSize: Theme.textBody
            font.weight: Font.Bold
            verticalAlignment: Text.AlignVCenter
            horizontalAlignment: Text.AlignHCenter
        }
        background: Rectangle {
            radius: 8
            color: chip.current ? Theme.kdsSelected : Theme.kdsLine
            border.color: chip.load && chip.load.behind ? Theme.kdsWarn : "transparent"
            border.width: 2
        }
    }
}

import QtQuick
import QtQuick.Controls
import Tableside.Ui

// Which station this display shows (Expo: all), each with its open tickets, and BEHIND when it
// has fallen behind (its dishes then show "longer wait" to the diners).
Row {
    id: bar

    required property var kitchen

    spacing: Theme.spacingSmall

    function loadOf(station) {
        for (const load of bar.kitchen.stationLoads)
            if (load.station === station)
                return load
        return null
    }

    Repeater {
        model: [""].concat(bar.kitchen.stations)
        delegate: Button {
            id: chip
            required property string modelData
            readonly property var load: bar.loadOf(modelData)
            readonly property bool current: bar.kitchen.station === modelData
            readonly property string label: (modelData === "" ? qsTr("Expo") : modelData)
                                            + (load ? "  " + load.openTickets : "")
                                            + (load && load.behind ? "  " + qsTr("▲ BEHIND") : "")
            objectName: "station_" + (modelData === "" ? "expo" : modelData)
            height: Theme.touchTarget
            Accessible.name: label
            onClicked: bar.kitchen.station = modelData
            contentItem: Text {
                text: chip.label
                color: chip.current ? "#000000" : chip.load && chip.load.behind ? Theme.kdsWarn : Theme.kdsInk
                font.pixelSize: Theme.textBody
                font.weight: Font.Bold
                font.capitalization: Font.Capitalize
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
}

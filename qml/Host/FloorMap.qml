import QtQuick
import Tableside.Ui

// The room as the owner drew it: every table at its place on the plan (0..1 across and down),
// sized by its seats. Tables the plan does not place line up along the bottom.
Rectangle {
    id: map

    required property var host
    signal tableTapped(int number)

    function statusText(status) {
        switch (status) {
        case "called": return qsTr("called")
        case "ready": return qsTr("food ready")
        case "bill": return qsTr("bill")
        case "waiting": return qsTr("waiting long")
        case "ordered": return qsTr("ordered")
        case "seated": return qsTr("seated")
        default: return qsTr("free")
        }
    }

    color: "#15181d"
    radius: 12
    border.color: Theme.kdsBorder

    Repeater {
        model: map.host.floor
        delegate: TableShape {
            host: map.host
            required property int index
            required property real planX
            required property real planY
            readonly property real unit: Math.min(map.width, map.height) / 9
            readonly property bool placed: planX >= 0
            width: shape === "rect" ? unit * (1.3 + seats * 0.12) : unit * (1.3 + seats * 0.06)
            height: shape === "rect" ? unit * 1.25 : width * (shape === "round" ? 1 : 0.9)
            x: placed ? Math.max(8, Math.min(map.width - width - 8, planX * map.width - width / 2 + unit / 2))
                      : 8 + index * (unit * 1.3)
            y: placed ? Math.max(8, Math.min(map.height - height - 8, planY * map.height - height / 2 + unit / 2))
                      : map.height - height - 8
            statusText: map.statusText(status)
            onTapped: map.tableTapped(number)
        }
    }
}

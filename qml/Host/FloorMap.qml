import QtQuick
import Tableside.Ui
import Tableside.Host

// The room as the owner drew it: every table at its place on the plan (0..1 across and down),
// sized by its seats. Tables the plan does not place line up along the bottom.
Rectangle {
    id: map

    required property HostScreen host
    signal tableTapped(int number)

    color: Theme.floorMap
    radius: 12
    border.color: Theme.kdsBorder

    Repeater {
        model: map.host.floor
        delegate: TableShape {
            id: table
            required property int index
            required property real planX
            required property real planY
            // The plan this table is on (a delegate reaches outside itself only through its parent).
            readonly property FloorMap map: table.parent as FloorMap
            readonly property real mapWidth: table.map ? table.map.width : 0
            readonly property real mapHeight: table.map ? table.map.height : 0
            readonly property real unit: Math.min(table.mapWidth, table.mapHeight) / 9
            readonly property bool placed: table.planX >= 0
            host: table.map ? table.map.host : null
            width: table.shape === "rect" ? table.unit * (1.3 + table.seats * 0.12)
                                          : table.unit * (1.3 + table.seats * 0.06)
            height: table.shape === "rect" ? table.unit * 1.25
                                           : table.width * (table.shape === "round" ? 1 : 0.9)
            x: table.placed ? Math.max(8, Math.min(table.mapWidth - table.width - 8,
                                                   table.planX * table.mapWidth - table.width / 2 + table.unit / 2))
                            : 8 + table.index * (table.unit * 1.3)
            y: table.placed ? Math.max(8, Math.min(table.mapHeight - table.height - 8,
                                                   table.planY * table.mapHeight - table.height / 2 + table.unit / 2))
                            : table.mapHeight - table.height - 8
            onTapped: table.map.tableTapped(table.number)
        }
    }
}

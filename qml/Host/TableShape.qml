import QtQuick
import Tableside.Ui
import Tableside.Host

// One table on the plan: its shape as the owner drew it, its status as colour, icon and word,
// the party size, and what is waiting (ready portions, a call).
Rectangle {
    id: tableShape

    required property HostScreen host
    required property int number
    required property int seats
    required property string shape
    required property string status // FloorState::Statuses, decided in C++
    required property int partySize
    required property int readyCount
    required property string callKind
    signal tapped

    // The status in words: with its colour and icon, never the colour alone.
    readonly property string statusText: {
        switch (tableShape.status) {
        case "called": return qsTr("called")
        case "ready": return qsTr("food ready")
        case "bill": return qsTr("bill")
        case "waiting": return qsTr("waiting long")
        case "ordered": return qsTr("ordered")
        case "seated": return qsTr("seated")
        default: return qsTr("free")
        }
    }
    readonly property color ink: Theme.floorStatusInk(tableShape.status)

    objectName: "table_" + number
    radius: tableShape.shape === "round" ? width / 2 : 10
    color: Theme.floorStatusColor(tableShape.status)
    border.color: Theme.floorInk
    border.width: status === "free" ? 0 : 2
    Accessible.role: Accessible.Button
    Accessible.name: tableShape.host ? qsTr("Table %1, %2").arg(tableShape.host.number(tableShape.number))
                                                           .arg(tableShape.statusText) : ""

    // The words shrink to stay inside the table, round ones too, in the longest language.
    readonly property real textWidth: width * (shape === "round" ? 0.8 : 1) - 2 * Theme.spacingSmall

    Column {
        id: words
        anchors.centerIn: parent
        spacing: 0
        // A small table shrinks its words as a whole, so that they stay inside it: a round one
        // keeps every corner of them within its circle, a square one within its sides.
        scale: {
            const half = Math.hypot(words.implicitWidth / 2, words.implicitHeight / 2)
            const fits = tableShape.shape === "round"
                    ? (tableShape.width / 2 - tableShape.border.width) / Math.max(half, 1)
                    : Math.min(tableShape.width / Math.max(words.implicitWidth, 1),
                               tableShape.height / Math.max(words.implicitHeight, 1))
            return Math.min(1, fits)
        }
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: tableShape.host ? tableShape.host.number(tableShape.number) : ""
            color: tableShape.ink
            font.pixelSize: Theme.textHeadline
            font.weight: Font.Black
        }
        Text {
            objectName: "tableStatus_" + tableShape.number
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(implicitWidth, tableShape.textWidth)
            horizontalAlignment: Text.AlignHCenter
            text: (tableShape.host ? tableShape.host.statusIcon(tableShape.status) + " " : "")
                  + tableShape.statusText
            color: tableShape.ink
            font.pixelSize: Theme.textSmall
            font.weight: Font.Bold
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 10
            elide: Text.ElideRight
        }
        Text {
            objectName: "tableParty_" + tableShape.number
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(implicitWidth, tableShape.textWidth)
            horizontalAlignment: Text.AlignHCenter
            visible: tableShape.partySize > 0
            text: tableShape.host ? qsTr("%1/%2 seated").arg(tableShape.host.number(tableShape.partySize))
                                                        .arg(tableShape.host.number(tableShape.seats)) : ""
            color: Theme.floorStatusInk(tableShape.status, true)
            font.pixelSize: 13
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 9
            elide: Text.ElideRight
        }
    }

    SequentialAnimation on opacity {
        running: tableShape.status === "called" || tableShape.status === "ready"
        loops: Animation.Infinite
        alwaysRunToEnd: true
        NumberAnimation { to: 0.7; duration: 600 }
        NumberAnimation { to: 1.0; duration: 600 }
    }

    TapHandler { onTapped: tableShape.tapped() }
}

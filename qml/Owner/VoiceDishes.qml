import QtQuick
import QtQuick.Shapes
import Tableside.Ui
import Tableside.Owner

// The dishes guests rated, best first: each with its average, how many rated it and a sparkline of
// its weeks; a tap shows its chart and its comments alone.
Rectangle {
    id: panel

    required property GuestVoiceView voice

    color: Theme.card
    border.color: Theme.line
    radius: 6

    Text {
        id: heading
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.spacingSmall
        horizontalAlignment: Text.AlignLeft
        text: qsTr("Dishes")
        color: Theme.ink
        font.pixelSize: Theme.textBody
        font.weight: Font.DemiBold
    }
    Text {
        anchors.centerIn: list
        width: list.width - 2 * Theme.spacing
        visible: list.count === 0
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: qsTr("No dish was rated in these weeks.")
        color: Theme.muted
        font.pixelSize: Theme.textSmall
    }
    ListView {
        id: list
        objectName: "voiceDishList"
        anchors.top: heading.bottom
        anchors.topMargin: Theme.spacingSmall
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 1
        clip: true
        model: panel.voice.dishes
        delegate: Rectangle {
            id: row
            required property string key
            required property string name
            required property string averageText
            required property string countText
            required property var spark
            required property bool selected
            readonly property VoiceDishes panel: ListView.view?.parent as VoiceDishes

            objectName: "voiceDish_" + row.key
            width: ListView.view?.width ?? 0
            height: 56
            color: row.selected ? Qt.tint(Theme.card, Qt.rgba(Theme.accent.r, Theme.accent.g,
                                                              Theme.accent.b, 0.15))
                                : Theme.card
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.line
            }
            Rectangle { // the chosen row's edge: not the colour alone
                visible: row.selected
                anchors.left: parent.left
                width: 4
                height: parent.height
                color: Theme.accent
            }
            Column {
                anchors.left: parent.left
                anchors.leftMargin: Theme.spacing
                anchors.right: sparkline.left
                anchors.rightMargin: Theme.spacingSmall
                anchors.verticalCenter: parent.verticalCenter
                Text {
                    width: parent.width
                    horizontalAlignment: Text.AlignLeft
                    text: row.name
                    color: Theme.ink
                    font.pixelSize: Theme.textSmall
                    font.weight: row.selected ? Font.DemiBold : Font.Normal
                    elide: Text.ElideRight
                }
                Text {
                    width: parent.width
                    horizontalAlignment: Text.AlignLeft
                    text: row.countText
                    color: Theme.muted
                    font.pixelSize: 13
                    elide: Text.ElideRight
                }
            }
            // The weeks' averages, 1 to 5 stars bottom to top, oldest on the left as in the charts
            // (a mirrored layout moves the shape, never its drawing).
            Shape {
                id: sparkline
                anchors.right: average.left
                anchors.rightMargin: Theme.spacingSmall
                anchors.verticalCenter: parent.verticalCenter
                width: 96
                height: 28
                ShapePath {
                    strokeColor: Theme.accent
                    strokeWidth: 2
                    fillColor: "transparent"
                    PathPolyline {
                        path: row.spark.map(p => Qt.point(p.x * sparkline.width,
                                                          p.y * sparkline.height))
                    }
                }
            }
            Text {
                id: average
                objectName: "voiceDishAverage_" + row.key
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                width: 64
                horizontalAlignment: Text.AlignRight
                text: row.averageText + " ★"
                color: Theme.ink
                font.pixelSize: Theme.textBody
                font.weight: Font.DemiBold
            }
            TapHandler {
                onTapped: row.panel.voice.chooseDish(row.key)
            }
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("%1, %2 stars, %3").arg(row.name).arg(row.averageText)
                                                      .arg(row.countText)
        }
    }
}

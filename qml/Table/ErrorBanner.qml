import QtQuick
import QtQuick.Layouts
import Tableside.Table
import Tableside.Ui

// Something the diner asked for did not happen (a dish sold out as the order went in, a message
// refused): say so until dismissed.
Rectangle {
    id: banner

    required property TableScreen table

    objectName: "errorBanner"
    visible: table.lastError.length > 0
    width: Math.min(parent.width - 2 * Theme.spacingLarge, row.implicitWidth + 2 * Theme.spacing)
    height: row.implicitHeight + Theme.spacing
    radius: Theme.radius
    color: Theme.danger
    z: 50

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacingSmall
        anchors.leftMargin: Theme.spacing
        Text {
            Layout.fillWidth: true
            // A whole sentence: an order or a message turned down and why, or what the screen
            // cannot do.
            text: banner.table.lastError
            wrapMode: Text.WordWrap
            color: Theme.statusInk
            font.pixelSize: Theme.textBody
        }
        PillButton {
            objectName: "errorDismiss"
            text: qsTr("OK")
            onClicked: banner.table.dismissError()
        }
    }
}

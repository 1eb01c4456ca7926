import QtQuick
import QtQuick.Layouts
import Tableside.Table
import Tableside.Ui

// The hub refused something (a dish sold out as the order went in): say so until dismissed.
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
            text: qsTr("Your order was not accepted: %1").arg(banner.table.lastError)
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

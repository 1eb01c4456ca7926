import QtQuick
import QtQuick.Layouts
import Tableside.Table
import Tableside.Ui

// One place the owner recommends: the photo leads, then the name, how far it is on foot, its
// opening hours and the description in the diner's language (each isolated: the owner's text
// never reorders the screen's), and the QR code of its link to open on the diner's phone.
Rectangle {
    id: card

    required property int index
    required property int tipId
    required property string name
    required property string description
    required property string hours
    required property int minutesOnFoot
    required property string link
    required property url photo
    required property TableScreen table

    objectName: "tip_" + index
    implicitHeight: Math.max(content.implicitHeight, qrColumn.implicitHeight) + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.background
    border.width: Theme.borderWidth
    border.color: Theme.line

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Image {
            id: picture
            objectName: "tipPhoto_" + card.index
            Layout.preferredWidth: 200
            Layout.preferredHeight: 150
            Layout.alignment: Qt.AlignTop
            visible: String(card.photo) !== ""
            source: card.photo
            sourceSize.width: 400
            sourceSize.height: 300
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
            clip: true
        }

        ColumnLayout {
            id: content
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacingSmall / 2
            Text {
                objectName: "tipName_" + card.index
                Layout.fillWidth: true
                // The reading side of the screen's language (mirrored right to left), whatever
                // the script of the owner's text.
                horizontalAlignment: Text.AlignLeft
                text: card.name
                wrapMode: Text.Wrap
                color: Theme.ink
                font.pixelSize: Theme.textTitle
                font.weight: Font.Bold
            }
            Text {
                objectName: "tipWalk_" + card.index
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: card.minutesOnFoot === 0 ? qsTr("Right here")
                                               : qsTr("%n min on foot", "", card.minutesOnFoot)
                color: Theme.accent
                font.pixelSize: Theme.textSmall
                font.weight: Font.DemiBold
            }
            Text {
                objectName: "tipHours_" + card.index
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                visible: card.hours !== ""
                text: card.hours
                wrapMode: Text.Wrap
                color: Theme.muted
                font.pixelSize: Theme.textSmall
            }
            Text {
                objectName: "tipDescription_" + card.index
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: card.description
                wrapMode: Text.Wrap
                color: Theme.ink
                font.pixelSize: Theme.textBody
            }
        }

        ColumnLayout {
            id: qrColumn
            Layout.preferredWidth: 150
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacingSmall / 2
            Image {
                objectName: "tipQr_" + card.index
                Layout.preferredWidth: 150
                Layout.preferredHeight: 150
                // Percent-encoded: the provider reads the text back from the URL.
                source: "image://qr/" + encodeURIComponent(card.link)
                sourceSize.width: 150
                sourceSize.height: 150
                smooth: false // whole pixels per module: a camera reads it sharp
                asynchronous: true
                Accessible.name: qsTr("QR code of the link to %1").arg(card.name)
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Scan with your phone to open it.")
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.muted
                font.pixelSize: Theme.textSmall
            }
        }
    }
}

import QtQuick
import QtQuick.Layouts
import Tableside.Table
import Tableside.Ui

// The first thing a party sees: the venue, one big invitation, and the four languages.
Item {
    id: page

    required property TableScreen table

    MouseArea {
        objectName: "welcomeStart"
        anchors.fill: parent
        Accessible.name: qsTr("Touch to start")
        Accessible.role: Accessible.Button
        onClicked: page.table.start()
    }

    // Which table this screen stands at, for the party and for the waiter who set it up.
    Text {
        objectName: "welcomeTable"
        visible: page.table.tableNumber > 0
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.margins: Theme.spacingLarge
        text: qsTr("Table %1").arg(page.table.number(page.table.tableNumber))
        color: Theme.muted
        font.pixelSize: Theme.textTitle
        font.weight: Font.Bold
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingLarge, 900)
        spacing: Theme.spacingLarge

        Text {
            Layout.fillWidth: true
            text: qsTr("Welcome")
            horizontalAlignment: Text.AlignHCenter
            color: Theme.muted
            font.pixelSize: Theme.textTitle
        }
        Text {
            objectName: "venueName"
            visible: text.length > 0
            Layout.fillWidth: true
            text: page.table.venueName
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            color: Theme.ink
            font.pixelSize: Theme.textDisplay * 1.6
            font.weight: Font.Bold
        }
        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            width: 120
            height: 4
            radius: 2
            color: Theme.accent
        }
        Rectangle {
            id: startButton
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacingLarge
            implicitWidth: startLabel.implicitWidth + 4 * Theme.spacingLarge
            implicitHeight: startLabel.implicitHeight + 2 * Theme.spacingLarge
            radius: height / 2
            color: Theme.accent
            SequentialAnimation on scale {
                loops: Animation.Infinite
                running: page.visible
                NumberAnimation { from: 1; to: 1.04; duration: 1200; easing.type: Easing.InOutSine }
                NumberAnimation { from: 1.04; to: 1; duration: 1200; easing.type: Easing.InOutSine }
            }
            Text {
                id: startLabel
                anchors.centerIn: parent
                text: qsTr("Touch to start")
                color: Theme.accentInk
                font.pixelSize: Theme.textHeadline
                font.weight: Font.DemiBold
            }
        }
        LanguagePicker {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacingLarge
            table: page.table
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tableside.Ui
import Tableside.Owner

// Explore the area: the places the tables recommend, in the order the tables list them. Each one
// moves up or down, opens in its form, or is removed once the owner confirms; Add a place opens an
// empty form. A change shows on the tables at once.
Item {
    id: page

    required property OwnerScreen owner
    readonly property OwnerTips tips: owner.tips

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        visible: !page.tips.form.isOpen
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.WordWrap
                text: qsTr("The tables show these places in this order, each with a QR code that opens its link on the diner's phone.")
                color: Theme.muted
                font.pixelSize: Theme.textSmall
            }
            OwnerButton {
                objectName: "addTip"
                primary: true
                text: qsTr("Add a place")
                enabled: !page.tips.busy
                onClicked: page.tips.add()
            }
        }
        Text {
            objectName: "tipsError"
            Layout.fillWidth: true
            visible: text !== ""
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.WordWrap
            text: page.tips.error
            color: Theme.danger
            font.pixelSize: Theme.textBody
        }

        ListView {
            id: list
            objectName: "ownerTipsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingSmall
            model: page.tips.tips
            delegate: TipRow {
                readonly property TipsPage tipsPage: ListView.view?.parent?.parent as TipsPage
                width: ListView.view?.width ?? 0
                tips: tipsPage?.tips ?? null
                last: index === (ListView.view?.count ?? 0) - 1
            }
            Text {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacing
                visible: list.count === 0 && page.tips.tips.loaded
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: qsTr("No places yet. Add a museum, a park or a market you would send a visitor to.")
                color: Theme.muted
                font.pixelSize: Theme.textBody
            }
        }
    }

    TipFormPage {
        anchors.fill: parent
        visible: page.tips.form.isOpen
        owner: page.owner
    }
}

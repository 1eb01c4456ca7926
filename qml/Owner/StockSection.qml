import QtQuick
import Tableside.Ui
import Tableside.Owner

// Tonight's stock of the dish in the form: sold out now, or only so many left. Unlike the rest
// of the form it acts on the tables at once, not on the draft, and says so.
Column {
    id: section

    required property OwnerScreen owner
    readonly property DishStock stock: section.owner.structure.stock
    // How many to set: the count on the tables when it has one, else what the owner stepped to.
    property int count: 10

    spacing: Theme.spacingSmall
    FormLabel {
        text: qsTr("Tonight")
    }
    Text {
        width: parent.width
        horizontalAlignment: Text.AlignLeft
        wrapMode: Text.WordWrap
        text: qsTr("These act on every table at once, not on the draft: no need to publish.")
        color: Theme.muted
        font.pixelSize: Theme.textSmall
    }
    Row {
        spacing: Theme.spacingSmall
        Mark {
            objectName: "stockState"
            anchors.verticalCenter: parent.verticalCenter
            visible: section.stock.live
            text: section.stock.stateText
            tint: section.stock.soldOut ? Theme.soldOut : section.stock.counted ? Theme.warning : Theme.success
        }
    }
    Text {
        width: parent.width
        visible: !section.stock.live
        horizontalAlignment: Text.AlignLeft
        wrapMode: Text.WordWrap
        text: section.stock.stateText
        color: Theme.muted
        font.pixelSize: Theme.textSmall
    }
    Flow {
        width: parent.width
        visible: section.stock.live
        spacing: Theme.spacingSmall
        OwnerButton {
            objectName: "sellOut"
            danger: true
            text: qsTr("Sold out now")
            enabled: !section.stock.soldOut && !section.stock.busy
            onClicked: section.stock.sellOut()
        }
        Stepper {
            prefix: "stockCount"
            label: qsTr("How many are left")
            from: 1
            to: 10000
            value: section.count
            valueText: section.owner.number(section.count)
            onStepped: value => section.count = value
        }
        OwnerButton {
            objectName: "setLeft"
            text: qsTr("Only %Ln left", "", section.count)
            enabled: !section.stock.busy
            onClicked: section.stock.setLeft(section.count)
        }
        OwnerButton {
            objectName: "putBack"
            text: qsTr("Back on sale, not counted")
            visible: section.stock.soldOut || section.stock.counted
            enabled: !section.stock.busy
            onClicked: section.stock.putBack()
        }
    }
    Text {
        objectName: "stockError"
        width: parent.width
        visible: text !== ""
        horizontalAlignment: Text.AlignLeft
        wrapMode: Text.WordWrap
        text: section.stock.error
        color: Theme.danger
        font.pixelSize: Theme.textSmall
    }
}

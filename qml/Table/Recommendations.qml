import QtQuick
import Tableside.Table
import Tableside.Ui

// Recommendations under a title, one row each: photo, name, why it is offered, price, and one
// button that adds the dish (or opens it when a choice comes first). Nothing at all while there
// is none: never in the way of ordering.
Column {
    id: strip

    required property TableScreen table
    required property RecommendationsModel pairings
    property string title
    // The dish just added from here, said under the title for a moment.
    property string added

    visible: pairings.count > 0 || added.length > 0
    spacing: Theme.spacingSmall

    Text {
        width: parent.width
        text: strip.title
        wrapMode: Text.WordWrap
        color: Theme.ink
        font.pixelSize: Theme.textBody
        font.weight: Font.Bold
    }
    Text {
        objectName: "recommendationAdded"
        width: parent.width
        visible: strip.added.length > 0
        text: qsTr("%1 is in your order.").arg("\u2068" + strip.added + "\u2069")
        wrapMode: Text.WordWrap
        color: Theme.success
        font.pixelSize: Theme.textSmall
        font.weight: Font.DemiBold
    }
    // A row's tap, carried out once its handler is over: adding changes the rows, and the
    // tapped one goes.
    property var tapped: null
    function add(itemId: double, reason: string, name: string, needsChoices: bool) {
        strip.tapped = {itemId: itemId, reason: reason, name: name, needsChoices: needsChoices}
        addSoon.restart()
    }
    Timer {
        id: addSoon
        interval: 0
        onTriggered: {
            const tap = strip.tapped
            strip.tapped = null
            if (tap && strip.table.addRecommended(tap.itemId, tap.reason) && !tap.needsChoices) {
                strip.added = tap.name
                forgetAdded.restart()
            }
        }
    }

    Timer {
        id: forgetAdded
        interval: 4000
        onTriggered: strip.added = ""
    }

    Repeater {
        model: strip.pairings
        delegate: Rectangle {
            id: row

            required property double itemId
            required property string name
            required property string price
            required property url photo
            required property string reason
            required property string reasonText
            required property bool needsChoices
            required property bool canAdd

            objectName: "recommendation_" + itemId
            // The strip: the column this row is made in.
            readonly property Recommendations owner: row.parent as Recommendations

            width: owner ? owner.width : 0
            height: Math.max(Theme.touchTarget + Theme.spacingSmall,
                             texts.implicitHeight + 2 * Theme.spacingSmall)
            radius: Theme.radius
            color: Theme.background
            border.width: Theme.borderWidth
            border.color: Theme.line

            Image {
                id: picture
                // Anchored, not placed by x, so that it moves to the right in Arabic and Persian.
                anchors.left: parent.left
                anchors.leftMargin: Theme.spacingSmall
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.touchTarget
                height: Theme.touchTarget
                source: row.photo
                sourceSize.width: width
                sourceSize.height: height
                fillMode: Image.PreserveAspectCrop
                asynchronous: true
            }
            Column {
                id: texts
                anchors.left: picture.right
                anchors.leftMargin: Theme.spacingSmall
                anchors.right: add.left
                anchors.rightMargin: Theme.spacingSmall
                anchors.verticalCenter: parent.verticalCenter
                Text {
                    width: parent.width
                    text: row.name
                    elide: Text.ElideRight
                    maximumLineCount: 2
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignLeft
                    color: Theme.ink
                    font.pixelSize: Theme.textBody
                    font.weight: Font.DemiBold
                }
                Text {
                    width: parent.width
                    text: row.price + "  ·  " + row.reasonText
                    elide: Text.ElideRight
                    horizontalAlignment: Text.AlignLeft
                    color: Theme.muted
                    font.pixelSize: Theme.textSmall
                }
            }
            PillButton {
                id: add
                objectName: "recommendationAdd_" + row.itemId
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacingSmall
                anchors.verticalCenter: parent.verticalCenter
                sidePadding: Theme.spacing
                enabled: row.canAdd
                text: row.needsChoices ? qsTr("Choose") : qsTr("Add")
                Accessible.name: row.needsChoices ? qsTr("Choose %1").arg(row.name)
                                                  : qsTr("Add %1").arg(row.name)
                onClicked: row.owner.add(row.itemId, row.reason, row.name, row.needsChoices)
            }
        }
    }
}

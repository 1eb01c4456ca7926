import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tableside.Table
import Tableside.Ui

// Under a served dish: "How was it?" with five stars and "Not now", never in the way of
// ordering more. Once rated, a thank-you with the stars, and a comment if the diner wants to add
// one (rating again replaces the rating).
ColumnLayout {
    id: rating

    required property TableScreen table
    required property int itemId
    required property string dishName
    required property bool rateable
    required property int myRating
    required property int lineIndex

    property bool commenting: false
    property bool commented: false

    visible: rateable || myRating > 0
    spacing: Theme.spacingSmall

    RowLayout {
        Layout.fillWidth: true
        visible: rating.rateable
        spacing: Theme.spacingSmall
        Text {
            Layout.fillWidth: true
            text: qsTr("How was it?")
            color: Theme.ink
            font.pixelSize: Theme.textBody
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
        StarRow {
            name: "rateStar_" + rating.lineIndex
            label: rating.dishName
            onChosen: stars => rating.table.rateDish(rating.itemId, stars)
        }
        PillButton {
            objectName: "rateLater_" + rating.lineIndex
            text: qsTr("Not now")
            onClicked: rating.table.putRatingOff(rating.itemId)
        }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: !rating.rateable && rating.myRating > 0
        spacing: Theme.spacingSmall
        Text {
            objectName: "rated_" + rating.lineIndex
            Layout.fillWidth: true
            text: rating.commented ? qsTr("Thank you for your comment.")
                                   : qsTr("Thank you: %Ln star(s).", "", rating.myRating)
            color: Theme.muted
            font.pixelSize: Theme.textSmall
            elide: Text.ElideRight
        }
        PillButton {
            objectName: "rateComment_" + rating.lineIndex
            visible: !rating.commenting && !rating.commented
            text: qsTr("Add a comment")
            onClicked: rating.commenting = true
        }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: rating.commenting
        spacing: Theme.spacingSmall
        TextField {
            id: comment
            objectName: "rateCommentField_" + rating.lineIndex
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("What did you think of it?")
            maximumLength: ScreenLimits.messageLength
            font.pixelSize: Theme.textBody
            color: Theme.ink
            placeholderTextColor: Theme.muted
            background: Rectangle {
                radius: Theme.radius
                color: Theme.card
                border.width: comment.activeFocus ? 2 : 1
                border.color: comment.activeFocus ? Theme.accent : Theme.line
            }
        }
        PillButton {
            objectName: "rateCommentSend_" + rating.lineIndex
            primary: true
            text: qsTr("Send")
            enabled: comment.text.trim().length > 0
            onClicked: {
                if (rating.table.rateDish(rating.itemId, rating.myRating, comment.text)) {
                    rating.commenting = false
                    rating.commented = true
                }
            }
        }
    }
}

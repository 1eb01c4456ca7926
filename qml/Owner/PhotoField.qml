import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import Tableside.Ui
import Tableside.Owner

// A photo in a form (a dish's, a place's of Explore the area): the photo cropped as a table's card
// shows it, Choose a photo… (a file sent to the hub, its progress shown) and Remove photo. A
// refused file is one sentence below, and the form keeps the photo it had.
Column {
    id: field

    // The photo's hash in the hub's library ("" for none) and where an Image reads it.
    required property string photo
    required property url photoUrl
    required property PhotoUpload upload
    property string noPhotoText: qsTr("No photo: the tables show the dish without one.")
    property string photoName: qsTr("The dish's photo")
    property string dialogTitle: qsTr("Choose the dish's photo")
    // Remove photo was tapped: the form takes "" as its photo.
    signal removed()

    spacing: Theme.spacingSmall

    FormLabel {
        text: qsTr("Photo")
    }

    Rectangle {
        id: frame
        objectName: "photoFrame"
        // A table's card at its usual width: the photo leads, cropped to this shape.
        width: Math.min(field.width, 360)
        height: Math.round(width * 0.56)
        radius: 8
        clip: true
        color: Theme.background
        border.color: Theme.line
        border.width: 1

        Image {
            id: picture
            objectName: "photoImage"
            anchors.fill: parent
            anchors.margins: 1
            source: field.photoUrl
            sourceSize.width: width
            sourceSize.height: height
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
            Accessible.role: Accessible.Graphic
            Accessible.name: field.photoName
        }
        Text {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.spacing
            visible: field.photo === "" && String(field.photoUrl) === ""
                     && !field.upload.uploading
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: field.noPhotoText
            color: Theme.muted
            font.pixelSize: Theme.textSmall
        }
        Rectangle {
            anchors.fill: parent
            visible: field.upload.uploading
            color: Theme.card
            opacity: 0.9
        }
        Column {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.spacing
            visible: field.upload.uploading
            spacing: Theme.spacingSmall
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Sending the photo to the hub…")
                color: Theme.ink
                font.pixelSize: Theme.textSmall
            }
            ProgressBar {
                objectName: "photoProgress"
                width: parent.width
                from: 0
                to: 1
                value: field.upload.progress
            }
        }
    }

    Row {
        spacing: Theme.spacingSmall
        OwnerButton {
            objectName: "choosePhoto"
            text: qsTr("Choose a photo…")
            enabled: !field.upload.uploading
            onClicked: photoDialog.open()
        }
        OwnerButton {
            objectName: "removePhoto"
            text: qsTr("Remove photo")
            enabled: field.photo !== "" && !field.upload.uploading
            onClicked: {
                field.upload.cancel()
                field.removed()
            }
        }
    }

    Text {
        objectName: "photoError"
        width: field.width
        visible: text !== ""
        horizontalAlignment: Text.AlignLeft
        wrapMode: Text.WordWrap
        text: field.upload.error
        color: Theme.danger
        font.pixelSize: Theme.textSmall
    }

    FileDialog {
        id: photoDialog
        objectName: "photoDialog"
        title: field.dialogTitle
        currentFolder: field.upload.startFolder
        nameFilters: [qsTr("Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp)"), qsTr("All files (*)")]
        onAccepted: field.upload.upload(selectedFile)
    }
}

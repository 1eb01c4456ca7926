import QtQuick
import QtQuick.Controls
import Tableside.Ui
import Tableside.Owner

// One place's form: its description and opening hours per language at the start side; its name,
// minutes on foot, link and photo at the end side. Each refusal is said under its field.
Item {
    id: page

    required property OwnerScreen owner
    readonly property OwnerTips tips: page.owner.tips
    readonly property TipForm form: page.tips.form

    Rectangle {
        id: bar
        width: parent.width
        height: 64
        color: Theme.background
        Column {
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacing
            anchors.right: buttons.left
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            Text {
                objectName: "tipFormTitle"
                width: parent.width
                horizontalAlignment: Text.AlignLeft
                text: page.form.isNew ? qsTr("New place") : qsTr("Edit the place")
                color: Theme.ink
                font.pixelSize: Theme.textTitle
                elide: Text.ElideRight
            }
            Text {
                objectName: "tipFormError"
                width: parent.width
                horizontalAlignment: Text.AlignLeft
                text: page.tips.error !== "" ? page.tips.error
                      : qsTr("Saved places show on the tables at once.")
                color: page.tips.error !== "" ? Theme.danger : Theme.muted
                font.pixelSize: Theme.textSmall
                elide: Text.ElideRight
            }
        }
        Row {
            id: buttons
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.spacingSmall
            OwnerButton {
                objectName: "cancelTip"
                text: qsTr("Cancel")
                onClicked: page.tips.closeForm()
            }
            OwnerButton {
                objectName: "saveTip"
                primary: true
                text: qsTr("Save")
                enabled: !page.tips.busy && !page.tips.photoUpload.uploading
                onClicked: page.tips.save()
            }
        }
    }

    Flickable {
        anchors.top: bar.bottom
        anchors.bottom: parent.bottom
        width: parent.width
        contentHeight: Math.max(texts.implicitHeight, details.implicitHeight) + 2 * Theme.spacing
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        TipTexts {
            id: texts
            x: page.LayoutMirroring.enabled ? parent.width - width - Theme.spacing : Theme.spacing
            y: Theme.spacing
            width: (page.width - 3 * Theme.spacing) / 2
            form: page.form
        }

        Column {
            id: details
            x: page.LayoutMirroring.enabled ? Theme.spacing : page.width / 2 + Theme.spacing / 2
            y: Theme.spacing
            width: (page.width - 3 * Theme.spacing) / 2
            spacing: Theme.spacingSmall

            FormLabel {
                text: qsTr("Name")
            }
            TextField {
                objectName: "tipName"
                width: parent.width
                text: page.form.name
                placeholderText: qsTr("The place's name, as its sign says")
                font.pixelSize: Theme.textBody
                onTextEdited: page.form.setName(text)
                Accessible.name: qsTr("Name")
            }
            FieldError {
                objectName: "tipNameError"
                text: page.form.nameError
            }
            FormLabel {
                text: qsTr("Minutes on foot")
            }
            Stepper {
                prefix: "tipMinutes"
                label: qsTr("Minutes on foot")
                value: page.form.minutesOnFoot
                from: 0
                to: page.form.maxMinutesOnFoot
                valueText: page.owner.number(page.form.minutesOnFoot)
                onStepped: value => page.form.setMinutesOnFoot(value)
            }
            FieldError {
                objectName: "tipMinutesError"
                text: page.form.minutesError
            }
            FormLabel {
                text: qsTr("Link")
            }
            TextField {
                objectName: "tipLink"
                width: parent.width
                text: page.form.link
                placeholderText: "https://"
                // A web address reads from the left in every language.
                horizontalAlignment: TextInput.AlignLeft
                LayoutMirroring.enabled: false
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                font.pixelSize: Theme.textBody
                onTextEdited: page.form.setLink(text)
                Accessible.name: qsTr("Link")
            }
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.WordWrap
                text: qsTr("The QR code on the tables opens this address on the diner's phone.")
                color: Theme.muted
                font.pixelSize: Theme.textSmall
            }
            FieldError {
                objectName: "tipLinkError"
                text: page.form.linkError
            }
            PhotoField {
                width: parent.width
                photo: page.form.photo
                photoUrl: page.form.photoUrl
                upload: page.tips.photoUpload
                noPhotoText: qsTr("No photo: the tables show the place without one.")
                photoName: qsTr("The place's photo")
                dialogTitle: qsTr("Choose the place's photo")
                onRemoved: page.form.setPhoto("")
            }
            FieldError {
                objectName: "tipPhotoError"
                text: page.form.photoError
            }
        }
    }
}

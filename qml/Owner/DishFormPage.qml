import QtQuick
import QtQuick.Controls
import Tableside.Ui
import Tableside.Owner

// One dish's form: its texts per language at the start side, what it costs and what it is at the
// end side. Save sends the form as one change of the draft.
Item {
    id: page

    required property OwnerScreen owner
    readonly property DishForm form: page.owner.form

    Rectangle {
        id: bar
        width: parent.width
        height: 64
        color: Theme.background
        Text {
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacing
            anchors.right: buttons.left
            anchors.verticalCenter: parent.verticalCenter
            horizontalAlignment: Text.AlignLeft
            text: page.owner.structure.newDish ? qsTr("New dish") : qsTr("Dish “%1”").arg(page.form.key)
            color: Theme.ink
            font.pixelSize: Theme.textTitle
            elide: Text.ElideRight
        }
        Row {
            id: buttons
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.spacingSmall
            OwnerButton {
                objectName: "cancelDish"
                text: page.form.modified ? qsTr("Discard changes") : qsTr("Back")
                onClicked: page.owner.closeDish()
            }
            OwnerButton {
                objectName: "saveDish"
                primary: true
                text: qsTr("Save to draft")
                enabled: page.form.canSave && !page.owner.busy
                onClicked: page.owner.saveDish()
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

        LanguageTexts {
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

            LiveDishCard { owner: page.owner }
            PhotoField {
                width: parent.width
                photo: page.form.photo
                photoUrl: page.form.photoUrl
                upload: page.owner.photoUpload
                onRemoved: page.form.setPhoto("")
            }
            FormLabel {
                text: qsTr("Price")
            }
            TextField {
                objectName: "priceField"
                width: 200
                text: page.form.priceText
                font.pixelSize: Theme.textBody
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onTextEdited: page.form.setPriceText(text)
                Accessible.name: qsTr("Price")
            }
            Text {
                objectName: "priceError"
                width: parent.width
                visible: text !== ""
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.WordWrap
                text: page.form.priceError
                color: Theme.danger
                font.pixelSize: Theme.textSmall
            }
            FormLabel {
                text: qsTr("Course")
            }
            ChoiceChips {
                width: parent.width
                form: page.form
                kind: "course"
                codes: page.form.courses
                chosen: page.form.course
                onPicked: code => page.form.setCourse(code)
            }
            FormLabel {
                text: qsTr("Kitchen station")
            }
            ChoiceChips {
                width: parent.width
                form: page.form
                kind: "station"
                codes: page.form.stations
                chosen: page.form.station
                onPicked: code => page.form.setStation(code)
            }
            FormLabel {
                text: qsTr("Spice")
            }
            ChoiceChips {
                width: parent.width
                form: page.form
                kind: "spice"
                codes: ["0", "1", "2", "3"]
                chosen: String(page.form.spiceLevel)
                onPicked: code => page.form.setSpiceLevel(Number(code))
            }
            FormLabel {
                text: qsTr("Allergens")
            }
            ToggleChips {
                width: parent.width
                rows: page.form.allergens
                kind: "allergen"
                onToggled: code => page.form.toggleAllergen(code)
            }
            FormLabel {
                text: qsTr("Dietary")
            }
            ToggleChips {
                width: parent.width
                rows: page.form.dietary
                kind: "dietary"
                onToggled: code => page.form.toggleDietary(code)
            }
            WindowsEditor {
                width: parent.width
                form: page.form.windows
            }
            Switch {
                objectName: "hiddenSwitch"
                text: qsTr("Hidden from the tables")
                checked: page.form.hidden
                font.pixelSize: Theme.textSmall
                onToggled: page.form.setHidden(checked)
                Accessible.name: text
            }
            Switch {
                objectName: "pickSwitch"
                text: qsTr("The house recommends it: offered beside other dishes")
                checked: page.form.pick
                font.pixelSize: Theme.textSmall
                onToggled: page.form.setPick(checked)
                Accessible.name: text
            }
            // The dish's place on the menu, its choices and tonight's stock (MenuStructure).
            DishPlaceSection {
                width: parent.width
                owner: page.owner
            }
            ChoicesSection {
                width: parent.width
                owner: page.owner
            }
            StockSection {
                width: parent.width
                owner: page.owner
            }
        }
    }
}

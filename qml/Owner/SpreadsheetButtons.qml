import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import Tableside.Ui
import Tableside.Owner

// The menu as a spreadsheet: Export spreadsheet… saves the working menu to a file the owner
// chooses, Import spreadsheet… makes a file the draft. A refused file is shown whole: every bad
// row and column, and nothing changed.
Row {
    id: buttons

    required property MenuSpreadsheet spreadsheet
    spacing: Theme.spacingSmall

    OwnerButton {
        objectName: "exportSpreadsheet"
        text: qsTr("Export spreadsheet…")
        enabled: !buttons.spreadsheet.working
        onClicked: saveDialog.open()
    }
    OwnerButton {
        objectName: "importSpreadsheet"
        text: qsTr("Import spreadsheet…")
        enabled: !buttons.spreadsheet.working
        onClicked: openDialog.open()
    }

    FileDialog {
        id: saveDialog
        objectName: "exportDialog"
        title: qsTr("Save the menu as a spreadsheet")
        fileMode: FileDialog.SaveFile
        // Qt 6.4's own dialog says Open on its button even when it saves.
        acceptLabel: qsTr("Save")
        defaultSuffix: "csv"
        currentFolder: buttons.spreadsheet.startFolder
        selectedFile: buttons.spreadsheet.suggestedFile
        nameFilters: [qsTr("Spreadsheets (*.csv)")]
        onAccepted: buttons.spreadsheet.exportTo(selectedFile)
    }
    FileDialog {
        id: openDialog
        objectName: "importDialog"
        title: qsTr("Choose the spreadsheet to make the draft")
        fileMode: FileDialog.OpenFile
        currentFolder: buttons.spreadsheet.startFolder
        nameFilters: [qsTr("Spreadsheets (*.csv)"), qsTr("All files (*)")]
        onAccepted: buttons.spreadsheet.importFrom(selectedFile)
    }

    Popup {
        objectName: "spreadsheetRefusal"
        parent: Overlay.overlay
        x: Math.round((parent.width - width) / 2)
        y: Math.round((parent.height - height) / 2)
        width: Math.min(parent.width - 2 * Theme.spacingLarge, 820)
        height: Math.min(parent.height - 2 * Theme.spacingLarge,
                         refusalTitle.implicitHeight + refusalText.implicitHeight
                         + closeRefusal.implicitHeight + 4 * Theme.spacing)
        modal: true
        closePolicy: Popup.CloseOnEscape
        visible: buttons.spreadsheet.error !== ""
        onClosed: buttons.spreadsheet.clearError()
        padding: Theme.spacing
        background: Rectangle {
            radius: Theme.radius
            color: Theme.card
            border.color: Theme.line
        }
        Text {
            id: refusalTitle
            width: parent.width
            horizontalAlignment: Text.AlignLeft
            text: qsTr("Nothing was changed")
            color: Theme.danger
            font.pixelSize: Theme.textTitle
            font.weight: Font.DemiBold
        }
        Flickable {
            anchors.top: refusalTitle.bottom
            anchors.topMargin: Theme.spacing
            anchors.bottom: closeRefusal.top
            anchors.bottomMargin: Theme.spacing
            width: parent.width
            contentHeight: refusalText.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            Text {
                id: refusalText
                objectName: "spreadsheetError"
                width: parent.width
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.Wrap
                text: buttons.spreadsheet.error
                color: Theme.ink
                font.pixelSize: Theme.textSmall
            }
        }
        OwnerButton {
            id: closeRefusal
            objectName: "closeSpreadsheetRefusal"
            anchors.bottom: parent.bottom
            anchors.right: parent.right
            primary: true
            text: qsTr("Close")
            onClicked: buttons.spreadsheet.clearError()
        }
    }
}

import QtQuick
import Tableside.Ui
import Tableside.Owner

// The draft as a diner will see it: the table's own menu (its category rail, cards and dish
// sheet, on its cloth) in a table's frame, in one of the venue's languages, on its side or
// upright, scaled to fit the page. The table's screen comes with the preview (MenuPreview); its
// frame is made the first time the page is shown.
Item {
    id: page

    required property OwnerScreen owner
    readonly property MenuPreview preview: page.owner.preview

    Rectangle {
        id: bar
        anchors.top: parent.top
        width: parent.width
        height: choices.implicitHeight + 2 * Theme.spacingSmall
        color: Theme.card

        Row {
            id: choices
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.spacingLarge

            PreviewLanguages {
                preview: page.preview
            }
            Row {
                spacing: 6
                PreviewChip {
                    objectName: "previewLandscape"
                    text: qsTr("Landscape")
                    chosen: page.preview.landscape
                    onPicked: page.preview.landscape = true
                }
                PreviewChip {
                    objectName: "previewPortrait"
                    text: qsTr("Portrait")
                    chosen: !page.preview.landscape
                    onPicked: page.preview.landscape = false
                }
            }
        }
    }

    Rectangle {
        id: banner
        objectName: "previewBanner"
        anchors.top: bar.bottom
        width: parent.width
        height: bannerText.implicitHeight + 2 * Theme.spacingSmall
        color: Theme.warning
        Text {
            id: bannerText
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.margins: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.WordWrap
            text: qsTr("This is the draft, not what the tables show now. Publish to show it on every table.")
            color: Theme.statusInk
            font.pixelSize: Theme.textSmall
            font.weight: Font.DemiBold
        }
    }

    // The room the table's frame is scaled down to fit.
    Item {
        id: stage
        anchors.top: banner.bottom
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.spacing
        clip: true

        Loader {
            id: frameLoader
            anchors.centerIn: parent
            readonly property bool wanted: page.visible && page.preview.table !== null
            onWantedChanged: load()
            Component.onCompleted: load()
            function load() {
                if (wanted && !item)
                    setSource("PreviewFrame.qml", { "preview": page.preview, "stage": stage })
            }
        }
    }
}

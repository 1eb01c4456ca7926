import QtQuick
import Tableside.Ui
import Tableside.Owner

// The menu's categories, each with its number of dishes and marks for hidden and a missing
// translation; a tap shows its dishes, its pencil opens its form, and its handle drags it to
// another place (one move of the draft when it is let go). New category at the top.
Rectangle {
    id: panel

    required property OwnerScreen owner
    // The gap a dragged row would land in (-1: none), and whether a handle is held (the
    // list does not scroll under a finger that is moving a row).
    property int dropAt: -1
    property bool holding: false

    color: Theme.card
    Rectangle {
        anchors.right: parent.right
        width: 1
        height: parent.height
        color: Theme.line
    }

    Text {
        id: heading
        anchors.left: parent.left
        anchors.right: addCategory.left
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacingSmall
        anchors.verticalCenter: addCategory.verticalCenter
        horizontalAlignment: Text.AlignLeft
        text: qsTr("Categories")
        color: Theme.muted
        font.pixelSize: Theme.textSmall
        font.weight: Font.DemiBold
        elide: Text.ElideRight
    }
    OwnerButton {
        id: addCategory
        objectName: "addCategory"
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacingSmall
        y: Theme.spacingSmall
        text: qsTr("New category")
        enabled: !panel.owner.busy
        onClicked: panel.owner.structure.addCategory()
    }

    ListView {
        id: list
        objectName: "categoryList"
        anchors.top: addCategory.bottom
        anchors.topMargin: Theme.spacingSmall
        anchors.bottom: parent.bottom
        width: parent.width - 1
        clip: true
        interactive: !panel.holding
        model: panel.owner.categories
        delegate: Item {
            id: row
            required property int index
            required property string key
            required property string name
            required property bool missing
            required property bool hidden
            required property string dishCount
            required property bool selected
            // The panel, reached through the view this row is in.
            readonly property CategoryList panel: ListView.view?.parent as CategoryList
            // The row this one would take if let go now.
            readonly property int target: Math.max(0, Math.min((ListView.view?.count ?? 1) - 1,
                                                               row.index + Math.round(body.y / row.height)))

            objectName: "category_" + row.key
            width: ListView.view?.width ?? 0
            height: 56
            z: drag.active ? 2 : 0

            Rectangle {
                id: body
                width: row.width
                height: row.height
                color: drag.active || row.selected ? Theme.background : Theme.card
                border.color: drag.active ? Theme.accent : Theme.clear
                border.width: drag.active ? 2 : 0
                Rectangle {
                    anchors.left: parent.left
                    width: 4
                    height: parent.height
                    color: Theme.accent
                    visible: row.selected
                }
                Item {
                    id: handle
                    objectName: "categoryHandle_" + row.key
                    anchors.left: parent.left
                    width: 48
                    height: parent.height
                    Text {
                        anchors.centerIn: parent
                        text: "⠿"
                        color: Theme.muted
                        font.pixelSize: Theme.textTitle
                    }
                    PointHandler {
                        onActiveChanged: row.panel.holding = active
                    }
                    DragHandler {
                        id: drag
                        target: body
                        xAxis.enabled: false
                        grabPermissions: PointerHandler.CanTakeOverFromAnything
                        onActiveChanged: {
                            if (active)
                                return
                            const to = row.target
                            body.y = 0
                            row.panel.dropAt = -1
                            row.panel.owner.structure.moveCategory(row.index, to)
                        }
                    }
                    Accessible.role: Accessible.Button
                    Accessible.name: qsTr("Drag to move “%1”").arg(row.name)
                }
                Column {
                    anchors.left: handle.right
                    anchors.right: count.left
                    anchors.rightMargin: Theme.spacingSmall
                    anchors.verticalCenter: parent.verticalCenter
                    spacing: 2
                    Text {
                        width: parent.width
                        horizontalAlignment: Text.AlignLeft
                        text: row.name
                        color: row.hidden ? Theme.muted : Theme.ink
                        font.pixelSize: Theme.textBody
                        font.weight: row.selected ? Font.DemiBold : Font.Normal
                        elide: Text.ElideRight
                    }
                    Row {
                        spacing: 4
                        visible: row.hidden || row.missing
                        Mark {
                            visible: row.hidden
                            text: qsTr("Hidden")
                            tint: Theme.soldOut
                        }
                        Mark {
                            visible: row.missing
                            text: qsTr("Translation missing")
                        }
                    }
                }
                Text {
                    id: count
                    anchors.right: edit.left
                    anchors.verticalCenter: parent.verticalCenter
                    text: row.dishCount
                    color: Theme.muted
                    font.pixelSize: Theme.textSmall
                }
                TapHandler {
                    onTapped: row.panel.owner.selectCategory(row.key)
                }
                Item {
                    id: edit
                    objectName: "editCategory_" + row.key
                    anchors.right: parent.right
                    width: 48
                    height: parent.height
                    Text {
                        anchors.centerIn: parent
                        text: "✎"
                        color: editTap.pressed ? Theme.accent : Theme.ink
                        font.pixelSize: Theme.textTitle
                    }
                    TapHandler {
                        id: editTap
                        onTapped: row.panel.owner.structure.openCategory(row.key)
                    }
                    Accessible.role: Accessible.Button
                    Accessible.name: qsTr("Edit “%1”").arg(row.name)
                }
            }
            Accessible.role: Accessible.Button
            Accessible.name: row.name
            // Where the dragged row will land: a line at that gap (none over its own place).
            readonly property int gap: row.target === row.index ? -1
                                       : row.target > row.index ? row.target + 1 : row.target
            onGapChanged: {
                if (drag.active)
                    row.panel.dropAt = row.gap
            }
        }
    }
    Rectangle {
        objectName: "categoryDropLine"
        visible: panel.dropAt >= 0
        x: 0
        y: list.y + panel.dropAt * 56 - list.contentY
        width: list.width
        height: 3
        color: Theme.accent
    }
}

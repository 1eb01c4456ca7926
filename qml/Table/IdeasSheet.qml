import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tableside.Table
import Tableside.Ui

// The venue's ideas board over the menu (the order stays as it is): propose an idea of up to 280
// characters, seeing the similar ones already there while typing to vote "Me too" instead; the
// ideas the owner has done under "You asked, we did", then the others by votes.
Sheet {
    id: sheet

    required property TableScreen table
    readonly property IdeaBoard board: table.ideaBoard

    objectName: "ideasSheet"
    panelWidth: Math.min(width - 2 * Theme.spacingLarge, 860)
    panelHeight: height - 2 * Theme.spacingLarge
    onDismissed: open = false
    onOpenChanged: board.open = open

    Connections {
        target: sheet.board
        function onOpenChanged() {
            if (!sheet.board.open)
                sheet.open = false
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: qsTr("Ideas for us")
                wrapMode: Text.WordWrap
                color: Theme.ink
                font.pixelSize: Theme.textHeadline
                font.weight: Font.Bold
            }
            PillButton {
                objectName: "ideasClose"
                text: "✕"
                Accessible.name: qsTr("Close")
                onClicked: sheet.open = false
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            TextField {
                id: field
                objectName: "ideaField"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                placeholderText: qsTr("What would make your visit better?")
                Accessible.name: qsTr("Your idea for the restaurant")
                maximumLength: sheet.board.maxLength
                leftPadding: Theme.spacing
                rightPadding: Theme.spacing
                font.pixelSize: Theme.textBody
                color: Theme.ink
                placeholderTextColor: Theme.muted
                text: sheet.board.draft
                onTextEdited: sheet.board.draft = text
                onAccepted: propose.clicked()
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.background
                    border.width: field.activeFocus ? 2 : 1
                    border.color: field.activeFocus ? Theme.accent : Theme.line
                }
            }
            PillButton {
                id: propose
                objectName: "ideaPropose"
                primary: true
                text: sheet.board.sending ? qsTr("Sending…") : qsTr("Propose")
                enabled: sheet.board.canPropose
                onClicked: sheet.board.propose()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Text {
                objectName: "ideaMessage"
                Layout.fillWidth: true
                text: sheet.board.error.length > 0 ? sheet.board.error
                      : sheet.board.proposedId > 0 ? qsTr("Thank you! Your idea is on the board.")
                      : qsTr("Tell us what you would like, or vote for an idea you share.")
                wrapMode: Text.WordWrap
                color: sheet.board.error.length > 0 ? Theme.danger : Theme.muted
                font.pixelSize: Theme.textSmall
            }
            Text {
                objectName: "ideaCounter"
                text: qsTr("%1 / %2").arg(sheet.table.number(sheet.board.draftLength))
                                      .arg(sheet.table.number(sheet.board.maxLength))
                color: sheet.board.draftLength > sheet.board.maxLength - 20 ? Theme.warning
                                                                            : Theme.muted
                font.pixelSize: Theme.textSmall
            }
        }

        // While typing: the ideas like it, to vote for instead of repeating one.
        ColumnLayout {
            objectName: "similarIdeas"
            Layout.fillWidth: true
            visible: sheet.board.similar.count > 0 && sheet.board.draft.length > 0
            spacing: Theme.spacingSmall
            Text {
                Layout.fillWidth: true
                text: qsTr("Similar ideas are already on the board. Vote for one instead?")
                wrapMode: Text.WordWrap
                color: Theme.ink
                font.pixelSize: Theme.textBody
                font.weight: Font.DemiBold
            }
            TableList {
                Layout.fillWidth: true
                Layout.preferredHeight: contentHeight
                interactive: false
                spacing: Theme.spacingSmall
                table: sheet.table
                model: sheet.board.similar
                delegate: IdeaRow {
                    id: similarIdea
                    width: ListView.view.width
                    table: (similarIdea.ListView.view as TableList).table
                    compact: true
                }
            }
        }

        TableList {
            id: list
            objectName: "ideasList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingSmall
            table: sheet.table
            model: sheet.board.ideas
            section.property: "section"
            section.delegate: Text {
                id: header
                required property string section
                width: parent?.width ?? 0
                topPadding: Theme.spacingSmall
                bottomPadding: Theme.spacingSmall
                objectName: "ideasSection_" + header.section
                text: header.section === "done" ? qsTr("You asked, we did") : qsTr("Ideas")
                color: header.section === "done" ? Theme.success : Theme.ink
                font.pixelSize: Theme.textTitle
                font.weight: Font.Bold
            }
            delegate: IdeaRow {
                id: idea
                width: ListView.view.width
                table: (idea.ListView.view as TableList).table
            }
            Text {
                anchors.centerIn: parent
                width: parent.width
                visible: list.count === 0
                text: sheet.board.loaded ? qsTr("No ideas yet. Be the first!")
                                         : qsTr("Loading the ideas…")
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                color: Theme.muted
                font.pixelSize: Theme.textBody
            }
        }
    }
}

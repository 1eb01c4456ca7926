import QtQuick
import Tableside.Ui

// Six boxes, filled as the pairing code's digits are typed; read left to right in every language.
Row {
    id: boxes

    required property string code

    objectName: "pairCode"
    spacing: Theme.spacingSmall
    LayoutMirroring.enabled: false

    Repeater {
        model: 6
        Rectangle {
            id: box
            required property int index
            // A box reaches the code through the row it is in.
            readonly property string code: (box.parent as PairCode)?.code ?? ""
            width: 48
            height: 60
            radius: 8
            color: Theme.kdsCard
            border.color: box.index === box.code.length ? Theme.kdsSelected : Theme.kdsBorder
            border.width: 2
            Text {
                anchors.centerIn: parent
                text: box.code.charAt(box.index)
                color: Theme.kdsInk
                font.pixelSize: Theme.textHeadline
                font.weight: Font.Bold
            }
        }
    }
}

import QtQuick
import QtTest
import Tableside.Ui

Item {
    id: root
    width: 800
    height: 600

    Stepper {
        id: stepper
        name: "qty"
        valueText: "3"
        property int downs: 0
        property int ups: 0
        onDecreased: downs++
        onIncreased: ups++
    }
    Chip {
        id: chip
        y: 100
        text: "Vegan"
    }
    PillButton {
        id: button
        y: 200
        text: "Place order"
    }
    Sheet {
        id: sheet
        anchors.fill: parent
        property int dismissals: 0
        onDismissed: dismissals++
    }

    TestCase {
        name: "Controls"
        when: windowShown

        function findNamed(item, name) {
            if (item.objectName === name)
                return item
            for (var i = 0; i < item.children.length; ++i) {
                var found = findNamed(item.children[i], name)
                if (found)
                    return found
            }
            return null
        }

        function test_stepperEmitsAndBlocks() {
            var minus = findNamed(stepper, "qtyMinus")
            var plus = findNamed(stepper, "qtyPlus")
            verify(minus && plus)
            tryVerify(function() { return plus.x > minus.x + minus.width })
            verify(minus.height >= 48 && plus.width >= 48, "touch targets are at least 48 px")
            mouseClick(plus)
            mouseClick(minus)
            compare(stepper.ups, 1)
            compare(stepper.downs, 1)
            stepper.canDecrease = false
            mouseClick(minus)
            compare(stepper.downs, 1)
        }

        function test_chipToggles() {
            verify(!chip.checked)
            mouseClick(chip)
            verify(chip.checked)
            compare(chip.Accessible.name, "Vegan")
            verify(chip.height >= 48)
        }

        function test_buttonIsAccessibleAndLarge() {
            compare(button.Accessible.name, "Place order")
            verify(button.height >= 48)
        }

        function test_sheetOpensAndDismisses() {
            verify(!sheet.visible)
            sheet.open = true
            tryCompare(sheet, "opacity", 1)
            mouseClick(sheet, 5, 5)
            compare(sheet.dismissals, 1)
            sheet.open = false
            verify(!sheet.enabled, "a closing sheet lets taps through")
            tryCompare(sheet, "visible", false)
        }

        function test_themeScalesAndContrasts() {
            var body = Theme.textBody
            Theme.largeText = true
            verify(Theme.textBody > body)
            Theme.largeText = false
            Theme.highContrast = true
            compare(Theme.background, "#000000")
            Theme.highContrast = false
            Theme.tablecloth = "night"
            compare(Theme.background, "#141826")
            Theme.tablecloth = "linen"
            verify(Theme.clothNames.length >= 4)
        }

        function test_labelsCoverTheCodes() {
            compare(Labels.dietary("vegan"), "Vegan")
            compare(Labels.status("cooking"), "Cooking")
        }
    }
}

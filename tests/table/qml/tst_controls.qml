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

        // WCAG's contrast ratio of two colours.
        function contrast(a, b) {
            function luminance(c) {
                function channel(v) { return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4) }
                return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
            }
            var l1 = luminance(a), l2 = luminance(b)
            return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05)
        }

        // The "Sending…" banner is ink with words on it: readable on every cloth, dark or light.
        function test_wordsOnInkAreReadableOnEveryCloth() {
            for (var i = 0; i < Theme.clothNames.length; ++i) {
                Theme.tablecloth = Theme.clothNames[i]
                verify(contrast(Theme.ink, Theme.inkInverse) >= 4.5, Theme.clothNames[i])
            }
            Theme.tablecloth = "linen"
            compare(Theme.inkInverse, "#ffffff")
            Theme.highContrast = true
            verify(contrast(Theme.ink, Theme.inkInverse) >= 7)
            Theme.highContrast = false
        }

        function test_labelsCoverTheCodes() {
            compare(Labels.dietary("vegan"), "Vegan")
            compare(Labels.status("cooking"), "Cooking")
        }
    }
}

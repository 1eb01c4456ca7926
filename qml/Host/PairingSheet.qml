import QtQuick
import QtQuick.Controls
import Tableside.Ui
import Tableside.Host

// "Add a device": a staff PIN first (a host's or an owner's), then what the new screen is for
// (a table, a kitchen station or the expo, a floor, an owner's), then the hub's one-time code, large
// and as a QR code, with when it runs out. The steps and the hub's answers are DevicePairing's.
// The same sheet takes the owner's PIN to open the menu editor on this device.
Popup {
    id: sheet

    required property HostScreen host

    function openSheet() {
        sheet.host.pairing.start()
        sheet.open()
    }
    // The owner's PIN, for the menu editor on this device.
    function openOwnerSheet() {
        sheet.host.pairing.startOwnerHere()
        sheet.open()
    }

    Connections {
        target: sheet.host.pairing
        function onOwnerCodeForThisScreen() { sheet.close() }
    }

    onClosed: sheet.host.pairing.finish()

    objectName: "pairingSheet"
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.spacingLarge, 760)
    padding: Theme.spacingLarge
    background: Rectangle { color: Theme.kdsPanel; radius: Theme.radius; border.color: Theme.kdsBorder }

    contentItem: PairingContent {
        host: sheet.host
        onCloseRequested: sheet.close()
    }
}

import QtQuick
import Tableside.Host

// A list on the floor view whose rows act for the waiter: a delegate reaches outside itself only
// through its view ((ListView.view as HostList).host).
ListView {
    required property HostScreen host
}

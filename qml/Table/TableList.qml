import QtQuick
import Tableside.Table

// A list on the table screen whose rows act on the screen: a delegate reaches outside itself only
// through its view ((ListView.view as TableList).table).
ListView {
    required property TableScreen table
}

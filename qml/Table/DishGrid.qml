import QtQuick
import Tableside.Table

// The menu's grid of dishes, with what its cards need from outside: a card reaches outside
// itself only through its view (GridView.view as DishGrid); MenuPage makes the cards.
GridView {
    required property TableScreen table
    property real descriptionLine: 0
}

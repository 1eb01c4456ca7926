<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlertCard</name>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="22"/>
        <source>%1 new messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="23"/>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="24"/>
        <source>Food ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="25"/>
        <source>Bill requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="26"/>
        <source>Water, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="27"/>
        <source>Cutlery, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="28"/>
        <location filename="../../qml/Host/AlertCard.qml" line="29"/>
        <source>Waiter called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="71"/>
        <source>T%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="98"/>
        <source>ESCALATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="100"/>
        <source>waiting at the pass %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="101"/>
        <source>%1:%2 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="138"/>
        <source>Served ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="138"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="139"/>
        <source>On my way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="141"/>
        <source>Mark table %1&apos;s food served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="142"/>
        <source>Open table %1&apos;s messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="143"/>
        <source>Acknowledge table %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllDayPanel</name>
    <message>
        <location filename="../../qml/Kitchen/AllDayPanel.qml" line="17"/>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/AllDayPanel.qml" line="67"/>
        <source>Nothing open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <location filename="../../qml/Table/CallList.qml" line="45"/>
        <source>Still waiting — we have reminded the staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <location filename="../../qml/Table/CallSheet.qml" line="25"/>
        <source>Call a waiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/CallSheet.qml" line="33"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CartLineDelegate</name>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="59"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="67"/>
        <source>Sold out: remove it to place the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="86"/>
        <source>Seat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="87"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="88"/>
        <source>Choose the seat for this dish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="96"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="26"/>
        <source>Your order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="34"/>
        <source>Order status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="62"/>
        <source>Nothing here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="70"/>
        <source>Tap a dish to add it. Everyone at the table can add to this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="85"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="102"/>
        <source>Place order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatBubble</name>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="51"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="51"/>
        <source>Offline — will send when connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="52"/>
        <source>You · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="52"/>
        <source>Staff · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="15"/>
        <source>💬 Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="59"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="59"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="67"/>
        <source>No messages from this table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="78"/>
        <location filename="../../qml/Host/ChatPanel.qml" line="79"/>
        <source>Answer table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="94"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatSheet</name>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="37"/>
        <source>Message staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="45"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="53"/>
        <source>Offline — your messages will be sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="76"/>
        <source>Write to the staff, or tap a quick message below. A waiter will answer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="105"/>
        <source>Write a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="106"/>
        <source>Write a message to the staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="127"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmSheet</name>
    <message>
        <location filename="../../qml/Table/ConfirmSheet.qml" line="24"/>
        <source>Send this order to the kitchen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Table/ConfirmSheet.qml" line="32"/>
        <source>%Ln dish(es), total %1</source>
        <translation>
            <numerusform>%Ln dish, total %1</numerusform>
            <numerusform>%Ln dishes, total %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConfirmSheet.qml" line="43"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConfirmSheet.qml" line="50"/>
        <source>Send to kitchen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../qml/Table/ConnectionBanner.qml" line="30"/>
        <source>Offline — will send when connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConnectionBanner.qml" line="31"/>
        <source>Offline — reconnecting to the restaurant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConnectionBanner.qml" line="32"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DishCard</name>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="21"/>
        <source>%1, sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="22"/>
        <source>%1, longer wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="66"/>
        <source>Sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="88"/>
        <source>Longer wait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DishSheet</name>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="64"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="98"/>
        <source>Contains none of the 14 listed allergens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="99"/>
        <source>Contains: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="106"/>
        <source>The kitchen is busy: this dish will take longer than usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="113"/>
        <source>Sold out: the kitchen has run out of this dish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="129"/>
        <source>For which seat?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="142"/>
        <source>A note to the kitchen (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="143"/>
        <source>A note to the kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="188"/>
        <source>Please choose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="205"/>
        <source>Add to order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../qml/Table/ErrorBanner.qml" line="26"/>
        <source>Your order was not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/ErrorBanner.qml" line="33"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../qml/Table/FilterPanel.qml" line="31"/>
        <source>Show only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/FilterPanel.qml" line="50"/>
        <source>Leave out dishes containing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorMap</name>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="14"/>
        <source>called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="15"/>
        <source>food ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="16"/>
        <source>bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="17"/>
        <source>waiting long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="18"/>
        <source>ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="19"/>
        <source>seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="20"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="14"/>
        <source>Gluten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="15"/>
        <source>Crustaceans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="16"/>
        <source>Eggs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="17"/>
        <source>Fish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="18"/>
        <source>Peanuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="19"/>
        <source>Soya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="20"/>
        <source>Milk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="21"/>
        <source>Tree nuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="22"/>
        <source>Celery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="23"/>
        <source>Mustard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="24"/>
        <source>Sesame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="25"/>
        <source>Sulphites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="26"/>
        <source>Lupin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="27"/>
        <source>Molluscs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="33"/>
        <source>Vegan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="34"/>
        <source>Vegetarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="35"/>
        <source>Gluten-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="36"/>
        <source>Halal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="42"/>
        <location filename="../../qml/Ui/Labels.qml" line="64"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="43"/>
        <location filename="../../qml/Ui/Labels.qml" line="44"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="45"/>
        <source>Cooking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="46"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="47"/>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="48"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="54"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="55"/>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="56"/>
        <source>Cutlery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="57"/>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="58"/>
        <source>The bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="65"/>
        <source>Waiting for staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="66"/>
        <source>On the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="67"/>
        <source>Not sent, try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="73"/>
        <source>Linen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="74"/>
        <source>Slate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="75"/>
        <source>Terrazzo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="76"/>
        <source>Night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="77"/>
        <source>Olive grove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookSheet</name>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="27"/>
        <source>Your tablecloth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="35"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="80"/>
        <source>Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="89"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Table/Main.qml" line="175"/>
        <source>Loading the menu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/Main.qml" line="176"/>
        <source>Connecting to the restaurant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="17"/>
        <location filename="../../qml/Host/Main.qml" line="35"/>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="43"/>
        <source>called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="44"/>
        <source>food ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="45"/>
        <source>bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="46"/>
        <source>waiting long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="47"/>
        <source>ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="48"/>
        <source>seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="49"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="85"/>
        <location filename="../../qml/Kitchen/Main.qml" line="44"/>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="85"/>
        <location filename="../../qml/Kitchen/Main.qml" line="44"/>
        <source>▲ Offline — reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="126"/>
        <source>Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/Main.qml" line="128"/>
        <source>%n escalated</source>
        <translation>
            <numerusform>%n escalated</numerusform>
            <numerusform>%n escalated</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="155"/>
        <source>All calm — no alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/Main.qml" line="16"/>
        <source>Kitchen — expo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/Main.qml" line="16"/>
        <source>Kitchen — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/Main.qml" line="51"/>
        <source>Sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/Main.qml" line="58"/>
        <source>Recall (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/Main.qml" line="115"/>
        <source>No open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Kitchen/Main.qml" line="164"/>
        <source>%n more ▶</source>
        <translation>
            <numerusform>%n more ▶</numerusform>
            <numerusform>%n more ▶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Kitchen/Main.qml" line="178"/>
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n open ticket</numerusform>
            <numerusform>%n open tickets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/Main.qml" line="179"/>
        <source>● on time   ▲ over %1 min   ■ over %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/Main.qml" line="192"/>
        <source>Bump bar: 1–9 select · Enter bump · S start · U undo · R recall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenuPage</name>
    <message>
        <location filename="../../qml/Table/MenuPage.qml" line="77"/>
        <source>No dishes match your filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenuTopBar</name>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="26"/>
        <source>Filters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="27"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="34"/>
        <source>Call waiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="48"/>
        <source>Tablecloth and text size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageButton</name>
    <message>
        <location filename="../../qml/Table/MessageButton.qml" line="16"/>
        <location filename="../../qml/Table/MessageButton.qml" line="18"/>
        <source>Message staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/MessageButton.qml" line="17"/>
        <source>Message staff, unread replies: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModifierGroup</name>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="26"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="26"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="32"/>
        <source>Choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="33"/>
        <source>Choose %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="34"/>
        <source>Choose up to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadyLineRow</name>
    <message>
        <location filename="../../qml/Host/ReadyLineRow.qml" line="23"/>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/ReadyLineRow.qml" line="25"/>
        <source>Mark %1 served</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecallPanel</name>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="17"/>
        <source>Recall — last bumped tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="27"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="57"/>
        <source>T%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="63"/>
        <source>Bumped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="87"/>
        <source>Nothing bumped yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../qml/Table/SearchField.qml" line="14"/>
        <location filename="../../qml/Table/SearchField.qml" line="34"/>
        <location filename="../../qml/Table/SearchField.qml" line="57"/>
        <source>Search the menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeatPicker</name>
    <message>
        <location filename="../../qml/Table/SeatPicker.qml" line="16"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/SeatPicker.qml" line="16"/>
        <source>Seat %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoldOutPanel</name>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="20"/>
        <source>Sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="59"/>
        <source>Mark sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="59"/>
        <source>✕ Sold out — back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="62"/>
        <source>Mark %1 sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="63"/>
        <source>Make %1 available again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpiceBadge</name>
    <message>
        <location filename="../../qml/Ui/SpiceBadge.qml" line="16"/>
        <source>Spicy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationBar</name>
    <message>
        <location filename="../../qml/Kitchen/StationBar.qml" line="28"/>
        <source>Expo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/StationBar.qml" line="30"/>
        <source>▲ BEHIND</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="38"/>
        <source>%1 ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="52"/>
        <source>Seat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="90"/>
        <source>about %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="91"/>
        <source>on its way to you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="33"/>
        <source>Your order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="41"/>
        <source>Sending to the kitchen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="42"/>
        <source>Offline — your order will be sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="63"/>
        <source>Being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="64"/>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="96"/>
        <source>Bill so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="113"/>
        <source>Order more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="119"/>
        <source>Call waiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="132"/>
        <source>Request the bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="138"/>
        <source>Your bill is on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="139"/>
        <source>The bill request was not sent. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="140"/>
        <source>Bill requested — waiting for staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../../qml/Ui/Stepper.qml" line="21"/>
        <source>Fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Stepper.qml" line="36"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableShape</name>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="34"/>
        <source>Table %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="68"/>
        <source>%1/%2 seated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableSheet</name>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="44"/>
        <source>Table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="54"/>
        <source>Free · %1 seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="69"/>
        <source>Fewer guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/TableSheet.qml" line="53"/>
        <location filename="../../qml/Host/TableSheet.qml" line="76"/>
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="53"/>
        <source>%1 seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="87"/>
        <source>More guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="92"/>
        <source>Seat party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="105"/>
        <source>🔔 Ready to carry out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="129"/>
        <source>All served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="136"/>
        <source>Paid — close table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="145"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketCard</name>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="35"/>
        <source>Table %1, order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="67"/>
        <source>T%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="156"/>
        <source>▼ more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="156"/>
        <source>▲ top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="187"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="189"/>
        <source>Start table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="198"/>
        <source>Bump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="201"/>
        <source>Bump table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="210"/>
        <source>↶ Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="214"/>
        <source>Undo bump of table %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketLine</name>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="60"/>
        <source>✓ bumped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="61"/>
        <source>✓ ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="62"/>
        <source>🔥 cooking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketTimer</name>
    <message>
        <location filename="../../qml/Kitchen/TicketTimer.qml" line="45"/>
        <source>LATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketTimer.qml" line="45"/>
        <source>WAIT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../qml/Table/WelcomePage.qml" line="14"/>
        <location filename="../../qml/Table/WelcomePage.qml" line="66"/>
        <source>Touch to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/Table/WelcomePage.qml" line="26"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tableside::TableScreen</name>
    <message>
        <location filename="../../app/screens/tablescreen_orders.cpp" line="36"/>
        <source>This screen cannot send orders: it has no outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="20"/>
        <source>Could we have more bread?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="21"/>
        <source>Could we have some more water?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="22"/>
        <source>Could we have the dessert menu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="23"/>
        <source>Is our food on its way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="24"/>
        <source>Could we have some napkins?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="25"/>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="70"/>
        <source>That message is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="75"/>
        <source>This screen cannot send messages: it has no outbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

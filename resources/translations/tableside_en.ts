<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AlertCard</name>
    <message numerus="yes">
        <location filename="../../qml/Host/AlertCard.qml" line="20" />
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>New message</numerusform><numerusform>%Ln new messages</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="21" />
        <source>Food ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="22" />
        <source>Bill requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="23" />
        <source>Water, please</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="24" />
        <source>Cutlery, please</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="25" />
        <location filename="../../qml/Host/AlertCard.qml" line="26" />
        <source>Waiter called</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="68" />
        <source>T%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="94" />
        <source>ESCALATED · waiting at the pass %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="96" />
        <source>ESCALATED · %1 ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="95" />
        <source>waiting at the pass %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="96" />
        <source>%1 ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="141" />
        <source>Served ✓</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="141" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="142" />
        <source>On my way</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="144" />
        <source>Mark table %1's food served</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="145" />
        <source>Open table %1's messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="146" />
        <source>Acknowledge table %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AllDayPanel</name>
    <message>
        <location filename="../../qml/Kitchen/AllDayPanel.qml" line="18" />
        <source>All day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/AllDayPanel.qml" line="71" />
        <source>Nothing open</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <location filename="../../qml/Table/CallList.qml" line="46" />
        <source>Still waiting — we have reminded the staff.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <location filename="../../qml/Table/CallSheet.qml" line="26" />
        <source>Call a waiter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/CallSheet.qml" line="34" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CartLineDelegate</name>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="77" />
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="88" />
        <source>Sold out: remove it to place the order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="98" />
        <source>No longer on the menu: remove it to place the order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="114" />
        <source>The price is now %1 each, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="127" />
        <source>Keep it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="128" />
        <source>Keep this dish at its new price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="158" />
        <source>Seat %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="159" />
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="160" />
        <source>Choose the seat for this dish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="171" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="36" />
        <source>Your order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="47" />
        <source>Order status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="56" />
        <source>The menu has just changed: check the marked dishes before you order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="88" />
        <source>Nothing here yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="96" />
        <source>Tap a dish to add it. Everyone at the table can add to this order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="111" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="128" />
        <source>Place order</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CategoryList</name>
    <message>
        <location filename="../../qml/Owner/CategoryList.qml" line="27" />
        <source>Categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryList.qml" line="85" />
        <source>Hidden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryList.qml" line="90" />
        <source>Translation missing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChatBubble</name>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="52" />
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="52" />
        <source>Offline — will send when connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="53" />
        <source>You · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="53" />
        <source>Staff · %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="17" />
        <source>💬 Messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="62" />
        <source>Staff · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="62" />
        <source>Table · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="71" />
        <source>No messages from this table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="82" />
        <location filename="../../qml/Host/ChatPanel.qml" line="83" />
        <source>Answer table %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="98" />
        <source>Send</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChatSheet</name>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="38" />
        <source>Message staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="46" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="54" />
        <source>Offline — your messages will be sent when the connection is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="87" />
        <source>Write to the staff, or tap a quick message below. A waiter will answer here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="124" />
        <source>Write a message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="125" />
        <source>Write a message to the staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="146" />
        <source>Send</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConfirmSheet</name>
    <message>
        <location filename="../../qml/Table/ConfirmSheet.qml" line="25" />
        <source>Send this order to the kitchen?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../qml/Table/ConfirmSheet.qml" line="33" />
        <source>%Ln dish(es), total %1</source>
        <translation>
            <numerusform>%Ln dish, total %1</numerusform>
            <numerusform>%Ln dishes, total %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConfirmSheet.qml" line="44" />
        <source>Not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/ConfirmSheet.qml" line="51" />
        <source>Send to kitchen</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../qml/Table/ConnectionBanner.qml" line="31" />
        <source>Offline — will send when connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/ConnectionBanner.qml" line="32" />
        <source>Offline — reconnecting to the restaurant…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/ConnectionBanner.qml" line="33" />
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeviceGate</name>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="92" />
        <source>Pairing code from staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="97" />
        <source>Pair this screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="107" />
        <source>This screen is not paired with the restaurant yet. Ask staff for a pairing code and enter it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="111" />
        <source>This pairing code is wrong, used or expired. Ask staff for a new code and enter it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="114" />
        <source>This pairing code is wrong, used or expired. Ask staff for a new code, then start this screen with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="119" />
        <source>The restaurant no longer knows this screen. Ask staff for a new pairing code and enter it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="122" />
        <source>The restaurant no longer knows this screen. Ask staff for a new pairing code, then start this screen with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="127" />
        <source>This screen runs another version of Tableside than the restaurant. Ask staff to update it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="131" />
        <source>This screen was paired as another kind of device. Ask staff for a pairing code made for this screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="135" />
        <source>This screen was paired with table %1, not table %2. Ask staff for a pairing code for this table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="140" />
        <source>The restaurant turned this screen away. Ask staff for help.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DishCard</name>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="25" />
        <source>%1, sold out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="26" />
        <source>%1, longer wait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="70" />
        <source>Sold out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="103" />
        <source>Longer wait</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DishFormPage</name>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="25" />
        <source>Dish “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="38" />
        <source>Discard changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="38" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="44" />
        <source>Save to draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="75" />
        <location filename="../../qml/Owner/DishFormPage.qml" line="84" />
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="97" />
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="108" />
        <source>Kitchen station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="119" />
        <source>Spice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="130" />
        <source>Allergens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="139" />
        <source>Dietary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="149" />
        <source>Hidden from the tables</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DishList</name>
    <message>
        <location filename="../../qml/Owner/DishList.qml" line="19" />
        <source>Dishes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/DishList.qml" line="74" />
        <source>Hidden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/DishList.qml" line="79" />
        <source>Translation missing</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/DishList.qml" line="83" />
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform><numerusform>%n problems</numerusform></translation>
    </message>
</context>
<context>
    <name>DishSheet</name>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="80" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="116" />
        <source>The kitchen is busy: this dish will take longer than usual.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="125" />
        <source>Sold out: the kitchen has run out of this dish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="141" />
        <source>For which seat?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="154" />
        <source>A note to the kitchen (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="155" />
        <source>A note to the kitchen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="200" />
        <source>Please choose: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="232" />
        <source>Add to order</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../qml/Table/ErrorBanner.qml" line="37" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../qml/Table/FilterChips.qml" line="19" />
        <source>Show only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/FilterChips.qml" line="44" />
        <source>Leave out dishes containing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FloorWindow</name>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="17" />
        <location filename="../../qml/Host/FloorWindow.qml" line="41" />
        <source>Floor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="58" />
        <source>+ Add a device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="60" />
        <source>Add a device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="69" />
        <source>● Live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="69" />
        <source>▲ Offline — reconnecting</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/FloorWindow.qml" line="101" />
        <source>Alerts (%1) · %Ln escalated</source>
        <translation>
            <numerusform>Alerts (%1) · %Ln escalated</numerusform><numerusform>Alerts (%1) · %Ln escalated</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="103" />
        <source>Alerts (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="132" />
        <source>All calm — no alerts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../qml/Owner/HistoryPage.qml" line="60" />
        <source>On the tables now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/HistoryPage.qml" line="79" />
        <source>Every table will show version %1 again. Roll back?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/HistoryPage.qml" line="95" />
        <source>Roll back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/HistoryPage.qml" line="101" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/HistoryPage.qml" line="108" />
        <source>Roll back to version %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KitchenWindow</name>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="17" />
        <source>Kitchen — expo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="18" />
        <source>Kitchen — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="53" />
        <source>● Live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="53" />
        <source>▲ Offline — reconnecting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="60" />
        <source>Sold out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="67" />
        <source>Recall (R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="123" />
        <source>No open tickets</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="172" />
        <source>%n more ▶</source>
        <translation>
            <numerusform>%n more ▶</numerusform><numerusform>%n more ▶</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="186" />
        <source>%n open ticket(s)   ·   ● on time   ▲ over %1 min   ■ over %2 min</source>
        <translation>
            <numerusform>%n open ticket   ·   ● on time   ▲ over %1 min   ■ over %2 min</numerusform><numerusform>%n open tickets   ·   ● on time   ▲ over %1 min   ■ over %2 min</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="201" />
        <source>Bump bar: 1–9 select · Enter bump · S start · U undo · R recall</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KitchenWords</name>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="10" />
        <source>Expo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="11" />
        <source>Grill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="12" />
        <source>Hot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="13" />
        <source>Cold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="14" />
        <source>Bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="15" />
        <source>Dessert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="16" />
        <source>Pastry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="17" />
        <source>Fryer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="18" />
        <source>Pizza</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="19" />
        <source>Sushi</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="10" />
        <source>Vegan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="11" />
        <source>Vegetarian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="12" />
        <source>Gluten-free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="13" />
        <source>Halal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="19" />
        <location filename="../../qml/Ui/Labels.qml" line="41" />
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="20" />
        <location filename="../../qml/Ui/Labels.qml" line="21" />
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="22" />
        <source>Cooking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="23" />
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="24" />
        <source>Served</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="25" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="31" />
        <source>Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="32" />
        <source>Water</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="33" />
        <source>Cutlery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="34" />
        <source>Something else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="35" />
        <source>The bill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="42" />
        <source>Waiting for staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="43" />
        <source>On the way</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="44" />
        <source>Not sent, try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="50" />
        <source>Linen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="51" />
        <source>Slate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="52" />
        <source>Terrazzo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="53" />
        <source>Night</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="54" />
        <source>Olive grove</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LanguageTexts</name>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="36" />
        <source>Default language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="41" />
        <source>Translation missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="45" />
        <source>Name needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="54" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="57" />
        <source>Name in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="70" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="77" />
        <source>Description in %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LegendEntry</name>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="15" />
        <source>%1 called</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="16" />
        <source>%1 food ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="17" />
        <source>%1 bill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="18" />
        <source>%1 waiting long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="19" />
        <source>%1 ordered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="20" />
        <source>%1 seated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="21" />
        <source>%1 free</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LookSheet</name>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="28" />
        <source>Your tablecloth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="36" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="46" />
        <source>Large text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="55" />
        <source>High contrast</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MenuPage</name>
    <message>
        <location filename="../../qml/Table/MenuPage.qml" line="137" />
        <source>No dishes match your filters.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MenuTopBar</name>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="29" />
        <location filename="../../qml/Table/MenuTopBar.qml" line="48" />
        <source>Filters (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="49" />
        <source>Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="56" />
        <source>Call waiter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="70" />
        <source>Tablecloth and text size</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MessageButton</name>
    <message>
        <location filename="../../qml/Table/MessageButton.qml" line="17" />
        <location filename="../../qml/Table/MessageButton.qml" line="19" />
        <source>Message staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/MessageButton.qml" line="18" />
        <source>Message staff, unread replies: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ModifierGroup</name>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="65" />
        <source>Required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="65" />
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="93" />
        <source>Choose one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="94" />
        <source>Choose %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="95" />
        <source>Choose up to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrderedLines</name>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="49" />
        <source>sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="50" />
        <source>accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="51" />
        <source>cooking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="52" />
        <source>ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="53" />
        <source>served</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="17" />
        <source>Ordered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="25" />
        <source>Nothing ordered yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="67" />
        <source>%1 × %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="96" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OwnerWindow</name>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="17" />
        <source>Menu editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="44" />
        <source>Publish history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="44" />
        <source>Menu draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="54" />
        <source>Offline: changes wait until the hub is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="68" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="74" />
        <source>Back to the menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="74" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="81" />
        <source>Publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="87" />
        <source>Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="126" />
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PairingContent</name>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="16" />
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="17" />
        <source>Kitchen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="18" />
        <source>Floor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="19" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="27" />
        <source>Grill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="28" />
        <source>Hot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="29" />
        <source>Cold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="30" />
        <source>Bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="31" />
        <source>Dessert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="32" />
        <source>Pastry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="33" />
        <source>Fryer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="34" />
        <source>Pizza</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="35" />
        <source>Sushi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="43" />
        <source>A screen for table %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="44" />
        <source>A kitchen display for the expo (all stations)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="45" />
        <source>A kitchen display for the %1 station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="46" />
        <source>A floor screen for waiters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="47" />
        <source>An owner's screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="59" />
        <source>Add a device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="70" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="84" />
        <source>Enter your staff PIN (a host's or the owner's).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="104" />
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="106" />
        <source>Too many wrong PINs: the PIN is locked. Try again in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="131" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="136" />
        <source>Delete a digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="158" />
        <source>What is the new screen for?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="191" />
        <source>Previous table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="199" />
        <source>Table %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="210" />
        <source>Next table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="226" />
        <source>Expo (all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="240" />
        <source>Only the owner's PIN can pair an owner's screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="242" />
        <source>Offline — a code can be made once the connection is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="243" />
        <source>No code was made. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="253" />
        <source>Making the code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="253" />
        <source>Make the code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="260" />
        <source>Another PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="286" />
        <source>QR code of the pairing code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="314" />
        <source>Expired: make another code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="315" />
        <source>Valid until %1 · %2 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="323" />
        <source>On the new screen, type this code or scan it. It works once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="335" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="341" />
        <source>Make another</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message numerus="yes">
        <location filename="../../qml/Owner/ProblemList.qml" line="29" />
        <source>%n problem(s) to fix before publishing</source>
        <translation>
            <numerusform>%n problem to fix before publishing</numerusform><numerusform>%n problems to fix before publishing</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ProblemList.qml" line="30" />
        <source>Nothing stops publishing.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReadyLineRow</name>
    <message>
        <location filename="../../qml/Host/ReadyLineRow.qml" line="20" />
        <source>%1 × %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/ReadyLineRow.qml" line="27" />
        <source>Served</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/ReadyLineRow.qml" line="29" />
        <source>Mark %1 served</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReadyLines</name>
    <message>
        <location filename="../../qml/Host/ReadyLines.qml" line="15" />
        <source>🔔 Ready to carry out</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecallPanel</name>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="21" />
        <source>Recall — last bumped tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="33" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="65" />
        <source>T%1  #%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="72" />
        <source>Bumped %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="106" />
        <source>Nothing bumped yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../qml/Table/SearchField.qml" line="18" />
        <location filename="../../qml/Table/SearchField.qml" line="40" />
        <location filename="../../qml/Table/SearchField.qml" line="63" />
        <source>Search the menu</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SeatPicker</name>
    <message>
        <location filename="../../qml/Table/SeatPicker.qml" line="21" />
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/SeatPicker.qml" line="21" />
        <source>Seat %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../qml/Owner/SignInPanel.qml" line="21" />
        <source>Menu editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/SignInPanel.qml" line="29" />
        <source>Enter an owner's PIN to change the menu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/SignInPanel.qml" line="48" />
        <source>Checking the PIN…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/SignInPanel.qml" line="75" />
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/SignInPanel.qml" line="79" />
        <source>Delete a digit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SoldOutPanel</name>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="29" />
        <source>Sold out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="71" />
        <source>Mark sold out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="71" />
        <source>✕ Sold out — back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="74" />
        <source>Mark %1 sold out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="75" />
        <source>Make %1 available again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SoundOffBadge</name>
    <message>
        <location filename="../../qml/Kitchen/SoundOffBadge.qml" line="49" />
        <source>Sound off</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SpiceBadge</name>
    <message>
        <location filename="../../qml/Ui/SpiceBadge.qml" line="16" />
        <source>Spicy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StationBar</name>
    <message>
        <location filename="../../qml/Kitchen/StationBar.qml" line="30" />
        <source>%1  %2  ▲ BEHIND</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/StationBar.qml" line="31" />
        <source>%1  %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="40" />
        <source>%1 ×</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="54" />
        <source>Seat %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="79" />
        <source>about %1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="80" />
        <source>on its way to you</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="34" />
        <source>Your order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="42" />
        <source>Sending to the kitchen…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="43" />
        <source>Offline — your order will be sent when the connection is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="66" />
        <source>Being sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="67" />
        <source>Order %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="101" />
        <source>Bill so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="118" />
        <source>Order more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="124" />
        <source>Call waiter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="137" />
        <source>Request the bill</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../../qml/Ui/Stepper.qml" line="22" />
        <source>Fewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Ui/Stepper.qml" line="38" />
        <source>More</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TableShape</name>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="23" />
        <source>called</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="24" />
        <source>food ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="25" />
        <source>bill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="26" />
        <source>waiting long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="27" />
        <source>ordered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="28" />
        <source>seated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="29" />
        <source>free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="40" />
        <source>Table %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="87" />
        <source>%1/%2 seated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TableSheet</name>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="59" />
        <source>Table %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/TableSheet.qml" line="69" />
        <source>%Ln guest(s) · %1 seats</source>
        <translation>
            <numerusform>%Ln guest · %1 seats</numerusform><numerusform>%Ln guests · %1 seats</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="70" />
        <source>Free · %1 seats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="87" />
        <source>Fewer guests</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/TableSheet.qml" line="94" />
        <source>%Ln guest(s)</source>
        <translation>
            <numerusform>%Ln guest</numerusform><numerusform>%Ln guests</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="105" />
        <source>More guests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="110" />
        <source>Seat party</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="165" />
        <source>Has table %1 paid %2? Closing clears its screen for the next party.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/TableSheet.qml" line="178" />
        <source>⚠ %Ln dish(es) still being prepared.</source>
        <translation>
            <numerusform>⚠ %Ln dish is still being prepared.</numerusform><numerusform>⚠ %Ln dishes are still being prepared.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/TableSheet.qml" line="180" />
        <source>⚠ %Ln dish(es) ready but not yet served.</source>
        <translation>
            <numerusform>⚠ %Ln dish is ready but not yet served.</numerusform><numerusform>⚠ %Ln dishes are ready but not yet served.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="193" />
        <source>Paid — close table %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="202" />
        <source>Not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="217" />
        <source>On my way</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="220" />
        <source>Acknowledge table %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="229" />
        <source>All served</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="236" />
        <source>Paid — close table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="242" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TableWindow</name>
    <message>
        <location filename="../../qml/Table/TableWindow.qml" line="17" />
        <source>Table %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/TableWindow.qml" line="177" />
        <source>Loading the menu…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/TableWindow.qml" line="178" />
        <source>Connecting to the restaurant…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TicketCard</name>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="38" />
        <source>Table %1, order %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="57" />
        <source>▼ Selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="92" />
        <source>T%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="99" />
        <source>#%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="129" />
        <source>✓ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="130" />
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="189" />
        <source>▼ more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="189" />
        <source>▲ top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="226" />
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="228" />
        <source>Start table %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="237" />
        <source>Bump</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="240" />
        <source>Bump table %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="249" />
        <source>↶ Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="253" />
        <source>Undo bump of table %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TicketLine</name>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="74" />
        <source>%1×</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="92" />
        <source>✓ bumped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="93" />
        <source>✓ ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="94" />
        <source>🔥 cooking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="117" />
        <source>Seat %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="184" />
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="187" />
        <source>Start %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="193" />
        <source>✓ Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="196" />
        <source>%1 done</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TicketTimer</name>
    <message>
        <location filename="../../qml/Kitchen/TicketTimer.qml" line="49" />
        <source>LATE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketTimer.qml" line="49" />
        <source>WAIT</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../qml/Table/WelcomePage.qml" line="15" />
        <location filename="../../qml/Table/WelcomePage.qml" line="80" />
        <source>Touch to start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/WelcomePage.qml" line="27" />
        <source>Table %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/WelcomePage.qml" line="40" />
        <source>Welcome</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tableside::AllergensModel</name>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="16" />
        <source>Gluten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="18" />
        <source>Crustaceans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="20" />
        <source>Eggs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="22" />
        <source>Fish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="24" />
        <source>Peanuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="26" />
        <source>Soya</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="28" />
        <source>Milk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="30" />
        <source>Tree nuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="32" />
        <source>Celery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="34" />
        <source>Mustard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="36" />
        <source>Sesame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="38" />
        <source>Sulphites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="40" />
        <source>Lupin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="42" />
        <source>Molluscs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="91" />
        <source>Contains none of the 14 listed allergens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="96" />
        <source>Contains: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tableside::DishForm</name>
    <message>
        <location filename="../../qml/Owner/dishform.cpp" line="97" />
        <source>Write the price as a number, for example %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/dishform.cpp" line="102" />
        <source>A price cannot be below zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/dishform.cpp" line="104" />
        <source>A price cannot be above %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tableside::KitchenScreen</name>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="141" />
        <source>Gluten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="142" />
        <source>Crustaceans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="143" />
        <source>Eggs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="144" />
        <source>Fish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="145" />
        <source>Peanuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="146" />
        <source>Soya</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="147" />
        <source>Milk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="148" />
        <source>Tree nuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="149" />
        <source>Celery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="150" />
        <source>Mustard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="151" />
        <source>Sesame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="152" />
        <source>Sulphites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="153" />
        <source>Lupin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="154" />
        <source>Molluscs</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tableside::OwnerScreen</name>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="165" />
        <source>The hub cannot be reached, so the PIN cannot be checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="317" />
        <source>No changes since version %1 was published.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="320" />
        <source>No changes to publish.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/ownerscreen.cpp" line="323" />
        <source>%n unpublished changes.</source>
        <translation>
            <numerusform>%n unpublished change.</numerusform><numerusform>%n unpublished changes.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="325" />
        <source>Last change at %1. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="327" />
        <source>Last change by %1 at %2. %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="359" />
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="361" />
        <source>Too many wrong PINs: the PIN is locked for a while.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="364" />
        <source>Only an owner's PIN can change the menu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="367" />
        <source>Someone else changed the draft just now. Check it, then publish again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="371" />
        <source>There are no changes to publish.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/ownerscreen.cpp" line="373" />
        <source>Fix %n problems before publishing: they are listed under Problems.</source>
        <translation>
            <numerusform>Fix %n problem before publishing: it is listed under Problems.</numerusform><numerusform>Fix %n problems before publishing: they are listed under Problems.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="378" />
        <source>That version is not kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="380" />
        <source>The hub did not answer. Check the connection and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="446" />
        <source>Saved in the draft. Publish to show it on the tables.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="454" />
        <source>Published as version %1: every table shows it now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="457" />
        <source>Rolled back: version %1 is on every table now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="474" />
        <source>The last change is undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="530" />
        <source>Restored version %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="534" />
        <source>The menu as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="539" />
        <source>Version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="541" />
        <source>Version %1 by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="573" />
        <source>Vegetarian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="575" />
        <source>Vegan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="577" />
        <source>Gluten-free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="579" />
        <source>Halal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="583" />
        <source>Drink</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="585" />
        <source>Starter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="587" />
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="589" />
        <source>Side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="591" />
        <source>Dessert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="596" />
        <source>Not spicy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="598" />
        <source>Mild</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="600" />
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="602" />
        <source>Hot</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tableside::TableScreen</name>
    <message>
        <location filename="../../qml/Table/tablescreen_orders.cpp" line="36" />
        <source>This screen cannot send orders: it has no outbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/quickrepliesmodel.cpp" line="11" />
        <source>Could we have more bread?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/quickrepliesmodel.cpp" line="12" />
        <source>Could we have some more water?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/quickrepliesmodel.cpp" line="13" />
        <source>Could we have the dessert menu?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/quickrepliesmodel.cpp" line="14" />
        <source>Is our food on its way?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/quickrepliesmodel.cpp" line="15" />
        <source>Could we have some napkins?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/quickrepliesmodel.cpp" line="16" />
        <source>Thank you!</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../qml/Table/tablescreen_chat.cpp" line="46" />
        <source>That message is too long: at most %Ln character(s).</source>
        <translation>
            <numerusform>That message is too long: at most %Ln character.</numerusform><numerusform>That message is too long: at most %Ln characters.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen_chat.cpp" line="51" />
        <source>This screen cannot send messages: it has no outbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen.cpp" line="341" />
        <source>Your bill is on its way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen.cpp" line="343" />
        <source>The bill request was not sent. Please try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen.cpp" line="345" />
        <source>Bill requested — waiting for staff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen.cpp" line="351" />
        <source>Your order was not accepted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen.cpp" line="356" />
        <source>Your message was not sent: %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
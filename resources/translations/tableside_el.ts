<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="el">
<context>
    <name>AlertCard</name>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="22" />
        <source>%1 new messages</source>
        <translation>%1 νέα μηνύματα</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="23" />
        <source>New message</source>
        <translation>Νέο μήνυμα</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="24" />
        <source>Food ready</source>
        <translation>Φαγητό έτοιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="25" />
        <source>Bill requested</source>
        <translation>Ζητήθηκε λογαριασμός</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="26" />
        <source>Water, please</source>
        <translation>Νερό, παρακαλώ</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="27" />
        <source>Cutlery, please</source>
        <translation>Μαχαιροπίρουνα, παρακαλώ</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="28" />
        <location filename="../../qml/Host/AlertCard.qml" line="29" />
        <source>Waiter called</source>
        <translation>Κλήση σερβιτόρου</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="71" />
        <source>T%1</source>
        <translation>Τ%1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="98" />
        <source>ESCALATED</source>
        <translation>ΚΛΙΜΑΚΩΣΗ</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="100" />
        <source>waiting at the pass %1:%2</source>
        <translation>περιμένει στο πάσο %1:%2</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="101" />
        <source>%1:%2 ago</source>
        <translation>πριν %1:%2</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="138" />
        <source>Served ✓</source>
        <translation>Σερβιρίστηκε ✓</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="138" />
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="139" />
        <source>On my way</source>
        <translation>Έρχομαι</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="141" />
        <source>Mark table %1's food served</source>
        <translation>Σερβιρίστηκε το φαγητό του τραπεζιού %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="142" />
        <source>Open table %1's messages</source>
        <translation>Άνοιγμα μηνυμάτων τραπεζιού %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="143" />
        <source>Acknowledge table %1</source>
        <translation>Επιβεβαίωση τραπεζιού %1</translation>
    </message>
</context>
<context>
    <name>AllDayPanel</name>
    <message>
        <location filename="../../qml/Kitchen/AllDayPanel.qml" line="17" />
        <source>All day</source>
        <translation>Σύνολο ημέρας</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/AllDayPanel.qml" line="67" />
        <source>Nothing open</source>
        <translation>Τίποτα ανοιχτό</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <location filename="../../qml/Table/CallList.qml" line="45" />
        <source>Still waiting — we have reminded the staff.</source>
        <translation>Ακόμα σε αναμονή — υπενθυμίσαμε στο προσωπικό.</translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <location filename="../../qml/Table/CallSheet.qml" line="25" />
        <source>Call a waiter</source>
        <translation>Καλέστε σερβιτόρο</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CallSheet.qml" line="33" />
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
</context>
<context>
    <name>CartLineDelegate</name>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="59" />
        <source>Note: %1</source>
        <translation>Σημείωση: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="67" />
        <source>Sold out: remove it to place the order</source>
        <translation>Εξαντλήθηκε: αφαιρέστε το για να στείλετε την παραγγελία</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="86" />
        <source>Seat %1</source>
        <translation>Θέση %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="87" />
        <source>Table</source>
        <translation>Τραπέζι</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="88" />
        <source>Choose the seat for this dish</source>
        <translation>Επιλέξτε θέση για αυτό το πιάτο</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="96" />
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="26" />
        <source>Your order</source>
        <translation>Η παραγγελία σας</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="34" />
        <source>Order status</source>
        <translation>Πορεία παραγγελίας</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="62" />
        <source>Nothing here yet</source>
        <translation>Τίποτα ακόμα εδώ</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="70" />
        <source>Tap a dish to add it. Everyone at the table can add to this order.</source>
        <translation>Πατήστε ένα πιάτο για να το προσθέσετε. Όλοι στο τραπέζι μπορούν να προσθέσουν σε αυτή την παραγγελία.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="85" />
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="102" />
        <source>Place order</source>
        <translation>Υποβολή παραγγελίας</translation>
    </message>
</context>
<context>
    <name>ChatBubble</name>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="51" />
        <source>Sending…</source>
        <translation>Αποστολή…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="51" />
        <source>Offline — will send when connected</source>
        <translation>Εκτός σύνδεσης — θα σταλεί μόλις συνδεθεί</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="52" />
        <source>You · %1</source>
        <translation>Εσείς · %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="52" />
        <source>Staff · %1</source>
        <translation>Προσωπικό · %1</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="15" />
        <source>💬 Messages</source>
        <translation>💬 Μηνύματα</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="59" />
        <source>Staff</source>
        <translation>Προσωπικό</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="59" />
        <source>Table</source>
        <translation>Τραπέζι</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="67" />
        <source>No messages from this table.</source>
        <translation>Κανένα μήνυμα από αυτό το τραπέζι.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="78" />
        <location filename="../../qml/Host/ChatPanel.qml" line="79" />
        <source>Answer table %1</source>
        <translation>Απάντηση στο τραπέζι %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="94" />
        <source>Send</source>
        <translation>Αποστολή</translation>
    </message>
</context>
<context>
    <name>ChatSheet</name>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="37" />
        <source>Message staff</source>
        <translation>Μήνυμα στο προσωπικό</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="45" />
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="53" />
        <source>Offline — your messages will be sent when the connection is back.</source>
        <translation>Εκτός σύνδεσης — τα μηνύματά σας θα σταλούν μόλις επανέλθει η σύνδεση.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="76" />
        <source>Write to the staff, or tap a quick message below. A waiter will answer here.</source>
        <translation>Γράψτε στο προσωπικό ή πατήστε ένα έτοιμο μήνυμα παρακάτω. Ένας σερβιτόρος θα απαντήσει εδώ.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="105" />
        <source>Write a message</source>
        <translation>Γράψτε ένα μήνυμα</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="106" />
        <source>Write a message to the staff</source>
        <translation>Γράψτε ένα μήνυμα στο προσωπικό</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="127" />
        <source>Send</source>
        <translation>Αποστολή</translation>
    </message>
</context>
<context>
    <name>ConfirmSheet</name>
    <message>
        <location filename="../../qml/Table/ConfirmSheet.qml" line="24" />
        <source>Send this order to the kitchen?</source>
        <translation>Να σταλεί η παραγγελία στην κουζίνα;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Table/ConfirmSheet.qml" line="32" />
        <source>%Ln dish(es), total %1</source>
        <translation>
            <numerusform>%Ln πιάτο, σύνολο %1</numerusform><numerusform>%Ln πιάτα, σύνολο %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConfirmSheet.qml" line="43" />
        <source>Not yet</source>
        <translation>Όχι ακόμα</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConfirmSheet.qml" line="50" />
        <source>Send to kitchen</source>
        <translation>Αποστολή στην κουζίνα</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../qml/Table/ConnectionBanner.qml" line="30" />
        <source>Offline — will send when connected</source>
        <translation>Εκτός σύνδεσης — θα σταλεί μόλις συνδεθεί</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConnectionBanner.qml" line="31" />
        <source>Offline — reconnecting to the restaurant…</source>
        <translation>Εκτός σύνδεσης — επανασύνδεση με το εστιατόριο…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConnectionBanner.qml" line="32" />
        <source>Sending…</source>
        <translation>Αποστολή…</translation>
    </message>
</context>
<context>
    <name>DishCard</name>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="21" />
        <source>%1, sold out</source>
        <translation>%1, εξαντλήθηκε</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="22" />
        <source>%1, longer wait</source>
        <translation>%1, μεγαλύτερη αναμονή</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="66" />
        <source>Sold out</source>
        <translation>Εξαντλήθηκε</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="88" />
        <source>Longer wait</source>
        <translation>Μεγαλύτερη αναμονή</translation>
    </message>
</context>
<context>
    <name>DishSheet</name>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="64" />
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="98" />
        <source>Contains none of the 14 listed allergens.</source>
        <translation>Δεν περιέχει κανένα από τα 14 αλλεργιογόνα της λίστας.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="99" />
        <source>Contains: %1</source>
        <translation>Περιέχει: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="106" />
        <source>The kitchen is busy: this dish will take longer than usual.</source>
        <translation>Η κουζίνα έχει φόρτο: αυτό το πιάτο θα αργήσει περισσότερο από το συνηθισμένο.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="113" />
        <source>Sold out: the kitchen has run out of this dish.</source>
        <translation>Εξαντλήθηκε: η κουζίνα δεν έχει άλλο από αυτό το πιάτο.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="129" />
        <source>For which seat?</source>
        <translation>Για ποια θέση;</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="142" />
        <source>A note to the kitchen (optional)</source>
        <translation>Σημείωση για την κουζίνα (προαιρετικά)</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="143" />
        <source>A note to the kitchen</source>
        <translation>Σημείωση για την κουζίνα</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="188" />
        <source>Please choose: %1</source>
        <translation>Παρακαλώ επιλέξτε: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="205" />
        <source>Add to order</source>
        <translation>Προσθήκη στην παραγγελία</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../qml/Table/ErrorBanner.qml" line="26" />
        <source>Your order was not accepted: %1</source>
        <translation>Η παραγγελία σας δεν έγινε δεκτή: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ErrorBanner.qml" line="33" />
        <source>OK</source>
        <translation>Εντάξει</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../qml/Table/FilterPanel.qml" line="31" />
        <source>Show only</source>
        <translation>Εμφάνιση μόνο</translation>
    </message>
    <message>
        <location filename="../../qml/Table/FilterPanel.qml" line="50" />
        <source>Leave out dishes containing</source>
        <translation>Απόκρυψη πιάτων που περιέχουν</translation>
    </message>
</context>
<context>
    <name>FloorMap</name>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="14" />
        <source>called</source>
        <translation>κλήση</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="15" />
        <source>food ready</source>
        <translation>φαγητό έτοιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="16" />
        <source>bill</source>
        <translation>λογαριασμός</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="17" />
        <source>waiting long</source>
        <translation>περιμένει πολύ</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="18" />
        <source>ordered</source>
        <translation>παρήγγειλε</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="19" />
        <source>seated</source>
        <translation>κάθονται</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="20" />
        <source>free</source>
        <translation>ελεύθερο</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="14" />
        <source>Gluten</source>
        <translation>Γλουτένη</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="15" />
        <source>Crustaceans</source>
        <translation>Καρκινοειδή</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="16" />
        <source>Eggs</source>
        <translation>Αυγά</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="17" />
        <source>Fish</source>
        <translation>Ψάρι</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="18" />
        <source>Peanuts</source>
        <translation>Αράπικα φιστίκια</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="19" />
        <source>Soya</source>
        <translation>Σόγια</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="20" />
        <source>Milk</source>
        <translation>Γάλα</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="21" />
        <source>Tree nuts</source>
        <translation>Ξηροί καρποί</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="22" />
        <source>Celery</source>
        <translation>Σέλινο</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="23" />
        <source>Mustard</source>
        <translation>Μουστάρδα</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="24" />
        <source>Sesame</source>
        <translation>Σουσάμι</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="25" />
        <source>Sulphites</source>
        <translation>Θειώδη</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="26" />
        <source>Lupin</source>
        <translation>Λούπινο</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="27" />
        <source>Molluscs</source>
        <translation>Μαλάκια</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="33" />
        <source>Vegan</source>
        <translation>Vegan</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="34" />
        <source>Vegetarian</source>
        <translation>Χορτοφαγικό</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="35" />
        <source>Gluten-free</source>
        <translation>Χωρίς γλουτένη</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="36" />
        <source>Halal</source>
        <translation>Χαλάλ</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="42" />
        <location filename="../../qml/Ui/Labels.qml" line="64" />
        <source>Sending…</source>
        <translation>Αποστολή…</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="43" />
        <location filename="../../qml/Ui/Labels.qml" line="44" />
        <source>Received</source>
        <translation>Ελήφθη</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="45" />
        <source>Cooking</source>
        <translation>Μαγειρεύεται</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="46" />
        <source>Ready</source>
        <translation>Έτοιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="47" />
        <source>Served</source>
        <translation>Σερβιρίστηκε</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="48" />
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="54" />
        <source>Help</source>
        <translation>Βοήθεια</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="55" />
        <source>Water</source>
        <translation>Νερό</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="56" />
        <source>Cutlery</source>
        <translation>Μαχαιροπίρουνα</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="57" />
        <source>Something else</source>
        <translation>Κάτι άλλο</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="58" />
        <source>The bill</source>
        <translation>Ο λογαριασμός</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="65" />
        <source>Waiting for staff</source>
        <translation>Αναμονή για το προσωπικό</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="66" />
        <source>On the way</source>
        <translation>Έρχεται</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="67" />
        <source>Not sent, try again</source>
        <translation>Δεν στάλθηκε, δοκιμάστε ξανά</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="73" />
        <source>Linen</source>
        <translation>Λινό</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="74" />
        <source>Slate</source>
        <translation>Σχιστόλιθος</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="75" />
        <source>Terrazzo</source>
        <translation>Μωσαϊκό</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="76" />
        <source>Night</source>
        <translation>Νύχτα</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="77" />
        <source>Olive grove</source>
        <translation>Ελαιώνας</translation>
    </message>
</context>
<context>
    <name>LookSheet</name>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="27" />
        <source>Your tablecloth</source>
        <translation>Το τραπεζομάντιλό σας</translation>
    </message>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="35" />
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="80" />
        <source>Large text</source>
        <translation>Μεγάλα γράμματα</translation>
    </message>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="89" />
        <source>High contrast</source>
        <translation>Υψηλή αντίθεση</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Table/Main.qml" line="175" />
        <source>Loading the menu…</source>
        <translation>Φόρτωση του μενού…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/Main.qml" line="176" />
        <source>Connecting to the restaurant…</source>
        <translation>Σύνδεση με το εστιατόριο…</translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="17" />
        <location filename="../../qml/Host/Main.qml" line="35" />
        <source>Floor</source>
        <translation>Σάλα</translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="43" />
        <source>called</source>
        <translation>κλήση</translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="44" />
        <source>food ready</source>
        <translation>φαγητό έτοιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="45" />
        <source>bill</source>
        <translation>λογαριασμός</translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="46" />
        <source>waiting long</source>
        <translation>περιμένει πολύ</translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="47" />
        <source>ordered</source>
        <translation>παρήγγειλε</translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="48" />
        <source>seated</source>
        <translation>κάθονται</translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="49" />
        <source>free</source>
        <translation>ελεύθερο</translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="85" />
        <location filename="../../qml/Kitchen/Main.qml" line="44" />
        <source>● Live</source>
        <translation>● Σε σύνδεση</translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="85" />
        <location filename="../../qml/Kitchen/Main.qml" line="44" />
        <source>▲ Offline — reconnecting</source>
        <translation>▲ Εκτός σύνδεσης — επανασύνδεση</translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="126" />
        <source>Alerts (%1)</source>
        <translation>Ειδοποιήσεις (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/Main.qml" line="128" />
        <source>%n escalated</source>
        <translation>
            <numerusform>%n σε κλιμάκωση</numerusform><numerusform>%n σε κλιμάκωση</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="155" />
        <source>All calm — no alerts</source>
        <translation>Όλα ήσυχα — καμία ειδοποίηση</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/Main.qml" line="16" />
        <source>Kitchen — expo</source>
        <translation>Κουζίνα — πάσο</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/Main.qml" line="16" />
        <source>Kitchen — %1</source>
        <translation>Κουζίνα — %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/Main.qml" line="51" />
        <source>Sold out</source>
        <translation>Εξαντλημένα</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/Main.qml" line="58" />
        <source>Recall (R)</source>
        <translation>Ανάκληση (R)</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/Main.qml" line="115" />
        <source>No open tickets</source>
        <translation>Καμία ανοιχτή παραγγελία</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Kitchen/Main.qml" line="164" />
        <source>%n more ▶</source>
        <translation>
            <numerusform>%n ακόμα ▶</numerusform><numerusform>%n ακόμα ▶</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Kitchen/Main.qml" line="178" />
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n ανοιχτή παραγγελία</numerusform><numerusform>%n ανοιχτές παραγγελίες</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/Main.qml" line="179" />
        <source>● on time   ▲ over %1 min   ■ over %2 min</source>
        <translation>● εντός χρόνου   ▲ πάνω από %1 λεπ.   ■ πάνω από %2 λεπ.</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/Main.qml" line="192" />
        <source>Bump bar: 1–9 select · Enter bump · S start · U undo · R recall</source>
        <translation>Πληκτρολόγιο: 1–9 επιλογή · Enter έτοιμο · S έναρξη · U αναίρεση · R ανάκληση</translation>
    </message>
</context>
<context>
    <name>MenuPage</name>
    <message>
        <location filename="../../qml/Table/MenuPage.qml" line="77" />
        <source>No dishes match your filters.</source>
        <translation>Κανένα πιάτο δεν ταιριάζει με τα φίλτρα σας.</translation>
    </message>
</context>
<context>
    <name>MenuTopBar</name>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="26" />
        <source>Filters (%1)</source>
        <translation>Φίλτρα (%1)</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="27" />
        <source>Filters</source>
        <translation>Φίλτρα</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="34" />
        <source>Call waiter</source>
        <translation>Κλήση σερβιτόρου</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="48" />
        <source>Tablecloth and text size</source>
        <translation>Τραπεζομάντιλο και μέγεθος γραμμάτων</translation>
    </message>
</context>
<context>
    <name>MessageButton</name>
    <message>
        <location filename="../../qml/Table/MessageButton.qml" line="16" />
        <location filename="../../qml/Table/MessageButton.qml" line="18" />
        <source>Message staff</source>
        <translation>Μήνυμα στο προσωπικό</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MessageButton.qml" line="17" />
        <source>Message staff, unread replies: %1</source>
        <translation>Μήνυμα στο προσωπικό, μη αναγνωσμένες απαντήσεις: %1</translation>
    </message>
</context>
<context>
    <name>ModifierGroup</name>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="26" />
        <source>Required</source>
        <translation>Υποχρεωτικό</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="26" />
        <source>Optional</source>
        <translation>Προαιρετικό</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="32" />
        <source>Choose one</source>
        <translation>Επιλέξτε ένα</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="33" />
        <source>Choose %1 to %2</source>
        <translation>Επιλέξτε %1 έως %2</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="34" />
        <source>Choose up to %1</source>
        <translation>Επιλέξτε έως %1</translation>
    </message>
</context>
<context>
    <name>ReadyLineRow</name>
    <message>
        <location filename="../../qml/Host/ReadyLineRow.qml" line="23" />
        <source>Served</source>
        <translation>Σερβιρίστηκε</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ReadyLineRow.qml" line="25" />
        <source>Mark %1 served</source>
        <translation>Σερβιρίστηκε: %1</translation>
    </message>
</context>
<context>
    <name>RecallPanel</name>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="17" />
        <source>Recall — last bumped tickets</source>
        <translation>Ανάκληση — τελευταίες έτοιμες</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="27" />
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="57" />
        <source>T%1</source>
        <translation>Τ%1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="63" />
        <source>Bumped %1</source>
        <translation>Έτοιμο %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="87" />
        <source>Nothing bumped yet</source>
        <translation>Τίποτα έτοιμο ακόμα</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../qml/Table/SearchField.qml" line="14" />
        <location filename="../../qml/Table/SearchField.qml" line="34" />
        <location filename="../../qml/Table/SearchField.qml" line="57" />
        <source>Search the menu</source>
        <translation>Αναζήτηση</translation>
    </message>
</context>
<context>
    <name>SeatPicker</name>
    <message>
        <location filename="../../qml/Table/SeatPicker.qml" line="16" />
        <source>Table</source>
        <translation>Τραπέζι</translation>
    </message>
    <message>
        <location filename="../../qml/Table/SeatPicker.qml" line="16" />
        <source>Seat %1</source>
        <translation>Θέση %1</translation>
    </message>
</context>
<context>
    <name>SoldOutPanel</name>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="20" />
        <source>Sold out</source>
        <translation>Εξαντλημένα</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="59" />
        <source>Mark sold out</source>
        <translation>Εξαντλήθηκε</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="59" />
        <source>✕ Sold out — back</source>
        <translation>✕ Εξαντλήθηκε — επαναφορά</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="62" />
        <source>Mark %1 sold out</source>
        <translation>Εξαντλήθηκε: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="63" />
        <source>Make %1 available again</source>
        <translation>Ξανά διαθέσιμο: %1</translation>
    </message>
</context>
<context>
    <name>SpiceBadge</name>
    <message>
        <location filename="../../qml/Ui/SpiceBadge.qml" line="16" />
        <source>Spicy</source>
        <translation>Πικάντικο</translation>
    </message>
</context>
<context>
    <name>StationBar</name>
    <message>
        <location filename="../../qml/Kitchen/StationBar.qml" line="28" />
        <source>Expo</source>
        <translation>Πάσο</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/StationBar.qml" line="30" />
        <source>▲ BEHIND</source>
        <translation>▲ ΚΑΘΥΣΤΕΡΕΙ</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="38" />
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="52" />
        <source>Seat %1</source>
        <translation>Θέση %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="90" />
        <source>about %1 min</source>
        <translation>περίπου %1 λεπτά</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="91" />
        <source>on its way to you</source>
        <translation>έρχεται σε εσάς</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="33" />
        <source>Your order</source>
        <translation>Η παραγγελία σας</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="41" />
        <source>Sending to the kitchen…</source>
        <translation>Αποστολή στην κουζίνα…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="42" />
        <source>Offline — your order will be sent when the connection is back.</source>
        <translation>Εκτός σύνδεσης — η παραγγελία σας θα σταλεί μόλις επανέλθει η σύνδεση.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="63" />
        <source>Being sent</source>
        <translation>Αποστέλλεται</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="64" />
        <source>Order %1</source>
        <translation>Παραγγελία %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="96" />
        <source>Bill so far</source>
        <translation>Λογαριασμός μέχρι τώρα</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="113" />
        <source>Order more</source>
        <translation>Παραγγείλτε κι άλλο</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="119" />
        <source>Call waiter</source>
        <translation>Κλήση σερβιτόρου</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="132" />
        <source>Request the bill</source>
        <translation>Ζητήστε τον λογαριασμό</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="138" />
        <source>Your bill is on its way.</source>
        <translation>Ο λογαριασμός σας έρχεται.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="139" />
        <source>The bill request was not sent. Please try again.</source>
        <translation>Το αίτημα για τον λογαριασμό δεν στάλθηκε. Δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="140" />
        <source>Bill requested — waiting for staff.</source>
        <translation>Ζητήθηκε ο λογαριασμός — περιμένουμε το προσωπικό.</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../../qml/Ui/Stepper.qml" line="21" />
        <source>Fewer</source>
        <translation>Λιγότερα</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Stepper.qml" line="36" />
        <source>More</source>
        <translation>Περισσότερα</translation>
    </message>
</context>
<context>
    <name>TableShape</name>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="34" />
        <source>Table %1, %2</source>
        <translation>Τραπέζι %1, %2</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="68" />
        <source>%1/%2 seated</source>
        <translation>%1/%2 καθισμένοι</translation>
    </message>
</context>
<context>
    <name>TableSheet</name>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="44" />
        <source>Table %1</source>
        <translation>Τραπέζι %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="54" />
        <source>Free · %1 seats</source>
        <translation>Ελεύθερο · %1 θέσεις</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="69" />
        <source>Fewer guests</source>
        <translation>Λιγότερα άτομα</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/TableSheet.qml" line="53" />
        <location filename="../../qml/Host/TableSheet.qml" line="76" />
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n άτομο</numerusform><numerusform>%n άτομα</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="53" />
        <source>%1 seats</source>
        <translation>%1 θέσεις</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="87" />
        <source>More guests</source>
        <translation>Περισσότερα άτομα</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="92" />
        <source>Seat party</source>
        <translation>Τοποθέτηση παρέας</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="105" />
        <source>🔔 Ready to carry out</source>
        <translation>🔔 Έτοιμα για σερβίρισμα</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="129" />
        <source>All served</source>
        <translation>Σερβιρίστηκαν όλα</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="136" />
        <source>Paid — close table</source>
        <translation>Πληρώθηκε — κλείσιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="145" />
        <source>Back</source>
        <translation>Πίσω</translation>
    </message>
</context>
<context>
    <name>TicketCard</name>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="35" />
        <source>Table %1, order %2</source>
        <translation>Τραπέζι %1, παραγγελία %2</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="67" />
        <source>T%1</source>
        <translation>Τ%1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="156" />
        <source>▼ more</source>
        <translation>▼ περισσότερα</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="156" />
        <source>▲ top</source>
        <translation>▲ αρχή</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="187" />
        <source>Start</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="189" />
        <source>Start table %1</source>
        <translation>Έναρξη τραπεζιού %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="198" />
        <source>Bump</source>
        <translation>Έτοιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="201" />
        <source>Bump table %1</source>
        <translation>Έτοιμο τραπέζι %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="210" />
        <source>↶ Undo</source>
        <translation>↶ Αναίρεση</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="214" />
        <source>Undo bump of table %1</source>
        <translation>Αναίρεση για το τραπέζι %1</translation>
    </message>
</context>
<context>
    <name>TicketLine</name>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="60" />
        <source>✓ bumped</source>
        <translation>✓ έτοιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="61" />
        <source>✓ ready</source>
        <translation>✓ έτοιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="62" />
        <source>🔥 cooking</source>
        <translation>🔥 μαγειρεύεται</translation>
    </message>
</context>
<context>
    <name>TicketTimer</name>
    <message>
        <location filename="../../qml/Kitchen/TicketTimer.qml" line="45" />
        <source>LATE</source>
        <translation>ΑΡΓΕΙ</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketTimer.qml" line="45" />
        <source>WAIT</source>
        <translation>ΑΝΑΜΟΝΗ</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../qml/Table/WelcomePage.qml" line="14" />
        <location filename="../../qml/Table/WelcomePage.qml" line="66" />
        <source>Touch to start</source>
        <translation>Αγγίξτε για να ξεκινήσετε</translation>
    </message>
    <message>
        <location filename="../../qml/Table/WelcomePage.qml" line="26" />
        <source>Welcome</source>
        <translation>Καλώς ήρθατε</translation>
    </message>
</context>
<context>
    <name>tableside::TableScreen</name>
    <message>
        <location filename="../../app/screens/tablescreen_orders.cpp" line="36" />
        <source>This screen cannot send orders: it has no outbox.</source>
        <translation>Αυτή η οθόνη δεν μπορεί να στείλει παραγγελίες: δεν έχει ουρά αποστολής.</translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="20" />
        <source>Could we have more bread?</source>
        <translation>Μπορούμε να έχουμε λίγο ψωμί ακόμα;</translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="21" />
        <source>Could we have some more water?</source>
        <translation>Μπορούμε να έχουμε λίγο νερό ακόμα;</translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="22" />
        <source>Could we have the dessert menu?</source>
        <translation>Μπορούμε να δούμε τον κατάλογο με τα γλυκά;</translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="23" />
        <source>Is our food on its way?</source>
        <translation>Έρχεται το φαγητό μας;</translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="24" />
        <source>Could we have some napkins?</source>
        <translation>Μπορούμε να έχουμε μερικές χαρτοπετσέτες;</translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="25" />
        <source>Thank you!</source>
        <translation>Ευχαριστούμε!</translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="70" />
        <source>That message is too long: at most %1 characters.</source>
        <translation>Το μήνυμα είναι πολύ μεγάλο: έως %1 χαρακτήρες.</translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="75" />
        <source>This screen cannot send messages: it has no outbox.</source>
        <translation>Αυτή η οθόνη δεν μπορεί να στείλει μηνύματα: δεν έχει ουρά αποστολής.</translation>
    </message>
</context>
</TS>
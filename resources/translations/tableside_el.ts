<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="el">
<context>
    <name>AlertCard</name>
    <message numerus="yes">
        <location filename="../../qml/Host/AlertCard.qml" line="20" />
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>Νέο μήνυμα</numerusform><numerusform>%Ln νέα μηνύματα</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="21" />
        <source>Food ready</source>
        <translation>Φαγητό έτοιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="22" />
        <source>Bill requested</source>
        <translation>Ζητήθηκε λογαριασμός</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="23" />
        <source>Water, please</source>
        <translation>Νερό, παρακαλώ</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="24" />
        <source>Cutlery, please</source>
        <translation>Μαχαιροπίρουνα, παρακαλώ</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="25" />
        <location filename="../../qml/Host/AlertCard.qml" line="26" />
        <source>Waiter called</source>
        <translation>Κλήση σερβιτόρου</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="68" />
        <source>T%1</source>
        <translation>Τ%1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="94" />
        <source>ESCALATED · waiting at the pass %1</source>
        <translation>ΚΛΙΜΑΚΩΣΗ · περιμένει στο πάσο %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="96" />
        <source>ESCALATED · %1 ago</source>
        <translation>ΚΛΙΜΑΚΩΣΗ · πριν %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="95" />
        <source>waiting at the pass %1</source>
        <translation>περιμένει στο πάσο %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="96" />
        <source>%1 ago</source>
        <translation>πριν %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="141" />
        <source>Served ✓</source>
        <translation>Σερβιρίστηκε ✓</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="141" />
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="142" />
        <source>On my way</source>
        <translation>Έρχομαι</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="144" />
        <source>Mark table %1's food served</source>
        <translation>Σερβιρίστηκε το φαγητό του τραπεζιού %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="145" />
        <source>Open table %1's messages</source>
        <translation>Άνοιγμα μηνυμάτων τραπεζιού %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="146" />
        <source>Acknowledge table %1</source>
        <translation>Επιβεβαίωση τραπεζιού %1</translation>
    </message>
</context>
<context>
    <name>AllDayPanel</name>
    <message>
        <location filename="../../qml/Kitchen/AllDayPanel.qml" line="18" />
        <source>All day</source>
        <translation>Σύνολο ημέρας</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/AllDayPanel.qml" line="71" />
        <source>Nothing open</source>
        <translation>Τίποτα ανοιχτό</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <location filename="../../qml/Table/CallList.qml" line="46" />
        <source>Still waiting — we have reminded the staff.</source>
        <translation>Ακόμα σε αναμονή — υπενθυμίσαμε στο προσωπικό.</translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <location filename="../../qml/Table/CallSheet.qml" line="26" />
        <source>Call a waiter</source>
        <translation>Καλέστε σερβιτόρο</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CallSheet.qml" line="34" />
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
</context>
<context>
    <name>CartLineDelegate</name>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="77" />
        <source>Note: %1</source>
        <translation>Σημείωση: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="88" />
        <source>Sold out: remove it to place the order</source>
        <translation>Εξαντλήθηκε: αφαιρέστε το για να στείλετε την παραγγελία</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="98" />
        <source>No longer on the menu: remove it to place the order</source>
        <translation>Δεν υπάρχει πια στο μενού: αφαιρέστε το για να στείλετε την παραγγελία</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="114" />
        <source>The price is now %1 each, not %2.</source>
        <translation>Η τιμή είναι τώρα %1 το ένα, όχι %2.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="127" />
        <source>Keep it</source>
        <translation>Το κρατάω</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="128" />
        <source>Keep this dish at its new price</source>
        <translation>Διατήρηση του πιάτου με τη νέα τιμή</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="158" />
        <source>Seat %1</source>
        <translation>Θέση %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="159" />
        <source>Table</source>
        <translation>Τραπέζι</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="160" />
        <source>Choose the seat for this dish</source>
        <translation>Επιλέξτε θέση για αυτό το πιάτο</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="171" />
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="36" />
        <source>Your order</source>
        <translation>Η παραγγελία σας</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="47" />
        <source>Order status</source>
        <translation>Πορεία παραγγελίας</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="56" />
        <source>The menu has just changed: check the marked dishes before you order.</source>
        <translation>Το μενού μόλις άλλαξε: ελέγξτε τα σημειωμένα πιάτα πριν παραγγείλετε.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="88" />
        <source>Nothing here yet</source>
        <translation>Τίποτα ακόμα εδώ</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="96" />
        <source>Tap a dish to add it. Everyone at the table can add to this order.</source>
        <translation>Πατήστε ένα πιάτο για να το προσθέσετε. Όλοι στο τραπέζι μπορούν να προσθέσουν σε αυτή την παραγγελία.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="111" />
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="128" />
        <source>Place order</source>
        <translation>Υποβολή παραγγελίας</translation>
    </message>
</context>
<context>
    <name>CategoryList</name>
    <message>
        <location filename="../../qml/Owner/CategoryList.qml" line="27" />
        <source>Categories</source>
        <translation>Κατηγορίες</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryList.qml" line="85" />
        <source>Hidden</source>
        <translation>Σε απόκρυψη</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryList.qml" line="90" />
        <source>Translation missing</source>
        <translation>Λείπει μετάφραση</translation>
    </message>
</context>
<context>
    <name>ChatBubble</name>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="52" />
        <source>Sending…</source>
        <translation>Αποστολή…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="52" />
        <source>Offline — will send when connected</source>
        <translation>Εκτός σύνδεσης — θα σταλεί μόλις συνδεθεί</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="53" />
        <source>You · %1</source>
        <translation>Εσείς · %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="53" />
        <source>Staff · %1</source>
        <translation>Προσωπικό · %1</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="17" />
        <source>💬 Messages</source>
        <translation>💬 Μηνύματα</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="62" />
        <source>Staff · %1</source>
        <translation>Προσωπικό · %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="62" />
        <source>Table · %1</source>
        <translation>Τραπέζι · %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="71" />
        <source>No messages from this table.</source>
        <translation>Κανένα μήνυμα από αυτό το τραπέζι.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="82" />
        <location filename="../../qml/Host/ChatPanel.qml" line="83" />
        <source>Answer table %1</source>
        <translation>Απάντηση στο τραπέζι %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="98" />
        <source>Send</source>
        <translation>Αποστολή</translation>
    </message>
</context>
<context>
    <name>ChatSheet</name>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="38" />
        <source>Message staff</source>
        <translation>Μήνυμα στο προσωπικό</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="46" />
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="54" />
        <source>Offline — your messages will be sent when the connection is back.</source>
        <translation>Εκτός σύνδεσης — τα μηνύματά σας θα σταλούν μόλις επανέλθει η σύνδεση.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="87" />
        <source>Write to the staff, or tap a quick message below. A waiter will answer here.</source>
        <translation>Γράψτε στο προσωπικό ή πατήστε ένα έτοιμο μήνυμα παρακάτω. Ένας σερβιτόρος θα απαντήσει εδώ.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="124" />
        <source>Write a message</source>
        <translation>Γράψτε ένα μήνυμα</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="125" />
        <source>Write a message to the staff</source>
        <translation>Γράψτε ένα μήνυμα στο προσωπικό</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="146" />
        <source>Send</source>
        <translation>Αποστολή</translation>
    </message>
</context>
<context>
    <name>ConfirmSheet</name>
    <message>
        <location filename="../../qml/Table/ConfirmSheet.qml" line="25" />
        <source>Send this order to the kitchen?</source>
        <translation>Να σταλεί η παραγγελία στην κουζίνα;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Table/ConfirmSheet.qml" line="33" />
        <source>%Ln dish(es), total %1</source>
        <translation>
            <numerusform>%Ln πιάτο, σύνολο %1</numerusform><numerusform>%Ln πιάτα, σύνολο %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConfirmSheet.qml" line="44" />
        <source>Not yet</source>
        <translation>Όχι ακόμα</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConfirmSheet.qml" line="51" />
        <source>Send to kitchen</source>
        <translation>Αποστολή στην κουζίνα</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../qml/Table/ConnectionBanner.qml" line="31" />
        <source>Offline — will send when connected</source>
        <translation>Εκτός σύνδεσης — θα σταλεί μόλις συνδεθεί</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConnectionBanner.qml" line="32" />
        <source>Offline — reconnecting to the restaurant…</source>
        <translation>Εκτός σύνδεσης — επανασύνδεση με το εστιατόριο…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConnectionBanner.qml" line="33" />
        <source>Sending…</source>
        <translation>Αποστολή…</translation>
    </message>
</context>
<context>
    <name>DeviceGate</name>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="92" />
        <source>Pairing code from staff</source>
        <translation>Κωδικός σύζευξης από το προσωπικό</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="97" />
        <source>Pair this screen</source>
        <translation>Σύζευξη οθόνης</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="107" />
        <source>This screen is not paired with the restaurant yet. Ask staff for a pairing code and enter it here.</source>
        <translation>Αυτή η οθόνη δεν έχει συζευχθεί ακόμη με το εστιατόριο. Ζητήστε κωδικό σύζευξης από το προσωπικό και πληκτρολογήστε τον εδώ.</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="111" />
        <source>This pairing code is wrong, used or expired. Ask staff for a new code and enter it here.</source>
        <translation>Αυτός ο κωδικός σύζευξης είναι λάθος, χρησιμοποιημένος ή έχει λήξει. Ζητήστε νέο κωδικό από το προσωπικό και πληκτρολογήστε τον εδώ.</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="114" />
        <source>This pairing code is wrong, used or expired. Ask staff for a new code, then start this screen with it.</source>
        <translation>Αυτός ο κωδικός σύζευξης είναι λάθος, χρησιμοποιημένος ή έχει λήξει. Ζητήστε νέο κωδικό από το προσωπικό και ξεκινήστε ξανά αυτή την οθόνη με αυτόν.</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="119" />
        <source>The restaurant no longer knows this screen. Ask staff for a new pairing code and enter it here.</source>
        <translation>Το εστιατόριο δεν αναγνωρίζει πια αυτή την οθόνη. Ζητήστε νέο κωδικό σύζευξης από το προσωπικό και πληκτρολογήστε τον εδώ.</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="122" />
        <source>The restaurant no longer knows this screen. Ask staff for a new pairing code, then start this screen with it.</source>
        <translation>Το εστιατόριο δεν αναγνωρίζει πια αυτή την οθόνη. Ζητήστε νέο κωδικό σύζευξης από το προσωπικό και ξεκινήστε ξανά αυτή την οθόνη με αυτόν.</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="127" />
        <source>This screen runs another version of Tableside than the restaurant. Ask staff to update it.</source>
        <translation>Αυτή η οθόνη τρέχει άλλη έκδοση του Tableside από το εστιατόριο. Ζητήστε από το προσωπικό να την ενημερώσει.</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="131" />
        <source>This screen was paired as another kind of device. Ask staff for a pairing code made for this screen.</source>
        <translation>Αυτή η οθόνη συζεύχθηκε ως άλλο είδος συσκευής. Ζητήστε από το προσωπικό κωδικό σύζευξης για αυτή την οθόνη.</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="135" />
        <source>This screen was paired with table %1, not table %2. Ask staff for a pairing code for this table.</source>
        <translation>Αυτή η οθόνη συζεύχθηκε με το τραπέζι %1, όχι με το τραπέζι %2. Ζητήστε από το προσωπικό κωδικό σύζευξης για αυτό το τραπέζι.</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="140" />
        <source>The restaurant turned this screen away. Ask staff for help.</source>
        <translation>Το εστιατόριο απέρριψε αυτή την οθόνη. Ζητήστε βοήθεια από το προσωπικό.</translation>
    </message>
</context>
<context>
    <name>DishCard</name>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="25" />
        <source>%1, sold out</source>
        <translation>%1, εξαντλήθηκε</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="26" />
        <source>%1, longer wait</source>
        <translation>%1, μεγαλύτερη αναμονή</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="70" />
        <source>Sold out</source>
        <translation>Εξαντλήθηκε</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="103" />
        <source>Longer wait</source>
        <translation>Μεγαλύτερη αναμονή</translation>
    </message>
</context>
<context>
    <name>DishFormPage</name>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="25" />
        <source>Dish “%1”</source>
        <translation>Πιάτο «%1»</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="38" />
        <source>Discard changes</source>
        <translation>Απόρριψη αλλαγών</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="38" />
        <source>Back</source>
        <translation>Πίσω</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="44" />
        <source>Save to draft</source>
        <translation>Αποθήκευση στο πρόχειρο</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="75" />
        <location filename="../../qml/Owner/DishFormPage.qml" line="84" />
        <source>Price</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="97" />
        <source>Course</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="108" />
        <source>Kitchen station</source>
        <translation>Πάγκος κουζίνας</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="119" />
        <source>Spice</source>
        <translation>Πόσο καυτερό</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="130" />
        <source>Allergens</source>
        <translation>Αλλεργιογόνα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="139" />
        <source>Dietary</source>
        <translation>Διατροφή</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="149" />
        <source>Hidden from the tables</source>
        <translation>Κρυφό από τα τραπέζια</translation>
    </message>
</context>
<context>
    <name>DishList</name>
    <message>
        <location filename="../../qml/Owner/DishList.qml" line="19" />
        <source>Dishes</source>
        <translation>Πιάτα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishList.qml" line="74" />
        <source>Hidden</source>
        <translation>Σε απόκρυψη</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishList.qml" line="79" />
        <source>Translation missing</source>
        <translation>Λείπει μετάφραση</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/DishList.qml" line="83" />
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n πρόβλημα</numerusform><numerusform>%n προβλήματα</numerusform></translation>
    </message>
</context>
<context>
    <name>DishSheet</name>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="80" />
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="116" />
        <source>The kitchen is busy: this dish will take longer than usual.</source>
        <translation>Η κουζίνα έχει φόρτο: αυτό το πιάτο θα αργήσει περισσότερο από το συνηθισμένο.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="125" />
        <source>Sold out: the kitchen has run out of this dish.</source>
        <translation>Εξαντλήθηκε: η κουζίνα δεν έχει άλλο από αυτό το πιάτο.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="141" />
        <source>For which seat?</source>
        <translation>Για ποια θέση;</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="154" />
        <source>A note to the kitchen (optional)</source>
        <translation>Σημείωση για την κουζίνα (προαιρετικά)</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="155" />
        <source>A note to the kitchen</source>
        <translation>Σημείωση για την κουζίνα</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="200" />
        <source>Please choose: %1</source>
        <translation>Παρακαλώ επιλέξτε: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="232" />
        <source>Add to order</source>
        <translation>Προσθήκη στην παραγγελία</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../qml/Table/ErrorBanner.qml" line="37" />
        <source>OK</source>
        <translation>Εντάξει</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../qml/Table/FilterChips.qml" line="19" />
        <source>Show only</source>
        <translation>Εμφάνιση μόνο</translation>
    </message>
    <message>
        <location filename="../../qml/Table/FilterChips.qml" line="44" />
        <source>Leave out dishes containing</source>
        <translation>Απόκρυψη πιάτων που περιέχουν</translation>
    </message>
</context>
<context>
    <name>FloorWindow</name>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="17" />
        <location filename="../../qml/Host/FloorWindow.qml" line="41" />
        <source>Floor</source>
        <translation>Σάλα</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="58" />
        <source>+ Add a device</source>
        <translation>+ Νέα συσκευή</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="60" />
        <source>Add a device</source>
        <translation>Προσθήκη συσκευής</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="69" />
        <source>● Live</source>
        <translation>● Σε σύνδεση</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="69" />
        <source>▲ Offline — reconnecting</source>
        <translation>▲ Εκτός σύνδεσης — επανασύνδεση</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/FloorWindow.qml" line="101" />
        <source>Alerts (%1) · %Ln escalated</source>
        <translation>
            <numerusform>Ειδοποιήσεις (%1) · %Ln κλιμάκωση</numerusform><numerusform>Ειδοποιήσεις (%1) · %Ln κλιμακώσεις</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="103" />
        <source>Alerts (%1)</source>
        <translation>Ειδοποιήσεις (%1)</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="132" />
        <source>All calm — no alerts</source>
        <translation>Όλα ήσυχα — καμία ειδοποίηση</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../qml/Owner/HistoryPage.qml" line="60" />
        <source>On the tables now</source>
        <translation>Στα τραπέζια τώρα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/HistoryPage.qml" line="79" />
        <source>Every table will show version %1 again. Roll back?</source>
        <translation>Όλα τα τραπέζια θα δείχνουν ξανά την έκδοση %1. Επαναφορά;</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/HistoryPage.qml" line="95" />
        <source>Roll back</source>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/HistoryPage.qml" line="101" />
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/HistoryPage.qml" line="108" />
        <source>Roll back to version %1</source>
        <translation>Επαναφορά στην έκδοση %1</translation>
    </message>
</context>
<context>
    <name>KitchenWindow</name>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="17" />
        <source>Kitchen — expo</source>
        <translation>Κουζίνα — πάσο</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="18" />
        <source>Kitchen — %1</source>
        <translation>Κουζίνα — %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="53" />
        <source>● Live</source>
        <translation>● Σε σύνδεση</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="53" />
        <source>▲ Offline — reconnecting</source>
        <translation>▲ Εκτός σύνδεσης — επανασύνδεση</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="60" />
        <source>Sold out</source>
        <translation>Εξαντλήθηκε</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="67" />
        <source>Recall (R)</source>
        <translation>Ανάκληση (R)</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="123" />
        <source>No open tickets</source>
        <translation>Καμία ανοιχτή παραγγελία</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="172" />
        <source>%n more ▶</source>
        <translation>
            <numerusform>%Ln ακόμα ▶</numerusform><numerusform>%Ln ακόμα ▶</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="186" />
        <source>%n open ticket(s)   ·   ● on time   ▲ over %1 min   ■ over %2 min</source>
        <translation>
            <numerusform>%Ln ανοιχτή παραγγελία   ·   ● εντός χρόνου   ▲ πάνω από %1 λεπ.   ■ πάνω από %2 λεπ.</numerusform><numerusform>%Ln ανοιχτές παραγγελίες   ·   ● εντός χρόνου   ▲ πάνω από %1 λεπ.   ■ πάνω από %2 λεπ.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="201" />
        <source>Bump bar: 1–9 select · Enter bump · S start · U undo · R recall</source>
        <translation>Πληκτρολόγιο: 1–9 επιλογή · Enter έτοιμο · S έναρξη · U αναίρεση · R ανάκληση</translation>
    </message>
</context>
<context>
    <name>KitchenWords</name>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="10" />
        <source>Expo</source>
        <translation>Πάσο</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="11" />
        <source>Grill</source>
        <translation>Ψησταριά</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="12" />
        <source>Hot</source>
        <translation>Ζεστή</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="13" />
        <source>Cold</source>
        <translation>Κρύα</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="14" />
        <source>Bar</source>
        <translation>Μπαρ</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="15" />
        <source>Dessert</source>
        <translation>Γλυκά</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="16" />
        <source>Pastry</source>
        <translation>Ζαχαροπλαστική</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="17" />
        <source>Fryer</source>
        <translation>Φριτέζα</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="18" />
        <source>Pizza</source>
        <translation>Πίτσα</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="19" />
        <source>Sushi</source>
        <translation>Σούσι</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="10" />
        <source>Vegan</source>
        <translation>Vegan</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="11" />
        <source>Vegetarian</source>
        <translation>Χορτοφαγικό</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="12" />
        <source>Gluten-free</source>
        <translation>Χωρίς γλουτένη</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="13" />
        <source>Halal</source>
        <translation>Χαλάλ</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="19" />
        <location filename="../../qml/Ui/Labels.qml" line="41" />
        <source>Sending…</source>
        <translation>Αποστολή…</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="20" />
        <location filename="../../qml/Ui/Labels.qml" line="21" />
        <source>Received</source>
        <translation>Ελήφθη</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="22" />
        <source>Cooking</source>
        <translation>Μαγειρεύεται</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="23" />
        <source>Ready</source>
        <translation>Έτοιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="24" />
        <source>Served</source>
        <translation>Σερβιρίστηκε</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="25" />
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="31" />
        <source>Help</source>
        <translation>Βοήθεια</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="32" />
        <source>Water</source>
        <translation>Νερό</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="33" />
        <source>Cutlery</source>
        <translation>Μαχαιροπίρουνα</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="34" />
        <source>Something else</source>
        <translation>Κάτι άλλο</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="35" />
        <source>The bill</source>
        <translation>Ο λογαριασμός</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="42" />
        <source>Waiting for staff</source>
        <translation>Αναμονή για το προσωπικό</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="43" />
        <source>On the way</source>
        <translation>Έρχεται</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="44" />
        <source>Not sent, try again</source>
        <translation>Δεν στάλθηκε, δοκιμάστε ξανά</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="50" />
        <source>Linen</source>
        <translation>Λινό</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="51" />
        <source>Slate</source>
        <translation>Σχιστόλιθος</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="52" />
        <source>Terrazzo</source>
        <translation>Μωσαϊκό</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="53" />
        <source>Night</source>
        <translation>Νύχτα</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="54" />
        <source>Olive grove</source>
        <translation>Ελαιώνας</translation>
    </message>
</context>
<context>
    <name>LanguageTexts</name>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="36" />
        <source>Default language</source>
        <translation>Προεπιλεγμένη γλώσσα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="41" />
        <source>Translation missing</source>
        <translation>Λείπει μετάφραση</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="45" />
        <source>Name needed</source>
        <translation>Χρειάζεται όνομα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="54" />
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="57" />
        <source>Name in %1</source>
        <translation>Όνομα στη γλώσσα %1</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="70" />
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="77" />
        <source>Description in %1</source>
        <translation>Περιγραφή στη γλώσσα %1</translation>
    </message>
</context>
<context>
    <name>LegendEntry</name>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="15" />
        <source>%1 called</source>
        <translation>%1 κάλεσαν</translation>
    </message>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="16" />
        <source>%1 food ready</source>
        <translation>%1 φαγητό έτοιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="17" />
        <source>%1 bill</source>
        <translation>%1 λογαριασμός</translation>
    </message>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="18" />
        <source>%1 waiting long</source>
        <translation>%1 περιμένουν πολύ</translation>
    </message>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="19" />
        <source>%1 ordered</source>
        <translation>%1 παρήγγειλαν</translation>
    </message>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="20" />
        <source>%1 seated</source>
        <translation>%1 κάθονται</translation>
    </message>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="21" />
        <source>%1 free</source>
        <translation>%1 ελεύθερα</translation>
    </message>
</context>
<context>
    <name>LookSheet</name>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="28" />
        <source>Your tablecloth</source>
        <translation>Το τραπεζομάντιλό σας</translation>
    </message>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="36" />
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="46" />
        <source>Large text</source>
        <translation>Μεγάλα γράμματα</translation>
    </message>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="55" />
        <source>High contrast</source>
        <translation>Υψηλή αντίθεση</translation>
    </message>
</context>
<context>
    <name>MenuPage</name>
    <message>
        <location filename="../../qml/Table/MenuPage.qml" line="137" />
        <source>No dishes match your filters.</source>
        <translation>Κανένα πιάτο δεν ταιριάζει με τα φίλτρα σας.</translation>
    </message>
</context>
<context>
    <name>MenuTopBar</name>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="29" />
        <location filename="../../qml/Table/MenuTopBar.qml" line="48" />
        <source>Filters (%1)</source>
        <translation>Φίλτρα (%1)</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="49" />
        <source>Filters</source>
        <translation>Φίλτρα</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="56" />
        <source>Call waiter</source>
        <translation>Κλήση σερβιτόρου</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="70" />
        <source>Tablecloth and text size</source>
        <translation>Τραπεζομάντιλο και μέγεθος γραμμάτων</translation>
    </message>
</context>
<context>
    <name>MessageButton</name>
    <message>
        <location filename="../../qml/Table/MessageButton.qml" line="17" />
        <location filename="../../qml/Table/MessageButton.qml" line="19" />
        <source>Message staff</source>
        <translation>Μήνυμα στο προσωπικό</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MessageButton.qml" line="18" />
        <source>Message staff, unread replies: %1</source>
        <translation>Μήνυμα στο προσωπικό, μη αναγνωσμένες απαντήσεις: %1</translation>
    </message>
</context>
<context>
    <name>ModifierGroup</name>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="65" />
        <source>Required</source>
        <translation>Υποχρεωτικό</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="65" />
        <source>Optional</source>
        <translation>Προαιρετικό</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="93" />
        <source>Choose one</source>
        <translation>Επιλέξτε ένα</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="94" />
        <source>Choose %1 to %2</source>
        <translation>Επιλέξτε %1 έως %2</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="95" />
        <source>Choose up to %1</source>
        <translation>Επιλέξτε έως %1</translation>
    </message>
</context>
<context>
    <name>OrderedLines</name>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="49" />
        <source>sent</source>
        <translation>στάλθηκε</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="50" />
        <source>accepted</source>
        <translation>έγινε δεκτό</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="51" />
        <source>cooking</source>
        <translation>μαγειρεύεται</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="52" />
        <source>ready</source>
        <translation>έτοιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="53" />
        <source>served</source>
        <translation>σερβιρίστηκε</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="17" />
        <source>Ordered</source>
        <translation>Παραγγελίες</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="25" />
        <source>Nothing ordered yet.</source>
        <translation>Τίποτα δεν παραγγέλθηκε ακόμα.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="67" />
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="96" />
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
</context>
<context>
    <name>OwnerWindow</name>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="17" />
        <source>Menu editor</source>
        <translation>Επεξεργασία μενού</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="44" />
        <source>Publish history</source>
        <translation>Ιστορικό δημοσιεύσεων</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="44" />
        <source>Menu draft</source>
        <translation>Πρόχειρο μενού</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="54" />
        <source>Offline: changes wait until the hub is back.</source>
        <translation>Εκτός σύνδεσης: οι αλλαγές περιμένουν ώσπου να επανέλθει ο διακομιστής.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="68" />
        <source>Undo</source>
        <translation>Αναίρεση</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="74" />
        <source>Back to the menu</source>
        <translation>Πίσω στο μενού</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="74" />
        <source>History</source>
        <translation>Ιστορικό</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="81" />
        <source>Publish</source>
        <translation>Δημοσίευση</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="87" />
        <source>Lock</source>
        <translation>Κλείδωμα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="126" />
        <source>Dismiss</source>
        <translation>Απόκρυψη μηνύματος</translation>
    </message>
</context>
<context>
    <name>PairingContent</name>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="16" />
        <source>Table</source>
        <translation>Τραπέζι</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="17" />
        <source>Kitchen</source>
        <translation>Κουζίνα</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="18" />
        <source>Floor</source>
        <translation>Σάλα</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="19" />
        <source>Owner</source>
        <translation>Ιδιοκτήτης</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="27" />
        <source>Grill</source>
        <translation>Ψησταριά</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="28" />
        <source>Hot</source>
        <translation>Ζεστή</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="29" />
        <source>Cold</source>
        <translation>Κρύα</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="30" />
        <source>Bar</source>
        <translation>Μπαρ</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="31" />
        <source>Dessert</source>
        <translation>Γλυκά</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="32" />
        <source>Pastry</source>
        <translation>Ζαχαροπλαστική</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="33" />
        <source>Fryer</source>
        <translation>Φριτέζα</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="34" />
        <source>Pizza</source>
        <translation>Πίτσα</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="35" />
        <source>Sushi</source>
        <translation>Σούσι</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="43" />
        <source>A screen for table %1</source>
        <translation>Οθόνη για το τραπέζι %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="44" />
        <source>A kitchen display for the expo (all stations)</source>
        <translation>Οθόνη κουζίνας για το πάσο (όλοι οι πάγκοι)</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="45" />
        <source>A kitchen display for the %1 station</source>
        <translation>Οθόνη κουζίνας για τον πάγκο: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="46" />
        <source>A floor screen for waiters</source>
        <translation>Οθόνη σάλας για σερβιτόρους</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="47" />
        <source>An owner's screen</source>
        <translation>Οθόνη ιδιοκτήτη</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="59" />
        <source>Add a device</source>
        <translation>Προσθήκη συσκευής</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="70" />
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="84" />
        <source>Enter your staff PIN (a host's or the owner's).</source>
        <translation>Πληκτρολογήστε τον PIN σας (σερβιτόρου ή ιδιοκτήτη).</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="104" />
        <source>That PIN is not right. Try again.</source>
        <translation>Ο PIN δεν είναι σωστός. Δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="106" />
        <source>Too many wrong PINs: the PIN is locked. Try again in %1.</source>
        <translation>Πάρα πολλοί λάθος PIN: ο PIN κλειδώθηκε. Δοκιμάστε ξανά σε %1.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="131" />
        <source>Next</source>
        <translation>Επόμενο</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="136" />
        <source>Delete a digit</source>
        <translation>Διαγραφή ψηφίου</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="158" />
        <source>What is the new screen for?</source>
        <translation>Για τι είναι η νέα οθόνη;</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="191" />
        <source>Previous table</source>
        <translation>Προηγούμενο τραπέζι</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="199" />
        <source>Table %1</source>
        <translation>Τραπέζι %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="210" />
        <source>Next table</source>
        <translation>Επόμενο τραπέζι</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="226" />
        <source>Expo (all)</source>
        <translation>Πάσο (όλα)</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="240" />
        <source>Only the owner's PIN can pair an owner's screen.</source>
        <translation>Μόνο ο PIN του ιδιοκτήτη συζευγνύει οθόνη ιδιοκτήτη.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="242" />
        <source>Offline — a code can be made once the connection is back.</source>
        <translation>Εκτός σύνδεσης — ο κωδικός θα γίνει μόλις επανέλθει η σύνδεση.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="243" />
        <source>No code was made. Try again.</source>
        <translation>Δεν δημιουργήθηκε κωδικός. Δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="253" />
        <source>Making the code…</source>
        <translation>Δημιουργία κωδικού…</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="253" />
        <source>Make the code</source>
        <translation>Δημιουργία κωδικού</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="260" />
        <source>Another PIN</source>
        <translation>Άλλος PIN</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="286" />
        <source>QR code of the pairing code</source>
        <translation>Κωδικός QR του κωδικού σύζευξης</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="314" />
        <source>Expired: make another code.</source>
        <translation>Έληξε: δημιουργήστε νέο κωδικό.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="315" />
        <source>Valid until %1 · %2 left</source>
        <translation>Ισχύει ως τις %1 · απομένουν %2</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="323" />
        <source>On the new screen, type this code or scan it. It works once.</source>
        <translation>Στη νέα οθόνη, πληκτρολογήστε ή σαρώστε αυτόν τον κωδικό. Ισχύει μία φορά.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="335" />
        <source>Done</source>
        <translation>Τέλος</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="341" />
        <source>Make another</source>
        <translation>Άλλος κωδικός</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message numerus="yes">
        <location filename="../../qml/Owner/ProblemList.qml" line="29" />
        <source>%n problem(s) to fix before publishing</source>
        <translation>
            <numerusform>%n πρόβλημα να διορθωθεί πριν από τη δημοσίευση</numerusform><numerusform>%n προβλήματα να διορθωθούν πριν από τη δημοσίευση</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ProblemList.qml" line="30" />
        <source>Nothing stops publishing.</source>
        <translation>Τίποτα δεν εμποδίζει τη δημοσίευση.</translation>
    </message>
</context>
<context>
    <name>ReadyLineRow</name>
    <message>
        <location filename="../../qml/Host/ReadyLineRow.qml" line="20" />
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ReadyLineRow.qml" line="27" />
        <source>Served</source>
        <translation>Σερβιρίστηκε</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ReadyLineRow.qml" line="29" />
        <source>Mark %1 served</source>
        <translation>Σερβιρίστηκε: %1</translation>
    </message>
</context>
<context>
    <name>ReadyLines</name>
    <message>
        <location filename="../../qml/Host/ReadyLines.qml" line="15" />
        <source>🔔 Ready to carry out</source>
        <translation>🔔 Έτοιμα για σερβίρισμα</translation>
    </message>
</context>
<context>
    <name>RecallPanel</name>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="21" />
        <source>Recall — last bumped tickets</source>
        <translation>Ανάκληση — τελευταίες έτοιμες</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="33" />
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="65" />
        <source>T%1  #%2</source>
        <translation>Τ%1  #%2</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="72" />
        <source>Bumped %1</source>
        <translation>Έτοιμο %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="106" />
        <source>Nothing bumped yet</source>
        <translation>Τίποτα έτοιμο ακόμα</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../qml/Table/SearchField.qml" line="18" />
        <location filename="../../qml/Table/SearchField.qml" line="40" />
        <location filename="../../qml/Table/SearchField.qml" line="63" />
        <source>Search the menu</source>
        <translation>Αναζήτηση</translation>
    </message>
</context>
<context>
    <name>SeatPicker</name>
    <message>
        <location filename="../../qml/Table/SeatPicker.qml" line="21" />
        <source>Table</source>
        <translation>Τραπέζι</translation>
    </message>
    <message>
        <location filename="../../qml/Table/SeatPicker.qml" line="21" />
        <source>Seat %1</source>
        <translation>Θέση %1</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../qml/Owner/SignInPanel.qml" line="21" />
        <source>Menu editor</source>
        <translation>Επεξεργασία μενού</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SignInPanel.qml" line="29" />
        <source>Enter an owner's PIN to change the menu.</source>
        <translation>Πληκτρολογήστε τον PIN ιδιοκτήτη για να αλλάξετε το μενού.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SignInPanel.qml" line="48" />
        <source>Checking the PIN…</source>
        <translation>Έλεγχος του PIN…</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SignInPanel.qml" line="75" />
        <source>Sign in</source>
        <translation>Είσοδος</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SignInPanel.qml" line="79" />
        <source>Delete a digit</source>
        <translation>Διαγραφή ψηφίου</translation>
    </message>
</context>
<context>
    <name>SoldOutPanel</name>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="29" />
        <source>Sold out</source>
        <translation>Εξαντλήθηκε</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="71" />
        <source>Mark sold out</source>
        <translation>Εξαντλήθηκε</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="71" />
        <source>✕ Sold out — back</source>
        <translation>✕ Εξαντλήθηκε — επαναφορά</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="74" />
        <source>Mark %1 sold out</source>
        <translation>Εξαντλήθηκε: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="75" />
        <source>Make %1 available again</source>
        <translation>Ξανά διαθέσιμο: %1</translation>
    </message>
</context>
<context>
    <name>SoundOffBadge</name>
    <message>
        <location filename="../../qml/Kitchen/SoundOffBadge.qml" line="49" />
        <source>Sound off</source>
        <translation>Χωρίς ήχο</translation>
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
        <location filename="../../qml/Kitchen/StationBar.qml" line="30" />
        <source>%1  %2  ▲ BEHIND</source>
        <translation>%1  %2  ▲ ΚΑΘΥΣΤΕΡΕΙ</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/StationBar.qml" line="31" />
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="40" />
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="54" />
        <source>Seat %1</source>
        <translation>Θέση %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="79" />
        <source>about %1 min</source>
        <translation>περίπου %1 λεπτά</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="80" />
        <source>on its way to you</source>
        <translation>έρχεται σε εσάς</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="34" />
        <source>Your order</source>
        <translation>Η παραγγελία σας</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="42" />
        <source>Sending to the kitchen…</source>
        <translation>Αποστολή στην κουζίνα…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="43" />
        <source>Offline — your order will be sent when the connection is back.</source>
        <translation>Εκτός σύνδεσης — η παραγγελία σας θα σταλεί μόλις επανέλθει η σύνδεση.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="66" />
        <source>Being sent</source>
        <translation>Αποστέλλεται</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="67" />
        <source>Order %1</source>
        <translation>Παραγγελία %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="101" />
        <source>Bill so far</source>
        <translation>Λογαριασμός μέχρι τώρα</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="118" />
        <source>Order more</source>
        <translation>Παραγγείλτε κι άλλο</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="124" />
        <source>Call waiter</source>
        <translation>Κλήση σερβιτόρου</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="137" />
        <source>Request the bill</source>
        <translation>Ζητήστε τον λογαριασμό</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../../qml/Ui/Stepper.qml" line="22" />
        <source>Fewer</source>
        <translation>Λιγότερα</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Stepper.qml" line="38" />
        <source>More</source>
        <translation>Περισσότερα</translation>
    </message>
</context>
<context>
    <name>TableShape</name>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="23" />
        <source>called</source>
        <translation>κλήση</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="24" />
        <source>food ready</source>
        <translation>φαγητό έτοιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="25" />
        <source>bill</source>
        <translation>λογαριασμός</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="26" />
        <source>waiting long</source>
        <translation>περιμένει πολύ</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="27" />
        <source>ordered</source>
        <translation>παρήγγειλε</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="28" />
        <source>seated</source>
        <translation>κάθονται</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="29" />
        <source>free</source>
        <translation>ελεύθερο</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="40" />
        <source>Table %1, %2</source>
        <translation>Τραπέζι %1, %2</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="87" />
        <source>%1/%2 seated</source>
        <translation>%1/%2 καθισμένοι</translation>
    </message>
</context>
<context>
    <name>TableSheet</name>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="59" />
        <source>Table %1</source>
        <translation>Τραπέζι %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/TableSheet.qml" line="69" />
        <source>%Ln guest(s) · %1 seats</source>
        <translation>
            <numerusform>%Ln άτομο · %1 θέσεις</numerusform><numerusform>%Ln άτομα · %1 θέσεις</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="70" />
        <source>Free · %1 seats</source>
        <translation>Ελεύθερο · %1 θέσεις</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="87" />
        <source>Fewer guests</source>
        <translation>Λιγότερα άτομα</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/TableSheet.qml" line="94" />
        <source>%Ln guest(s)</source>
        <translation>
            <numerusform>%Ln άτομο</numerusform><numerusform>%Ln άτομα</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="105" />
        <source>More guests</source>
        <translation>Περισσότερα άτομα</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="110" />
        <source>Seat party</source>
        <translation>Τοποθέτηση παρέας</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="165" />
        <source>Has table %1 paid %2? Closing clears its screen for the next party.</source>
        <translation>Πλήρωσε το τραπέζι %1 %2; Το κλείσιμο καθαρίζει την οθόνη του για την επόμενη παρέα.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/TableSheet.qml" line="178" />
        <source>⚠ %Ln dish(es) still being prepared.</source>
        <translation>
            <numerusform>⚠ %Ln πιάτο ετοιμάζεται ακόμα.</numerusform><numerusform>⚠ %Ln πιάτα ετοιμάζονται ακόμα.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/TableSheet.qml" line="180" />
        <source>⚠ %Ln dish(es) ready but not yet served.</source>
        <translation>
            <numerusform>⚠ %Ln πιάτο έτοιμο αλλά όχι σερβιρισμένο.</numerusform><numerusform>⚠ %Ln πιάτα έτοιμα αλλά όχι σερβιρισμένα.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="193" />
        <source>Paid — close table %1</source>
        <translation>Πληρώθηκε — κλείσιμο τραπεζιού %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="202" />
        <source>Not yet</source>
        <translation>Όχι ακόμα</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="217" />
        <source>On my way</source>
        <translation>Έρχομαι</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="220" />
        <source>Acknowledge table %1</source>
        <translation>Επιβεβαίωση τραπεζιού %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="229" />
        <source>All served</source>
        <translation>Σερβιρίστηκαν όλα</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="236" />
        <source>Paid — close table</source>
        <translation>Πληρώθηκε — κλείσιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="242" />
        <source>Back</source>
        <translation>Πίσω</translation>
    </message>
</context>
<context>
    <name>TableWindow</name>
    <message>
        <location filename="../../qml/Table/TableWindow.qml" line="17" />
        <source>Table %1 — %2</source>
        <translation>Τραπέζι %1 — %2</translation>
    </message>
    <message>
        <location filename="../../qml/Table/TableWindow.qml" line="177" />
        <source>Loading the menu…</source>
        <translation>Φόρτωση του μενού…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/TableWindow.qml" line="178" />
        <source>Connecting to the restaurant…</source>
        <translation>Σύνδεση με το εστιατόριο…</translation>
    </message>
</context>
<context>
    <name>TicketCard</name>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="38" />
        <source>Table %1, order %2</source>
        <translation>Τραπέζι %1, παραγγελία %2</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="57" />
        <source>▼ Selected</source>
        <translation>▼ Επιλεγμένη</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="92" />
        <source>T%1</source>
        <translation>Τ%1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="99" />
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="129" />
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="130" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="189" />
        <source>▼ more</source>
        <translation>▼ περισσότερα</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="189" />
        <source>▲ top</source>
        <translation>▲ αρχή</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="226" />
        <source>Start</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="228" />
        <source>Start table %1</source>
        <translation>Έναρξη τραπεζιού %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="237" />
        <source>Bump</source>
        <translation>Έτοιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="240" />
        <source>Bump table %1</source>
        <translation>Έτοιμο τραπέζι %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="249" />
        <source>↶ Undo</source>
        <translation>↶ Αναίρεση</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="253" />
        <source>Undo bump of table %1</source>
        <translation>Αναίρεση για το τραπέζι %1</translation>
    </message>
</context>
<context>
    <name>TicketLine</name>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="74" />
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="92" />
        <source>✓ bumped</source>
        <translation>✓ έτοιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="93" />
        <source>✓ ready</source>
        <translation>✓ έτοιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="94" />
        <source>🔥 cooking</source>
        <translation>🔥 μαγειρεύεται</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="117" />
        <source>Seat %1</source>
        <translation>Θέση %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="184" />
        <source>Start</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="187" />
        <source>Start %1</source>
        <translation>Έναρξη: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="193" />
        <source>✓ Done</source>
        <translation>✓ Έτοιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="196" />
        <source>%1 done</source>
        <translation>%1 έτοιμο</translation>
    </message>
</context>
<context>
    <name>TicketTimer</name>
    <message>
        <location filename="../../qml/Kitchen/TicketTimer.qml" line="49" />
        <source>LATE</source>
        <translation>ΑΡΓΕΙ</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketTimer.qml" line="49" />
        <source>WAIT</source>
        <translation>ΑΝΑΜΟΝΗ</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../qml/Table/WelcomePage.qml" line="15" />
        <location filename="../../qml/Table/WelcomePage.qml" line="80" />
        <source>Touch to start</source>
        <translation>Αγγίξτε για να ξεκινήσετε</translation>
    </message>
    <message>
        <location filename="../../qml/Table/WelcomePage.qml" line="27" />
        <source>Table %1</source>
        <translation>Τραπέζι %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/WelcomePage.qml" line="40" />
        <source>Welcome</source>
        <translation>Καλώς ήρθατε</translation>
    </message>
</context>
<context>
    <name>tableside::AllergensModel</name>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="16" />
        <source>Gluten</source>
        <translation>Γλουτένη</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="18" />
        <source>Crustaceans</source>
        <translation>Καρκινοειδή</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="20" />
        <source>Eggs</source>
        <translation>Αυγά</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="22" />
        <source>Fish</source>
        <translation>Ψάρι</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="24" />
        <source>Peanuts</source>
        <translation>Αράπικα φιστίκια</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="26" />
        <source>Soya</source>
        <translation>Σόγια</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="28" />
        <source>Milk</source>
        <translation>Γάλα</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="30" />
        <source>Tree nuts</source>
        <translation>Ξηροί καρποί</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="32" />
        <source>Celery</source>
        <translation>Σέλινο</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="34" />
        <source>Mustard</source>
        <translation>Μουστάρδα</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="36" />
        <source>Sesame</source>
        <translation>Σουσάμι</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="38" />
        <source>Sulphites</source>
        <translation>Θειώδη</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="40" />
        <source>Lupin</source>
        <translation>Λούπινο</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="42" />
        <source>Molluscs</source>
        <translation>Μαλάκια</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="91" />
        <source>Contains none of the 14 listed allergens.</source>
        <translation>Δεν περιέχει κανένα από τα 14 αλλεργιογόνα της λίστας.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="96" />
        <source>Contains: %1</source>
        <translation>Περιέχει: %1</translation>
    </message>
</context>
<context>
    <name>tableside::DishForm</name>
    <message>
        <location filename="../../qml/Owner/dishform.cpp" line="97" />
        <source>Write the price as a number, for example %1.</source>
        <translation>Γράψτε την τιμή ως αριθμό, για παράδειγμα %1.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/dishform.cpp" line="102" />
        <source>A price cannot be below zero.</source>
        <translation>Η τιμή δεν μπορεί να είναι αρνητική.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/dishform.cpp" line="104" />
        <source>A price cannot be above %1.</source>
        <translation>Η τιμή δεν μπορεί να ξεπερνά το %1.</translation>
    </message>
</context>
<context>
    <name>tableside::KitchenScreen</name>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="141" />
        <source>Gluten</source>
        <translation>Γλουτένη</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="142" />
        <source>Crustaceans</source>
        <translation>Καρκινοειδή</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="143" />
        <source>Eggs</source>
        <translation>Αυγά</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="144" />
        <source>Fish</source>
        <translation>Ψάρι</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="145" />
        <source>Peanuts</source>
        <translation>Αράπικα φιστίκια</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="146" />
        <source>Soya</source>
        <translation>Σόγια</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="147" />
        <source>Milk</source>
        <translation>Γάλα</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="148" />
        <source>Tree nuts</source>
        <translation>Ξηροί καρποί</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="149" />
        <source>Celery</source>
        <translation>Σέλινο</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="150" />
        <source>Mustard</source>
        <translation>Μουστάρδα</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="151" />
        <source>Sesame</source>
        <translation>Σουσάμι</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="152" />
        <source>Sulphites</source>
        <translation>Θειώδη</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="153" />
        <source>Lupin</source>
        <translation>Λούπινο</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="154" />
        <source>Molluscs</source>
        <translation>Μαλάκια</translation>
    </message>
</context>
<context>
    <name>tableside::OwnerScreen</name>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="165" />
        <source>The hub cannot be reached, so the PIN cannot be checked.</source>
        <translation>Ο διακομιστής δεν είναι προσβάσιμος, οπότε ο PIN δεν μπορεί να ελεγχθεί.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="317" />
        <source>No changes since version %1 was published.</source>
        <translation>Καμία αλλαγή από τη δημοσίευση της έκδοσης %1.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="320" />
        <source>No changes to publish.</source>
        <translation>Καμία αλλαγή για δημοσίευση.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/ownerscreen.cpp" line="323" />
        <source>%n unpublished changes.</source>
        <translation>
            <numerusform>%n αδημοσίευτη αλλαγή.</numerusform><numerusform>%n αδημοσίευτες αλλαγές.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="325" />
        <source>Last change at %1. %2</source>
        <translation>Τελευταία αλλαγή στις %1. %2</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="327" />
        <source>Last change by %1 at %2. %3</source>
        <translation>Τελευταία αλλαγή από %1 στις %2. %3</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="359" />
        <source>That PIN is not right. Try again.</source>
        <translation>Ο PIN δεν είναι σωστός. Δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="361" />
        <source>Too many wrong PINs: the PIN is locked for a while.</source>
        <translation>Πάρα πολλοί λάθος PIN: ο PIN κλειδώθηκε για λίγο.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="364" />
        <source>Only an owner's PIN can change the menu.</source>
        <translation>Μόνο ο PIN ιδιοκτήτη μπορεί να αλλάξει το μενού.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="367" />
        <source>Someone else changed the draft just now. Check it, then publish again.</source>
        <translation>Κάποιος άλλος μόλις άλλαξε το πρόχειρο. Ελέγξτε το και δημοσιεύστε ξανά.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="371" />
        <source>There are no changes to publish.</source>
        <translation>Δεν υπάρχουν αλλαγές για δημοσίευση.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/ownerscreen.cpp" line="373" />
        <source>Fix %n problems before publishing: they are listed under Problems.</source>
        <translation>
            <numerusform>Διορθώστε %n πρόβλημα πριν από τη δημοσίευση: θα το βρείτε στη λίστα προβλημάτων.</numerusform><numerusform>Διορθώστε %n προβλήματα πριν από τη δημοσίευση: θα τα βρείτε στη λίστα προβλημάτων.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="378" />
        <source>That version is not kept.</source>
        <translation>Αυτή η έκδοση δεν έχει διατηρηθεί.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="380" />
        <source>The hub did not answer. Check the connection and try again.</source>
        <translation>Ο διακομιστής δεν απάντησε. Ελέγξτε τη σύνδεση και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="446" />
        <source>Saved in the draft. Publish to show it on the tables.</source>
        <translation>Αποθηκεύτηκε στο πρόχειρο. Δημοσιεύστε για να εμφανιστεί στα τραπέζια.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="454" />
        <source>Published as version %1: every table shows it now.</source>
        <translation>Δημοσιεύτηκε ως έκδοση %1: τώρα τη δείχνουν όλα τα τραπέζια.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="457" />
        <source>Rolled back: version %1 is on every table now.</source>
        <translation>Έγινε επαναφορά: η έκδοση %1 είναι τώρα σε όλα τα τραπέζια.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="474" />
        <source>The last change is undone.</source>
        <translation>Η τελευταία αλλαγή αναιρέθηκε.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="530" />
        <source>Restored version %1.</source>
        <translation>Επαναφέρθηκε η έκδοση %1.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="534" />
        <source>The menu as it was.</source>
        <translation>Το μενού όπως ήταν.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="539" />
        <source>Version %1</source>
        <translation>Έκδοση %1</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="541" />
        <source>Version %1 by %2</source>
        <translation>Έκδοση %1 από %2</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="573" />
        <source>Vegetarian</source>
        <translation>Χορτοφαγικό</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="575" />
        <source>Vegan</source>
        <translation>Vegan</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="577" />
        <source>Gluten-free</source>
        <translation>Χωρίς γλουτένη</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="579" />
        <source>Halal</source>
        <translation>Χαλάλ</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="583" />
        <source>Drink</source>
        <translation>Ποτό</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="585" />
        <source>Starter</source>
        <translation>Ορεκτικό</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="587" />
        <source>Main</source>
        <translation>Κυρίως πιάτο</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="589" />
        <source>Side</source>
        <translation>Συνοδευτικό</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="591" />
        <source>Dessert</source>
        <translation>Γλυκά</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="596" />
        <source>Not spicy</source>
        <translation>Όχι καυτερό</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="598" />
        <source>Mild</source>
        <translation>Ήπιο</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="600" />
        <source>Medium</source>
        <translation>Μέτριο</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="602" />
        <source>Hot</source>
        <translation>Καυτερό</translation>
    </message>
</context>
<context>
    <name>tableside::TableScreen</name>
    <message>
        <location filename="../../qml/Table/tablescreen_orders.cpp" line="36" />
        <source>This screen cannot send orders: it has no outbox.</source>
        <translation>Αυτή η οθόνη δεν μπορεί να στείλει παραγγελίες: δεν έχει ουρά αποστολής.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/quickrepliesmodel.cpp" line="11" />
        <source>Could we have more bread?</source>
        <translation>Μπορούμε να έχουμε λίγο ψωμί ακόμα;</translation>
    </message>
    <message>
        <location filename="../../qml/Table/quickrepliesmodel.cpp" line="12" />
        <source>Could we have some more water?</source>
        <translation>Μπορούμε να έχουμε λίγο νερό ακόμα;</translation>
    </message>
    <message>
        <location filename="../../qml/Table/quickrepliesmodel.cpp" line="13" />
        <source>Could we have the dessert menu?</source>
        <translation>Μπορούμε να δούμε τον κατάλογο με τα γλυκά;</translation>
    </message>
    <message>
        <location filename="../../qml/Table/quickrepliesmodel.cpp" line="14" />
        <source>Is our food on its way?</source>
        <translation>Έρχεται το φαγητό μας;</translation>
    </message>
    <message>
        <location filename="../../qml/Table/quickrepliesmodel.cpp" line="15" />
        <source>Could we have some napkins?</source>
        <translation>Μπορούμε να έχουμε μερικές χαρτοπετσέτες;</translation>
    </message>
    <message>
        <location filename="../../qml/Table/quickrepliesmodel.cpp" line="16" />
        <source>Thank you!</source>
        <translation>Ευχαριστούμε!</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Table/tablescreen_chat.cpp" line="46" />
        <source>That message is too long: at most %Ln character(s).</source>
        <translation>
            <numerusform>Το μήνυμα είναι πολύ μεγάλο: έως %Ln χαρακτήρας.</numerusform><numerusform>Το μήνυμα είναι πολύ μεγάλο: έως %Ln χαρακτήρες.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen_chat.cpp" line="51" />
        <source>This screen cannot send messages: it has no outbox.</source>
        <translation>Αυτή η οθόνη δεν μπορεί να στείλει μηνύματα: δεν έχει ουρά αποστολής.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen.cpp" line="341" />
        <source>Your bill is on its way.</source>
        <translation>Ο λογαριασμός σας έρχεται.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen.cpp" line="343" />
        <source>The bill request was not sent. Please try again.</source>
        <translation>Το αίτημα για τον λογαριασμό δεν στάλθηκε. Δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen.cpp" line="345" />
        <source>Bill requested — waiting for staff.</source>
        <translation>Ζητήθηκε ο λογαριασμός — περιμένουμε το προσωπικό.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen.cpp" line="351" />
        <source>Your order was not accepted: %1</source>
        <translation>Η παραγγελία σας δεν έγινε δεκτή: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen.cpp" line="356" />
        <source>Your message was not sent: %1</source>
        <translation>Το μήνυμά σας δεν στάλθηκε: %1</translation>
    </message>
</context>
</TS>
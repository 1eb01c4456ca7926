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
        <location filename="../../qml/Table/CartLineDelegate.qml" line="79" />
        <source>Note: %1</source>
        <translation>Σημείωση: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="90" />
        <source>Sold out: remove it to place the order</source>
        <translation>Εξαντλήθηκε: αφαιρέστε το για να στείλετε την παραγγελία</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="100" />
        <source>No longer on the menu: remove it to place the order</source>
        <translation>Δεν υπάρχει πια στο μενού: αφαιρέστε το για να στείλετε την παραγγελία</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="110" />
        <source>Not served at this hour: remove it to place the order. %1</source>
        <translation>Δεν σερβίρεται αυτή την ώρα: αφαιρέστε το για να στείλετε την παραγγελία. %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="127" />
        <source>The price is now %1 each, not %2.</source>
        <translation>Η τιμή είναι τώρα %1 το ένα, όχι %2.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="140" />
        <source>Keep it</source>
        <translation>Να μείνει</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="141" />
        <source>Keep this dish at its new price</source>
        <translation>Διατήρηση του πιάτου με τη νέα τιμή</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="171" />
        <source>Seat %1</source>
        <translation>Θέση %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="172" />
        <source>Table</source>
        <translation>Τραπέζι</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="173" />
        <source>Choose the seat for this dish</source>
        <translation>Επιλέξτε θέση για αυτό το πιάτο</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="184" />
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
        <location filename="../../qml/Table/CartPanel.qml" line="110" />
        <source>Before you order</source>
        <translation>Πριν παραγγείλετε</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="119" />
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="136" />
        <source>Place order</source>
        <translation>Υποβολή παραγγελίας</translation>
    </message>
</context>
<context>
    <name>CategoryFormPage</name>
    <message>
        <location filename="../../qml/Owner/CategoryFormPage.qml" line="25" />
        <source>New category</source>
        <translation>Νέα κατηγορία</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryFormPage.qml" line="25" />
        <source>Category “%1”</source>
        <translation>Κατηγορία «%1»</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryFormPage.qml" line="38" />
        <source>Discard changes</source>
        <translation>Απόρριψη αλλαγών</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryFormPage.qml" line="38" />
        <source>Back</source>
        <translation>Πίσω</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryFormPage.qml" line="44" />
        <source>Save to draft</source>
        <translation>Αποθήκευση στο πρόχειρο</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryFormPage.qml" line="77" />
        <location filename="../../qml/Owner/CategoryFormPage.qml" line="88" />
        <source>Key</source>
        <translation>Κλειδί</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryFormPage.qml" line="95" />
        <source>Made from the name in the default language. It names the category in spreadsheets and cannot change once saved.</source>
        <translation>Δημιουργείται από το όνομα στην προεπιλεγμένη γλώσσα. Ονομάζει την κατηγορία στα υπολογιστικά φύλλα και δεν αλλάζει μετά την αποθήκευση.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryFormPage.qml" line="113" />
        <source>Hidden from the tables, with all its dishes</source>
        <translation>Κρυφή από τα τραπέζια, μαζί με όλα τα πιάτα της</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryFormPage.qml" line="131" />
        <source>Remove category</source>
        <translation>Αφαίρεση κατηγορίας</translation>
    </message>
</context>
<context>
    <name>CategoryList</name>
    <message>
        <location filename="../../qml/Owner/CategoryList.qml" line="33" />
        <source>Categories</source>
        <translation>Κατηγορίες</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryList.qml" line="45" />
        <source>New category</source>
        <translation>Νέα κατηγορία</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryList.qml" line="124" />
        <source>Drag to move “%1”</source>
        <translation>Σύρετε για να μετακινήσετε το «%1»</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryList.qml" line="146" />
        <source>Hidden</source>
        <translation>Σε απόκρυψη</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryList.qml" line="151" />
        <source>Translation missing</source>
        <translation>Λείπει μετάφραση</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryList.qml" line="183" />
        <source>Edit “%1”</source>
        <translation>Επεξεργασία «%1»</translation>
    </message>
</context>
<context>
    <name>CategoryRail</name>
    <message>
        <location filename="../../qml/Table/CategoryRail.qml" line="64" />
        <source>%1, not served now. %2</source>
        <translation>%1, εκτός ωραρίου τώρα. %2</translation>
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
    <name>ChoicesSection</name>
    <message>
        <location filename="../../qml/Owner/ChoicesSection.qml" line="20" />
        <source>Choices</source>
        <translation>Επιλογές</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ChoicesSection.qml" line="24" />
        <source>Edit the lists</source>
        <translation>Επεξεργασία λιστών</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ChoicesSection.qml" line="33" />
        <source>The menu has no choices lists yet.</source>
        <translation>Το μενού δεν έχει ακόμα λίστες επιλογών.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ChoicesSection.qml" line="72" />
        <source>Offer “%1”</source>
        <translation>Διαθέσιμη η λίστα «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/ChoicesSection.qml" line="76" />
        <source>%Ln option(s)</source>
        <translation>
            <numerusform>%Ln επιλογή</numerusform><numerusform>%Ln επιλογές</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ChoicesSection.qml" line="89" />
        <location filename="../../qml/Owner/ChoicesSection.qml" line="93" />
        <source>At least</source>
        <translation>Τουλάχιστον</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ChoicesSection.qml" line="103" />
        <location filename="../../qml/Owner/ChoicesSection.qml" line="107" />
        <source>At most</source>
        <translation>Το πολύ</translation>
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
        <location filename="../../qml/Table/DishCard.qml" line="28" />
        <source>%1, sold out</source>
        <translation>%1, εξαντλήθηκε</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="29" />
        <source>%1, not served now. %2</source>
        <translation>%1, εκτός ωραρίου τώρα. %2</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="30" />
        <source>%1, longer wait</source>
        <translation>%1, μεγαλύτερη αναμονή</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="74" />
        <source>Sold out</source>
        <translation>Εξαντλήθηκε</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="132" />
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
        <location filename="../../qml/Owner/DishFormPage.qml" line="25" />
        <source>New dish</source>
        <translation>Νέο πιάτο</translation>
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
        <location filename="../../qml/Owner/DishFormPage.qml" line="83" />
        <location filename="../../qml/Owner/DishFormPage.qml" line="92" />
        <source>Price</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="105" />
        <source>Course</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="116" />
        <source>Kitchen station</source>
        <translation>Πάγκος κουζίνας</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="127" />
        <source>Spice</source>
        <translation>Πόσο καυτερό</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="138" />
        <source>Allergens</source>
        <translation>Αλλεργιογόνα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="147" />
        <source>Dietary</source>
        <translation>Διατροφή</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="161" />
        <source>Hidden from the tables</source>
        <translation>Κρυφό από τα τραπέζια</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="169" />
        <source>The house recommends it: offered beside other dishes</source>
        <translation>Πρόταση του σπιτιού: προτείνεται δίπλα σε άλλα πιάτα</translation>
    </message>
</context>
<context>
    <name>DishList</name>
    <message>
        <location filename="../../qml/Owner/DishList.qml" line="25" />
        <source>Dishes</source>
        <translation>Πιάτα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishList.qml" line="37" />
        <source>Choices lists</source>
        <translation>Λίστες επιλογών</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishList.qml" line="46" />
        <source>New dish</source>
        <translation>Νέο πιάτο</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishList.qml" line="131" />
        <source>Drag to move “%1”</source>
        <translation>Σύρετε για να μετακινήσετε το «%1»</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishList.qml" line="160" />
        <source>Hidden</source>
        <translation>Σε απόκρυψη</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishList.qml" line="171" />
        <source>Translation missing</source>
        <translation>Λείπει μετάφραση</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/DishList.qml" line="175" />
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%Ln πρόβλημα</numerusform><numerusform>%Ln προβλήματα</numerusform></translation>
    </message>
</context>
<context>
    <name>DishPlaceSection</name>
    <message>
        <location filename="../../qml/Owner/DishPlaceSection.qml" line="16" />
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishPlaceSection.qml" line="26" />
        <location filename="../../qml/Owner/DishPlaceSection.qml" line="37" />
        <source>Key</source>
        <translation>Κλειδί</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishPlaceSection.qml" line="47" />
        <source>Made from the name in the default language. It names the dish in spreadsheets and cannot change once saved.</source>
        <translation>Δημιουργείται από το όνομα στην προεπιλεγμένη γλώσσα. Ονομάζει το πιάτο στα υπολογιστικά φύλλα και δεν αλλάζει μετά την αποθήκευση.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishPlaceSection.qml" line="55" />
        <source>Remove dish</source>
        <translation>Αφαίρεση πιάτου</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishPlaceSection.qml" line="77" />
        <source>Remove “%1” from the menu? The tables keep it until you publish.</source>
        <translation>Να αφαιρεθεί το «%1» από το μενού; Τα τραπέζια το κρατούν ώσπου να δημοσιεύσετε.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishPlaceSection.qml" line="86" />
        <source>Keep it</source>
        <translation>Να μείνει</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishPlaceSection.qml" line="92" />
        <source>Remove “%1”</source>
        <translation>Αφαίρεση «%1»</translation>
    </message>
</context>
<context>
    <name>DishRating</name>
    <message>
        <location filename="../../qml/Table/DishRating.qml" line="32" />
        <source>How was it?</source>
        <translation>Πώς ήταν;</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishRating.qml" line="45" />
        <source>Not now</source>
        <translation>Όχι τώρα</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishRating.qml" line="56" />
        <source>Thank you for your comment.</source>
        <translation>Ευχαριστούμε για το σχόλιό σας.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Table/DishRating.qml" line="57" />
        <source>Thank you: %Ln star(s).</source>
        <translation>
            <numerusform>Ευχαριστούμε: %Ln αστέρι.</numerusform><numerusform>Ευχαριστούμε: %Ln αστέρια.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishRating.qml" line="65" />
        <source>Add a comment</source>
        <translation>Προσθήκη σχολίου</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishRating.qml" line="78" />
        <source>What did you think of it?</source>
        <translation>Τι σας φάνηκε;</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishRating.qml" line="93" />
        <source>Send</source>
        <translation>Αποστολή</translation>
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
        <location filename="../../qml/Table/DishSheet.qml" line="126" />
        <source>Not served at this hour. %1</source>
        <translation>Δεν σερβίρεται αυτή την ώρα. %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="135" />
        <source>Sold out: the kitchen has run out of this dish.</source>
        <translation>Εξαντλήθηκε: η κουζίνα δεν έχει άλλο από αυτό το πιάτο.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="151" />
        <source>For which seat?</source>
        <translation>Για ποια θέση;</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="164" />
        <source>A note to the kitchen (optional)</source>
        <translation>Σημείωση για την κουζίνα (προαιρετικά)</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="165" />
        <source>A note to the kitchen</source>
        <translation>Σημείωση για την κουζίνα</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="188" />
        <source>You may also like</source>
        <translation>Μπορεί να σας αρέσει και</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="217" />
        <source>Please choose: %1</source>
        <translation>Παρακαλώ επιλέξτε: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="249" />
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
        <location filename="../../qml/Host/FloorWindow.qml" line="42" />
        <source>Floor</source>
        <translation>Σάλα</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="60" />
        <source>Menu editor</source>
        <translation>Επεξεργασία μενού</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="73" />
        <source>+ Add a device</source>
        <translation>+ Νέα συσκευή</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="75" />
        <source>Add a device</source>
        <translation>Προσθήκη συσκευής</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="84" />
        <source>● Live</source>
        <translation>● Σε σύνδεση</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="84" />
        <source>▲ Offline — reconnecting</source>
        <translation>▲ Εκτός σύνδεσης — επανασύνδεση</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/FloorWindow.qml" line="116" />
        <source>Alerts (%1) · %Ln escalated</source>
        <translation>
            <numerusform>Ειδοποιήσεις (%1) · %Ln κλιμάκωση</numerusform><numerusform>Ειδοποιήσεις (%1) · %Ln κλιμακώσεις</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="118" />
        <source>Alerts (%1)</source>
        <translation>Ειδοποιήσεις (%1)</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="147" />
        <source>All calm — no alerts</source>
        <translation>Όλα ήσυχα — καμία ειδοποίηση</translation>
    </message>
</context>
<context>
    <name>GuestVoicePage</name>
    <message>
        <location filename="../../qml/Owner/GuestVoicePage.qml" line="23" />
        <source>Weeks shown:</source>
        <translation>Εβδομάδες:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/GuestVoicePage.qml" line="32" />
        <source>%n weeks</source>
        <translation>
            <numerusform>%n εβδομάδα</numerusform><numerusform>%n εβδομάδες</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/GuestVoicePage.qml" line="33" />
        <source>Show %n weeks</source>
        <translation>
            <numerusform>Εμφάνιση %n εβδομάδας</numerusform><numerusform>Εμφάνιση %n εβδομάδων</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/GuestVoicePage.qml" line="76" />
        <source>Choose a dish to see its weeks</source>
        <translation>Επιλέξτε πιάτο για να δείτε τις εβδομάδες του</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/GuestVoicePage.qml" line="77" />
        <source>%1: average stars by week</source>
        <translation>%1: μέσος όρος αστεριών ανά εβδομάδα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/GuestVoicePage.qml" line="118" />
        <source>Net promoter score</source>
        <translation>Καθαρός δείκτης σύστασης (NPS)</translation>
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
    <name>IdeaRow</name>
    <message>
        <location filename="../../qml/Table/IdeaRow.qml" line="34" />
        <source>New</source>
        <translation>Νέα</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeaRow.qml" line="35" />
        <source>Under review</source>
        <translation>Υπό εξέταση</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeaRow.qml" line="36" />
        <source>Planned</source>
        <translation>Προγραμματισμένη</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeaRow.qml" line="37" />
        <source>Done</source>
        <translation>Έγινε</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeaRow.qml" line="38" />
        <source>Not for us</source>
        <translation>Όχι για εμάς</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeaRow.qml" line="82" />
        <source>Votes: %1</source>
        <translation>Ψήφοι: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeaRow.qml" line="91" />
        <source>The restaurant: %1</source>
        <translation>Το εστιατόριο: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeaRow.qml" line="103" />
        <source>Voted</source>
        <translation>Ψηφίσατε</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeaRow.qml" line="103" />
        <source>Me too</source>
        <translation>Κι εγώ</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeaRow.qml" line="104" />
        <source>You voted for this idea</source>
        <translation>Ψηφίσατε αυτή την ιδέα</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeaRow.qml" line="105" />
        <source>Me too: vote for this idea</source>
        <translation>Κι εγώ: ψηφίστε αυτή την ιδέα</translation>
    </message>
</context>
<context>
    <name>IdeasPage</name>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="28" />
        <source>Choose the idea to keep: the other is merged into it, and its votes with it.</source>
        <translation>Επιλέξτε την ιδέα που μένει: η άλλη συγχωνεύεται σε αυτή, μαζί με τις ψήφους της.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="36" />
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="86" />
        <source>Votes: %1 (with %2 merged)</source>
        <translation>Ψήφοι: %1 (με %2 συγχωνευμένες)</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="88" />
        <source>Votes: %1</source>
        <translation>Ψήφοι: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="98" />
        <source>Under review</source>
        <translation>Υπό εξέταση</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="104" />
        <source>Planned</source>
        <translation>Προγραμματισμένη</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="110" />
        <source>Done</source>
        <translation>Έγινε</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="116" />
        <source>Not for us</source>
        <translation>Όχι για εμάς</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="123" />
        <source>Merge…</source>
        <translation>Συγχώνευση…</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="130" />
        <source>Keep this one</source>
        <translation>Κρατήστε αυτή</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="140" />
        <source>Answer in public (the tables show it)</source>
        <translation>Δημόσια απάντηση (τη βλέπουν τα τραπέζια)</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="141" />
        <source>Public answer</source>
        <translation>Δημόσια απάντηση</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="148" />
        <source>Save answer</source>
        <translation>Αποθήκευση απάντησης</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="158" />
        <source>No ideas from the tables yet.</source>
        <translation>Καμία ιδέα από τα τραπέζια ακόμα.</translation>
    </message>
</context>
<context>
    <name>IdeasSheet</name>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="39" />
        <source>Ideas for us</source>
        <translation>Ιδέες για εμάς</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="48" />
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="61" />
        <source>What would make your visit better?</source>
        <translation>Τι θα έκανε την επίσκεψή σας καλύτερη;</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="62" />
        <source>Your idea for the restaurant</source>
        <translation>Η ιδέα σας για το εστιατόριο</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="83" />
        <source>Sending…</source>
        <translation>Αποστολή…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="83" />
        <source>Propose</source>
        <translation>Πρόταση</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="94" />
        <source>Thank you! Your idea is on the board.</source>
        <translation>Ευχαριστούμε! Η ιδέα σας είναι στον πίνακα.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="95" />
        <source>Tell us what you would like, or vote for an idea you share.</source>
        <translation>Πείτε μας τι θα θέλατε ή ψηφίστε μια ιδέα που συμμερίζεστε.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="102" />
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="118" />
        <source>Similar ideas are already on the board. Vote for one instead?</source>
        <translation>Παρόμοιες ιδέες υπάρχουν ήδη στον πίνακα. Ψηφίζετε μία από αυτές;</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="157" />
        <source>You asked, we did</source>
        <translation>Το ζητήσατε, το κάναμε</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="157" />
        <source>Ideas</source>
        <translation>Ιδέες</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="171" />
        <source>No ideas yet. Be the first!</source>
        <translation>Καμία ιδέα ακόμα. Γίνετε ο πρώτος!</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="172" />
        <source>Loading the ideas…</source>
        <translation>Φόρτωση των ιδεών…</translation>
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
    <name>ListFormPage</name>
    <message>
        <location filename="../../qml/Owner/ListFormPage.qml" line="24" />
        <source>New choices list</source>
        <translation>Νέα λίστα επιλογών</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ListFormPage.qml" line="24" />
        <source>Choices list “%1”</source>
        <translation>Λίστα επιλογών «%1»</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ListFormPage.qml" line="37" />
        <source>Discard changes</source>
        <translation>Απόρριψη αλλαγών</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ListFormPage.qml" line="37" />
        <source>Back</source>
        <translation>Πίσω</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ListFormPage.qml" line="43" />
        <source>Save to draft</source>
        <translation>Αποθήκευση στο πρόχειρο</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ListFormPage.qml" line="83" />
        <source>Options</source>
        <translation>Επιλογές</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ListFormPage.qml" line="91" />
        <source>Add an option</source>
        <translation>Προσθήκη επιλογής</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <location filename="../../qml/Owner/ListsPage.qml" line="26" />
        <source>Choices lists</source>
        <translation>Λίστες επιλογών</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ListsPage.qml" line="34" />
        <source>Each list is written once; every dish that offers it sets its own minimum and maximum.</source>
        <translation>Κάθε λίστα γράφεται μία φορά· κάθε πιάτο που την προσφέρει ορίζει το δικό του ελάχιστο και μέγιστο.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ListsPage.qml" line="48" />
        <source>Back to the menu</source>
        <translation>Πίσω στο μενού</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ListsPage.qml" line="54" />
        <source>New list</source>
        <translation>Νέα λίστα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ListsPage.qml" line="146" />
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ListsPage.qml" line="147" />
        <source>Remove the list “%1”</source>
        <translation>Αφαίρεση της λίστας «%1»</translation>
    </message>
</context>
<context>
    <name>LiveDishCard</name>
    <message>
        <location filename="../../qml/Owner/LiveDishCard.qml" line="24" />
        <source>On the tables: hidden, so no table shows it</source>
        <translation>Στα τραπέζια: σε απόκρυψη, δεν το δείχνει κανένα τραπέζι</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/LiveDishCard.qml" line="25" />
        <source>On the tables</source>
        <translation>Στα τραπέζια</translation>
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
        <location filename="../../qml/Table/MenuPage.qml" line="141" />
        <source>No dishes match your filters.</source>
        <translation>Κανένα πιάτο δεν ταιριάζει με τα φίλτρα σας.</translation>
    </message>
</context>
<context>
    <name>MenuTopBar</name>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="31" />
        <location filename="../../qml/Table/MenuTopBar.qml" line="50" />
        <source>Filters (%1)</source>
        <translation>Φίλτρα (%1)</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="51" />
        <source>Filters</source>
        <translation>Φίλτρα</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="58" />
        <source>Call waiter</source>
        <translation>Κλήση σερβιτόρου</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="64" />
        <source>Ideas</source>
        <translation>Ιδέες</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="65" />
        <source>Ideas board: propose an idea or vote for one</source>
        <translation>Πίνακας ιδεών: προτείνετε μια ιδέα ή ψηφίστε μία</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="73" />
        <source>Explore the area</source>
        <translation>Εξερευνήστε την περιοχή</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="74" />
        <source>Explore the area: places we recommend nearby</source>
        <translation>Εξερευνήστε την περιοχή: μέρη κοντά μας που προτείνουμε</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="88" />
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
    <name>NameFields</name>
    <message>
        <location filename="../../qml/Owner/NameFields.qml" line="37" />
        <source>Default language</source>
        <translation>Προεπιλεγμένη γλώσσα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/NameFields.qml" line="42" />
        <source>Translation missing</source>
        <translation>Λείπει μετάφραση</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/NameFields.qml" line="46" />
        <source>Name needed</source>
        <translation>Χρειάζεται όνομα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/NameFields.qml" line="56" />
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/NameFields.qml" line="59" />
        <source>Name in %1</source>
        <translation>Όνομα στη γλώσσα %1</translation>
    </message>
</context>
<context>
    <name>OptionRow</name>
    <message>
        <location filename="../../qml/Owner/OptionRow.qml" line="59" />
        <source>Translation missing</source>
        <translation>Λείπει μετάφραση</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OptionRow.qml" line="63" />
        <source>Name needed</source>
        <translation>Χρειάζεται όνομα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OptionRow.qml" line="72" />
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OptionRow.qml" line="75" />
        <source>Name of option %1 in %2</source>
        <translation>Όνομα της επιλογής %1 στη γλώσσα %2</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OptionRow.qml" line="84" />
        <source>Price change</source>
        <translation>Διαφορά τιμής</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OptionRow.qml" line="94" />
        <source>Price change of option %1</source>
        <translation>Διαφορά τιμής της επιλογής %1</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OptionRow.qml" line="106" />
        <source>Move option %1 up</source>
        <translation>Μετακίνηση της επιλογής %1 πάνω</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OptionRow.qml" line="114" />
        <source>Move option %1 down</source>
        <translation>Μετακίνηση της επιλογής %1 κάτω</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OptionRow.qml" line="121" />
        <source>Remove option %1</source>
        <translation>Αφαίρεση της επιλογής %1</translation>
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
    <name>OwnerHeader</name>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="27" />
        <source>Menu</source>
        <translation>Μενού</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="34" />
        <source>Guest voice</source>
        <translation>Η φωνή των πελατών</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="41" />
        <source>Ideas</source>
        <translation>Ιδέες</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="48" />
        <source>Explore the area</source>
        <translation>Εξερευνήστε την περιοχή</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="59" />
        <source>Lock</source>
        <translation>Κλείδωμα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="90" />
        <source>Ideas from the tables</source>
        <translation>Ιδέες από τα τραπέζια</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="91" />
        <source>Places the tables recommend</source>
        <translation>Μέρη που προτείνουν τα τραπέζια</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="92" />
        <source>Publish history</source>
        <translation>Ιστορικό δημοσιεύσεων</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="93" />
        <source>Preview of the draft</source>
        <translation>Προεπισκόπηση του πρόχειρου</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="94" />
        <source>What guests rated and said</source>
        <translation>Τι βαθμολόγησαν και είπαν οι πελάτες</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="95" />
        <source>Menu draft</source>
        <translation>Πρόχειρο μενού</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="108" />
        <source>Offline: changes wait until the hub is back.</source>
        <translation>Εκτός σύνδεσης: οι αλλαγές περιμένουν ώσπου να επανέλθει ο διακομιστής.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="111" />
        <source>Ratings and comments reach this page as guests give them.</source>
        <translation>Οι βαθμολογίες και τα σχόλια φτάνουν εδώ μόλις τα δώσουν οι πελάτες.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="113" />
        <source>Diners see these places under Explore the area.</source>
        <translation>Οι πελάτες βλέπουν αυτά τα μέρη στο «Εξερευνήστε την περιοχή».</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="114" />
        <source>Ideas and votes reach this page as diners give them.</source>
        <translation>Οι ιδέες και οι ψήφοι φτάνουν εδώ μόλις τις δώσουν οι πελάτες.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="129" />
        <source>Undo</source>
        <translation>Αναίρεση</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="135" />
        <location filename="../../qml/Owner/OwnerHeader.qml" line="145" />
        <source>Back to the menu</source>
        <translation>Πίσω στο μενού</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="135" />
        <source>Preview</source>
        <translation>Προεπισκόπηση</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="145" />
        <source>History</source>
        <translation>Ιστορικό</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="152" />
        <source>Publish</source>
        <translation>Δημοσίευση</translation>
    </message>
</context>
<context>
    <name>OwnerWindow</name>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="18" />
        <source>Menu editor</source>
        <translation>Επεξεργασία μενού</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="65" />
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
        <location filename="../../qml/Host/PairingContent.qml" line="59" />
        <source>Open the menu editor</source>
        <translation>Άνοιγμα επεξεργασίας μενού</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="70" />
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="85" />
        <source>Enter the owner's PIN to open the menu editor on this screen.</source>
        <translation>Πληκτρολογήστε τον PIN του ιδιοκτήτη για να ανοίξει η επεξεργασία μενού σε αυτή την οθόνη.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="86" />
        <source>Enter your staff PIN (a host's or the owner's).</source>
        <translation>Πληκτρολογήστε τον PIN σας (σερβιτόρου ή ιδιοκτήτη).</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="106" />
        <source>That PIN is not right. Try again.</source>
        <translation>Ο PIN δεν είναι σωστός. Δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="108" />
        <source>Too many wrong PINs: the PIN is locked. Try again in %1.</source>
        <translation>Πάρα πολλοί λάθος PIN: ο PIN κλειδώθηκε. Δοκιμάστε ξανά σε %1.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="110" />
        <source>Only the owner's PIN opens the menu editor.</source>
        <translation>Μόνο ο PIN του ιδιοκτήτη ανοίγει την επεξεργασία μενού.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="112" />
        <source>Offline — the menu editor opens once the connection is back.</source>
        <translation>Εκτός σύνδεσης — η επεξεργασία μενού θα ανοίξει μόλις επανέλθει η σύνδεση.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="113" />
        <source>The menu editor did not open. Try again.</source>
        <translation>Η επεξεργασία μενού δεν άνοιξε. Δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="138" />
        <source>Next</source>
        <translation>Επόμενο</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="138" />
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="143" />
        <source>Delete a digit</source>
        <translation>Διαγραφή ψηφίου</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="165" />
        <source>What is the new screen for?</source>
        <translation>Για τι είναι η νέα οθόνη;</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="198" />
        <source>Previous table</source>
        <translation>Προηγούμενο τραπέζι</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="206" />
        <source>Table %1</source>
        <translation>Τραπέζι %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="217" />
        <source>Next table</source>
        <translation>Επόμενο τραπέζι</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="233" />
        <source>Expo (all)</source>
        <translation>Πάσο (όλα)</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="247" />
        <source>Only the owner's PIN can pair an owner's screen.</source>
        <translation>Μόνο ο PIN του ιδιοκτήτη συζευγνύει οθόνη ιδιοκτήτη.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="249" />
        <source>Offline — a code can be made once the connection is back.</source>
        <translation>Εκτός σύνδεσης — ο κωδικός θα γίνει μόλις επανέλθει η σύνδεση.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="250" />
        <source>No code was made. Try again.</source>
        <translation>Δεν δημιουργήθηκε κωδικός. Δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="260" />
        <source>Making the code…</source>
        <translation>Δημιουργία κωδικού…</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="260" />
        <source>Make the code</source>
        <translation>Δημιουργία κωδικού</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="267" />
        <source>Another PIN</source>
        <translation>Άλλος PIN</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="293" />
        <source>QR code of the pairing code</source>
        <translation>Κωδικός QR του κωδικού σύζευξης</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="321" />
        <source>Expired: make another code.</source>
        <translation>Έληξε: δημιουργήστε νέο κωδικό.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="322" />
        <source>Valid until %1 · %2 left</source>
        <translation>Ισχύει ως τις %1 · απομένουν %2</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="330" />
        <source>On the new screen, type this code or scan it. It works once.</source>
        <translation>Στη νέα οθόνη, πληκτρολογήστε ή σαρώστε αυτόν τον κωδικό. Ισχύει μία φορά.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="342" />
        <source>Done</source>
        <translation>Τέλος</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="348" />
        <source>Make another</source>
        <translation>Άλλος κωδικός</translation>
    </message>
</context>
<context>
    <name>PhotoField</name>
    <message>
        <location filename="../../qml/Owner/PhotoField.qml" line="26" />
        <source>Photo</source>
        <translation>Φωτογραφία</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/PhotoField.qml" line="18" />
        <source>The dish's photo</source>
        <translation>Η φωτογραφία του πιάτου</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/PhotoField.qml" line="17" />
        <source>No photo: the tables show the dish without one.</source>
        <translation>Χωρίς φωτογραφία: τα τραπέζια δείχνουν το πιάτο χωρίς εικόνα.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/PhotoField.qml" line="79" />
        <source>Sending the photo to the hub…</source>
        <translation>Αποστολή της φωτογραφίας στον διακομιστή…</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/PhotoField.qml" line="97" />
        <source>Choose a photo…</source>
        <translation>Επιλογή φωτογραφίας…</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/PhotoField.qml" line="103" />
        <source>Remove photo</source>
        <translation>Αφαίρεση φωτογραφίας</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/PhotoField.qml" line="19" />
        <source>Choose the dish's photo</source>
        <translation>Επιλέξτε τη φωτογραφία του πιάτου</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/PhotoField.qml" line="128" />
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp)</source>
        <translation>Φωτογραφίες (*.jpg *.jpeg *.png *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/PhotoField.qml" line="128" />
        <source>All files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../qml/Owner/PreviewPage.qml" line="36" />
        <source>Landscape</source>
        <translation>Οριζόντια</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/PreviewPage.qml" line="42" />
        <source>Portrait</source>
        <translation>Κατακόρυφα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/PreviewPage.qml" line="65" />
        <source>This is the draft, not what the tables show now. Publish to show it on every table.</source>
        <translation>Αυτό είναι το πρόχειρο, όχι αυτό που δείχνουν τώρα τα τραπέζια. Δημοσιεύστε για να εμφανιστεί σε όλα τα τραπέζια.</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message numerus="yes">
        <location filename="../../qml/Owner/ProblemList.qml" line="29" />
        <source>%n problem(s) to fix before publishing</source>
        <translation>
            <numerusform>%Ln πρόβλημα να διορθωθεί πριν από τη δημοσίευση</numerusform><numerusform>%Ln προβλήματα να διορθωθούν πριν από τη δημοσίευση</numerusform></translation>
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
    <name>Recommendations</name>
    <message>
        <location filename="../../qml/Table/Recommendations.qml" line="32" />
        <source>%1 is in your order.</source>
        <translation>Το %1 είναι στην παραγγελία σας.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/Recommendations.qml" line="139" />
        <source>Choose</source>
        <translation>Επιλογή</translation>
    </message>
    <message>
        <location filename="../../qml/Table/Recommendations.qml" line="139" />
        <source>Add</source>
        <translation>Προσθήκη</translation>
    </message>
    <message>
        <location filename="../../qml/Table/Recommendations.qml" line="140" />
        <source>Choose %1</source>
        <translation>Επιλογή: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/Recommendations.qml" line="141" />
        <source>Add %1</source>
        <translation>Προσθήκη: %1</translation>
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
    <name>SpreadsheetButtons</name>
    <message>
        <location filename="../../qml/Owner/SpreadsheetButtons.qml" line="18" />
        <source>Export spreadsheet…</source>
        <translation>Εξαγωγή μενού…</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SpreadsheetButtons.qml" line="24" />
        <source>Import spreadsheet…</source>
        <translation>Εισαγωγή μενού…</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SpreadsheetButtons.qml" line="32" />
        <source>Save the menu as a spreadsheet</source>
        <translation>Αποθήκευση του μενού ως υπολογιστικό φύλλο</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SpreadsheetButtons.qml" line="35" />
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SpreadsheetButtons.qml" line="39" />
        <location filename="../../qml/Owner/SpreadsheetButtons.qml" line="48" />
        <source>Spreadsheets (*.csv)</source>
        <translation>Υπολογιστικά φύλλα (*.csv)</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SpreadsheetButtons.qml" line="45" />
        <source>Choose the spreadsheet to make the draft</source>
        <translation>Επιλέξτε το υπολογιστικό φύλλο που θα γίνει το πρόχειρο</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SpreadsheetButtons.qml" line="48" />
        <source>All files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SpreadsheetButtons.qml" line="75" />
        <source>Nothing was changed</source>
        <translation>Δεν άλλαξε τίποτα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SpreadsheetButtons.qml" line="106" />
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
</context>
<context>
    <name>StarRow</name>
    <message numerus="yes">
        <location filename="../../qml/Table/StarRow.qml" line="23" />
        <source>%1: %Ln star(s)</source>
        <translation>
            <numerusform>%1: %Ln αστέρι</numerusform><numerusform>%1: %Ln αστέρια</numerusform></translation>
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
        <location filename="../../qml/Table/StatusLine.qml" line="43" />
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="57" />
        <source>Seat %1</source>
        <translation>Θέση %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="82" />
        <source>about %1 min</source>
        <translation>περίπου %1 λεπτά</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="83" />
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
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="144" />
        <source>Rate your visit</source>
        <translation>Αξιολογήστε την επίσκεψή σας</translation>
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
    <message>
        <location filename="../../qml/Owner/Stepper.qml" line="24" />
        <source>Fewer: %1</source>
        <translation>Λιγότερα: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/Stepper.qml" line="45" />
        <source>More: %1</source>
        <translation>Περισσότερα: %1</translation>
    </message>
</context>
<context>
    <name>StockSection</name>
    <message>
        <location filename="../../qml/Owner/StockSection.qml" line="17" />
        <source>Tonight</source>
        <translation>Απόψε</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/StockSection.qml" line="23" />
        <source>These act on every table at once, not on the draft: no need to publish.</source>
        <translation>Αυτά ισχύουν αμέσως σε όλα τα τραπέζια, όχι στο πρόχειρο: δεν χρειάζεται δημοσίευση.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/StockSection.qml" line="53" />
        <source>Sold out now</source>
        <translation>Εξαντλήθηκε τώρα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/StockSection.qml" line="59" />
        <source>How many are left</source>
        <translation>Πόσα απομένουν</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/StockSection.qml" line="68" />
        <source>Only %Ln left</source>
        <translation>
            <numerusform>Έμεινε μόνο %Ln</numerusform><numerusform>Έμειναν μόνο %Ln</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/StockSection.qml" line="74" />
        <source>Back on sale, not counted</source>
        <translation>Ξανά διαθέσιμο, χωρίς μέτρηση</translation>
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
        <location filename="../../qml/Table/TableWindow.qml" line="221" />
        <source>Loading the menu…</source>
        <translation>Φόρτωση του μενού…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/TableWindow.qml" line="222" />
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
    <name>TimePicker</name>
    <message>
        <location filename="../../qml/Owner/TimePicker.qml" line="36" />
        <source>%1, hours</source>
        <translation>%1, ώρες</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TimePicker.qml" line="57" />
        <source>%1, minutes</source>
        <translation>%1, λεπτά</translation>
    </message>
</context>
<context>
    <name>TipCard</name>
    <message>
        <location filename="../../qml/Table/TipCard.qml" line="70" />
        <source>Right here</source>
        <translation>Ακριβώς εδώ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Table/TipCard.qml" line="71" />
        <source>%n min on foot</source>
        <translation>
            <numerusform>%n λεπτό με τα πόδια</numerusform><numerusform>%n λεπτά με τα πόδια</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Table/TipCard.qml" line="112" />
        <source>QR code of the link to %1</source>
        <translation>Κωδικός QR του συνδέσμου για %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/TipCard.qml" line="116" />
        <source>Scan with your phone to open it.</source>
        <translation>Σαρώστε τον με το κινητό σας για να τον ανοίξετε.</translation>
    </message>
</context>
<context>
    <name>TipFormPage</name>
    <message>
        <location filename="../../qml/Owner/TipFormPage.qml" line="30" />
        <source>New place</source>
        <translation>Νέο μέρος</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipFormPage.qml" line="30" />
        <source>Edit the place</source>
        <translation>Επεξεργασία του μέρους</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipFormPage.qml" line="40" />
        <source>Saved places show on the tables at once.</source>
        <translation>Τα αποθηκευμένα μέρη εμφανίζονται αμέσως στα τραπέζια.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipFormPage.qml" line="54" />
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipFormPage.qml" line="60" />
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipFormPage.qml" line="91" />
        <location filename="../../qml/Owner/TipFormPage.qml" line="100" />
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipFormPage.qml" line="97" />
        <source>The place's name, as its sign says</source>
        <translation>Το όνομα του μέρους, όπως στην πινακίδα του</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipFormPage.qml" line="107" />
        <location filename="../../qml/Owner/TipFormPage.qml" line="111" />
        <source>Minutes on foot</source>
        <translation>Λεπτά με τα πόδια</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipFormPage.qml" line="123" />
        <location filename="../../qml/Owner/TipFormPage.qml" line="136" />
        <source>Link</source>
        <translation>Σύνδεσμος</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipFormPage.qml" line="142" />
        <source>The QR code on the tables opens this address on the diner's phone.</source>
        <translation>Ο κωδικός QR στα τραπέζια ανοίγει αυτή τη διεύθυνση στο κινητό του πελάτη.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipFormPage.qml" line="155" />
        <source>No photo: the tables show the place without one.</source>
        <translation>Χωρίς φωτογραφία: τα τραπέζια δείχνουν το μέρος χωρίς αυτήν.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipFormPage.qml" line="156" />
        <source>The place's photo</source>
        <translation>Η φωτογραφία του μέρους</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipFormPage.qml" line="157" />
        <source>Choose the place's photo</source>
        <translation>Επιλέξτε τη φωτογραφία του μέρους</translation>
    </message>
</context>
<context>
    <name>TipRow</name>
    <message>
        <location filename="../../qml/Owner/TipRow.qml" line="65" />
        <source>Right here</source>
        <translation>Ακριβώς εδώ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/TipRow.qml" line="66" />
        <source>%n min on foot</source>
        <translation>
            <numerusform>%n λεπτό με τα πόδια</numerusform><numerusform>%n λεπτά με τα πόδια</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipRow.qml" line="86" />
        <source>Remove it? The tables stop showing it at once.</source>
        <translation>Να αφαιρεθεί; Τα τραπέζια σταματούν αμέσως να το δείχνουν.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipRow.qml" line="100" />
        <source>Move up</source>
        <translation>Μετακίνηση πάνω</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipRow.qml" line="108" />
        <source>Move down</source>
        <translation>Μετακίνηση κάτω</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipRow.qml" line="113" />
        <source>Edit</source>
        <translation>Επεξεργασία</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipRow.qml" line="118" />
        <source>Remove…</source>
        <translation>Αφαίρεση…</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipRow.qml" line="127" />
        <source>Keep it</source>
        <translation>Να μείνει</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipRow.qml" line="133" />
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
</context>
<context>
    <name>TipTexts</name>
    <message>
        <location filename="../../qml/Owner/TipTexts.qml" line="35" />
        <source>Default language</source>
        <translation>Προεπιλεγμένη γλώσσα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipTexts.qml" line="40" />
        <source>Translation missing</source>
        <translation>Λείπει μετάφραση</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipTexts.qml" line="44" />
        <source>Description needed</source>
        <translation>Χρειάζεται περιγραφή</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipTexts.qml" line="59" />
        <source>What a visitor finds there, and why you like it</source>
        <translation>Τι θα βρει εκεί ένας επισκέπτης και γιατί σας αρέσει</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipTexts.qml" line="65" />
        <source>Description in %1</source>
        <translation>Περιγραφή στη γλώσσα %1</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipTexts.qml" line="68" />
        <source>Opening hours (optional)</source>
        <translation>Ώρες λειτουργίας (προαιρετικό)</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipTexts.qml" line="74" />
        <source>Tue–Sun 10:00–18:00</source>
        <translation>Τρί–Κυρ 10:00–18:00</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipTexts.qml" line="77" />
        <source>Opening hours in %1</source>
        <translation>Ώρες λειτουργίας στα %1</translation>
    </message>
</context>
<context>
    <name>TipsPage</name>
    <message>
        <location filename="../../qml/Owner/TipsPage.qml" line="29" />
        <source>The tables show these places in this order, each with a QR code that opens its link on the diner's phone.</source>
        <translation>Τα τραπέζια δείχνουν αυτά τα μέρη με αυτή τη σειρά, το καθένα με κωδικό QR που ανοίγει τον σύνδεσμό του στο κινητό του πελάτη.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipsPage.qml" line="36" />
        <source>Add a place</source>
        <translation>Προσθήκη μέρους</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipsPage.qml" line="72" />
        <source>No places yet. Add a museum, a park or a market you would send a visitor to.</source>
        <translation>Κανένα μέρος ακόμη. Προσθέστε ένα μουσείο, ένα πάρκο ή μια αγορά όπου θα στέλνατε έναν επισκέπτη.</translation>
    </message>
</context>
<context>
    <name>TipsSheet</name>
    <message>
        <location filename="../../qml/Table/TipsSheet.qml" line="39" />
        <source>Explore the area</source>
        <translation>Εξερευνήστε την περιοχή</translation>
    </message>
    <message>
        <location filename="../../qml/Table/TipsSheet.qml" line="47" />
        <source>Our favourite places nearby, as we would tell you at the table.</source>
        <translation>Τα αγαπημένα μας μέρη εδώ κοντά, όπως θα σας τα λέγαμε στο τραπέζι.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/TipsSheet.qml" line="56" />
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
</context>
<context>
    <name>VisitCardSheet</name>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="48" />
        <source>Thank you!</source>
        <translation>Ευχαριστούμε!</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="48" />
        <source>How was your visit?</source>
        <translation>Πώς ήταν η επίσκεψή σας;</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="57" />
        <location filename="../../qml/Table/VisitCardSheet.qml" line="255" />
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="64" />
        <source>Your card reached the restaurant. Your bill is on its way.</source>
        <translation>Η κάρτα σας έφτασε στο εστιατόριο. Ο λογαριασμός σας έρχεται.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="65" />
        <source>A few taps, all optional. Your card is anonymous unless you leave an e-mail address.</source>
        <translation>Λίγα αγγίγματα, όλα προαιρετικά. Η κάρτα σας είναι ανώνυμη, εκτός αν αφήσετε e-mail.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="79" />
        <location filename="../../qml/Table/VisitCardSheet.qml" line="85" />
        <source>Food</source>
        <translation>Φαγητό</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="91" />
        <location filename="../../qml/Table/VisitCardSheet.qml" line="97" />
        <source>Service</source>
        <translation>Εξυπηρέτηση</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="103" />
        <location filename="../../qml/Table/VisitCardSheet.qml" line="109" />
        <source>Ambience</source>
        <translation>Ατμόσφαιρα</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="118" />
        <source>How likely are you to recommend us to a friend?</source>
        <translation>Πόσο πιθανό είναι να μας προτείνετε σε έναν φίλο;</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="134" />
        <source>Recommend: %1 of 10</source>
        <translation>Σύσταση: %1 στα 10</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="169" />
        <source>Not likely</source>
        <translation>Απίθανο</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="175" />
        <source>Very likely</source>
        <translation>Πολύ πιθανό</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="187" />
        <source>Anything you'd like to tell us? (optional)</source>
        <translation>Θέλετε να μας πείτε κάτι; (προαιρετικό)</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="207" />
        <source>Your e-mail, if we may write back (optional)</source>
        <translation>Το e-mail σας, αν θέλετε απάντηση (προαιρετικό)</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="229" />
        <source>The restaurant may keep my e-mail address to reply to this card. It can be deleted at my request.</source>
        <translation>Το εστιατόριο μπορεί να κρατήσει το e-mail μου για να απαντήσει σε αυτή την κάρτα. Διαγράφεται όποτε το ζητήσω.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="255" />
        <source>Not now</source>
        <translation>Όχι τώρα</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="263" />
        <source>Send</source>
        <translation>Αποστολή</translation>
    </message>
</context>
<context>
    <name>VoiceComments</name>
    <message>
        <location filename="../../qml/Owner/VoiceComments.qml" line="32" />
        <source>Comments</source>
        <translation>Σχόλια</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceComments.qml" line="53" />
        <source>%1 ✕</source>
        <translation>%1 ✕</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceComments.qml" line="62" />
        <source>Show the comments on every dish</source>
        <translation>Σχόλια για όλα τα πιάτα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceComments.qml" line="70" />
        <location filename="../../qml/Owner/VoiceComments.qml" line="71" />
        <source>Any rating</source>
        <translation>Όλες οι βαθμολογίες</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/VoiceComments.qml" line="71" />
        <source>%n stars</source>
        <translation>
            <numerusform>%n αστέρι</numerusform><numerusform>%n αστέρια</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceComments.qml" line="83" />
        <source>From (2026-11-23)</source>
        <translation>Από (2026-11-23)</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceComments.qml" line="87" />
        <source>First day</source>
        <translation>Πρώτη μέρα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceComments.qml" line="95" />
        <source>To (2026-11-30)</source>
        <translation>Έως (2026-11-30)</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceComments.qml" line="99" />
        <source>Last day</source>
        <translation>Τελευταία μέρα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceComments.qml" line="105" />
        <source>Show</source>
        <translation>Εμφάνιση</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceComments.qml" line="163" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceComments.qml" line="209" />
        <source>Newer</source>
        <translation>Νεότερα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceComments.qml" line="216" />
        <source>Older</source>
        <translation>Παλαιότερα</translation>
    </message>
</context>
<context>
    <name>VoiceContacts</name>
    <message>
        <location filename="../../qml/Owner/VoiceContacts.qml" line="23" />
        <source>Guests who may be contacted</source>
        <translation>Πελάτες που δέχονται επικοινωνία</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceContacts.qml" line="38" />
        <source>No guest left an e-mail.</source>
        <translation>Κανένας πελάτης δεν άφησε e-mail.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceContacts.qml" line="106" />
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceContacts.qml" line="108" />
        <source>Delete the e-mail %1</source>
        <translation>Διαγραφή του e-mail %1</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceContacts.qml" line="119" />
        <source>Keep</source>
        <translation>Διατήρηση</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceContacts.qml" line="125" />
        <source>Delete for good</source>
        <translation>Οριστική διαγραφή</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/VoiceContacts.qml" line="157" />
        <source>%n days</source>
        <translation>
            <numerusform>%n ημέρα</numerusform><numerusform>%n ημέρες</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/VoiceContacts.qml" line="158" />
        <source>Keep comments for %n days</source>
        <translation>
            <numerusform>Διατήρηση σχολίων για %n ημέρα</numerusform><numerusform>Διατήρηση σχολίων για %n ημέρες</numerusform></translation>
    </message>
</context>
<context>
    <name>VoiceDishes</name>
    <message>
        <location filename="../../qml/Owner/VoiceDishes.qml" line="24" />
        <source>Dishes</source>
        <translation>Πιάτα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceDishes.qml" line="35" />
        <source>No dish was rated in these weeks.</source>
        <translation>Κανένα πιάτο δεν βαθμολογήθηκε αυτές τις εβδομάδες.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceDishes.qml" line="139" />
        <source>%1, %2 stars, %3</source>
        <translation>%1, %2 αστέρια, %3</translation>
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
    <name>WindowsEditor</name>
    <message>
        <location filename="../../qml/Owner/WindowsEditor.qml" line="17" />
        <source>When it is served</source>
        <translation>Πότε σερβίρεται</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/WindowsEditor.qml" line="73" />
        <source>From</source>
        <translation>Από</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/WindowsEditor.qml" line="83" />
        <source>Until</source>
        <translation>Έως</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/WindowsEditor.qml" line="93" />
        <source>Until midnight</source>
        <translation>Έως τα μεσάνυχτα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/WindowsEditor.qml" line="122" />
        <source>Remove these hours</source>
        <translation>Αφαίρεση αυτού του ωραρίου</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/WindowsEditor.qml" line="131" />
        <source>Serve it at set times only</source>
        <translation>Σερβίρισμα μόνο σε ορισμένες ώρες</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/WindowsEditor.qml" line="132" />
        <source>Add more hours</source>
        <translation>Προσθήκη κι άλλου ωραρίου</translation>
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
        <location filename="../../qml/Owner/dishform.cpp" line="119" />
        <source>Write the price as a number, for example %1.</source>
        <translation>Γράψτε την τιμή ως αριθμό, για παράδειγμα %1.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/dishform.cpp" line="124" />
        <source>A price cannot be below zero.</source>
        <translation>Η τιμή δεν μπορεί να είναι αρνητική.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/dishform.cpp" line="126" />
        <source>A price cannot be above %1.</source>
        <translation>Η τιμή δεν μπορεί να ξεπερνά το %1.</translation>
    </message>
</context>
<context>
    <name>tableside::GuestVoiceView</name>
    <message>
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="154" />
        <source>Write a day as year-month-day, for example 2026-11-23.</source>
        <translation>Γράψτε την ημέρα ως έτος-μήνας-ημέρα, για παράδειγμα 2026-11-23.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="160" />
        <source>The first day comes after the last one.</source>
        <translation>Η πρώτη μέρα είναι μετά την τελευταία.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="233" />
        <source>The hub did not answer. Check the connection and try again.</source>
        <translation>Ο διακομιστής δεν απάντησε. Ελέγξτε τη σύνδεση και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="310" />
        <source>No answers yet</source>
        <translation>Καμία απάντηση ακόμα</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="321" />
        <source>No visit cards in these weeks yet.</source>
        <translation>Καμία κάρτα επίσκεψης αυτές τις εβδομάδες ακόμα.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="326" />
        <source>%n visit cards: food %1, service %2, ambience %3 of 5.</source>
        <translation>
            <numerusform>%n κάρτα επίσκεψης: φαγητό %1, εξυπηρέτηση %2, ατμόσφαιρα %3 στα 5.</numerusform><numerusform>%n κάρτες επίσκεψης: φαγητό %1, εξυπηρέτηση %2, ατμόσφαιρα %3 στα 5.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="335" />
        <source>The score is the percentage who answer 9 or 10 to "Would you recommend us?" less those who answer 0 to 6.</source>
        <translation>Ο δείκτης είναι το ποσοστό όσων απαντούν 9 ή 10 στο «Θα μας προτείνατε;» μείον όσους απαντούν 0 έως 6.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="338" />
        <source>%1 would recommend us (9 or 10), %2 are passive (7 or 8), %3 would not (0 to 6).</source>
        <translation>%1 θα μας πρότειναν (9 ή 10), %2 είναι ουδέτεροι (7 ή 8), %3 όχι (0 έως 6).</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="349" />
        <source>No comments match.</source>
        <translation>Κανένα σχόλιο δεν ταιριάζει.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="351" />
        <source>Comments %1 to %2 of %3</source>
        <translation>Σχόλια %1 έως %2 από %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="358" />
        <source>Comments and e-mails are erased after %n days; the stars stay.</source>
        <translation>
            <numerusform>Τα σχόλια και τα e-mail διαγράφονται μετά από %n ημέρα· τα αστέρια μένουν.</numerusform><numerusform>Τα σχόλια και τα e-mail διαγράφονται μετά από %n ημέρες· τα αστέρια μένουν.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="369" />
        <source>%1 ★ from %n ratings</source>
        <translation>
            <numerusform>%1 ★ από %n βαθμολογία</numerusform><numerusform>%1 ★ από %n βαθμολογίες</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="403" />
        <source>%n ratings</source>
        <translation>
            <numerusform>%n βαθμολογία</numerusform><numerusform>%n βαθμολογίες</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="417" />
        <source>The visit</source>
        <translation>Η επίσκεψη</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="423" />
        <source>Table %1</source>
        <translation>Τραπέζι %1</translation>
    </message>
</context>
<context>
    <name>tableside::IdeaBoard</name>
    <message>
        <location filename="../../qml/Table/ideaboard.cpp" line="85" />
        <source>The restaurant cannot be reached; your idea is still here to send.</source>
        <translation>Το εστιατόριο δεν είναι διαθέσιμο· η ιδέα σας μένει εδώ για αποστολή.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ideaboard.cpp" line="97" />
        <source>The restaurant cannot be reached; try again in a moment.</source>
        <translation>Το εστιατόριο δεν είναι διαθέσιμο· δοκιμάστε ξανά σε λίγο.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ideaboard.cpp" line="134" />
        <source>Your table has already voted for this idea.</source>
        <translation>Το τραπέζι σας έχει ήδη ψηφίσει αυτή την ιδέα.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ideaboard.cpp" line="136" />
        <source>Write your idea first.</source>
        <translation>Γράψτε πρώτα την ιδέα σας.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ideaboard.cpp" line="138" />
        <source>An idea is at most %1 characters.</source>
        <translation>Μια ιδέα έχει έως %1 χαρακτήρες.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ideaboard.cpp" line="140" />
        <source>That idea is no longer on the board.</source>
        <translation>Αυτή η ιδέα δεν είναι πια στον πίνακα.</translation>
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
    <name>tableside::MenuSpreadsheet</name>
    <message>
        <location filename="../../qml/Owner/menuspreadsheet.cpp" line="99" />
        <source>The spreadsheet could not be saved there: choose another folder or name.</source>
        <translation>Το υπολογιστικό φύλλο δεν μπόρεσε να αποθηκευτεί εκεί: επιλέξτε άλλο φάκελο ή όνομα.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/menuspreadsheet.cpp" line="104" />
        <source>The menu is saved as the spreadsheet %1.</source>
        <translation>Το μενού αποθηκεύτηκε στο υπολογιστικό φύλλο %1.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/menuspreadsheet.cpp" line="118" />
        <source>That file cannot be read. Choose another.</source>
        <translation>Αυτό το αρχείο δεν διαβάζεται. Επιλέξτε άλλο.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/menuspreadsheet.cpp" line="136" />
        <source>The spreadsheet is the draft now. Publish to show it on the tables.</source>
        <translation>Το υπολογιστικό φύλλο είναι τώρα το πρόχειρο. Δημοσιεύστε για να εμφανιστεί στα τραπέζια.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/menuspreadsheet.cpp" line="160" />
        <source>The hub cannot be reached. Nothing was changed; try again when it is back.</source>
        <translation>Ο διακομιστής δεν είναι προσβάσιμος. Δεν άλλαξε τίποτα· δοκιμάστε ξανά όταν επανέλθει.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/menuspreadsheet.cpp" line="167" />
        <source>That PIN is not right. Nothing was imported.</source>
        <translation>Ο PIN δεν είναι σωστός. Δεν εισήχθη τίποτα.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/menuspreadsheet.cpp" line="170" />
        <source>Too many wrong PINs: the PIN is locked for a while. Nothing was imported.</source>
        <translation>Πάρα πολλοί λάθος PIN: ο PIN κλειδώθηκε για λίγο. Δεν εισήχθη τίποτα.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/menuspreadsheet.cpp" line="174" />
        <source>Only an owner's device and PIN can change the menu.</source>
        <translation>Μόνο συσκευή και PIN ιδιοκτήτη μπορούν να αλλάξουν το μενού.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/menuspreadsheet.cpp" line="177" />
        <source>That file is too large: a spreadsheet may be at most 4 MB.</source>
        <translation>Το αρχείο είναι πολύ μεγάλο: ένα υπολογιστικό φύλλο μπορεί να είναι έως 4 MB.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/menuspreadsheet.cpp" line="181" />
        <source>The hub could not do it. Nothing was changed; try again.</source>
        <translation>Ο διακομιστής δεν μπόρεσε να το κάνει. Δεν άλλαξε τίποτα· δοκιμάστε ξανά.</translation>
    </message>
</context>
<context>
    <name>tableside::MenuStructure</name>
    <message>
        <location filename="../../qml/Owner/categoryform.cpp" line="65" />
        <source>Write the category's name in %1, the menu's default language.</source>
        <translation>Γράψτε το όνομα της κατηγορίας στη γλώσσα %1, την προεπιλεγμένη γλώσσα του μενού.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/categoryform.cpp" line="77" />
        <source>The category needs a key.</source>
        <translation>Η κατηγορία χρειάζεται κλειδί.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/categoryform.cpp" line="80" />
        <location filename="../../qml/Owner/menustructure.cpp" line="60" />
        <source>A key is lowercase letters, digits and single hyphens, at most %Ln characters.</source>
        <translation>
            <numerusform>Το κλειδί έχει πεζά λατινικά γράμματα, ψηφία και μονές παύλες, έως %Ln χαρακτήρα.</numerusform><numerusform>Το κλειδί έχει πεζά λατινικά γράμματα, ψηφία και μονές παύλες, έως %Ln χαρακτήρες.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/categoryform.cpp" line="85" />
        <source>Another category has the key “%1”.</source>
        <translation>Άλλη κατηγορία έχει ήδη το κλειδί «%1».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/categoryform.cpp" line="101" />
        <source>This category holds %Ln dish(es): move them to another category or remove them before removing it.</source>
        <translation>
            <numerusform>Αυτή η κατηγορία έχει %Ln πιάτο: μεταφέρετέ το σε άλλη κατηγορία ή αφαιρέστε το πριν αφαιρέσετε την κατηγορία.</numerusform><numerusform>Αυτή η κατηγορία έχει %Ln πιάτα: μεταφέρετέ τα σε άλλη κατηγορία ή αφαιρέστε τα πριν αφαιρέσετε την κατηγορία.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/dishstock.cpp" line="52" />
        <source>This dish is not on the tables yet: publish it first, then it can be sold out or counted.</source>
        <translation>Αυτό το πιάτο δεν είναι ακόμα στα τραπέζια: δημοσιεύστε το πρώτα και μετά μπορεί να δηλωθεί εξαντλημένο ή να μετρηθεί.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/dishstock.cpp" line="58" />
        <source>On sale, not counted.</source>
        <translation>Διαθέσιμο, χωρίς μέτρηση.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/dishstock.cpp" line="67" />
        <source>Sold out</source>
        <translation>Εξαντλήθηκε</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/dishstock.cpp" line="69" />
        <source>Only %Ln left</source>
        <translation>
            <numerusform>Έμεινε μόνο %Ln</numerusform><numerusform>Έμειναν μόνο %Ln</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/dishstock.cpp" line="124" />
        <source>The hub did not answer. Check the connection and try again.</source>
        <translation>Ο διακομιστής δεν απάντησε. Ελέγξτε τη σύνδεση και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/menustructure.cpp" line="56" />
        <source>The dish needs a key: write its name first.</source>
        <translation>Το πιάτο χρειάζεται κλειδί: γράψτε πρώτα το όνομά του.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/menustructure.cpp" line="66" />
        <source>Another dish has the key “%1”.</source>
        <translation>Άλλο πιάτο έχει ήδη το κλειδί «%1».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/menustructure.cpp" line="98" />
        <source>%Ln option(s)</source>
        <translation>
            <numerusform>%Ln επιλογή</numerusform><numerusform>%Ln επιλογές</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/menustructure.cpp" line="101" />
        <source>Offered on no dish.</source>
        <translation>Δεν προσφέρεται σε κανένα πιάτο.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/menustructure.cpp" line="102" />
        <source>Offered on %1.</source>
        <translation>Προσφέρεται σε: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/menustructure.cpp" line="108" />
        <source>Offered on %Ln dish(es): take it off them before removing it.</source>
        <translation>
            <numerusform>Προσφέρεται σε %Ln πιάτο: βγάλτε τη λίστα από αυτό πριν την αφαιρέσετε.</numerusform><numerusform>Προσφέρεται σε %Ln πιάτα: βγάλτε τη λίστα από αυτά πριν την αφαιρέσετε.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/modifierlistform.cpp" line="64" />
        <source>Write the list's name in %1, the menu's default language.</source>
        <translation>Γράψτε το όνομα της λίστας στη γλώσσα %1, την προεπιλεγμένη γλώσσα του μενού.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/modifierlistform.cpp" line="70" />
        <source>A list needs at least one option.</source>
        <translation>Μια λίστα χρειάζεται τουλάχιστον μία επιλογή.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/modifierlistform.cpp" line="73" />
        <source>Write the name of option %1 in %2, the menu's default language.</source>
        <translation>Γράψτε το όνομα της επιλογής %1 στη γλώσσα %2, την προεπιλεγμένη γλώσσα του μενού.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/modifierlistform.cpp" line="86" />
        <source>The list's name makes no key: write it with some Latin letters or digits.</source>
        <translation>Από το όνομα της λίστας δεν προκύπτει κλειδί: γράψτε το με μερικά λατινικά γράμματα ή ψηφία.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/modifierlistform.cpp" line="137" />
        <source>Write the price change as a number, for example %1 or %2.</source>
        <translation>Γράψτε τη διαφορά τιμής ως αριθμό, για παράδειγμα %1 ή %2.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/modifierlistform.cpp" line="143" />
        <source>A price change cannot be more than %1 up or down.</source>
        <translation>Η διαφορά τιμής δεν μπορεί να ξεπερνά το %1, πάνω ή κάτω.</translation>
    </message>
</context>
<context>
    <name>tableside::OwnerScreen</name>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="227" />
        <source>The hub cannot be reached, so the PIN cannot be checked.</source>
        <translation>Ο διακομιστής δεν είναι προσβάσιμος, οπότε ο PIN δεν μπορεί να ελεγχθεί.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="410" />
        <source>No changes since version %1 was published.</source>
        <translation>Καμία αλλαγή από τη δημοσίευση της έκδοσης %1.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="413" />
        <source>No changes to publish.</source>
        <translation>Καμία αλλαγή για δημοσίευση.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/ownerscreen.cpp" line="416" />
        <source>%n unpublished changes.</source>
        <translation>
            <numerusform>%Ln αδημοσίευτη αλλαγή.</numerusform><numerusform>%Ln αδημοσίευτες αλλαγές.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="418" />
        <source>Last change at %1. %2</source>
        <translation>Τελευταία αλλαγή στις %1. %2</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="420" />
        <source>Last change by %1 at %2. %3</source>
        <translation>Τελευταία αλλαγή από %1 στις %2. %3</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="480" />
        <source>That PIN is not right. Try again.</source>
        <translation>Ο PIN δεν είναι σωστός. Δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="482" />
        <source>Too many wrong PINs: the PIN is locked for a while.</source>
        <translation>Πάρα πολλοί λάθος PIN: ο PIN κλειδώθηκε για λίγο.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="485" />
        <source>Only an owner's PIN can change the menu.</source>
        <translation>Μόνο ο PIN ιδιοκτήτη μπορεί να αλλάξει το μενού.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="488" />
        <source>Someone else changed the draft just now. Check it, then publish again.</source>
        <translation>Κάποιος άλλος μόλις άλλαξε το πρόχειρο. Ελέγξτε το και δημοσιεύστε ξανά.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="492" />
        <source>There are no changes to publish.</source>
        <translation>Δεν υπάρχουν αλλαγές για δημοσίευση.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/ownerscreen.cpp" line="494" />
        <source>Fix %n problems before publishing: they are listed under Problems.</source>
        <translation>
            <numerusform>Διορθώστε %Ln πρόβλημα πριν από τη δημοσίευση: θα το βρείτε στη λίστα προβλημάτων.</numerusform><numerusform>Διορθώστε %Ln προβλήματα πριν από τη δημοσίευση: θα τα βρείτε στη λίστα προβλημάτων.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="499" />
        <source>That version is not kept.</source>
        <translation>Αυτή η έκδοση δεν έχει διατηρηθεί.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="501" />
        <source>The hub did not answer. Check the connection and try again.</source>
        <translation>Ο διακομιστής δεν απάντησε. Ελέγξτε τη σύνδεση και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="571" />
        <source>Saved in the draft. Publish to show it on the tables.</source>
        <translation>Αποθηκεύτηκε στο πρόχειρο. Δημοσιεύστε για να εμφανιστεί στα τραπέζια.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="579" />
        <source>Published as version %1: every table shows it now.</source>
        <translation>Δημοσιεύτηκε ως έκδοση %1: τώρα τη δείχνουν όλα τα τραπέζια.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="582" />
        <source>Rolled back: version %1 is on every table now.</source>
        <translation>Έγινε επαναφορά: η έκδοση %1 είναι τώρα σε όλα τα τραπέζια.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="599" />
        <source>The last change is undone.</source>
        <translation>Η τελευταία αλλαγή αναιρέθηκε.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="660" />
        <source>Restored version %1.</source>
        <translation>Επαναφέρθηκε η έκδοση %1.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="664" />
        <source>The menu as it was.</source>
        <translation>Το μενού όπως ήταν.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="669" />
        <source>Version %1</source>
        <translation>Έκδοση %1</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="671" />
        <source>Version %1 by %2</source>
        <translation>Έκδοση %1 από %2</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="703" />
        <source>Vegetarian</source>
        <translation>Χορτοφαγικό</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="705" />
        <source>Vegan</source>
        <translation>Vegan</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="707" />
        <source>Gluten-free</source>
        <translation>Χωρίς γλουτένη</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="709" />
        <source>Halal</source>
        <translation>Χαλάλ</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="713" />
        <source>Drink</source>
        <translation>Ποτό</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="715" />
        <source>Starter</source>
        <translation>Ορεκτικό</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="717" />
        <source>Main</source>
        <translation>Κυρίως πιάτο</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="719" />
        <source>Side</source>
        <translation>Συνοδευτικό</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="721" />
        <source>Dessert</source>
        <translation>Γλυκά</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="726" />
        <source>Not spicy</source>
        <translation>Όχι καυτερό</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="728" />
        <source>Mild</source>
        <translation>Ήπιο</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="730" />
        <source>Medium</source>
        <translation>Μέτριο</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="732" />
        <source>Hot</source>
        <translation>Καυτερό</translation>
    </message>
</context>
<context>
    <name>tableside::OwnerTips</name>
    <message>
        <location filename="../../qml/Owner/ownertips.cpp" line="181" />
        <source>The list is full: remove a place to add another.</source>
        <translation>Η λίστα είναι πλήρης: αφαιρέστε ένα μέρος για να προσθέσετε άλλο.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownertips.cpp" line="185" />
        <source>That place was removed on another screen.</source>
        <translation>Αυτό το μέρος αφαιρέθηκε σε άλλη οθόνη.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownertips.cpp" line="187" />
        <source>The hub no longer takes this PIN: lock the screen and sign in again.</source>
        <translation>Ο κόμβος δεν δέχεται πια αυτό το PIN: κλειδώστε την οθόνη και συνδεθείτε ξανά.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownertips.cpp" line="191" />
        <source>Only an owner's PIN can change Explore the area.</source>
        <translation>Μόνο το PIN ενός ιδιοκτήτη αλλάζει το «Εξερευνήστε την περιοχή».</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownertips.cpp" line="194" />
        <source>The hub cannot be reached, so nothing was changed. Try again when it is back.</source>
        <translation>Ο κόμβος δεν είναι προσβάσιμος, οπότε δεν άλλαξε τίποτα. Δοκιμάστε ξανά όταν επανέλθει.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownertips.cpp" line="198" />
        <source>The hub could not keep the change. Try again.</source>
        <translation>Ο κόμβος δεν μπόρεσε να κρατήσει την αλλαγή. Δοκιμάστε ξανά.</translation>
    </message>
</context>
<context>
    <name>tableside::PhotoUpload</name>
    <message>
        <location filename="../../qml/Owner/photoupload.cpp" line="63" />
        <source>That file cannot be read. Choose another photo.</source>
        <translation>Αυτό το αρχείο δεν διαβάζεται. Επιλέξτε άλλη φωτογραφία.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/photoupload.cpp" line="132" />
        <source>The hub cannot be reached, so the photo was not sent. Try again when it is back.</source>
        <translation>Ο διακομιστής δεν είναι προσβάσιμος, οπότε η φωτογραφία δεν στάλθηκε. Δοκιμάστε ξανά όταν επανέλθει.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/photoupload.cpp" line="136" />
        <source>That file is not a photo the hub can read: choose a JPEG or PNG image.</source>
        <translation>Αυτό το αρχείο δεν είναι φωτογραφία που διαβάζει ο διακομιστής: επιλέξτε εικόνα JPEG ή PNG.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/photoupload.cpp" line="140" />
        <source>That photo has too many pixels: at most 50 megapixels.</source>
        <translation>Η φωτογραφία έχει πάρα πολλά pixel: έως 50 megapixel.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/photoupload.cpp" line="143" />
        <source>That file is too large: a photo may be at most 16 MB.</source>
        <translation>Το αρχείο είναι πολύ μεγάλο: μια φωτογραφία μπορεί να είναι έως 16 MB.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/photoupload.cpp" line="146" />
        <source>The hub does not take photos from this device: only an owner's device may add them.</source>
        <translation>Ο διακομιστής δεν δέχεται φωτογραφίες από αυτή τη συσκευή: μόνο συσκευή ιδιοκτήτη μπορεί να τις προσθέσει.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/photoupload.cpp" line="149" />
        <source>The hub could not keep the photo. Try again.</source>
        <translation>Ο διακομιστής δεν μπόρεσε να κρατήσει τη φωτογραφία. Δοκιμάστε ξανά.</translation>
    </message>
</context>
<context>
    <name>tableside::RecommendationsModel</name>
    <message>
        <location filename="../../core/models/recommendationsmodel.cpp" line="112" />
        <source>Often ordered with this</source>
        <translation>Συχνά μαζί με αυτό</translation>
    </message>
    <message>
        <location filename="../../core/models/recommendationsmodel.cpp" line="113" />
        <source>Often ordered with your choices</source>
        <translation>Συχνά μαζί με τις επιλογές σας</translation>
    </message>
    <message>
        <location filename="../../core/models/recommendationsmodel.cpp" line="115" />
        <source>Popular tonight</source>
        <translation>Δημοφιλές απόψε</translation>
    </message>
    <message>
        <location filename="../../core/models/recommendationsmodel.cpp" line="117" />
        <source>The house recommends</source>
        <translation>Η πρόταση του σπιτιού</translation>
    </message>
</context>
<context>
    <name>tableside::ServingHours</name>
    <message>
        <location filename="../../core/models/servinghours.cpp" line="62" />
        <source>%1–%2</source>
        <comment>a time range: from, until</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../../core/models/servinghours.cpp" line="70" />
        <source>Served from %1.</source>
        <comment>every day; %1: a time</comment>
        <translation>Σερβίρεται από τις %1.</translation>
    </message>
    <message>
        <location filename="../../core/models/servinghours.cpp" line="72" />
        <source>Served %1.</source>
        <comment>every day; %1: times</comment>
        <translation>Σερβίρεται %1.</translation>
    </message>
    <message>
        <location filename="../../core/models/servinghours.cpp" line="76" />
        <source>Served from %1 on weekdays.</source>
        <comment>%1: a time</comment>
        <translation>Σερβίρεται τις καθημερινές από τις %1.</translation>
    </message>
    <message>
        <location filename="../../core/models/servinghours.cpp" line="78" />
        <source>Served %1 on weekdays.</source>
        <comment>%1: times</comment>
        <translation>Σερβίρεται τις καθημερινές %1.</translation>
    </message>
    <message>
        <location filename="../../core/models/servinghours.cpp" line="82" />
        <source>Served from %1 at weekends.</source>
        <comment>%1: a time</comment>
        <translation>Σερβίρεται τα Σαββατοκύριακα από τις %1.</translation>
    </message>
    <message>
        <location filename="../../core/models/servinghours.cpp" line="84" />
        <source>Served %1 at weekends.</source>
        <comment>%1: times</comment>
        <translation>Σερβίρεται τα Σαββατοκύριακα %1.</translation>
    </message>
    <message>
        <location filename="../../core/models/servinghours.cpp" line="89" />
        <source>Served from %1 on %2.</source>
        <comment>%1: a time; %2: days of the week</comment>
        <translation>Σερβίρεται %2 από τις %1.</translation>
    </message>
    <message>
        <location filename="../../core/models/servinghours.cpp" line="91" />
        <source>Served %1 on %2.</source>
        <comment>%1: times; %2: days of the week</comment>
        <translation>Σερβίρεται %2, %1.</translation>
    </message>
</context>
<context>
    <name>tableside::TableScreen</name>
    <message>
        <location filename="../../qml/Table/tablescreen_orders.cpp" line="34" />
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
        <location filename="../../qml/Table/tablescreen.cpp" line="390" />
        <source>Your bill is on its way.</source>
        <translation>Ο λογαριασμός σας έρχεται.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen.cpp" line="392" />
        <source>The bill request was not sent. Please try again.</source>
        <translation>Το αίτημα για τον λογαριασμό δεν στάλθηκε. Δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen.cpp" line="394" />
        <source>Bill requested — waiting for staff.</source>
        <translation>Ζητήθηκε ο λογαριασμός — περιμένουμε το προσωπικό.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen.cpp" line="400" />
        <source>Your order was not accepted: %1</source>
        <translation>Η παραγγελία σας δεν έγινε δεκτή: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen.cpp" line="405" />
        <source>Your message was not sent: %1</source>
        <translation>Το μήνυμά σας δεν στάλθηκε: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen_feedback.cpp" line="19" />
        <location filename="../../qml/Table/tablescreen_feedback.cpp" line="53" />
        <source>This screen cannot send ratings: it has no outbox.</source>
        <translation>Αυτή η οθόνη δεν μπορεί να στείλει αξιολογήσεις: δεν έχει ουρά αποστολής.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen_feedback.cpp" line="87" />
        <source>Your rating was not taken: %1</source>
        <translation>Η αξιολόγησή σας δεν καταχωρίστηκε: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen_feedback.cpp" line="92" />
        <source>Your card was not taken: %1</source>
        <translation>Η κάρτα σας δεν καταχωρίστηκε: %1</translation>
    </message>
</context>
<context>
    <name>tableside::TipForm</name>
    <message>
        <location filename="../../qml/Owner/tipform.cpp" line="209" />
        <source>Give the place a name of at most %1 characters.</source>
        <translation>Δώστε στο μέρος ένα όνομα έως %1 χαρακτήρες.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/tipform.cpp" line="213" />
        <source>Describe the place in %1, the venue's default language, in at most %2 characters for each language.</source>
        <translation>Περιγράψτε το μέρος στα %1, την κύρια γλώσσα του καταστήματος, με έως %2 χαρακτήρες σε κάθε γλώσσα.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/tipform.cpp" line="219" />
        <source>Opening hours take at most %1 characters in each language.</source>
        <translation>Οι ώρες λειτουργίας έχουν έως %1 χαρακτήρες σε κάθε γλώσσα.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/tipform.cpp" line="223" />
        <source>Minutes on foot: from 0 to %1.</source>
        <translation>Λεπτά με τα πόδια: από 0 έως %1.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/tipform.cpp" line="226" />
        <source>The link is a whole web address that begins with https:// or http://, without spaces, at most %1 characters.</source>
        <translation>Ο σύνδεσμος είναι πλήρης διεύθυνση ιστού που αρχίζει με https:// ή http://, χωρίς κενά, έως %1 χαρακτήρες.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/tipform.cpp" line="231" />
        <source>The hub no longer has this photo: choose it again.</source>
        <translation>Ο κόμβος δεν έχει πια αυτή τη φωτογραφία: επιλέξτε την ξανά.</translation>
    </message>
</context>
<context>
    <name>tableside::WindowsForm</name>
    <message>
        <location filename="../../qml/Owner/windowsform.cpp" line="72" />
        <source>Its dishes can be ordered at any time.</source>
        <comment>a category</comment>
        <translation>Τα πιάτα της παραγγέλνονται οποιαδήποτε ώρα.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/windowsform.cpp" line="75" />
        <source>It can be ordered at any time.</source>
        <comment>a dish</comment>
        <translation>Παραγγέλνεται οποιαδήποτε ώρα.</translation>
    </message>
</context>
</TS>
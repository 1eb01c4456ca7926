<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fa">
<context>
    <name>AlertCard</name>
    <message numerus="yes">
        <location filename="../../qml/Host/AlertCard.qml" line="20" />
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln پیام تازه</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="21" />
        <source>Food ready</source>
        <translation>غذا آماده است</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="22" />
        <source>Bill requested</source>
        <translation>صورت‌حساب خواسته شد</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="23" />
        <source>Water, please</source>
        <translation>آب، لطفاً</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="24" />
        <source>Cutlery, please</source>
        <translation>قاشق و چنگال، لطفاً</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="25" />
        <location filename="../../qml/Host/AlertCard.qml" line="26" />
        <source>Waiter called</source>
        <translation>گارسون صدا زده شد</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="68" />
        <source>T%1</source>
        <translation>م%1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="94" />
        <source>ESCALATED · waiting at the pass %1</source>
        <translation>فوری · در انتظار سرو %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="96" />
        <source>ESCALATED · %1 ago</source>
        <translation>فوری · %1 پیش</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="95" />
        <source>waiting at the pass %1</source>
        <translation>در انتظار سرو %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="96" />
        <source>%1 ago</source>
        <translation>%1 پیش</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="141" />
        <source>Served ✓</source>
        <translation>سرو شد ✓</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="141" />
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="142" />
        <source>On my way</source>
        <translation>آمدم</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="144" />
        <source>Mark table %1's food served</source>
        <translation>غذای میز %1 سرو شد</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="145" />
        <source>Open table %1's messages</source>
        <translation>باز کردن پیام‌های میز %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="146" />
        <source>Acknowledge table %1</source>
        <translation>تأیید میز %1</translation>
    </message>
</context>
<context>
    <name>AllDayPanel</name>
    <message>
        <location filename="../../qml/Kitchen/AllDayPanel.qml" line="18" />
        <source>All day</source>
        <translation>کل روز</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/AllDayPanel.qml" line="71" />
        <source>Nothing open</source>
        <translation>چیزی باز نیست</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <location filename="../../qml/Table/CallList.qml" line="46" />
        <source>Still waiting — we have reminded the staff.</source>
        <translation>هنوز در انتظار — به کارکنان یادآوری کردیم.</translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <location filename="../../qml/Table/CallSheet.qml" line="26" />
        <source>Call a waiter</source>
        <translation>صدا زدن گارسون</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CallSheet.qml" line="34" />
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>CartLineDelegate</name>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="79" />
        <source>Note: %1</source>
        <translation>یادداشت: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="90" />
        <source>Sold out: remove it to place the order</source>
        <translation>تمام شده: برای ثبت سفارش آن را حذف کنید</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="100" />
        <source>No longer on the menu: remove it to place the order</source>
        <translation>دیگر در منو نیست: برای ثبت سفارش آن را حذف کنید</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="110" />
        <source>Not served at this hour: remove it to place the order. %1</source>
        <translation>این ساعت سرو نمی‌شود: برای ثبت سفارش آن را حذف کنید. %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="127" />
        <source>The price is now %1 each, not %2.</source>
        <translation>قیمت اکنون هر عدد %1 است، نه %2.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="140" />
        <source>Keep it</source>
        <translation>بماند</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="141" />
        <source>Keep this dish at its new price</source>
        <translation>نگه داشتن این غذا با قیمت جدید</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="171" />
        <source>Seat %1</source>
        <translation>صندلی %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="172" />
        <source>Table</source>
        <translation>میز</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="173" />
        <source>Choose the seat for this dish</source>
        <translation>صندلی این غذا را انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="184" />
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="36" />
        <source>Your order</source>
        <translation>سفارش شما</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="47" />
        <source>Order status</source>
        <translation>وضعیت سفارش</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="56" />
        <source>The menu has just changed: check the marked dishes before you order.</source>
        <translation>منو همین حالا تغییر کرد: پیش از سفارش، غذاهای علامت‌خورده را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="88" />
        <source>Nothing here yet</source>
        <translation>هنوز چیزی اینجا نیست</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="96" />
        <source>Tap a dish to add it. Everyone at the table can add to this order.</source>
        <translation>برای افزودن، روی یک غذا بزنید. همه‌ی افراد سر میز می‌توانند به این سفارش اضافه کنند.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="110" />
        <source>Before you order</source>
        <translation>پیش از سفارش</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="119" />
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="136" />
        <source>Place order</source>
        <translation>ثبت سفارش</translation>
    </message>
</context>
<context>
    <name>CategoryFormPage</name>
    <message>
        <location filename="../../qml/Owner/CategoryFormPage.qml" line="25" />
        <source>New category</source>
        <translation>دسته‌ی جدید</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryFormPage.qml" line="25" />
        <source>Category “%1”</source>
        <translation>دسته‌ی «%1»</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryFormPage.qml" line="38" />
        <source>Discard changes</source>
        <translation>لغو تغییرات</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryFormPage.qml" line="38" />
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryFormPage.qml" line="44" />
        <source>Save to draft</source>
        <translation>ذخیره در پیش‌نویس</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryFormPage.qml" line="77" />
        <location filename="../../qml/Owner/CategoryFormPage.qml" line="88" />
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryFormPage.qml" line="95" />
        <source>Made from the name in the default language. It names the category in spreadsheets and cannot change once saved.</source>
        <translation>از نام به زبان پیش‌فرض ساخته می‌شود. دسته را در صفحه‌گسترده‌ها نام می‌برد و پس از ذخیره تغییر نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryFormPage.qml" line="113" />
        <source>Hidden from the tables, with all its dishes</source>
        <translation>پنهان از میزها، همراه با همه‌ی غذاهایش</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryFormPage.qml" line="131" />
        <source>Remove category</source>
        <translation>حذف دسته</translation>
    </message>
</context>
<context>
    <name>CategoryList</name>
    <message>
        <location filename="../../qml/Owner/CategoryList.qml" line="33" />
        <source>Categories</source>
        <translation>دسته‌ها</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryList.qml" line="45" />
        <source>New category</source>
        <translation>دسته‌ی جدید</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryList.qml" line="124" />
        <source>Drag to move “%1”</source>
        <translation>برای جابه‌جا کردن «%1» بکشید</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryList.qml" line="146" />
        <source>Hidden</source>
        <translation>پنهان</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryList.qml" line="151" />
        <source>Translation missing</source>
        <translation>ترجمه ناقص</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryList.qml" line="183" />
        <source>Edit “%1”</source>
        <translation>ویرایش «%1»</translation>
    </message>
</context>
<context>
    <name>CategoryRail</name>
    <message>
        <location filename="../../qml/Table/CategoryRail.qml" line="64" />
        <source>%1, not served now. %2</source>
        <translation>%1، اکنون خارج از ساعت سرو. %2</translation>
    </message>
</context>
<context>
    <name>ChatBubble</name>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="52" />
        <source>Sending…</source>
        <translation>در حال ارسال…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="52" />
        <source>Offline — will send when connected</source>
        <translation>آفلاین — پس از اتصال ارسال می‌شود</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="53" />
        <source>You · %1</source>
        <translation>شما · %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="53" />
        <source>Staff · %1</source>
        <translation>کارکنان · %1</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="17" />
        <source>💬 Messages</source>
        <translation>💬 پیام‌ها</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="62" />
        <source>Staff · %1</source>
        <translation>کارکنان · %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="62" />
        <source>Table · %1</source>
        <translation>میز · %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="71" />
        <source>No messages from this table.</source>
        <translation>پیامی از این میز نیست.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="82" />
        <location filename="../../qml/Host/ChatPanel.qml" line="83" />
        <source>Answer table %1</source>
        <translation>پاسخ به میز %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="98" />
        <source>Send</source>
        <translation>ارسال</translation>
    </message>
</context>
<context>
    <name>ChatSheet</name>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="38" />
        <source>Message staff</source>
        <translation>پیام به کارکنان</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="46" />
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="54" />
        <source>Offline — your messages will be sent when the connection is back.</source>
        <translation>آفلاین — پیام‌های شما پس از برقراری اتصال ارسال می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="87" />
        <source>Write to the staff, or tap a quick message below. A waiter will answer here.</source>
        <translation>به کارکنان بنویسید یا یکی از پیام‌های آماده‌ی زیر را بزنید. گارسون همین‌جا پاسخ می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="124" />
        <source>Write a message</source>
        <translation>پیامی بنویسید</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="125" />
        <source>Write a message to the staff</source>
        <translation>پیامی به کارکنان بنویسید</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="146" />
        <source>Send</source>
        <translation>ارسال</translation>
    </message>
</context>
<context>
    <name>ChoicesSection</name>
    <message>
        <location filename="../../qml/Owner/ChoicesSection.qml" line="20" />
        <source>Choices</source>
        <translation>انتخاب‌ها</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ChoicesSection.qml" line="24" />
        <source>Edit the lists</source>
        <translation>ویرایش فهرست‌ها</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ChoicesSection.qml" line="33" />
        <source>The menu has no choices lists yet.</source>
        <translation>منو هنوز فهرست انتخاب ندارد.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ChoicesSection.qml" line="72" />
        <source>Offer “%1”</source>
        <translation>عرضه‌ی «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/ChoicesSection.qml" line="76" />
        <source>%Ln option(s)</source>
        <translation>
            <numerusform>%Ln گزینه</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ChoicesSection.qml" line="89" />
        <location filename="../../qml/Owner/ChoicesSection.qml" line="93" />
        <source>At least</source>
        <translation>حداقل</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ChoicesSection.qml" line="103" />
        <location filename="../../qml/Owner/ChoicesSection.qml" line="107" />
        <source>At most</source>
        <translation>حداکثر</translation>
    </message>
</context>
<context>
    <name>ConfirmSheet</name>
    <message>
        <location filename="../../qml/Table/ConfirmSheet.qml" line="25" />
        <source>Send this order to the kitchen?</source>
        <translation>این سفارش به آشپزخانه فرستاده شود؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Table/ConfirmSheet.qml" line="33" />
        <source>%Ln dish(es), total %1</source>
        <translation>
            <numerusform>%Ln غذا، جمع کل %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConfirmSheet.qml" line="44" />
        <source>Not yet</source>
        <translation>هنوز نه</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConfirmSheet.qml" line="51" />
        <source>Send to kitchen</source>
        <translation>ارسال به آشپزخانه</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../qml/Table/ConnectionBanner.qml" line="31" />
        <source>Offline — will send when connected</source>
        <translation>آفلاین — پس از اتصال ارسال می‌شود</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConnectionBanner.qml" line="32" />
        <source>Offline — reconnecting to the restaurant…</source>
        <translation>آفلاین — در حال اتصال دوباره به رستوران…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConnectionBanner.qml" line="33" />
        <source>Sending…</source>
        <translation>در حال ارسال…</translation>
    </message>
</context>
<context>
    <name>DeviceGate</name>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="92" />
        <source>Pairing code from staff</source>
        <translation>کد جفت‌سازی از کارکنان</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="97" />
        <source>Pair this screen</source>
        <translation>جفت‌کردن صفحه</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="107" />
        <source>This screen is not paired with the restaurant yet. Ask staff for a pairing code and enter it here.</source>
        <translation>این صفحه هنوز با رستوران جفت نشده است. از کارکنان کد جفت‌سازی بخواهید و آن را اینجا وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="111" />
        <source>This pairing code is wrong, used or expired. Ask staff for a new code and enter it here.</source>
        <translation>این کد جفت‌سازی اشتباه، استفاده‌شده یا منقضی است. از کارکنان کد تازه‌ای بخواهید و آن را اینجا وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="114" />
        <source>This pairing code is wrong, used or expired. Ask staff for a new code, then start this screen with it.</source>
        <translation>این کد جفت‌سازی اشتباه، استفاده‌شده یا منقضی است. از کارکنان کد تازه‌ای بخواهید و این صفحه را با آن دوباره راه بیندازید.</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="119" />
        <source>The restaurant no longer knows this screen. Ask staff for a new pairing code and enter it here.</source>
        <translation>رستوران دیگر این صفحه را نمی‌شناسد. از کارکنان کد جفت‌سازی تازه‌ای بخواهید و آن را اینجا وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="122" />
        <source>The restaurant no longer knows this screen. Ask staff for a new pairing code, then start this screen with it.</source>
        <translation>رستوران دیگر این صفحه را نمی‌شناسد. از کارکنان کد جفت‌سازی تازه‌ای بخواهید و این صفحه را با آن دوباره راه بیندازید.</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="127" />
        <source>This screen runs another version of Tableside than the restaurant. Ask staff to update it.</source>
        <translation>این صفحه نسخه‌ی دیگری از Tableside را نسبت به رستوران اجرا می‌کند. از کارکنان بخواهید آن را به‌روز کنند.</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="131" />
        <source>This screen was paired as another kind of device. Ask staff for a pairing code made for this screen.</source>
        <translation>این صفحه به‌عنوان دستگاه دیگری جفت شده است. از کارکنان کد جفت‌سازی مخصوص این صفحه را بخواهید.</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="135" />
        <source>This screen was paired with table %1, not table %2. Ask staff for a pairing code for this table.</source>
        <translation>این صفحه با میز %1 جفت شده است، نه میز %2. از کارکنان کد جفت‌سازی این میز را بخواهید.</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="140" />
        <source>The restaurant turned this screen away. Ask staff for help.</source>
        <translation>رستوران این صفحه را نپذیرفت. از کارکنان کمک بخواهید.</translation>
    </message>
</context>
<context>
    <name>DishCard</name>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="28" />
        <source>%1, sold out</source>
        <translation>%1، تمام شد</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="29" />
        <source>%1, not served now. %2</source>
        <translation>%1، اکنون خارج از ساعت سرو. %2</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="30" />
        <source>%1, longer wait</source>
        <translation>%1، انتظار طولانی‌تر</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="74" />
        <source>Sold out</source>
        <translation>تمام شد</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="132" />
        <source>Longer wait</source>
        <translation>انتظار طولانی‌تر</translation>
    </message>
</context>
<context>
    <name>DishFormPage</name>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="25" />
        <source>Dish “%1”</source>
        <translation>غذای «%1»</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="25" />
        <source>New dish</source>
        <translation>غذای جدید</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="38" />
        <source>Discard changes</source>
        <translation>لغو تغییرات</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="38" />
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="44" />
        <source>Save to draft</source>
        <translation>ذخیره در پیش‌نویس</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="83" />
        <location filename="../../qml/Owner/DishFormPage.qml" line="92" />
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="105" />
        <source>Course</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="116" />
        <source>Kitchen station</source>
        <translation>بخش آشپزخانه</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="127" />
        <source>Spice</source>
        <translation>میزان تندی</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="138" />
        <source>Allergens</source>
        <translation>مواد حساسیت‌زا</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="147" />
        <source>Dietary</source>
        <translation>رژیم غذایی</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="161" />
        <source>Hidden from the tables</source>
        <translation>پنهان از میزها</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="169" />
        <source>The house recommends it: offered beside other dishes</source>
        <translation>پیشنهاد رستوران: کنار غذاهای دیگر پیشنهاد می‌شود</translation>
    </message>
</context>
<context>
    <name>DishList</name>
    <message>
        <location filename="../../qml/Owner/DishList.qml" line="25" />
        <source>Dishes</source>
        <translation>غذاها</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishList.qml" line="37" />
        <source>Choices lists</source>
        <translation>فهرست‌های انتخاب</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishList.qml" line="46" />
        <source>New dish</source>
        <translation>غذای جدید</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishList.qml" line="131" />
        <source>Drag to move “%1”</source>
        <translation>برای جابه‌جا کردن «%1» بکشید</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishList.qml" line="160" />
        <source>Hidden</source>
        <translation>پنهان</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishList.qml" line="171" />
        <source>Translation missing</source>
        <translation>ترجمه ناقص</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/DishList.qml" line="175" />
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%Ln مشکل</numerusform></translation>
    </message>
</context>
<context>
    <name>DishPlaceSection</name>
    <message>
        <location filename="../../qml/Owner/DishPlaceSection.qml" line="16" />
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishPlaceSection.qml" line="26" />
        <location filename="../../qml/Owner/DishPlaceSection.qml" line="37" />
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishPlaceSection.qml" line="47" />
        <source>Made from the name in the default language. It names the dish in spreadsheets and cannot change once saved.</source>
        <translation>از نام به زبان پیش‌فرض ساخته می‌شود. غذا را در صفحه‌گسترده‌ها نام می‌برد و پس از ذخیره تغییر نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishPlaceSection.qml" line="55" />
        <source>Remove dish</source>
        <translation>حذف غذا</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishPlaceSection.qml" line="77" />
        <source>Remove “%1” from the menu? The tables keep it until you publish.</source>
        <translation>«%1» از منو حذف شود؟ تا منتشر نکنید، روی میزها می‌ماند.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishPlaceSection.qml" line="86" />
        <source>Keep it</source>
        <translation>بماند</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishPlaceSection.qml" line="92" />
        <source>Remove “%1”</source>
        <translation>حذف «%1»</translation>
    </message>
</context>
<context>
    <name>DishRating</name>
    <message>
        <location filename="../../qml/Table/DishRating.qml" line="32" />
        <source>How was it?</source>
        <translation>چطور بود؟</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishRating.qml" line="45" />
        <source>Not now</source>
        <translation>حالا نه</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishRating.qml" line="56" />
        <source>Thank you for your comment.</source>
        <translation>از نظرتان سپاسگزاریم.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Table/DishRating.qml" line="57" />
        <source>Thank you: %Ln star(s).</source>
        <translation>
            <numerusform>سپاس: %Ln ستاره.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishRating.qml" line="65" />
        <source>Add a comment</source>
        <translation>افزودن نظر</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishRating.qml" line="78" />
        <source>What did you think of it?</source>
        <translation>نظرتان درباره‌اش چیست؟</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishRating.qml" line="93" />
        <source>Send</source>
        <translation>ارسال</translation>
    </message>
</context>
<context>
    <name>DishSheet</name>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="80" />
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="116" />
        <source>The kitchen is busy: this dish will take longer than usual.</source>
        <translation>آشپزخانه شلوغ است: این غذا بیشتر از معمول طول می‌کشد.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="126" />
        <source>Not served at this hour. %1</source>
        <translation>این ساعت سرو نمی‌شود. %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="135" />
        <source>Sold out: the kitchen has run out of this dish.</source>
        <translation>تمام شده: این غذا در آشپزخانه تمام شده است.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="151" />
        <source>For which seat?</source>
        <translation>برای کدام صندلی؟</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="164" />
        <source>A note to the kitchen (optional)</source>
        <translation>یادداشت برای آشپزخانه (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="165" />
        <source>A note to the kitchen</source>
        <translation>یادداشت برای آشپزخانه</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="188" />
        <source>You may also like</source>
        <translation>شاید این‌ها را هم دوست داشته باشید</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="217" />
        <source>Please choose: %1</source>
        <translation>لطفاً انتخاب کنید: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="249" />
        <source>Add to order</source>
        <translation>افزودن به سفارش</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../qml/Table/ErrorBanner.qml" line="37" />
        <source>OK</source>
        <translation>باشه</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../qml/Table/FilterChips.qml" line="19" />
        <source>Show only</source>
        <translation>فقط نمایش</translation>
    </message>
    <message>
        <location filename="../../qml/Table/FilterChips.qml" line="44" />
        <source>Leave out dishes containing</source>
        <translation>حذف غذاهای دارای</translation>
    </message>
</context>
<context>
    <name>FloorWindow</name>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="17" />
        <location filename="../../qml/Host/FloorWindow.qml" line="42" />
        <source>Floor</source>
        <translation>سالن</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="60" />
        <source>Menu editor</source>
        <translation>ویرایشگر منو</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="73" />
        <source>+ Add a device</source>
        <translation>+ افزودن دستگاه</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="75" />
        <source>Add a device</source>
        <translation>افزودن دستگاه</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="84" />
        <source>● Live</source>
        <translation>● زنده</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="84" />
        <source>▲ Offline — reconnecting</source>
        <translation>▲ آفلاین — اتصال دوباره</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/FloorWindow.qml" line="116" />
        <source>Alerts (%1) · %Ln escalated</source>
        <translation>
            <numerusform>هشدارها (%1) · %Ln فوری</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="118" />
        <source>Alerts (%1)</source>
        <translation>هشدارها (%1)</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="147" />
        <source>All calm — no alerts</source>
        <translation>همه‌چیز آرام است — هشداری نیست</translation>
    </message>
</context>
<context>
    <name>GuestVoicePage</name>
    <message>
        <location filename="../../qml/Owner/GuestVoicePage.qml" line="23" />
        <source>Weeks shown:</source>
        <translation>هفته‌های نمایش‌داده‌شده:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/GuestVoicePage.qml" line="32" />
        <source>%n weeks</source>
        <translation>
            <numerusform>%n هفته</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/GuestVoicePage.qml" line="33" />
        <source>Show %n weeks</source>
        <translation>
            <numerusform>نمایش %n هفته</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/GuestVoicePage.qml" line="76" />
        <source>Choose a dish to see its weeks</source>
        <translation>غذایی را برای دیدن هفته‌هایش انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/GuestVoicePage.qml" line="77" />
        <source>%1: average stars by week</source>
        <translation>%1: میانگین ستاره‌ها در هر هفته</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/GuestVoicePage.qml" line="118" />
        <source>Net promoter score</source>
        <translation>شاخص خالص ترویج (NPS)</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../qml/Owner/HistoryPage.qml" line="60" />
        <source>On the tables now</source>
        <translation>اکنون روی میزها</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/HistoryPage.qml" line="79" />
        <source>Every table will show version %1 again. Roll back?</source>
        <translation>همه‌ی میزها دوباره نسخه‌ی %1 را نشان خواهند داد. بازگردانده شود؟</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/HistoryPage.qml" line="95" />
        <source>Roll back</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/HistoryPage.qml" line="101" />
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/HistoryPage.qml" line="108" />
        <source>Roll back to version %1</source>
        <translation>بازگرداندن نسخه‌ی %1</translation>
    </message>
</context>
<context>
    <name>IdeaRow</name>
    <message>
        <location filename="../../qml/Table/IdeaRow.qml" line="34" />
        <source>New</source>
        <translation>تازه</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeaRow.qml" line="35" />
        <source>Under review</source>
        <translation>در حال بررسی</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeaRow.qml" line="36" />
        <source>Planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeaRow.qml" line="37" />
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeaRow.qml" line="38" />
        <source>Not for us</source>
        <translation>مناسب ما نیست</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeaRow.qml" line="82" />
        <source>Votes: %1</source>
        <translation>رأی‌ها: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeaRow.qml" line="91" />
        <source>The restaurant: %1</source>
        <translation>رستوران: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeaRow.qml" line="103" />
        <source>Voted</source>
        <translation>رأی داده‌اید</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeaRow.qml" line="103" />
        <source>Me too</source>
        <translation>من هم</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeaRow.qml" line="104" />
        <source>You voted for this idea</source>
        <translation>به این ایده رأی داده‌اید</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeaRow.qml" line="105" />
        <source>Me too: vote for this idea</source>
        <translation>من هم: به این ایده رأی دهید</translation>
    </message>
</context>
<context>
    <name>IdeasPage</name>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="28" />
        <source>Choose the idea to keep: the other is merged into it, and its votes with it.</source>
        <translation>ایده‌ای را که می‌ماند انتخاب کنید: دیگری با رأی‌هایش در آن ادغام می‌شود.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="36" />
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="86" />
        <source>Votes: %1 (with %2 merged)</source>
        <translation>رأی‌ها: %1 (با %2 ادغام‌شده)</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="88" />
        <source>Votes: %1</source>
        <translation>رأی‌ها: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="98" />
        <source>Under review</source>
        <translation>در حال بررسی</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="104" />
        <source>Planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="110" />
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="116" />
        <source>Not for us</source>
        <translation>مناسب ما نیست</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="123" />
        <source>Merge…</source>
        <translation>ادغام…</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="130" />
        <source>Keep this one</source>
        <translation>این یکی بماند</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="140" />
        <source>Answer in public (the tables show it)</source>
        <translation>پاسخ عمومی (میزها نشانش می‌دهند)</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="141" />
        <source>Public answer</source>
        <translation>پاسخ عمومی</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="148" />
        <source>Save answer</source>
        <translation>ذخیره‌ی پاسخ</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/IdeasPage.qml" line="158" />
        <source>No ideas from the tables yet.</source>
        <translation>هنوز ایده‌ای از میزها نرسیده است.</translation>
    </message>
</context>
<context>
    <name>IdeasSheet</name>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="39" />
        <source>Ideas for us</source>
        <translation>ایده‌هایی برای ما</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="48" />
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="61" />
        <source>What would make your visit better?</source>
        <translation>چه چیزی بازدیدتان را بهتر می‌کند؟</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="62" />
        <source>Your idea for the restaurant</source>
        <translation>ایده‌ی شما برای رستوران</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="83" />
        <source>Sending…</source>
        <translation>در حال ارسال…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="83" />
        <source>Propose</source>
        <translation>پیشنهاد</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="94" />
        <source>Thank you! Your idea is on the board.</source>
        <translation>سپاسگزاریم! ایده‌ی شما روی تابلوست.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="95" />
        <source>Tell us what you would like, or vote for an idea you share.</source>
        <translation>بگویید چه می‌خواهید، یا به ایده‌ای که با آن هم‌نظرید رأی دهید.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="102" />
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="118" />
        <source>Similar ideas are already on the board. Vote for one instead?</source>
        <translation>ایده‌های مشابهی روی تابلو هست. به یکی از آن‌ها رأی می‌دهید؟</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="157" />
        <source>You asked, we did</source>
        <translation>خواستید، انجام دادیم</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="157" />
        <source>Ideas</source>
        <translation>ایده‌ها</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="171" />
        <source>No ideas yet. Be the first!</source>
        <translation>هنوز ایده‌ای نیست. اولین نفر باشید!</translation>
    </message>
    <message>
        <location filename="../../qml/Table/IdeasSheet.qml" line="172" />
        <source>Loading the ideas…</source>
        <translation>در حال بارگذاری ایده‌ها…</translation>
    </message>
</context>
<context>
    <name>KitchenWindow</name>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="17" />
        <source>Kitchen — expo</source>
        <translation>آشپزخانه — پاس</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="18" />
        <source>Kitchen — %1</source>
        <translation>آشپزخانه — %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="53" />
        <source>● Live</source>
        <translation>● زنده</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="53" />
        <source>▲ Offline — reconnecting</source>
        <translation>▲ آفلاین — اتصال دوباره</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="60" />
        <source>Sold out</source>
        <translation>تمام شد</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="67" />
        <source>Recall (R)</source>
        <translation>فراخوانی (R)</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="123" />
        <source>No open tickets</source>
        <translation>سفارش بازی نیست</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="172" />
        <source>%n more ▶</source>
        <translation>
            <numerusform>%Ln مورد دیگر ◀</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="186" />
        <source>%n open ticket(s)   ·   ● on time   ▲ over %1 min   ■ over %2 min</source>
        <translation>
            <numerusform>%Ln سفارش باز   ·   ● به‌موقع   ▲ بیش از %1 دقیقه   ■ بیش از %2 دقیقه</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="201" />
        <source>Bump bar: 1–9 select · Enter bump · S start · U undo · R recall</source>
        <translation>صفحه‌کلید: ۱–۹ انتخاب · Enter آماده · S شروع · U برگشت · R فراخوانی</translation>
    </message>
</context>
<context>
    <name>KitchenWords</name>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="10" />
        <source>Expo</source>
        <translation>پاس</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="11" />
        <source>Grill</source>
        <translation>گریل</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="12" />
        <source>Hot</source>
        <translation>گرم</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="13" />
        <source>Cold</source>
        <translation>سرد</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="14" />
        <source>Bar</source>
        <translation>بار</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="15" />
        <source>Dessert</source>
        <translation>دسر</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="16" />
        <source>Pastry</source>
        <translation>شیرینی‌پزی</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="17" />
        <source>Fryer</source>
        <translation>سرخ‌کن</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="18" />
        <source>Pizza</source>
        <translation>پیتزا</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="19" />
        <source>Sushi</source>
        <translation>سوشی</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="10" />
        <source>Vegan</source>
        <translation>وگان</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="11" />
        <source>Vegetarian</source>
        <translation>گیاهی</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="12" />
        <source>Gluten-free</source>
        <translation>بدون گلوتن</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="13" />
        <source>Halal</source>
        <translation>حلال</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="19" />
        <location filename="../../qml/Ui/Labels.qml" line="41" />
        <source>Sending…</source>
        <translation>در حال ارسال…</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="20" />
        <location filename="../../qml/Ui/Labels.qml" line="21" />
        <source>Received</source>
        <translation>دریافت شد</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="22" />
        <source>Cooking</source>
        <translation>در حال پخت</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="23" />
        <source>Ready</source>
        <translation>آماده</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="24" />
        <source>Served</source>
        <translation>سرو شد</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="25" />
        <source>Cancelled</source>
        <translation>لغو شد</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="31" />
        <source>Help</source>
        <translation>کمک</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="32" />
        <source>Water</source>
        <translation>آب</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="33" />
        <source>Cutlery</source>
        <translation>قاشق و چنگال</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="34" />
        <source>Something else</source>
        <translation>چیز دیگر</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="35" />
        <source>The bill</source>
        <translation>صورت‌حساب</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="42" />
        <source>Waiting for staff</source>
        <translation>در انتظار کارکنان</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="43" />
        <source>On the way</source>
        <translation>در راه است</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="44" />
        <source>Not sent, try again</source>
        <translation>ارسال نشد، دوباره امتحان کنید</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="50" />
        <source>Linen</source>
        <translation>کتان</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="51" />
        <source>Slate</source>
        <translation>سنگ لوح</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="52" />
        <source>Terrazzo</source>
        <translation>موزاییک</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="53" />
        <source>Night</source>
        <translation>شب</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="54" />
        <source>Olive grove</source>
        <translation>باغ زیتون</translation>
    </message>
</context>
<context>
    <name>LanguageTexts</name>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="36" />
        <source>Default language</source>
        <translation>زبان پیش‌فرض</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="41" />
        <source>Translation missing</source>
        <translation>ترجمه ناقص</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="45" />
        <source>Name needed</source>
        <translation>نام لازم است</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="54" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="57" />
        <source>Name in %1</source>
        <translation>نام به زبان %1</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="70" />
        <source>Description</source>
        <translation>توضیحات</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="77" />
        <source>Description in %1</source>
        <translation>توضیحات به زبان %1</translation>
    </message>
</context>
<context>
    <name>LegendEntry</name>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="15" />
        <source>%1 called</source>
        <translation>%1 صدا زده</translation>
    </message>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="16" />
        <source>%1 food ready</source>
        <translation>%1 غذا آماده</translation>
    </message>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="17" />
        <source>%1 bill</source>
        <translation>%1 صورت‌حساب</translation>
    </message>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="18" />
        <source>%1 waiting long</source>
        <translation>%1 انتظار طولانی</translation>
    </message>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="19" />
        <source>%1 ordered</source>
        <translation>%1 سفارش داده</translation>
    </message>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="20" />
        <source>%1 seated</source>
        <translation>%1 نشسته</translation>
    </message>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="21" />
        <source>%1 free</source>
        <translation>%1 خالی</translation>
    </message>
</context>
<context>
    <name>ListFormPage</name>
    <message>
        <location filename="../../qml/Owner/ListFormPage.qml" line="24" />
        <source>New choices list</source>
        <translation>فهرست انتخاب جدید</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ListFormPage.qml" line="24" />
        <source>Choices list “%1”</source>
        <translation>فهرست انتخاب «%1»</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ListFormPage.qml" line="37" />
        <source>Discard changes</source>
        <translation>لغو تغییرات</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ListFormPage.qml" line="37" />
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ListFormPage.qml" line="43" />
        <source>Save to draft</source>
        <translation>ذخیره در پیش‌نویس</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ListFormPage.qml" line="83" />
        <source>Options</source>
        <translation>گزینه‌ها</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ListFormPage.qml" line="91" />
        <source>Add an option</source>
        <translation>افزودن گزینه</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <location filename="../../qml/Owner/ListsPage.qml" line="26" />
        <source>Choices lists</source>
        <translation>فهرست‌های انتخاب</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ListsPage.qml" line="34" />
        <source>Each list is written once; every dish that offers it sets its own minimum and maximum.</source>
        <translation>هر فهرست یک بار نوشته می‌شود؛ هر غذایی که آن را عرضه می‌کند حداقل و حداکثر خودش را تعیین می‌کند.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ListsPage.qml" line="48" />
        <source>Back to the menu</source>
        <translation>بازگشت به منو</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ListsPage.qml" line="54" />
        <source>New list</source>
        <translation>فهرست جدید</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ListsPage.qml" line="146" />
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ListsPage.qml" line="147" />
        <source>Remove the list “%1”</source>
        <translation>حذف فهرست «%1»</translation>
    </message>
</context>
<context>
    <name>LiveDishCard</name>
    <message>
        <location filename="../../qml/Owner/LiveDishCard.qml" line="24" />
        <source>On the tables: hidden, so no table shows it</source>
        <translation>روی میزها: پنهان است، پس هیچ میزی نشانش نمی‌دهد</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/LiveDishCard.qml" line="25" />
        <source>On the tables</source>
        <translation>روی میزها</translation>
    </message>
</context>
<context>
    <name>LookSheet</name>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="28" />
        <source>Your tablecloth</source>
        <translation>رومیزی شما</translation>
    </message>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="36" />
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="46" />
        <source>Large text</source>
        <translation>متن درشت</translation>
    </message>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="55" />
        <source>High contrast</source>
        <translation>کنتراست بالا</translation>
    </message>
</context>
<context>
    <name>MenuPage</name>
    <message>
        <location filename="../../qml/Table/MenuPage.qml" line="141" />
        <source>No dishes match your filters.</source>
        <translation>هیچ غذایی با فیلترهای شما جور نیست.</translation>
    </message>
</context>
<context>
    <name>MenuTopBar</name>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="31" />
        <location filename="../../qml/Table/MenuTopBar.qml" line="50" />
        <source>Filters (%1)</source>
        <translation>فیلترها (%1)</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="51" />
        <source>Filters</source>
        <translation>فیلترها</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="58" />
        <source>Call waiter</source>
        <translation>صدا زدن گارسون</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="64" />
        <source>Ideas</source>
        <translation>ایده‌ها</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="65" />
        <source>Ideas board: propose an idea or vote for one</source>
        <translation>تابلوی ایده‌ها: ایده‌ای پیشنهاد دهید یا به یکی رأی دهید</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="73" />
        <source>Explore the area</source>
        <translation>گشتی در اطراف</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="74" />
        <source>Explore the area: places we recommend nearby</source>
        <translation>گشتی در اطراف: جاهایی در نزدیکی که پیشنهاد می‌کنیم</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="88" />
        <source>Tablecloth and text size</source>
        <translation>رومیزی و اندازه‌ی متن</translation>
    </message>
</context>
<context>
    <name>MessageButton</name>
    <message>
        <location filename="../../qml/Table/MessageButton.qml" line="17" />
        <location filename="../../qml/Table/MessageButton.qml" line="19" />
        <source>Message staff</source>
        <translation>پیام به کارکنان</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MessageButton.qml" line="18" />
        <source>Message staff, unread replies: %1</source>
        <translation>پیام به کارکنان، پاسخ‌های خوانده‌نشده: %1</translation>
    </message>
</context>
<context>
    <name>ModifierGroup</name>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="65" />
        <source>Required</source>
        <translation>الزامی</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="65" />
        <source>Optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="93" />
        <source>Choose one</source>
        <translation>یکی را انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="94" />
        <source>Choose %1 to %2</source>
        <translation>از %1 تا %2 مورد انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="95" />
        <source>Choose up to %1</source>
        <translation>حداکثر %1 مورد انتخاب کنید</translation>
    </message>
</context>
<context>
    <name>NameFields</name>
    <message>
        <location filename="../../qml/Owner/NameFields.qml" line="37" />
        <source>Default language</source>
        <translation>زبان پیش‌فرض</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/NameFields.qml" line="42" />
        <source>Translation missing</source>
        <translation>ترجمه ناقص</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/NameFields.qml" line="46" />
        <source>Name needed</source>
        <translation>نام لازم است</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/NameFields.qml" line="56" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/NameFields.qml" line="59" />
        <source>Name in %1</source>
        <translation>نام به زبان %1</translation>
    </message>
</context>
<context>
    <name>OptionRow</name>
    <message>
        <location filename="../../qml/Owner/OptionRow.qml" line="59" />
        <source>Translation missing</source>
        <translation>ترجمه ناقص</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OptionRow.qml" line="63" />
        <source>Name needed</source>
        <translation>نام لازم است</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OptionRow.qml" line="72" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OptionRow.qml" line="75" />
        <source>Name of option %1 in %2</source>
        <translation>نام گزینه‌ی %1 به زبان %2</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OptionRow.qml" line="84" />
        <source>Price change</source>
        <translation>تغییر قیمت</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OptionRow.qml" line="94" />
        <source>Price change of option %1</source>
        <translation>تغییر قیمت گزینه‌ی %1</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OptionRow.qml" line="106" />
        <source>Move option %1 up</source>
        <translation>بردن گزینه‌ی %1 به بالا</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OptionRow.qml" line="114" />
        <source>Move option %1 down</source>
        <translation>بردن گزینه‌ی %1 به پایین</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OptionRow.qml" line="121" />
        <source>Remove option %1</source>
        <translation>حذف گزینه‌ی %1</translation>
    </message>
</context>
<context>
    <name>OrderedLines</name>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="49" />
        <source>sent</source>
        <translation>ارسال شد</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="50" />
        <source>accepted</source>
        <translation>پذیرفته شد</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="51" />
        <source>cooking</source>
        <translation>در حال پخت</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="52" />
        <source>ready</source>
        <translation>آماده</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="53" />
        <source>served</source>
        <translation>سرو شد</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="17" />
        <source>Ordered</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="25" />
        <source>Nothing ordered yet.</source>
        <translation>هنوز چیزی سفارش داده نشده.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="67" />
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="96" />
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
</context>
<context>
    <name>OwnerHeader</name>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="27" />
        <source>Menu</source>
        <translation>منو</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="34" />
        <source>Guest voice</source>
        <translation>صدای مهمانان</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="41" />
        <source>Ideas</source>
        <translation>ایده‌ها</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="48" />
        <source>Explore the area</source>
        <translation>گشتی در اطراف</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="59" />
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="90" />
        <source>Ideas from the tables</source>
        <translation>ایده‌های میزها</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="91" />
        <source>Places the tables recommend</source>
        <translation>جاهایی که میزها پیشنهاد می‌کنند</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="92" />
        <source>Publish history</source>
        <translation>تاریخچه‌ی انتشار</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="93" />
        <source>Preview of the draft</source>
        <translation>پیش‌نمایش پیش‌نویس</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="94" />
        <source>What guests rated and said</source>
        <translation>امتیازها و گفته‌های مهمانان</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="95" />
        <source>Menu draft</source>
        <translation>پیش‌نویس منو</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="108" />
        <source>Offline: changes wait until the hub is back.</source>
        <translation>آفلاین: تغییرها تا برگشتن سرور منتظر می‌مانند.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="111" />
        <source>Ratings and comments reach this page as guests give them.</source>
        <translation>امتیازها و نظرها همان لحظه که مهمانان می‌دهند به این صفحه می‌رسند.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="113" />
        <source>Diners see these places under Explore the area.</source>
        <translation>مهمانان این جاها را در «گشتی در اطراف» می‌بینند.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="114" />
        <source>Ideas and votes reach this page as diners give them.</source>
        <translation>ایده‌ها و رأی‌ها همان لحظه که مهمانان می‌دهند به این صفحه می‌رسند.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="129" />
        <source>Undo</source>
        <translation>برگشت</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="135" />
        <location filename="../../qml/Owner/OwnerHeader.qml" line="145" />
        <source>Back to the menu</source>
        <translation>بازگشت به منو</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="135" />
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="145" />
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerHeader.qml" line="152" />
        <source>Publish</source>
        <translation>انتشار</translation>
    </message>
</context>
<context>
    <name>OwnerWindow</name>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="18" />
        <source>Menu editor</source>
        <translation>ویرایشگر منو</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="65" />
        <source>Dismiss</source>
        <translation>بستن پیام</translation>
    </message>
</context>
<context>
    <name>PairingContent</name>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="16" />
        <source>Table</source>
        <translation>میز</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="17" />
        <source>Kitchen</source>
        <translation>آشپزخانه</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="18" />
        <source>Floor</source>
        <translation>سالن</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="19" />
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="27" />
        <source>Grill</source>
        <translation>گریل</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="28" />
        <source>Hot</source>
        <translation>گرم</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="29" />
        <source>Cold</source>
        <translation>سرد</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="30" />
        <source>Bar</source>
        <translation>بار</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="31" />
        <source>Dessert</source>
        <translation>دسر</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="32" />
        <source>Pastry</source>
        <translation>شیرینی‌پزی</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="33" />
        <source>Fryer</source>
        <translation>سرخ‌کن</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="34" />
        <source>Pizza</source>
        <translation>پیتزا</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="35" />
        <source>Sushi</source>
        <translation>سوشی</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="43" />
        <source>A screen for table %1</source>
        <translation>صفحه‌ای برای میز %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="44" />
        <source>A kitchen display for the expo (all stations)</source>
        <translation>نمایشگر آشپزخانه برای پاس (همه‌ی بخش‌ها)</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="45" />
        <source>A kitchen display for the %1 station</source>
        <translation>نمایشگر آشپزخانه برای بخش %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="46" />
        <source>A floor screen for waiters</source>
        <translation>صفحه‌ی سالن برای گارسون‌ها</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="47" />
        <source>An owner's screen</source>
        <translation>صفحه‌ی مالک</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="59" />
        <source>Add a device</source>
        <translation>افزودن دستگاه</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="59" />
        <source>Open the menu editor</source>
        <translation>باز کردن ویرایشگر منو</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="70" />
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="85" />
        <source>Enter the owner's PIN to open the menu editor on this screen.</source>
        <translation>برای باز کردن ویرایشگر منو در این صفحه، PIN مالک را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="86" />
        <source>Enter your staff PIN (a host's or the owner's).</source>
        <translation>رمز PIN کارکنان خود را وارد کنید (میزبان یا مالک).</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="106" />
        <source>That PIN is not right. Try again.</source>
        <translation>این PIN درست نیست. دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="108" />
        <source>Too many wrong PINs: the PIN is locked. Try again in %1.</source>
        <translation>تعداد PINهای اشتباه زیاد است: PIN قفل شد. %1 دیگر دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="110" />
        <source>Only the owner's PIN opens the menu editor.</source>
        <translation>فقط PIN مالک ویرایشگر منو را باز می‌کند.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="112" />
        <source>Offline — the menu editor opens once the connection is back.</source>
        <translation>آفلاین — ویرایشگر منو پس از برقراری اتصال باز می‌شود.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="113" />
        <source>The menu editor did not open. Try again.</source>
        <translation>ویرایشگر منو باز نشد. دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="138" />
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="138" />
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="143" />
        <source>Delete a digit</source>
        <translation>پاک کردن یک رقم</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="165" />
        <source>What is the new screen for?</source>
        <translation>صفحه‌ی تازه برای چیست؟</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="198" />
        <source>Previous table</source>
        <translation>میز قبلی</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="206" />
        <source>Table %1</source>
        <translation>میز %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="217" />
        <source>Next table</source>
        <translation>میز بعدی</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="233" />
        <source>Expo (all)</source>
        <translation>پاس (همه)</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="247" />
        <source>Only the owner's PIN can pair an owner's screen.</source>
        <translation>فقط PIN مالک می‌تواند صفحه‌ی مالک را جفت کند.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="249" />
        <source>Offline — a code can be made once the connection is back.</source>
        <translation>آفلاین — پس از برقراری اتصال می‌توان کد ساخت.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="250" />
        <source>No code was made. Try again.</source>
        <translation>کدی ساخته نشد. دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="260" />
        <source>Making the code…</source>
        <translation>در حال ساخت کد…</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="260" />
        <source>Make the code</source>
        <translation>ساخت کد</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="267" />
        <source>Another PIN</source>
        <translation>یک PIN دیگر</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="293" />
        <source>QR code of the pairing code</source>
        <translation>کد QR کد جفت‌سازی</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="321" />
        <source>Expired: make another code.</source>
        <translation>منقضی شد: کد دیگری بسازید.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="322" />
        <source>Valid until %1 · %2 left</source>
        <translation>معتبر تا %1 · %2 مانده</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="330" />
        <source>On the new screen, type this code or scan it. It works once.</source>
        <translation>در صفحه‌ی تازه این کد را وارد یا اسکن کنید. فقط یک بار کار می‌کند.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="342" />
        <source>Done</source>
        <translation>تمام</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="348" />
        <source>Make another</source>
        <translation>کد دیگر</translation>
    </message>
</context>
<context>
    <name>PhotoField</name>
    <message>
        <location filename="../../qml/Owner/PhotoField.qml" line="26" />
        <source>Photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/PhotoField.qml" line="18" />
        <source>The dish's photo</source>
        <translation>عکس غذا</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/PhotoField.qml" line="17" />
        <source>No photo: the tables show the dish without one.</source>
        <translation>بدون عکس: میزها غذا را بدون عکس نشان می‌دهند.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/PhotoField.qml" line="79" />
        <source>Sending the photo to the hub…</source>
        <translation>در حال ارسال عکس به سرور…</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/PhotoField.qml" line="97" />
        <source>Choose a photo…</source>
        <translation>انتخاب عکس…</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/PhotoField.qml" line="103" />
        <source>Remove photo</source>
        <translation>حذف عکس</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/PhotoField.qml" line="19" />
        <source>Choose the dish's photo</source>
        <translation>عکس غذا را انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/PhotoField.qml" line="128" />
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp)</source>
        <translation>عکس‌ها (*.jpg *.jpeg *.png *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/PhotoField.qml" line="128" />
        <source>All files (*)</source>
        <translation>همه‌ی فایل‌ها (*)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../qml/Owner/PreviewPage.qml" line="36" />
        <source>Landscape</source>
        <translation>افقی</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/PreviewPage.qml" line="42" />
        <source>Portrait</source>
        <translation>عمودی</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/PreviewPage.qml" line="65" />
        <source>This is the draft, not what the tables show now. Publish to show it on every table.</source>
        <translation>این پیش‌نویس است، نه آنچه اکنون روی میزها دیده می‌شود. برای نمایش روی همه‌ی میزها منتشرش کنید.</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message numerus="yes">
        <location filename="../../qml/Owner/ProblemList.qml" line="29" />
        <source>%n problem(s) to fix before publishing</source>
        <translation>
            <numerusform>%Ln مشکل که پیش از انتشار باید رفع شود</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ProblemList.qml" line="30" />
        <source>Nothing stops publishing.</source>
        <translation>مانعی برای انتشار نیست.</translation>
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
        <translation>سرو شد</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ReadyLineRow.qml" line="29" />
        <source>Mark %1 served</source>
        <translation>%1 سرو شد</translation>
    </message>
</context>
<context>
    <name>ReadyLines</name>
    <message>
        <location filename="../../qml/Host/ReadyLines.qml" line="15" />
        <source>🔔 Ready to carry out</source>
        <translation>🔔 آماده‌ی سرو</translation>
    </message>
</context>
<context>
    <name>RecallPanel</name>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="21" />
        <source>Recall — last bumped tickets</source>
        <translation>فراخوانی — آخرین سفارش‌های آماده</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="33" />
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="65" />
        <source>T%1  #%2</source>
        <translation>م%1  #%2</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="72" />
        <source>Bumped %1</source>
        <translation>آماده شد %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="106" />
        <source>Nothing bumped yet</source>
        <translation>هنوز چیزی آماده نشده</translation>
    </message>
</context>
<context>
    <name>Recommendations</name>
    <message>
        <location filename="../../qml/Table/Recommendations.qml" line="32" />
        <source>%1 is in your order.</source>
        <translation>%1 در سفارش شماست.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/Recommendations.qml" line="139" />
        <source>Choose</source>
        <translation>انتخاب</translation>
    </message>
    <message>
        <location filename="../../qml/Table/Recommendations.qml" line="139" />
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <location filename="../../qml/Table/Recommendations.qml" line="140" />
        <source>Choose %1</source>
        <translation>انتخاب %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/Recommendations.qml" line="141" />
        <source>Add %1</source>
        <translation>افزودن %1</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../qml/Table/SearchField.qml" line="18" />
        <location filename="../../qml/Table/SearchField.qml" line="40" />
        <location filename="../../qml/Table/SearchField.qml" line="63" />
        <source>Search the menu</source>
        <translation>جست‌وجو</translation>
    </message>
</context>
<context>
    <name>SeatPicker</name>
    <message>
        <location filename="../../qml/Table/SeatPicker.qml" line="21" />
        <source>Table</source>
        <translation>میز</translation>
    </message>
    <message>
        <location filename="../../qml/Table/SeatPicker.qml" line="21" />
        <source>Seat %1</source>
        <translation>صندلی %1</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../qml/Owner/SignInPanel.qml" line="21" />
        <source>Menu editor</source>
        <translation>ویرایشگر منو</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SignInPanel.qml" line="29" />
        <source>Enter an owner's PIN to change the menu.</source>
        <translation>برای تغییر منو، PIN مالک را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SignInPanel.qml" line="48" />
        <source>Checking the PIN…</source>
        <translation>در حال بررسی PIN…</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SignInPanel.qml" line="75" />
        <source>Sign in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SignInPanel.qml" line="79" />
        <source>Delete a digit</source>
        <translation>پاک کردن یک رقم</translation>
    </message>
</context>
<context>
    <name>SoldOutPanel</name>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="29" />
        <source>Sold out</source>
        <translation>تمام شد</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="71" />
        <source>Mark sold out</source>
        <translation>تمام شد</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="71" />
        <source>✕ Sold out — back</source>
        <translation>✕ تمام شد — برگرداندن</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="74" />
        <source>Mark %1 sold out</source>
        <translation>%1 تمام شد</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="75" />
        <source>Make %1 available again</source>
        <translation>%1 دوباره موجود شود</translation>
    </message>
</context>
<context>
    <name>SoundOffBadge</name>
    <message>
        <location filename="../../qml/Kitchen/SoundOffBadge.qml" line="49" />
        <source>Sound off</source>
        <translation>صدا خاموش</translation>
    </message>
</context>
<context>
    <name>SpiceBadge</name>
    <message>
        <location filename="../../qml/Ui/SpiceBadge.qml" line="16" />
        <source>Spicy</source>
        <translation>تند</translation>
    </message>
</context>
<context>
    <name>SpreadsheetButtons</name>
    <message>
        <location filename="../../qml/Owner/SpreadsheetButtons.qml" line="18" />
        <source>Export spreadsheet…</source>
        <translation>خروجی صفحه‌گسترده…</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SpreadsheetButtons.qml" line="24" />
        <source>Import spreadsheet…</source>
        <translation>وارد کردن صفحه‌گسترده…</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SpreadsheetButtons.qml" line="32" />
        <source>Save the menu as a spreadsheet</source>
        <translation>ذخیره‌ی منو به‌صورت صفحه‌گسترده</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SpreadsheetButtons.qml" line="35" />
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SpreadsheetButtons.qml" line="39" />
        <location filename="../../qml/Owner/SpreadsheetButtons.qml" line="48" />
        <source>Spreadsheets (*.csv)</source>
        <translation>صفحه‌گسترده‌ها (*.csv)</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SpreadsheetButtons.qml" line="45" />
        <source>Choose the spreadsheet to make the draft</source>
        <translation>صفحه‌گسترده‌ای را که پیش‌نویس می‌شود انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SpreadsheetButtons.qml" line="48" />
        <source>All files (*)</source>
        <translation>همه‌ی فایل‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SpreadsheetButtons.qml" line="75" />
        <source>Nothing was changed</source>
        <translation>چیزی تغییر نکرد</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SpreadsheetButtons.qml" line="106" />
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>StarRow</name>
    <message numerus="yes">
        <location filename="../../qml/Table/StarRow.qml" line="23" />
        <source>%1: %Ln star(s)</source>
        <translation>
            <numerusform>%1: %Ln ستاره</numerusform></translation>
    </message>
</context>
<context>
    <name>StationBar</name>
    <message>
        <location filename="../../qml/Kitchen/StationBar.qml" line="30" />
        <source>%1  %2  ▲ BEHIND</source>
        <translation>%1  %2  ▲ عقب</translation>
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
        <translation>صندلی %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="82" />
        <source>about %1 min</source>
        <translation>حدود %1 دقیقه</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="83" />
        <source>on its way to you</source>
        <translation>در راه است</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="34" />
        <source>Your order</source>
        <translation>سفارش شما</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="42" />
        <source>Sending to the kitchen…</source>
        <translation>در حال ارسال به آشپزخانه…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="43" />
        <source>Offline — your order will be sent when the connection is back.</source>
        <translation>آفلاین — سفارش شما پس از برقراری دوباره‌ی اتصال ارسال می‌شود.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="66" />
        <source>Being sent</source>
        <translation>در حال ارسال</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="67" />
        <source>Order %1</source>
        <translation>سفارش %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="101" />
        <source>Bill so far</source>
        <translation>صورت‌حساب تا این لحظه</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="118" />
        <source>Order more</source>
        <translation>سفارش بیشتر</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="124" />
        <source>Call waiter</source>
        <translation>صدا زدن گارسون</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="137" />
        <source>Request the bill</source>
        <translation>درخواست صورت‌حساب</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="144" />
        <source>Rate your visit</source>
        <translation>به بازدیدتان امتیاز دهید</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../../qml/Ui/Stepper.qml" line="22" />
        <source>Fewer</source>
        <translation>کمتر</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Stepper.qml" line="38" />
        <source>More</source>
        <translation>بیشتر</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/Stepper.qml" line="24" />
        <source>Fewer: %1</source>
        <translation>کمتر: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/Stepper.qml" line="45" />
        <source>More: %1</source>
        <translation>بیشتر: %1</translation>
    </message>
</context>
<context>
    <name>StockSection</name>
    <message>
        <location filename="../../qml/Owner/StockSection.qml" line="17" />
        <source>Tonight</source>
        <translation>امشب</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/StockSection.qml" line="23" />
        <source>These act on every table at once, not on the draft: no need to publish.</source>
        <translation>این‌ها فوراً روی همه‌ی میزها اثر می‌گذارند، نه روی پیش‌نویس: نیازی به انتشار نیست.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/StockSection.qml" line="53" />
        <source>Sold out now</source>
        <translation>الان تمام شد</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/StockSection.qml" line="59" />
        <source>How many are left</source>
        <translation>چند عدد مانده</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/StockSection.qml" line="68" />
        <source>Only %Ln left</source>
        <translation>
            <numerusform>فقط %Ln عدد مانده</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/StockSection.qml" line="74" />
        <source>Back on sale, not counted</source>
        <translation>دوباره در فروش، بدون شمارش</translation>
    </message>
</context>
<context>
    <name>TableShape</name>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="23" />
        <source>called</source>
        <translation>صدا زده</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="24" />
        <source>food ready</source>
        <translation>غذا آماده</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="25" />
        <source>bill</source>
        <translation>صورت‌حساب</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="26" />
        <source>waiting long</source>
        <translation>انتظار طولانی</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="27" />
        <source>ordered</source>
        <translation>سفارش داده</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="28" />
        <source>seated</source>
        <translation>نشسته</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="29" />
        <source>free</source>
        <translation>خالی</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="40" />
        <source>Table %1, %2</source>
        <translation>میز %1، %2</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="87" />
        <source>%1/%2 seated</source>
        <translation>%1/%2 نشسته</translation>
    </message>
</context>
<context>
    <name>TableSheet</name>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="59" />
        <source>Table %1</source>
        <translation>میز %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/TableSheet.qml" line="69" />
        <source>%Ln guest(s) · %1 seats</source>
        <translation>
            <numerusform>%Ln مهمان · %1 صندلی</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="70" />
        <source>Free · %1 seats</source>
        <translation>خالی · %1 صندلی</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="87" />
        <source>Fewer guests</source>
        <translation>مهمان کمتر</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/TableSheet.qml" line="94" />
        <source>%Ln guest(s)</source>
        <translation>
            <numerusform>%Ln مهمان</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="105" />
        <source>More guests</source>
        <translation>مهمان بیشتر</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="110" />
        <source>Seat party</source>
        <translation>نشاندن مهمانان</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="165" />
        <source>Has table %1 paid %2? Closing clears its screen for the next party.</source>
        <translation>آیا میز %1 مبلغ %2 را پرداخت کرده است؟ بستن میز صفحه‌اش را برای مهمانان بعدی پاک می‌کند.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/TableSheet.qml" line="178" />
        <source>⚠ %Ln dish(es) still being prepared.</source>
        <translation>
            <numerusform>⚠ %Ln غذا هنوز در حال آماده شدن است.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/TableSheet.qml" line="180" />
        <source>⚠ %Ln dish(es) ready but not yet served.</source>
        <translation>
            <numerusform>⚠ %Ln غذا آماده است ولی هنوز سرو نشده.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="193" />
        <source>Paid — close table %1</source>
        <translation>پرداخت شد — بستن میز %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="202" />
        <source>Not yet</source>
        <translation>هنوز نه</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="217" />
        <source>On my way</source>
        <translation>آمدم</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="220" />
        <source>Acknowledge table %1</source>
        <translation>تأیید میز %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="229" />
        <source>All served</source>
        <translation>همه سرو شد</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="236" />
        <source>Paid — close table</source>
        <translation>پرداخت شد — بستن میز</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="242" />
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
</context>
<context>
    <name>TableWindow</name>
    <message>
        <location filename="../../qml/Table/TableWindow.qml" line="17" />
        <source>Table %1 — %2</source>
        <translation>میز %1 — %2</translation>
    </message>
    <message>
        <location filename="../../qml/Table/TableWindow.qml" line="221" />
        <source>Loading the menu…</source>
        <translation>در حال بارگیری منو…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/TableWindow.qml" line="222" />
        <source>Connecting to the restaurant…</source>
        <translation>در حال اتصال به رستوران…</translation>
    </message>
</context>
<context>
    <name>TicketCard</name>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="38" />
        <source>Table %1, order %2</source>
        <translation>میز %1، سفارش %2</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="57" />
        <source>▼ Selected</source>
        <translation>▼ انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="92" />
        <source>T%1</source>
        <translation>م%1</translation>
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
        <translation>▼ بیشتر</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="189" />
        <source>▲ top</source>
        <translation>▲ بالا</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="226" />
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="228" />
        <source>Start table %1</source>
        <translation>شروع میز %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="237" />
        <source>Bump</source>
        <translation>آماده</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="240" />
        <source>Bump table %1</source>
        <translation>آماده شدن میز %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="249" />
        <source>↶ Undo</source>
        <translation>↶ برگشت</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="253" />
        <source>Undo bump of table %1</source>
        <translation>برگشت آماده‌شدن میز %1</translation>
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
        <translation>✓ آماده شد</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="93" />
        <source>✓ ready</source>
        <translation>✓ آماده</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="94" />
        <source>🔥 cooking</source>
        <translation>🔥 در حال پخت</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="117" />
        <source>Seat %1</source>
        <translation>صندلی %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="184" />
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="187" />
        <source>Start %1</source>
        <translation>شروع %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="193" />
        <source>✓ Done</source>
        <translation>✓ انجام شد</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="196" />
        <source>%1 done</source>
        <translation>%1 آماده شد</translation>
    </message>
</context>
<context>
    <name>TicketTimer</name>
    <message>
        <location filename="../../qml/Kitchen/TicketTimer.qml" line="49" />
        <source>LATE</source>
        <translation>دیر</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketTimer.qml" line="49" />
        <source>WAIT</source>
        <translation>انتظار</translation>
    </message>
</context>
<context>
    <name>TimePicker</name>
    <message>
        <location filename="../../qml/Owner/TimePicker.qml" line="36" />
        <source>%1, hours</source>
        <translation>%1، ساعت</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TimePicker.qml" line="57" />
        <source>%1, minutes</source>
        <translation>%1، دقیقه</translation>
    </message>
</context>
<context>
    <name>TipCard</name>
    <message>
        <location filename="../../qml/Table/TipCard.qml" line="70" />
        <source>Right here</source>
        <translation>همین‌جا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Table/TipCard.qml" line="71" />
        <source>%n min on foot</source>
        <translation>
            <numerusform>%n دقیقه پیاده</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Table/TipCard.qml" line="112" />
        <source>QR code of the link to %1</source>
        <translation>کد QR پیوند %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/TipCard.qml" line="116" />
        <source>Scan with your phone to open it.</source>
        <translation>با گوشی‌تان اسکن کنید تا باز شود.</translation>
    </message>
</context>
<context>
    <name>TipFormPage</name>
    <message>
        <location filename="../../qml/Owner/TipFormPage.qml" line="30" />
        <source>New place</source>
        <translation>جای تازه</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipFormPage.qml" line="30" />
        <source>Edit the place</source>
        <translation>ویرایش این جا</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipFormPage.qml" line="40" />
        <source>Saved places show on the tables at once.</source>
        <translation>جاهای ذخیره‌شده بی‌درنگ روی میزها دیده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipFormPage.qml" line="54" />
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipFormPage.qml" line="60" />
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipFormPage.qml" line="91" />
        <location filename="../../qml/Owner/TipFormPage.qml" line="100" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipFormPage.qml" line="97" />
        <source>The place's name, as its sign says</source>
        <translation>نام جا، همان‌طور که روی تابلویش آمده</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipFormPage.qml" line="107" />
        <location filename="../../qml/Owner/TipFormPage.qml" line="111" />
        <source>Minutes on foot</source>
        <translation>دقیقه‌های پیاده</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipFormPage.qml" line="123" />
        <location filename="../../qml/Owner/TipFormPage.qml" line="136" />
        <source>Link</source>
        <translation>پیوند</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipFormPage.qml" line="142" />
        <source>The QR code on the tables opens this address on the diner's phone.</source>
        <translation>کد QR روی میزها این نشانی را در گوشی مهمان باز می‌کند.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipFormPage.qml" line="155" />
        <source>No photo: the tables show the place without one.</source>
        <translation>بی عکس: میزها این جا را بدون عکس نشان می‌دهند.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipFormPage.qml" line="156" />
        <source>The place's photo</source>
        <translation>عکس این جا</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipFormPage.qml" line="157" />
        <source>Choose the place's photo</source>
        <translation>عکس این جا را انتخاب کنید</translation>
    </message>
</context>
<context>
    <name>TipRow</name>
    <message>
        <location filename="../../qml/Owner/TipRow.qml" line="65" />
        <source>Right here</source>
        <translation>همین‌جا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/TipRow.qml" line="66" />
        <source>%n min on foot</source>
        <translation>
            <numerusform>%n دقیقه پیاده</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipRow.qml" line="86" />
        <source>Remove it? The tables stop showing it at once.</source>
        <translation>حذفش کنیم؟ میزها بی‌درنگ دیگر نشانش نمی‌دهند.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipRow.qml" line="100" />
        <source>Move up</source>
        <translation>بالا بردن</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipRow.qml" line="108" />
        <source>Move down</source>
        <translation>پایین بردن</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipRow.qml" line="113" />
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipRow.qml" line="118" />
        <source>Remove…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipRow.qml" line="127" />
        <source>Keep it</source>
        <translation>بماند</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipRow.qml" line="133" />
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>TipTexts</name>
    <message>
        <location filename="../../qml/Owner/TipTexts.qml" line="35" />
        <source>Default language</source>
        <translation>زبان پیش‌فرض</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipTexts.qml" line="40" />
        <source>Translation missing</source>
        <translation>ترجمه ناقص</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipTexts.qml" line="44" />
        <source>Description needed</source>
        <translation>توضیح لازم است</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipTexts.qml" line="59" />
        <source>What a visitor finds there, and why you like it</source>
        <translation>بازدیدکننده آن‌جا چه می‌یابد و چرا دوستش دارید</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipTexts.qml" line="65" />
        <source>Description in %1</source>
        <translation>توضیحات به زبان %1</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipTexts.qml" line="68" />
        <source>Opening hours (optional)</source>
        <translation>ساعت‌های کار (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipTexts.qml" line="74" />
        <source>Tue–Sun 10:00–18:00</source>
        <translation>سه‌شنبه تا یکشنبه، ۱۰:۰۰ تا ۱۸:۰۰</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipTexts.qml" line="77" />
        <source>Opening hours in %1</source>
        <translation>ساعت‌های کار به %1</translation>
    </message>
</context>
<context>
    <name>TipsPage</name>
    <message>
        <location filename="../../qml/Owner/TipsPage.qml" line="29" />
        <source>The tables show these places in this order, each with a QR code that opens its link on the diner's phone.</source>
        <translation>میزها این جاها را به همین ترتیب نشان می‌دهند، هر کدام با کد QR که پیوندش را در گوشی مهمان باز می‌کند.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipsPage.qml" line="36" />
        <source>Add a place</source>
        <translation>افزودن جا</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/TipsPage.qml" line="72" />
        <source>No places yet. Add a museum, a park or a market you would send a visitor to.</source>
        <translation>هنوز جایی نیست. موزه، پارک یا بازاری را بیفزایید که بازدیدکننده‌ای را به آن می‌فرستید.</translation>
    </message>
</context>
<context>
    <name>TipsSheet</name>
    <message>
        <location filename="../../qml/Table/TipsSheet.qml" line="39" />
        <source>Explore the area</source>
        <translation>گشتی در اطراف</translation>
    </message>
    <message>
        <location filename="../../qml/Table/TipsSheet.qml" line="47" />
        <source>Our favourite places nearby, as we would tell you at the table.</source>
        <translation>جاهای محبوب ما در همین نزدیکی، همان‌طور که سر میز به شما می‌گفتیم.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/TipsSheet.qml" line="56" />
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>VisitCardSheet</name>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="48" />
        <source>Thank you!</source>
        <translation>ممنون!</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="48" />
        <source>How was your visit?</source>
        <translation>بازدیدتان چطور بود؟</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="57" />
        <location filename="../../qml/Table/VisitCardSheet.qml" line="255" />
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="64" />
        <source>Your card reached the restaurant. Your bill is on its way.</source>
        <translation>کارت شما به رستوران رسید. صورت‌حسابتان در راه است.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="65" />
        <source>A few taps, all optional. Your card is anonymous unless you leave an e-mail address.</source>
        <translation>چند لمس، همه اختیاری. کارت شما بی‌نام است، مگر این‌که نشانی ایمیل بگذارید.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="79" />
        <location filename="../../qml/Table/VisitCardSheet.qml" line="85" />
        <source>Food</source>
        <translation>غذا</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="91" />
        <location filename="../../qml/Table/VisitCardSheet.qml" line="97" />
        <source>Service</source>
        <translation>سرویس</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="103" />
        <location filename="../../qml/Table/VisitCardSheet.qml" line="109" />
        <source>Ambience</source>
        <translation>فضا</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="118" />
        <source>How likely are you to recommend us to a friend?</source>
        <translation>چقدر احتمال دارد ما را به یک دوست پیشنهاد کنید؟</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="134" />
        <source>Recommend: %1 of 10</source>
        <translation>پیشنهاد: %1 از ۱۰</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="169" />
        <source>Not likely</source>
        <translation>بعید</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="175" />
        <source>Very likely</source>
        <translation>خیلی محتمل</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="187" />
        <source>Anything you'd like to tell us? (optional)</source>
        <translation>چیزی می‌خواهید به ما بگویید؟ (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="207" />
        <source>Your e-mail, if we may write back (optional)</source>
        <translation>ایمیل شما، اگر مایلید پاسخ دهیم (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="229" />
        <source>The restaurant may keep my e-mail address to reply to this card. It can be deleted at my request.</source>
        <translation>رستوران می‌تواند ایمیلم را برای پاسخ به این کارت نگه دارد. هر وقت بخواهم حذف می‌شود.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="255" />
        <source>Not now</source>
        <translation>حالا نه</translation>
    </message>
    <message>
        <location filename="../../qml/Table/VisitCardSheet.qml" line="263" />
        <source>Send</source>
        <translation>ارسال</translation>
    </message>
</context>
<context>
    <name>VoiceComments</name>
    <message>
        <location filename="../../qml/Owner/VoiceComments.qml" line="32" />
        <source>Comments</source>
        <translation>نظرها</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceComments.qml" line="53" />
        <source>%1 ✕</source>
        <translation>%1 ✕</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceComments.qml" line="62" />
        <source>Show the comments on every dish</source>
        <translation>نمایش نظرها درباره‌ی همه‌ی غذاها</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceComments.qml" line="70" />
        <location filename="../../qml/Owner/VoiceComments.qml" line="71" />
        <source>Any rating</source>
        <translation>همه‌ی امتیازها</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/VoiceComments.qml" line="71" />
        <source>%n stars</source>
        <translation>
            <numerusform>%n ستاره</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceComments.qml" line="83" />
        <source>From (2026-11-23)</source>
        <translation>از (2026-11-23)</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceComments.qml" line="87" />
        <source>First day</source>
        <translation>روز نخست</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceComments.qml" line="95" />
        <source>To (2026-11-30)</source>
        <translation>تا (2026-11-30)</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceComments.qml" line="99" />
        <source>Last day</source>
        <translation>روز آخر</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceComments.qml" line="105" />
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceComments.qml" line="163" />
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceComments.qml" line="209" />
        <source>Newer</source>
        <translation>جدیدتر</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceComments.qml" line="216" />
        <source>Older</source>
        <translation>قدیمی‌تر</translation>
    </message>
</context>
<context>
    <name>VoiceContacts</name>
    <message>
        <location filename="../../qml/Owner/VoiceContacts.qml" line="23" />
        <source>Guests who may be contacted</source>
        <translation>مهمانانی که می‌شود با آن‌ها تماس گرفت</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceContacts.qml" line="38" />
        <source>No guest left an e-mail.</source>
        <translation>هیچ مهمانی ایمیل نگذاشته است.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceContacts.qml" line="106" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceContacts.qml" line="108" />
        <source>Delete the e-mail %1</source>
        <translation>حذف ایمیل %1</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceContacts.qml" line="119" />
        <source>Keep</source>
        <translation>نگه‌داشتن</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceContacts.qml" line="125" />
        <source>Delete for good</source>
        <translation>حذف برای همیشه</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/VoiceContacts.qml" line="157" />
        <source>%n days</source>
        <translation>
            <numerusform>%n روز</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/VoiceContacts.qml" line="158" />
        <source>Keep comments for %n days</source>
        <translation>
            <numerusform>نگه‌داشتن نظرها به مدت %n روز</numerusform></translation>
    </message>
</context>
<context>
    <name>VoiceDishes</name>
    <message>
        <location filename="../../qml/Owner/VoiceDishes.qml" line="24" />
        <source>Dishes</source>
        <translation>غذاها</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceDishes.qml" line="35" />
        <source>No dish was rated in these weeks.</source>
        <translation>در این هفته‌ها به هیچ غذایی امتیاز داده نشده است.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/VoiceDishes.qml" line="139" />
        <source>%1, %2 stars, %3</source>
        <translation>%1، %2 ستاره، %3</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../qml/Table/WelcomePage.qml" line="15" />
        <location filename="../../qml/Table/WelcomePage.qml" line="80" />
        <source>Touch to start</source>
        <translation>برای شروع لمس کنید</translation>
    </message>
    <message>
        <location filename="../../qml/Table/WelcomePage.qml" line="27" />
        <source>Table %1</source>
        <translation>میز %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/WelcomePage.qml" line="40" />
        <source>Welcome</source>
        <translation>خوش آمدید</translation>
    </message>
</context>
<context>
    <name>WindowsEditor</name>
    <message>
        <location filename="../../qml/Owner/WindowsEditor.qml" line="17" />
        <source>When it is served</source>
        <translation>زمان سرو</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/WindowsEditor.qml" line="73" />
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/WindowsEditor.qml" line="83" />
        <source>Until</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/WindowsEditor.qml" line="93" />
        <source>Until midnight</source>
        <translation>تا نیمه‌شب</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/WindowsEditor.qml" line="122" />
        <source>Remove these hours</source>
        <translation>حذف این ساعت‌ها</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/WindowsEditor.qml" line="131" />
        <source>Serve it at set times only</source>
        <translation>سرو فقط در ساعت‌های معین</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/WindowsEditor.qml" line="132" />
        <source>Add more hours</source>
        <translation>افزودن ساعت‌های دیگر</translation>
    </message>
</context>
<context>
    <name>tableside::AllergensModel</name>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="16" />
        <source>Gluten</source>
        <translation>گلوتن</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="18" />
        <source>Crustaceans</source>
        <translation>سخت‌پوستان</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="20" />
        <source>Eggs</source>
        <translation>تخم‌مرغ</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="22" />
        <source>Fish</source>
        <translation>ماهی</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="24" />
        <source>Peanuts</source>
        <translation>بادام‌زمینی</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="26" />
        <source>Soya</source>
        <translation>سویا</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="28" />
        <source>Milk</source>
        <translation>شیر</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="30" />
        <source>Tree nuts</source>
        <translation>مغزهای درختی</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="32" />
        <source>Celery</source>
        <translation>کرفس</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="34" />
        <source>Mustard</source>
        <translation>خردل</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="36" />
        <source>Sesame</source>
        <translation>کنجد</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="38" />
        <source>Sulphites</source>
        <translation>سولفیت‌ها</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="40" />
        <source>Lupin</source>
        <translation>لوپین</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="42" />
        <source>Molluscs</source>
        <translation>نرم‌تنان</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="91" />
        <source>Contains none of the 14 listed allergens.</source>
        <translation>هیچ‌یک از ۱۴ ماده‌ی حساسیت‌زای فهرست‌شده را ندارد.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="96" />
        <source>Contains: %1</source>
        <translation>حاوی: %1</translation>
    </message>
</context>
<context>
    <name>tableside::DishForm</name>
    <message>
        <location filename="../../qml/Owner/dishform.cpp" line="119" />
        <source>Write the price as a number, for example %1.</source>
        <translation>قیمت را به‌صورت عدد بنویسید، مثلاً %1.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/dishform.cpp" line="124" />
        <source>A price cannot be below zero.</source>
        <translation>قیمت نمی‌تواند کمتر از صفر باشد.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/dishform.cpp" line="126" />
        <source>A price cannot be above %1.</source>
        <translation>قیمت نمی‌تواند بیشتر از %1 باشد.</translation>
    </message>
</context>
<context>
    <name>tableside::GuestVoiceView</name>
    <message>
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="154" />
        <source>Write a day as year-month-day, for example 2026-11-23.</source>
        <translation>روز را به شکل سال-ماه-روز بنویسید، مثلاً 2026-11-23.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="160" />
        <source>The first day comes after the last one.</source>
        <translation>روز نخست بعد از روز آخر است.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="233" />
        <source>The hub did not answer. Check the connection and try again.</source>
        <translation>سرور پاسخ نداد. اتصال را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="310" />
        <source>No answers yet</source>
        <translation>هنوز پاسخی نیست</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="321" />
        <source>No visit cards in these weeks yet.</source>
        <translation>هنوز در این هفته‌ها کارت بازدیدی نیست.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="326" />
        <source>%n visit cards: food %1, service %2, ambience %3 of 5.</source>
        <translation>
            <numerusform>%n کارت بازدید: غذا %1، سرویس %2، فضا %3 از ۵.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="335" />
        <source>The score is the percentage who answer 9 or 10 to "Would you recommend us?" less those who answer 0 to 6.</source>
        <translation>امتیاز، درصد کسانی است که به «ما را پیشنهاد می‌کنید؟» ۹ یا ۱۰ می‌دهند منهای کسانی که ۰ تا ۶ می‌دهند.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="338" />
        <source>%1 would recommend us (9 or 10), %2 are passive (7 or 8), %3 would not (0 to 6).</source>
        <translation>%1 ما را پیشنهاد می‌کنند (۹ یا ۱۰)، %2 بی‌طرف‌اند (۷ یا ۸)، %3 نه (۰ تا ۶).</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="349" />
        <source>No comments match.</source>
        <translation>نظری مطابق نیست.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="351" />
        <source>Comments %1 to %2 of %3</source>
        <translation>نظرهای %1 تا %2 از %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="358" />
        <source>Comments and e-mails are erased after %n days; the stars stay.</source>
        <translation>
            <numerusform>نظرها و ایمیل‌ها پس از %n روز پاک می‌شوند؛ ستاره‌ها می‌مانند.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="369" />
        <source>%1 ★ from %n ratings</source>
        <translation>
            <numerusform>%1 ★ از %n امتیاز</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="403" />
        <source>%n ratings</source>
        <translation>
            <numerusform>%n امتیاز</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="417" />
        <source>The visit</source>
        <translation>بازدید</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/guestvoiceview.cpp" line="423" />
        <source>Table %1</source>
        <translation>میز %1</translation>
    </message>
</context>
<context>
    <name>tableside::IdeaBoard</name>
    <message>
        <location filename="../../qml/Table/ideaboard.cpp" line="85" />
        <source>The restaurant cannot be reached; your idea is still here to send.</source>
        <translation>دسترسی به رستوران ممکن نیست؛ ایده‌تان برای ارسال همین‌جا می‌ماند.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ideaboard.cpp" line="97" />
        <source>The restaurant cannot be reached; try again in a moment.</source>
        <translation>دسترسی به رستوران ممکن نیست؛ چند لحظه بعد دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ideaboard.cpp" line="134" />
        <source>Your table has already voted for this idea.</source>
        <translation>میز شما پیش‌تر به این ایده رأی داده است.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ideaboard.cpp" line="136" />
        <source>Write your idea first.</source>
        <translation>اول ایده‌تان را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ideaboard.cpp" line="138" />
        <source>An idea is at most %1 characters.</source>
        <translation>ایده حداکثر %1 نویسه است.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ideaboard.cpp" line="140" />
        <source>That idea is no longer on the board.</source>
        <translation>این ایده دیگر روی تابلو نیست.</translation>
    </message>
</context>
<context>
    <name>tableside::KitchenScreen</name>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="141" />
        <source>Gluten</source>
        <translation>گلوتن</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="142" />
        <source>Crustaceans</source>
        <translation>سخت‌پوستان</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="143" />
        <source>Eggs</source>
        <translation>تخم‌مرغ</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="144" />
        <source>Fish</source>
        <translation>ماهی</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="145" />
        <source>Peanuts</source>
        <translation>بادام‌زمینی</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="146" />
        <source>Soya</source>
        <translation>سویا</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="147" />
        <source>Milk</source>
        <translation>شیر</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="148" />
        <source>Tree nuts</source>
        <translation>مغزهای درختی</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="149" />
        <source>Celery</source>
        <translation>کرفس</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="150" />
        <source>Mustard</source>
        <translation>خردل</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="151" />
        <source>Sesame</source>
        <translation>کنجد</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="152" />
        <source>Sulphites</source>
        <translation>سولفیت‌ها</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="153" />
        <source>Lupin</source>
        <translation>لوپین</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="154" />
        <source>Molluscs</source>
        <translation>نرم‌تنان</translation>
    </message>
</context>
<context>
    <name>tableside::MenuSpreadsheet</name>
    <message>
        <location filename="../../qml/Owner/menuspreadsheet.cpp" line="99" />
        <source>The spreadsheet could not be saved there: choose another folder or name.</source>
        <translation>صفحه‌گسترده آنجا ذخیره نشد: پوشه یا نام دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/menuspreadsheet.cpp" line="104" />
        <source>The menu is saved as the spreadsheet %1.</source>
        <translation>منو در صفحه‌گسترده‌ی %1 ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/menuspreadsheet.cpp" line="118" />
        <source>That file cannot be read. Choose another.</source>
        <translation>این فایل خوانده نمی‌شود. فایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/menuspreadsheet.cpp" line="136" />
        <source>The spreadsheet is the draft now. Publish to show it on the tables.</source>
        <translation>اکنون صفحه‌گسترده همان پیش‌نویس است. برای نمایش روی میزها منتشر کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/menuspreadsheet.cpp" line="160" />
        <source>The hub cannot be reached. Nothing was changed; try again when it is back.</source>
        <translation>سرور در دسترس نیست. چیزی تغییر نکرد؛ وقتی برگشت دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/menuspreadsheet.cpp" line="167" />
        <source>That PIN is not right. Nothing was imported.</source>
        <translation>این PIN درست نیست. چیزی وارد نشد.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/menuspreadsheet.cpp" line="170" />
        <source>Too many wrong PINs: the PIN is locked for a while. Nothing was imported.</source>
        <translation>تعداد PINهای اشتباه زیاد است: PIN برای مدتی قفل شد. چیزی وارد نشد.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/menuspreadsheet.cpp" line="174" />
        <source>Only an owner's device and PIN can change the menu.</source>
        <translation>فقط دستگاه و PIN مالک می‌توانند منو را تغییر دهند.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/menuspreadsheet.cpp" line="177" />
        <source>That file is too large: a spreadsheet may be at most 4 MB.</source>
        <translation>این فایل خیلی بزرگ است: حجم صفحه‌گسترده حداکثر ۴ مگابایت است.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/menuspreadsheet.cpp" line="181" />
        <source>The hub could not do it. Nothing was changed; try again.</source>
        <translation>سرور نتوانست این کار را انجام دهد. چیزی تغییر نکرد؛ دوباره امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>tableside::MenuStructure</name>
    <message>
        <location filename="../../qml/Owner/categoryform.cpp" line="65" />
        <source>Write the category's name in %1, the menu's default language.</source>
        <translation>نام دسته را به زبان %1، زبان پیش‌فرض منو، بنویسید.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/categoryform.cpp" line="77" />
        <source>The category needs a key.</source>
        <translation>دسته به کلید نیاز دارد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/categoryform.cpp" line="80" />
        <location filename="../../qml/Owner/menustructure.cpp" line="60" />
        <source>A key is lowercase letters, digits and single hyphens, at most %Ln characters.</source>
        <translation>
            <numerusform>کلید از حروف کوچک لاتین، رقم و خط تیره‌ی تکی تشکیل می‌شود و حداکثر %Ln نویسه دارد.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/categoryform.cpp" line="85" />
        <source>Another category has the key “%1”.</source>
        <translation>دسته‌ی دیگری کلید «%1» را دارد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/categoryform.cpp" line="101" />
        <source>This category holds %Ln dish(es): move them to another category or remove them before removing it.</source>
        <translation>
            <numerusform>این دسته %Ln غذا دارد: پیش از حذف دسته، آن‌ها را به دسته‌ی دیگری ببرید یا حذف کنید.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/dishstock.cpp" line="52" />
        <source>This dish is not on the tables yet: publish it first, then it can be sold out or counted.</source>
        <translation>این غذا هنوز روی میزها نیست: اول منتشرش کنید، بعد می‌توان آن را تمام‌شده اعلام کرد یا شمرد.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/dishstock.cpp" line="58" />
        <source>On sale, not counted.</source>
        <translation>در فروش، بدون شمارش.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/dishstock.cpp" line="67" />
        <source>Sold out</source>
        <translation>تمام شد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/dishstock.cpp" line="69" />
        <source>Only %Ln left</source>
        <translation>
            <numerusform>فقط %Ln عدد مانده</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/dishstock.cpp" line="124" />
        <source>The hub did not answer. Check the connection and try again.</source>
        <translation>سرور پاسخ نداد. اتصال را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/menustructure.cpp" line="56" />
        <source>The dish needs a key: write its name first.</source>
        <translation>غذا به کلید نیاز دارد: اول نامش را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/menustructure.cpp" line="66" />
        <source>Another dish has the key “%1”.</source>
        <translation>غذای دیگری کلید «%1» را دارد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/menustructure.cpp" line="98" />
        <source>%Ln option(s)</source>
        <translation>
            <numerusform>%Ln گزینه</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/menustructure.cpp" line="101" />
        <source>Offered on no dish.</source>
        <translation>برای هیچ غذایی عرضه نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/menustructure.cpp" line="102" />
        <source>Offered on %1.</source>
        <translation>برای این غذاها عرضه می‌شود: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/menustructure.cpp" line="108" />
        <source>Offered on %Ln dish(es): take it off them before removing it.</source>
        <translation>
            <numerusform>برای %Ln غذا عرضه می‌شود: پیش از حذف، آن را از این غذاها بردارید.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/modifierlistform.cpp" line="64" />
        <source>Write the list's name in %1, the menu's default language.</source>
        <translation>نام فهرست را به زبان %1، زبان پیش‌فرض منو، بنویسید.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/modifierlistform.cpp" line="70" />
        <source>A list needs at least one option.</source>
        <translation>فهرست دست‌کم به یک گزینه نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/modifierlistform.cpp" line="73" />
        <source>Write the name of option %1 in %2, the menu's default language.</source>
        <translation>نام گزینه‌ی %1 را به زبان %2، زبان پیش‌فرض منو، بنویسید.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/modifierlistform.cpp" line="86" />
        <source>The list's name makes no key: write it with some Latin letters or digits.</source>
        <translation>از نام فهرست کلیدی ساخته نمی‌شود: آن را با چند حرف لاتین یا رقم بنویسید.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/modifierlistform.cpp" line="137" />
        <source>Write the price change as a number, for example %1 or %2.</source>
        <translation>تغییر قیمت را به‌صورت عدد بنویسید، مثلاً %1 یا %2.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/modifierlistform.cpp" line="143" />
        <source>A price change cannot be more than %1 up or down.</source>
        <translation>تغییر قیمت نمی‌تواند بیش از %1 بالا یا پایین باشد.</translation>
    </message>
</context>
<context>
    <name>tableside::OwnerScreen</name>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="227" />
        <source>The hub cannot be reached, so the PIN cannot be checked.</source>
        <translation>سرور در دسترس نیست، پس نمی‌توان PIN را بررسی کرد.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="410" />
        <source>No changes since version %1 was published.</source>
        <translation>از انتشار نسخه‌ی %1 تاکنون تغییری نبوده است.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="413" />
        <source>No changes to publish.</source>
        <translation>تغییری برای انتشار نیست.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/ownerscreen.cpp" line="416" />
        <source>%n unpublished changes.</source>
        <translation>
            <numerusform>%Ln تغییر منتشرنشده.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="418" />
        <source>Last change at %1. %2</source>
        <translation>آخرین تغییر در %1. %2</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="420" />
        <source>Last change by %1 at %2. %3</source>
        <translation>آخرین تغییر را %1 در %2 انجام داد. %3</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="480" />
        <source>That PIN is not right. Try again.</source>
        <translation>این PIN درست نیست. دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="482" />
        <source>Too many wrong PINs: the PIN is locked for a while.</source>
        <translation>تعداد PINهای اشتباه زیاد است: PIN برای مدتی قفل شد.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="485" />
        <source>Only an owner's PIN can change the menu.</source>
        <translation>فقط PIN مالک می‌تواند منو را تغییر دهد.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="488" />
        <source>Someone else changed the draft just now. Check it, then publish again.</source>
        <translation>کس دیگری همین حالا پیش‌نویس را تغییر داد. آن را بررسی کنید و دوباره منتشر کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="492" />
        <source>There are no changes to publish.</source>
        <translation>تغییری برای انتشار وجود ندارد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/ownerscreen.cpp" line="494" />
        <source>Fix %n problems before publishing: they are listed under Problems.</source>
        <translation>
            <numerusform>پیش از انتشار، %Ln مشکل را رفع کنید: در فهرست مشکلات آمده‌اند.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="499" />
        <source>That version is not kept.</source>
        <translation>این نسخه نگه داشته نشده است.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="501" />
        <source>The hub did not answer. Check the connection and try again.</source>
        <translation>سرور پاسخ نداد. اتصال را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="571" />
        <source>Saved in the draft. Publish to show it on the tables.</source>
        <translation>در پیش‌نویس ذخیره شد. برای نمایش روی میزها منتشر کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="579" />
        <source>Published as version %1: every table shows it now.</source>
        <translation>به‌عنوان نسخه‌ی %1 منتشر شد: اکنون همه‌ی میزها آن را نشان می‌دهند.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="582" />
        <source>Rolled back: version %1 is on every table now.</source>
        <translation>بازگردانده شد: اکنون نسخه‌ی %1 روی همه‌ی میزهاست.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="599" />
        <source>The last change is undone.</source>
        <translation>آخرین تغییر برگشت داده شد.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="660" />
        <source>Restored version %1.</source>
        <translation>نسخه‌ی %1 بازگردانده شد.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="664" />
        <source>The menu as it was.</source>
        <translation>منو همان‌طور که بود.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="669" />
        <source>Version %1</source>
        <translation>نسخه‌ی %1</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="671" />
        <source>Version %1 by %2</source>
        <translation>نسخه‌ی %1 از %2</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="703" />
        <source>Vegetarian</source>
        <translation>گیاهی</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="705" />
        <source>Vegan</source>
        <translation>وگان</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="707" />
        <source>Gluten-free</source>
        <translation>بدون گلوتن</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="709" />
        <source>Halal</source>
        <translation>حلال</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="713" />
        <source>Drink</source>
        <translation>نوشیدنی</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="715" />
        <source>Starter</source>
        <translation>پیش‌غذا</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="717" />
        <source>Main</source>
        <translation>غذای اصلی</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="719" />
        <source>Side</source>
        <translation>غذای جانبی</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="721" />
        <source>Dessert</source>
        <translation>دسر</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="726" />
        <source>Not spicy</source>
        <translation>بدون تندی</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="728" />
        <source>Mild</source>
        <translation>کمی تند</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="730" />
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="732" />
        <source>Hot</source>
        <translation>تند</translation>
    </message>
</context>
<context>
    <name>tableside::OwnerTips</name>
    <message>
        <location filename="../../qml/Owner/ownertips.cpp" line="181" />
        <source>The list is full: remove a place to add another.</source>
        <translation>فهرست پر است: جایی را حذف کنید تا جای دیگری بیفزایید.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownertips.cpp" line="185" />
        <source>That place was removed on another screen.</source>
        <translation>این جا در صفحهٔ دیگری حذف شد.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownertips.cpp" line="187" />
        <source>The hub no longer takes this PIN: lock the screen and sign in again.</source>
        <translation>هاب دیگر این PIN را نمی‌پذیرد: صفحه را قفل کنید و دوباره وارد شوید.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownertips.cpp" line="191" />
        <source>Only an owner's PIN can change Explore the area.</source>
        <translation>فقط PIN مالک می‌تواند «گشتی در اطراف» را تغییر دهد.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownertips.cpp" line="194" />
        <source>The hub cannot be reached, so nothing was changed. Try again when it is back.</source>
        <translation>به هاب دسترسی نیست، پس چیزی تغییر نکرد. وقتی برگشت دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownertips.cpp" line="198" />
        <source>The hub could not keep the change. Try again.</source>
        <translation>هاب نتوانست تغییر را نگه دارد. دوباره امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>tableside::PhotoUpload</name>
    <message>
        <location filename="../../qml/Owner/photoupload.cpp" line="63" />
        <source>That file cannot be read. Choose another photo.</source>
        <translation>این فایل خوانده نمی‌شود. عکس دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/photoupload.cpp" line="132" />
        <source>The hub cannot be reached, so the photo was not sent. Try again when it is back.</source>
        <translation>سرور در دسترس نیست، پس عکس ارسال نشد. وقتی برگشت دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/photoupload.cpp" line="136" />
        <source>That file is not a photo the hub can read: choose a JPEG or PNG image.</source>
        <translation>این فایل عکسی نیست که سرور بتواند بخواند: یک تصویر JPEG یا PNG انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/photoupload.cpp" line="140" />
        <source>That photo has too many pixels: at most 50 megapixels.</source>
        <translation>این عکس پیکسل‌های خیلی زیادی دارد: حداکثر ۵۰ مگاپیکسل.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/photoupload.cpp" line="143" />
        <source>That file is too large: a photo may be at most 16 MB.</source>
        <translation>این فایل خیلی بزرگ است: حجم عکس حداکثر ۱۶ مگابایت است.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/photoupload.cpp" line="146" />
        <source>The hub does not take photos from this device: only an owner's device may add them.</source>
        <translation>سرور از این دستگاه عکس نمی‌پذیرد: فقط دستگاه مالک می‌تواند عکس اضافه کند.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/photoupload.cpp" line="149" />
        <source>The hub could not keep the photo. Try again.</source>
        <translation>سرور نتوانست عکس را نگه دارد. دوباره امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>tableside::RecommendationsModel</name>
    <message>
        <location filename="../../core/models/recommendationsmodel.cpp" line="112" />
        <source>Often ordered with this</source>
        <translation>اغلب همراه این سفارش داده می‌شود</translation>
    </message>
    <message>
        <location filename="../../core/models/recommendationsmodel.cpp" line="113" />
        <source>Often ordered with your choices</source>
        <translation>اغلب همراه انتخاب‌های شما سفارش داده می‌شود</translation>
    </message>
    <message>
        <location filename="../../core/models/recommendationsmodel.cpp" line="115" />
        <source>Popular tonight</source>
        <translation>پرطرفدار امشب</translation>
    </message>
    <message>
        <location filename="../../core/models/recommendationsmodel.cpp" line="117" />
        <source>The house recommends</source>
        <translation>پیشنهاد رستوران</translation>
    </message>
</context>
<context>
    <name>tableside::ServingHours</name>
    <message>
        <location filename="../../core/models/servinghours.cpp" line="62" />
        <source>%1–%2</source>
        <comment>a time range: from, until</comment>
        <translation>از %1 تا %2</translation>
    </message>
    <message>
        <location filename="../../core/models/servinghours.cpp" line="70" />
        <source>Served from %1.</source>
        <comment>every day; %1: a time</comment>
        <translation>سرو از ساعت %1.</translation>
    </message>
    <message>
        <location filename="../../core/models/servinghours.cpp" line="72" />
        <source>Served %1.</source>
        <comment>every day; %1: times</comment>
        <translation>سرو %1.</translation>
    </message>
    <message>
        <location filename="../../core/models/servinghours.cpp" line="76" />
        <source>Served from %1 on weekdays.</source>
        <comment>%1: a time</comment>
        <translation>سرو دوشنبه تا جمعه از ساعت %1.</translation>
    </message>
    <message>
        <location filename="../../core/models/servinghours.cpp" line="78" />
        <source>Served %1 on weekdays.</source>
        <comment>%1: times</comment>
        <translation>سرو دوشنبه تا جمعه %1.</translation>
    </message>
    <message>
        <location filename="../../core/models/servinghours.cpp" line="82" />
        <source>Served from %1 at weekends.</source>
        <comment>%1: a time</comment>
        <translation>سرو شنبه و یکشنبه از ساعت %1.</translation>
    </message>
    <message>
        <location filename="../../core/models/servinghours.cpp" line="84" />
        <source>Served %1 at weekends.</source>
        <comment>%1: times</comment>
        <translation>سرو شنبه و یکشنبه %1.</translation>
    </message>
    <message>
        <location filename="../../core/models/servinghours.cpp" line="89" />
        <source>Served from %1 on %2.</source>
        <comment>%1: a time; %2: days of the week</comment>
        <translation>سرو %2 از ساعت %1.</translation>
    </message>
    <message>
        <location filename="../../core/models/servinghours.cpp" line="91" />
        <source>Served %1 on %2.</source>
        <comment>%1: times; %2: days of the week</comment>
        <translation>سرو %2 %1.</translation>
    </message>
</context>
<context>
    <name>tableside::TableScreen</name>
    <message>
        <location filename="../../qml/Table/tablescreen_orders.cpp" line="34" />
        <source>This screen cannot send orders: it has no outbox.</source>
        <translation>این صفحه نمی‌تواند سفارش بفرستد: صندوق ارسال ندارد.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/quickrepliesmodel.cpp" line="11" />
        <source>Could we have more bread?</source>
        <translation>می‌شود کمی نان بیشتر بیاورید؟</translation>
    </message>
    <message>
        <location filename="../../qml/Table/quickrepliesmodel.cpp" line="12" />
        <source>Could we have some more water?</source>
        <translation>می‌شود کمی آب بیشتر بیاورید؟</translation>
    </message>
    <message>
        <location filename="../../qml/Table/quickrepliesmodel.cpp" line="13" />
        <source>Could we have the dessert menu?</source>
        <translation>می‌شود منوی دسر را بیاورید؟</translation>
    </message>
    <message>
        <location filename="../../qml/Table/quickrepliesmodel.cpp" line="14" />
        <source>Is our food on its way?</source>
        <translation>غذای ما در راه است؟</translation>
    </message>
    <message>
        <location filename="../../qml/Table/quickrepliesmodel.cpp" line="15" />
        <source>Could we have some napkins?</source>
        <translation>می‌شود چند دستمال سفره بیاورید؟</translation>
    </message>
    <message>
        <location filename="../../qml/Table/quickrepliesmodel.cpp" line="16" />
        <source>Thank you!</source>
        <translation>ممنون!</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Table/tablescreen_chat.cpp" line="46" />
        <source>That message is too long: at most %Ln character(s).</source>
        <translation>
            <numerusform>این پیام خیلی طولانی است: حداکثر %Ln نویسه.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen_chat.cpp" line="51" />
        <source>This screen cannot send messages: it has no outbox.</source>
        <translation>این صفحه نمی‌تواند پیام بفرستد: صندوق خروجی ندارد.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen.cpp" line="390" />
        <source>Your bill is on its way.</source>
        <translation>صورت‌حساب شما در راه است.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen.cpp" line="392" />
        <source>The bill request was not sent. Please try again.</source>
        <translation>درخواست صورت‌حساب ارسال نشد. لطفاً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen.cpp" line="394" />
        <source>Bill requested — waiting for staff.</source>
        <translation>صورت‌حساب درخواست شد — منتظر کارکنان هستیم.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen.cpp" line="400" />
        <source>Your order was not accepted: %1</source>
        <translation>سفارش شما پذیرفته نشد: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen.cpp" line="405" />
        <source>Your message was not sent: %1</source>
        <translation>پیام شما ارسال نشد: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen_feedback.cpp" line="19" />
        <location filename="../../qml/Table/tablescreen_feedback.cpp" line="53" />
        <source>This screen cannot send ratings: it has no outbox.</source>
        <translation>این صفحه نمی‌تواند امتیاز بفرستد: صندوق ارسال ندارد.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen_feedback.cpp" line="87" />
        <source>Your rating was not taken: %1</source>
        <translation>امتیاز شما پذیرفته نشد: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen_feedback.cpp" line="92" />
        <source>Your card was not taken: %1</source>
        <translation>کارت شما پذیرفته نشد: %1</translation>
    </message>
</context>
<context>
    <name>tableside::TipForm</name>
    <message>
        <location filename="../../qml/Owner/tipform.cpp" line="209" />
        <source>Give the place a name of at most %1 characters.</source>
        <translation>نامی با حداکثر %1 نویسه به این جا بدهید.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/tipform.cpp" line="213" />
        <source>Describe the place in %1, the venue's default language, in at most %2 characters for each language.</source>
        <translation>این جا را به %1، زبان اصلی رستوران، توصیف کنید، در حداکثر %2 نویسه برای هر زبان.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/tipform.cpp" line="219" />
        <source>Opening hours take at most %1 characters in each language.</source>
        <translation>ساعت‌های کار در هر زبان حداکثر %1 نویسه است.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/tipform.cpp" line="223" />
        <source>Minutes on foot: from 0 to %1.</source>
        <translation>دقیقه‌های پیاده: از ۰ تا %1.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/tipform.cpp" line="226" />
        <source>The link is a whole web address that begins with https:// or http://, without spaces, at most %1 characters.</source>
        <translation>پیوند یک نشانی کامل وب است که با https:// یا http:// آغاز می‌شود، بی فاصله، حداکثر %1 نویسه.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/tipform.cpp" line="231" />
        <source>The hub no longer has this photo: choose it again.</source>
        <translation>این عکس دیگر در هاب نیست: دوباره انتخابش کنید.</translation>
    </message>
</context>
<context>
    <name>tableside::WindowsForm</name>
    <message>
        <location filename="../../qml/Owner/windowsform.cpp" line="72" />
        <source>Its dishes can be ordered at any time.</source>
        <comment>a category</comment>
        <translation>غذاهایش را هر ساعتی می‌توان سفارش داد.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/windowsform.cpp" line="75" />
        <source>It can be ordered at any time.</source>
        <comment>a dish</comment>
        <translation>هر ساعتی می‌توان سفارشش داد.</translation>
    </message>
</context>
</TS>
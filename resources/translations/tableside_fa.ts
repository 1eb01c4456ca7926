<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fa">
<context>
    <name>AlertCard</name>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="22" />
        <source>%1 new messages</source>
        <translation>%1 پیام تازه</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="23" />
        <source>New message</source>
        <translation>پیام تازه</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="24" />
        <source>Food ready</source>
        <translation>غذا آماده است</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="25" />
        <source>Bill requested</source>
        <translation>صورت‌حساب خواسته شد</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="26" />
        <source>Water, please</source>
        <translation>آب، لطفاً</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="27" />
        <source>Cutlery, please</source>
        <translation>قاشق و چنگال، لطفاً</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="28" />
        <location filename="../../qml/Host/AlertCard.qml" line="29" />
        <source>Waiter called</source>
        <translation>گارسون صدا زده شد</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="71" />
        <source>T%1</source>
        <translation>م%1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="98" />
        <source>ESCALATED</source>
        <translation>فوری</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="100" />
        <source>waiting at the pass %1:%2</source>
        <translation>در انتظار سرو %1:%2</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="101" />
        <source>%1:%2 ago</source>
        <translation>%1:%2 پیش</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="138" />
        <source>Served ✓</source>
        <translation>سرو شد ✓</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="138" />
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="139" />
        <source>On my way</source>
        <translation>آمدم</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="141" />
        <source>Mark table %1's food served</source>
        <translation>غذای میز %1 سرو شد</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="142" />
        <source>Open table %1's messages</source>
        <translation>باز کردن پیام‌های میز %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="143" />
        <source>Acknowledge table %1</source>
        <translation>تأیید میز %1</translation>
    </message>
</context>
<context>
    <name>AllDayPanel</name>
    <message>
        <location filename="../../qml/Kitchen/AllDayPanel.qml" line="17" />
        <source>All day</source>
        <translation>کل روز</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/AllDayPanel.qml" line="67" />
        <source>Nothing open</source>
        <translation>چیزی باز نیست</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <location filename="../../qml/Table/CallList.qml" line="45" />
        <source>Still waiting — we have reminded the staff.</source>
        <translation>هنوز در انتظار — به کارکنان یادآوری کردیم.</translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <location filename="../../qml/Table/CallSheet.qml" line="25" />
        <source>Call a waiter</source>
        <translation>صدا زدن گارسون</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CallSheet.qml" line="33" />
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>CartLineDelegate</name>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="59" />
        <source>Note: %1</source>
        <translation>یادداشت: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="67" />
        <source>Sold out: remove it to place the order</source>
        <translation>تمام شده: برای ثبت سفارش آن را حذف کنید</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="86" />
        <source>Seat %1</source>
        <translation>صندلی %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="87" />
        <source>Table</source>
        <translation>میز</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="88" />
        <source>Choose the seat for this dish</source>
        <translation>صندلی این غذا را انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="96" />
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="26" />
        <source>Your order</source>
        <translation>سفارش شما</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="34" />
        <source>Order status</source>
        <translation>وضعیت سفارش</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="62" />
        <source>Nothing here yet</source>
        <translation>هنوز چیزی اینجا نیست</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="70" />
        <source>Tap a dish to add it. Everyone at the table can add to this order.</source>
        <translation>برای افزودن، روی یک غذا بزنید. همه‌ی افراد سر میز می‌توانند به این سفارش اضافه کنند.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="85" />
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="102" />
        <source>Place order</source>
        <translation>ثبت سفارش</translation>
    </message>
</context>
<context>
    <name>ChatBubble</name>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="51" />
        <source>Sending…</source>
        <translation>در حال ارسال…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="51" />
        <source>Offline — will send when connected</source>
        <translation>آفلاین — پس از اتصال ارسال می‌شود</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="52" />
        <source>You · %1</source>
        <translation>شما · %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="52" />
        <source>Staff · %1</source>
        <translation>کارکنان · %1</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="15" />
        <source>💬 Messages</source>
        <translation>💬 پیام‌ها</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="59" />
        <source>Staff</source>
        <translation>کارکنان</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="59" />
        <source>Table</source>
        <translation>میز</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="67" />
        <source>No messages from this table.</source>
        <translation>پیامی از این میز نیست.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="78" />
        <location filename="../../qml/Host/ChatPanel.qml" line="79" />
        <source>Answer table %1</source>
        <translation>پاسخ به میز %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="94" />
        <source>Send</source>
        <translation>ارسال</translation>
    </message>
</context>
<context>
    <name>ChatSheet</name>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="37" />
        <source>Message staff</source>
        <translation>پیام به کارکنان</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="45" />
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="53" />
        <source>Offline — your messages will be sent when the connection is back.</source>
        <translation>آفلاین — پیام‌های شما پس از برقراری اتصال ارسال می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="76" />
        <source>Write to the staff, or tap a quick message below. A waiter will answer here.</source>
        <translation>به کارکنان بنویسید یا یکی از پیام‌های آماده‌ی زیر را بزنید. گارسون همین‌جا پاسخ می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="105" />
        <source>Write a message</source>
        <translation>پیامی بنویسید</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="106" />
        <source>Write a message to the staff</source>
        <translation>پیامی به کارکنان بنویسید</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="127" />
        <source>Send</source>
        <translation>ارسال</translation>
    </message>
</context>
<context>
    <name>ConfirmSheet</name>
    <message>
        <location filename="../../qml/Table/ConfirmSheet.qml" line="24" />
        <source>Send this order to the kitchen?</source>
        <translation>این سفارش به آشپزخانه فرستاده شود؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Table/ConfirmSheet.qml" line="32" />
        <source>%Ln dish(es), total %1</source>
        <translation>
            <numerusform>%Ln غذا، جمع کل %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConfirmSheet.qml" line="43" />
        <source>Not yet</source>
        <translation>هنوز نه</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConfirmSheet.qml" line="50" />
        <source>Send to kitchen</source>
        <translation>ارسال به آشپزخانه</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../qml/Table/ConnectionBanner.qml" line="30" />
        <source>Offline — will send when connected</source>
        <translation>آفلاین — پس از اتصال ارسال می‌شود</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConnectionBanner.qml" line="31" />
        <source>Offline — reconnecting to the restaurant…</source>
        <translation>آفلاین — در حال اتصال دوباره به رستوران…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConnectionBanner.qml" line="32" />
        <source>Sending…</source>
        <translation>در حال ارسال…</translation>
    </message>
</context>
<context>
    <name>DishCard</name>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="21" />
        <source>%1, sold out</source>
        <translation>%1، تمام شد</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="22" />
        <source>%1, longer wait</source>
        <translation>%1، انتظار طولانی‌تر</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="66" />
        <source>Sold out</source>
        <translation>تمام شد</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="88" />
        <source>Longer wait</source>
        <translation>انتظار طولانی‌تر</translation>
    </message>
</context>
<context>
    <name>DishSheet</name>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="64" />
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="98" />
        <source>Contains none of the 14 listed allergens.</source>
        <translation>هیچ‌یک از ۱۴ ماده‌ی حساسیت‌زای فهرست‌شده را ندارد.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="99" />
        <source>Contains: %1</source>
        <translation>حاوی: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="106" />
        <source>The kitchen is busy: this dish will take longer than usual.</source>
        <translation>آشپزخانه شلوغ است: این غذا بیشتر از معمول طول می‌کشد.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="113" />
        <source>Sold out: the kitchen has run out of this dish.</source>
        <translation>تمام شده: این غذا در آشپزخانه تمام شده است.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="129" />
        <source>For which seat?</source>
        <translation>برای کدام صندلی؟</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="142" />
        <source>A note to the kitchen (optional)</source>
        <translation>یادداشت برای آشپزخانه (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="143" />
        <source>A note to the kitchen</source>
        <translation>یادداشت برای آشپزخانه</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="188" />
        <source>Please choose: %1</source>
        <translation>لطفاً انتخاب کنید: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="205" />
        <source>Add to order</source>
        <translation>افزودن به سفارش</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../qml/Table/ErrorBanner.qml" line="26" />
        <source>Your order was not accepted: %1</source>
        <translation>سفارش شما پذیرفته نشد: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ErrorBanner.qml" line="33" />
        <source>OK</source>
        <translation>باشه</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../qml/Table/FilterPanel.qml" line="31" />
        <source>Show only</source>
        <translation>فقط نمایش</translation>
    </message>
    <message>
        <location filename="../../qml/Table/FilterPanel.qml" line="50" />
        <source>Leave out dishes containing</source>
        <translation>حذف غذاهای دارای</translation>
    </message>
</context>
<context>
    <name>FloorMap</name>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="14" />
        <source>called</source>
        <translation>صدا زده</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="15" />
        <source>food ready</source>
        <translation>غذا آماده</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="16" />
        <source>bill</source>
        <translation>صورت‌حساب</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="17" />
        <source>waiting long</source>
        <translation>انتظار طولانی</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="18" />
        <source>ordered</source>
        <translation>سفارش داده</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="19" />
        <source>seated</source>
        <translation>نشسته</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="20" />
        <source>free</source>
        <translation>خالی</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="14" />
        <source>Gluten</source>
        <translation>گلوتن</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="15" />
        <source>Crustaceans</source>
        <translation>سخت‌پوستان</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="16" />
        <source>Eggs</source>
        <translation>تخم‌مرغ</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="17" />
        <source>Fish</source>
        <translation>ماهی</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="18" />
        <source>Peanuts</source>
        <translation>بادام‌زمینی</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="19" />
        <source>Soya</source>
        <translation>سویا</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="20" />
        <source>Milk</source>
        <translation>شیر</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="21" />
        <source>Tree nuts</source>
        <translation>مغزهای درختی</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="22" />
        <source>Celery</source>
        <translation>کرفس</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="23" />
        <source>Mustard</source>
        <translation>خردل</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="24" />
        <source>Sesame</source>
        <translation>کنجد</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="25" />
        <source>Sulphites</source>
        <translation>سولفیت‌ها</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="26" />
        <source>Lupin</source>
        <translation>لوپین</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="27" />
        <source>Molluscs</source>
        <translation>نرم‌تنان</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="33" />
        <source>Vegan</source>
        <translation>وگان</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="34" />
        <source>Vegetarian</source>
        <translation>گیاهی</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="35" />
        <source>Gluten-free</source>
        <translation>بدون گلوتن</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="36" />
        <source>Halal</source>
        <translation>حلال</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="42" />
        <location filename="../../qml/Ui/Labels.qml" line="64" />
        <source>Sending…</source>
        <translation>در حال ارسال…</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="43" />
        <location filename="../../qml/Ui/Labels.qml" line="44" />
        <source>Received</source>
        <translation>دریافت شد</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="45" />
        <source>Cooking</source>
        <translation>در حال پخت</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="46" />
        <source>Ready</source>
        <translation>آماده</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="47" />
        <source>Served</source>
        <translation>سرو شد</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="48" />
        <source>Cancelled</source>
        <translation>لغو شد</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="54" />
        <source>Help</source>
        <translation>کمک</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="55" />
        <source>Water</source>
        <translation>آب</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="56" />
        <source>Cutlery</source>
        <translation>قاشق و چنگال</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="57" />
        <source>Something else</source>
        <translation>چیز دیگر</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="58" />
        <source>The bill</source>
        <translation>صورت‌حساب</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="65" />
        <source>Waiting for staff</source>
        <translation>در انتظار کارکنان</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="66" />
        <source>On the way</source>
        <translation>در راه است</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="67" />
        <source>Not sent, try again</source>
        <translation>ارسال نشد، دوباره امتحان کنید</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="73" />
        <source>Linen</source>
        <translation>کتان</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="74" />
        <source>Slate</source>
        <translation>سنگ لوح</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="75" />
        <source>Terrazzo</source>
        <translation>موزاییک</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="76" />
        <source>Night</source>
        <translation>شب</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="77" />
        <source>Olive grove</source>
        <translation>باغ زیتون</translation>
    </message>
</context>
<context>
    <name>LookSheet</name>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="27" />
        <source>Your tablecloth</source>
        <translation>رومیزی شما</translation>
    </message>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="35" />
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="80" />
        <source>Large text</source>
        <translation>متن درشت</translation>
    </message>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="89" />
        <source>High contrast</source>
        <translation>کنتراست بالا</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Table/Main.qml" line="175" />
        <source>Loading the menu…</source>
        <translation>در حال بارگیری منو…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/Main.qml" line="176" />
        <source>Connecting to the restaurant…</source>
        <translation>در حال اتصال به رستوران…</translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="17" />
        <location filename="../../qml/Host/Main.qml" line="35" />
        <source>Floor</source>
        <translation>سالن</translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="43" />
        <source>called</source>
        <translation>صدا زده</translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="44" />
        <source>food ready</source>
        <translation>غذا آماده</translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="45" />
        <source>bill</source>
        <translation>صورت‌حساب</translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="46" />
        <source>waiting long</source>
        <translation>انتظار طولانی</translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="47" />
        <source>ordered</source>
        <translation>سفارش داده</translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="48" />
        <source>seated</source>
        <translation>نشسته</translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="49" />
        <source>free</source>
        <translation>خالی</translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="85" />
        <location filename="../../qml/Kitchen/Main.qml" line="44" />
        <source>● Live</source>
        <translation>● زنده</translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="85" />
        <location filename="../../qml/Kitchen/Main.qml" line="44" />
        <source>▲ Offline — reconnecting</source>
        <translation>▲ آفلاین — اتصال دوباره</translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="126" />
        <source>Alerts (%1)</source>
        <translation>هشدارها (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/Main.qml" line="128" />
        <source>%n escalated</source>
        <translation>
            <numerusform>%n فوری</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/Main.qml" line="155" />
        <source>All calm — no alerts</source>
        <translation>همه‌چیز آرام است — هشداری نیست</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/Main.qml" line="16" />
        <source>Kitchen — expo</source>
        <translation>آشپزخانه — پاس</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/Main.qml" line="16" />
        <source>Kitchen — %1</source>
        <translation>آشپزخانه — %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/Main.qml" line="51" />
        <source>Sold out</source>
        <translation>تمام‌شده‌ها</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/Main.qml" line="58" />
        <source>Recall (R)</source>
        <translation>فراخوانی (R)</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/Main.qml" line="115" />
        <source>No open tickets</source>
        <translation>سفارش بازی نیست</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Kitchen/Main.qml" line="164" />
        <source>%n more ▶</source>
        <translation>
            <numerusform>%n مورد دیگر ◀</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Kitchen/Main.qml" line="178" />
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n سفارش باز</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/Main.qml" line="179" />
        <source>● on time   ▲ over %1 min   ■ over %2 min</source>
        <translation>● به‌موقع   ▲ بیش از %1 دقیقه   ■ بیش از %2 دقیقه</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/Main.qml" line="192" />
        <source>Bump bar: 1–9 select · Enter bump · S start · U undo · R recall</source>
        <translation>صفحه‌کلید: ۱–۹ انتخاب · Enter آماده · S شروع · U برگشت · R فراخوانی</translation>
    </message>
</context>
<context>
    <name>MenuPage</name>
    <message>
        <location filename="../../qml/Table/MenuPage.qml" line="77" />
        <source>No dishes match your filters.</source>
        <translation>هیچ غذایی با فیلترهای شما جور نیست.</translation>
    </message>
</context>
<context>
    <name>MenuTopBar</name>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="26" />
        <source>Filters (%1)</source>
        <translation>فیلترها (%1)</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="27" />
        <source>Filters</source>
        <translation>فیلترها</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="34" />
        <source>Call waiter</source>
        <translation>صدا زدن گارسون</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="48" />
        <source>Tablecloth and text size</source>
        <translation>رومیزی و اندازه‌ی متن</translation>
    </message>
</context>
<context>
    <name>MessageButton</name>
    <message>
        <location filename="../../qml/Table/MessageButton.qml" line="16" />
        <location filename="../../qml/Table/MessageButton.qml" line="18" />
        <source>Message staff</source>
        <translation>پیام به کارکنان</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MessageButton.qml" line="17" />
        <source>Message staff, unread replies: %1</source>
        <translation>پیام به کارکنان، پاسخ‌های خوانده‌نشده: %1</translation>
    </message>
</context>
<context>
    <name>ModifierGroup</name>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="26" />
        <source>Required</source>
        <translation>الزامی</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="26" />
        <source>Optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="32" />
        <source>Choose one</source>
        <translation>یکی را انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="33" />
        <source>Choose %1 to %2</source>
        <translation>از %1 تا %2 مورد انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="34" />
        <source>Choose up to %1</source>
        <translation>حداکثر %1 مورد انتخاب کنید</translation>
    </message>
</context>
<context>
    <name>ReadyLineRow</name>
    <message>
        <location filename="../../qml/Host/ReadyLineRow.qml" line="23" />
        <source>Served</source>
        <translation>سرو شد</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ReadyLineRow.qml" line="25" />
        <source>Mark %1 served</source>
        <translation>%1 سرو شد</translation>
    </message>
</context>
<context>
    <name>RecallPanel</name>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="17" />
        <source>Recall — last bumped tickets</source>
        <translation>فراخوانی — آخرین سفارش‌های آماده</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="27" />
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="57" />
        <source>T%1</source>
        <translation>م%1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="63" />
        <source>Bumped %1</source>
        <translation>آماده شد %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="87" />
        <source>Nothing bumped yet</source>
        <translation>هنوز چیزی آماده نشده</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../qml/Table/SearchField.qml" line="14" />
        <location filename="../../qml/Table/SearchField.qml" line="34" />
        <location filename="../../qml/Table/SearchField.qml" line="57" />
        <source>Search the menu</source>
        <translation>جست‌وجو</translation>
    </message>
</context>
<context>
    <name>SeatPicker</name>
    <message>
        <location filename="../../qml/Table/SeatPicker.qml" line="16" />
        <source>Table</source>
        <translation>میز</translation>
    </message>
    <message>
        <location filename="../../qml/Table/SeatPicker.qml" line="16" />
        <source>Seat %1</source>
        <translation>صندلی %1</translation>
    </message>
</context>
<context>
    <name>SoldOutPanel</name>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="20" />
        <source>Sold out</source>
        <translation>تمام‌شده‌ها</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="59" />
        <source>Mark sold out</source>
        <translation>تمام شد</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="59" />
        <source>✕ Sold out — back</source>
        <translation>✕ تمام شد — برگرداندن</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="62" />
        <source>Mark %1 sold out</source>
        <translation>%1 تمام شد</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="63" />
        <source>Make %1 available again</source>
        <translation>%1 دوباره موجود شود</translation>
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
    <name>StationBar</name>
    <message>
        <location filename="../../qml/Kitchen/StationBar.qml" line="28" />
        <source>Expo</source>
        <translation>پاس</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/StationBar.qml" line="30" />
        <source>▲ BEHIND</source>
        <translation>▲ عقب</translation>
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
        <translation>صندلی %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="90" />
        <source>about %1 min</source>
        <translation>حدود %1 دقیقه</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="91" />
        <source>on its way to you</source>
        <translation>در راه است</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="33" />
        <source>Your order</source>
        <translation>سفارش شما</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="41" />
        <source>Sending to the kitchen…</source>
        <translation>در حال ارسال به آشپزخانه…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="42" />
        <source>Offline — your order will be sent when the connection is back.</source>
        <translation>آفلاین — سفارش شما پس از برقراری دوباره‌ی اتصال ارسال می‌شود.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="63" />
        <source>Being sent</source>
        <translation>در حال ارسال</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="64" />
        <source>Order %1</source>
        <translation>سفارش %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="96" />
        <source>Bill so far</source>
        <translation>صورت‌حساب تا این لحظه</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="113" />
        <source>Order more</source>
        <translation>سفارش بیشتر</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="119" />
        <source>Call waiter</source>
        <translation>صدا زدن گارسون</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="132" />
        <source>Request the bill</source>
        <translation>درخواست صورت‌حساب</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="138" />
        <source>Your bill is on its way.</source>
        <translation>صورت‌حساب شما در راه است.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="139" />
        <source>The bill request was not sent. Please try again.</source>
        <translation>درخواست صورت‌حساب ارسال نشد. لطفاً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="140" />
        <source>Bill requested — waiting for staff.</source>
        <translation>صورت‌حساب درخواست شد — منتظر کارکنان هستیم.</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../../qml/Ui/Stepper.qml" line="21" />
        <source>Fewer</source>
        <translation>کمتر</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Stepper.qml" line="36" />
        <source>More</source>
        <translation>بیشتر</translation>
    </message>
</context>
<context>
    <name>TableShape</name>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="34" />
        <source>Table %1, %2</source>
        <translation>میز %1، %2</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="68" />
        <source>%1/%2 seated</source>
        <translation>%1/%2 نشسته</translation>
    </message>
</context>
<context>
    <name>TableSheet</name>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="44" />
        <source>Table %1</source>
        <translation>میز %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="54" />
        <source>Free · %1 seats</source>
        <translation>خالی · %1 صندلی</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="69" />
        <source>Fewer guests</source>
        <translation>مهمان کمتر</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/TableSheet.qml" line="53" />
        <location filename="../../qml/Host/TableSheet.qml" line="76" />
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n مهمان</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="53" />
        <source>%1 seats</source>
        <translation>%1 صندلی</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="87" />
        <source>More guests</source>
        <translation>مهمان بیشتر</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="92" />
        <source>Seat party</source>
        <translation>نشاندن مهمانان</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="105" />
        <source>🔔 Ready to carry out</source>
        <translation>🔔 آماده‌ی سرو</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="129" />
        <source>All served</source>
        <translation>همه سرو شد</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="136" />
        <source>Paid — close table</source>
        <translation>پرداخت شد — بستن میز</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="145" />
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
</context>
<context>
    <name>TicketCard</name>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="35" />
        <source>Table %1, order %2</source>
        <translation>میز %1، سفارش %2</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="67" />
        <source>T%1</source>
        <translation>م%1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="156" />
        <source>▼ more</source>
        <translation>▼ بیشتر</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="156" />
        <source>▲ top</source>
        <translation>▲ بالا</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="187" />
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="189" />
        <source>Start table %1</source>
        <translation>شروع میز %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="198" />
        <source>Bump</source>
        <translation>آماده</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="201" />
        <source>Bump table %1</source>
        <translation>آماده شدن میز %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="210" />
        <source>↶ Undo</source>
        <translation>↶ برگشت</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="214" />
        <source>Undo bump of table %1</source>
        <translation>برگشت آماده‌شدن میز %1</translation>
    </message>
</context>
<context>
    <name>TicketLine</name>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="60" />
        <source>✓ bumped</source>
        <translation>✓ آماده شد</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="61" />
        <source>✓ ready</source>
        <translation>✓ آماده</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="62" />
        <source>🔥 cooking</source>
        <translation>🔥 در حال پخت</translation>
    </message>
</context>
<context>
    <name>TicketTimer</name>
    <message>
        <location filename="../../qml/Kitchen/TicketTimer.qml" line="45" />
        <source>LATE</source>
        <translation>دیر</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketTimer.qml" line="45" />
        <source>WAIT</source>
        <translation>انتظار</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../qml/Table/WelcomePage.qml" line="14" />
        <location filename="../../qml/Table/WelcomePage.qml" line="66" />
        <source>Touch to start</source>
        <translation>برای شروع لمس کنید</translation>
    </message>
    <message>
        <location filename="../../qml/Table/WelcomePage.qml" line="26" />
        <source>Welcome</source>
        <translation>خوش آمدید</translation>
    </message>
</context>
<context>
    <name>tableside::TableScreen</name>
    <message>
        <location filename="../../app/screens/tablescreen_orders.cpp" line="36" />
        <source>This screen cannot send orders: it has no outbox.</source>
        <translation>این صفحه نمی‌تواند سفارش بفرستد: صندوق ارسال ندارد.</translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="20" />
        <source>Could we have more bread?</source>
        <translation>می‌شود کمی نان بیشتر بیاورید؟</translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="21" />
        <source>Could we have some more water?</source>
        <translation>می‌شود کمی آب بیشتر بیاورید؟</translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="22" />
        <source>Could we have the dessert menu?</source>
        <translation>می‌شود منوی دسر را بیاورید؟</translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="23" />
        <source>Is our food on its way?</source>
        <translation>غذای ما در راه است؟</translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="24" />
        <source>Could we have some napkins?</source>
        <translation>می‌شود چند دستمال سفره بیاورید؟</translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="25" />
        <source>Thank you!</source>
        <translation>ممنون!</translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="70" />
        <source>That message is too long: at most %1 characters.</source>
        <translation>این پیام خیلی طولانی است: حداکثر %1 نویسه.</translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="75" />
        <source>This screen cannot send messages: it has no outbox.</source>
        <translation>این صفحه نمی‌تواند پیام بفرستد: صندوق خروجی ندارد.</translation>
    </message>
</context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>AlertCard</name>
    <message numerus="yes">
        <location filename="../../qml/Host/AlertCard.qml" line="20" />
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>لا رسائل جديدة</numerusform><numerusform>رسالة جديدة</numerusform><numerusform>رسالتان جديدتان</numerusform><numerusform>%Ln رسائل جديدة</numerusform><numerusform>%Ln رسالة جديدة</numerusform><numerusform>%Ln رسالة جديدة</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="21" />
        <source>Food ready</source>
        <translation>الطعام جاهز</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="22" />
        <source>Bill requested</source>
        <translation>طُلبت الفاتورة</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="23" />
        <source>Water, please</source>
        <translation>ماء من فضلك</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="24" />
        <source>Cutlery, please</source>
        <translation>أدوات المائدة من فضلك</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="25" />
        <location filename="../../qml/Host/AlertCard.qml" line="26" />
        <source>Waiter called</source>
        <translation>نداء النادل</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="68" />
        <source>T%1</source>
        <translation>ط%1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="94" />
        <source>ESCALATED · waiting at the pass %1</source>
        <translation>مُصعَّد · بانتظار التقديم منذ %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="96" />
        <source>ESCALATED · %1 ago</source>
        <translation>مُصعَّد · منذ %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="95" />
        <source>waiting at the pass %1</source>
        <translation>بانتظار التقديم منذ %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="96" />
        <source>%1 ago</source>
        <translation>منذ %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="141" />
        <source>Served ✓</source>
        <translation>قُدّم ✓</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="141" />
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="142" />
        <source>On my way</source>
        <translation>في الطريق</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="144" />
        <source>Mark table %1's food served</source>
        <translation>قُدّم طعام الطاولة %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="145" />
        <source>Open table %1's messages</source>
        <translation>فتح رسائل الطاولة %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="146" />
        <source>Acknowledge table %1</source>
        <translation>تأكيد الطاولة %1</translation>
    </message>
</context>
<context>
    <name>AllDayPanel</name>
    <message>
        <location filename="../../qml/Kitchen/AllDayPanel.qml" line="18" />
        <source>All day</source>
        <translation>إجمالي اليوم</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/AllDayPanel.qml" line="71" />
        <source>Nothing open</source>
        <translation>لا شيء مفتوح</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <location filename="../../qml/Table/CallList.qml" line="46" />
        <source>Still waiting — we have reminded the staff.</source>
        <translation>ما زلنا بالانتظار — ذكّرنا الموظفين.</translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <location filename="../../qml/Table/CallSheet.qml" line="26" />
        <source>Call a waiter</source>
        <translation>نادِ النادل</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CallSheet.qml" line="34" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>CartLineDelegate</name>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="77" />
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="88" />
        <source>Sold out: remove it to place the order</source>
        <translation>نفد: أزله لإرسال الطلب</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="98" />
        <source>No longer on the menu: remove it to place the order</source>
        <translation>لم يعد في قائمة الطعام: أزله لإرسال الطلب</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="114" />
        <source>The price is now %1 each, not %2.</source>
        <translation>أصبح السعر %1 للواحد، لا %2.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="127" />
        <source>Keep it</source>
        <translation>احتفظ به</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="128" />
        <source>Keep this dish at its new price</source>
        <translation>احتفظ بهذا الطبق بسعره الجديد</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="158" />
        <source>Seat %1</source>
        <translation>المقعد %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="159" />
        <source>Table</source>
        <translation>الطاولة</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="160" />
        <source>Choose the seat for this dish</source>
        <translation>اختر المقعد لهذا الطبق</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="171" />
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="36" />
        <source>Your order</source>
        <translation>طلبك</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="47" />
        <source>Order status</source>
        <translation>حالة الطلب</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="56" />
        <source>The menu has just changed: check the marked dishes before you order.</source>
        <translation>تغيّرت قائمة الطعام للتو: راجع الأطباق المعلَّمة قبل الطلب.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="88" />
        <source>Nothing here yet</source>
        <translation>لا شيء هنا بعد</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="96" />
        <source>Tap a dish to add it. Everyone at the table can add to this order.</source>
        <translation>المس طبقًا لإضافته. يمكن لكل من على الطاولة الإضافة إلى هذا الطلب.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="111" />
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="128" />
        <source>Place order</source>
        <translation>أرسل الطلب</translation>
    </message>
</context>
<context>
    <name>CategoryList</name>
    <message>
        <location filename="../../qml/Owner/CategoryList.qml" line="27" />
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryList.qml" line="85" />
        <source>Hidden</source>
        <translation>مخفي</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/CategoryList.qml" line="90" />
        <source>Translation missing</source>
        <translation>ترجمة ناقصة</translation>
    </message>
</context>
<context>
    <name>ChatBubble</name>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="52" />
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="52" />
        <source>Offline — will send when connected</source>
        <translation>غير متصل — سيُرسل عند الاتصال</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="53" />
        <source>You · %1</source>
        <translation>أنت · %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="53" />
        <source>Staff · %1</source>
        <translation>الموظفون · %1</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="17" />
        <source>💬 Messages</source>
        <translation>💬 الرسائل</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="62" />
        <source>Staff · %1</source>
        <translation>الموظفون · %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="62" />
        <source>Table · %1</source>
        <translation>الطاولة · %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="71" />
        <source>No messages from this table.</source>
        <translation>لا رسائل من هذه الطاولة.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="82" />
        <location filename="../../qml/Host/ChatPanel.qml" line="83" />
        <source>Answer table %1</source>
        <translation>الرد على الطاولة %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="98" />
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
</context>
<context>
    <name>ChatSheet</name>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="38" />
        <source>Message staff</source>
        <translation>راسل الموظفين</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="46" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="54" />
        <source>Offline — your messages will be sent when the connection is back.</source>
        <translation>غير متصل — ستُرسل رسائلك عند عودة الاتصال.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="87" />
        <source>Write to the staff, or tap a quick message below. A waiter will answer here.</source>
        <translation>اكتب إلى الموظفين أو اضغط رسالة سريعة أدناه. سيجيبك النادل هنا.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="124" />
        <source>Write a message</source>
        <translation>اكتب رسالة</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="125" />
        <source>Write a message to the staff</source>
        <translation>اكتب رسالة إلى الموظفين</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="146" />
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
</context>
<context>
    <name>ConfirmSheet</name>
    <message>
        <location filename="../../qml/Table/ConfirmSheet.qml" line="25" />
        <source>Send this order to the kitchen?</source>
        <translation>هل نرسل هذا الطلب إلى المطبخ؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Table/ConfirmSheet.qml" line="33" />
        <source>%Ln dish(es), total %1</source>
        <translation>
            <numerusform>لا أطباق، المجموع %1</numerusform><numerusform>طبق واحد، المجموع %1</numerusform><numerusform>طبقان، المجموع %1</numerusform><numerusform>%Ln أطباق، المجموع %1</numerusform><numerusform>%Ln طبقًا، المجموع %1</numerusform><numerusform>%Ln طبق، المجموع %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConfirmSheet.qml" line="44" />
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConfirmSheet.qml" line="51" />
        <source>Send to kitchen</source>
        <translation>أرسل إلى المطبخ</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../qml/Table/ConnectionBanner.qml" line="31" />
        <source>Offline — will send when connected</source>
        <translation>غير متصل — سيُرسل عند الاتصال</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConnectionBanner.qml" line="32" />
        <source>Offline — reconnecting to the restaurant…</source>
        <translation>غير متصل — جارٍ إعادة الاتصال بالمطعم…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConnectionBanner.qml" line="33" />
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
</context>
<context>
    <name>DeviceGate</name>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="92" />
        <source>Pairing code from staff</source>
        <translation>رمز الإقران من الموظفين</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="97" />
        <source>Pair this screen</source>
        <translation>إقران الشاشة</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="107" />
        <source>This screen is not paired with the restaurant yet. Ask staff for a pairing code and enter it here.</source>
        <translation>هذه الشاشة غير مقترنة بالمطعم بعد. اطلب من الموظفين رمز إقران وأدخله هنا.</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="111" />
        <source>This pairing code is wrong, used or expired. Ask staff for a new code and enter it here.</source>
        <translation>رمز الإقران هذا خاطئ أو مستخدم أو منتهي الصلاحية. اطلب من الموظفين رمزًا جديدًا وأدخله هنا.</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="114" />
        <source>This pairing code is wrong, used or expired. Ask staff for a new code, then start this screen with it.</source>
        <translation>رمز الإقران هذا خاطئ أو مستخدم أو منتهي الصلاحية. اطلب من الموظفين رمزًا جديدًا، ثم شغّل هذه الشاشة به.</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="119" />
        <source>The restaurant no longer knows this screen. Ask staff for a new pairing code and enter it here.</source>
        <translation>لم يعد المطعم يعرف هذه الشاشة. اطلب من الموظفين رمز إقران جديدًا وأدخله هنا.</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="122" />
        <source>The restaurant no longer knows this screen. Ask staff for a new pairing code, then start this screen with it.</source>
        <translation>لم يعد المطعم يعرف هذه الشاشة. اطلب من الموظفين رمز إقران جديدًا، ثم شغّل هذه الشاشة به.</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="127" />
        <source>This screen runs another version of Tableside than the restaurant. Ask staff to update it.</source>
        <translation>تعمل هذه الشاشة بإصدار من Tableside غير إصدار المطعم. اطلب من الموظفين تحديثها.</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="131" />
        <source>This screen was paired as another kind of device. Ask staff for a pairing code made for this screen.</source>
        <translation>أُقرنت هذه الشاشة كنوع آخر من الأجهزة. اطلب من الموظفين رمز إقران مخصصًا لهذه الشاشة.</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="135" />
        <source>This screen was paired with table %1, not table %2. Ask staff for a pairing code for this table.</source>
        <translation>أُقرنت هذه الشاشة بالطاولة %1، لا بالطاولة %2. اطلب من الموظفين رمز إقران لهذه الطاولة.</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/devicegate.cpp" line="140" />
        <source>The restaurant turned this screen away. Ask staff for help.</source>
        <translation>رفض المطعم هذه الشاشة. اطلب المساعدة من الموظفين.</translation>
    </message>
</context>
<context>
    <name>DishCard</name>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="25" />
        <source>%1, sold out</source>
        <translation>%1، نفد</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="26" />
        <source>%1, longer wait</source>
        <translation>%1، انتظار أطول</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="70" />
        <source>Sold out</source>
        <translation>نفد</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishCard.qml" line="103" />
        <source>Longer wait</source>
        <translation>انتظار أطول</translation>
    </message>
</context>
<context>
    <name>DishFormPage</name>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="25" />
        <source>Dish “%1”</source>
        <translation>الطبق «%1»</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="38" />
        <source>Discard changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="38" />
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="44" />
        <source>Save to draft</source>
        <translation>حفظ في المسودة</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="75" />
        <location filename="../../qml/Owner/DishFormPage.qml" line="84" />
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="97" />
        <source>Course</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="108" />
        <source>Kitchen station</source>
        <translation>قسم المطبخ</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="119" />
        <source>Spice</source>
        <translation>مستوى البهارات</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="130" />
        <source>Allergens</source>
        <translation>مسببات الحساسية</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="139" />
        <source>Dietary</source>
        <translation>النظام الغذائي</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishFormPage.qml" line="149" />
        <source>Hidden from the tables</source>
        <translation>مخفي عن الطاولات</translation>
    </message>
</context>
<context>
    <name>DishList</name>
    <message>
        <location filename="../../qml/Owner/DishList.qml" line="19" />
        <source>Dishes</source>
        <translation>الأطباق</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishList.qml" line="74" />
        <source>Hidden</source>
        <translation>مخفي</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/DishList.qml" line="79" />
        <source>Translation missing</source>
        <translation>ترجمة ناقصة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/DishList.qml" line="83" />
        <source>%n problem(s)</source>
        <translation>
            <numerusform>لا مشكلات</numerusform><numerusform>مشكلة واحدة</numerusform><numerusform>مشكلتان</numerusform><numerusform>%n مشكلات</numerusform><numerusform>%n مشكلةً</numerusform><numerusform>%n مشكلة</numerusform></translation>
    </message>
</context>
<context>
    <name>DishSheet</name>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="80" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="116" />
        <source>The kitchen is busy: this dish will take longer than usual.</source>
        <translation>المطبخ مشغول: سيستغرق هذا الطبق وقتًا أطول من المعتاد.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="125" />
        <source>Sold out: the kitchen has run out of this dish.</source>
        <translation>نفد: نفدت الكمية من هذا الطبق في المطبخ.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="141" />
        <source>For which seat?</source>
        <translation>لأي مقعد؟</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="154" />
        <source>A note to the kitchen (optional)</source>
        <translation>ملاحظة للمطبخ (اختيارية)</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="155" />
        <source>A note to the kitchen</source>
        <translation>ملاحظة للمطبخ</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="200" />
        <source>Please choose: %1</source>
        <translation>يرجى الاختيار: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="232" />
        <source>Add to order</source>
        <translation>أضف إلى الطلب</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../qml/Table/ErrorBanner.qml" line="37" />
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../qml/Table/FilterChips.qml" line="19" />
        <source>Show only</source>
        <translation>اعرض فقط</translation>
    </message>
    <message>
        <location filename="../../qml/Table/FilterChips.qml" line="44" />
        <source>Leave out dishes containing</source>
        <translation>استبعد الأطباق التي تحتوي على</translation>
    </message>
</context>
<context>
    <name>FloorWindow</name>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="17" />
        <location filename="../../qml/Host/FloorWindow.qml" line="41" />
        <source>Floor</source>
        <translation>الصالة</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="58" />
        <source>+ Add a device</source>
        <translation>+ إضافة جهاز</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="60" />
        <source>Add a device</source>
        <translation>إضافة جهاز</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="69" />
        <source>● Live</source>
        <translation>● مباشر</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="69" />
        <source>▲ Offline — reconnecting</source>
        <translation>▲ غير متصل — إعادة الاتصال</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/FloorWindow.qml" line="101" />
        <source>Alerts (%1) · %Ln escalated</source>
        <translation>
            <numerusform>التنبيهات (%1) · لا تصعيد</numerusform><numerusform>التنبيهات (%1) · تنبيه مُصعَّد</numerusform><numerusform>التنبيهات (%1) · تنبيهان مُصعَّدان</numerusform><numerusform>التنبيهات (%1) · %Ln تنبيهات مُصعَّدة</numerusform><numerusform>التنبيهات (%1) · %Ln تنبيهًا مُصعَّدًا</numerusform><numerusform>التنبيهات (%1) · %Ln تنبيه مُصعَّد</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="103" />
        <source>Alerts (%1)</source>
        <translation>التنبيهات (%1)</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="132" />
        <source>All calm — no alerts</source>
        <translation>كل شيء هادئ — لا تنبيهات</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../qml/Owner/HistoryPage.qml" line="60" />
        <source>On the tables now</source>
        <translation>على الطاولات الآن</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/HistoryPage.qml" line="79" />
        <source>Every table will show version %1 again. Roll back?</source>
        <translation>ستعرض كل الطاولات الإصدار %1 من جديد. هل تريد الاستعادة؟</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/HistoryPage.qml" line="95" />
        <source>Roll back</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/HistoryPage.qml" line="101" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/HistoryPage.qml" line="108" />
        <source>Roll back to version %1</source>
        <translation>استعادة الإصدار %1</translation>
    </message>
</context>
<context>
    <name>KitchenWindow</name>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="17" />
        <source>Kitchen — expo</source>
        <translation>المطبخ — التنسيق</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="18" />
        <source>Kitchen — %1</source>
        <translation>المطبخ — %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="53" />
        <source>● Live</source>
        <translation>● مباشر</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="53" />
        <source>▲ Offline — reconnecting</source>
        <translation>▲ غير متصل — إعادة الاتصال</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="60" />
        <source>Sold out</source>
        <translation>نفد</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="67" />
        <source>Recall (R)</source>
        <translation>استرجاع (R)</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="123" />
        <source>No open tickets</source>
        <translation>لا توجد طلبات مفتوحة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="172" />
        <source>%n more ▶</source>
        <translation>
            <numerusform>لا مزيد ◀</numerusform><numerusform>واحد آخر ◀</numerusform><numerusform>اثنان آخران ◀</numerusform><numerusform>%Ln أخرى ◀</numerusform><numerusform>%Ln أخرى ◀</numerusform><numerusform>%Ln أخرى ◀</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="186" />
        <source>%n open ticket(s)   ·   ● on time   ▲ over %1 min   ■ over %2 min</source>
        <translation>
            <numerusform>لا طلبات مفتوحة   ·   ● في الوقت   ▲ أكثر من %1 د   ■ أكثر من %2 د</numerusform><numerusform>طلب مفتوح واحد   ·   ● في الوقت   ▲ أكثر من %1 د   ■ أكثر من %2 د</numerusform><numerusform>طلبان مفتوحان   ·   ● في الوقت   ▲ أكثر من %1 د   ■ أكثر من %2 د</numerusform><numerusform>%Ln طلبات مفتوحة   ·   ● في الوقت   ▲ أكثر من %1 د   ■ أكثر من %2 د</numerusform><numerusform>%Ln طلبًا مفتوحًا   ·   ● في الوقت   ▲ أكثر من %1 د   ■ أكثر من %2 د</numerusform><numerusform>%Ln طلب مفتوح   ·   ● في الوقت   ▲ أكثر من %1 د   ■ أكثر من %2 د</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="201" />
        <source>Bump bar: 1–9 select · Enter bump · S start · U undo · R recall</source>
        <translation>لوحة المفاتيح: ١–٩ اختيار · Enter جاهز · S بدء · U تراجع · R استرجاع</translation>
    </message>
</context>
<context>
    <name>KitchenWords</name>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="10" />
        <source>Expo</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="11" />
        <source>Grill</source>
        <translation>الشواية</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="12" />
        <source>Hot</source>
        <translation>الساخن</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="13" />
        <source>Cold</source>
        <translation>البارد</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="14" />
        <source>Bar</source>
        <translation>البار</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="15" />
        <source>Dessert</source>
        <translation>الحلويات</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="16" />
        <source>Pastry</source>
        <translation>المعجنات</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="17" />
        <source>Fryer</source>
        <translation>القلاية</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="18" />
        <source>Pizza</source>
        <translation>البيتزا</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="19" />
        <source>Sushi</source>
        <translation>السوشي</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="10" />
        <source>Vegan</source>
        <translation>نباتي صرف</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="11" />
        <source>Vegetarian</source>
        <translation>نباتي</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="12" />
        <source>Gluten-free</source>
        <translation>خالٍ من الغلوتين</translation>
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
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="20" />
        <location filename="../../qml/Ui/Labels.qml" line="21" />
        <source>Received</source>
        <translation>تم الاستلام</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="22" />
        <source>Cooking</source>
        <translation>قيد الطهي</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="23" />
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="24" />
        <source>Served</source>
        <translation>قُدّم</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="25" />
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="31" />
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="32" />
        <source>Water</source>
        <translation>ماء</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="33" />
        <source>Cutlery</source>
        <translation>أدوات المائدة</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="34" />
        <source>Something else</source>
        <translation>شيء آخر</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="35" />
        <source>The bill</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="42" />
        <source>Waiting for staff</source>
        <translation>بانتظار الموظفين</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="43" />
        <source>On the way</source>
        <translation>في الطريق إليك</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="44" />
        <source>Not sent, try again</source>
        <translation>لم يُرسل، حاول مجددًا</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="50" />
        <source>Linen</source>
        <translation>كتّان</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="51" />
        <source>Slate</source>
        <translation>أردواز</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="52" />
        <source>Terrazzo</source>
        <translation>تيرازو</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="53" />
        <source>Night</source>
        <translation>ليل</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="54" />
        <source>Olive grove</source>
        <translation>بستان الزيتون</translation>
    </message>
</context>
<context>
    <name>LanguageTexts</name>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="36" />
        <source>Default language</source>
        <translation>اللغة الافتراضية</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="41" />
        <source>Translation missing</source>
        <translation>ترجمة ناقصة</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="45" />
        <source>Name needed</source>
        <translation>الاسم مطلوب</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="54" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="57" />
        <source>Name in %1</source>
        <translation>الاسم باللغة %1</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="70" />
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/LanguageTexts.qml" line="77" />
        <source>Description in %1</source>
        <translation>الوصف باللغة %1</translation>
    </message>
</context>
<context>
    <name>LegendEntry</name>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="15" />
        <source>%1 called</source>
        <translation>%1 نداء</translation>
    </message>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="16" />
        <source>%1 food ready</source>
        <translation>%1 طعام جاهز</translation>
    </message>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="17" />
        <source>%1 bill</source>
        <translation>%1 فاتورة</translation>
    </message>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="18" />
        <source>%1 waiting long</source>
        <translation>%1 انتظار طويل</translation>
    </message>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="19" />
        <source>%1 ordered</source>
        <translation>%1 طلبوا</translation>
    </message>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="20" />
        <source>%1 seated</source>
        <translation>%1 جالسون</translation>
    </message>
    <message>
        <location filename="../../qml/Host/LegendEntry.qml" line="21" />
        <source>%1 free</source>
        <translation>%1 شاغرة</translation>
    </message>
</context>
<context>
    <name>LookSheet</name>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="28" />
        <source>Your tablecloth</source>
        <translation>مفرش طاولتك</translation>
    </message>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="36" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="46" />
        <source>Large text</source>
        <translation>نص كبير</translation>
    </message>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="55" />
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
</context>
<context>
    <name>MenuPage</name>
    <message>
        <location filename="../../qml/Table/MenuPage.qml" line="137" />
        <source>No dishes match your filters.</source>
        <translation>لا توجد أطباق تطابق عوامل التصفية.</translation>
    </message>
</context>
<context>
    <name>MenuTopBar</name>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="29" />
        <location filename="../../qml/Table/MenuTopBar.qml" line="48" />
        <source>Filters (%1)</source>
        <translation>عوامل التصفية (%1)</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="49" />
        <source>Filters</source>
        <translation>عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="56" />
        <source>Call waiter</source>
        <translation>نداء النادل</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="70" />
        <source>Tablecloth and text size</source>
        <translation>مفرش الطاولة وحجم النص</translation>
    </message>
</context>
<context>
    <name>MessageButton</name>
    <message>
        <location filename="../../qml/Table/MessageButton.qml" line="17" />
        <location filename="../../qml/Table/MessageButton.qml" line="19" />
        <source>Message staff</source>
        <translation>راسل الموظفين</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MessageButton.qml" line="18" />
        <source>Message staff, unread replies: %1</source>
        <translation>راسل الموظفين، ردود غير مقروءة: %1</translation>
    </message>
</context>
<context>
    <name>ModifierGroup</name>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="65" />
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="65" />
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="93" />
        <source>Choose one</source>
        <translation>اختر واحدًا</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="94" />
        <source>Choose %1 to %2</source>
        <translation>اختر من %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="95" />
        <source>Choose up to %1</source>
        <translation>اختر حتى %1</translation>
    </message>
</context>
<context>
    <name>OrderedLines</name>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="49" />
        <source>sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="50" />
        <source>accepted</source>
        <translation>قُبل</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="51" />
        <source>cooking</source>
        <translation>قيد الطهي</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="52" />
        <source>ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="53" />
        <source>served</source>
        <translation>قُدّم</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="17" />
        <source>Ordered</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="25" />
        <source>Nothing ordered yet.</source>
        <translation>لم يُطلب شيء بعد.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="67" />
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="96" />
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
</context>
<context>
    <name>OwnerWindow</name>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="17" />
        <source>Menu editor</source>
        <translation>محرر قائمة الطعام</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="44" />
        <source>Publish history</source>
        <translation>سجل النشر</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="44" />
        <source>Menu draft</source>
        <translation>مسودة قائمة الطعام</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="54" />
        <source>Offline: changes wait until the hub is back.</source>
        <translation>غير متصل: تنتظر التغييرات حتى يعود الخادم.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="68" />
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="74" />
        <source>Back to the menu</source>
        <translation>رجوع إلى قائمة الطعام</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="74" />
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="81" />
        <source>Publish</source>
        <translation>نشر</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="87" />
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/OwnerWindow.qml" line="126" />
        <source>Dismiss</source>
        <translation>إخفاء الرسالة</translation>
    </message>
</context>
<context>
    <name>PairingContent</name>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="16" />
        <source>Table</source>
        <translation>الطاولة</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="17" />
        <source>Kitchen</source>
        <translation>المطبخ</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="18" />
        <source>Floor</source>
        <translation>الصالة</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="19" />
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="27" />
        <source>Grill</source>
        <translation>الشواية</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="28" />
        <source>Hot</source>
        <translation>الساخن</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="29" />
        <source>Cold</source>
        <translation>البارد</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="30" />
        <source>Bar</source>
        <translation>البار</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="31" />
        <source>Dessert</source>
        <translation>الحلويات</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="32" />
        <source>Pastry</source>
        <translation>المعجنات</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="33" />
        <source>Fryer</source>
        <translation>القلاية</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="34" />
        <source>Pizza</source>
        <translation>البيتزا</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="35" />
        <source>Sushi</source>
        <translation>السوشي</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="43" />
        <source>A screen for table %1</source>
        <translation>شاشة للطاولة %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="44" />
        <source>A kitchen display for the expo (all stations)</source>
        <translation>شاشة مطبخ للتنسيق (كل الأقسام)</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="45" />
        <source>A kitchen display for the %1 station</source>
        <translation>شاشة مطبخ لقسم %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="46" />
        <source>A floor screen for waiters</source>
        <translation>شاشة صالة للنُّدُل</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="47" />
        <source>An owner's screen</source>
        <translation>شاشة المالك</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="59" />
        <source>Add a device</source>
        <translation>إضافة جهاز</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="70" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="84" />
        <source>Enter your staff PIN (a host's or the owner's).</source>
        <translation>أدخل رمز PIN الخاص بك (للمضيف أو للمالك).</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="104" />
        <source>That PIN is not right. Try again.</source>
        <translation>رمز PIN غير صحيح. حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="106" />
        <source>Too many wrong PINs: the PIN is locked. Try again in %1.</source>
        <translation>محاولات خاطئة كثيرة: رمز PIN مقفل. حاول مجددًا بعد %1.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="131" />
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="136" />
        <source>Delete a digit</source>
        <translation>حذف رقم</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="158" />
        <source>What is the new screen for?</source>
        <translation>لأي غرض الشاشة الجديدة؟</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="191" />
        <source>Previous table</source>
        <translation>الطاولة السابقة</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="199" />
        <source>Table %1</source>
        <translation>الطاولة %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="210" />
        <source>Next table</source>
        <translation>الطاولة التالية</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="226" />
        <source>Expo (all)</source>
        <translation>التنسيق (الكل)</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="240" />
        <source>Only the owner's PIN can pair an owner's screen.</source>
        <translation>رمز PIN الخاص بالمالك وحده يقرن شاشة المالك.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="242" />
        <source>Offline — a code can be made once the connection is back.</source>
        <translation>غير متصل — يمكن إنشاء الرمز عند عودة الاتصال.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="243" />
        <source>No code was made. Try again.</source>
        <translation>لم يُنشأ رمز. حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="253" />
        <source>Making the code…</source>
        <translation>جارٍ إنشاء الرمز…</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="253" />
        <source>Make the code</source>
        <translation>أنشئ الرمز</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="260" />
        <source>Another PIN</source>
        <translation>رمز PIN آخر</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="286" />
        <source>QR code of the pairing code</source>
        <translation>رمز QR لرمز الإقران</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="314" />
        <source>Expired: make another code.</source>
        <translation>انتهت صلاحيته: أنشئ رمزًا آخر.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="315" />
        <source>Valid until %1 · %2 left</source>
        <translation>صالح حتى %1 · متبقٍ %2</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="323" />
        <source>On the new screen, type this code or scan it. It works once.</source>
        <translation>على الشاشة الجديدة، اكتب هذا الرمز أو امسحه ضوئيًا. يعمل مرة واحدة.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="335" />
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingContent.qml" line="341" />
        <source>Make another</source>
        <translation>رمز آخر</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message numerus="yes">
        <location filename="../../qml/Owner/ProblemList.qml" line="29" />
        <source>%n problem(s) to fix before publishing</source>
        <translation>
            <numerusform>لا مشكلات تمنع النشر</numerusform><numerusform>مشكلة واحدة يجب إصلاحها قبل النشر</numerusform><numerusform>مشكلتان يجب إصلاحهما قبل النشر</numerusform><numerusform>%n مشكلات يجب إصلاحها قبل النشر</numerusform><numerusform>%n مشكلةً يجب إصلاحها قبل النشر</numerusform><numerusform>%n مشكلة يجب إصلاحها قبل النشر</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ProblemList.qml" line="30" />
        <source>Nothing stops publishing.</source>
        <translation>لا شيء يمنع النشر.</translation>
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
        <translation>قُدّم</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ReadyLineRow.qml" line="29" />
        <source>Mark %1 served</source>
        <translation>تقديم %1</translation>
    </message>
</context>
<context>
    <name>ReadyLines</name>
    <message>
        <location filename="../../qml/Host/ReadyLines.qml" line="15" />
        <source>🔔 Ready to carry out</source>
        <translation>🔔 جاهز للتقديم</translation>
    </message>
</context>
<context>
    <name>RecallPanel</name>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="21" />
        <source>Recall — last bumped tickets</source>
        <translation>استرجاع — آخر الطلبات الجاهزة</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="33" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="65" />
        <source>T%1  #%2</source>
        <translation>ط%1  #%2</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="72" />
        <source>Bumped %1</source>
        <translation>جُهّز %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="106" />
        <source>Nothing bumped yet</source>
        <translation>لم يُجهّز شيء بعد</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../qml/Table/SearchField.qml" line="18" />
        <location filename="../../qml/Table/SearchField.qml" line="40" />
        <location filename="../../qml/Table/SearchField.qml" line="63" />
        <source>Search the menu</source>
        <translation>بحث</translation>
    </message>
</context>
<context>
    <name>SeatPicker</name>
    <message>
        <location filename="../../qml/Table/SeatPicker.qml" line="21" />
        <source>Table</source>
        <translation>الطاولة</translation>
    </message>
    <message>
        <location filename="../../qml/Table/SeatPicker.qml" line="21" />
        <source>Seat %1</source>
        <translation>المقعد %1</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../qml/Owner/SignInPanel.qml" line="21" />
        <source>Menu editor</source>
        <translation>محرر قائمة الطعام</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SignInPanel.qml" line="29" />
        <source>Enter an owner's PIN to change the menu.</source>
        <translation>أدخل رمز PIN الخاص بالمالك لتعديل قائمة الطعام.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SignInPanel.qml" line="48" />
        <source>Checking the PIN…</source>
        <translation>جارٍ التحقق من رمز PIN…</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SignInPanel.qml" line="75" />
        <source>Sign in</source>
        <translation>دخول</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/SignInPanel.qml" line="79" />
        <source>Delete a digit</source>
        <translation>حذف رقم</translation>
    </message>
</context>
<context>
    <name>SoldOutPanel</name>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="29" />
        <source>Sold out</source>
        <translation>نفد</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="71" />
        <source>Mark sold out</source>
        <translation>نفد</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="71" />
        <source>✕ Sold out — back</source>
        <translation>✕ نفد — إعادة</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="74" />
        <source>Mark %1 sold out</source>
        <translation>نفاد %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="75" />
        <source>Make %1 available again</source>
        <translation>إتاحة %1 من جديد</translation>
    </message>
</context>
<context>
    <name>SoundOffBadge</name>
    <message>
        <location filename="../../qml/Kitchen/SoundOffBadge.qml" line="49" />
        <source>Sound off</source>
        <translation>الصوت متوقف</translation>
    </message>
</context>
<context>
    <name>SpiceBadge</name>
    <message>
        <location filename="../../qml/Ui/SpiceBadge.qml" line="16" />
        <source>Spicy</source>
        <translation>حار</translation>
    </message>
</context>
<context>
    <name>StationBar</name>
    <message>
        <location filename="../../qml/Kitchen/StationBar.qml" line="30" />
        <source>%1  %2  ▲ BEHIND</source>
        <translation>%1  %2  ▲ متأخر</translation>
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
        <translation>المقعد %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="79" />
        <source>about %1 min</source>
        <translation>نحو %1 دقيقة</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="80" />
        <source>on its way to you</source>
        <translation>في الطريق إليك</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="34" />
        <source>Your order</source>
        <translation>طلبك</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="42" />
        <source>Sending to the kitchen…</source>
        <translation>جارٍ الإرسال إلى المطبخ…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="43" />
        <source>Offline — your order will be sent when the connection is back.</source>
        <translation>غير متصل — سيُرسل طلبك عند عودة الاتصال.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="66" />
        <source>Being sent</source>
        <translation>قيد الإرسال</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="67" />
        <source>Order %1</source>
        <translation>الطلب %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="101" />
        <source>Bill so far</source>
        <translation>الفاتورة حتى الآن</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="118" />
        <source>Order more</source>
        <translation>اطلب المزيد</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="124" />
        <source>Call waiter</source>
        <translation>نداء النادل</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="137" />
        <source>Request the bill</source>
        <translation>اطلب الفاتورة</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../../qml/Ui/Stepper.qml" line="22" />
        <source>Fewer</source>
        <translation>أقل</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Stepper.qml" line="38" />
        <source>More</source>
        <translation>أكثر</translation>
    </message>
</context>
<context>
    <name>TableShape</name>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="23" />
        <source>called</source>
        <translation>نداء</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="24" />
        <source>food ready</source>
        <translation>الطعام جاهز</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="25" />
        <source>bill</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="26" />
        <source>waiting long</source>
        <translation>انتظار طويل</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="27" />
        <source>ordered</source>
        <translation>طلبوا</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="28" />
        <source>seated</source>
        <translation>جالسون</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="29" />
        <source>free</source>
        <translation>شاغرة</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="40" />
        <source>Table %1, %2</source>
        <translation>الطاولة %1، %2</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="87" />
        <source>%1/%2 seated</source>
        <translation>%1/%2 جالسون</translation>
    </message>
</context>
<context>
    <name>TableSheet</name>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="59" />
        <source>Table %1</source>
        <translation>الطاولة %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/TableSheet.qml" line="69" />
        <source>%Ln guest(s) · %1 seats</source>
        <translation>
            <numerusform>لا ضيوف · %1 مقاعد</numerusform><numerusform>ضيف واحد · %1 مقاعد</numerusform><numerusform>ضيفان · %1 مقاعد</numerusform><numerusform>%Ln ضيوف · %1 مقاعد</numerusform><numerusform>%Ln ضيفًا · %1 مقاعد</numerusform><numerusform>%Ln ضيف · %1 مقاعد</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="70" />
        <source>Free · %1 seats</source>
        <translation>شاغرة · %1 مقاعد</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="87" />
        <source>Fewer guests</source>
        <translation>ضيوف أقل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/TableSheet.qml" line="94" />
        <source>%Ln guest(s)</source>
        <translation>
            <numerusform>لا ضيوف</numerusform><numerusform>ضيف واحد</numerusform><numerusform>ضيفان</numerusform><numerusform>%Ln ضيوف</numerusform><numerusform>%Ln ضيفًا</numerusform><numerusform>%Ln ضيف</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="105" />
        <source>More guests</source>
        <translation>ضيوف أكثر</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="110" />
        <source>Seat party</source>
        <translation>إجلاس المجموعة</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="165" />
        <source>Has table %1 paid %2? Closing clears its screen for the next party.</source>
        <translation>هل دفعت الطاولة %1 مبلغ %2؟ الإغلاق يمسح شاشتها للمجموعة التالية.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/TableSheet.qml" line="178" />
        <source>⚠ %Ln dish(es) still being prepared.</source>
        <translation>
            <numerusform>⚠ لا أطباق قيد التحضير.</numerusform><numerusform>⚠ طبق واحد ما زال قيد التحضير.</numerusform><numerusform>⚠ طبقان ما زالا قيد التحضير.</numerusform><numerusform>⚠ %Ln أطباق ما زالت قيد التحضير.</numerusform><numerusform>⚠ %Ln طبقًا ما زالت قيد التحضير.</numerusform><numerusform>⚠ %Ln طبق ما زالت قيد التحضير.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/TableSheet.qml" line="180" />
        <source>⚠ %Ln dish(es) ready but not yet served.</source>
        <translation>
            <numerusform>⚠ لا أطباق جاهزة غير مقدَّمة.</numerusform><numerusform>⚠ طبق واحد جاهز ولم يُقدَّم بعد.</numerusform><numerusform>⚠ طبقان جاهزان ولم يُقدَّما بعد.</numerusform><numerusform>⚠ %Ln أطباق جاهزة ولم تُقدَّم بعد.</numerusform><numerusform>⚠ %Ln طبقًا جاهزًا ولم يُقدَّم بعد.</numerusform><numerusform>⚠ %Ln طبق جاهز ولم يُقدَّم بعد.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="193" />
        <source>Paid — close table %1</source>
        <translation>دُفع — إغلاق الطاولة %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="202" />
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="217" />
        <source>On my way</source>
        <translation>في الطريق</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="220" />
        <source>Acknowledge table %1</source>
        <translation>تأكيد الطاولة %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="229" />
        <source>All served</source>
        <translation>قُدّم الكل</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="236" />
        <source>Paid — close table</source>
        <translation>دُفع — إغلاق الطاولة</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="242" />
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>TableWindow</name>
    <message>
        <location filename="../../qml/Table/TableWindow.qml" line="17" />
        <source>Table %1 — %2</source>
        <translation>الطاولة %1 — %2</translation>
    </message>
    <message>
        <location filename="../../qml/Table/TableWindow.qml" line="177" />
        <source>Loading the menu…</source>
        <translation>جارٍ تحميل قائمة الطعام…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/TableWindow.qml" line="178" />
        <source>Connecting to the restaurant…</source>
        <translation>جارٍ الاتصال بالمطعم…</translation>
    </message>
</context>
<context>
    <name>TicketCard</name>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="38" />
        <source>Table %1, order %2</source>
        <translation>الطاولة %1، الطلب %2</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="57" />
        <source>▼ Selected</source>
        <translation>▼ محدد</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="92" />
        <source>T%1</source>
        <translation>ط%1</translation>
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
        <translation>▼ المزيد</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="189" />
        <source>▲ top</source>
        <translation>▲ الأعلى</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="226" />
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="228" />
        <source>Start table %1</source>
        <translation>بدء الطاولة %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="237" />
        <source>Bump</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="240" />
        <source>Bump table %1</source>
        <translation>تجهيز الطاولة %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="249" />
        <source>↶ Undo</source>
        <translation>↶ تراجع</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="253" />
        <source>Undo bump of table %1</source>
        <translation>تراجع عن تجهيز الطاولة %1</translation>
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
        <translation>✓ جُهّز</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="93" />
        <source>✓ ready</source>
        <translation>✓ جاهز</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="94" />
        <source>🔥 cooking</source>
        <translation>🔥 قيد الطهي</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="117" />
        <source>Seat %1</source>
        <translation>المقعد %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="184" />
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="187" />
        <source>Start %1</source>
        <translation>بدء %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="193" />
        <source>✓ Done</source>
        <translation>✓ تم</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="196" />
        <source>%1 done</source>
        <translation>%1 جاهز</translation>
    </message>
</context>
<context>
    <name>TicketTimer</name>
    <message>
        <location filename="../../qml/Kitchen/TicketTimer.qml" line="49" />
        <source>LATE</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketTimer.qml" line="49" />
        <source>WAIT</source>
        <translation>انتظار</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../qml/Table/WelcomePage.qml" line="15" />
        <location filename="../../qml/Table/WelcomePage.qml" line="80" />
        <source>Touch to start</source>
        <translation>المس للبدء</translation>
    </message>
    <message>
        <location filename="../../qml/Table/WelcomePage.qml" line="27" />
        <source>Table %1</source>
        <translation>الطاولة %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/WelcomePage.qml" line="40" />
        <source>Welcome</source>
        <translation>أهلًا وسهلًا</translation>
    </message>
</context>
<context>
    <name>tableside::AllergensModel</name>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="16" />
        <source>Gluten</source>
        <translation>الغلوتين</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="18" />
        <source>Crustaceans</source>
        <translation>القشريات</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="20" />
        <source>Eggs</source>
        <translation>البيض</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="22" />
        <source>Fish</source>
        <translation>السمك</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="24" />
        <source>Peanuts</source>
        <translation>الفول السوداني</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="26" />
        <source>Soya</source>
        <translation>الصويا</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="28" />
        <source>Milk</source>
        <translation>الحليب</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="30" />
        <source>Tree nuts</source>
        <translation>المكسرات</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="32" />
        <source>Celery</source>
        <translation>الكرفس</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="34" />
        <source>Mustard</source>
        <translation>الخردل</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="36" />
        <source>Sesame</source>
        <translation>السمسم</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="38" />
        <source>Sulphites</source>
        <translation>الكبريتيت</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="40" />
        <source>Lupin</source>
        <translation>الترمس</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="42" />
        <source>Molluscs</source>
        <translation>الرخويات</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="91" />
        <source>Contains none of the 14 listed allergens.</source>
        <translation>لا يحتوي على أيٍّ من مسببات الحساسية الأربعة عشر المدرجة.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/allergensmodel.cpp" line="96" />
        <source>Contains: %1</source>
        <translation>يحتوي على: %1</translation>
    </message>
</context>
<context>
    <name>tableside::DishForm</name>
    <message>
        <location filename="../../qml/Owner/dishform.cpp" line="97" />
        <source>Write the price as a number, for example %1.</source>
        <translation>اكتب السعر رقمًا، مثلًا %1.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/dishform.cpp" line="102" />
        <source>A price cannot be below zero.</source>
        <translation>لا يمكن أن يكون السعر أقل من صفر.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/dishform.cpp" line="104" />
        <source>A price cannot be above %1.</source>
        <translation>لا يمكن أن يزيد السعر على %1.</translation>
    </message>
</context>
<context>
    <name>tableside::KitchenScreen</name>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="141" />
        <source>Gluten</source>
        <translation>الغلوتين</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="142" />
        <source>Crustaceans</source>
        <translation>القشريات</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="143" />
        <source>Eggs</source>
        <translation>البيض</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="144" />
        <source>Fish</source>
        <translation>السمك</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="145" />
        <source>Peanuts</source>
        <translation>الفول السوداني</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="146" />
        <source>Soya</source>
        <translation>الصويا</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="147" />
        <source>Milk</source>
        <translation>الحليب</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="148" />
        <source>Tree nuts</source>
        <translation>المكسرات</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="149" />
        <source>Celery</source>
        <translation>الكرفس</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="150" />
        <source>Mustard</source>
        <translation>الخردل</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="151" />
        <source>Sesame</source>
        <translation>السمسم</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="152" />
        <source>Sulphites</source>
        <translation>الكبريتيت</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="153" />
        <source>Lupin</source>
        <translation>الترمس</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/kitchenscreen.cpp" line="154" />
        <source>Molluscs</source>
        <translation>الرخويات</translation>
    </message>
</context>
<context>
    <name>tableside::OwnerScreen</name>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="165" />
        <source>The hub cannot be reached, so the PIN cannot be checked.</source>
        <translation>تعذّر الوصول إلى الخادم، لذا لا يمكن التحقق من رمز PIN.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="317" />
        <source>No changes since version %1 was published.</source>
        <translation>لا تغييرات منذ نشر الإصدار %1.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="320" />
        <source>No changes to publish.</source>
        <translation>لا تغييرات للنشر.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/ownerscreen.cpp" line="323" />
        <source>%n unpublished changes.</source>
        <translation>
            <numerusform>لا تغييرات غير منشورة.</numerusform><numerusform>تغيير واحد غير منشور.</numerusform><numerusform>تغييران غير منشورين.</numerusform><numerusform>%n تغييرات غير منشورة.</numerusform><numerusform>%n تغييرًا غير منشور.</numerusform><numerusform>%n تغيير غير منشور.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="325" />
        <source>Last change at %1. %2</source>
        <translation>آخر تغيير في %1. %2</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="327" />
        <source>Last change by %1 at %2. %3</source>
        <translation>آخر تغيير أجراه %1 في %2. %3</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="359" />
        <source>That PIN is not right. Try again.</source>
        <translation>رمز PIN غير صحيح. حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="361" />
        <source>Too many wrong PINs: the PIN is locked for a while.</source>
        <translation>محاولات خاطئة كثيرة: رمز PIN مقفل لبعض الوقت.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="364" />
        <source>Only an owner's PIN can change the menu.</source>
        <translation>لا يمكن تعديل قائمة الطعام إلا برمز PIN خاص بالمالك.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="367" />
        <source>Someone else changed the draft just now. Check it, then publish again.</source>
        <translation>غيّر شخص آخر المسودة للتو. راجعها ثم انشر من جديد.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="371" />
        <source>There are no changes to publish.</source>
        <translation>لا توجد تغييرات للنشر.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Owner/ownerscreen.cpp" line="373" />
        <source>Fix %n problems before publishing: they are listed under Problems.</source>
        <translation>
            <numerusform>أصلح المشكلات قبل النشر: تجدها في قائمة المشكلات.</numerusform><numerusform>أصلح مشكلة واحدة قبل النشر: تجدها في قائمة المشكلات.</numerusform><numerusform>أصلح المشكلتين قبل النشر: تجدهما في قائمة المشكلات.</numerusform><numerusform>أصلح %n مشكلات قبل النشر: تجدها في قائمة المشكلات.</numerusform><numerusform>أصلح %n مشكلةً قبل النشر: تجدها في قائمة المشكلات.</numerusform><numerusform>أصلح %n مشكلة قبل النشر: تجدها في قائمة المشكلات.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="378" />
        <source>That version is not kept.</source>
        <translation>هذا الإصدار غير محفوظ.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="380" />
        <source>The hub did not answer. Check the connection and try again.</source>
        <translation>لم يستجب الخادم. تحقّق من الاتصال وحاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="446" />
        <source>Saved in the draft. Publish to show it on the tables.</source>
        <translation>حُفظ في المسودة. انشر لعرضه على الطاولات.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="454" />
        <source>Published as version %1: every table shows it now.</source>
        <translation>نُشر بصفته الإصدار %1: تعرضه كل الطاولات الآن.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="457" />
        <source>Rolled back: version %1 is on every table now.</source>
        <translation>تمت الاستعادة: الإصدار %1 على كل الطاولات الآن.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="474" />
        <source>The last change is undone.</source>
        <translation>تم التراجع عن آخر تغيير.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="530" />
        <source>Restored version %1.</source>
        <translation>استُعيد الإصدار %1.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="534" />
        <source>The menu as it was.</source>
        <translation>قائمة الطعام كما كانت.</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="539" />
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="541" />
        <source>Version %1 by %2</source>
        <translation>الإصدار %1، نشره %2</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="573" />
        <source>Vegetarian</source>
        <translation>نباتي</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="575" />
        <source>Vegan</source>
        <translation>نباتي صرف</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="577" />
        <source>Gluten-free</source>
        <translation>خالٍ من الغلوتين</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="579" />
        <source>Halal</source>
        <translation>حلال</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="583" />
        <source>Drink</source>
        <translation>مشروب</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="585" />
        <source>Starter</source>
        <translation>مقبّلات</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="587" />
        <source>Main</source>
        <translation>طبق رئيسي</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="589" />
        <source>Side</source>
        <translation>طبق جانبي</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="591" />
        <source>Dessert</source>
        <translation>الحلويات</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="596" />
        <source>Not spicy</source>
        <translation>غير حار</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="598" />
        <source>Mild</source>
        <translation>خفيف</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="600" />
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location filename="../../qml/Owner/ownerscreen.cpp" line="602" />
        <source>Hot</source>
        <translation>حار</translation>
    </message>
</context>
<context>
    <name>tableside::TableScreen</name>
    <message>
        <location filename="../../qml/Table/tablescreen_orders.cpp" line="36" />
        <source>This screen cannot send orders: it has no outbox.</source>
        <translation>لا تستطيع هذه الشاشة إرسال الطلبات: لا يوجد لديها صندوق صادر.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/quickrepliesmodel.cpp" line="11" />
        <source>Could we have more bread?</source>
        <translation>هل يمكننا الحصول على مزيد من الخبز؟</translation>
    </message>
    <message>
        <location filename="../../qml/Table/quickrepliesmodel.cpp" line="12" />
        <source>Could we have some more water?</source>
        <translation>هل يمكننا الحصول على مزيد من الماء؟</translation>
    </message>
    <message>
        <location filename="../../qml/Table/quickrepliesmodel.cpp" line="13" />
        <source>Could we have the dessert menu?</source>
        <translation>هل يمكننا رؤية قائمة الحلويات؟</translation>
    </message>
    <message>
        <location filename="../../qml/Table/quickrepliesmodel.cpp" line="14" />
        <source>Is our food on its way?</source>
        <translation>هل طعامنا في الطريق؟</translation>
    </message>
    <message>
        <location filename="../../qml/Table/quickrepliesmodel.cpp" line="15" />
        <source>Could we have some napkins?</source>
        <translation>هل يمكننا الحصول على بعض المناديل؟</translation>
    </message>
    <message>
        <location filename="../../qml/Table/quickrepliesmodel.cpp" line="16" />
        <source>Thank you!</source>
        <translation>شكرًا لكم!</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Table/tablescreen_chat.cpp" line="46" />
        <source>That message is too long: at most %Ln character(s).</source>
        <translation>
            <numerusform>هذه الرسالة طويلة جدًا.</numerusform><numerusform>هذه الرسالة طويلة جدًا: حرف واحد على الأكثر.</numerusform><numerusform>هذه الرسالة طويلة جدًا: حرفان على الأكثر.</numerusform><numerusform>هذه الرسالة طويلة جدًا: %Ln أحرف على الأكثر.</numerusform><numerusform>هذه الرسالة طويلة جدًا: %Ln حرفًا على الأكثر.</numerusform><numerusform>هذه الرسالة طويلة جدًا: %Ln حرف على الأكثر.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen_chat.cpp" line="51" />
        <source>This screen cannot send messages: it has no outbox.</source>
        <translation>لا تستطيع هذه الشاشة إرسال الرسائل: ليس لديها صندوق صادر.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen.cpp" line="341" />
        <source>Your bill is on its way.</source>
        <translation>فاتورتك في الطريق إليك.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen.cpp" line="343" />
        <source>The bill request was not sent. Please try again.</source>
        <translation>لم يُرسل طلب الفاتورة. يرجى المحاولة مجددًا.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen.cpp" line="345" />
        <source>Bill requested — waiting for staff.</source>
        <translation>طُلبت الفاتورة — بانتظار الموظفين.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen.cpp" line="351" />
        <source>Your order was not accepted: %1</source>
        <translation>لم يُقبل طلبك: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/tablescreen.cpp" line="356" />
        <source>Your message was not sent: %1</source>
        <translation>لم تُرسل رسالتك: %1</translation>
    </message>
</context>
</TS>
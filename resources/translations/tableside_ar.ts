<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>AlertCard</name>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="22" />
        <source>%1 new messages</source>
        <translation>%1 رسائل جديدة</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="23" />
        <source>New message</source>
        <translation>رسالة جديدة</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="24" />
        <source>Food ready</source>
        <translation>الطعام جاهز</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="25" />
        <source>Bill requested</source>
        <translation>طُلبت الفاتورة</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="26" />
        <source>Water, please</source>
        <translation>ماء من فضلك</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="27" />
        <source>Cutlery, please</source>
        <translation>أدوات المائدة من فضلك</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="28" />
        <location filename="../../qml/Host/AlertCard.qml" line="29" />
        <source>Waiter called</source>
        <translation>نداء النادل</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="71" />
        <source>T%1</source>
        <translation>ط%1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="96" />
        <source>ESCALATED</source>
        <translation>مُصعَّد</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="98" />
        <source>waiting at the pass %1</source>
        <translation>بانتظار التقديم منذ %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="99" />
        <source>%1 ago</source>
        <translation>منذ %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="111" />
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="136" />
        <source>Served ✓</source>
        <translation>قُدّم ✓</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="136" />
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="137" />
        <source>On my way</source>
        <translation>في الطريق</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="139" />
        <source>Mark table %1's food served</source>
        <translation>قُدّم طعام الطاولة %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="140" />
        <source>Open table %1's messages</source>
        <translation>فتح رسائل الطاولة %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/AlertCard.qml" line="141" />
        <source>Acknowledge table %1</source>
        <translation>تأكيد الطاولة %1</translation>
    </message>
</context>
<context>
    <name>AllDayPanel</name>
    <message>
        <location filename="../../qml/Kitchen/AllDayPanel.qml" line="17" />
        <source>All day</source>
        <translation>إجمالي اليوم</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/AllDayPanel.qml" line="67" />
        <source>Nothing open</source>
        <translation>لا شيء مفتوح</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <location filename="../../qml/Table/CallList.qml" line="45" />
        <source>Still waiting — we have reminded the staff.</source>
        <translation>ما زلنا بالانتظار — ذكّرنا الموظفين.</translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <location filename="../../qml/Table/CallSheet.qml" line="25" />
        <source>Call a waiter</source>
        <translation>نادِ النادل</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CallSheet.qml" line="33" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>CartLineDelegate</name>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="70" />
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="80" />
        <source>Sold out: remove it to place the order</source>
        <translation>نفد: أزله لإرسال الطلب</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="101" />
        <source>Seat %1</source>
        <translation>المقعد %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="102" />
        <source>Table</source>
        <translation>الطاولة</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="103" />
        <source>Choose the seat for this dish</source>
        <translation>اختر المقعد لهذا الطبق</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartLineDelegate.qml" line="111" />
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="35" />
        <source>Your order</source>
        <translation>طلبك</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="46" />
        <source>Order status</source>
        <translation>حالة الطلب</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="74" />
        <source>Nothing here yet</source>
        <translation>لا شيء هنا بعد</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="82" />
        <source>Tap a dish to add it. Everyone at the table can add to this order.</source>
        <translation>المس طبقًا لإضافته. يمكن لكل من على الطاولة الإضافة إلى هذا الطلب.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="97" />
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../qml/Table/CartPanel.qml" line="114" />
        <source>Place order</source>
        <translation>أرسل الطلب</translation>
    </message>
</context>
<context>
    <name>ChatBubble</name>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="51" />
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="51" />
        <source>Offline — will send when connected</source>
        <translation>غير متصل — سيُرسل عند الاتصال</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="52" />
        <source>You · %1</source>
        <translation>أنت · %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatBubble.qml" line="52" />
        <source>Staff · %1</source>
        <translation>الموظفون · %1</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="16" />
        <source>💬 Messages</source>
        <translation>💬 الرسائل</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="60" />
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="60" />
        <source>Table</source>
        <translation>الطاولة</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="69" />
        <source>No messages from this table.</source>
        <translation>لا رسائل من هذه الطاولة.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="80" />
        <location filename="../../qml/Host/ChatPanel.qml" line="81" />
        <source>Answer table %1</source>
        <translation>الرد على الطاولة %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ChatPanel.qml" line="96" />
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
</context>
<context>
    <name>ChatSheet</name>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="37" />
        <source>Message staff</source>
        <translation>راسل الموظفين</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="45" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="53" />
        <source>Offline — your messages will be sent when the connection is back.</source>
        <translation>غير متصل — ستُرسل رسائلك عند عودة الاتصال.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="78" />
        <source>Write to the staff, or tap a quick message below. A waiter will answer here.</source>
        <translation>اكتب إلى الموظفين أو اضغط رسالة سريعة أدناه. سيجيبك النادل هنا.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="113" />
        <source>Write a message</source>
        <translation>اكتب رسالة</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="114" />
        <source>Write a message to the staff</source>
        <translation>اكتب رسالة إلى الموظفين</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ChatSheet.qml" line="135" />
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
</context>
<context>
    <name>ConfirmSheet</name>
    <message>
        <location filename="../../qml/Table/ConfirmSheet.qml" line="24" />
        <source>Send this order to the kitchen?</source>
        <translation>هل نرسل هذا الطلب إلى المطبخ؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Table/ConfirmSheet.qml" line="32" />
        <source>%Ln dish(es), total %1</source>
        <translation>
            <numerusform>لا أطباق، المجموع %1</numerusform><numerusform>طبق واحد، المجموع %1</numerusform><numerusform>طبقان، المجموع %1</numerusform><numerusform>%Ln أطباق، المجموع %1</numerusform><numerusform>%Ln طبقًا، المجموع %1</numerusform><numerusform>%Ln طبق، المجموع %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConfirmSheet.qml" line="43" />
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConfirmSheet.qml" line="50" />
        <source>Send to kitchen</source>
        <translation>أرسل إلى المطبخ</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../qml/Table/ConnectionBanner.qml" line="30" />
        <source>Offline — will send when connected</source>
        <translation>غير متصل — سيُرسل عند الاتصال</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConnectionBanner.qml" line="31" />
        <source>Offline — reconnecting to the restaurant…</source>
        <translation>غير متصل — جارٍ إعادة الاتصال بالمطعم…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ConnectionBanner.qml" line="32" />
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
</context>
<context>
    <name>DeviceGate</name>
    <message>
        <location filename="../../app/screens/devicegate.cpp" line="92" />
        <source>Pairing code from staff</source>
        <translation>رمز الإقران من الموظفين</translation>
    </message>
    <message>
        <location filename="../../app/screens/devicegate.cpp" line="97" />
        <source>Pair this screen</source>
        <translation>إقران الشاشة</translation>
    </message>
    <message>
        <location filename="../../app/screens/devicegate.cpp" line="107" />
        <source>This screen is not paired with the restaurant yet. Ask staff for a pairing code and enter it here.</source>
        <translation>هذه الشاشة غير مقترنة بالمطعم بعد. اطلب من الموظفين رمز إقران وأدخله هنا.</translation>
    </message>
    <message>
        <location filename="../../app/screens/devicegate.cpp" line="111" />
        <source>This pairing code is wrong, used or expired. Ask staff for a new code and enter it here.</source>
        <translation>رمز الإقران هذا خاطئ أو مستخدم أو منتهي الصلاحية. اطلب من الموظفين رمزًا جديدًا وأدخله هنا.</translation>
    </message>
    <message>
        <location filename="../../app/screens/devicegate.cpp" line="114" />
        <source>This pairing code is wrong, used or expired. Ask staff for a new code, then start this screen with it.</source>
        <translation>رمز الإقران هذا خاطئ أو مستخدم أو منتهي الصلاحية. اطلب من الموظفين رمزًا جديدًا، ثم شغّل هذه الشاشة به.</translation>
    </message>
    <message>
        <location filename="../../app/screens/devicegate.cpp" line="119" />
        <source>The restaurant no longer knows this screen. Ask staff for a new pairing code and enter it here.</source>
        <translation>لم يعد المطعم يعرف هذه الشاشة. اطلب من الموظفين رمز إقران جديدًا وأدخله هنا.</translation>
    </message>
    <message>
        <location filename="../../app/screens/devicegate.cpp" line="122" />
        <source>The restaurant no longer knows this screen. Ask staff for a new pairing code, then start this screen with it.</source>
        <translation>لم يعد المطعم يعرف هذه الشاشة. اطلب من الموظفين رمز إقران جديدًا، ثم شغّل هذه الشاشة به.</translation>
    </message>
    <message>
        <location filename="../../app/screens/devicegate.cpp" line="127" />
        <source>This screen runs another version of Tableside than the restaurant. Ask staff to update it.</source>
        <translation>تعمل هذه الشاشة بإصدار من Tableside غير إصدار المطعم. اطلب من الموظفين تحديثها.</translation>
    </message>
    <message>
        <location filename="../../app/screens/devicegate.cpp" line="131" />
        <source>This screen was paired as another kind of device. Ask staff for a pairing code made for this screen.</source>
        <translation>أُقرنت هذه الشاشة كنوع آخر من الأجهزة. اطلب من الموظفين رمز إقران مخصصًا لهذه الشاشة.</translation>
    </message>
    <message>
        <location filename="../../app/screens/devicegate.cpp" line="135" />
        <source>This screen was paired with table %1, not table %2. Ask staff for a pairing code for this table.</source>
        <translation>أُقرنت هذه الشاشة بالطاولة %1، لا بالطاولة %2. اطلب من الموظفين رمز إقران لهذه الطاولة.</translation>
    </message>
    <message>
        <location filename="../../app/screens/devicegate.cpp" line="139" />
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
        <location filename="../../qml/Table/DishCard.qml" line="92" />
        <source>Longer wait</source>
        <translation>انتظار أطول</translation>
    </message>
</context>
<context>
    <name>DishSheet</name>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="76" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="114" />
        <source>Contains none of the 14 listed allergens.</source>
        <translation>لا يحتوي على أيٍّ من مسببات الحساسية الأربعة عشر المدرجة.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="115" />
        <source>Contains: %1</source>
        <translation>يحتوي على: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="122" />
        <source>The kitchen is busy: this dish will take longer than usual.</source>
        <translation>المطبخ مشغول: سيستغرق هذا الطبق وقتًا أطول من المعتاد.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="131" />
        <source>Sold out: the kitchen has run out of this dish.</source>
        <translation>نفد: نفدت الكمية من هذا الطبق في المطبخ.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="150" />
        <source>For which seat?</source>
        <translation>لأي مقعد؟</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="163" />
        <source>A note to the kitchen (optional)</source>
        <translation>ملاحظة للمطبخ (اختيارية)</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="164" />
        <source>A note to the kitchen</source>
        <translation>ملاحظة للمطبخ</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="205" />
        <source>Please choose: %1</source>
        <translation>يرجى الاختيار: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/DishSheet.qml" line="236" />
        <source>Add to order</source>
        <translation>أضف إلى الطلب</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../qml/Table/ErrorBanner.qml" line="26" />
        <source>Your order was not accepted: %1</source>
        <translation>لم يُقبل طلبك: %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ErrorBanner.qml" line="33" />
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../qml/Table/FilterPanel.qml" line="31" />
        <source>Show only</source>
        <translation>اعرض فقط</translation>
    </message>
    <message>
        <location filename="../../qml/Table/FilterPanel.qml" line="50" />
        <source>Leave out dishes containing</source>
        <translation>استبعد الأطباق التي تحتوي على</translation>
    </message>
</context>
<context>
    <name>FloorMap</name>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="14" />
        <source>called</source>
        <translation>نداء</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="15" />
        <source>food ready</source>
        <translation>الطعام جاهز</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="16" />
        <source>bill</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="17" />
        <source>waiting long</source>
        <translation>انتظار طويل</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="18" />
        <source>ordered</source>
        <translation>طلبوا</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="19" />
        <source>seated</source>
        <translation>جالسون</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorMap.qml" line="20" />
        <source>free</source>
        <translation>شاغرة</translation>
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
        <location filename="../../qml/Host/FloorWindow.qml" line="51" />
        <source>%1 called</source>
        <translation>%1 نداء</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="52" />
        <source>%1 food ready</source>
        <translation>%1 طعام جاهز</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="53" />
        <source>%1 bill</source>
        <translation>%1 فاتورة</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="54" />
        <source>%1 waiting long</source>
        <translation>%1 انتظار طويل</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="55" />
        <source>%1 ordered</source>
        <translation>%1 طلبوا</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="56" />
        <source>%1 seated</source>
        <translation>%1 جالسون</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="57" />
        <source>%1 free</source>
        <translation>%1 شاغرة</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="96" />
        <source>+ Add a device</source>
        <translation>+ إضافة جهاز</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="98" />
        <source>Add a device</source>
        <translation>إضافة جهاز</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="107" />
        <source>● Live</source>
        <translation>● مباشر</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="107" />
        <source>▲ Offline — reconnecting</source>
        <translation>▲ غير متصل — إعادة الاتصال</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/FloorWindow.qml" line="149" />
        <source>Alerts (%1) · %Ln escalated</source>
        <translation>
            <numerusform>التنبيهات (%1) · لا تصعيد</numerusform><numerusform>التنبيهات (%1) · تنبيه مُصعَّد</numerusform><numerusform>التنبيهات (%1) · تنبيهان مُصعَّدان</numerusform><numerusform>التنبيهات (%1) · %Ln تنبيهات مُصعَّدة</numerusform><numerusform>التنبيهات (%1) · %Ln تنبيهًا مُصعَّدًا</numerusform><numerusform>التنبيهات (%1) · %Ln تنبيه مُصعَّد</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="151" />
        <source>Alerts (%1)</source>
        <translation>التنبيهات (%1)</translation>
    </message>
    <message>
        <location filename="../../qml/Host/FloorWindow.qml" line="178" />
        <source>All calm — no alerts</source>
        <translation>كل شيء هادئ — لا تنبيهات</translation>
    </message>
</context>
<context>
    <name>KitchenWindow</name>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="16" />
        <source>Kitchen — expo</source>
        <translation>المطبخ — التنسيق</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="17" />
        <source>Kitchen — %1</source>
        <translation>المطبخ — %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="52" />
        <source>● Live</source>
        <translation>● مباشر</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="52" />
        <source>▲ Offline — reconnecting</source>
        <translation>▲ غير متصل — إعادة الاتصال</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="59" />
        <source>Sold out</source>
        <translation>نفد</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="66" />
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
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>لا طلبات مفتوحة</numerusform><numerusform>طلب مفتوح واحد</numerusform><numerusform>طلبان مفتوحان</numerusform><numerusform>%Ln طلبات مفتوحة</numerusform><numerusform>%Ln طلبًا مفتوحًا</numerusform><numerusform>%Ln طلب مفتوح</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWindow.qml" line="187" />
        <source>● on time   ▲ over %1 min   ■ over %2 min</source>
        <translation>● في الوقت   ▲ أكثر من %1 د   ■ أكثر من %2 د</translation>
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
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="25" />
        <source>Gluten</source>
        <translation>الغلوتين</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="26" />
        <source>Crustaceans</source>
        <translation>القشريات</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="27" />
        <source>Eggs</source>
        <translation>البيض</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="28" />
        <source>Fish</source>
        <translation>السمك</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="29" />
        <source>Peanuts</source>
        <translation>الفول السوداني</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="30" />
        <source>Soya</source>
        <translation>الصويا</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="31" />
        <source>Milk</source>
        <translation>الحليب</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="32" />
        <source>Tree nuts</source>
        <translation>المكسرات</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="33" />
        <source>Celery</source>
        <translation>الكرفس</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="34" />
        <source>Mustard</source>
        <translation>الخردل</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="35" />
        <source>Sesame</source>
        <translation>السمسم</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="36" />
        <source>Sulphites</source>
        <translation>الكبريتيت</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="37" />
        <source>Lupin</source>
        <translation>الترمس</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/KitchenWords.qml" line="38" />
        <source>Molluscs</source>
        <translation>الرخويات</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="14" />
        <source>Gluten</source>
        <translation>الغلوتين</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="15" />
        <source>Crustaceans</source>
        <translation>القشريات</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="16" />
        <source>Eggs</source>
        <translation>البيض</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="17" />
        <source>Fish</source>
        <translation>السمك</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="18" />
        <source>Peanuts</source>
        <translation>الفول السوداني</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="19" />
        <source>Soya</source>
        <translation>الصويا</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="20" />
        <source>Milk</source>
        <translation>الحليب</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="21" />
        <source>Tree nuts</source>
        <translation>المكسرات</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="22" />
        <source>Celery</source>
        <translation>الكرفس</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="23" />
        <source>Mustard</source>
        <translation>الخردل</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="24" />
        <source>Sesame</source>
        <translation>السمسم</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="25" />
        <source>Sulphites</source>
        <translation>الكبريتيت</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="26" />
        <source>Lupin</source>
        <translation>الترمس</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="27" />
        <source>Molluscs</source>
        <translation>الرخويات</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="33" />
        <source>Vegan</source>
        <translation>نباتي صرف</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="34" />
        <source>Vegetarian</source>
        <translation>نباتي</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="35" />
        <source>Gluten-free</source>
        <translation>خالٍ من الغلوتين</translation>
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
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="43" />
        <location filename="../../qml/Ui/Labels.qml" line="44" />
        <source>Received</source>
        <translation>تم الاستلام</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="45" />
        <source>Cooking</source>
        <translation>قيد الطهي</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="46" />
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="47" />
        <source>Served</source>
        <translation>قُدّم</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="48" />
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="54" />
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="55" />
        <source>Water</source>
        <translation>ماء</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="56" />
        <source>Cutlery</source>
        <translation>أدوات المائدة</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="57" />
        <source>Something else</source>
        <translation>شيء آخر</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="58" />
        <source>The bill</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="65" />
        <source>Waiting for staff</source>
        <translation>بانتظار الموظفين</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="66" />
        <source>On the way</source>
        <translation>في الطريق إليك</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="67" />
        <source>Not sent, try again</source>
        <translation>لم يُرسل، حاول مجددًا</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="73" />
        <source>Linen</source>
        <translation>كتّان</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="74" />
        <source>Slate</source>
        <translation>أردواز</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="75" />
        <source>Terrazzo</source>
        <translation>تيرازو</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="76" />
        <source>Night</source>
        <translation>ليل</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Labels.qml" line="77" />
        <source>Olive grove</source>
        <translation>بستان الزيتون</translation>
    </message>
</context>
<context>
    <name>LookSheet</name>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="27" />
        <source>Your tablecloth</source>
        <translation>مفرش طاولتك</translation>
    </message>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="35" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="80" />
        <source>Large text</source>
        <translation>نص كبير</translation>
    </message>
    <message>
        <location filename="../../qml/Table/LookSheet.qml" line="89" />
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
</context>
<context>
    <name>MenuPage</name>
    <message>
        <location filename="../../qml/Table/MenuPage.qml" line="139" />
        <source>No dishes match your filters.</source>
        <translation>لا توجد أطباق تطابق عوامل التصفية.</translation>
    </message>
</context>
<context>
    <name>MenuTopBar</name>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="28" />
        <location filename="../../qml/Table/MenuTopBar.qml" line="47" />
        <source>Filters (%1)</source>
        <translation>عوامل التصفية (%1)</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="48" />
        <source>Filters</source>
        <translation>عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="55" />
        <source>Call waiter</source>
        <translation>نداء النادل</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MenuTopBar.qml" line="69" />
        <source>Tablecloth and text size</source>
        <translation>مفرش الطاولة وحجم النص</translation>
    </message>
</context>
<context>
    <name>MessageButton</name>
    <message>
        <location filename="../../qml/Table/MessageButton.qml" line="16" />
        <location filename="../../qml/Table/MessageButton.qml" line="18" />
        <source>Message staff</source>
        <translation>راسل الموظفين</translation>
    </message>
    <message>
        <location filename="../../qml/Table/MessageButton.qml" line="17" />
        <source>Message staff, unread replies: %1</source>
        <translation>راسل الموظفين، ردود غير مقروءة: %1</translation>
    </message>
</context>
<context>
    <name>ModifierGroup</name>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="63" />
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="63" />
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="74" />
        <source>Choose one</source>
        <translation>اختر واحدًا</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="75" />
        <source>Choose %1 to %2</source>
        <translation>اختر من %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../../qml/Table/ModifierGroup.qml" line="76" />
        <source>Choose up to %1</source>
        <translation>اختر حتى %1</translation>
    </message>
</context>
<context>
    <name>OrderedLines</name>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="14" />
        <source>sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="15" />
        <source>accepted</source>
        <translation>قُبل</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="16" />
        <source>cooking</source>
        <translation>قيد الطهي</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="17" />
        <source>ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="18" />
        <source>served</source>
        <translation>قُدّم</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="26" />
        <source>Ordered</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="34" />
        <source>Nothing ordered yet.</source>
        <translation>لم يُطلب شيء بعد.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="62" />
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../qml/Host/OrderedLines.qml" line="91" />
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
</context>
<context>
    <name>PairingSheet</name>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="21" />
        <source>Table</source>
        <translation>الطاولة</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="22" />
        <source>Kitchen</source>
        <translation>المطبخ</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="23" />
        <source>Floor</source>
        <translation>الصالة</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="24" />
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="32" />
        <source>Grill</source>
        <translation>الشواية</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="33" />
        <source>Hot</source>
        <translation>الساخن</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="34" />
        <source>Cold</source>
        <translation>البارد</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="35" />
        <source>Bar</source>
        <translation>البار</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="36" />
        <source>Dessert</source>
        <translation>الحلويات</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="37" />
        <source>Pastry</source>
        <translation>المعجنات</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="38" />
        <source>Fryer</source>
        <translation>القلاية</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="39" />
        <source>Pizza</source>
        <translation>البيتزا</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="40" />
        <source>Sushi</source>
        <translation>السوشي</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="48" />
        <source>A screen for table %1</source>
        <translation>شاشة للطاولة %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="49" />
        <source>A kitchen display for the expo (all stations)</source>
        <translation>شاشة مطبخ للتنسيق (كل الأقسام)</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="50" />
        <source>A kitchen display for the %1 station</source>
        <translation>شاشة مطبخ لقسم %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="51" />
        <source>A floor screen for waiters</source>
        <translation>شاشة صالة للنُّدُل</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="52" />
        <source>An owner's screen</source>
        <translation>شاشة المالك</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="74" />
        <source>Add a device</source>
        <translation>إضافة جهاز</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="85" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="99" />
        <source>Enter your staff PIN (a host's or the owner's).</source>
        <translation>أدخل رمز PIN الخاص بك (للمضيف أو للمالك).</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="119" />
        <source>That PIN is not right. Try again.</source>
        <translation>رمز PIN غير صحيح. حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="121" />
        <source>Too many wrong PINs: the PIN is locked. Try again in %1.</source>
        <translation>محاولات خاطئة كثيرة: رمز PIN مقفل. حاول مجددًا بعد %1.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="144" />
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="149" />
        <source>Delete a digit</source>
        <translation>حذف رقم</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="171" />
        <source>What is the new screen for?</source>
        <translation>لأي غرض الشاشة الجديدة؟</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="202" />
        <source>Previous table</source>
        <translation>الطاولة السابقة</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="210" />
        <source>Table %1</source>
        <translation>الطاولة %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="221" />
        <source>Next table</source>
        <translation>الطاولة التالية</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="235" />
        <source>Expo (all)</source>
        <translation>التنسيق (الكل)</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="249" />
        <source>Only the owner's PIN can pair an owner's screen.</source>
        <translation>رمز PIN الخاص بالمالك وحده يقرن شاشة المالك.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="251" />
        <source>Offline — a code can be made once the connection is back.</source>
        <translation>غير متصل — يمكن إنشاء الرمز عند عودة الاتصال.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="252" />
        <source>No code was made. Try again.</source>
        <translation>لم يُنشأ رمز. حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="262" />
        <source>Making the code…</source>
        <translation>جارٍ إنشاء الرمز…</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="262" />
        <source>Make the code</source>
        <translation>أنشئ الرمز</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="269" />
        <source>Another PIN</source>
        <translation>رمز PIN آخر</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="295" />
        <source>QR code of the pairing code</source>
        <translation>رمز QR لرمز الإقران</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="323" />
        <source>Expired: make another code.</source>
        <translation>انتهت صلاحيته: أنشئ رمزًا آخر.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="324" />
        <source>Valid until %1 · %2 left</source>
        <translation>صالح حتى %1 · متبقٍ %2</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="332" />
        <source>On the new screen, type this code or scan it. It works once.</source>
        <translation>على الشاشة الجديدة، اكتب هذا الرمز أو امسحه ضوئيًا. يعمل مرة واحدة.</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="344" />
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../qml/Host/PairingSheet.qml" line="350" />
        <source>Make another</source>
        <translation>رمز آخر</translation>
    </message>
</context>
<context>
    <name>ReadyLineRow</name>
    <message>
        <location filename="../../qml/Host/ReadyLineRow.qml" line="17" />
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ReadyLineRow.qml" line="24" />
        <source>Served</source>
        <translation>قُدّم</translation>
    </message>
    <message>
        <location filename="../../qml/Host/ReadyLineRow.qml" line="26" />
        <source>Mark %1 served</source>
        <translation>تقديم %1</translation>
    </message>
</context>
<context>
    <name>RecallPanel</name>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="20" />
        <source>Recall — last bumped tickets</source>
        <translation>استرجاع — آخر الطلبات الجاهزة</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="32" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="62" />
        <source>T%1  #%2</source>
        <translation>ط%1  #%2</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="69" />
        <source>Bumped %1</source>
        <translation>جُهّز %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="80" />
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="82" />
        <source>Seat %1</source>
        <translation>المقعد %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/RecallPanel.qml" line="95" />
        <source>Nothing bumped yet</source>
        <translation>لم يُجهّز شيء بعد</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../qml/Table/SearchField.qml" line="17" />
        <location filename="../../qml/Table/SearchField.qml" line="39" />
        <location filename="../../qml/Table/SearchField.qml" line="62" />
        <source>Search the menu</source>
        <translation>بحث</translation>
    </message>
</context>
<context>
    <name>SeatPicker</name>
    <message>
        <location filename="../../qml/Table/SeatPicker.qml" line="16" />
        <source>Table</source>
        <translation>الطاولة</translation>
    </message>
    <message>
        <location filename="../../qml/Table/SeatPicker.qml" line="16" />
        <source>Seat %1</source>
        <translation>المقعد %1</translation>
    </message>
</context>
<context>
    <name>SoldOutPanel</name>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="28" />
        <source>Sold out</source>
        <translation>نفد</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="67" />
        <source>Mark sold out</source>
        <translation>نفد</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="67" />
        <source>✕ Sold out — back</source>
        <translation>✕ نفد — إعادة</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="70" />
        <source>Mark %1 sold out</source>
        <translation>نفاد %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/SoldOutPanel.qml" line="71" />
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
        <location filename="../../qml/Kitchen/StationBar.qml" line="34" />
        <source>%1  %2  ▲ BEHIND</source>
        <translation>%1  %2  ▲ متأخر</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/StationBar.qml" line="35" />
        <source>%1  %2</source>
        <translation>%1  %2</translation>
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
        <translation>المقعد %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="90" />
        <source>about %1 min</source>
        <translation>نحو %1 دقيقة</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusLine.qml" line="91" />
        <source>on its way to you</source>
        <translation>في الطريق إليك</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="33" />
        <source>Your order</source>
        <translation>طلبك</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="41" />
        <source>Sending to the kitchen…</source>
        <translation>جارٍ الإرسال إلى المطبخ…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="42" />
        <source>Offline — your order will be sent when the connection is back.</source>
        <translation>غير متصل — سيُرسل طلبك عند عودة الاتصال.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="63" />
        <source>Being sent</source>
        <translation>قيد الإرسال</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="64" />
        <source>Order %1</source>
        <translation>الطلب %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="96" />
        <source>Bill so far</source>
        <translation>الفاتورة حتى الآن</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="113" />
        <source>Order more</source>
        <translation>اطلب المزيد</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="119" />
        <source>Call waiter</source>
        <translation>نداء النادل</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="132" />
        <source>Request the bill</source>
        <translation>اطلب الفاتورة</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="138" />
        <source>Your bill is on its way.</source>
        <translation>فاتورتك في الطريق إليك.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="139" />
        <source>The bill request was not sent. Please try again.</source>
        <translation>لم يُرسل طلب الفاتورة. يرجى المحاولة مجددًا.</translation>
    </message>
    <message>
        <location filename="../../qml/Table/StatusPage.qml" line="140" />
        <source>Bill requested — waiting for staff.</source>
        <translation>طُلبت الفاتورة — بانتظار الموظفين.</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../../qml/Ui/Stepper.qml" line="21" />
        <source>Fewer</source>
        <translation>أقل</translation>
    </message>
    <message>
        <location filename="../../qml/Ui/Stepper.qml" line="36" />
        <source>More</source>
        <translation>أكثر</translation>
    </message>
</context>
<context>
    <name>TableShape</name>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="35" />
        <source>Table %1, %2</source>
        <translation>الطاولة %1، %2</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableShape.qml" line="69" />
        <source>%1/%2 seated</source>
        <translation>%1/%2 جالسون</translation>
    </message>
</context>
<context>
    <name>TableSheet</name>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="66" />
        <source>Table %1</source>
        <translation>الطاولة %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/TableSheet.qml" line="76" />
        <source>%Ln guest(s) · %1 seats</source>
        <translation>
            <numerusform>لا ضيوف · %1 مقاعد</numerusform><numerusform>ضيف واحد · %1 مقاعد</numerusform><numerusform>ضيفان · %1 مقاعد</numerusform><numerusform>%Ln ضيوف · %1 مقاعد</numerusform><numerusform>%Ln ضيفًا · %1 مقاعد</numerusform><numerusform>%Ln ضيف · %1 مقاعد</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="77" />
        <source>Free · %1 seats</source>
        <translation>شاغرة · %1 مقاعد</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="94" />
        <source>Fewer guests</source>
        <translation>ضيوف أقل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/TableSheet.qml" line="101" />
        <source>%Ln guest(s)</source>
        <translation>
            <numerusform>لا ضيوف</numerusform><numerusform>ضيف واحد</numerusform><numerusform>ضيفان</numerusform><numerusform>%Ln ضيوف</numerusform><numerusform>%Ln ضيفًا</numerusform><numerusform>%Ln ضيف</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="112" />
        <source>More guests</source>
        <translation>ضيوف أكثر</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="117" />
        <source>Seat party</source>
        <translation>إجلاس المجموعة</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="147" />
        <source>🔔 Ready to carry out</source>
        <translation>🔔 جاهز للتقديم</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="184" />
        <source>Has table %1 paid %2? Closing clears its screen for the next party.</source>
        <translation>هل دفعت الطاولة %1 مبلغ %2؟ الإغلاق يمسح شاشتها للمجموعة التالية.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/TableSheet.qml" line="196" />
        <source>⚠ %Ln dish(es) still being prepared.</source>
        <translation>
            <numerusform>⚠ لا أطباق قيد التحضير.</numerusform><numerusform>⚠ طبق واحد ما زال قيد التحضير.</numerusform><numerusform>⚠ طبقان ما زالا قيد التحضير.</numerusform><numerusform>⚠ %Ln أطباق ما زالت قيد التحضير.</numerusform><numerusform>⚠ %Ln طبقًا ما زالت قيد التحضير.</numerusform><numerusform>⚠ %Ln طبق ما زالت قيد التحضير.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/Host/TableSheet.qml" line="198" />
        <source>⚠ %Ln dish(es) ready but not yet served.</source>
        <translation>
            <numerusform>⚠ لا أطباق جاهزة غير مقدَّمة.</numerusform><numerusform>⚠ طبق واحد جاهز ولم يُقدَّم بعد.</numerusform><numerusform>⚠ طبقان جاهزان ولم يُقدَّما بعد.</numerusform><numerusform>⚠ %Ln أطباق جاهزة ولم تُقدَّم بعد.</numerusform><numerusform>⚠ %Ln طبقًا جاهزًا ولم يُقدَّم بعد.</numerusform><numerusform>⚠ %Ln طبق جاهز ولم يُقدَّم بعد.</numerusform></translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="210" />
        <source>Paid — close table %1</source>
        <translation>دُفع — إغلاق الطاولة %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="219" />
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="234" />
        <source>On my way</source>
        <translation>في الطريق</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="237" />
        <source>Acknowledge table %1</source>
        <translation>تأكيد الطاولة %1</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="246" />
        <source>All served</source>
        <translation>قُدّم الكل</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="253" />
        <source>Paid — close table</source>
        <translation>دُفع — إغلاق الطاولة</translation>
    </message>
    <message>
        <location filename="../../qml/Host/TableSheet.qml" line="259" />
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>TableWindow</name>
    <message>
        <location filename="../../qml/Table/TableWindow.qml" line="16" />
        <source>Table %1 — %2</source>
        <translation>الطاولة %1 — %2</translation>
    </message>
    <message>
        <location filename="../../qml/Table/TableWindow.qml" line="176" />
        <source>Loading the menu…</source>
        <translation>جارٍ تحميل قائمة الطعام…</translation>
    </message>
    <message>
        <location filename="../../qml/Table/TableWindow.qml" line="177" />
        <source>Connecting to the restaurant…</source>
        <translation>جارٍ الاتصال بالمطعم…</translation>
    </message>
</context>
<context>
    <name>TicketCard</name>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="36" />
        <source>Table %1, order %2</source>
        <translation>الطاولة %1، الطلب %2</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="55" />
        <source>▼ Selected</source>
        <translation>▼ محدد</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="90" />
        <source>T%1</source>
        <translation>ط%1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="97" />
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="124" />
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="125" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="184" />
        <source>▼ more</source>
        <translation>▼ المزيد</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="184" />
        <source>▲ top</source>
        <translation>▲ الأعلى</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="221" />
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="223" />
        <source>Start table %1</source>
        <translation>بدء الطاولة %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="232" />
        <source>Bump</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="235" />
        <source>Bump table %1</source>
        <translation>تجهيز الطاولة %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="244" />
        <source>↶ Undo</source>
        <translation>↶ تراجع</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketCard.qml" line="248" />
        <source>Undo bump of table %1</source>
        <translation>تراجع عن تجهيز الطاولة %1</translation>
    </message>
</context>
<context>
    <name>TicketLine</name>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="64" />
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="83" />
        <source>✓ bumped</source>
        <translation>✓ جُهّز</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="84" />
        <source>✓ ready</source>
        <translation>✓ جاهز</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="85" />
        <source>🔥 cooking</source>
        <translation>🔥 قيد الطهي</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="108" />
        <source>Seat %1</source>
        <translation>المقعد %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="174" />
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="177" />
        <source>Start %1</source>
        <translation>بدء %1</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="183" />
        <source>✓ Done</source>
        <translation>✓ تم</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketLine.qml" line="186" />
        <source>%1 done</source>
        <translation>%1 جاهز</translation>
    </message>
</context>
<context>
    <name>TicketTimer</name>
    <message>
        <location filename="../../qml/Kitchen/TicketTimer.qml" line="48" />
        <source>LATE</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../../qml/Kitchen/TicketTimer.qml" line="48" />
        <source>WAIT</source>
        <translation>انتظار</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../qml/Table/WelcomePage.qml" line="14" />
        <location filename="../../qml/Table/WelcomePage.qml" line="79" />
        <source>Touch to start</source>
        <translation>المس للبدء</translation>
    </message>
    <message>
        <location filename="../../qml/Table/WelcomePage.qml" line="26" />
        <source>Table %1</source>
        <translation>الطاولة %1</translation>
    </message>
    <message>
        <location filename="../../qml/Table/WelcomePage.qml" line="39" />
        <source>Welcome</source>
        <translation>أهلًا وسهلًا</translation>
    </message>
</context>
<context>
    <name>tableside::TableScreen</name>
    <message>
        <location filename="../../app/screens/tablescreen_orders.cpp" line="36" />
        <source>This screen cannot send orders: it has no outbox.</source>
        <translation>لا تستطيع هذه الشاشة إرسال الطلبات: لا يوجد لديها صندوق صادر.</translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="20" />
        <source>Could we have more bread?</source>
        <translation>هل يمكننا الحصول على مزيد من الخبز؟</translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="21" />
        <source>Could we have some more water?</source>
        <translation>هل يمكننا الحصول على مزيد من الماء؟</translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="22" />
        <source>Could we have the dessert menu?</source>
        <translation>هل يمكننا رؤية قائمة الحلويات؟</translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="23" />
        <source>Is our food on its way?</source>
        <translation>هل طعامنا في الطريق؟</translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="24" />
        <source>Could we have some napkins?</source>
        <translation>هل يمكننا الحصول على بعض المناديل؟</translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="25" />
        <source>Thank you!</source>
        <translation>شكرًا لكم!</translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="70" />
        <source>That message is too long: at most %1 characters.</source>
        <translation>هذه الرسالة طويلة جدًا: %1 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../app/screens/tablescreen_chat.cpp" line="75" />
        <source>This screen cannot send messages: it has no outbox.</source>
        <translation>لا تستطيع هذه الشاشة إرسال الرسائل: ليس لديها صندوق صادر.</translation>
    </message>
</context>
</TS>
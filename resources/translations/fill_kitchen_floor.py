#!/usr/bin/env python3
"""Writes the kitchen display's and the floor view's Greek, Arabic and Persian translations into
the .ts files (qml/Kitchen, qml/Host). Run after `cmake --build build --target
update_translations`. Only messages found in those two folders alone are touched, so the table
screen's translations (fill_translations.py) are never overwritten."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# source: (Greek, Arabic, Persian)
T = {
 '%1 guests · %2 seats': ('%1 άτομα · %2 θέσεις', '%1 ضيوف · %2 مقاعد', '%1 مهمان · %2 صندلی'),
 '%1/%2 seated': ('%1/%2 καθισμένοι', '%1/%2 جالسون', '%1/%2 نشسته'),
 '%1:%2 ago': ('πριν %1:%2', 'منذ %1:%2', '%1:%2 پیش'),
 'Acknowledge table %1': ('Επιβεβαίωση τραπεζιού %1', 'تأكيد الطاولة %1', 'تأیید میز %1'),
 'Alerts (%1)': ('Ειδοποιήσεις (%1)', 'التنبيهات (%1)', 'هشدارها (%1)'),
 'All calm — no alerts': ('Όλα ήσυχα — καμία ειδοποίηση', 'كل شيء هادئ — لا تنبيهات', 'همه‌چیز آرام است — هشداری نیست'),
 'All day': ('Σύνολο ημέρας', 'إجمالي اليوم', 'کل روز'),
 'All served': ('Σερβιρίστηκαν όλα', 'قُدّم الكل', 'همه سرو شد'),
 'Back': ('Πίσω', 'رجوع', 'بازگشت'),
 'Bill requested': ('Ζητήθηκε λογαριασμός', 'طُلبت الفاتورة', 'صورت‌حساب خواسته شد'),
 'Bump bar: 1–9 select · Enter bump · S start · U undo · R recall':
   ('Πληκτρολόγιο: 1–9 επιλογή · Enter έτοιμο · S έναρξη · U αναίρεση · R ανάκληση',
    'لوحة المفاتيح: 1–9 اختيار · Enter جاهز · S بدء · U تراجع · R استرجاع',
    'صفحه‌کلید: ۱–۹ انتخاب · Enter آماده · S شروع · U برگشت · R فراخوانی'),
 'Bump table %1': ('Έτοιμο τραπέζι %1', 'تجهيز الطاولة %1', 'آماده شدن میز %1'),
 'Bump': ('Έτοιμο', 'جاهز', 'آماده'),
 'Bumped %1': ('Έτοιμο %1', 'جُهّز %1', 'آماده شد %1'),
 'Close': ('Κλείσιμο', 'إغلاق', 'بستن'),
 'Cutlery, please': ('Μαχαιροπίρουνα, παρακαλώ', 'أدوات المائدة من فضلك', 'قاشق و چنگال، لطفاً'),
 'ESCALATED': ('ΚΛΙΜΑΚΩΣΗ', 'مُصعَّد', 'فوری'),
 'Expo': ('Πάσο', 'التنسيق', 'پاس'),
 'Fewer guests': ('Λιγότερα άτομα', 'ضيوف أقل', 'مهمان کمتر'),
 'Floor': ('Σάλα', 'الصالة', 'سالن'),
 'Food ready': ('Φαγητό έτοιμο', 'الطعام جاهز', 'غذا آماده است'),
 'Free · %1 seats': ('Ελεύθερο · %1 θέσεις', 'شاغرة · %1 مقاعد', 'خالی · %1 صندلی'),
 'Kitchen — %1': ('Κουζίνα — %1', 'المطبخ — %1', 'آشپزخانه — %1'),
 'Kitchen — expo': ('Κουζίνα — πάσο', 'المطبخ — التنسيق', 'آشپزخانه — پاس'),
 'LATE': ('ΑΡΓΕΙ', 'متأخر', 'دیر'),
 'Make %1 available again': ('Ξανά διαθέσιμο: %1', 'إتاحة %1 من جديد', '%1 دوباره موجود شود'),
 'Mark %1 served': ('Σερβιρίστηκε: %1', 'تقديم %1', '%1 سرو شد'),
 'Mark %1 sold out': ('Εξαντλήθηκε: %1', 'نفاد %1', '%1 تمام شد'),
 'Mark sold out': ('Εξαντλήθηκε', 'نفد', 'تمام شد'),
 "Mark table %1's food served": ('Σερβιρίστηκε το φαγητό του τραπεζιού %1', 'قُدّم طعام الطاولة %1', 'غذای میز %1 سرو شد'),
 'More guests': ('Περισσότερα άτομα', 'ضيوف أكثر', 'مهمان بیشتر'),
 'No open tickets': ('Καμία ανοιχτή παραγγελία', 'لا توجد طلبات مفتوحة', 'سفارش بازی نیست'),
 'Nothing bumped yet': ('Τίποτα έτοιμο ακόμα', 'لم يُجهّز شيء بعد', 'هنوز چیزی آماده نشده'),
 'Nothing open': ('Τίποτα ανοιχτό', 'لا شيء مفتوح', 'چیزی باز نیست'),
 'On my way': ('Έρχομαι', 'في الطريق', 'آمدم'),
 'Paid — close table': ('Πληρώθηκε — κλείσιμο', 'دُفع — إغلاق الطاولة', 'پرداخت شد — بستن میز'),
 'Recall (R)': ('Ανάκληση (R)', 'استرجاع (R)', 'فراخوانی (R)'),
 'Recall — last bumped tickets': ('Ανάκληση — τελευταίες έτοιμες', 'استرجاع — آخر الطلبات الجاهزة', 'فراخوانی — آخرین سفارش‌های آماده'),
 'Seat party': ('Τοποθέτηση παρέας', 'إجلاس المجموعة', 'نشاندن مهمانان'),
 'Served ✓': ('Σερβιρίστηκε ✓', 'قُدّم ✓', 'سرو شد ✓'),
 'Served': ('Σερβιρίστηκε', 'قُدّم', 'سرو شد'),
 'Sold out': ('Εξαντλημένα', 'نفد', 'تمام‌شده‌ها'),
 'Start table %1': ('Έναρξη τραπεζιού %1', 'بدء الطاولة %1', 'شروع میز %1'),
 'Start': ('Έναρξη', 'بدء', 'شروع'),
 'T%1': ('Τ%1', 'ط%1', 'م%1'),
 'Table %1': ('Τραπέζι %1', 'الطاولة %1', 'میز %1'),
 'Table %1, %2': ('Τραπέζι %1, %2', 'الطاولة %1، %2', 'میز %1، %2'),
 'Table %1, order %2': ('Τραπέζι %1, παραγγελία %2', 'الطاولة %1، الطلب %2', 'میز %1، سفارش %2'),
 'Undo bump of table %1': ('Αναίρεση για το τραπέζι %1', 'تراجع عن تجهيز الطاولة %1', 'برگشت آماده‌شدن میز %1'),
 'WAIT': ('ΑΝΑΜΟΝΗ', 'انتظار', 'انتظار'),
 'Waiter called': ('Κλήση σερβιτόρου', 'نداء النادل', 'گارسون صدا زده شد'),
 'Water, please': ('Νερό, παρακαλώ', 'ماء من فضلك', 'آب، لطفاً'),
 'bill': ('λογαριασμός', 'الفاتورة', 'صورت‌حساب'),
 'called': ('κλήση', 'نداء', 'صدا زده'),
 'food ready': ('φαγητό έτοιμο', 'الطعام جاهز', 'غذا آماده'),
 'free': ('ελεύθερο', 'شاغرة', 'خالی'),
 'ordered': ('παρήγγειλε', 'طلبوا', 'سفارش داده'),
 'seated': ('κάθονται', 'جالسون', 'نشسته'),
 'waiting long': ('περιμένει πολύ', 'انتظار طويل', 'انتظار طولانی'),
 '↶ Undo': ('↶ Αναίρεση', '↶ تراجع', '↶ برگشت'),
 '▲ BEHIND': ('▲ ΚΑΘΥΣΤΕΡΕΙ', '▲ متأخر', '▲ عقب'),
 '▲ Offline — reconnecting': ('▲ Εκτός σύνδεσης — επανασύνδεση', '▲ غير متصل — إعادة الاتصال', '▲ آفلاین — اتصال دوباره'),
 '▼ more': ('▼ περισσότερα', '▼ المزيد', '▼ بیشتر'),
 '● Live': ('● Σε σύνδεση', '● مباشر', '● زنده'),
 '● on time   ▲ over %1 min   ■ over %2 min':
   ('● εντός χρόνου   ▲ πάνω από %1 λεπ.   ■ πάνω από %2 λεπ.',
    '● في الوقت   ▲ أكثر من %1 د   ■ أكثر من %2 د',
    '● به‌موقع   ▲ بیش از %1 دقیقه   ■ بیش از %2 دقیقه'),
 '✓ bumped': ('✓ έτοιμο', '✓ جُهّز', '✓ آماده شد'),
 '✓ ready': ('✓ έτοιμο', '✓ جاهز', '✓ آماده'),
 '✕ Sold out — back': ('✕ Εξαντλήθηκε — επαναφορά', '✕ نفد — إعادة', '✕ تمام شد — برگرداندن'),
 '🔔 Ready to carry out': ('🔔 Έτοιμα για σερβίρισμα', '🔔 جاهز للتقديم', '🔔 آماده‌ی سرو'),
 '🔥 cooking': ('🔥 μαγειρεύεται', '🔥 قيد الطهي', '🔥 در حال پخت'),
 'waiting at the pass %1:%2': ('περιμένει στο πάσο %1:%2', 'بانتظار التقديم منذ %1:%2', 'در انتظار سرو %1:%2'),
 '▲ top': ('▲ αρχή', '▲ الأعلى', '▲ بالا'),
}

# Plurals: every numerus form the target language has (el 2, ar 6, fa 1).
N = {
 '%n escalated': (['%n σε κλιμάκωση', '%n σε κλιμάκωση'],
                  ['لا تنبيهات مصعّدة', 'تنبيه مصعّد', 'تنبيهان مصعّدان', '%n تنبيهات مصعّدة', '%n تنبيهًا مصعّدًا', '%n تنبيه مصعّد'],
                  ['%n فوری']),
 '%n guest(s)': (['%n άτομο', '%n άτομα'],
                 ['لا ضيوف', 'ضيف واحد', 'ضيفان', '%n ضيوف', '%n ضيفًا', '%n ضيف'],
                 ['%n مهمان']),
 '%n more ▶': (['%n ακόμα ▶', '%n ακόμα ▶'],
               # Right to left, the tickets not in view are to the left.
               ['لا مزيد ◀', 'واحد آخر ◀', 'اثنان آخران ◀', '%n أخرى ◀', '%n أخرى ◀', '%n أخرى ◀'],
               ['%n مورد دیگر ◀']),
 '%n open ticket(s)': (['%n ανοιχτή παραγγελία', '%n ανοιχτές παραγγελίες'],
                       ['لا طلبات مفتوحة', 'طلب مفتوح واحد', 'طلبان مفتوحان', '%n طلبات مفتوحة', '%n طلبًا مفتوحًا', '%n طلب مفتوح'],
                       ['%n سفارش باز']),
}

LANGS = {'el': 0, 'ar': 1, 'fa': 2}
MINE = ('qml/Kitchen/', 'qml/Host/')


def mine(message) -> bool:
    files = [loc.get('filename', '') for loc in message.findall('location')]
    return bool(files) and all(any(part in f for part in MINE) for f in files)


def fill(path: Path, column: int) -> int:
    tree = ET.parse(path)
    done = 0
    for message in tree.iter('message'):
        if not mine(message):
            continue
        source = message.find('source').text
        translation = message.find('translation')
        if message.get('numerus') == 'yes' and source in N:
            for child in list(translation):
                translation.remove(child)
            for form in N[source][column]:
                ET.SubElement(translation, 'numerusform').text = form
        elif source in T:
            translation.text = T[source][column]
        else:
            continue
        translation.attrib.pop('type', None)
        done += 1
    tree.write(path, encoding='utf-8', xml_declaration=True)
    return done


if __name__ == '__main__':
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)
    for code, column in LANGS.items():
        print(code, fill(folder / f'tableside_{code}.ts', column))

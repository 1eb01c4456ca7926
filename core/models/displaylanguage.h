#pragma once
// Which locale formats numbers and prices for each menu language, and its direction.

#include <QLocale>
#include <QString>
#include <QStringList>

namespace tableside {

struct DisplayLanguage {
    QString code; // "en", "el", "ar", "fa"
    QLocale locale;
    bool rightToLeft = false;
    QString keyboardLayout; // the on-screen keyboard's layout: "ar_AR", "el_GR", "en_GB", "fa_FA"
};

DisplayLanguage displayLanguage(const QString &code);

// The screens' languages, in the order they are offered: en, el, ar, fa.
const QStringList &displayLanguageCodes();

} // namespace tableside

#pragma once
// Which locale formats numbers and prices for each menu language, and its direction.

#include <QLocale>
#include <QString>

namespace tableside {

struct DisplayLanguage {
    QString code; // "en", "el", "ar", "fa"
    QLocale locale;
    bool rightToLeft = false;
};

DisplayLanguage displayLanguage(const QString &code);

} // namespace tableside

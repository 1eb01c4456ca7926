#pragma once
// The language a staff screen (kitchen display, floor view) speaks: its translation, the locale
// that formats its numbers and, for Arabic and Persian, a right-to-left (mirrored) layout. The
// staff choose it per device (--lang); the kitchen's dish names stay in the venue's language.

#include <QQmlEngine>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace tableside {

class StaffLanguage {
public:
    static const QStringList Languages; // en, el, ar, fa

    StaffLanguage() = default;
    StaffLanguage(const StaffLanguage &) = delete;
    StaffLanguage &operator=(const StaffLanguage &) = delete;
    ~StaffLanguage();

    // Installs `code` for the whole process; "" leaves the process's language as it is (the
    // embedded venue's table screen sets it). An unknown code reads as English.
    void apply(const QString &code, QQmlEngine &engine);
    QString code() const { return m_code; }
    bool rightToLeft() const { return m_rightToLeft; }

private:
    QTranslator m_translator;
    QString m_code;
    bool m_rightToLeft = false;
};

} // namespace tableside

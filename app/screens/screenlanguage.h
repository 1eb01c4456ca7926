#pragma once
// The language a screen speaks: its translation, the locale that formats its numbers and, for
// Arabic and Persian, a right-to-left (mirrored) layout. The diners switch it on the table screen;
// the staff choose it per device (--lang), and the kitchen's dish names stay in the venue's.

#include <QQmlEngine>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace tableside {

class ScreenLanguage {
public:
    static const QStringList Languages; // en, el, ar, fa

    ScreenLanguage() = default;
    ScreenLanguage(const ScreenLanguage &) = delete;
    ScreenLanguage &operator=(const ScreenLanguage &) = delete;
    ~ScreenLanguage();

    // Installs `code` for the whole process and retranslates `engine`; "" leaves the process's
    // language as it is (a staff screen beside the embedded venue's table screen). An unknown code
    // reads as English.
    void apply(const QString &code, QQmlEngine &engine);
    QString code() const { return m_code; }
    bool rightToLeft() const { return m_rightToLeft; }

private:
    QTranslator m_translator;
    QString m_code;
    bool m_rightToLeft = false;
};

} // namespace tableside

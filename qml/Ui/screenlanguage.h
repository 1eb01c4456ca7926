#pragma once
// The language a screen speaks: its translation, the locale that formats its numbers and, for
// Arabic and Persian, a right-to-left (mirrored) layout. The diners switch it on the table screen;
// the staff choose it per device (--lang), and the kitchen's dish names stay in the venue's.
// Each screen keeps its own language even when several share one process (the embedded venue).

#include <QLocale>
#include <QQmlEngine>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace tableside {

class ScreenLanguage {
public:
    static const QStringList Languages; // en, el, ar, fa (displayLanguageCodes)

    // contexts: the translation contexts this screen's texts use: the base names of its QML
    // files (qsTr's context) and the C++ classes that call tr(). See qmlContexts().
    explicit ScreenLanguage(QStringList contexts);
    ScreenLanguage(const ScreenLanguage &) = delete;
    ScreenLanguage &operator=(const ScreenLanguage &) = delete;
    ~ScreenLanguage();

    // The base names of the QML files in a module's resource folder, e.g. "Tableside/Kitchen".
    static QStringList qmlContexts(const QString &moduleFolder);

    // Speaks `code` on this screen and retranslates `engine`; other screens keep theirs. An
    // unknown or empty code reads as English.
    void apply(const QString &code, QQmlEngine &engine);
    QString code() const { return m_code; }
    bool rightToLeft() const { return m_rightToLeft; }
    QLocale locale() const { return m_locale; }

    // This screen's text for one source text; "%n" and "%Ln" filled with n in its digits.
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const;

private:
    QStringList m_contexts;
    QTranslator m_translator;
    QString m_code;
    QLocale m_locale = QLocale::c();
    bool m_rightToLeft = false;
};

} // namespace tableside

#include "screenlanguage.h"

#include "displaylanguage.h"

#include <QCoreApplication>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace tableside {

const QStringList ScreenLanguage::Languages{u"en"_s, u"el"_s, u"ar"_s, u"fa"_s};

ScreenLanguage::~ScreenLanguage()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void ScreenLanguage::apply(const QString &code, QQmlEngine &engine)
{
    if (code.isEmpty())
        return;
    m_code = Languages.contains(code) ? code : u"en"_s;
    const DisplayLanguage display = displayLanguage(m_code);
    m_rightToLeft = display.rightToLeft;
    QCoreApplication::removeTranslator(&m_translator);
    // English too: the source texts are English, but their plurals ("%n guest(s)") are not.
    if (m_translator.load(u":/i18n/tableside_%1.qm"_s.arg(m_code)))
        QCoreApplication::installTranslator(&m_translator);
    QLocale::setDefault(display.locale);
    QGuiApplication::setLayoutDirection(m_rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    engine.retranslate();
}

} // namespace tableside

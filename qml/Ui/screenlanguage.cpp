#include "screenlanguage.h"

#include "displaylanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

// Qt asks the application's translators, which are global; this one answers each translation
// context with the language of the screen that owns it, so one screen's choice leaves the others.
class ScreensTranslator : public QTranslator {
public:
    static ScreensTranslator &installed()
    {
        static ScreensTranslator *translator = [] {
            auto *created = new ScreensTranslator(QCoreApplication::instance());
            QCoreApplication::installTranslator(created);
            return created;
        }();
        return *translator;
    }

    void own(const QStringList &contexts, const ScreenLanguage *screen)
    {
        QMutexLocker lock(&m_mutex);
        for (const QString &context : contexts)
            m_owners.insert(context.toUtf8(), screen);
    }

    void release(const ScreenLanguage *screen)
    {
        QMutexLocker lock(&m_mutex);
        for (auto owner = m_owners.begin(); owner != m_owners.end();)
            owner = owner.value() == screen ? m_owners.erase(owner) : std::next(owner);
    }

    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        QMutexLocker lock(&m_mutex);
        const ScreenLanguage *owner = m_owners.value(QByteArray(context));
        return owner ? owner->translate(context, source, disambiguation, n) : QString();
    }

private:
    using QTranslator::QTranslator;

    mutable QMutex m_mutex;
    QHash<QByteArray, const ScreenLanguage *> m_owners;
};

} // namespace

const QStringList ScreenLanguage::Languages = displayLanguageCodes();

ScreenLanguage::ScreenLanguage(QStringList contexts)
    : m_contexts(std::move(contexts))
{}

ScreenLanguage::~ScreenLanguage()
{
    if (!m_code.isEmpty())
        ScreensTranslator::installed().release(this);
}

QStringList ScreenLanguage::qmlContexts(const QString &moduleFolder)
{
    QStringList contexts;
    const QStringList files = QDir(u":/"_s + moduleFolder).entryList({u"*.qml"_s}, QDir::Files);
    for (const QString &file : files)
        contexts.append(file.chopped(4));
    return contexts;
}

void ScreenLanguage::apply(const QString &code, QQmlEngine &engine)
{
    m_code = Languages.contains(code) ? code : u"en"_s;
    const DisplayLanguage display = displayLanguage(m_code);
    m_rightToLeft = display.rightToLeft;
    m_locale = display.locale;
    // English too: the source texts are English, but their plurals ("%n guest(s)") are not.
    if (!m_translator.load(u":/i18n/tableside_%1.qm"_s.arg(m_code)))
        qWarning("tableside: no translation for %s", qPrintable(m_code));
    ScreensTranslator::installed().own(m_contexts, this);
    engine.retranslate();
}

QString ScreenLanguage::translate(const char *context, const char *source,
                                  const char *disambiguation, int n) const
{
    QString text = m_translator.translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0) {
        text.replace(u"%Ln"_s, m_locale.toString(n));
        text.replace(u"%n"_s, QString::number(n));
    }
    return text;
}

} // namespace tableside

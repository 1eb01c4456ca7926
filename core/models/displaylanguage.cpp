#include "displaylanguage.h"

using namespace Qt::StringLiterals;

namespace tableside {

const QStringList &displayLanguageCodes()
{
    static const QStringList codes{u"en"_s, u"el"_s, u"ar"_s, u"fa"_s};
    return codes;
}

DisplayLanguage displayLanguage(const QString &code)
{
    // The venue's country decides separators; these are the product's four languages.
    QLocale locale = code == u"el"_s   ? QLocale(QLocale::Greek, QLocale::Greece)
                     : code == u"ar"_s ? QLocale(QLocale::Arabic, QLocale::Egypt)
                     : code == u"fa"_s ? QLocale(QLocale::Persian, QLocale::Iran)
                                       : QLocale(QLocale::English, QLocale::UnitedKingdom);
    const QString keyboard = code == u"el"_s   ? u"el_GR"_s
                             : code == u"ar"_s ? u"ar_AR"_s
                             : code == u"fa"_s ? u"fa_FA"_s
                                               : u"en_GB"_s;
    return DisplayLanguage{code.isEmpty() ? u"en"_s : code, locale,
                           locale.textDirection() == Qt::RightToLeft, keyboard};
}

} // namespace tableside

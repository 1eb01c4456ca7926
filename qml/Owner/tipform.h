#pragma once
// The owner's form for one place of "Explore the area": its name, a description and opening hours
// in each of the venue's languages (the default's description needed), the minutes on foot, the
// link its QR code opens and a photo. Checked by LocalTipRules as the owner types (the hub checks
// the same); a refusal, the form's own or the hub's, is said beside the field it is about.

#include "localtip.h"
#include "maprowsmodel.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace tableside {

class TipForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the owner's screen")
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY openChanged)
    Q_PROPERTY(bool isNew READ isNew NOTIFY openChanged)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(int minutesOnFoot READ minutesOnFoot NOTIFY changed)
    Q_PROPERTY(QString link READ link NOTIFY changed)
    Q_PROPERTY(QString photo READ photo NOTIFY changed)
    Q_PROPERTY(QUrl photoUrl READ photoUrl NOTIFY changed)
    // One row per venue language, the default first:
    // {language, languageName, isDefault, description, hours, descriptionMissing}
    Q_PROPERTY(tableside::MapRowsModel *texts READ texts CONSTANT)
    // Why a field is refused, in words; "" when it is fine.
    Q_PROPERTY(QString nameError READ nameError NOTIFY errorsChanged)
    Q_PROPERTY(QString descriptionError READ descriptionError NOTIFY errorsChanged)
    Q_PROPERTY(QString hoursError READ hoursError NOTIFY errorsChanged)
    Q_PROPERTY(QString minutesError READ minutesError NOTIFY errorsChanged)
    Q_PROPERTY(QString linkError READ linkError NOTIFY errorsChanged)
    Q_PROPERTY(QString photoError READ photoError NOTIFY errorsChanged)
    Q_PROPERTY(int maxNameLength READ maxNameLength CONSTANT)
    Q_PROPERTY(int maxMinutesOnFoot READ maxMinutesOnFoot CONSTANT)

public:
    static constexpr const char *Context = "tableside::TipForm";
    using Say = std::function<QString(const char *source)>;
    using LanguageName = std::function<QString(const QString &code)>;

    TipForm(Say say, LanguageName languageName, QObject *parent = nullptr);

    // The venue's languages, the default among them: the texts' rows.
    void setLanguages(const QString &defaultLanguage, const QStringList &languages);
    // A new place, or a stored one as LocalTipsModel::tip() gives it.
    void openNew();
    void openTip(const QVariantMap &tip);
    void close();

    bool isOpen() const { return m_open; }
    bool isNew() const { return m_open && m_tip.id == 0; }
    qint64 tipId() const { return m_tip.id; }
    // What a photo being sent belongs to: the form as it was opened ("" when closed).
    QString key() const;
    QString name() const { return m_tip.name; }
    int minutesOnFoot() const { return m_tip.minutesOnFoot; }
    QString link() const { return m_tip.link; }
    QString photo() const { return m_tip.photo; }
    QUrl photoUrl() const;
    MapRowsModel *texts() { return &m_texts; }
    QString nameError() const { return m_errors.value(QStringLiteral("bad_name")); }
    QString descriptionError() const { return m_errors.value(QStringLiteral("bad_description")); }
    QString hoursError() const { return m_errors.value(QStringLiteral("bad_hours")); }
    QString minutesError() const { return m_errors.value(QStringLiteral("bad_minutes")); }
    QString linkError() const { return m_errors.value(QStringLiteral("bad_link")); }
    QString photoError() const { return m_errors.value(QStringLiteral("unknown_photo")); }
    static int maxNameLength() { return LocalTipRules::MaxNameLength; }
    static int maxMinutesOnFoot() { return LocalTipRules::MaxMinutesOnFoot; }

    Q_INVOKABLE void setName(const QString &name);
    Q_INVOKABLE void setMinutesOnFoot(int minutes);
    Q_INVOKABLE void setLink(const QString &link);
    Q_INVOKABLE void setDescription(const QString &language, const QString &text);
    Q_INVOKABLE void setHours(const QString &language, const QString &text);
    // A photo of the hub's library by its hash; "" removes it.
    Q_INVOKABLE void setPhoto(const QString &photo);

    // Every field by LocalTipRules: false, with each refused field's error said, when one is.
    bool check();
    // tips.save's arguments, the PIN left out.
    QJsonObject saveArgs() const;
    // The hub's refusal of a field (bad_name, bad_link, unknown_photo…) said beside it: false
    // for a code that is not about one field.
    bool showRefusal(const QString &code);

signals:
    void openChanged();
    void changed();
    void errorsChanged();

private:
    void updateTexts();
    // Each field checked again once it has been refused, so its error goes as it is fixed.
    void recheck();
    QString sentence(const QString &code) const;
    void setErrors(const QHash<QString, QString> &errors);

    Say m_say;
    LanguageName m_languageName;
    QString m_defaultLanguage = QStringLiteral("en");
    QStringList m_languages{QStringLiteral("en")};
    bool m_open = false;
    int m_opened = 0; // counts the forms opened, so a photo sent for one never lands in the next
    LocalTip m_tip;
    QHash<QString, QString> m_errors; // refusal code -> sentence
    MapRowsModel m_texts{
        {"language", "languageName", "isDefault", "description", "hours", "descriptionMissing"},
        "language"};
};

} // namespace tableside

#pragma once
// The owner's menu editor: a client of the hub that signs in with an owner's PIN, locks itself
// after five idle minutes, and edits the draft menu one change at a time (menu.draft.*), publishes
// it (menu.publish) and rolls back to an earlier version (menu.versions, menu.rollback). Every
// rule is here; OwnerWindow.qml lays it out. Photos, availability windows, modifier lists,
// reordering and the spreadsheet import are not edited here yet; MenuPreview shows the draft.

#include "allergensmodel.h"
#include "devicegate.h"
#include "dishform.h"
#include "guestvoiceview.h"
#include "hubphotos.h"
#include "maprowsmodel.h"
#include "menudocument.h"
#include "menupreview.h"
#include "menuspreadsheet.h"
#include "menustructure.h"
#include "ownerideas.h"
#include "ownertips.h"
#include "photoupload.h"
#include "result.h"
#include "screenlanguage.h"
#include "venueclient.h"

#include <QDateTime>
#include <QObject>
#include <QQmlApplicationEngine>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQuickWindow;

namespace tableside {

class ClockTimer;

class OwnerScreen : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool online READ online NOTIFY onlineChanged)
    Q_PROPERTY(tableside::DeviceGate *gate READ gate CONSTANT)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // Sign-in: how many digits are typed (never which), whether the hub is checking them, and
    // why it refused them ("" when it did not).
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY signedInChanged)
    Q_PROPERTY(int pinLength READ pinLength NOTIFY pinChanged)
    Q_PROPERTY(bool checkingPin READ checkingPin NOTIFY pinChanged)
    Q_PROPERTY(QString signInError READ signInError NOTIFY pinChanged)
    // "menu" (categories and dishes), "item" (one dish's form), "preview", "history", "voice"
    // (what guests said), "ideas" or "tips" (Explore the area).
    Q_PROPERTY(QString page READ page NOTIFY pageChanged)
    // The header's tab the page belongs to: "menu" (the draft and its forms, preview and history),
    // "voice", "ideas" or "tips".
    Q_PROPERTY(QString section READ section NOTIFY pageChanged)
    // {key, name, missing, hidden, dishCount, selected}
    Q_PROPERTY(tableside::MapRowsModel *categories READ categories CONSTANT)
    Q_PROPERTY(QString category READ category NOTIFY categoryChanged)
    // The chosen category's dishes: {key, name, priceText, hidden, missing, problemCount,
    // stockText, ratingText}
    Q_PROPERTY(tableside::MapRowsModel *dishes READ dishes CONSTANT)
    // What stops publishing, as the hub says it: {field, message, dishKey}
    Q_PROPERTY(tableside::MapRowsModel *problems READ problems CONSTANT)
    // Published versions, newest first: {version, byText, whenText, changesText, current}
    Q_PROPERTY(tableside::MapRowsModel *versions READ versions CONSTANT)
    Q_PROPERTY(tableside::DishForm *form READ form CONSTANT)
    // The open dish's photo sent from a file; the menu as a spreadsheet to and from a file.
    Q_PROPERTY(tableside::PhotoUpload *photoUpload READ photoUpload CONSTANT)
    Q_PROPERTY(tableside::MenuSpreadsheet *spreadsheet READ spreadsheet CONSTANT)
    // The draft as the tables would show it (the "preview" page).
    Q_PROPERTY(tableside::MenuPreview *preview READ preview CONSTANT)
    // Categories, dishes and modifier lists added, removed and reordered; tonight's stock.
    Q_PROPERTY(tableside::MenuStructure *structure READ structure CONSTANT)
    // The guests' ratings and comments (the "voice" page) and each dish's mark in the menu.
    Q_PROPERTY(tableside::GuestVoiceView *voice READ voice CONSTANT)
    // The diners' ideas board (the "ideas" page).
    Q_PROPERTY(tableside::OwnerIdeas *ideas READ ideas CONSTANT)
    // The places the tables recommend nearby (the "tips" page).
    Q_PROPERTY(tableside::OwnerTips *tips READ tips CONSTANT)
    // Who made the draft's last edit and when, or that there is nothing to publish.
    Q_PROPERTY(QString draftText READ draftText NOTIFY draftChanged)
    Q_PROPERTY(bool hasDraft READ hasDraft NOTIFY draftChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // The last answer worth telling: a refusal in words, or what a publish did.
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(bool noticeIsError READ noticeIsError NOTIFY noticeChanged)
    // The version a Roll back waits to be confirmed for (0: none).
    Q_PROPERTY(int rollbackVersion READ rollbackVersion NOTIFY rollbackVersionChanged)

public:
    static constexpr int PinLength = 4;
    static constexpr int IdleLockMs = 5 * 60 * 1000;

    explicit OwnerScreen(QObject *parent = nullptr);
    OwnerScreen(VenueClient &client, const Clock &clock, QObject *parent = nullptr);
    ~OwnerScreen() override;

    void setLanguage(const QString &code);
    bool rightToLeft() const { return m_language.rightToLeft(); }
    QString language() const { return m_language.code(); }
    Result<void> show();
    QQuickWindow *window() const;

    bool online() const { return m_client.state() == VenueClient::State::Online; }
    DeviceGate *gate() { return &m_gate; }
    bool signedIn() const { return m_signedIn; }
    int pinLength() const { return int(m_pin.size()); }
    bool checkingPin() const { return !m_pinRequest.isEmpty(); }
    QString signInError() const { return m_signInError; }
    QString page() const { return m_page; }
    QString section() const;
    MapRowsModel *categories() { return &m_categories; }
    MapRowsModel *dishes() { return &m_dishes; }
    MapRowsModel *problems() { return &m_problems; }
    MapRowsModel *versions() { return &m_versions; }
    DishForm *form() { return &m_form; }
    PhotoUpload *photoUpload() { return &m_photoUpload; }
    MenuSpreadsheet *spreadsheet() { return &m_spreadsheet; }
    MenuPreview *preview() { return &m_preview; }
    MenuStructure *structure() { return m_structure; }
    GuestVoiceView *voice() { return m_voice; }
    OwnerIdeas *ideas() { return &m_ideas; }
    OwnerTips *tips() { return m_tips; }
    QString category() const { return m_category; }
    QString draftText() const;
    bool hasDraft() const { return m_draftEditId > 0; }
    bool busy() const { return !m_pending.isEmpty(); }
    QString notice() const { return m_notice; }
    bool noticeIsError() const { return m_noticeIsError; }
    int rollbackVersion() const { return m_rollbackVersion; }
    const MenuDocument &document() const { return m_document; }
    qint64 draftEditId() const { return m_draftEditId; }

    Q_INVOKABLE void addDigit(int digit);
    Q_INVOKABLE void removeDigit();
    // Asks the hub whether the typed PIN is an owner's (the editor opens when it is).
    Q_INVOKABLE void signIn();
    // Back to the keypad; the PIN is forgotten.
    Q_INVOKABLE void lock();
    // A touch, click or key: the idle lock starts again (the window reports its own input).
    Q_INVOKABLE void touched();

    Q_INVOKABLE void selectCategory(const QString &key);
    Q_INVOKABLE void openDish(const QString &key);
    // A problem's row: opens the dish its field names (none for a category's).
    Q_INVOKABLE void openProblem(int row);
    Q_INVOKABLE void closeDish();
    // Sends the form as one menu.draft.edit; the form closes when the hub takes it.
    Q_INVOKABLE void saveDish();
    Q_INVOKABLE void undo();
    Q_INVOKABLE void publish();
    Q_INVOKABLE void openHistory();
    // The draft as a diner will see it, in the table's own screen.
    Q_INVOKABLE void openPreview();
    Q_INVOKABLE void closePreview();
    Q_INVOKABLE void closeHistory();
    Q_INVOKABLE void openVoice();
    // The diners' ideas, read again from the hub.
    Q_INVOKABLE void openIdeas();
    Q_INVOKABLE void openTips();
    // Back to the menu's tab from another: a merge begun on the ideas is let go.
    Q_INVOKABLE void openMenu();
    Q_INVOKABLE void askRollback(int version);
    Q_INVOKABLE void cancelRollback();
    Q_INVOKABLE void confirmRollback();
    Q_INVOKABLE void clearNotice();
    // A count in this screen's digits.
    Q_INVOKABLE QString number(int value) const;

    // One edit of the draft, sent with the owner's PIN; `then` is the page to show once the hub
    // takes it ("" stays where it is). A page: "menu", "item", "category", "lists", "list".
    QString sendEdit(const QJsonObject &edit, const QString &then = {});
    void showPage(const QString &page) { setPage(page); }

    // The dish a problem's field names ("items/hummus/price" -> "hummus").
    static QString dishOfField(const QString &field);

signals:
    void onlineChanged();
    void languageChanged();
    void signedInChanged();
    void pinChanged();
    void pageChanged();
    void categoryChanged();
    void draftChanged();
    void busyChanged();
    void noticeChanged();
    void rollbackVersionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    OwnerScreen(std::unique_ptr<VenueClient> client, const Clock &clock, QObject *parent);
    QQmlEngine &engine();
    QString send(const QString &op, QJsonObject args, const QString &kind);
    void onReplied(const QString &id, bool ok, const QJsonObject &result, const QString &code,
                   const QString &message);
    void onEvent(const QString &type, const QJsonObject &data);
    void readDraftState(const QJsonObject &result);
    void readVersions(const QJsonArray &versions);
    void refreshLists();
    void setPage(const QString &page);
    void setNotice(const QString &text, bool error);
    QString refusal(const QString &code, const QString &message, int count = 0) const;
    QString localized(const LocalizedText &text) const;
    QString name(const QString &kind, const QString &code) const;
    QString when(const QDateTime &at) const;
    QString say(const char *source, int n = -1) const;

    std::unique_ptr<VenueClient> m_ownClient;
    VenueClient &m_client;
    const Clock &m_clock;
    ScreenLanguage m_language{
        ScreenLanguage::qmlContexts(QStringLiteral("Tableside/Owner"))
        << QStringLiteral("tableside::OwnerScreen") << QStringLiteral("tableside::DishForm")
        << QStringLiteral("tableside::AllergensModel") << QStringLiteral("tableside::PhotoUpload")
        << QStringLiteral("tableside::MenuSpreadsheet")
        << QString::fromLatin1(GuestVoiceView::Context)
        << QString::fromLatin1(MenuStructure::Context) << QString::fromLatin1(TipForm::Context)
        << QString::fromLatin1(OwnerTips::Context)};
    DeviceGate m_gate{m_client, m_language, {QStringLiteral("owner")}};
    ClockTimer *m_idle = nullptr;
    AllergensModel m_allergenNames;
    DishForm m_form;
    // The dishes' photos this screen shows (image://photo), cached on the device.
    std::shared_ptr<HubPhotos> m_photos = std::make_shared<HubPhotos>();
    PhotoUpload m_photoUpload{m_client, m_form};
    MenuSpreadsheet m_spreadsheet{m_client, [this] { return m_pin; }};
    OwnerIdeas m_ideas{m_client, [this] { return m_pin; }};
    MenuStructure *m_structure = nullptr;
    GuestVoiceView *m_voice = nullptr;
    OwnerTips *m_tips = nullptr;
    bool m_signedIn = false;
    QString m_pin;
    QString m_pinRequest;
    QString m_signInError;
    QString m_page = QStringLiteral("menu");
    QString m_category;
    MenuDocument m_document;
    QString m_currency;
    QString m_venueName;
    qint64 m_draftEditId = 0;
    int m_draftEdits = 0;
    QDateTime m_draftEditedAt;
    QString m_draftBy;
    int m_published = 0;
    QList<MenuProblem> m_problemList;
    QHash<QString, QString> m_pending;   // request id -> what it was (draft, edit, publish…)
    QHash<QString, QJsonObject> m_edits; // request id -> the edit it sent
    QHash<QString, QString> m_then;      // request id -> the page once the edit is taken
    QString m_notice;
    bool m_noticeIsError = false;
    int m_rollbackVersion = 0;
    MapRowsModel m_categories{{"key", "name", "missing", "hidden", "dishCount", "selected"}, "key"};
    MapRowsModel m_dishes{{"key", "name", "priceText", "hidden", "missing", "problemCount",
                           "stockText", "ratingText"},
                          "key"};
    MapRowsModel m_problems{{"field", "message", "dishKey"}, {}};
    MapRowsModel m_versions{{"version", "byText", "whenText", "changesText", "current"}, "version"};
    // Before the engine: the window's QML lets go of the preview's table before it goes.
    MenuPreview m_preview{
        {[this]() -> QQmlEngine & { return engine(); },
         [this]() -> const MenuDocument & { return m_document; }, [this] { return m_currency; },
         [this] { return m_venueName; },
         [this](const QString &code) { return name(QStringLiteral("language"), code); }}};
    std::unique_ptr<QQmlApplicationEngine> m_engine;
};

} // namespace tableside

#include "ownerscreen.h"

#include "clocktimer.h"
#include "menudocumentjson.h"
#include "menuedit.h"
#include "money.h"
#include "photoimageprovider.h"

#include <QEvent>
#include <QJsonArray>
#include <QQuickWindow>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

const SystemClock systemClock;
constexpr const char *Context = "tableside::OwnerScreen";

} // namespace

OwnerScreen::OwnerScreen(QObject *parent)
    : OwnerScreen(std::make_unique<VenueClient>(systemClock), systemClock, parent)
{}

OwnerScreen::OwnerScreen(std::unique_ptr<VenueClient> client, const Clock &clock, QObject *parent)
    : OwnerScreen(*client, clock, parent)
{
    m_ownClient = std::move(client);
}

OwnerScreen::OwnerScreen(VenueClient &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
{
    m_allergenNames.setTranslate([this](const char *source) {
        return m_language.translate("tableside::AllergensModel", source, nullptr, -1);
    });
    m_form.setTranslate([this](const char *source) {
        return m_language.translate("tableside::DishForm", source, nullptr, -1);
    });
    m_form.setNamer([this](const QString &kind, const QString &code) { return name(kind, code); });
    m_photoUpload.setTranslate([this](const char *source) {
        return m_language.translate("tableside::PhotoUpload", source, nullptr, -1);
    });
    m_spreadsheet.setTranslate([this](const char *source) {
        return m_language.translate("tableside::MenuSpreadsheet", source, nullptr, -1);
    });
    connect(&m_spreadsheet, &MenuSpreadsheet::exported, this,
            [this](const QString &sentence) { setNotice(sentence, false); });
    connect(&m_spreadsheet, &MenuSpreadsheet::imported, this, [this](const QString &sentence) {
        setNotice(sentence, false);
        send(u"menu.draft.get"_s, {}, u"draft"_s); // the file is the draft now: read it
    });
    m_photos->setHub(m_client.hub());
    connect(&m_client, &VenueClient::stateChanged, this,
            [this] { m_photos->setHub(m_client.hub()); });
    m_form.windows()->setTranslate(
        [this](const char *context, const char *source, const char *comment) {
            return m_language.translate(context, source, comment, -1);
        });
    m_structure = new MenuStructure(
        *this, m_client, m_form,
        [this](const char *source, int n) {
            return m_language.translate(MenuStructure::Context, source, nullptr, n);
        },
        [this](const QString &code) { return name(u"language"_s, code); },
        [this](const LocalizedText &text) { return localized(text); }, this);
    connect(m_structure->stock(), &DishStock::changed, this, &OwnerScreen::refreshLists);
    m_tips = new OwnerTips(
        m_client, [this] { return m_pin; },
        [this](const char *source) {
            return m_language.translate(OwnerTips::Context, source, nullptr, -1);
        },
        [this](const QString &code) { return name(u"language"_s, code); }, this);
    m_tips->setPhotoTranslate([this](const char *source) {
        return m_language.translate("tableside::PhotoUpload", source, nullptr, -1);
    });
    m_voice = new GuestVoiceView(
        m_client,
        [this](const char *source, int n) {
            return m_language.translate(GuestVoiceView::Context, source, nullptr, n);
        },
        [this](const QString &key) {
            const DocumentItem *item = m_document.item(key);
            const QString named = item ? localized(item->name) : QString();
            return named.trimmed().isEmpty() ? key : named;
        },
        [this] { return m_pin; }, this);
    connect(m_voice, &GuestVoiceView::dishesChanged, this, &OwnerScreen::refreshLists);
    m_structure->categoryForm()->windows()->setTranslate(
        [this](const char *context, const char *source, const char *comment) {
            return m_language.translate(context, source, comment, -1);
        });
    connect(&m_client, &VenueClient::stateChanged, this, [this] {
        emit onlineChanged();
        if (online()) {
            send(u"menu.get"_s, {}, u"menu"_s);
            send(u"menu.draft.get"_s, {}, u"draft"_s);
        }
    });
    connect(&m_client, &VenueClient::replied, this, &OwnerScreen::onReplied);
    connect(&m_client, &VenueClient::event, this,
            [this](qint64, const QString &type, const QJsonObject &data, const QDateTime &) {
                onEvent(type, data);
            });
    m_idle = clock.createTimer(this);
    m_idle->setSingleShot(true);
    m_idle->setInterval(IdleLockMs);
    connect(m_idle, &ClockTimer::timeout, this, &OwnerScreen::lock);
    if (online()) {
        send(u"menu.get"_s, {}, u"menu"_s);
        send(u"menu.draft.get"_s, {}, u"draft"_s);
    }
}

OwnerScreen::~OwnerScreen()
{
    if (QQuickWindow *shown = window())
        shown->removeEventFilter(this);
}

QQmlEngine &OwnerScreen::engine()
{
    if (m_engine)
        return *m_engine;
    const QString photos = QString::fromLatin1(PhotoImageProvider::Id);
    if (QQmlEngine *made = qmlEngine(this)) {
        if (!made->imageProvider(photos))
            made->addImageProvider(photos, new PhotoImageProvider(m_photos));
        return *made;
    }
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(u"qrc:/"_s);
    m_engine->addImageProvider(photos, new PhotoImageProvider(m_photos));
    return *m_engine;
}

void OwnerScreen::setLanguage(const QString &code)
{
    m_language.apply(code, engine());
    m_gate.retranslate();
    m_allergenNames.retranslate();
    m_form.setLocale(m_language.locale());
    m_structure->setLocale(m_language.locale());
    m_structure->categoryForm()->windows()->setLocale(m_language.locale());
    m_voice->setLocale(m_language.locale());
    m_tips->setLanguage(m_language.code());
    refreshLists();
    emit languageChanged();
    emit draftChanged();
}

Result<void> OwnerScreen::show()
{
    if (m_language.code().isEmpty())
        setLanguage(u"en"_s);
    engine();
    if (!m_engine)
        return makeError(u"ui_failed"_s, u"The owner's screen was made in QML."_s);
    m_engine->setInitialProperties({{u"owner"_s, QVariant::fromValue<QObject *>(this)}});
    m_engine->load(QUrl(u"qrc:/Tableside/Owner/OwnerWindow.qml"_s));
    if (!window())
        return makeError(u"ui_failed"_s, u"The owner's screen could not be loaded."_s);
    window()->installEventFilter(this); // every touch, click and key keeps it unlocked
    return {};
}

QQuickWindow *OwnerScreen::window() const
{
    if (!m_engine)
        return nullptr;
    const auto roots = m_engine->rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
}

bool OwnerScreen::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        touched();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

QString OwnerScreen::send(const QString &op, QJsonObject args, const QString &kind)
{
    if (kind != u"menu"_s && kind != u"draft"_s && kind != u"versions"_s)
        args.insert(u"pin"_s, m_pin);
    const QString id = m_client.request(op, args);
    m_pending.insert(id, kind);
    emit busyChanged();
    return id;
}

void OwnerScreen::addDigit(int digit)
{
    if (digit < 0 || digit > 9 || m_pin.size() >= PinLength || checkingPin())
        return;
    m_pin.append(QChar(u'0' + digit));
    m_signInError.clear();
    emit pinChanged();
}

void OwnerScreen::removeDigit()
{
    if (m_pin.isEmpty() || checkingPin())
        return;
    m_pin.chop(1);
    emit pinChanged();
}

void OwnerScreen::signIn()
{
    if (m_pin.size() < PinLength || checkingPin())
        return;
    if (!online()) {
        m_signInError = say(QT_TRANSLATE_NOOP(
            "tableside::OwnerScreen", "The hub cannot be reached, so the PIN cannot be checked."));
        emit pinChanged();
        return;
    }
    m_signInError.clear();
    m_pinRequest = send(u"staff.pin.check"_s, {}, u"signin"_s);
    emit pinChanged();
}

void OwnerScreen::lock()
{
    m_idle->stop();
    m_pin.clear();
    m_pinRequest.clear();
    cancelRollback();
    m_tips->leave();
    setPage(u"menu"_s);
    clearNotice();
    if (m_signedIn) {
        m_signedIn = false;
        m_voice->setActive(false);
        emit signedInChanged();
    }
    emit pinChanged();
}

void OwnerScreen::touched()
{
    if (m_signedIn)
        m_idle->start(IdleLockMs);
}

void OwnerScreen::selectCategory(const QString &key)
{
    if (!m_document.category(key))
        return;
    m_category = key;
    emit categoryChanged();
    refreshLists();
}

void OwnerScreen::openDish(const QString &key)
{
    const DocumentItem *item = m_document.item(key);
    if (!item || !m_signedIn)
        return;
    m_photoUpload.cancel(); // a photo on its way, or refused, was another dish's
    if (m_category != item->category) {
        m_category = item->category;
        emit categoryChanged();
        refreshLists();
    }
    m_form.open(m_document, *item);
    setPage(u"item"_s);
}

void OwnerScreen::openProblem(int row)
{
    if (row < 0 || row >= m_problems.rowCount())
        return;
    const QString dish = m_problems.rows().at(row).value(u"dishKey"_s).toString();
    if (!dish.isEmpty())
        openDish(dish);
}

void OwnerScreen::closeDish()
{
    setPage(u"menu"_s);
}

void OwnerScreen::saveDish()
{
    if (!m_signedIn || m_page != u"item"_s || !m_form.canSave())
        return;
    sendEdit(m_form.edit(), u"menu"_s);
}

QString OwnerScreen::sendEdit(const QJsonObject &edit, const QString &then)
{
    const QString id = send(u"menu.draft.edit"_s, {{u"edit"_s, edit}}, u"edit"_s);
    m_edits.insert(id, edit);
    if (!then.isEmpty())
        m_then.insert(id, then);
    return id;
}

void OwnerScreen::undo()
{
    if (m_signedIn && hasDraft())
        send(u"menu.draft.undo"_s, {}, u"undo"_s);
}

void OwnerScreen::publish()
{
    if (m_signedIn && hasDraft())
        send(u"menu.publish"_s, {{u"editId"_s, m_draftEditId}}, u"publish"_s);
}

void OwnerScreen::openHistory()
{
    if (!m_signedIn)
        return;
    send(u"menu.versions"_s, {{u"limit"_s, 50}}, u"versions"_s);
    setPage(u"history"_s);
}

void OwnerScreen::openPreview()
{
    if (!m_signedIn)
        return;
    m_preview.open();
    setPage(u"preview"_s);
}

void OwnerScreen::closePreview()
{
    setPage(u"menu"_s);
}

void OwnerScreen::closeHistory()
{
    cancelRollback();
    setPage(u"menu"_s);
}

void OwnerScreen::openVoice()
{
    if (!m_signedIn)
        return;
    m_voice->refresh();
    setPage(u"voice"_s);
}

void OwnerScreen::askRollback(int version)
{
    if (!m_signedIn || version <= 0 || version == m_published)
        return;
    m_rollbackVersion = version;
    emit rollbackVersionChanged();
}

void OwnerScreen::cancelRollback()
{
    if (!m_rollbackVersion)
        return;
    m_rollbackVersion = 0;
    emit rollbackVersionChanged();
}

void OwnerScreen::confirmRollback()
{
    if (!m_rollbackVersion || !m_signedIn)
        return;
    send(u"menu.rollback"_s, {{u"version"_s, m_rollbackVersion}}, u"rollback"_s);
    cancelRollback();
}

void OwnerScreen::clearNotice()
{
    setNotice({}, false);
}

QString OwnerScreen::number(int value) const
{
    return m_language.locale().toString(value);
}

QString OwnerScreen::dishOfField(const QString &field)
{
    const QStringList parts = field.split(u'/');
    return parts.size() >= 2 && parts.first() == u"items"_s ? parts.at(1) : QString();
}

QString OwnerScreen::say(const char *source, int n) const
{
    return m_language.translate(Context, source, nullptr, n);
}

QString OwnerScreen::draftText() const
{
    if (!hasDraft())
        return m_published > 0
                   ? say(QT_TRANSLATE_NOOP("tableside::OwnerScreen",
                                           "No changes since version %1 was published."))
                         .arg(number(m_published))
                   : say(QT_TRANSLATE_NOOP("tableside::OwnerScreen", "No changes to publish."));
    const QString at = when(m_draftEditedAt);
    const QString edits =
        say(QT_TRANSLATE_N_NOOP("tableside::OwnerScreen", "%n unpublished changes."), m_draftEdits);
    if (m_draftBy.isEmpty())
        return say(QT_TRANSLATE_NOOP("tableside::OwnerScreen", "Last change at %1. %2"))
            .arg(at, edits);
    return say(QT_TRANSLATE_NOOP("tableside::OwnerScreen", "Last change by %1 at %2. %3"))
        .arg(m_draftBy, at, edits);
}

QString OwnerScreen::when(const QDateTime &at) const
{
    if (!at.isValid())
        return {};
    return m_language.locale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

void OwnerScreen::openIdeas()
{
    if (!m_signedIn)
        return;
    m_ideas.refresh();
    setPage(u"ideas"_s);
}

void OwnerScreen::openMenu()
{
    if (section() == u"menu"_s)
        return;
    m_ideas.cancelMerge();
    setPage(u"menu"_s);
}

void OwnerScreen::openTips()
{
    if (!m_signedIn)
        return;
    setPage(u"tips"_s);
}

QString OwnerScreen::section() const
{
    return m_page == u"voice"_s || m_page == u"ideas"_s || m_page == u"tips"_s ? m_page : u"menu"_s;
}

void OwnerScreen::setPage(const QString &page)
{
    if (m_page == page)
        return;
    m_page = page;
    emit pageChanged();
}

void OwnerScreen::setNotice(const QString &text, bool error)
{
    if (m_notice == text && m_noticeIsError == error)
        return;
    m_notice = text;
    m_noticeIsError = error;
    emit noticeChanged();
}

QString OwnerScreen::refusal(const QString &code, const QString &message, int count) const
{
    if (code == u"pin_wrong"_s)
        return say(
            QT_TRANSLATE_NOOP("tableside::OwnerScreen", "That PIN is not right. Try again."));
    if (code == u"pin_locked"_s)
        return say(QT_TRANSLATE_NOOP("tableside::OwnerScreen",
                                     "Too many wrong PINs: the PIN is locked for a while."));
    if (code == u"forbidden"_s)
        return say(QT_TRANSLATE_NOOP("tableside::OwnerScreen",
                                     "Only an owner's PIN can change the menu."));
    if (code == u"draft_changed"_s)
        return say(QT_TRANSLATE_NOOP(
            "tableside::OwnerScreen",
            "Someone else changed the draft just now. Check it, then publish again."));
    if (code == u"no_draft"_s)
        return say(QT_TRANSLATE_NOOP("tableside::OwnerScreen", "There are no changes to publish."));
    if (code == u"menu_problems"_s)
        return say(QT_TRANSLATE_N_NOOP("tableside::OwnerScreen",
                                       "Fix %n problems before publishing: they are listed "
                                       "under Problems."),
                   count);
    if (code == u"unknown_version"_s)
        return say(QT_TRANSLATE_NOOP("tableside::OwnerScreen", "That version is not kept."));
    if (code.isEmpty())
        return say(QT_TRANSLATE_NOOP("tableside::OwnerScreen",
                                     "The hub did not answer. Check the connection and try "
                                     "again."));
    // Anything else the hub says in its own words (a bad edit names what is wrong).
    return message;
}

void OwnerScreen::onReplied(const QString &id, bool ok, const QJsonObject &result,
                            const QString &code, const QString &message)
{
    const QString kind = m_pending.take(id);
    if (kind.isEmpty())
        return;
    const QString then = m_then.take(id);
    emit busyChanged();
    if (kind == u"signin"_s) {
        if (id != m_pinRequest)
            return;
        m_pinRequest.clear();
        const bool owner = ok && result[u"role"_s].toString() == u"owner"_s;
        if (owner) {
            m_signedIn = true;
            m_signInError.clear();
            m_idle->start(IdleLockMs);
            m_voice->setActive(true);
            emit signedInChanged();
        } else {
            m_pin.clear();
            m_signInError = ok ? refusal(u"forbidden"_s, {}) : refusal(code, message);
        }
        emit pinChanged();
        return;
    }
    if (kind == u"menu"_s) {
        if (ok) {
            m_currency = result[u"venue"_s][u"currency"_s].toString();
            m_venueName = result[u"venue"_s][u"name"_s].toString();
        }
        refreshLists();
        return;
    }
    if (kind == u"versions"_s) {
        if (ok)
            readVersions(result[u"versions"_s].toArray());
        return;
    }
    if (!ok) {
        // A PIN refused mid-session (locked out, or no longer an owner's) ends the session.
        if (code == u"pin_wrong"_s || code == u"pin_locked"_s || code == u"forbidden"_s) {
            const QString why = refusal(code, message);
            lock();
            m_signInError = why;
            emit pinChanged();
            return;
        }
        setNotice(refusal(code, message, int(m_problemList.size())), true);
        if (kind == u"publish"_s && code == u"draft_changed"_s)
            send(u"menu.draft.get"_s, {}, u"draft"_s);
        return;
    }
    if (kind == u"edit"_s) {
        auto applied = applyMenuEdit(m_document, m_edits.take(id));
        if (applied)
            m_document = applied->document;
        else // the hub took what this copy cannot: read the hub's
            send(u"menu.draft.get"_s, {}, u"draft"_s);
        m_draftBy.clear();
        readDraftState(result);
        if (!then.isEmpty())
            setPage(then);
        setNotice(say(QT_TRANSLATE_NOOP("tableside::OwnerScreen",
                                        "Saved in the draft. Publish to show it on the tables.")),
                  false);
        return;
    }
    if (kind == u"publish"_s || kind == u"rollback"_s) {
        const int version = result[u"version"_s].toInt();
        setNotice(kind == u"publish"_s
                      ? say(QT_TRANSLATE_NOOP("tableside::OwnerScreen",
                                              "Published as version %1: every table shows it now."))
                            .arg(number(version))
                      : say(QT_TRANSLATE_NOOP("tableside::OwnerScreen",
                                              "Rolled back: version %1 is on every table now."))
                            .arg(number(version)),
                  false);
        send(u"menu.draft.get"_s, {}, u"draft"_s);
        if (m_page == u"history"_s)
            send(u"menu.versions"_s, {{u"limit"_s, 50}}, u"versions"_s);
        return;
    }
    // draft, undo, discard: the whole document comes back
    if (result.contains(u"document"_s)) {
        auto document = menuDocumentFromJson(result[u"document"_s].toObject());
        if (document)
            m_document = *document;
    }
    if (kind == u"undo"_s) {
        m_draftBy.clear();
        setNotice(say(QT_TRANSLATE_NOOP("tableside::OwnerScreen", "The last change is undone.")),
                  false);
    }
    readDraftState(result);
}

void OwnerScreen::onEvent(const QString &type, const QJsonObject &data)
{
    if (type == u"owner.menu.draft"_s) {
        // Another owner's screen changed the draft: read it again.
        if (data[u"editId"_s].toInteger() != m_draftEditId)
            send(u"menu.draft.get"_s, {}, u"draft"_s);
        m_draftBy = data[u"by"_s].toString();
        emit draftChanged();
    } else if (type == u"menu.published"_s) {
        m_published = std::max(m_published, data[u"version"_s].toInt());
        send(u"menu.draft.get"_s, {}, u"draft"_s);
        if (m_page == u"history"_s)
            send(u"menu.versions"_s, {{u"limit"_s, 50}}, u"versions"_s);
    }
}

void OwnerScreen::readDraftState(const QJsonObject &result)
{
    // A place of Explore the area is written in the venue's languages, as its dishes are.
    m_tips->setLanguages(m_document.defaultLanguage, m_document.languages);
    m_published = result[u"published"_s].toInt();
    const QJsonObject draft = result[u"draft"_s].toObject();
    m_draftEditId = draft[u"editId"_s].toInteger();
    m_draftEdits = draft[u"edits"_s].toInt();
    m_draftEditedAt = QDateTime::fromString(draft[u"editedAt"_s].toString(), Qt::ISODateWithMs);
    if (!m_draftEditId)
        m_draftBy.clear();
    m_problemList.clear();
    for (const QJsonValue &problem : result[u"problems"_s].toArray())
        m_problemList.append({problem[u"field"_s].toString(), problem[u"code"_s].toString(),
                              problem[u"message"_s].toString()});
    if (m_category.isEmpty() || !m_document.category(m_category)) {
        m_category =
            m_document.categories.isEmpty() ? QString() : m_document.categories.constFirst().key;
        emit categoryChanged();
    }
    m_voice->retranslate(); // the dishes' names are the draft's
    refreshLists();
    if (m_page == u"preview"_s)
        m_preview.refresh();
    emit draftChanged();
}

void OwnerScreen::readVersions(const QJsonArray &versions)
{
    QList<QVariantMap> rows;
    for (const QJsonValue &version : versions) {
        const int number = version[u"version"_s].toInt();
        QStringList changes;
        for (const QJsonValue &change : version[u"changes"_s].toArray())
            changes.append(change.toString());
        const int restored = version[u"restoredFrom"_s].toInt();
        QString changesText = changes.join(u'\n');
        if (restored > 0)
            changesText.prepend(
                say(QT_TRANSLATE_NOOP("tableside::OwnerScreen", "Restored version %1."))
                    .arg(this->number(restored)) +
                u'\n');
        if (changesText.trimmed().isEmpty())
            changesText = say(QT_TRANSLATE_NOOP("tableside::OwnerScreen", "The menu as it was."));
        const QString by = version[u"by"_s].toString();
        rows.append(
            {{u"version"_s, number},
             {u"byText"_s,
              by.isEmpty() ? say(QT_TRANSLATE_NOOP("tableside::OwnerScreen", "Version %1"))
                                 .arg(this->number(number))
                           : say(QT_TRANSLATE_NOOP("tableside::OwnerScreen", "Version %1 by %2"))
                                 .arg(this->number(number), by)},
             {u"whenText"_s,
              when(QDateTime::fromString(version[u"publishedAt"_s].toString(), Qt::ISODateWithMs))},
             {u"changesText"_s, changesText},
             {u"current"_s, number == m_published}});
    }
    m_versions.setRows(rows);
}

QString OwnerScreen::localized(const LocalizedText &text) const
{
    const QString own = text.value(m_language.code());
    if (!own.trimmed().isEmpty())
        return own;
    return text.value(m_document.defaultLanguage);
}

QString OwnerScreen::name(const QString &kind, const QString &code) const
{
    if (kind == u"allergen"_s)
        return m_allergenNames.name(code);
    if (kind == u"language"_s) {
        // Each language in its own name, as a bilingual owner looks for it.
        // QLocale names English by its country's variant ("American English").
        if (code == u"en"_s)
            return u"English"_s;
        const QLocale locale(code);
        return locale.nativeLanguageName().isEmpty() ? code : locale.nativeLanguageName();
    }
    if (kind == u"dietary"_s) {
        if (code == u"vegetarian"_s)
            return say(QT_TRANSLATE_NOOP("tableside::OwnerScreen", "Vegetarian"));
        if (code == u"vegan"_s)
            return say(QT_TRANSLATE_NOOP("tableside::OwnerScreen", "Vegan"));
        if (code == u"gluten-free"_s)
            return say(QT_TRANSLATE_NOOP("tableside::OwnerScreen", "Gluten-free"));
        if (code == u"halal"_s)
            return say(QT_TRANSLATE_NOOP("tableside::OwnerScreen", "Halal"));
    }
    if (kind == u"course"_s) {
        if (code == u"drink"_s)
            return say(QT_TRANSLATE_NOOP("tableside::OwnerScreen", "Drink"));
        if (code == u"starter"_s)
            return say(QT_TRANSLATE_NOOP("tableside::OwnerScreen", "Starter"));
        if (code == u"main"_s)
            return say(QT_TRANSLATE_NOOP("tableside::OwnerScreen", "Main"));
        if (code == u"side"_s)
            return say(QT_TRANSLATE_NOOP("tableside::OwnerScreen", "Side"));
        if (code == u"dessert"_s)
            return say(QT_TRANSLATE_NOOP("tableside::OwnerScreen", "Dessert"));
    }
    if (kind == u"spice"_s) {
        switch (code.toInt()) {
        case 0:
            return say(QT_TRANSLATE_NOOP("tableside::OwnerScreen", "Not spicy"));
        case 1:
            return say(QT_TRANSLATE_NOOP("tableside::OwnerScreen", "Mild"));
        case 2:
            return say(QT_TRANSLATE_NOOP("tableside::OwnerScreen", "Medium"));
        default:
            return say(QT_TRANSLATE_NOOP("tableside::OwnerScreen", "Hot"));
        }
    }
    return code; // a station keeps the name the kitchen knows it by
}

void OwnerScreen::refreshLists()
{
    const auto missing = [this](const LocalizedText &name, const LocalizedText &description) {
        const bool described = std::ranges::any_of(
            description, [](const QString &text) { return !text.trimmed().isEmpty(); });
        return !missingLanguages(m_document, name).isEmpty() ||
               (described && !missingLanguages(m_document, description).isEmpty());
    };
    QHash<QString, int> problemsOf;
    QList<QVariantMap> problems;
    for (const MenuProblem &problem : std::as_const(m_problemList)) {
        const QString dish = dishOfField(problem.field);
        problemsOf[dish] += 1;
        problems.append(
            {{u"field"_s, problem.field}, {u"message"_s, problem.message}, {u"dishKey"_s, dish}});
    }
    m_problems.setRows(problems);
    QList<QVariantMap> categories;
    for (const DocumentCategory &category : std::as_const(m_document.categories)) {
        const auto count =
            std::ranges::count(m_document.items, category.key, &DocumentItem::category);
        categories.append({{u"key"_s, category.key},
                           {u"name"_s, localized(category.name)},
                           {u"missing"_s, missing(category.name, category.description)},
                           {u"hidden"_s, category.hidden},
                           {u"dishCount"_s, number(int(count))},
                           {u"selected"_s, category.key == m_category}});
    }
    m_categories.setRows(categories);
    QList<QVariantMap> dishes;
    for (const DocumentItem &item : std::as_const(m_document.items)) {
        if (item.category != m_category)
            continue;
        const QString price = m_currency.isEmpty()
                                  ? m_form.formatPrice(item.priceMinor)
                                  : Money(item.priceMinor, m_currency).format(m_language.locale());
        // A dish with no name yet is listed by its key, so it can be found and named.
        const QString named = localized(item.name);
        dishes.append({{u"key"_s, item.key},
                       {u"name"_s, named.trimmed().isEmpty() ? item.key : named},
                       {u"priceText"_s, price},
                       {u"hidden"_s, item.hidden},
                       {u"missing"_s, missing(item.name, item.description)},
                       {u"problemCount"_s, problemsOf.value(item.key)},
                       {u"stockText"_s, m_structure->stock()->markOf(item.key)},
                       {u"ratingText"_s, m_voice->markOf(item.key)}});
    }
    m_dishes.setRows(dishes);
    m_structure->refresh();
}

} // namespace tableside

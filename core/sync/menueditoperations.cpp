#include "menueditoperations.h"

#include "devicerepository.h"
#include "hubargs.h"
#include "menuchanges.h"
#include "menucsv.h"
#include "menudocumentjson.h"
#include "menuedit.h"
#include "staffpincheck.h"
#include "wireformat.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tableside {

using namespace hubargs;

namespace {

// How many versions menu.versions lists when not asked for fewer.
constexpr int MaxVersionsListed = 100;

QJsonArray problemsToJson(const QList<MenuProblem> &problems)
{
    QJsonArray json;
    for (const MenuProblem &problem : problems)
        json.append(QJsonObject{{u"field"_s, problem.field},
                                {u"code"_s, problem.code},
                                {u"message"_s, problem.message}});
    return json;
}

QJsonObject versionToJson(const MenuVersion &version)
{
    return {{u"version"_s, version.version},
            {u"publishedAt"_s, isoTime(version.publishedAt)},
            {u"by"_s, version.byName},
            {u"changes"_s, QJsonArray::fromStringList(version.changes)},
            {u"restoredFrom"_s,
             version.restoredFrom > 0 ? QJsonValue(version.restoredFrom) : QJsonValue()}};
}

QStringList describedChanges(const MenuDocument &before, const MenuDocument &after)
{
    QStringList lines;
    for (const MenuChange &change : menuChanges(before, after))
        lines.append(describeMenuChange(change));
    return lines;
}

} // namespace

MenuEditOperations::MenuEditOperations(HubTransactions &work, StaffPinCheck &pins)
    : m_work(work)
    , m_pins(pins)
    , m_live(work.database(), &work.catalog())
    , m_history(work.database(), work.clock())
{}

Result<MenuSigner> MenuEditOperations::owner(const Device &caller, const QJsonObject &args)
{
    auto staff =
        m_pins.checkOwner(text(args, "pin"_L1), tr("Changing the menu needs an owner's PIN."),
                          tr("Only an owner's PIN changes the menu."));
    if (!staff)
        return staff.error();
    return MenuSigner{{staff->id, caller.id}, staff->name};
}

Result<MenuDocument> MenuEditOperations::publishedDocument() const
{
    auto latest = m_history.latest();
    if (!latest)
        return latest.error();
    if (latest->has_value())
        return latest->value().document;
    return m_live.live();
}

Result<MenuDocument> MenuEditOperations::workingDocument() const
{
    auto draft = m_history.draft();
    if (!draft)
        return draft.error();
    if (draft->has_value())
        return draft->value().document;
    return publishedDocument();
}

Result<QJsonObject> MenuEditOperations::draftState(bool withDocument)
{
    auto draft = m_history.draft();
    auto latest = m_history.latest();
    auto document = workingDocument();
    if (!draft || !latest || !document)
        return !draft ? draft.error() : !latest ? latest.error() : document.error();
    QJsonObject state{
        {u"published"_s, latest->has_value() ? latest->value().version : 0},
        {u"problems"_s, problemsToJson(menuProblems(*document))},
        {u"draft"_s, QJsonValue()},
    };
    if (draft->has_value()) {
        const MenuDraft &d = draft->value();
        state.insert(u"draft"_s, QJsonObject{{u"editId"_s, d.editId},
                                             {u"edits"_s, d.edits},
                                             {u"summary"_s, d.summary},
                                             {u"editedAt"_s, isoTime(d.editedAt)}});
    }
    if (withDocument)
        state.insert(u"document"_s, menuDocumentToJson(*document));
    return state;
}

Result<void> MenuEditOperations::recordDraftEvent(HubOutcome &outcome, const MenuSigner &signer,
                                                  const QString &summary)
{
    auto draft = m_history.draft();
    if (!draft)
        return draft.error();
    return m_work.record(outcome, u"owner.menu.draft"_s,
                         {{u"editId"_s, draft->has_value() ? draft->value().editId : 0},
                          {u"edits"_s, draft->has_value() ? draft->value().edits : 0},
                          {u"summary"_s, summary},
                          {u"by"_s, signer.name}});
}

Result<HubOutcome> MenuEditOperations::saveDraft(const MenuDocument &document,
                                                 const QString &summary, const MenuSigner &signer,
                                                 bool withDocument)
{
    return m_work.transact([&]() -> Result<HubOutcome> {
        if (auto saved = m_history.saveDraft(document, summary, signer.by); !saved)
            return saved.error();
        HubOutcome outcome;
        if (auto recorded = recordDraftEvent(outcome, signer, summary); !recorded)
            return recorded.error();
        auto state = draftState(withDocument);
        if (!state)
            return state.error();
        outcome.result = *state;
        return outcome;
    });
}

Result<HubOutcome> MenuEditOperations::draftGet(const Device &, const QJsonObject &)
{
    auto state = draftState(true);
    if (!state)
        return state.error();
    return HubOutcome{*state, {}};
}

Result<HubOutcome> MenuEditOperations::draftEdit(const Device &caller, const QJsonObject &args)
{
    auto signer = owner(caller, args);
    if (!signer)
        return signer.error();
    auto document = workingDocument();
    if (!document)
        return document.error();
    auto edited = applyMenuEdit(*document, args.value("edit"_L1).toObject());
    if (!edited)
        return edited.error();
    return saveDraft(edited->document, edited->summary, *signer, false);
}

Result<HubOutcome> MenuEditOperations::draftUndo(const Device &caller, const QJsonObject &args)
{
    auto signer = owner(caller, args);
    if (!signer)
        return signer.error();
    return m_work.transact([&]() -> Result<HubOutcome> {
        auto undone = m_history.undoDraft();
        if (!undone)
            return undone.error();
        if (!*undone)
            return makeError(u"no_draft"_s, tr("There is no edit to undo."));
        HubOutcome outcome;
        if (auto recorded = recordDraftEvent(outcome, *signer, tr("Undid the last edit"));
            !recorded)
            return recorded.error();
        auto state = draftState(true);
        if (!state)
            return state.error();
        outcome.result = *state;
        return outcome;
    });
}

Result<HubOutcome> MenuEditOperations::draftDiscard(const Device &caller, const QJsonObject &args)
{
    auto signer = owner(caller, args);
    if (!signer)
        return signer.error();
    return m_work.transact([&]() -> Result<HubOutcome> {
        if (auto dropped = m_history.discardDraft(); !dropped)
            return dropped.error();
        HubOutcome outcome;
        if (auto recorded = recordDraftEvent(outcome, *signer, tr("Discarded the draft"));
            !recorded)
            return recorded.error();
        auto state = draftState(true);
        if (!state)
            return state.error();
        outcome.result = *state;
        return outcome;
    });
}

Result<MenuCsvFormat> MenuEditOperations::spreadsheetFormat() const
{
    auto venue = m_work.catalog().venue();
    if (!venue)
        return venue.error();
    return MenuCsvFormat{venue->defaultLanguage, venue->languages,
                         Money::minorDigits(venue->currency)};
}

Result<QByteArray> MenuEditOperations::draftSpreadsheet() const
{
    auto format = spreadsheetFormat();
    auto document = workingDocument();
    if (!format || !document)
        return !format ? format.error() : document.error();
    return menuToCsv(*document, *format);
}

Result<HubOutcome> MenuEditOperations::draftImport(const Device &caller, const QJsonObject &args)
{
    return draftImportFile(caller, args, text(args, "csv"_L1).toUtf8());
}

Result<HubOutcome> MenuEditOperations::draftImportFile(const Device &caller,
                                                       const QJsonObject &args,
                                                       const QByteArray &csv)
{
    auto signer = owner(caller, args);
    if (!signer)
        return signer.error();
    auto format = spreadsheetFormat();
    if (!format)
        return format.error();
    const MenuCsvRead read = menuFromCsv(csv, *format);
    if (!read.problems.isEmpty()) {
        QStringList lines;
        for (const MenuCsvProblem &problem : read.problems)
            lines.append(problem.describe());
        return makeError(
            u"bad_spreadsheet"_s,
            tr("Nothing was imported; fix these rows first:\n%1").arg(lines.join(u'\n')));
    }
    return saveDraft(read.document, tr("Imported a spreadsheet"), *signer, true);
}

Result<HubOutcome> MenuEditOperations::makeLive(const MenuDocument &document,
                                                const MenuSigner &signer, int restoredFrom)
{
    auto latest = m_history.latest();
    if (!latest)
        return latest.error();
    // The first publish keeps the menu as it was as version 1, so it can be rolled back to.
    if (!latest->has_value()) {
        auto before = m_live.live();
        if (!before)
            return before.error();
        if (auto kept =
                m_history.recordVersion(*before, {tr("The menu before the first publish")}, {});
            !kept)
            return kept.error();
        latest = m_history.latest();
        if (!latest)
            return latest.error();
    }
    const QStringList changes = describedChanges(latest->value().document, document);
    if (auto applied = m_live.apply(document); !applied)
        return applied.error();
    auto version = m_history.recordVersion(document, changes, signer.by, restoredFrom);
    if (!version)
        return version.error();
    HubOutcome outcome;
    if (auto recorded = m_work.record(
            outcome, u"menu.published"_s,
            {{u"version"_s, *version},
             {u"changes"_s, QJsonArray::fromStringList(changes)},
             {u"by"_s, signer.name},
             {u"restoredFrom"_s, restoredFrom > 0 ? QJsonValue(restoredFrom) : QJsonValue()}});
        !recorded)
        return recorded.error();
    outcome.result = outcome.events.constLast().data;
    return outcome;
}

Result<HubOutcome> MenuEditOperations::publish(const Device &caller, const QJsonObject &args)
{
    auto signer = owner(caller, args);
    if (!signer)
        return signer.error();
    return m_work.transact([&]() -> Result<HubOutcome> {
        auto draft = m_history.draft();
        if (!draft)
            return draft.error();
        if (!draft->has_value())
            return makeError(u"no_draft"_s, tr("There is no draft to publish."));
        if (draft->value().editId != id(args, "editId"_L1))
            return makeError(u"draft_changed"_s,
                             tr("The draft changed since you looked at it: check it and publish "
                                "again."));
        const QList<MenuProblem> problems = menuProblems(draft->value().document);
        if (!problems.isEmpty())
            return makeError(u"menu_problems"_s,
                             tr("Problems to fix before publishing: %1. The first: %2")
                                 .arg(problems.size())
                                 .arg(problems.first().message));
        return makeLive(draft->value().document, *signer, 0);
    });
}

Result<HubOutcome> MenuEditOperations::versions(const Device &, const QJsonObject &args)
{
    auto listed = m_history.versions(
        std::clamp(number(args, "limit"_L1, MaxVersionsListed), 1, MaxVersionsListed));
    if (!listed)
        return listed.error();
    QJsonArray versions;
    for (const MenuVersion &version : *listed)
        versions.append(versionToJson(version));
    return HubOutcome{{{u"versions"_s, versions}}, {}};
}

Result<HubOutcome> MenuEditOperations::rollback(const Device &caller, const QJsonObject &args)
{
    auto signer = owner(caller, args);
    if (!signer)
        return signer.error();
    const int wanted = number(args, "version"_L1);
    return m_work.transact([&]() -> Result<HubOutcome> {
        auto version = m_history.version(wanted);
        if (!version)
            return version.error();
        return makeLive(version->document, *signer, wanted);
    });
}

Result<HubOutcome> MenuEditOperations::publishAsVenue(const MenuDocument &document)
{
    const QList<MenuProblem> problems = menuProblems(document);
    if (!problems.isEmpty())
        return makeError(u"menu_problems"_s, problems.first().message);
    return m_work.transact([&]() -> Result<HubOutcome> {
        return makeLive(document, MenuSigner{{}, {}}, 0);
    });
}

} // namespace tableside

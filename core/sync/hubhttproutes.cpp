#include "hubhttproutes.h"

#include "httprequest.h"
#include "hubcommits.h"
#include "hublog.h"
#include "huboperations.h"
#include "hubpermissions.h"
#include "menueditoperations.h"
#include "pairingoperations.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

const QByteArray PhotosPath = "/photos";
const QByteArray PhotoPrefix = "/photos/";
const QByteArray SpreadsheetPath = "/menu/draft.csv";

HttpAnswer notAllowed(const QByteArray &allow)
{
    HttpAnswer refused = HttpAnswer::error(
        405, makeError(u"method_not_allowed"_s,
                       HubHttpRoutes::tr("This path takes %1 only.")
                           .arg(QString::fromLatin1(allow).replace(u", "_s, u" or "_s))));
    refused.headers.append({"Allow", allow});
    return refused;
}

// The status of a refusal: an operation's by its code, a photo's by what was wrong with it.
int statusOf(const Error &error)
{
    if (error.code == "not_an_image"_L1)
        return 415;
    if (error.code == "photo_too_large"_L1)
        return 413;
    if (error.code == "photo_unwritable"_L1)
        return 500;
    return HttpAnswer::statusOf(error.code);
}

Error storeError()
{
    return makeError(u"store_error"_s,
                     HubHttpRoutes::tr("The hub could not save this; please try again."));
}

} // namespace

HubHttpRoutes::HubHttpRoutes(HubOperations &operations, HubCommits &commits)
    : m_operations(operations)
    , m_commits(commits)
    , m_photos(operations.transactions().database(), operations.transactions().clock())
{
    // One photo at a time: a large one takes a few hundred MiB while it is decoded.
    m_scalers.setMaxThreadCount(1);
}

HubHttpRoutes::~HubHttpRoutes()
{
    m_scalers.waitForDone();
}

HubHttpRoutes::BodyHandler HubHttpRoutes::route(const HttpRequest &request, const Answer &answer)
{
    const QByteArray &method = request.method;
    const QByteArray &path = request.path;
    if (path.startsWith(PhotoPrefix)) {
        if (method != "GET" && method != "HEAD") {
            answer(notAllowed("GET, HEAD"));
            return {};
        }
        const QString hash = QString::fromLatin1(path.sliced(PhotoPrefix.size()));
        if (!PhotoRepository::isPhotoHash(hash)) {
            answer(HttpAnswer::error(
                400, makeError(u"bad_request"_s,
                               tr("A photo's name is 64 hexadecimal digits in lower case."))));
            return {};
        }
        getPhoto(hash, answer);
        return {};
    }
    if (path == PhotosPath) {
        if (method != "POST") {
            answer(notAllowed("POST"));
            return {};
        }
        auto device = ownerDevice(request, {});
        if (!device) {
            answer(HttpAnswer::error(statusOf(device.error()), device.error()));
            return {};
        }
        if (auto refused =
                refuseLength(request, MaxPhotoBytes,
                             tr("A photo may be at most %1 MiB.").arg(MaxPhotoBytes >> 20))) {
            answer(*refused);
            return {};
        }
        return [this, device = *device, answer](const QByteArray &body) {
            // Decoding a photo takes a while: off the hub's thread, and back to it to store.
            m_scalers.start([this, device, answer, body] {
                Result<ScaledPhoto> scaled = PhotoScaler::scale(body);
                QMetaObject::invokeMethod(
                    &m_home,
                    [this, device, answer, scaled = std::move(scaled)] {
                        storePhoto(device, scaled, answer);
                    },
                    Qt::QueuedConnection);
            });
        };
    }
    if (path == SpreadsheetPath) {
        if (method != "GET" && method != "POST") {
            answer(notAllowed("GET, POST"));
            return {};
        }
        const bool import = method == "POST";
        auto device = ownerDevice(request, import ? u"menu.draft.import"_s : u"menu.draft.get"_s);
        if (!device) {
            answer(HttpAnswer::error(statusOf(device.error()), device.error()));
            return {};
        }
        if (!import) {
            getSpreadsheet(answer);
            return {};
        }
        if (auto refused = refuseLength(
                request, MaxSpreadsheetBytes,
                tr("A spreadsheet may be at most %1 MiB.").arg(MaxSpreadsheetBytes >> 20))) {
            answer(*refused);
            return {};
        }
        const QString pin = QString::fromUtf8(request.header("X-Tableside-Pin"));
        return [this, device = *device, pin, answer](const QByteArray &body) {
            importSpreadsheet(device, pin, body, answer);
        };
    }
    answer(HttpAnswer::error(
        404, makeError(u"not_found"_s,
                       tr("The hub has nothing at %1.").arg(QString::fromLatin1(path)))));
    return {};
}

Result<Device> HubHttpRoutes::ownerDevice(const HttpRequest &request, const QString &op)
{
    const QByteArray authorization = request.header("Authorization");
    const QByteArrayView scheme = "Bearer ";
    if (authorization.size() <= scheme.size() ||
        QByteArrayView(authorization).first(scheme.size()).compare(scheme, Qt::CaseInsensitive))
        return makeError(u"token_required"_s,
                         tr("Send the device's token as Authorization: Bearer and the token."));
    auto device = m_operations.pairing().deviceForToken(
        QString::fromUtf8(QByteArrayView(authorization).sliced(scheme.size()).trimmed()));
    if (!device)
        return device.error();
    const bool allowed =
        op.isEmpty() ? device->role == "owner"_L1 : HubPermissions::allows(device->role, op);
    if (!allowed)
        return makeError(u"forbidden"_s, tr("Only an owner's device may do this."));
    return device;
}

std::optional<HttpAnswer> HubHttpRoutes::refuseLength(const HttpRequest &request, qint64 limit,
                                                      const QString &what)
{
    if (request.contentLength < 0)
        return HttpAnswer::error(
            411, makeError(u"length_required"_s, tr("Send the body with its Content-Length.")));
    if (request.contentLength > limit)
        return HttpAnswer::error(413, makeError(u"too_large"_s, what));
    return std::nullopt;
}

void HubHttpRoutes::getPhoto(const QString &hash, const Answer &answer)
{
    // In its turn: a photo whose commit is not on disk yet is not served before it is.
    m_commits.runInTurn([this, hash, answer] {
        auto found = m_photos.find(hash);
        if (!found) {
            qCWarning(lcHub) << "cannot read a photo:" << found.error().message;
            answer(HttpAnswer::error(503, storeError()));
            return;
        }
        if (!found->has_value()) {
            answer(HttpAnswer::error(
                404, makeError(u"not_found"_s, tr("The hub keeps no photo by this name."))));
            return;
        }
        const StoredPhoto &photo = found->value();
        answer(HttpAnswer{200,
                          {{"Content-Type", photo.mediaType.toUtf8()},
                           {"ETag", '"' + photo.hash.toLatin1() + '"'},
                           {"Cache-Control", "public, max-age=31536000, immutable"}},
                          photo.bytes});
    });
}

void HubHttpRoutes::storePhoto(const Device &device, const Result<ScaledPhoto> &scaled,
                               const Answer &answer)
{
    if (!scaled) {
        answer(HttpAnswer::error(statusOf(scaled.error()), scaled.error()));
        return;
    }
    if (m_commits.lost()) // the hub answers nothing more
        return;
    m_commits.flush(); // the photo commits in a unit of its own
    bool added = false;
    auto stored = m_operations.transactions().transact([&]() -> Result<HubOutcome> {
        auto kept = m_photos.add(scaled->jpeg, QString::fromLatin1(PhotoScaler::MediaType),
                                 scaled->width, scaled->height, device.id);
        if (!kept)
            return kept.error();
        added = *kept;
        return HubOutcome{};
    });
    if (!stored) {
        if (m_commits.lost())
            return;
        qCWarning(lcHub) << "cannot store a photo:" << stored.error().message;
        answer(HttpAnswer::error(503, storeError()));
        return;
    }
    const QString hash = PhotoRepository::hashOf(scaled->jpeg);
    HttpAnswer told = HttpAnswer::json(
        added ? 201 : 200,
        {{u"photo"_s, hash}, {u"width"_s, scaled->width}, {u"height"_s, scaled->height}});
    told.headers.append({"Location", PhotoPrefix + hash.toLatin1()});
    // Told once the photo is on disk (or at once, when it was already).
    m_commits.runInTurn([answer, told] { answer(told); });
    qCInfo(lcHub).noquote() << "photo" << hash << (added ? "stored" : "already kept") << "from"
                            << device.name;
}

void HubHttpRoutes::getSpreadsheet(const Answer &answer)
{
    m_commits.runInTurn([this, answer] {
        auto csv = m_operations.menuEdits().draftSpreadsheet();
        if (!csv) {
            qCWarning(lcHub) << "cannot write the menu's spreadsheet:" << csv.error().message;
            answer(HttpAnswer::error(503, storeError()));
            return;
        }
        answer(HttpAnswer{200,
                          {{"Content-Type", "text/csv; charset=utf-8"},
                           {"Content-Disposition", "attachment; filename=\"menu.csv\""},
                           {"Cache-Control", "no-store"}},
                          *csv});
    });
}

void HubHttpRoutes::importSpreadsheet(const Device &device, const QString &pin,
                                      const QByteArray &csv, const Answer &answer)
{
    if (m_commits.lost())
        return;
    m_commits.flush(); // the import commits in a unit of its own
    auto imported = m_operations.menuEdits().draftImportFile(device, {{u"pin"_s, pin}}, csv);
    if (!imported) {
        if (m_commits.lost())
            return;
        Error refusal = imported.error();
        if (refusal.code == "store_error"_L1) {
            qCWarning(lcHub) << "menu.draft.import failed in the store:" << refusal.message;
            refusal = storeError();
        }
        refuseInTurn(refusal, answer);
        return;
    }
    const HttpAnswer told = HttpAnswer::json(200, imported->result);
    m_commits.runInTurn([answer, told] { answer(told); });
    for (const StoredEvent &event : imported->events)
        m_commits.announce(event);
}

void HubHttpRoutes::refuseInTurn(const Error &error, const Answer &answer)
{
    const HttpAnswer told = HttpAnswer::error(statusOf(error), error);
    m_commits.runInTurn([answer, told] { answer(told); });
}

} // namespace tableside

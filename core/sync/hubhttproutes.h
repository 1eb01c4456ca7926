#pragma once
// What the hub answers over HTTP (PROTOCOL.md "HTTP on the hub's port"): the venue's photos to
// anyone, a new photo from an owner's device (scaled off the hub's thread by PhotoScaler), and the
// menu's spreadsheet both ways, the import exactly as menu.draft.import. Whatever it writes goes
// through the hub's one durable path (HubCommits), and every answer that read or wrote the store
// goes out in its turn, once what it depends on is on disk.

#include "devicerepository.h"
#include "httpanswer.h"
#include "photorepository.h"
#include "photoscaler.h"

#include <QCoreApplication>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <optional>

namespace tableside {

class HttpRequest;
class HubCommits;
class HubOperations;

class HubHttpRoutes {
    Q_DECLARE_TR_FUNCTIONS(HubHttpRoutes)

public:
    static constexpr qint64 MaxPhotoBytes = 16 * 1024 * 1024;
    static constexpr qint64 MaxSpreadsheetBytes = 4 * 1024 * 1024;

    using Answer = std::function<void(const HttpAnswer &)>;
    using BodyHandler = std::function<void(const QByteArray &body)>;

    // Runs on the hub's thread; both must outlive this.
    HubHttpRoutes(HubOperations &operations, HubCommits &commits);
    ~HubHttpRoutes(); // waits for the photos being scaled

    // A request's head: answered through `answer` (at once, or once what it depends on is on
    // disk), or the handler of its body, whose Content-Length is then within the route's limit.
    BodyHandler route(const HttpRequest &request, const Answer &answer);

private:
    // The owner's device the request's Authorization names, allowed `op`; else the refusal.
    Result<Device> ownerDevice(const HttpRequest &request, const QString &op);
    // A body's length against limit: the refusal when it is missing or over.
    std::optional<HttpAnswer> refuseLength(const HttpRequest &request, qint64 limit,
                                           const QString &what);
    void getPhoto(const QString &hash, const Answer &answer);
    void storePhoto(const Device &device, const Result<ScaledPhoto> &scaled, const Answer &answer);
    void getSpreadsheet(const Answer &answer);
    void importSpreadsheet(const Device &device, const QString &pin, const QByteArray &csv,
                           const Answer &answer);
    // An operation's refusal as an answer, in its turn (a wrong PIN's count is on disk first).
    void refuseInTurn(const Error &error, const Answer &answer);

    HubOperations &m_operations;
    HubCommits &m_commits;
    PhotoRepository m_photos;
    QObject m_home;        // the hub's thread, where a scaled photo comes back
    QThreadPool m_scalers; // last: waited for before the rest goes
};

} // namespace tableside

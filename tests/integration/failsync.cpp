// Preloaded into a real hub (LD_PRELOAD) by tst_failedsyncexit: fdatasync and fsync of the file
// TABLESIDE_FAIL_SYNC_OF names fail with EIO while the file TABLESIDE_FAIL_SYNC_WHILE names
// exists, as a disk that can no longer write would make them; every other sync is the real one.
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <unistd.h>

namespace {

bool failing(int fd)
{
    const char *file = std::getenv("TABLESIDE_FAIL_SYNC_OF");
    const char *flag = std::getenv("TABLESIDE_FAIL_SYNC_WHILE");
    if (!file || !flag || ::access(flag, F_OK) != 0)
        return false;
    char link[64];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    char target[PATH_MAX];
    const ssize_t length = ::readlink(link, target, sizeof target - 1);
    if (length < 0)
        return false;
    target[length] = '\0';
    return std::strcmp(target, file) == 0;
}

using SyncCall = int (*)(int);

int syncOrFail(int fd, const char *name)
{
    if (failing(fd)) {
        errno = EIO;
        return -1;
    }
    const auto real = reinterpret_cast<SyncCall>(::dlsym(RTLD_NEXT, name));
    return real ? real(fd) : -1;
}

} // namespace

extern "C" int fdatasync(int fd)
{
    return syncOrFail(fd, "fdatasync");
}

extern "C" int fsync(int fd)
{
    return syncOrFail(fd, "fsync");
}

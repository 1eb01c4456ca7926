// Preloaded into a real hub (LD_PRELOAD) by tst_powercut: a power cut keeps only what was synced.
// Each fdatasync or fsync of a file whose path starts with TABLESIDE_IMAGE_OF (the venue's
// database and its log) that succeeds copies the file as it then is into TABLESIDE_IMAGE_DIR under
// its own name: once the hub is killed, those copies are its disk as a power cut leaves it. Writes
// to those files wait while a sync and its copy are taken, so a copy holds nothing written after
// its sync. With TABLESIDE_IMAGE_LIE set, such a sync does nothing and says it succeeded: a
// writer that acknowledges what never reached the disk.
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <mutex>
#include <sys/types.h>
#include <unistd.h>

namespace {

std::mutex imaging; // a sync and its copy, against the watched files' writes

template<typename Call> Call real(const char *name)
{
    return reinterpret_cast<Call>(::dlsym(RTLD_NEXT, name));
}

// The watched file `fd` is open on, into `path`; false for any other descriptor.
bool watched(int fd, char (&path)[PATH_MAX])
{
    const char *prefix = std::getenv("TABLESIDE_IMAGE_OF");
    if (!prefix)
        return false;
    char link[64];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t length = ::readlink(link, path, sizeof path - 1);
    if (length < 0)
        return false;
    path[length] = '\0';
    return std::strncmp(path, prefix, std::strlen(prefix)) == 0;
}

// The file as it is now, into the image folder (a whole new copy, renamed into place).
void takeImage(int fd, const char *path)
{
    const char *folder = std::getenv("TABLESIDE_IMAGE_DIR");
    const char *name = std::strrchr(path, '/');
    if (!folder || !name)
        return;
    char temporary[PATH_MAX];
    char image[PATH_MAX];
    std::snprintf(temporary, sizeof temporary, "%s%s.taking", folder, name);
    std::snprintf(image, sizeof image, "%s%s", folder, name);
    const int out = ::open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (out < 0)
        return;
    const auto write = real<ssize_t (*)(int, const void *, size_t)>("write");
    char buffer[1 << 16];
    off_t at = 0;
    for (ssize_t got; (got = ::pread(fd, buffer, sizeof buffer, at)) > 0; at += got)
        for (ssize_t put = 0; put < got;) {
            const ssize_t n = write(out, buffer + put, size_t(got - put));
            if (n <= 0) {
                ::close(out);
                return;
            }
            put += n;
        }
    ::close(out);
    ::rename(temporary, image);
}

int syncAndImage(int fd, const char *name)
{
    char path[PATH_MAX];
    if (!watched(fd, path))
        return real<int (*)(int)>(name)(fd);
    if (std::getenv("TABLESIDE_IMAGE_LIE"))
        return 0;
    std::lock_guard hold(imaging);
    const int synced = real<int (*)(int)>(name)(fd);
    if (synced == 0)
        takeImage(fd, path);
    return synced;
}

// A write to a watched file waits for a sync's copy in progress; others go straight through.
template<typename Call, typename... Args> auto writeTo(const char *name, int fd, Args... args)
{
    char path[PATH_MAX];
    if (!watched(fd, path))
        return real<Call>(name)(fd, args...);
    std::lock_guard hold(imaging);
    return real<Call>(name)(fd, args...);
}

} // namespace

extern "C" int fdatasync(int fd)
{
    return syncAndImage(fd, "fdatasync");
}

extern "C" int fsync(int fd)
{
    return syncAndImage(fd, "fsync");
}

extern "C" ssize_t write(int fd, const void *buffer, size_t size)
{
    return writeTo<ssize_t (*)(int, const void *, size_t)>("write", fd, buffer, size);
}

extern "C" ssize_t pwrite(int fd, const void *buffer, size_t size, off_t offset)
{
    return writeTo<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite", fd, buffer, size,
                                                                  offset);
}

extern "C" ssize_t pwrite64(int fd, const void *buffer, size_t size, off64_t offset)
{
    return writeTo<ssize_t (*)(int, const void *, size_t, off64_t)>("pwrite64", fd, buffer, size,
                                                                    offset);
}

extern "C" int ftruncate(int fd, off_t length)
{
    return writeTo<int (*)(int, off_t)>("ftruncate", fd, length);
}

extern "C" int ftruncate64(int fd, off64_t length)
{
    return writeTo<int (*)(int, off64_t)>("ftruncate64", fd, length);
}

#include "file_io.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace yk::storage {

StoreError errorFromErrno(int error, std::string_view what)
{
    std::string detail(what);
    detail += ": ";
    detail += std::strerror(error);
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return makeError(StoreErrorCode::DiskFull, std::move(detail));
    case EROFS:
    case EACCES:
    case EPERM:
        return makeError(StoreErrorCode::ReadOnly, std::move(detail));
    case ENOENT:
        return makeError(StoreErrorCode::NotFound, std::move(detail));
    default:
        return makeError(StoreErrorCode::Io, std::move(detail));
    }
}

namespace {

class FileDescriptor {
public:
    explicit FileDescriptor(int fd)
        : m_fd(fd)
    {
    }
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return m_fd; }
    int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd;
};

} // namespace

StoreStatus syncDirectory(const std::filesystem::path& dir)
{
    FileDescriptor fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0)
        return errorFromErrno(errno, "open folder for sync");
    if (::fsync(fd.get()) != 0)
        return errorFromErrno(errno, "sync folder");
    return {};
}

StoreStatus writeFileAtomically(const std::filesystem::path& path, std::string_view bytes)
{
    const std::filesystem::path temp = path.string() + ".tmp";
    // Any failure after the temporary file exists removes it, keeping errno for the message.
    auto abandon = [&temp](const char* what) -> StoreStatus {
        const int error = errno;
        ::unlink(temp.c_str());
        return errorFromErrno(error, what);
    };
    {
        FileDescriptor fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
        if (fd.get() < 0)
            return errorFromErrno(errno, "create temporary file");
        std::size_t written = 0;
        while (written < bytes.size()) {
            const ssize_t n = ::write(fd.get(), bytes.data() + written, bytes.size() - written);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                return abandon("write temporary file");
            written += static_cast<std::size_t>(n);
        }
        if (::fsync(fd.get()) != 0)
            return abandon("sync temporary file");
        if (::close(fd.release()) != 0)
            return abandon("close temporary file");
    }
    if (::rename(temp.c_str(), path.c_str()) != 0)
        return abandon("replace file");
    return syncDirectory(path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path());
}

StoreResult<std::string> readWholeFile(const std::filesystem::path& path, std::size_t maxBytes)
{
    FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        return errorFromErrno(errno, "open " + path.filename().string());
    std::string content;
    char buffer[8192];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errorFromErrno(errno, "read " + path.filename().string());
        }
        if (n == 0)
            break;
        content.append(buffer, static_cast<std::size_t>(n));
        if (content.size() > maxBytes)
            return makeError(StoreErrorCode::NotAStore, path.filename().string() + " is far too large");
    }
    return content;
}

StoreError explainIfFull(StoreError error, const std::filesystem::path& where)
{
    // Below this, SQLite cannot create its WAL index (32 KiB) or grow a journal.
    constexpr std::uintmax_t kFullBelowBytes = 1024 * 1024;
    if (error.code != StoreErrorCode::Io)
        return error;
    std::error_code ec;
    const auto space = std::filesystem::space(where, ec);
    if (ec || space.available >= kFullBelowBytes)
        return error;
    error.code = StoreErrorCode::DiskFull;
    error.detail += " (" + std::to_string(space.available) + " bytes free)";
    return error;
}

} // namespace yk::storage

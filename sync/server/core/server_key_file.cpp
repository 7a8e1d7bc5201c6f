#include "server_key_file.h"

#include "hex_text.h"

#include "store/file_io.h"

#include <openssl/crypto.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace yk::server::server_key_file {

using store::makeError;
using store::StoreErrorCode;

namespace {

// A key file is a few dozen bytes; anything much larger is not one.
constexpr std::size_t kMaxFileBytes = 4096;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

store::StoreError notAKeyFile(std::string_view why)
{
    return makeError(
        StoreErrorCode::Corrupt, "server.key is not a Yokoten server key file: " + std::string(why));
}

} // namespace

store::StoreResult<store::SecretKey> parse(std::string_view text)
{
    constexpr std::size_t digits = store::SecretKey::Size * 2;
    if (!text.starts_with(Header) || text.size() == Header.size() || text[Header.size()] != '\n')
        return notAKeyFile("the first line is not \"" + std::string(Header) + "\"");
    const std::string_view rest = text.substr(Header.size() + 1);
    const std::string_view line = rest.substr(0, rest.find('\n'));
    if (line.size() != digits)
        return notAKeyFile("the second line is not " + std::to_string(digits) + " hex digits");
    if (rest.size() > line.size() + 1)
        return notAKeyFile("there is more after the key");
    std::array<std::uint8_t, store::SecretKey::Size> raw {};
    bool valid = true;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const int hi = hexValue(line[2 * i]);
        const int lo = hexValue(line[2 * i + 1]);
        valid = valid && hi >= 0 && lo >= 0;
        raw[i] = static_cast<std::uint8_t>(valid ? hi * 16 + lo : 0);
    }
    auto key = store::SecretKey::fromBytes(raw.data(), raw.size());
    OPENSSL_cleanse(raw.data(), raw.size());
    if (!valid)
        return notAKeyFile("the second line is not " + std::to_string(digits) + " hex digits");
    return key;
}

store::StoreResult<store::SecretKey> read(const std::filesystem::path& path)
{
    struct stat info { };
    if (::stat(path.c_str(), &info) != 0)
        return makeError(StoreErrorCode::NotFound, "no server key file (server.key) in the data folder");
    if ((info.st_mode & 077) != 0)
        return makeError(StoreErrorCode::InvalidArgument,
            "server.key is readable by group or others; run: chmod 600 server.key");
    auto text = store::readWholeFile(path, kMaxFileBytes);
    if (!text)
        return text.error();
    auto key = parse(*text);
    OPENSSL_cleanse(text->data(), text->size());
    return key;
}

store::StoreStatus write(const std::filesystem::path& path, const store::SecretKey& key)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return makeError(StoreErrorCode::AlreadyExists, "a server key file is already there");
        return makeError(StoreErrorCode::Io, std::string("create key file: ") + std::strerror(errno));
    }
    std::string text = std::string(Header) + "\n" + proto::toHex(key.data(), store::SecretKey::Size) + "\n";
    const ssize_t written = ::write(fd, text.data(), text.size());
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    OPENSSL_cleanse(text.data(), text.size());
    if (written != static_cast<ssize_t>(text.size()) || !synced)
        return makeError(StoreErrorCode::Io, "write key file");
    return {};
}

} // namespace yk::server::server_key_file

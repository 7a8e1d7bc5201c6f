#include "server_key_file.h"

#include "hex_text.h"

#include "storage/file_io.h"

#include <openssl/crypto.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace yk::server::server_key_file {

using storage::makeError;
using storage::StoreErrorCode;

namespace {

// A key file is a few dozen bytes; anything much larger is not one.
constexpr std::size_t kMaxFileBytes = 4096;

storage::StoreError notAKeyFile(std::string_view why)
{
    return makeError(
        StoreErrorCode::Corrupt, "server.key is not a Yokoten server key file: " + std::string(why));
}

std::string modeText(mode_t mode)
{
    char text[8];
    std::snprintf(text, sizeof text, "%04o", static_cast<unsigned>(mode & 07777));
    return text;
}

} // namespace

storage::StoreResult<storage::SecretKey> parse(std::string_view text)
{
    constexpr std::size_t digits = storage::SecretKey::Size * 2;
    if (!text.starts_with(Header) || text.size() == Header.size() || text[Header.size()] != '\n')
        return notAKeyFile("the first line is not \"" + std::string(Header) + "\"");
    const std::string_view rest = text.substr(Header.size() + 1);
    const std::string_view line = rest.substr(0, rest.find('\n'));
    if (line.size() != digits)
        return notAKeyFile("the second line is not " + std::to_string(digits) + " hex digits");
    if (rest.size() > line.size() + 1)
        return notAKeyFile("there is more after the key");
    std::string raw;
    const bool valid = proto::fromHex(line, raw);
    if (!valid) {
        OPENSSL_cleanse(raw.data(), raw.size());
        return notAKeyFile("the second line is not " + std::to_string(digits) + " hex digits");
    }
    auto key = storage::SecretKey::fromBytes(reinterpret_cast<const std::uint8_t*>(raw.data()), raw.size());
    OPENSSL_cleanse(raw.data(), raw.size());
    return key;
}

storage::StoreResult<storage::SecretKey> read(const std::filesystem::path& path)
{
    struct stat info { };
    if (::stat(path.c_str(), &info) != 0)
        return makeError(StoreErrorCode::NotFound, "no server key file (server.key) in the data folder");
    if ((info.st_mode & 077) != 0)
        return makeError(StoreErrorCode::InvalidArgument,
            "server.key のアクセス権が広すぎます（グループや他のユーザーが読めます）。"
            "chmod 600 server.key を実行してください / server.key is readable by group or others "
            "(mode "
                + modeText(info.st_mode) + "); run: chmod 600 server.key");
    auto text = storage::readWholeFile(path, kMaxFileBytes);
    if (!text)
        return text.error();
    auto key = parse(*text);
    OPENSSL_cleanse(text->data(), text->size());
    return key;
}

storage::StoreStatus write(const std::filesystem::path& path, const storage::SecretKey& key)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return makeError(StoreErrorCode::AlreadyExists, "a server key file is already there");
        return makeError(StoreErrorCode::Io, std::string("create key file: ") + std::strerror(errno));
    }
    std::string text = std::string(Header) + "\n" + proto::toHex(key.data(), storage::SecretKey::Size) + "\n";
    const ssize_t written = ::write(fd, text.data(), text.size());
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    OPENSSL_cleanse(text.data(), text.size());
    if (written != static_cast<ssize_t>(text.size()) || !synced)
        return makeError(StoreErrorCode::Io, "write key file");
    return {};
}

} // namespace yk::server::server_key_file

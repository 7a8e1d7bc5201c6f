#include "cipher.h"

#include "hex_text.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <cstdlib>

namespace yk::storage {

std::string newUuid()
{
    unsigned char b[16];
    if (RAND_bytes(b, sizeof b) != 1)
        std::abort();
    b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x40);
    b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);
    static constexpr char digits[] = "0123456789abcdef";
    std::string text;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text.push_back('-');
        text.push_back(digits[b[i] >> 4]);
        text.push_back(digits[b[i] & 0x0f]);
    }
    return text;
}

std::string sha256Hex(std::string_view bytes)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), digest);
    return proto::toHex(digest, sizeof digest);
}

StoreStatus applyKey(Database& db, const SecretKey& key, std::uint32_t pageSize)
{
    std::string raw = key.sqlcipherRawKey();
    const int rc = sqlite3_key(db.handle(), raw.data(), static_cast<int>(raw.size()));
    OPENSSL_cleanse(raw.data(), raw.size());
    if (rc != SQLITE_OK)
        return errorFromSqlite(rc, "set key", db.handle());
    // The page size is part of the file format: every open must use the one it was created with.
    return db.exec("PRAGMA cipher_page_size = " + std::to_string(pageSize));
}

// Keys a connection and proves the key by the first read. sqlite3_key itself accepts any key.
StoreStatus keyAndVerify(Database& db, const SecretKey& key, std::uint32_t pageSize)
{
    if (auto status = applyKey(db, key, pageSize); !status)
        return status;
    auto schemaObjects = db.queryInt("SELECT count(*) FROM sqlite_master");
    if (!schemaObjects) {
        const int code = sqlite3_errcode(db.handle());
        if (code == SQLITE_NOTADB)
            return makeError(StoreErrorCode::WrongKey, "database does not decrypt with this key");
        return schemaObjects.error();
    }
    return {};
}

} // namespace yk::storage

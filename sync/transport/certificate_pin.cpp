#include "certificate_pin.h"

#include "transport.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cctype>
#include <memory>

namespace yk::sync {

namespace {

template <auto Free> struct Deleter {
    template <typename T> void operator()(T* p) const { Free(p); }
};

std::string hex(const unsigned char* data, std::size_t size)
{
    static constexpr char Digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(size * 2);
    for (std::size_t i = 0; i < size; ++i) {
        out.push_back(Digits[data[i] >> 4]);
        out.push_back(Digits[data[i] & 0x0f]);
    }
    return out;
}

} // namespace

std::string spkiSha256(X509* certificate)
{
    if (!certificate)
        return {};
    X509_PUBKEY* key = X509_get_X509_PUBKEY(certificate);
    const int length = key ? i2d_X509_PUBKEY(key, nullptr) : -1;
    if (length <= 0)
        return {};
    std::string der(static_cast<std::size_t>(length), '\0');
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    if (i2d_X509_PUBKEY(key, &out) != length)
        return {};
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    if (EVP_Digest(der.data(), der.size(), digest, &digestLength, EVP_sha256(), nullptr) != 1)
        return {};
    return hex(digest, digestLength);
}

std::string spkiSha256OfPem(std::string_view certificatePem)
{
    std::unique_ptr<BIO, Deleter<BIO_free>> bio(
        BIO_new_mem_buf(certificatePem.data(), static_cast<int>(certificatePem.size())));
    if (!bio)
        return {};
    std::unique_ptr<X509, Deleter<X509_free>> certificate(
        PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    return spkiSha256(certificate.get());
}

bool parsePins(std::string_view text, std::vector<std::string>& pins, std::string& error)
{
    pins.clear();
    std::string current;
    auto finish = [&]() {
        if (current.empty())
            return true;
        if (current.size() != 64) {
            error = "a pinned key must be 64 hexadecimal digits (SHA-256 of the SubjectPublicKeyInfo)";
            return false;
        }
        pins.push_back(current);
        current.clear();
        return true;
    };
    for (const char c : text) {
        if (c == ',') {
            if (!finish())
                return false;
        } else if (std::isxdigit(static_cast<unsigned char>(c))) {
            current.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        } else if (c != ':' && c != ' ') {
            error = "a pinned key must be 64 hexadecimal digits (SHA-256 of the SubjectPublicKeyInfo)";
            return false;
        }
    }
    return finish();
}

} // namespace yk::sync

#include "self_signed.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>

namespace yk::server::http {

namespace {

template <auto Free> struct Deleter {
    template <typename T> void operator()(T* p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;

constexpr long ValidityDays = 825;

bool addExtension(X509* cert, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

std::string pemOf(bool (*write)(BIO*, void*), void* object)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || !write(bio.get(), object))
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<std::size_t>(size));
}

/// Creates `path` exclusively with `mode` and writes all of `text`.
Status<std::string> writeNewFile(const std::filesystem::path& path, const std::string& text, mode_t mode)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return "cannot create " + path.string() + " (it may already exist)";
    // The umask may have narrowed `mode`; the key must be exactly 0600, never wider.
    bool ok = ::fchmod(fd, mode) == 0;
    std::size_t written = 0;
    while (ok && written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        ok = n > 0;
        if (ok)
            written += static_cast<std::size_t>(n);
    }
    ok = ::fsync(fd) == 0 && ok;
    ok = ::close(fd) == 0 && ok;
    if (!ok) {
        std::filesystem::remove(path);
        return "cannot write " + path.string();
    }
    return {};
}

} // namespace

Status<std::string> writeSelfSignedCertificate(
    const std::filesystem::path& certificatePem, const std::filesystem::path& privateKeyPem)
{
    if (std::filesystem::exists(certificatePem) || std::filesystem::exists(privateKeyPem))
        return std::string("a TLS certificate or key is already there; remove it first to make a new one");

    KeyPtr key(EVP_EC_gen("P-256"));
    CertPtr cert(X509_new());
    if (!key || !cert)
        return std::string("cannot generate a TLS key");

    // A random 159-bit serial: positive and unique enough that clients never confuse two
    // certificates made by two `init` runs.
    unsigned char serialBytes[20];
    if (RAND_bytes(serialBytes, sizeof serialBytes) != 1)
        return std::string("no randomness for the certificate serial");
    serialBytes[0] &= 0x7f;
    BnPtr serial(BN_bin2bn(serialBytes, sizeof serialBytes, nullptr));

    X509_NAME* name = X509_get_subject_name(cert.get());
    const auto* commonName = reinterpret_cast<const unsigned char*>("localhost");
    const auto* organisation = reinterpret_cast<const unsigned char*>("Yokoten server (self-signed)");
    bool ok = X509_set_version(cert.get(), 2) == 1 && serial
        && BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())) != nullptr
        && X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60) != nullptr
        && X509_gmtime_adj(X509_getm_notAfter(cert.get()), ValidityDays * 24 * 3600) != nullptr
        && X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, organisation, -1, -1, 0) == 1
        && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, commonName, -1, -1, 0) == 1
        && X509_set_issuer_name(cert.get(), name) == 1 && X509_set_pubkey(cert.get(), key.get()) == 1
        && addExtension(cert.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        && addExtension(cert.get(), NID_key_usage, "critical,digitalSignature,keyCertSign")
        && addExtension(cert.get(), NID_ext_key_usage, "serverAuth")
        && addExtension(cert.get(), NID_subject_key_identifier, "hash")
        && addExtension(cert.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1")
        && X509_sign(cert.get(), key.get(), EVP_sha256()) > 0;
    if (!ok) {
        ERR_clear_error();
        return std::string("cannot build the TLS certificate");
    }

    const std::string keyText = pemOf(
        [](BIO* bio, void* k) {
            return PEM_write_bio_PrivateKey(
                       bio, static_cast<EVP_PKEY*>(k), nullptr, nullptr, 0, nullptr, nullptr)
                == 1;
        },
        key.get());
    const std::string certText = pemOf(
        [](BIO* bio, void* c) { return PEM_write_bio_X509(bio, static_cast<X509*>(c)) == 1; }, cert.get());
    if (keyText.empty() || certText.empty())
        return std::string("cannot encode the TLS certificate");

    if (auto written = writeNewFile(privateKeyPem, keyText, 0600); !written)
        return written;
    if (auto written = writeNewFile(certificatePem, certText, 0644); !written) {
        std::filesystem::remove(privateKeyPem);
        return written;
    }
    return {};
}

} // namespace yk::server::http

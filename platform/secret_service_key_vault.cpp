#include "secret_service_key_vault.h"

#include "platform_logging.h"
#include "secret_encoding.h"

// glib's headers use `signals` as a member name: yk_platform builds with QT_NO_KEYWORDS.
#include <libsecret/secret.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace yk::platform {

namespace {

const SecretSchema* storeKeySchema()
{
    static const SecretSchema schema = {
        SecretServiceKeyVault::SchemaName,
        SECRET_SCHEMA_NONE,
        {
            { "store_id", SECRET_SCHEMA_ATTRIBUTE_STRING },
            { nullptr, SECRET_SCHEMA_ATTRIBUTE_STRING },
        },
        0,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
    };
    return &schema;
}

/// Cancels a GCancellable when `timeoutMs` pass before the call it guards returns. libsecret's
/// _sync calls run their own main loop and honour cancellation from any thread.
class CallDeadline {
public:
    explicit CallDeadline(int timeoutMs)
        : m_cancellable(g_cancellable_new())
        , m_watchdog([this, timeoutMs] {
            std::unique_lock lock(m_mutex);
            if (!m_finished.wait_for(lock, std::chrono::milliseconds(timeoutMs), [this] { return m_done; }))
                g_cancellable_cancel(m_cancellable);
        })
    {
    }
    ~CallDeadline()
    {
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_finished.notify_one();
        m_watchdog.join();
        g_object_unref(m_cancellable);
    }
    CallDeadline(const CallDeadline&) = delete;
    CallDeadline& operator=(const CallDeadline&) = delete;

    GCancellable* cancellable() const { return m_cancellable; }

private:
    GCancellable* m_cancellable;
    std::mutex m_mutex;
    std::condition_variable m_finished;
    bool m_done = false;
    std::thread m_watchdog;
};

/// Owns a GError and turns it into a VaultError.
struct GErrorHolder {
    GError* error = nullptr;
    ~GErrorHolder()
    {
        if (error != nullptr)
            g_error_free(error);
    }
    GErrorHolder() = default;
    GErrorHolder(const GErrorHolder&) = delete;
    GErrorHolder& operator=(const GErrorHolder&) = delete;
};

VaultError toVaultError(const GError* error, const char* what)
{
    std::string detail = std::string(what) + ": ";
    detail += error != nullptr ? error->message : "failed without a reason";
    if (error == nullptr)
        return makeVaultError(VaultErrorCode::Io, detail);
    if (g_error_matches(error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
        || g_error_matches(error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
        return makeVaultError(VaultErrorCode::Unavailable, detail + " (timed out)");
    if (error->domain == G_DBUS_ERROR) {
        switch (error->code) {
        case G_DBUS_ERROR_ACCESS_DENIED:
        case G_DBUS_ERROR_AUTH_FAILED:
            return makeVaultError(VaultErrorCode::Denied, detail);
        default:
            // No service, no reply, spawn failures, a service that died: nothing to ask for.
            return makeVaultError(VaultErrorCode::Unavailable, detail);
        }
    }
    if (error->domain == SECRET_ERROR) {
        if (error->code == SECRET_ERROR_IS_LOCKED)
            return makeVaultError(VaultErrorCode::Denied, detail);
        if (error->code == SECRET_ERROR_NO_SUCH_OBJECT)
            return makeVaultError(VaultErrorCode::Unavailable, detail);
        return makeVaultError(VaultErrorCode::Corrupt, detail);
    }
    if (error->domain == G_IO_ERROR)
        return makeVaultError(VaultErrorCode::Unavailable, detail);
    return makeVaultError(VaultErrorCode::Io, detail);
}

/// Calls an org.freedesktop.DBus method with one string argument (or none) and returns its
/// reply, or nullptr with `error` set.
GVariant* callBus(GDBusConnection* bus, const char* method, GVariant* parameters,
    const GVariantType* replyType, int timeoutMs, GError** error)
{
    return g_dbus_connection_call_sync(bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
        "org.freedesktop.DBus", method, parameters, replyType, G_DBUS_CALL_FLAGS_NONE, timeoutMs, nullptr,
        error);
}

} // namespace

SecretServiceKeyVault::SecretServiceKeyVault(int timeoutMs)
    : m_timeoutMs(timeoutMs > 0 ? timeoutMs : 5000)
{
}

VaultStatus SecretServiceKeyVault::probe(int timeoutMs)
{
    CallDeadline deadline(timeoutMs);
    GErrorHolder error;
    GDBusConnection* bus = g_bus_get_sync(G_BUS_TYPE_SESSION, deadline.cancellable(), &error.error);
    if (bus == nullptr)
        return toVaultError(error.error, "no session bus");
    VaultStatus result = makeVaultError(
        VaultErrorCode::Unavailable, "no Secret Service on the session bus (not even activatable)");
    if (GVariant* owner = callBus(bus, "NameHasOwner", g_variant_new("(s)", ServiceName),
            G_VARIANT_TYPE("(b)"), timeoutMs, &error.error)) {
        gboolean hasOwner = FALSE;
        g_variant_get(owner, "(b)", &hasOwner);
        g_variant_unref(owner);
        if (hasOwner)
            result = {};
    } else {
        result = toVaultError(error.error, "asking the bus for the Secret Service");
    }
    if (!result.ok() && error.error == nullptr) {
        // A desktop may start its keyring on first use (D-Bus activation): that counts.
        if (GVariant* names = callBus(
                bus, "ListActivatableNames", nullptr, G_VARIANT_TYPE("(as)"), timeoutMs, &error.error)) {
            GVariantIter* iter = nullptr;
            const gchar* name = nullptr;
            g_variant_get(names, "(as)", &iter);
            while (g_variant_iter_loop(iter, "&s", &name)) {
                if (g_strcmp0(name, ServiceName) == 0)
                    result = {};
            }
            g_variant_iter_free(iter);
            g_variant_unref(names);
        }
    }
    g_object_unref(bus);
    return result;
}

VaultResult<std::optional<storage::SecretKey>> SecretServiceKeyVault::load(const std::string& storeId)
{
    if (!isValidStoreId(storeId))
        return makeVaultError(VaultErrorCode::InvalidArgument, "store id is not a store id");
    if (auto available = probe(m_timeoutMs); !available)
        return available.error();
    CallDeadline deadline(m_timeoutMs);
    GErrorHolder error;
    gchar* password = secret_password_lookup_sync(
        storeKeySchema(), deadline.cancellable(), &error.error, "store_id", storeId.c_str(), nullptr);
    if (error.error != nullptr)
        return toVaultError(error.error, "Secret Service lookup");
    if (password == nullptr)
        return std::optional<storage::SecretKey> {};
    auto secret = decodeSecret(password);
    secret_password_free(password); // wipes the string before freeing it
    if (!secret)
        return makeVaultError(VaultErrorCode::Corrupt, "the keyring item is not a 32-byte secret");
    return std::optional<storage::SecretKey>(std::move(*secret));
}

VaultStatus SecretServiceKeyVault::save(const std::string& storeId, const storage::SecretKey& secret)
{
    if (!isValidStoreId(storeId))
        return makeVaultError(VaultErrorCode::InvalidArgument, "store id is not a store id");
    if (auto available = probe(m_timeoutMs); !available)
        return available.error();
    // The label is what a person sees in Seahorse or KWallet: say whose and what it is.
    const std::string label = "Yokoten store key (" + storeId + ")";
    std::string text = encodeSecret(secret);
    CallDeadline deadline(m_timeoutMs);
    GErrorHolder error;
    const gboolean stored
        = secret_password_store_sync(storeKeySchema(), SECRET_COLLECTION_DEFAULT, label.c_str(), text.c_str(),
            deadline.cancellable(), &error.error, "store_id", storeId.c_str(), nullptr);
    std::fill(text.begin(), text.end(), '\0');
    if (!stored || error.error != nullptr) {
        auto failure = toVaultError(error.error, "Secret Service store");
        qCWarning(lcPlatform) << "keyring refused the store key:" << failure.detail.c_str();
        return failure;
    }
    return {};
}

VaultStatus SecretServiceKeyVault::remove(const std::string& storeId)
{
    if (!isValidStoreId(storeId))
        return makeVaultError(VaultErrorCode::InvalidArgument, "store id is not a store id");
    if (auto available = probe(m_timeoutMs); !available)
        return available.error();
    CallDeadline deadline(m_timeoutMs);
    GErrorHolder error;
    // FALSE without an error means there was nothing to remove, which is success here.
    secret_password_clear_sync(
        storeKeySchema(), deadline.cancellable(), &error.error, "store_id", storeId.c_str(), nullptr);
    if (error.error != nullptr)
        return toVaultError(error.error, "Secret Service clear");
    return {};
}

} // namespace yk::platform

// NOT BUILT OR TESTED HERE (see ios_keychain_key_vault.h).
#include "ios_keychain_key_vault.h"

#include "secret_encoding.h"

#import <Foundation/Foundation.h>
#import <Security/Security.h>

namespace yk::platform {

namespace {

NSMutableDictionary* baseQuery(const std::string& storeId)
{
    return [@{
        (__bridge id)kSecClass : (__bridge id)kSecClassGenericPassword,
        (__bridge id)kSecAttrService : @(IosKeychainKeyVault::Service),
        (__bridge id)kSecAttrAccount : @(storeId.c_str()),
    } mutableCopy];
}

VaultError fromStatus(OSStatus status, const char* what)
{
    std::string detail = std::string(what) + ": OSStatus " + std::to_string(status);
    switch (status) {
    case errSecInteractionNotAllowed: // device locked since boot
    case errSecAuthFailed:
        return makeVaultError(VaultErrorCode::Denied, detail);
    case errSecNotAvailable:
        return makeVaultError(VaultErrorCode::Unavailable, detail);
    default:
        return makeVaultError(VaultErrorCode::Io, detail);
    }
}

} // namespace

VaultResult<std::optional<storage::SecretKey>> IosKeychainKeyVault::load(const std::string& storeId)
{
    if (!isValidStoreId(storeId))
        return makeVaultError(VaultErrorCode::InvalidArgument, "store id is not a store id");
    NSMutableDictionary* query = baseQuery(storeId);
    query[(__bridge id)kSecReturnData] = @YES;
    query[(__bridge id)kSecMatchLimit] = (__bridge id)kSecMatchLimitOne;
    CFTypeRef result = nullptr;
    const OSStatus status = SecItemCopyMatching((__bridge CFDictionaryRef)query, &result);
    if (status == errSecItemNotFound)
        return std::optional<storage::SecretKey> {};
    if (status != errSecSuccess)
        return fromStatus(status, "SecItemCopyMatching");
    NSData* data = (__bridge_transfer NSData*)result;
    auto secret = decodeSecret(std::string_view(static_cast<const char*>(data.bytes), data.length));
    if (!secret)
        return makeVaultError(VaultErrorCode::Corrupt, "keychain item is not a 32-byte secret");
    return std::optional<storage::SecretKey>(std::move(*secret));
}

VaultStatus IosKeychainKeyVault::save(const std::string& storeId, const storage::SecretKey& secret)
{
    if (!isValidStoreId(storeId))
        return makeVaultError(VaultErrorCode::InvalidArgument, "store id is not a store id");
    NSData* data = [NSData dataWithBytes:secret.data() length:storage::SecretKey::Size];
    NSMutableDictionary* query = baseQuery(storeId);
    NSDictionary* update = @{
        (__bridge id)kSecValueData : data,
        (__bridge id)kSecAttrAccessible : (__bridge id)kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly,
    };
    OSStatus status = SecItemUpdate((__bridge CFDictionaryRef)query, (__bridge CFDictionaryRef)update);
    if (status == errSecItemNotFound) {
        [query addEntriesFromDictionary:update];
        status = SecItemAdd((__bridge CFDictionaryRef)query, nullptr);
    }
    if (status != errSecSuccess)
        return fromStatus(status, "SecItemAdd/Update");
    return {};
}

VaultStatus IosKeychainKeyVault::remove(const std::string& storeId)
{
    if (!isValidStoreId(storeId))
        return makeVaultError(VaultErrorCode::InvalidArgument, "store id is not a store id");
    const OSStatus status = SecItemDelete((__bridge CFDictionaryRef)baseQuery(storeId));
    if (status != errSecSuccess && status != errSecItemNotFound)
        return fromStatus(status, "SecItemDelete");
    return {};
}

} // namespace yk::platform

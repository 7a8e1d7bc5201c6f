#pragma once

#include "key_vault.h"

#include <map>

namespace yk::platform::test {

/// A keystore in memory: a desktop keyring that tests can empty (a new session) or break.
class MemoryKeyVault : public KeyVault {
public:
    QString name() const override { return QStringLiteral("memory"); }
    VaultResult<std::optional<storage::SecretKey>> load(const std::string& storeId) override
    {
        ++loads;
        if (failWith)
            return makeVaultError(*failWith, "injected failure");
        auto it = entries.find(storeId);
        if (it == entries.end())
            return std::optional<storage::SecretKey> {};
        return std::optional<storage::SecretKey>(it->second);
    }
    VaultStatus save(const std::string& storeId, const storage::SecretKey& secret) override
    {
        ++saves;
        if (failWith)
            return makeVaultError(*failWith, "injected failure");
        if (saveFailsWith)
            return makeVaultError(*saveFailsWith, "injected save failure");
        entries[storeId] = secret;
        return {};
    }
    VaultStatus remove(const std::string& storeId) override
    {
        if (failWith)
            return makeVaultError(*failWith, "injected failure");
        entries.erase(storeId);
        return {};
    }

    std::map<std::string, storage::SecretKey> entries;
    std::optional<VaultErrorCode> failWith; ///< every call fails with this
    std::optional<VaultErrorCode> saveFailsWith; ///< only save() fails with this
    int loads = 0;
    int saves = 0;
};

} // namespace yk::platform::test

#include "vault_error.h"

namespace yk::platform {

std::string_view vaultErrorName(VaultErrorCode code)
{
    switch (code) {
    case VaultErrorCode::Unavailable:
        return "unavailable";
    case VaultErrorCode::Denied:
        return "denied";
    case VaultErrorCode::Corrupt:
        return "corrupt";
    case VaultErrorCode::Insecure:
        return "insecure";
    case VaultErrorCode::ReadOnly:
        return "read_only";
    case VaultErrorCode::InvalidArgument:
        return "invalid_argument";
    case VaultErrorCode::Io:
        return "io";
    }
    return "io";
}

// A vault failure never loses data (the passcode slot remains), so each message says so and
// tells the care worker the one thing to do: enter the passcode.
std::string_view VaultError::messageJa() const
{
    switch (code) {
    case VaultErrorCode::Unavailable:
        return "この端末の鍵の保管場所が使えません。パスコードで開いてください。データは失われていません。";
    case VaultErrorCode::Denied:
        return "鍵の保管場所へのアクセスが拒否されました。パスコードで開いてください。";
    case VaultErrorCode::Corrupt:
        return "保管されていた鍵が壊れています。パスコードで開くと、新しい鍵が保管されます。";
    case VaultErrorCode::Insecure:
        return "鍵のファイルを他の利用者も読めるため、使いませんでした。パスコードで開き、管理者に連絡してく"
               "ださい。";
    case VaultErrorCode::ReadOnly:
        return "鍵は読み取り専用の場所にあるため、変更できません。";
    case VaultErrorCode::InvalidArgument:
        return "予期しないエラーが発生しました。パスコードで開いてください。";
    case VaultErrorCode::Io:
        return "鍵の読み書きに失敗しました。パスコードで開いてください。";
    }
    return "鍵の読み書きに失敗しました。";
}

std::string_view VaultError::messageEn() const
{
    switch (code) {
    case VaultErrorCode::Unavailable:
        return "This device's key storage is not available. Please open with your passcode; no data is lost.";
    case VaultErrorCode::Denied:
        return "Access to the key storage was refused. Please open with your passcode.";
    case VaultErrorCode::Corrupt:
        return "The stored key is damaged. Open with your passcode and a new key will be stored.";
    case VaultErrorCode::Insecure:
        return "The key file can be read by other users, so it was not used. Please open with your passcode "
               "and "
               "tell your administrator.";
    case VaultErrorCode::ReadOnly:
        return "The key is kept in a read-only place and cannot be changed.";
    case VaultErrorCode::InvalidArgument:
        return "An unexpected error occurred. Please open with your passcode.";
    case VaultErrorCode::Io:
        return "Reading or writing the key failed. Please open with your passcode.";
    }
    return "Reading or writing the key failed.";
}

} // namespace yk::platform

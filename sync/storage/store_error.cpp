#include "store_error.h"

namespace yk::storage {

std::string_view errorCodeName(StoreErrorCode code)
{
    switch (code) {
    case StoreErrorCode::WrongPasscode:
        return "wrong_passcode";
    case StoreErrorCode::WrongKey:
        return "wrong_key";
    case StoreErrorCode::NotAStore:
        return "not_a_store";
    case StoreErrorCode::Corrupt:
        return "corrupt";
    case StoreErrorCode::NewerVersion:
        return "newer_version";
    case StoreErrorCode::ReadOnly:
        return "read_only";
    case StoreErrorCode::DiskFull:
        return "disk_full";
    case StoreErrorCode::AlreadyExists:
        return "already_exists";
    case StoreErrorCode::NotFound:
        return "not_found";
    case StoreErrorCode::Busy:
        return "busy";
    case StoreErrorCode::InvalidArgument:
        return "invalid_argument";
    case StoreErrorCode::Io:
        return "io";
    case StoreErrorCode::Internal:
        return "internal";
    }
    return "internal";
}

// Written for care workers: say what happened, that nothing was lost, and what to do next.
std::string_view messageJa(StoreErrorCode code)
{
    switch (code) {
    case StoreErrorCode::WrongPasscode:
        return "パスコードが違います。もう一度入力してください。";
    case StoreErrorCode::WrongKey:
        return "鍵が合わないため、このデータを開けません。別の端末や別の利用者のデータではないか確認してくだ"
               "さい。";
    case StoreErrorCode::NotAStore:
        return "ここにあるのはYokotenのデータではありません。保存先を確認してください。";
    case StoreErrorCode::Corrupt:
        return "データが壊れているため開けません。データには手を加えていません。管理者に連絡してください。";
    case StoreErrorCode::NewerVersion:
        return "このデータは新しい版のYokotenで作られています。アプリを最新版に更新してください。";
    case StoreErrorCode::ReadOnly:
        return "保存先が読み取り専用のため、保存できません。";
    case StoreErrorCode::DiskFull:
        return "端末の空き容量が足りないため、保存できませんでした。不要なファイルを削除してから、もう一度お"
               "試しください。";
    case StoreErrorCode::AlreadyExists:
        return "ここには既にYokotenのデータがあります。";
    case StoreErrorCode::NotFound:
        return "データが見つかりません。";
    case StoreErrorCode::Busy:
        return "別のアプリがデータを使用中です。しばらく待ってから、もう一度お試しください。";
    case StoreErrorCode::InvalidArgument:
        return "入力内容を確認してください。";
    case StoreErrorCode::Io:
        return "データの読み書きに失敗しました。もう一度お試しください。";
    case StoreErrorCode::Internal:
        return "予期しないエラーが発生しました。管理者に連絡してください。";
    }
    return "予期しないエラーが発生しました。";
}

std::string_view messageEn(StoreErrorCode code)
{
    switch (code) {
    case StoreErrorCode::WrongPasscode:
        return "The passcode is not correct. Please try again.";
    case StoreErrorCode::WrongKey:
        return "The key does not open this data. Check that it is not another device's or another user's "
               "store.";
    case StoreErrorCode::NotAStore:
        return "This is not a Yokoten store. Check the location.";
    case StoreErrorCode::Corrupt:
        return "The store is damaged and cannot be opened. Nothing was changed. Please contact your "
               "administrator.";
    case StoreErrorCode::NewerVersion:
        return "This store was written by a newer version of Yokoten. Please update the app.";
    case StoreErrorCode::ReadOnly:
        return "The storage is read-only, so nothing can be saved.";
    case StoreErrorCode::DiskFull:
        return "The device is out of storage space, so nothing was saved. Free some space and try again.";
    case StoreErrorCode::AlreadyExists:
        return "A Yokoten store already exists here.";
    case StoreErrorCode::NotFound:
        return "Not found.";
    case StoreErrorCode::Busy:
        return "Another program is using the store. Please wait a moment and try again.";
    case StoreErrorCode::InvalidArgument:
        return "Please check what you entered.";
    case StoreErrorCode::Io:
        return "Reading or writing the store failed. Please try again.";
    case StoreErrorCode::Internal:
        return "An unexpected error occurred. Please contact your administrator.";
    }
    return "An unexpected error occurred.";
}

std::string_view StoreError::messageJa() const
{
    return storage::messageJa(code);
}
std::string_view StoreError::messageEn() const
{
    return storage::messageEn(code);
}

} // namespace yk::storage

#pragma once

namespace yk::test {

/// An SQLite VFS named "yk-fault" that forwards to the default VFS and, when armed, makes
/// every write, truncate and sync fail with a chosen SQLite code (SQLITE_FULL for a full
/// disk, SQLITE_READONLY for read-only media). For fault-injection tests only.
class FaultVfs {
public:
    static constexpr const char* Name = "yk-fault";
    /// Registers the VFS once per process (not as the default).
    static void install();
    /// Fails writes with `sqliteCode` after `allowedWrites` more writes succeed; 0 disarms.
    static void failWrites(int sqliteCode, int allowedWrites = 0);
    /// Stops failing; refusedWrites() keeps its count until the next arm.
    static void disarm();
    /// While on, files open read-only as on write-protected media (SQLite then reports the
    /// database as read-only).
    static void openReadOnly(bool on);
    /// How many writes were refused since the last arm.
    static int refusedWrites();
};

} // namespace yk::test

#pragma once

#include "https_client.h"

#include "core/api.h"
#include "http/https_server.h"

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace yk::server {
class SyncService;
struct ServiceOptions;
} // namespace yk::server

namespace yk::test {

/// A temporary folder removed (with its contents) when destroyed.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

/// An in-process HttpsServer on 127.0.0.1 and an ephemeral port, with a fresh self-signed
/// certificate in a temporary folder; serves a fake Api or a real SyncService. Stops (and
/// waits for the server to return) when destroyed.
class TestServer {
public:
    using Configure = std::function<void(server::http::HttpsServerConfig&)>;

    /// Serves `api`, which the caller keeps alive. Nothing when the server cannot start
    /// (`error()` of a failed start is printed to stderr).
    static std::unique_ptr<TestServer> start(server::Api& api, const Configure& configure = {});
    /// Creates a server store in the temporary folder and serves a SyncService over it.
    static std::unique_ptr<TestServer> startWithSyncService(
        const Configure& configure = {}, const std::function<void(server::ServiceOptions&)>& options = {});

    ~TestServer();

    unsigned short port() const { return m_server->port(); }
    const std::filesystem::path& caFile() const { return m_caFile; }
    const std::filesystem::path& dataDir() const { return m_dir.path(); }
    server::http::HttpsServer& server() { return *m_server; }
    /// The SyncService of startWithSyncService(), else null.
    server::SyncService* syncService() { return m_service.get(); }
    /// Log lines the server wrote so far.
    std::vector<std::string> logLines() const;

    HttpsClient client(HttpsClientOptions options = {}) const;
    /// Graceful stop; returns when run() has returned.
    void stop();

private:
    TestServer() = default;
    bool launch(server::Api& api, const Configure& configure);
    void appendLog(std::string_view line);

    TempDir m_dir;
    std::filesystem::path m_caFile;
    std::shared_ptr<server::SyncService> m_service;
    std::unique_ptr<server::http::HttpsServer> m_server;
    std::thread m_thread;
    struct LogCapture;
    std::shared_ptr<LogCapture> m_log;
};

/// The result of running the real yokoten-server binary to completion.
struct ProcessResult {
    int exitCode = -1; ///< -1 when it did not exit normally (killed, or could not start)
    std::string out;
    std::string err;
};

/// Path of the yokoten-server executable of this build.
std::filesystem::path serverBinary();

/// Runs yokoten-server with `args` and `input` on stdin, waiting at most `timeout`.
ProcessResult runServerCommand(const std::vector<std::string>& args, const std::string& input = {},
    std::chrono::milliseconds timeout = std::chrono::seconds(60));

/// A yokoten-server child process (for restart and signal tests).
class ServerProcess {
public:
    /// Starts `yokoten-server run --data DIR --listen 127.0.0.1:0 …` and waits for the line
    /// with its address; nothing if it did not come up within `timeout`.
    static std::unique_ptr<ServerProcess> run(const std::filesystem::path& dataDir,
        const std::vector<std::string>& extraArgs = {},
        std::chrono::milliseconds timeout = std::chrono::seconds(30));
    ~ServerProcess();

    unsigned short port() const { return m_port; }
    int pid() const { return m_pid; }
    /// Sends `signal` (SIGTERM, SIGKILL …).
    void signal(int signal);
    /// Waits for the process to end; its exit code, 128 + signal when killed, -1 on timeout.
    int wait(std::chrono::milliseconds timeout = std::chrono::seconds(30));

private:
    ServerProcess() = default;
    int m_pid = -1;
    int m_stdoutFd = -1;
    unsigned short m_port = 0;
    bool m_reaped = false;
};

} // namespace yk::test

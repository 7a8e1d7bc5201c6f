#include "test_server.h"

#include "http/self_signed.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <iostream>
#include <mutex>

namespace yk::test {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

TempDir::TempDir()
{
    std::string pattern = (fs::temp_directory_path() / "yk-test-XXXXXX").string();
    if (::mkdtemp(pattern.data()) != nullptr)
        m_path = pattern;
}

TempDir::~TempDir()
{
    std::error_code ignored;
    if (!m_path.empty())
        fs::remove_all(m_path, ignored);
}

struct TestServer::LogCapture {
    mutable std::mutex mutex;
    std::vector<std::string> lines;
};

void TestServer::appendLog(std::string_view line)
{
    if (!m_log)
        m_log = std::make_shared<LogCapture>();
    std::lock_guard lock(m_log->mutex);
    m_log->lines.emplace_back(line);
}

std::unique_ptr<TestServer> TestServer::start(server::Api& api, const Configure& configure)
{
    std::unique_ptr<TestServer> server(new TestServer);
    if (!server->launch(api, configure))
        return nullptr;
    return server;
}

bool TestServer::launch(server::Api& api, const Configure& configure)
{
    std::error_code ec;
    fs::create_directories(m_dir.path() / "tls", ec);
    m_caFile = m_dir.path() / "tls" / "server.crt";
    const fs::path key = m_dir.path() / "tls" / "server.key";
    if (auto written = server::http::writeSelfSignedCertificate(m_caFile, key); !written) {
        std::cerr << "TestServer: " << written.error() << '\n';
        return false;
    }
    server::http::HttpsServerConfig config;
    config.certificatePem = m_caFile;
    config.privateKeyPem = key;
    config.stopDeadline = std::chrono::seconds(5);
    if (!m_log)
        m_log = std::make_shared<LogCapture>();
    config.log = [log = m_log](std::string_view line) {
        std::lock_guard lock(log->mutex);
        log->lines.emplace_back(line);
    };
    // Every test client comes from 127.0.0.1: the per-address caps would count a test's many
    // simulated devices as one client. Tests of those caps set them again in `configure`.
    config.maxConnectionsPerAddress = config.maxConnections;
    config.maxPendingPerAddress = config.maxConnections;
    if (configure)
        configure(config);
    m_server = std::make_unique<server::http::HttpsServer>(config, api);
    if (auto started = m_server->start(); !started) {
        std::cerr << "TestServer: " << started.error() << '\n';
        return false;
    }
    m_thread = std::thread([server = m_server.get()] { server->run(); });
    return true;
}

TestServer::~TestServer()
{
    stop();
}

void TestServer::stop()
{
    if (m_server)
        m_server->stop();
    if (m_thread.joinable())
        m_thread.join();
}

std::vector<std::string> TestServer::logLines() const
{
    std::lock_guard lock(m_log->mutex);
    return m_log->lines;
}

HttpsClient TestServer::client(HttpsClientOptions options) const
{
    return HttpsClient(port(), m_caFile, std::move(options));
}

fs::path serverBinary()
{
    return fs::path(YK_SERVER_BINARY);
}

namespace {

/// Reads what is available on `fd` into `out`; false once the other end is closed.
bool drain(int fd, std::string& out)
{
    char buffer[4096];
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n > 0) {
        out.append(buffer, static_cast<std::size_t>(n));
        return true;
    }
    return n < 0 && errno == EINTR;
}

int exitCodeOf(int status)
{
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return -1;
}

std::vector<char*> argvOf(std::vector<std::string>& args)
{
    std::vector<char*> argv;
    for (auto& arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    return argv;
}

} // namespace

ProcessResult runServerCommand(
    const std::vector<std::string>& args, const std::string& input, std::chrono::milliseconds timeout)
{
    ProcessResult result;
    int in[2], out[2], err[2];
    if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0)
        return result;
    std::vector<std::string> command { serverBinary().string() };
    command.insert(command.end(), args.begin(), args.end());
    auto argv = argvOf(command);
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(in[0], 0);
        ::dup2(out[1], 1);
        ::dup2(err[1], 2);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(in[0]);
    ::close(out[1]);
    ::close(err[1]);
    if (!input.empty())
        (void)!::write(in[1], input.data(), input.size());
    ::close(in[1]);

    const auto deadline = Clock::now() + timeout;
    bool outOpen = true, errOpen = true;
    while ((outOpen || errOpen) && Clock::now() < deadline) {
        pollfd fds[2] = { { out[0], POLLIN, 0 }, { err[0], POLLIN, 0 } };
        if (::poll(fds, 2, 100) <= 0)
            continue;
        if (outOpen && (fds[0].revents & (POLLIN | POLLHUP)))
            outOpen = drain(out[0], result.out);
        if (errOpen && (fds[1].revents & (POLLIN | POLLHUP)))
            errOpen = drain(err[0], result.err);
    }
    ::close(out[0]);
    ::close(err[0]);
    if (outOpen || errOpen)
        ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    result.exitCode = (outOpen || errOpen) ? -1 : exitCodeOf(status);
    return result;
}

std::unique_ptr<ServerProcess> ServerProcess::run(
    const fs::path& dataDir, const std::vector<std::string>& extraArgs, std::chrono::milliseconds timeout)
{
    int out[2];
    if (::pipe2(out, O_CLOEXEC) != 0)
        return nullptr;
    std::vector<std::string> command { serverBinary().string(), "run", "--data", dataDir.string(), "--listen",
        "127.0.0.1:0" };
    command.insert(command.end(), extraArgs.begin(), extraArgs.end());
    auto argv = argvOf(command);
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int devNull = ::open("/dev/null", O_RDWR);
        ::dup2(devNull, 0);
        ::dup2(out[1], 1);
        ::dup2(devNull, 2); // the request log: not what these tests read
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(out[1]);
    std::unique_ptr<ServerProcess> process(new ServerProcess);
    process->m_pid = pid;
    process->m_stdoutFd = out[0];

    std::string text;
    const auto deadline = Clock::now() + timeout;
    constexpr std::string_view marker = "serving https://";
    while (Clock::now() < deadline) {
        pollfd fd { out[0], POLLIN, 0 };
        if (::poll(&fd, 1, 100) <= 0)
            continue;
        if (!drain(out[0], text))
            break;
        const auto at = text.find(marker);
        const auto end = at == std::string::npos ? std::string::npos : text.find('\n', at);
        if (end != std::string::npos) {
            const std::string address = text.substr(at + marker.size(), end - at - marker.size());
            process->m_port = static_cast<unsigned short>(std::stoi(address.substr(address.rfind(':') + 1)));
            return process;
        }
    }
    std::cerr << "ServerProcess: no address line; output so far: " << text << '\n';
    return nullptr; // the destructor kills and reaps it
}

ServerProcess::~ServerProcess()
{
    if (!m_reaped && m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
    }
    if (m_stdoutFd >= 0)
        ::close(m_stdoutFd);
}

void ServerProcess::signal(int signal)
{
    if (!m_reaped)
        ::kill(m_pid, signal);
}

int ServerProcess::wait(std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    while (Clock::now() < deadline) {
        int status = 0;
        const pid_t done = ::waitpid(m_pid, &status, WNOHANG);
        if (done == m_pid) {
            m_reaped = true;
            return exitCodeOf(status);
        }
        ::usleep(20'000);
    }
    return -1;
}

} // namespace yk::test

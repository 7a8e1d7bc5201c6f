// yokoten-server: the central HTTPS sync server and its admin commands. This file reads the
// command line and wires the libraries: the store (core/), the admin commands (admin/), the
// backup (ops/), the HTTPS listener (http/).
#include "admin/admin_commands.h"
#include "auth/demo_seed.h"
#include "core/postgres_connection.h"
#include "core/server_store.h"
#include "http/https_server.h"
#include "http/self_signed.h"
#include "http/tls_context.h"
#include "ops/store_backup.h"
#include "rules/indicators.h"
#include "service/sync_service.h"

#include <algorithm>
#include <charconv>
#include <csignal>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace fs = std::filesystem;
using yk::server::ServerStore;

constexpr int ExitOk = 0;
constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;

constexpr std::string_view Usage = R"(yokoten-server: the Yokoten sync server (HTTPS only)

usage:
  yokoten-server init --data DIR [--store postgresql://…] [--demo] [--tls-cert FILE --tls-key FILE]
      Create the server store in DIR and a TLS certificate. Without --tls-cert/--tls-key a
      self-signed certificate for localhost, 127.0.0.1 and ::1 is made; with them, the given
      PEM files are checked and copied. Either way the server uses DIR/tls/server.crt and
      DIR/tls/server.key (mode 0600). Clients trust DIR/tls/server.crt, e.g.
      curl --cacert DIR/tls/server.crt https://127.0.0.1:8443/v1/health
      --demo also imports the demo data and prints the demo accounts once.
  yokoten-server run --data DIR [--store postgresql://…] [--listen HOST:PORT] [--threads N]
                     [--max-connections N] [--max-connections-per-address N]
                     [--metrics-from-anywhere]
      Serve HTTPS on HOST:PORT (default 127.0.0.1:8443; port 0 picks a free one). Stops
      gracefully on SIGTERM or SIGINT. /metrics answers only this machine unless
      --metrics-from-anywhere is given. The store is checked first; a damaged one is not
      served. Connections: 1,024 in all, 64 per client address (peers on loopback count as
      a local reverse proxy and are not capped per address).
  --store postgresql://USER@HOST:PORT/DB (init, run, user, device)
      Keep the store in that PostgreSQL database instead of DIR/server.db: several `run`
      processes may share it. DIR still holds the TLS files. Without --store, the embedded
      store in DIR is used.
  yokoten-server backup --data DIR --to FILE
      Write a consistent copy of DIR/server.db to FILE while the server keeps running. The
      copy is encrypted with the same key: keep DIR/server.key (which never changes) in a
      different place. Restore: docs/operations.md.
)";

/// Command-line options as `--name value` pairs and `--flag`s, checked against what a
/// command accepts.
class Options {
public:
    static std::optional<Options> parse(const std::vector<std::string>& args, std::size_t from,
        const std::vector<std::string_view>& valued, const std::vector<std::string_view>& flags,
        std::string& error)
    {
        Options options;
        for (std::size_t i = from; i < args.size(); ++i) {
            const std::string& arg = args[i];
            if (std::find(flags.begin(), flags.end(), arg) != flags.end()) {
                options.m_flags.push_back(arg);
            } else if (std::find(valued.begin(), valued.end(), arg) != valued.end()) {
                if (i + 1 >= args.size()) {
                    error = arg + " needs a value";
                    return std::nullopt;
                }
                options.m_values.emplace_back(arg, args[++i]);
            } else {
                error = "unknown argument: " + arg;
                return std::nullopt;
            }
        }
        return options;
    }

    bool has(std::string_view flag) const
    {
        return std::find(m_flags.begin(), m_flags.end(), flag) != m_flags.end();
    }
    std::optional<std::string> value(std::string_view name) const
    {
        for (const auto& [key, value] : m_values) {
            if (key == name)
                return value;
        }
        return std::nullopt;
    }

private:
    std::vector<std::string> m_flags;
    std::vector<std::pair<std::string, std::string>> m_values;
};

int usageError(std::string_view message)
{
    std::cerr << "yokoten-server: " << message << "\n(try: yokoten-server --help)\n";
    return ExitUsage;
}

bool wantsHelp(const std::vector<std::string>& args)
{
    return std::find_if(args.begin(), args.end(), [](const std::string& a) {
        return a == "--help" || a == "-h";
    }) != args.end();
}

fs::path certificatePath(const fs::path& dataDir)
{
    return dataDir / "tls" / "server.crt";
}
fs::path privateKeyPath(const fs::path& dataDir)
{
    return dataDir / "tls" / "server.key";
}

/// For the operator: the message for people, then what exactly failed. A refusal of what the
/// operator set up (a key file others can read) is said by its detail alone, since the generic
/// "check what you entered" would send them looking in the wrong place.
std::string storeErrorText(const yk::storage::StoreError& error)
{
    if (error.code == yk::storage::StoreErrorCode::InvalidArgument && !error.detail.empty())
        return error.detail;
    std::string text = std::string(error.messageJa()) + " / " + std::string(error.messageEn());
    if (!error.detail.empty())
        text += " (" + error.detail + ")";
    return text;
}

/// The PostgreSQL store named by --store, else the embedded store in DIR.
yk::storage::StoreResult<std::unique_ptr<ServerStore>> openStore(
    const std::optional<std::string>& postgres, const fs::path& dataDir)
{
    return postgres ? ServerStore::openPostgres(*postgres) : ServerStore::open(dataDir);
}

/// Where the store is, for messages: the folder, or the database without its password.
std::string storeName(const std::optional<std::string>& postgres, const fs::path& dataDir)
{
    if (!postgres)
        return dataDir.string();
    const auto at = postgres->find('@');
    const auto scheme = postgres->find("://");
    if (at == std::string::npos || scheme == std::string::npos)
        return *postgres;
    return postgres->substr(0, scheme + 3) + "…" + postgres->substr(at);
}

std::optional<std::string> postgresOption(const std::optional<std::string>& store, std::string& error)
{
    if (store && !yk::server::isPostgresLocation(*store)) {
        error = "--store wants a postgresql:// URI";
        return std::nullopt;
    }
    return store;
}

/// Copies operator-supplied PEM files into DIR/tls, so `run` needs nothing but DIR.
bool copyTlsFiles(const fs::path& cert, const fs::path& key, const fs::path& dataDir)
{
    std::error_code ec;
    fs::copy_file(cert, certificatePath(dataDir), ec);
    if (!ec)
        fs::copy_file(key, privateKeyPath(dataDir), ec);
    if (!ec)
        fs::permissions(privateKeyPath(dataDir), fs::perms::owner_read | fs::perms::owner_write, ec);
    if (ec) {
        std::cerr << "yokoten-server: cannot copy the TLS files into " << (dataDir / "tls").string() << ": "
                  << ec.message() << '\n';
        return false;
    }
    return true;
}

int runInit(const std::vector<std::string>& args)
{
    std::string error;
    const auto options
        = Options::parse(args, 1, { "--data", "--store", "--tls-cert", "--tls-key" }, { "--demo" }, error);
    if (!options)
        return usageError(error);
    const auto data = options->value("--data");
    if (!data)
        return usageError("init needs --data DIR");
    const auto postgres = postgresOption(options->value("--store"), error);
    if (!error.empty())
        return usageError(error);
    const auto cert = options->value("--tls-cert");
    const auto key = options->value("--tls-key");
    if (cert.has_value() != key.has_value())
        return usageError("--tls-cert and --tls-key go together");
    if (cert) {
        // Refuse a broken pair before creating anything.
        auto context = yk::server::http::makeServerTlsContext(*cert, *key);
        if (!context) {
            std::cerr << "yokoten-server: " << context.error() << '\n';
            return ExitFailure;
        }
    }

    const fs::path dataDir(*data);
    auto store = postgres ? ServerStore::createPostgres(*postgres) : ServerStore::create(dataDir);
    if (!store) {
        std::cerr << "yokoten-server: cannot create the server store in " << storeName(postgres, dataDir)
                  << ": " << storeErrorText(store.error()) << '\n';
        return ExitFailure;
    }
    std::error_code ec;
    fs::create_directories(dataDir / "tls", ec);
    fs::permissions(dataDir / "tls", fs::perms::owner_all, ec);
    if (cert) {
        if (!copyTlsFiles(*cert, *key, dataDir))
            return ExitFailure;
    } else if (auto written = yk::server::http::writeSelfSignedCertificate(
                   certificatePath(dataDir), privateKeyPath(dataDir));
               !written) {
        std::cerr << "yokoten-server: " << written.error() << '\n';
        return ExitFailure;
    }

    std::cout << "server store: " << storeName(postgres, dataDir) << '\n'
              << "TLS certificate: " << certificatePath(dataDir).string()
              << (cert ? " (copied)" : " (self-signed; give it to clients as their CA file)") << '\n'
              << "TLS key: " << privateKeyPath(dataDir).string() << " (mode 0600)\n";
    if (options->has("--demo")) {
        if (auto seeded = yk::server::seedDemo(*store.value(), std::cout); !seeded) {
            std::cerr << "yokoten-server: cannot import the demo data: " << storeErrorText(seeded.error())
                      << '\n';
            return ExitFailure;
        }
        // The officers' and centre's indicators, counted once so the demo shows them at once.
        if (auto filed = yk::server::fileAllIndicatorSheets(*store.value(), std::chrono::system_clock::now());
            !filed) {
            std::cerr << "yokoten-server: cannot count the demo indicators: " << storeErrorText(filed.error())
                      << '\n';
            return ExitFailure;
        }
    }
    std::cout << "next: yokoten-server run --data " << dataDir.string() << (postgres ? " --store …" : "")
              << " --listen 127.0.0.1:8443\n";
    return ExitOk;
}

std::optional<int> parseCount(const std::string& text, int min, int max)
{
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc {} || end != text.data() + text.size() || value < min || value > max)
        return std::nullopt;
    return value;
}

/// "127.0.0.1:8443", "[::1]:8443" → address and port.
std::optional<std::pair<std::string, unsigned short>> parseListen(const std::string& text)
{
    const auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0)
        return std::nullopt;
    std::string host = text.substr(0, colon);
    if (host.size() > 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    const auto port = parseCount(text.substr(colon + 1), 0, 65535);
    if (!port)
        return std::nullopt;
    return std::pair { host, static_cast<unsigned short>(*port) };
}

int runServe(const std::vector<std::string>& args)
{
    std::string error;
    const auto options = Options::parse(args, 1,
        { "--data", "--store", "--listen", "--threads", "--max-connections",
            "--max-connections-per-address" },
        { "--metrics-from-anywhere" }, error);
    if (!options)
        return usageError(error);
    const auto data = options->value("--data");
    if (!data)
        return usageError("run needs --data DIR");
    const auto postgres = postgresOption(options->value("--store"), error);
    if (!error.empty())
        return usageError(error);
    const auto listen = parseListen(options->value("--listen").value_or("127.0.0.1:8443"));
    if (!listen)
        return usageError("--listen wants HOST:PORT, e.g. 127.0.0.1:8443");

    yk::server::http::HttpsServerConfig config;
    config.address = listen->first;
    config.port = listen->second;
    if (auto threads = options->value("--threads")) {
        const auto n = parseCount(*threads, 1, 256);
        if (!n)
            return usageError("--threads wants a number from 1 to 256");
        config.ioThreads = *n;
    }
    if (auto cap = options->value("--max-connections")) {
        const auto n = parseCount(*cap, 1, 1'000'000);
        if (!n)
            return usageError("--max-connections wants a positive number");
        config.maxConnections = *n;
    }
    if (auto cap = options->value("--max-connections-per-address")) {
        const auto n = parseCount(*cap, 1, 1'000'000);
        if (!n)
            return usageError("--max-connections-per-address wants a positive number");
        config.maxConnectionsPerAddress = *n;
    }
    config.metricsFromAnywhere = options->has("--metrics-from-anywhere");
    config.stopOnSignals = true;

    const fs::path dataDir(*data);
    config.certificatePem = certificatePath(dataDir);
    config.privateKeyPem = privateKeyPath(dataDir);
    config.log = yk::server::http::stderrLogSink();
    if (const auto raised = yk::server::http::raiseOpenFileLimit(config.maxConnections); !raised.empty())
        config.log(yk::server::http::eventLogLine("file_limit", raised));

    yk::server::ServiceOptions serviceOptions;
    serviceOptions.onStoreError = [log = config.log](std::string_view operation, std::string_view detail) {
        log(yk::server::http::eventLogLine(
            "store_error", std::string(operation) + ": " + std::string(detail)));
    };
    auto store = openStore(postgres, dataDir);
    auto service = store ? yk::server::SyncService::open(std::move(*store), serviceOptions)
                         : yk::storage::StoreResult<std::unique_ptr<yk::server::SyncService>>(store.error());
    if (!service) {
        std::cerr << "yokoten-server: cannot open the server store in " << storeName(postgres, dataDir)
                  << ": " << storeErrorText(service.error()) << '\n';
        return ExitFailure;
    }
    // A damaged page would otherwise show only as 500s on the requests that touch it, with a
    // health check that says ok: refuse to serve and say how to recover.
    if (auto checked = (*service)->checkStore(); !checked) {
        std::cerr << "yokoten-server: the server store in " << storeName(postgres, dataDir)
                  << " failed its integrity check: " << storeErrorText(checked.error())
                  << "\n  サーバーのデータが壊れています。バックアップから戻してください / restore it from a "
                     "backup: docs/operations.md, \"When the store is damaged\"\n";
        return ExitFailure;
    }
    yk::server::http::HttpsServer server(config, *service.value());
    if (auto started = server.start(); !started) {
        std::cerr << "yokoten-server: " << started.error() << '\n';
        return ExitFailure;
    }
    const bool v6 = config.address.find(':') != std::string::npos;
    std::cout << "yokoten-server: serving https://" << (v6 ? "[" : "") << config.address << (v6 ? "]" : "")
              << ':' << server.port() << std::endl;
    server.run();
    return ExitOk;
}

int runBackup(const std::vector<std::string>& args)
{
    std::string error;
    const auto options = Options::parse(args, 1, { "--data", "--to" }, {}, error);
    if (!options)
        return usageError(error);
    const auto data = options->value("--data");
    const auto to = options->value("--to");
    if (!data || !to)
        return usageError("backup needs --data DIR and --to FILE");
    const fs::path target(*to);
    std::error_code ec;
    if (fs::exists(target, ec)) {
        std::cerr
            << "yokoten-server: バックアップ先のファイルが既にあります / the backup file already exists: "
            << target.string() << '\n';
        return ExitFailure;
    }
    if (auto status = yk::server::backupEmbeddedStore(fs::path(*data), target); !status) {
        std::cerr << "yokoten-server: バックアップできませんでした / cannot back up " << *data << ": "
                  << storeErrorText(status.error()) << '\n';
        return ExitFailure;
    }
    std::cout << "backup: " << target.string() << " (checked; restore it with the server.key of " << *data
              << ")\n";
    return ExitOk;
}

int runAdmin(std::vector<std::string> args)
{
    // --data DIR and --store URI belong to us; the admin commands get the rest.
    std::optional<std::string> data;
    std::optional<std::string> postgres;
    for (const char* name : { "--data", "--store" }) {
        for (std::size_t i = 0; i < args.size(); ++i) {
            if (args[i] == name) {
                if (i + 1 >= args.size())
                    return usageError(std::string(name) + " needs a value");
                (std::string_view(name) == "--data" ? data : postgres) = args[i + 1];
                args.erase(args.begin() + static_cast<std::ptrdiff_t>(i),
                    args.begin() + static_cast<std::ptrdiff_t>(i) + 2);
                break;
            }
        }
    }
    std::string error;
    postgres = postgresOption(postgres, error);
    if (!error.empty())
        return usageError(error);
    if (auto answered = yk::server::answerAdminCommandWithoutStore(args, std::cout, std::cerr))
        return *answered;
    if (!data && !postgres)
        return usageError(args.front() + " needs --data DIR or --store URI");
    const fs::path dataDir = data.value_or(std::string());
    auto store = openStore(postgres, dataDir);
    if (!store) {
        std::cerr << "yokoten-server: cannot open the server store in " << storeName(postgres, dataDir)
                  << ": " << storeErrorText(store.error()) << '\n';
        return ExitFailure;
    }
    return yk::server::runAdminCommand(*store.value(), args, std::cin, std::cout, std::cerr);
}

int runCommandLine(const std::vector<std::string>& args)
{
    if (args.empty())
        return usageError("no command given");
    const std::string& command = args.front();
    if (command == "--help" || command == "-h" || command == "help") {
        std::cout << Usage << '\n' << yk::server::adminUsage();
        return ExitOk;
    }
    if (yk::server::isAdminCommand(args))
        return runAdmin(args);
    if (command != "init" && command != "run" && command != "backup")
        return usageError("unknown command: " + command);
    if (wantsHelp(args)) {
        std::cout << Usage;
        return ExitOk;
    }
    if (command == "backup")
        return runBackup(args);
    return command == "init" ? runInit(args) : runServe(args);
}

} // namespace

int main(int argc, char** argv)
{
    // A client that hangs up mid-write must not kill the server.
    std::signal(SIGPIPE, SIG_IGN);
    try {
        return runCommandLine(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const std::exception& e) {
        std::cerr << "yokoten-server: unexpected failure: " << e.what() << '\n';
    } catch (...) {
        std::cerr << "yokoten-server: unexpected failure\n";
    }
    return ExitFailure;
}

#pragma once

#include "core/api.h"
#include "transport/transport.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace yk::test {

/// A sync::Transport without sockets, in the shape of Nextcloud desktop's FakeQNAM: requests
/// go straight to the server's Router and an in-process Api (the real SyncService in the
/// engine's unit tests), and chosen calls fail the way a network, a proxy or a server does.
/// Thread-safe like the real transport (the puller fetches on a worker thread).
class FakeTransport final : public sync::Transport {
public:
    enum class Fault {
        Unreachable, ///< no connection; the server never sees the request
        DropRequest, ///< the connection breaks before the server reads the request
        DropAnswer, ///< the server handles the request, its answer is lost
        Truncate, ///< the server answers 200, but only the first half of the body arrives
        Status, ///< an error answer of `status` / `code` instead of the server's (not handled)
        Hang, ///< no answer until cancel() (Cancelled) or `hangFor` has passed (TimedOut)
        Delay, ///< the real answer, after `delay`
    };
    struct Rule {
        std::string target; ///< requests whose target starts with this
        Fault fault = Fault::DropAnswer;
        int skip = 0; ///< matching requests let through before the fault
        int times = 1; ///< how many matching requests fail after that
        int status = 500;
        std::string code = "internal";
        std::chrono::milliseconds delay { 0 };
    };

    explicit FakeTransport(server::Api& api);

    void add(Rule rule);
    void clearRules();
    /// Request bodies above this get 413 body_too_large, as the real server's sessions do.
    void setBodyLimit(std::size_t bytes) { m_bodyLimit = bytes; }
    void setHangFor(std::chrono::milliseconds wait) { m_hangFor = wait; }

    /// Requests whose target starts with `prefix` (faulted ones included).
    int count(std::string_view prefix) const;
    /// Sends waiting in a Hang fault right now.
    int hanging() const { return m_hanging; }
    /// "POST /v1/push → 200" lines, for failure messages.
    std::vector<std::string> log() const;

    sync::TransportResult send(const sync::HttpRequest& request) override;
    void cancel() override;
    void disconnect() override { }

private:
    sync::HttpResponse serve(const sync::HttpRequest& request);
    void note(const sync::HttpRequest& request, const std::string& outcome);

    server::Api& m_api;
    std::size_t m_bodyLimit = 8 * 1024 * 1024;
    std::chrono::milliseconds m_hangFor { 5000 };
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_cancelled = false;
    std::atomic<int> m_hanging { 0 };
    std::vector<Rule> m_rules;
    std::vector<std::pair<std::string, std::string>> m_log; ///< target, outcome
};

} // namespace yk::test

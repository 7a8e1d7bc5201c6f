#include "fake_transport.h"

#include "http/router.h"

#include "yokoten/v1/sync.pb.h"

#include <thread>

namespace yk::test {

using sync::HttpRequest;
using sync::HttpResponse;
using sync::TransportError;
using sync::TransportErrorKind;

FakeTransport::FakeTransport(server::Api& api)
    : m_api(api)
{
}

void FakeTransport::add(Rule rule)
{
    std::lock_guard lock(m_mutex);
    m_rules.push_back(std::move(rule));
}

void FakeTransport::clearRules()
{
    std::lock_guard lock(m_mutex);
    m_rules.clear();
}

int FakeTransport::count(std::string_view prefix) const
{
    std::lock_guard lock(m_mutex);
    int n = 0;
    for (const auto& [target, outcome] : m_log)
        if (std::string_view(target).starts_with(prefix))
            ++n;
    return n;
}

std::vector<std::string> FakeTransport::log() const
{
    std::lock_guard lock(m_mutex);
    std::vector<std::string> lines;
    for (const auto& [target, outcome] : m_log)
        lines.push_back(target + " → " + outcome);
    return lines;
}

void FakeTransport::note(const HttpRequest& request, const std::string& outcome)
{
    std::lock_guard lock(m_mutex);
    m_log.emplace_back(request.target, outcome);
}

void FakeTransport::cancel()
{
    std::lock_guard lock(m_mutex);
    m_cancelled = true;
    m_wake.notify_all();
}

HttpResponse FakeTransport::serve(const HttpRequest& request)
{
    server::http::Request http;
    http.version(11);
    http.method_string(request.method);
    http.target(request.target);
    http.set(boost::beast::http::field::host, "fake.invalid");
    if (!request.contentType.empty())
        http.set(boost::beast::http::field::content_type, request.contentType);
    for (const auto& [name, value] : request.headers)
        http.set(name, value);
    http.body() = request.body;
    http.prepare_payload();
    server::http::Response answer;
    if (request.body.size() > m_bodyLimit) {
        answer = server::http::Router::errorResponse(
            11, 413, "body_too_large", "送信データが大きすぎます。", "The request is too large.");
    } else {
        server::http::RouteContext context;
        context.peerIsLoopback = true;
        answer = server::http::Router().route(http, m_api, context).response;
    }
    HttpResponse response;
    response.status = static_cast<int>(answer.result_int());
    response.body = std::move(answer.body());
    for (const auto& field : answer) {
        std::string name(field.name_string());
        for (auto& c : name)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        response.headers.emplace_back(std::move(name), std::string(field.value()));
    }
    return response;
}

sync::TransportResult FakeTransport::send(const HttpRequest& request)
{
    std::optional<Rule> fault;
    {
        std::lock_guard lock(m_mutex);
        if (m_cancelled) {
            m_cancelled = false; // like the real transport: the next send works again
            m_log.emplace_back(request.target, "cancelled");
            return TransportError { TransportErrorKind::Cancelled, "cancelled" };
        }
        for (auto& rule : m_rules) {
            if (!request.target.starts_with(rule.target) || rule.times <= 0)
                continue;
            if (rule.skip > 0) {
                --rule.skip;
                continue;
            }
            --rule.times;
            fault = rule;
            break;
        }
    }
    if (!fault) {
        auto response = serve(request);
        note(request, std::to_string(response.status));
        return response;
    }
    switch (fault->fault) {
    case Fault::Unreachable:
        note(request, "unreachable");
        return TransportError { TransportErrorKind::Unreachable, "fake: connection refused" };
    case Fault::DropRequest:
        note(request, "dropped before the server");
        return TransportError { TransportErrorKind::ConnectionLost, "fake: connection reset" };
    case Fault::DropAnswer:
        (void)serve(request);
        note(request, "answer dropped");
        return TransportError { TransportErrorKind::ConnectionLost,
            "fake: connection reset after the request" };
    case Fault::Truncate: {
        auto response = serve(request);
        response.body.resize(response.body.size() / 2);
        note(request, std::to_string(response.status) + " truncated");
        return response;
    }
    case Fault::Status: {
        yokoten::v1::ErrorResponse body;
        body.set_code(fault->code);
        body.set_message_ja("テスト用のエラーです。");
        body.set_message_en("A test error.");
        HttpResponse response;
        response.status = fault->status;
        response.body = body.SerializeAsString();
        note(request, std::to_string(fault->status) + " " + fault->code);
        return response;
    }
    case Fault::Hang: {
        std::unique_lock lock(m_mutex);
        ++m_hanging;
        const bool woken = m_wake.wait_for(lock, m_hangFor, [this] { return m_cancelled; });
        --m_hanging;
        m_log.emplace_back(request.target, woken ? "hung, cancelled" : "hung, timed out");
        if (woken) {
            m_cancelled = false;
            return TransportError { TransportErrorKind::Cancelled, "fake: cancelled while hanging" };
        }
        return TransportError { TransportErrorKind::TimedOut, "fake: no answer" };
    }
    case Fault::Delay:
        std::this_thread::sleep_for(fault->delay);
        {
            auto response = serve(request);
            note(request, std::to_string(response.status) + " delayed");
            return response;
        }
    }
    return TransportError { TransportErrorKind::Unreachable, "fake: unknown fault" };
}

} // namespace yk::test

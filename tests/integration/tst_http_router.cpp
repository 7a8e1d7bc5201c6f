// Router over a fake Api: every route, content types, auth, versions, ranges. No sockets.
#include "fake_api.h"

#include "http/router.h"

#include <QtTest>

using namespace yk::server::http;
using yk::test::FakeApi;
namespace v1 = yokoten::v1;

namespace {

const std::string Sha = std::string(64, 'a');

Request makeRequest(beast_http::verb method, std::string_view target, std::string body = {},
    std::string_view contentType = {}, std::string_view token = {})
{
    Request request { method, target, 11 };
    if (!contentType.empty())
        request.set(beast_http::field::content_type, contentType);
    if (!token.empty())
        request.set(beast_http::field::authorization, "Bearer " + std::string(token));
    request.body() = std::move(body);
    request.prepare_payload();
    return request;
}

v1::ErrorResponse errorOf(const Response& response)
{
    v1::ErrorResponse error;
    error.ParseFromString(response.body());
    return error;
}

} // namespace

class TestHttpRouter : public QObject {
    Q_OBJECT

    FakeApi m_api;
    Metrics m_metrics;
    Router m_router;

    RoutedResponse route(const Request& request, bool loopback = true, bool metricsFromAnywhere = false)
    {
        return m_router.route(
            request, m_api, RouteContext { loopback, metricsFromAnywhere, &m_metrics, nullptr, {} });
    }

private Q_SLOTS:
    void healthAnswersJson()
    {
        auto routed = route(makeRequest(beast_http::verb::get, "/v1/health"));
        QCOMPARE(routed.response.result_int(), 200u);
        QCOMPARE(
            std::string(routed.response[beast_http::field::content_type]), std::string("application/json"));
        QCOMPARE(routed.response.body(), std::string(R"({"status":"ok"})"));
        QCOMPARE(std::string(routed.route), std::string("/v1/health"));

        m_api.isHealthy = false;
        routed = route(makeRequest(beast_http::verb::get, "/v1/health"));
        m_api.isHealthy = true;
        QCOMPARE(routed.response.result_int(), 503u);
        QCOMPARE(routed.response.body(), std::string(R"({"status":"unavailable","store":"unavailable"})"));
    }

    void serverInfoIsProtobuf()
    {
        auto routed = route(makeRequest(beast_http::verb::get, "/v1/server-info"));
        QCOMPARE(routed.response.result_int(), 200u);
        QCOMPARE(std::string(routed.response[beast_http::field::content_type]),
            std::string("application/x-protobuf"));
        v1::ServerInfo info;
        QVERIFY(info.ParseFromString(routed.response.body()));
        QCOMPARE(info.server_id(), std::string("fake-server"));
    }

    void unknownPathIs404WithErrorBody()
    {
        auto routed = route(makeRequest(beast_http::verb::get, "/v1/nothing-here/123"));
        QCOMPARE(routed.response.result_int(), 404u);
        QCOMPARE(errorOf(routed.response).code(), std::string("not_found"));
        QVERIFY(!errorOf(routed.response).message_ja().empty());
        QVERIFY(!errorOf(routed.response).message_en().empty());
        QCOMPARE(std::string(routed.route), std::string("(unmatched)"));
    }

    void wrongMethodIs405WithAllow()
    {
        auto routed = route(makeRequest(beast_http::verb::get, "/v1/push"));
        QCOMPARE(routed.response.result_int(), 405u);
        QCOMPARE(std::string(routed.response[beast_http::field::allow]), std::string("POST"));
        QCOMPARE(errorOf(routed.response).code(), std::string("method_not_allowed"));

        routed = route(makeRequest(beast_http::verb::delete_, "/v1/attachments/" + Sha));
        QCOMPARE(routed.response.result_int(), 405u);
        QCOMPARE(std::string(routed.response[beast_http::field::allow]), std::string("GET, PUT"));
    }

    void otherVersionsAskForAnUpdate_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("code");
        QTest::newRow("v2 push") << "/v2/push"
                                 << "unsupported_version";
        QTest::newRow("v37") << "/v37"
                             << "unsupported_version";
        QTest::newRow("v0") << "/v0/pull"
                            << "client_too_old";
    }
    void otherVersionsAskForAnUpdate()
    {
        QFETCH(QString, target);
        QFETCH(QString, code);
        auto routed = route(makeRequest(beast_http::verb::post, target.toStdString()));
        QCOMPARE(routed.response.result_int(), 426u);
        const auto error = errorOf(routed.response);
        QCOMPARE(QString::fromStdString(error.code()), code);
        QVERIFY(error.message_en().find("update") != std::string::npos);
        QCOMPARE(std::string(routed.route), std::string("/v{n}"));
    }

    void protobufRoutesRefuseOtherContentTypes_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("contentType");
        QTest::newRow("enrol json") << "/v1/devices/enrol"
                                    << "application/json";
        QTest::newRow("sign-in none") << "/v1/auth/sign-in"
                                      << "";
        QTest::newRow("refresh text") << "/v1/auth/refresh"
                                      << "text/plain";
        QTest::newRow("push form") << "/v1/push"
                                   << "application/x-www-form-urlencoded";
        QTest::newRow("pull octets") << "/v1/pull"
                                     << "application/octet-stream";
    }
    void protobufRoutesRefuseOtherContentTypes()
    {
        QFETCH(QString, target);
        QFETCH(QString, contentType);
        const int before = m_api.pushCalls;
        auto routed = route(makeRequest(beast_http::verb::post, target.toStdString(), "x",
            contentType.toStdString(), FakeApi::GoodToken));
        QCOMPARE(routed.response.result_int(), 415u);
        QCOMPARE(errorOf(routed.response).code(), std::string("unsupported_media_type"));
        QCOMPARE(m_api.pushCalls.load(), before);
    }

    void contentTypeParametersAndCaseAreAccepted()
    {
        v1::EnrolRequest enrol;
        enrol.set_code("GOOD-CODE");
        auto routed = route(makeRequest(beast_http::verb::post, "/v1/devices/enrol",
            enrol.SerializeAsString(), "Application/X-Protobuf; charset=binary"));
        QCOMPARE(routed.response.result_int(), 200u);
    }

    void malformedProtobufIs400()
    {
        // Field 1, length-delimited, claims 100 bytes but has 2.
        const std::string truncated("\x0a\x64\x41\x42", 4);
        auto routed = route(
            makeRequest(beast_http::verb::post, "/v1/auth/sign-in", truncated, "application/x-protobuf"));
        QCOMPARE(routed.response.result_int(), 400u);
        QCOMPARE(errorOf(routed.response).code(), std::string("malformed_request"));
    }

    void apiErrorsKeepTheirStatusAndCode()
    {
        v1::EnrolRequest enrol;
        enrol.set_code("WRONG");
        auto routed = route(makeRequest(beast_http::verb::post, "/v1/devices/enrol",
            enrol.SerializeAsString(), "application/x-protobuf"));
        QCOMPARE(routed.response.result_int(), 400u);
        QCOMPARE(errorOf(routed.response).code(), std::string("invalid_enrolment_code"));
        QCOMPARE(std::string(routed.response[beast_http::field::cache_control]), std::string("no-store"));
    }

    void signInAnswersTokens()
    {
        v1::SignInRequest signIn;
        signIn.set_password("correct horse");
        auto routed = route(makeRequest(beast_http::verb::post, "/v1/auth/sign-in",
            signIn.SerializeAsString(), "application/x-protobuf"));
        QCOMPARE(routed.response.result_int(), 200u);
        v1::SessionTokens tokens;
        QVERIFY(tokens.ParseFromString(routed.response.body()));
        QCOMPARE(tokens.access_token(), std::string(FakeApi::GoodToken));
        QCOMPARE(std::string(routed.response[beast_http::field::cache_control]), std::string("no-store"));
    }

    void pushNeedsABearerToken()
    {
        v1::PushRequest push;
        push.add_mutations()->set_seq(1);
        auto routed = route(makeRequest(
            beast_http::verb::post, "/v1/push", push.SerializeAsString(), "application/x-protobuf"));
        QCOMPARE(routed.response.result_int(), 401u);
        QCOMPARE(errorOf(routed.response).code(), std::string("unauthenticated"));
        QCOMPARE(std::string(routed.response[beast_http::field::www_authenticate]), std::string("Bearer"));

        Request basic = makeRequest(
            beast_http::verb::post, "/v1/push", push.SerializeAsString(), "application/x-protobuf");
        basic.set(beast_http::field::authorization, "Basic dXNlcjpwYXNz");
        QCOMPARE(route(basic).response.result_int(), 401u);

        routed = route(makeRequest(beast_http::verb::post, "/v1/push", push.SerializeAsString(),
            "application/x-protobuf", "expired-token"));
        QCOMPARE(routed.response.result_int(), 401u);
        QCOMPARE(errorOf(routed.response).code(), std::string("token_expired"));
    }

    void pushAnswersAndCountsMutations()
    {
        v1::PushRequest push;
        push.add_mutations()->set_seq(1);
        push.add_mutations()->set_seq(2);
        push.add_mutations()->set_seq(3);
        Request request = makeRequest(
            beast_http::verb::post, "/v1/push", push.SerializeAsString(), "application/x-protobuf");
        request.set(beast_http::field::authorization, std::string("bearer   ") + FakeApi::GoodToken);
        auto routed = route(request);
        QCOMPARE(routed.response.result_int(), 200u);
        v1::PushResponse response;
        QVERIFY(response.ParseFromString(routed.response.body()));
        QCOMPARE(response.results_size(), 3);
        QCOMPARE(std::string(routed.response[beast_http::field::cache_control]), std::string("no-store"));
        const std::string text = m_metrics.render();
        QVERIFY(text.find("yokoten_push_mutations_total{status=\"applied\"} 2") != std::string::npos);
        QVERIFY(text.find("yokoten_push_mutations_total{status=\"duplicate\"} 1") != std::string::npos);
    }

    void pullCountsRecords()
    {
        v1::PullRequest pull;
        pull.set_limit(7);
        auto routed = route(makeRequest(beast_http::verb::post, "/v1/pull", pull.SerializeAsString(),
            "application/x-protobuf", FakeApi::GoodToken));
        QCOMPARE(routed.response.result_int(), 200u);
        QVERIFY(m_metrics.render().find("yokoten_pull_records_total 7") != std::string::npos);
    }

    void attachmentAddressMustBeLowerCaseSha256_data()
    {
        QTest::addColumn<QString>("sha");
        QTest::newRow("short") << QString(63, 'a');
        QTest::newRow("long") << QString(65, 'a');
        QTest::newRow("upper") << QString(64, 'A');
        QTest::newRow("not hex") << QString(64, 'g');
    }
    void attachmentAddressMustBeLowerCaseSha256()
    {
        QFETCH(QString, sha);
        auto routed = route(makeRequest(beast_http::verb::get,
            "/v1/attachments/" + sha.toStdString() + "/status", {}, {}, FakeApi::GoodToken));
        QCOMPARE(routed.response.result_int(), 400u);
        QCOMPARE(errorOf(routed.response).code(), std::string("bad_sha256"));
    }

    void attachmentStatus()
    {
        auto routed = route(makeRequest(
            beast_http::verb::get, "/v1/attachments/" + Sha + "/status", {}, {}, FakeApi::GoodToken));
        QCOMPARE(routed.response.result_int(), 200u);
        QCOMPARE(std::string(routed.route), std::string("/v1/attachments/{sha256}/status"));
        v1::AttachmentStatus status;
        QVERIFY(status.ParseFromString(routed.response.body()));
        QCOMPARE(status.sha256(), Sha);
    }

    void uploadChunkPassesItsRange()
    {
        Request request = makeRequest(beast_http::verb::put, "/v1/attachments/" + Sha, "abcd",
            "application/octet-stream", FakeApi::GoodToken);
        request.set(beast_http::field::content_range, "bytes 4-7/10");
        auto routed = route(request);
        QCOMPARE(routed.response.result_int(), 200u);
        QCOMPARE(std::string(routed.route), std::string("/v1/attachments/{sha256}"));
        std::lock_guard lock(m_api.mutex);
        QCOMPARE(m_api.lastOffset, std::int64_t(4));
        QCOMPARE(m_api.lastTotal, std::int64_t(10));
        QCOMPARE(m_api.lastChunk, std::string("abcd"));
    }

    void uploadRefusesBadRangesAndTypes()
    {
        Request noRange = makeRequest(beast_http::verb::put, "/v1/attachments/" + Sha, "abcd",
            "application/octet-stream", FakeApi::GoodToken);
        QCOMPARE(route(noRange).response.result_int(), 400u);
        QCOMPARE(errorOf(route(noRange).response).code(), std::string("bad_content_range"));

        Request mismatch = noRange;
        mismatch.set(beast_http::field::content_range, "bytes 0-9/10"); // says 10 bytes, sends 4
        QCOMPARE(route(mismatch).response.result_int(), 400u);

        Request wrongType = makeRequest(beast_http::verb::put, "/v1/attachments/" + Sha, "abcd",
            "application/x-protobuf", FakeApi::GoodToken);
        wrongType.set(beast_http::field::content_range, "bytes 0-3/10");
        QCOMPARE(route(wrongType).response.result_int(), 415u);
    }

    void downloadWholeAndRanges_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("contentRange");
        QTest::newRow("whole") << "" << 200 << "0123456789"
                               << "";
        QTest::newRow("from") << "bytes=2-" << 206 << "23456789"
                              << "bytes 2-9/10";
        QTest::newRow("between") << "bytes=2-4" << 206 << "234"
                                 << "bytes 2-4/10";
        QTest::newRow("past the end") << "bytes=20-" << 416 << ""
                                      << "bytes */10";
        QTest::newRow("suffix range unsupported") << "bytes=-3" << 416 << ""
                                                  << "";
        QTest::newRow("garbage") << "pages=1-2" << 416 << ""
                                 << "";
        QTest::newRow("reversed") << "bytes=5-2" << 416 << ""
                                  << "";
    }
    void downloadWholeAndRanges()
    {
        QFETCH(QString, range);
        QFETCH(int, status);
        QFETCH(QString, body);
        QFETCH(QString, contentRange);
        Request request
            = makeRequest(beast_http::verb::get, "/v1/attachments/" + Sha, {}, {}, FakeApi::GoodToken);
        if (!range.isEmpty())
            request.set(beast_http::field::range, range.toStdString());
        auto routed = route(request);
        QCOMPARE(static_cast<int>(routed.response.result_int()), status);
        if (status < 400) {
            QCOMPARE(QString::fromStdString(routed.response.body()), body);
            QCOMPARE(std::string(routed.response[beast_http::field::content_type]),
                std::string("application/octet-stream"));
        }
        QCOMPARE(QString::fromStdString(std::string(routed.response[beast_http::field::content_range])),
            contentRange);
    }

    // GET /v1/cases/{id} (issue 23): bearer only, GET only, and one 404 for an unknown case
    // and for a path that is no case id; the route template, never the id, is logged.
    void wholeCaseRoute()
    {
        const std::string known = std::string("/v1/cases/") + FakeApi::KnownCaseId;
        auto routed = route(makeRequest(beast_http::verb::get, known));
        QCOMPARE(routed.response.result_int(), 401u);
        routed = route(makeRequest(beast_http::verb::get, known, {}, {}, FakeApi::GoodToken));
        QCOMPARE(routed.response.result_int(), 200u);
        QCOMPARE(std::string(routed.route), std::string("/v1/cases/{id}"));
        QCOMPARE(std::string(routed.response[beast_http::field::cache_control]), std::string("no-store"));
        v1::GoodPracticeCase answer;
        QVERIFY(answer.ParseFromString(routed.response.body()));
        QCOMPARE(answer.id(), std::string(FakeApi::KnownCaseId));
        for (const char* other : { "/v1/cases/00000000-0000-4000-8000-000000000002", "/v1/cases/",
                 "/v1/cases/../push", "/v1/cases/00000000-0000-4000-8000-000000000001/x" }) {
            routed = route(makeRequest(beast_http::verb::get, other, {}, {}, FakeApi::GoodToken));
            QCOMPARE(routed.response.result_int(), 404u);
            QCOMPARE(errorOf(routed.response).code(), std::string("not_found"));
        }
        routed = route(
            makeRequest(beast_http::verb::post, known, {}, "application/x-protobuf", FakeApi::GoodToken));
        QCOMPARE(routed.response.result_int(), 405u);
    }

    void aggregatesNeedAFamily()
    {
        auto routed = route(
            makeRequest(beast_http::verb::get, "/v1/aggregates/assessments", {}, {}, FakeApi::GoodToken));
        QCOMPARE(routed.response.result_int(), 400u);
        QCOMPARE(errorOf(routed.response).code(), std::string("missing_family"));

        routed = route(makeRequest(beast_http::verb::get, "/v1/aggregates/assessments?x=1&family=%E8%A9%95+a",
            {}, {}, FakeApi::GoodToken));
        QCOMPARE(routed.response.result_int(), 200u);
        QCOMPARE(std::string(routed.route), std::string("/v1/aggregates/assessments"));
        {
            std::lock_guard lock(m_api.mutex);
            QCOMPARE(m_api.lastFamily, std::string("評 a"));
        }

        // Bytes that are not UTF-8 never reach a protobuf string field.
        for (const char* bad : { "%FF", "%C0%AF", "%ED%A0%80", "%E8%A9" }) {
            routed = route(makeRequest(beast_http::verb::get,
                std::string("/v1/aggregates/assessments?family=") + bad, {}, {}, FakeApi::GoodToken));
            QCOMPARE(routed.response.result_int(), 400u);
            QCOMPARE(errorOf(routed.response).code(), std::string("malformed_request"));
        }
    }

    void metricsOnlyForLoopbackByDefault()
    {
        auto routed = route(makeRequest(beast_http::verb::get, "/metrics"), true);
        QCOMPARE(routed.response.result_int(), 200u);
        QCOMPARE(std::string(routed.response[beast_http::field::content_type]),
            std::string("text/plain; version=0.0.4"));
        QVERIFY(routed.response.body().find("yokoten_open_connections") != std::string::npos);

        routed = route(makeRequest(beast_http::verb::get, "/metrics"), false);
        QCOMPARE(routed.response.result_int(), 403u);
        QCOMPARE(errorOf(routed.response).code(), std::string("forbidden"));

        routed = route(makeRequest(beast_http::verb::get, "/metrics"), false, true);
        QCOMPARE(routed.response.result_int(), 200u);
    }

    void outOfRangeApiStatusBecomes500()
    {
        struct BrokenApi final : yk::server::Api {
            FakeApi inner;
            yokoten::v1::ServerInfo serverInfo() override { return inner.serverInfo(); }
            yk::server::StoreHealth storeHealth() override { return yk::server::StoreHealth::Ok; }
            yk::server::ApiResult<v1::EnrolResponse> enrol(const v1::EnrolRequest&) override
            {
                return yk::server::apiError(200, "weird", "", "");
            }
            yk::server::ApiResult<v1::SessionTokens> signIn(const v1::SignInRequest& r) override
            {
                return inner.signIn(r);
            }
            yk::server::ApiResult<v1::SessionTokens> refresh(const v1::RefreshRequest& r) override
            {
                return inner.refresh(r);
            }
            yk::server::ApiResult<yk::server::Principal> authenticate(std::string_view t) override
            {
                return inner.authenticate(t);
            }
            yk::server::ApiResult<v1::PushResponse> push(
                const yk::server::Principal& p, const v1::PushRequest& r) override
            {
                return inner.push(p, r);
            }
            yk::server::ApiResult<v1::PullResponse> pull(
                const yk::server::Principal& p, const v1::PullRequest& r) override
            {
                return inner.pull(p, r);
            }
            yk::server::ApiResult<v1::AttachmentStatus> attachmentStatus(
                const yk::server::Principal& p, std::string_view s) override
            {
                return inner.attachmentStatus(p, s);
            }
            yk::server::ApiResult<v1::AttachmentStatus> putAttachmentChunk(const yk::server::Principal& p,
                std::string_view s, std::int64_t o, std::int64_t t, std::string_view d) override
            {
                return inner.putAttachmentChunk(p, s, o, t, d);
            }
            yk::server::ApiResult<yk::server::AttachmentSlice> readAttachment(
                const yk::server::Principal& p, std::string_view s, std::int64_t o, std::int64_t m) override
            {
                return inner.readAttachment(p, s, o, m);
            }
            yk::server::ApiResult<v1::GoodPracticeCase> wholeCase(
                const yk::server::Principal& p, std::string_view id) override
            {
                return inner.wholeCase(p, id);
            }
            yk::server::ApiResult<v1::AssessmentAggregates> assessmentAggregates(
                const yk::server::Principal& p, std::string_view f) override
            {
                return inner.assessmentAggregates(p, f);
            }
        } broken;
        auto routed = m_router.route(
            makeRequest(beast_http::verb::post, "/v1/devices/enrol", {}, "application/x-protobuf"), broken,
            RouteContext {});
        QCOMPARE(routed.response.result_int(), 500u);
        QCOMPARE(errorOf(routed.response).code(), std::string("weird"));
    }

    void rangeParsers()
    {
        QVERIFY(parseRangeHeader("bytes=0-").has_value());
        QCOMPARE(parseRangeHeader("bytes=5-9")->last.value(), std::int64_t(9));
        QVERIFY(!parseRangeHeader("bytes=5-9,12-13").has_value());
        QVERIFY(!parseRangeHeader("bytes=99999999999999999999-").has_value());
        QVERIFY(!parseRangeHeader("bytes=+5-").has_value());
        const auto range = parseContentRange("bytes 0-1023/5000");
        QVERIFY(range.has_value());
        QCOMPARE(range->last, std::int64_t(1023));
        QCOMPARE(range->total, std::int64_t(5000));
        QVERIFY(!parseContentRange("bytes 0-5000/5000").has_value());
        QVERIFY(!parseContentRange("bytes */5000").has_value());
        QVERIFY(!parseContentRange("bytes 10-2/50").has_value());
        QVERIFY(!parseContentRange("bytes 0-1/").has_value());
    }
};

QTEST_GUILESS_MAIN(TestHttpRouter)
#include "tst_http_router.moc"

// libFuzzer target: arbitrary bytes parsed as an HTTP request (with the server's limits),
// then routed through the Router against a fake Api. Must never crash, hang or leak.
#include "fake_api.h"

#include "http/router.h"

#include <boost/beast/core/buffer_traits.hpp>
#include <boost/beast/http/parser.hpp>

#include <cstddef>
#include <cstdint>

namespace {

namespace bhttp = boost::beast::http;

constexpr std::uint32_t HeaderLimit = 8 * 1024;
constexpr std::uint64_t BodyLimit = 64 * 1024; // the server's 8 MiB, scaled to fuzz inputs

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static yk::test::FakeApi api;
    static yk::server::http::Metrics metrics;
    static const yk::server::http::Router router;

    bhttp::request_parser<bhttp::string_body> parser;
    parser.header_limit(HeaderLimit);
    parser.body_limit(BodyLimit);
    parser.eager(true);
    boost::beast::error_code ec;
    parser.put(boost::asio::buffer(data, size), ec);
    if (!ec && !parser.is_done())
        parser.put_eof(ec);
    if (ec || !parser.is_done())
        return 0;

    // Alternate the peer so /metrics is exercised both ways.
    const yk::server::http::RouteContext context { (size % 2) == 0, false, &metrics, nullptr, {} };
    auto routed = router.route(parser.get(), api, context);
    // Every answer is a real status with a body that says what it is.
    if (routed.response.result_int() < 200 || routed.response.result_int() > 599)
        __builtin_trap();
    if (routed.route.empty())
        __builtin_trap();
    return 0;
}

#pragma once

// Shared by the engine's part tests: an in-process server with the demo data, devices that
// reach it through a FakeTransport, and what the server holds.
#include "engine_fixture.h"

#include "engine/mutations.h"

#include <QTest>

#include <string>

namespace yk::test {

/// A device of `login`, enrolled and signed in, or a failed QVERIFY in the caller.
#define YK_DEVICE(var, server, login, ...)                                                                   \
    auto var = FakeDevice::create(server __VA_OPT__(, ) __VA_ARGS__);                                        \
    QVERIFY(var);                                                                                            \
    {                                                                                                        \
        const auto failed = var->enrolAndSignIn(login);                                                      \
        QVERIFY2(failed.empty(), failed.c_str());                                                            \
    }

/// A draft case of the demo facility with about `textBytes` of Japanese text in its sections.
yokoten::v1::GoodPracticeCase draftCase(
    InProcessServer& server, const std::string& title, std::size_t textBytes = 0);

/// The server's copy of a case, or an empty case.
yokoten::v1::GoodPracticeCase serverCase(InProcessServer& server, const std::string& id);

} // namespace yk::test

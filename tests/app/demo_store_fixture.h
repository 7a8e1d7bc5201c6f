#pragma once

#include "app_test_fixture.h"

#include <QtTest>

namespace yk::app::test {

/// The demo store of AppFixture under the name the equipment, loan, assessment and
/// moderation tests use.
class DemoStore : public yk::test::AppFixture {
public:
    bool open() { return openDemoStore(); }
};

} // namespace yk::app::test

// The precompiled header every QtTest program of the suite shares (yk_test_pch in
// tests/CMakeLists.txt): what nearly every test parses, about half of its compile time.
// Only system headers that no per-target macro changes: QtTest itself is left out because
// qtest.h depends on QT_GUI_LIB and QT_TESTCASE_BUILDDIR, which differ between the programs,
// and the wire messages because not every program has them on its include path.
#pragma once

#include <QtCore/QtCore>

#include <google/protobuf/message.h>
#include <google/protobuf/util/time_util.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

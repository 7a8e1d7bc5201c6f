#include "camera_access.h"

#include <QCameraDevice>
#include <QDir>
#include <QFileInfo>
#include <QMediaDevices>
#include <QTest>

#include <algorithm>

using namespace yk::platform;
using State = CameraCheck::State;

namespace {

CameraAccess::Probe probe(int cameras, QStringList nodes, bool openable)
{
    CameraAccess::Probe p;
    p.videoInputCount = [cameras] { return cameras; };
    p.deviceNodes = [nodes] { return nodes; };
    p.canOpen = [openable](const QString&) { return openable; };
    return p;
}

} // namespace

/// CameraAccess: a usable camera, none, or one this app may not open, with a message for each.
class TestCameraAccess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decides_data()
    {
        QTest::addColumn<int>("cameras");
        QTest::addColumn<QStringList>("nodes");
        QTest::addColumn<bool>("openable");
        QTest::addColumn<State>("expected");
        const QStringList video0 { QStringLiteral("/dev/video0") };
        QTest::newRow("camera listed") << 1 << video0 << true << State::Available;
        QTest::newRow("nothing at all") << 0 << QStringList() << true << State::NoCamera;
        QTest::newRow("node we may not open") << 0 << video0 << false << State::PermissionDenied;
        QTest::newRow("openable node, no camera") << 0 << video0 << true << State::NoCamera;
        QTest::newRow("listed though nodes unreadable") << 2 << video0 << false << State::Available;
    }
    void decides()
    {
        QFETCH(int, cameras);
        QFETCH(QStringList, nodes);
        QFETCH(bool, openable);
        QFETCH(State, expected);
        const CameraCheck check = CameraAccess(probe(cameras, nodes, openable)).check();
        QCOMPARE(check.state, expected);
        QCOMPARE(check.messageJa.isEmpty(), expected == State::Available);
        QCOMPARE(check.messageEn.isEmpty(), expected == State::Available);
    }

    void permissionMessageSaysWhatToDo()
    {
        const CameraCheck check = CameraAccess(probe(0, { QStringLiteral("/dev/video0") }, false)).check();
        QVERIFY(check.messageJa.contains(QStringLiteral("許可")));
        QVERIFY(check.messageEn.contains(QStringLiteral("Allow camera access")));
    }

    void oneReadableNodeOfSeveralIsNotAPermissionProblem()
    {
        CameraAccess::Probe p
            = probe(0, { QStringLiteral("/dev/video0"), QStringLiteral("/dev/video1") }, false);
        p.canOpen = [](const QString& node) { return node.endsWith(QLatin1Char('1')); };
        QCOMPARE(CameraAccess(p).check().state, State::NoCamera);
    }

    void systemProbeAgreesWithThisMachine()
    {
        // The real probe: a build machine has no /dev/video*, a desktop may. Work out from
        // what this machine shows (Qt's camera list, /dev and the nodes' permissions) the one
        // state the check must report, and require exactly that one.
        const QStringList nodes
            = QDir(QStringLiteral("/dev")).entryList({ QStringLiteral("video*") }, QDir::System);
        const bool anyOpenable = std::any_of(nodes.cbegin(), nodes.cend(), [](const QString& name) {
            const QFileInfo node(QStringLiteral("/dev/") + name);
            return node.isReadable() && node.isWritable();
        });
        State expected = State::PermissionDenied;
        if (!QMediaDevices::videoInputs().isEmpty())
            expected = State::Available;
        else if (nodes.isEmpty() || anyOpenable)
            expected = State::NoCamera;
        QCOMPARE(CameraAccess().check().state, expected);
    }
};

QTEST_MAIN(TestCameraAccess)
#include "tst_camera_access.moc"

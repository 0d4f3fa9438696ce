// The test peers of Peers.h come up on free ports, answer C-ECHO (pellucid-cli echo) and stop.

#include "tests/support/Peers.h"
#include "tests/support/TestSupport.h"

#include <QJsonObject>
#include <QTest>

using namespace pellucid::test;

class TestPeers : public QObject {
    Q_OBJECT
private slots:
    void orthancAnswersEcho();
    void dcmqrscpAnswersEcho();
    void storescpAnswersEcho();

private:
    static void expectEcho(const PeerProcess& peer);
};

void TestPeers::expectEcho(const PeerProcess& peer) {
    QVERIFY(peer.running());
    QVERIFY(peer.pid() > 0);
    const CliRun run =
        runCli({"echo", QString::fromStdString(peer.address()), "--json", "--timeout", "5"}, 30000);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.json().object()["ok"].toBool());
}

void TestPeers::orthancAnswersEcho() {
    auto orthanc = OrthancPeer::start({"ORTHANC", {{"viewer", "VIEWER", 11112}}});
    QVERIFY(orthanc);
    expectEcho(*orthanc);
    QCOMPARE(orthanc->instanceCount(), 0);
    QVERIFY(orthanc->httpGet("/modalities").contains("viewer"));
    orthanc->stop();
    QVERIFY(!orthanc->running());
}

void TestPeers::dcmqrscpAnswersEcho() {
    auto dcmqrscp = DcmqrscpPeer::start({"DCMQRSCP", {{"viewer", "VIEWER", 11112}}, {}});
    QVERIFY(dcmqrscp);
    expectEcho(*dcmqrscp);
    dcmqrscp->stop();
    QVERIFY(!dcmqrscp->running());
}

void TestPeers::storescpAnswersEcho() {
    auto storescp = StorescpPeer::start("STORESCP");
    QVERIFY(storescp);
    expectEcho(*storescp);
    QVERIFY(storescp->receivedFiles().empty());
    storescp->stop();
    QVERIFY(!storescp->running());
}

QTEST_GUILESS_MAIN(TestPeers)
#include "tst_peers.moc"

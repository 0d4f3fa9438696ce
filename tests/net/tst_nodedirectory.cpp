// Remote nodes persist in an INI file with every per-node option; names are unique.

#include "net/common/NodeDirectory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pellucid;

namespace {
RemoteNode makeNode(const char* aeTitle, const char* host, int port) {
    RemoteNode n;
    n.aeTitle = aeTitle;
    n.host = host;
    n.port = port;
    return n;
}
} // namespace

class TestNodeDirectory : public QObject {
    Q_OBJECT
private slots:
    void everyFieldSurvivesARestart();
    void addUpdateRemove();
    void refusesInvalidNodes();
};

void TestNodeDirectory::everyFieldSurvivesARestart() {
    QTemporaryDir dir;
    const QString ini = dir.filePath("nodes.ini");
    RemoteNode pacs;
    pacs.aeTitle = "PACS1";
    pacs.host = "pacs.example.org";
    pacs.port = 11112;
    pacs.name = "Main PACS (radiology)";
    pacs.retrieveMethod = RetrieveMethod::Move;
    pacs.preferredTransferSyntaxes = {"1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.1"};
    pacs.maxPduLength = 262144;
    pacs.connectTimeoutSeconds = 7;
    pacs.dimseTimeoutSeconds = 120;
    pacs.tls = true;
    std::string error;
    QVERIFY2(NodeDirectory(ini).add(pacs, &error), error.c_str());
    QVERIFY(QFile::exists(ini));

    const std::vector<RemoteNode> nodes = NodeDirectory(ini).list(); // a new reader
    QCOMPARE(nodes.size(), std::size_t{1});
    const RemoteNode& n = nodes[0];
    QCOMPARE(n.aeTitle, pacs.aeTitle);
    QCOMPARE(n.host, pacs.host);
    QCOMPARE(n.port, pacs.port);
    QCOMPARE(n.name, pacs.name);
    QVERIFY(n.retrieveMethod == RetrieveMethod::Move);
    QCOMPARE(n.preferredTransferSyntaxes, pacs.preferredTransferSyntaxes);
    QCOMPARE(n.maxPduLength, pacs.maxPduLength);
    QCOMPARE(n.connectTimeoutSeconds, 7);
    QCOMPARE(n.dimseTimeoutSeconds, 120);
    QVERIFY(n.tls);
}

void TestNodeDirectory::addUpdateRemove() {
    QTemporaryDir dir;
    NodeDirectory nodes(dir.filePath("nodes.ini"));
    std::string error;
    RemoteNode a = makeNode("AE_A", "127.0.0.1", 104);
    RemoteNode b = makeNode("AE_B", "10.0.0.2", 4242);
    b.name = "Bee";
    QVERIFY(nodes.add(a, &error));
    QVERIFY(nodes.add(b, &error));
    QVERIFY(!nodes.add(a, &error)); // the name (AE title) is taken
    QVERIFY(error.find("exists") != std::string::npos);
    QCOMPARE(nodes.list().size(), std::size_t{2});
    QVERIFY(nodes.find("Bee"));
    QVERIFY(nodes.find("AE_A"));
    QVERIFY(!nodes.find("AE_B")); // known by its display name

    RemoteNode changed = *nodes.find("Bee");
    changed.port = 5000;
    changed.name = "Bee two";
    QVERIFY2(nodes.update("Bee", changed, &error), error.c_str());
    QVERIFY(!nodes.find("Bee"));
    QCOMPARE(nodes.find("Bee two")->port, 5000);
    QVERIFY(!nodes.update("nobody", changed, &error));
    changed.name = "AE_A"; // renaming onto another node's name
    QVERIFY(!nodes.update("Bee two", changed, &error));

    QVERIFY(nodes.remove("AE_A"));
    QVERIFY(!nodes.remove("AE_A"));
    const auto left = nodes.list();
    QCOMPARE(left.size(), std::size_t{1});
    QCOMPARE(left[0].name, std::string("Bee two"));
    QVERIFY(nodes.remove("Bee two"));
    QVERIFY(nodes.list().empty());
}

void TestNodeDirectory::refusesInvalidNodes() {
    QTemporaryDir dir;
    NodeDirectory nodes(dir.filePath("nodes.ini"));
    std::string error;
    QVERIFY(!nodes.add(makeNode("WAY_TOO_LONG_AE_TITLE_X", "h", 104), &error));
    QVERIFY(!nodes.add(makeNode("OK", "", 104), &error));
    QVERIFY(!nodes.add(makeNode("OK", "h", 70000), &error));
    QVERIFY(nodes.list().empty());
}

QTEST_GUILESS_MAIN(TestNodeDirectory)
#include "tst_nodedirectory.moc"

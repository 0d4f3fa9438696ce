// C-FIND against two real Q/R SCPs loaded with the same data: Orthanc (lenient, UTF-8 answers)
// and DCMTK's dcmqrscp (strict, fewer keys, answers in the stored character sets).

#include "net/scu/FindScu.h"
#include "tests/support/Peers.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <set>

#ifndef _WIN32
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace pellucid;
using namespace pellucid::test;
namespace fs = std::filesystem;

namespace {

const std::string kStudyA = "1.2.826.0.1.3680043.8.498.100";
const std::string kStudyB = "1.2.826.0.1.3680043.8.498.200";
const std::string kStudyC = "1.2.826.0.1.3680043.8.498.300";
constexpr int kStudies = 3 + 5; // synthetic + pydicom charset samples

QueryKey key(const char* text) {
    std::string error;
    auto k = parseQueryKey(text, &error);
    if (!k)
        qFatal("bad key %s: %s", text, error.c_str());
    return *k;
}

std::set<std::string> column(const FindResult& result, const char* keyword) {
    std::set<std::string> values;
    for (const auto& m : result.matches)
        values.insert(m.value(keyword));
    return values;
}

} // namespace

class TestFindScu : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void parsesKeys();
    void studyRootStudyLevel_data();
    void studyRootStudyLevel();
    void eachLevel_data();
    void eachLevel();
    void matchingTypes_data();
    void matchingTypes();
    void namesComeBackAsUtf8_data();
    void namesComeBackAsUtf8();
    void utf8QueryValue();
    void limitCancels_data();
    void limitCancels();
    void callbackStopsTheQuery();
    void unsupportedKeyIsHarmless();
    void patientStudyOnlyModel();
    void nobodyListening();
    void listenerThatNeverAnswers();
    void wrongCalledAeTitle();
    void relationalQueries();
    void cliFind();

private:
    RemoteNode node(const PeerProcess& peer) const;
    const PeerProcess& peer(const QString& name) const;
    FindResult query(const QString& peerName, QueryModel model, QueryLevel level,
                     std::vector<QueryKey> keys, std::size_t limit = 0);

    QTemporaryDir dir_;
    std::unique_ptr<OrthancPeer> orthanc_;
    std::unique_ptr<DcmqrscpPeer> dcmqrscp_;
};

RemoteNode TestFindScu::node(const PeerProcess& peer) const {
    RemoteNode n;
    n.aeTitle = peer.aeTitle();
    n.host = "127.0.0.1";
    n.port = peer.port();
    n.connectTimeoutSeconds = 10;
    n.dimseTimeoutSeconds = 20;
    return n;
}

const PeerProcess& TestFindScu::peer(const QString& name) const {
    if (name == QLatin1String("orthanc"))
        return *orthanc_;
    return *dcmqrscp_;
}

FindResult TestFindScu::query(const QString& peerName, QueryModel model, QueryLevel level,
                              std::vector<QueryKey> keys, std::size_t limit) {
    FindRequest request;
    request.model = model;
    request.level = level;
    request.keys = std::move(keys);
    request.limit = limit;
    return find(node(peer(peerName)), request);
}

void TestFindScu::initTestCase() {
    QVERIFY(dir_.isValid());
    const fs::path root = dir_.path().toStdString();
    std::vector<fs::path> files;
    auto add = [&](TestInstance spec, const std::string& name) {
        const fs::path file = root / name;
        writeInstance(file, spec);
        files.push_back(file);
    };
    // Study A: DOE^JOHN, two series (CT x3, MR x2), 2020-01-15.
    for (int i = 1; i <= 5; ++i) {
        TestInstance t;
        t.patientName = "DOE^JOHN";
        t.patientId = "P1";
        t.studyDate = "20200115";
        t.studyUid = kStudyA;
        t.seriesUid = kStudyA + (i <= 3 ? ".1" : ".2");
        t.modality = i <= 3 ? "CT" : "MR";
        t.sopUid = kStudyA + ".9." + std::to_string(i);
        t.instanceNumber = i;
        add(t, "a" + std::to_string(i) + ".dcm");
    }
    // Study B: DOE^JANE, 2021-06-20; study C: SMITH^ANNA, 2019-03-01.
    for (int i = 1; i <= 2; ++i) {
        TestInstance t;
        t.patientName = "DOE^JANE";
        t.patientId = "P2";
        t.studyDate = "20210620";
        t.studyUid = kStudyB;
        t.seriesUid = kStudyB + ".1";
        t.sopUid = kStudyB + ".9." + std::to_string(i);
        t.instanceNumber = i;
        add(t, "b" + std::to_string(i) + ".dcm");
    }
    TestInstance c;
    c.patientName = "SMITH^ANNA";
    c.patientId = "P3";
    c.studyDate = "20190301";
    c.studyUid = kStudyC;
    c.seriesUid = kStudyC + ".1";
    c.sopUid = kStudyC + ".9.1";
    add(c, "c1.dcm");
    // Names in ISO 2022 (Japanese, Korean), Greek and Cyrillic from pydicom's samples.
    for (const char* name :
         {"chrH31.dcm", "chrI2.dcm", "chrGreek.dcm", "chrRuss.dcm", "chrJapMulti.dcm"})
        files.push_back(pydicomData() / "charset_files" / name);

    orthanc_ = OrthancPeer::start();
    QVERIFY(orthanc_);
    dcmqrscp_ = DcmqrscpPeer::start();
    QVERIFY(dcmqrscp_);
    QVERIFY(orthanc_->store(files));
    QVERIFY(dcmqrscp_->store(files));
    QCOMPARE(orthanc_->instanceCount(), static_cast<int>(files.size()));
}

void TestFindScu::parsesKeys() {
    std::string error;
    auto k = parseQueryKey("PatientName=DOE*", &error);
    QVERIFY(k);
    QCOMPARE(k->group, std::uint16_t{0x0010});
    QCOMPARE(k->element, std::uint16_t{0x0010});
    QCOMPARE(k->value, std::string("DOE*"));
    // Any keyword of DCMTK's dictionary, not only the cache's; tags in three spellings.
    k = parseQueryKey("InstitutionName=X", &error);
    QVERIFY(k);
    QCOMPARE(k->element, std::uint16_t{0x0080});
    for (const char* t : {"0008,0080=X", "(0008,0080)=X", "00080080=X"}) {
        k = parseQueryKey(t, &error);
        QVERIFY2(k, t);
        QCOMPARE(k->keyword, std::string("InstitutionName"));
    }
    k = parseQueryKey("SOPClassesInStudy", &error);
    QVERIFY(k);
    QVERIFY(k->value.empty());
    QVERIFY(!parseQueryKey("NoSuchKeyword=1", &error));
    QVERIFY(error.find("NoSuchKeyword") != std::string::npos);
    QVERIFY(!parseQueryKey("ReferencedSeriesSequence=", &error));
}

void TestFindScu::studyRootStudyLevel_data() {
    QTest::addColumn<QString>("peer");
    QTest::newRow("orthanc") << "orthanc";
    QTest::newRow("dcmqrscp") << "dcmqrscp";
}

void TestFindScu::studyRootStudyLevel() {
    QFETCH(QString, peer);
    const FindResult all = query(peer, QueryModel::StudyRoot, QueryLevel::Study, {});
    QVERIFY2(all.ok, all.error.c_str());
    QCOMPARE(all.status, std::uint16_t{0});
    QCOMPARE(all.matches.size(), std::size_t{kStudies});
    const auto uids = column(all, "StudyInstanceUID");
    QVERIFY(uids.count(kStudyA) && uids.count(kStudyB) && uids.count(kStudyC));
    // Orthanc pads to even length: values come back trimmed.
    const FindResult a =
        query(peer, QueryModel::StudyRoot, QueryLevel::Study, {key("PatientID=P1")});
    QCOMPARE(a.matches.size(), std::size_t{1});
    QCOMPARE(a.matches[0].value("PatientName"), std::string("DOE^JOHN"));
    QCOMPARE(a.matches[0].value("StudyDate"), std::string("20200115"));
    QCOMPARE(a.matches[0].byTag.at(0x0020000D), kStudyA);
}

void TestFindScu::eachLevel_data() {
    studyRootStudyLevel_data();
}

void TestFindScu::eachLevel() {
    QFETCH(QString, peer);
    // PATIENT (Patient Root).
    FindResult r = query(peer, QueryModel::PatientRoot, QueryLevel::Patient, {key("PatientID=P*")});
    QVERIFY2(r.ok, r.error.c_str());
    QCOMPARE(column(r, "PatientID"), (std::set<std::string>{"P1", "P2", "P3"}));
    // STUDY under a patient (Patient Root).
    r = query(peer, QueryModel::PatientRoot, QueryLevel::Study, {key("PatientID=P1")});
    QVERIFY2(r.ok, r.error.c_str());
    QCOMPARE(column(r, "StudyInstanceUID"), std::set<std::string>{kStudyA});
    // SERIES of study A.
    r = query(peer, QueryModel::StudyRoot, QueryLevel::Series,
              {key(("StudyInstanceUID=" + kStudyA).c_str())});
    QVERIFY2(r.ok, r.error.c_str());
    QCOMPARE(column(r, "SeriesInstanceUID"),
             (std::set<std::string>{kStudyA + ".1", kStudyA + ".2"}));
    QCOMPARE(column(r, "Modality"), (std::set<std::string>{"CT", "MR"}));
    // IMAGE of the CT series, in both models.
    for (QueryModel model : {QueryModel::StudyRoot, QueryModel::PatientRoot}) {
        std::vector<QueryKey> keys{key(("StudyInstanceUID=" + kStudyA).c_str()),
                                   key(("SeriesInstanceUID=" + kStudyA + ".1").c_str())};
        if (model == QueryModel::PatientRoot)
            keys.push_back(key("PatientID=P1"));
        r = query(peer, model, QueryLevel::Instance, keys);
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(column(r, "SOPInstanceUID"),
                 (std::set<std::string>{kStudyA + ".9.1", kStudyA + ".9.2", kStudyA + ".9.3"}));
        QCOMPARE(column(r, "InstanceNumber"), (std::set<std::string>{"1", "2", "3"}));
    }
}

void TestFindScu::matchingTypes_data() {
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("studies");
    const QString a = QString::fromStdString(kStudyA), b = QString::fromStdString(kStudyB),
                  c = QString::fromStdString(kStudyC);
    for (const QString peer : {"orthanc", "dcmqrscp"}) {
        const QByteArray p = peer.toLatin1() + " ";
        QTest::newRow(p + "wildcard *") << peer << "PatientName=DOE*" << QStringList{a, b};
        QTest::newRow(p + "wildcard ?") << peer << "PatientID=P?" << QStringList{a, b, c};
        QTest::newRow(p + "single value") << peer << "PatientID=P3" << QStringList{c};
        QTest::newRow(p + "date range") << peer << "StudyDate=20200101-20201231" << QStringList{a};
        QTest::newRow(p + "open date range") << peer << "StudyDate=20200101-" << QStringList{a, b};
        QTest::newRow(p + "date up to") << peer << "StudyDate=-20200115" << QStringList{a, c};
        QTest::newRow(p + "uid list")
            << peer << "StudyInstanceUID=" + a + "\\" + c << QStringList{a, c};
    }
}

void TestFindScu::matchingTypes() {
    QFETCH(QString, peer);
    QFETCH(QString, key);
    QFETCH(QStringList, studies);
    // Only the synthetic studies: the pydicom samples have other IDs and dates.
    std::vector<QueryKey> keys{::key(key.toUtf8().constData())};
    if (!key.startsWith("PatientID"))
        keys.push_back(::key("PatientID=P*"));
    const FindResult r = query(peer, QueryModel::StudyRoot, QueryLevel::Study, keys);
    QVERIFY2(r.ok, r.error.c_str());
    std::set<std::string> expected;
    for (const QString& s : studies)
        expected.insert(s.toStdString());
    QCOMPARE(column(r, "StudyInstanceUID"), expected);
}

void TestFindScu::namesComeBackAsUtf8_data() {
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QString>("patientId");
    QTest::addColumn<QString>("name");
    for (const QString peer : {"orthanc", "dcmqrscp"}) {
        const QByteArray p = peer.toLatin1() + " ";
        QTest::newRow(p + "japanese iso 2022")
            << peer << "H31EXAMPLE" << QString::fromUtf8("Yamada^Tarou=山田^太郎=やまだ^たろう");
        QTest::newRow(p + "korean iso 2022")
            << peer << "I2EXAMPLE" << QString::fromUtf8("Hong^Gildong=洪^吉洞=홍^길동");
        QTest::newRow(p + "greek") << peer << "SCSGREEK" << QString::fromUtf8("Διονυσιος");
        QTest::newRow(p + "russian") << peer << "SCSRUSS" << QString::fromUtf8("Люкceмбypг");
        QTest::newRow(p + "japanese multi")
            << peer << "2008-4" << QString::fromUtf8("やまだ^たろう");
    }
}

void TestFindScu::namesComeBackAsUtf8() {
    QFETCH(QString, peer);
    QFETCH(QString, patientId);
    QFETCH(QString, name);
    const FindResult r = query(peer, QueryModel::StudyRoot, QueryLevel::Study,
                               {key(("PatientID=" + patientId.toStdString()).c_str())});
    QVERIFY2(r.ok, r.error.c_str());
    QCOMPARE(r.matches.size(), std::size_t{1});
    QCOMPARE(QString::fromStdString(r.matches[0].value("PatientName")), name);
}

void TestFindScu::utf8QueryValue() {
    // A non-ASCII key goes out as ISO_IR 192; Orthanc matches it against its UTF-8 index.
    const FindResult r =
        query("orthanc", QueryModel::StudyRoot, QueryLevel::Study, {key("PatientName=Διον*")});
    QVERIFY2(r.ok, r.error.c_str());
    QCOMPARE(column(r, "PatientID"), std::set<std::string>{"SCSGREEK"});
}

void TestFindScu::limitCancels_data() {
    studyRootStudyLevel_data();
}

void TestFindScu::limitCancels() {
    QFETCH(QString, peer);
    QElapsedTimer timer;
    timer.start();
    const FindResult r = query(peer, QueryModel::StudyRoot, QueryLevel::Study, {}, 2);
    QVERIFY2(r.ok, r.error.c_str());
    QVERIFY(r.cancelled);
    QVERIFY(r.limitReached);
    QCOMPARE(r.matches.size(), std::size_t{2});
    QVERIFY2(timer.elapsed() < 10000, "C-CANCEL must end the query promptly");
    // The association was left cleanly: the next query works.
    QCOMPARE(query(peer, QueryModel::StudyRoot, QueryLevel::Study, {}).matches.size(),
             std::size_t{kStudies});
}

void TestFindScu::callbackStopsTheQuery() {
    FindRequest request;
    request.level = QueryLevel::Study;
    int seen = 0;
    const FindResult r = find(node(*dcmqrscp_), request, [&](const FindMatch& m) {
        ++seen;
        return m.value("StudyInstanceUID").empty(); // stop at the first real match
    });
    QVERIFY2(r.ok, r.error.c_str());
    QVERIFY(r.cancelled);
    QCOMPARE(seen, 1);
    QCOMPARE(r.matches.size(), std::size_t{1});
}

void TestFindScu::unsupportedKeyIsHarmless() {
    // dcmqrscp knows no NumberOfSeriesRelatedInstances (a default return key at SERIES level).
    const FindResult r = query(
        "dcmqrscp", QueryModel::StudyRoot, QueryLevel::Series,
        {key(("StudyInstanceUID=" + kStudyA).c_str()), key("NumberOfSeriesRelatedInstances")});
    QVERIFY2(r.ok, r.error.c_str());
    QCOMPARE(r.matches.size(), std::size_t{2});
    QVERIFY(r.matches[0].value("NumberOfSeriesRelatedInstances").empty());
    // Orthanc computes it.
    const FindResult o = query("orthanc", QueryModel::StudyRoot, QueryLevel::Series,
                               {key(("SeriesInstanceUID=" + kStudyA + ".1").c_str()),
                                key(("StudyInstanceUID=" + kStudyA).c_str())});
    QVERIFY2(o.ok, o.error.c_str());
    QCOMPARE(o.matches.size(), std::size_t{1});
    QCOMPARE(o.matches[0].value("NumberOfSeriesRelatedInstances"), std::string("3"));
}

void TestFindScu::patientStudyOnlyModel() {
    // dcmqrscp still answers the retired model...
    FindResult r =
        query("dcmqrscp", QueryModel::PatientStudyOnly, QueryLevel::Study, {key("PatientID=P1")});
    QVERIFY2(r.ok, r.error.c_str());
    QCOMPARE(column(r, "StudyInstanceUID"), std::set<std::string>{kStudyA});
    r = query("dcmqrscp", QueryModel::PatientStudyOnly, QueryLevel::Patient, {key("PatientID=P2")});
    QVERIFY2(r.ok, r.error.c_str());
    QCOMPARE(column(r, "PatientName"), std::set<std::string>{"DOE^JANE"});
    // ...Orthanc does not negotiate it: a clean refusal, not a hang or a crash.
    r = query("orthanc", QueryModel::PatientStudyOnly, QueryLevel::Study, {});
    QVERIFY(!r.ok);
    QVERIFY2(r.error.find("does not offer the patient-study-only") != std::string::npos,
             r.error.c_str());
    // A level the model does not have is refused before any network traffic.
    r = query("dcmqrscp", QueryModel::PatientStudyOnly, QueryLevel::Series, {});
    QVERIFY(!r.ok);
    QVERIFY(r.error.find("no SERIES level") != std::string::npos);
}

void TestFindScu::nobodyListening() {
    RemoteNode n;
    n.aeTitle = "NOBODY";
    n.host = "127.0.0.1";
    n.port = freePort();
    n.connectTimeoutSeconds = 3;
    n.dimseTimeoutSeconds = 3;
    QElapsedTimer timer;
    timer.start();
    const FindResult r = find(n, FindRequest{});
    QVERIFY(!r.ok);
    QVERIFY(!r.error.empty());
    QVERIFY(timer.elapsed() < 15000);
}

void TestFindScu::listenerThatNeverAnswers() {
#ifndef _WIN32
    // The kernel completes the TCP handshake; nobody ever reads the A-ASSOCIATE-RQ.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QVERIFY(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    QVERIFY(::listen(fd, 4) == 0);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    RemoteNode n;
    n.aeTitle = "SILENT";
    n.host = "127.0.0.1";
    n.port = ntohs(address.sin_port);
    n.connectTimeoutSeconds = 3;
    n.dimseTimeoutSeconds = 3;
    QElapsedTimer timer;
    timer.start();
    const FindResult r = find(n, FindRequest{});
    ::close(fd);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.find("did not answer in time") != std::string::npos ||
                 r.error.find("cannot associate") != std::string::npos,
             r.error.c_str());
    QVERIFY2(timer.elapsed() < 15000, "bounded by the 3 s ACSE timeout");
#endif
}

void TestFindScu::wrongCalledAeTitle() {
    RemoteNode n = node(*dcmqrscp_);
    n.aeTitle = "NOT_DCMQRSCP";
    const FindResult r = find(n, FindRequest{});
    QVERIFY(!r.ok);
    QVERIFY2(r.error.find("rejected the association") != std::string::npos, r.error.c_str());
}

void TestFindScu::relationalQueries() {
    // Orthanc answers a SERIES query without the study's UID as it is.
    FindRequest request;
    request.level = QueryLevel::Series;
    request.keys = {key("Modality=MR")};
    request.relational = true;
    FindResult r = find(node(*orthanc_), request);
    QVERIFY2(r.ok, r.error.c_str());
    QVERIFY(!r.relationalFallback);
    QCOMPARE(column(r, "SeriesInstanceUID"), std::set<std::string>{kStudyA + ".2"});

    // dcmqrscp checking identifiers (-XF) refuses it: without --relational that is an error,
    // with it the query is answered level by level, and the result says so.
    DcmqrscpOptions strictOptions;
    strictOptions.aeTitle = "STRICTQR";
    strictOptions.extraArgs = {"-XF"};
    auto strict = DcmqrscpPeer::start(strictOptions);
    QVERIFY(strict);
    const fs::path root = dir_.path().toStdString();
    QVERIFY(strict->store({root / "a1.dcm", root / "a4.dcm", root / "a5.dcm", root / "b1.dcm"}));
    request.relational = false;
    r = find(node(*strict), request);
    QVERIFY(!r.ok);
    QCOMPARE(r.status, std::uint16_t{0xA900});
    request.relational = true;
    r = find(node(*strict), request);
    QVERIFY2(r.ok, r.error.c_str());
    QVERIFY(r.relationalFallback);
    QVERIFY(!r.notes.empty());
    QCOMPARE(column(r, "SeriesInstanceUID"), std::set<std::string>{kStudyA + ".2"});
    QCOMPARE(r.matches[0].value("Modality"), std::string("MR"));
    // IMAGE level from a patient key, with a limit across the hierarchical queries.
    request.level = QueryLevel::Instance;
    request.keys = {key("PatientID=P1")};
    r = find(node(*strict), request);
    QVERIFY2(r.ok, r.error.c_str());
    QCOMPARE(column(r, "SOPInstanceUID"),
             (std::set<std::string>{kStudyA + ".9.1", kStudyA + ".9.4", kStudyA + ".9.5"}));
    request.limit = 2;
    r = find(node(*strict), request);
    QVERIFY2(r.ok, r.error.c_str());
    QCOMPARE(r.matches.size(), std::size_t{2});
    QVERIFY(r.limitReached);
}

void TestFindScu::cliFind() {
    const QString qr = QString::fromStdString(dcmqrscp_->address());
    CliRun run = runCli({"find", qr, "--level", "SERIES", "-k",
                         QString::fromStdString("StudyInstanceUID=" + kStudyA), "--json"});
    QCOMPARE(run.exitCode, 0);
    QJsonObject o = run.json().object();
    QCOMPARE(o["count"].toInt(), 2);
    QCOMPARE(o["status"].toString(), QString("success"));
    QStringList modalities;
    for (const auto& m : o["matches"].toArray())
        modalities << m.toObject()["Modality"].toString();
    modalities.sort();
    QCOMPARE(modalities, (QStringList{"CT", "MR"}));
    // UTF-8 in the JSON document.
    run = runCli({"find", QString::fromStdString(orthanc_->address()), "--level", "PATIENT",
                  "--model", "patient", "-k", "PatientID=I2EXAMPLE", "--json"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().object()["matches"].toArray().at(0).toObject()["PatientName"].toString(),
             QString::fromUtf8("Hong^Gildong=洪^吉洞=홍^길동"));
    // --limit: fewer rows, cancelled, still a success.
    run = runCli({"find", qr, "--level", "STUDY", "--limit", "3", "--json"});
    QCOMPARE(run.exitCode, 0);
    o = run.json().object();
    QCOMPARE(o["count"].toInt(), 3);
    QVERIFY(o["cancelled"].toBool());
    // A refusal is a failure (2) with a reason; bad usage is 1.
    run = runCli({"find", QString::fromStdString(orthanc_->address()), "--model",
                  "patient-study-only", "--json"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.json().object()["error"].toString().isEmpty());
    QCOMPARE(runCli({"find", qr, "--level", "FRAME"}).exitCode, 1);
    QCOMPARE(runCli({"find", qr, "--level", "PATIENT", "--model", "study"}).exitCode, 1);
    QCOMPARE(runCli({"find", qr, "-k", "NoSuchKeyword=1"}).exitCode, 1);
    QCOMPARE(runCli({"find", "NOPORT@127.0.0.1"}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestFindScu)
#include "tst_findscu.moc"

// Retrieve by C-GET and by C-MOVE from Orthanc and dcmqrscp into the cache (pellucid-cli
// retrieve, and GetScu directly for progress and cancel), on a make-corpus study set.

#include "core/cache/Cache.h"
#include "core/cache/InstanceIntake.h"
#include "net/scp/DicomServer.h"
#include "net/scu/GetScu.h"
#include "net/scu/RetrieveQueue.h"
#include "tests/support/Peers.h"
#include "tests/support/TestSupport.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <set>

using namespace pellucid;
using namespace pellucid::test;
namespace fs = std::filesystem;

namespace {

struct CorpusSeries {
    QString studyUid, seriesUid;
};

// The dataset of a Part 10 file: everything after the meta header, which we write ourselves
// on receipt (it names our implementation), so only the dataset can be compared to the source.
QByteArray datasetBytes(const QString& file) {
    const QByteArray bytes = readBytes(file.toStdString());
    if (bytes.size() < 144 || bytes.mid(128, 4) != "DICM")
        return {};
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData()) + 140;
    const quint32 metaLength = p[0] | (p[1] << 8) | (p[2] << 16) | (quint32(p[3]) << 24);
    return bytes.mid(144 + static_cast<qsizetype>(metaLength));
}

// The intake of the cache at `root`, opened the way the server and the retrieves open it.
std::unique_ptr<InstanceIntake> openIntake(const fs::path& root, std::string* error) {
    const auto cache = Cache::open(root, error);
    return cache ? cache->openIntake(error) : nullptr;
}

} // namespace

class TestRetrieve : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void getStudy_data();
    void getStudy();
    void getSeriesAndInstances_data();
    void getSeriesAndInstances();
    void moveStudy_data();
    void moveStudy();
    void getKeepsCompressedSyntax();
    void getReportsProgressAndCancels();
    void failuresAreReported();
    void queueRunsJobsInOrder();
    void manySopClassesInOneStudy();
    void queueMovesFromAnotherNodeInParallel();

private:
    const PeerProcess& peer(const QString& name) const;
    QString newCache();
    // Every retrieved instance of `studyUid` in `cache`, by SOP Instance UID → file.
    std::map<QString, QString> cachedInstances(const QString& cache, const QString& studyUid);
    void expectIdenticalDatasets(const std::map<QString, QString>& cached);

    QTemporaryDir dir_;
    std::vector<CorpusSeries> series_;
    std::map<QString, QString> originals_; // SOP Instance UID → corpus file
    int ourPort_ = 0;
    std::unique_ptr<OrthancPeer> orthanc_;
    std::unique_ptr<DcmqrscpPeer> dcmqrscp_;
    int caches_ = 0;
};

const PeerProcess& TestRetrieve::peer(const QString& name) const {
    if (name == QLatin1String("orthanc"))
        return *orthanc_;
    return *dcmqrscp_;
}

QString TestRetrieve::newCache() {
    return dir_.filePath(QStringLiteral("cache%1").arg(++caches_));
}

std::map<QString, QString> TestRetrieve::cachedInstances(const QString& cache,
                                                         const QString& studyUid) {
    const CliRun run = runCli({"--cache", cache, "list", "--level", "instance", "-k",
                               "StudyInstanceUID=" + studyUid, "--json"});
    std::map<QString, QString> found;
    if (run.exitCode != 0)
        return found;
    for (const auto& r : run.json().object()["results"].toArray())
        found[r.toObject()["SOPInstanceUID"].toString()] = r.toObject()["FilePath"].toString();
    return found;
}

void TestRetrieve::expectIdenticalDatasets(const std::map<QString, QString>& cached) {
    for (const auto& [uid, file] : cached) {
        QVERIFY2(originals_.count(uid), qPrintable(uid));
        const QByteArray got = datasetBytes(file);
        QVERIFY(!got.isEmpty());
        QVERIFY2(got == datasetBytes(originals_.at(uid)), qPrintable("dataset differs: " + uid));
    }
}

void TestRetrieve::initTestCase() {
    QVERIFY(dir_.isValid());
    const QString corpus = dir_.filePath("corpus");
    runTool("bash", {QString::fromStdString((sourceDir() / "tests/tools/make-corpus.sh").string()),
                     corpus, "2", "3", "--size", "64", "--series", "2", "--no-dicomdir"});
    QFile manifest(corpus + "/manifest.tsv");
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    manifest.readLine(); // header
    while (!manifest.atEnd()) {
        const QStringList f = QString::fromUtf8(manifest.readLine()).trimmed().split('\t');
        if (f.size() >= 8)
            series_.push_back({f[3], f[5]});
    }
    QCOMPARE(series_.size(), std::size_t{4}); // 2 studies x 2 series, 3 slices each
    std::vector<fs::path> files;
    QDirIterator it(corpus + "/RAW", QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        files.push_back(file.toStdString());
        // make-corpus names: 2.25.<hash>; read the UID from the file through our own reader
        // would be circular, so ask dcmdump.
        const QByteArray out = runTool("dcmdump", {"-q", "+P", "0008,0018", file});
        const int open = out.indexOf('['), close = out.indexOf(']');
        QVERIFY(open > 0 && close > open);
        originals_[QString::fromLatin1(out.mid(open + 1, close - open - 1))] = file;
    }
    QCOMPARE(files.size(), std::size_t{12});

    ourPort_ = freePort();
    orthanc_ = OrthancPeer::start({"ORTHANC", {{"viewer", "PELLUCID", ourPort_}}});
    QVERIFY(orthanc_);
    dcmqrscp_ = DcmqrscpPeer::start({"DCMQRSCP", {{"viewer", "PELLUCID", ourPort_}}, {}});
    QVERIFY(dcmqrscp_);
    QVERIFY(orthanc_->store(files));
    QVERIFY(dcmqrscp_->store(files));
}

void TestRetrieve::getStudy_data() {
    QTest::addColumn<QString>("peer");
    QTest::newRow("orthanc") << "orthanc";
    QTest::newRow("dcmqrscp") << "dcmqrscp";
}

void TestRetrieve::getStudy() {
    QFETCH(QString, peer);
    const QString cache = newCache();
    const QString study = series_[0].studyUid;
    const QStringList args{
        "--cache",  cache, "retrieve", QString::fromStdString(this->peer(peer).address()),
        "--method", "get", "--study",  study,
        "--json"};
    CliRun run = runCli(args);
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QJsonObject o = run.json().object();
    QCOMPARE(o["completed"].toInt(), 6);
    QCOMPARE(o["stored"].toInt(), 6);
    QCOMPARE(o["failed"].toInt(), 0);
    QCOMPARE(o["duplicates"].toInt(), 0);
    const auto cached = cachedInstances(cache, study);
    QCOMPARE(cached.size(), std::size_t{6});
    expectIdenticalDatasets(cached);
    QCOMPARE(checkCacheConsistency(cache.toStdString()), QString());
    // Again: all there already.
    run = runCli(args);
    QCOMPARE(run.exitCode, 0);
    o = run.json().object();
    QCOMPARE(o["duplicates"].toInt(), 6);
    QCOMPARE(o["stored"].toInt(), 0);
    QCOMPARE(cachedInstances(cache, study).size(), std::size_t{6});
}

void TestRetrieve::getSeriesAndInstances_data() {
    getStudy_data();
}

void TestRetrieve::getSeriesAndInstances() {
    QFETCH(QString, peer);
    const QString node = QString::fromStdString(this->peer(peer).address());
    const CorpusSeries& s = series_[3];
    QString cache = newCache();
    CliRun run = runCli({"--cache", cache, "retrieve", node, "--study", s.studyUid, "--series",
                         s.seriesUid, "--json"});
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QCOMPARE(run.json().object()["stored"].toInt(), 3);
    auto cached = cachedInstances(cache, s.studyUid);
    QCOMPARE(cached.size(), std::size_t{3});
    expectIdenticalDatasets(cached);
    // Two instances of that series, into a fresh cache.
    const QString first = cached.begin()->first, last = cached.rbegin()->first;
    cache = newCache();
    run = runCli({"--cache", cache, "retrieve", node, "--study", s.studyUid, "--series",
                  s.seriesUid, "--instance", first, "--instance", last, "--json"});
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QCOMPARE(run.json().object()["stored"].toInt(), 2);
    cached = cachedInstances(cache, s.studyUid);
    QCOMPARE(cached.size(), std::size_t{2});
    QVERIFY(cached.count(first) && cached.count(last));
}

void TestRetrieve::moveStudy_data() {
    getStudy_data();
}

void TestRetrieve::moveStudy() {
    QFETCH(QString, peer);
    const QString cache = newCache();
    const QString study = series_[2].studyUid;
    const QStringList args{
        "--cache",  cache,      "retrieve", QString::fromStdString(this->peer(peer).address()),
        "--method", "move",     "--port",   QString::number(ourPort_),
        "--aet",    "PELLUCID", "--study",  study,
        "--json"};
    CliRun run = runCli(args);
    QVERIFY2(run.exitCode == 0, run.out.constData() + run.err);
    QJsonObject o = run.json().object();
    QCOMPARE(o["completed"].toInt(), 6);
    QCOMPARE(o["failed"].toInt(), 0);
    QCOMPARE(o["stored"].toInt(), 6);
    const auto cached = cachedInstances(cache, study);
    QCOMPARE(cached.size(), std::size_t{6});
    expectIdenticalDatasets(cached);
    QCOMPARE(checkCacheConsistency(cache.toStdString()), QString());
    run = runCli(args);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().object()["duplicates"].toInt(), 6);
}

void TestRetrieve::getKeepsCompressedSyntax() {
    // JPEG-LS lossless stays JPEG-LS: one context per transfer syntax lets Orthanc send the
    // file as stored, without transcoding.
    const fs::path sample = pydicomData() / "test_files" / "MR_small_jpeg_ls_lossless.dcm";
    QVERIFY(orthanc_->store({sample}, "-xt"));
    const QByteArray out = runTool("dcmdump", {"-q", "+P", "0020,000D", "+P", "0008,0018",
                                               QString::fromStdString(sample.string())});
    const QList<QByteArray> lines = out.split('\n');
    auto value = [](const QByteArray& line) {
        return QString::fromLatin1(
            line.mid(line.indexOf('[') + 1, line.indexOf(']') - line.indexOf('[') - 1));
    };
    QString study, sop;
    for (const QByteArray& l : lines) {
        if (l.contains("(0020,000d)"))
            study = value(l);
        if (l.contains("(0008,0018)"))
            sop = value(l);
    }
    QVERIFY(!study.isEmpty() && !sop.isEmpty());
    // storescu re-encodes pydicom's file on the way in (lengths, padding): what the retrieve
    // must reproduce is the file as Orthanc keeps it, fetched over its REST API.
    const QJsonArray found =
        QJsonDocument::fromJson(orthanc_->httpPost("/tools/lookup", sop.toLatin1())).array();
    QCOMPARE(found.size(), 1);
    const QByteArray stored =
        orthanc_->httpGet("/instances/" + found.at(0).toObject()["ID"].toString() + "/file");
    QVERIFY(!stored.isEmpty());
    const QString storedFile = dir_.filePath("orthanc-jpeg-ls.dcm");
    writeBytes(storedFile.toStdString(), stored);
    originals_[sop] = storedFile;
    const QString cache = newCache();
    const CliRun run =
        runCli({"--cache", cache, "retrieve", QString::fromStdString(orthanc_->address()),
                "--study", study, "--json"});
    QVERIFY2(run.exitCode == 0, run.out.constData());
    const CliRun list = runCli({"--cache", cache, "list", "--level", "instance", "--json"});
    const QJsonObject instance = list.json().object()["results"].toArray().at(0).toObject();
    QCOMPARE(instance["TransferSyntaxUID"].toString(), QString("1.2.840.10008.1.2.4.80"));
    expectIdenticalDatasets(cachedInstances(cache, study));
}

void TestRetrieve::getReportsProgressAndCancels() {
    std::string error;
    const QString cache = newCache();
    auto intake = openIntake(cache.toStdString(), &error);
    QVERIFY2(intake, error.c_str());
    RemoteNode node;
    node.aeTitle = orthanc_->aeTitle();
    node.host = "127.0.0.1";
    node.port = orthanc_->port();
    node.dimseTimeoutSeconds = 30;
    RetrieveRequest request;
    request.studyInstanceUid = series_[2].studyUid.toStdString();
    std::vector<RetrieveProgress> seen;
    RetrieveResult r = getInstances(node, request, intakeTarget(*intake),
                                    [&](const RetrieveProgress& p) { seen.push_back(p); });
    QVERIFY2(r.ok, r.error.c_str());
    QCOMPARE(r.counts.completed, 6u);
    QCOMPARE(r.stored, 6u);
    QVERIFY(!seen.empty());
    QCOMPARE(seen.back().completed, 6u);
    QCOMPARE(seen.back().remaining, 0u);
    for (std::size_t i = 1; i < seen.size(); ++i)
        QVERIFY(seen[i].completed >= seen[i - 1].completed);

    // Cancel at the first progress report: the C-GET ends early or at worst completes, but the
    // call returns (bounded) and says it was cancelled.
    const QString cache2 = newCache();
    auto intake2 = openIntake(cache2.toStdString(), &error);
    QVERIFY(intake2);
    std::atomic<bool> cancel{false};
    QElapsedTimer timer;
    timer.start();
    r = getInstances(
        node, request, intakeTarget(*intake2), [&](const RetrieveProgress&) { cancel = true; },
        &cancel);
    QVERIFY(timer.elapsed() < 60000);
    QVERIFY(r.cancelled);
    QVERIFY(!r.ok);
    QVERIFY(r.stored <= 6u);
    QCOMPARE(checkCacheConsistency(cache2.toStdString()), QString());
    // A cancel already set before the start: nothing is retrieved.
    r = getInstances(node, request, intakeTarget(*intake2), {}, &cancel);
    QVERIFY(r.cancelled);
}

void TestRetrieve::failuresAreReported() {
    const QString cache = newCache();
    const QString study = series_[0].studyUid;
    // Nobody listening: failure (2), with a reason, bounded.
    CliRun run =
        runCli({"--cache", cache, "retrieve", QString("NOBODY@127.0.0.1:%1").arg(freePort()),
                "--study", study, "--timeout", "3", "--json"},
               60000);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.json().object()["error"].toString().isEmpty());
    // dcmqrscp refuses a wrong called AE title.
    run =
        runCli({"--cache", cache, "retrieve", QString("WRONG@127.0.0.1:%1").arg(dcmqrscp_->port()),
                "--study", study, "--json"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.json().object()["error"].toString().contains("rejected"), run.out.constData());
    // A study the node does not have: nothing to retrieve is not a success we can vouch for,
    // but it is not a failure either: zero sub-operations.
    run = runCli({"--cache", cache, "retrieve", QString::fromStdString(orthanc_->address()),
                  "--study", "1.2.3.4.5.6.7.8.9", "--json"});
    QCOMPARE(run.json().object()["completed"].toInt(), 0);
    // Usage errors.
    QCOMPARE(runCli({"retrieve", QString::fromStdString(orthanc_->address())}).exitCode, 1);
    QCOMPARE(runCli({"retrieve", QString::fromStdString(orthanc_->address()), "--study", study,
                     "--instance", "1.2.3"})
                 .exitCode,
             1);
    QCOMPARE(runCli({"retrieve", QString::fromStdString(orthanc_->address()), "--study", study,
                     "--method", "move"})
                 .exitCode,
             1);
    QCOMPARE(runCli({"retrieve", QString::fromStdString(orthanc_->address()), "--study", study,
                     "--method", "fax"})
                 .exitCode,
             1);
}

void TestRetrieve::queueRunsJobsInOrder() {
    std::string error;
    const QString cache = newCache();
    auto intake = openIntake(cache.toStdString(), &error);
    QVERIFY2(intake, error.c_str());
    RemoteNode node;
    node.aeTitle = orthanc_->aeTitle();
    node.host = "127.0.0.1";
    node.port = orthanc_->port();
    std::mutex mutex;
    std::vector<std::pair<RetrieveQueue::JobId, RetrieveJobState>> events;
    int progressReports = 0;
    RetrieveQueue queue(intakeTarget(*intake),
                        [&](RetrieveQueue::JobId id, const RetrieveJobStatus& s) {
                            const std::lock_guard lock(mutex);
                            if (events.empty() || events.back() != std::pair{id, s.state})
                                events.emplace_back(id, s.state);
                            if (s.state == RetrieveJobState::Running && s.progress.completed > 0)
                                ++progressReports;
                        });
    RetrieveRequest first, second, third;
    first.studyInstanceUid = series_[0].studyUid.toStdString();
    second.studyInstanceUid = series_[2].studyUid.toStdString();
    third.studyInstanceUid = series_[0].studyUid.toStdString();
    const auto a = queue.enqueue(node, first);
    const auto b = queue.enqueue(node, second);
    const auto c = queue.enqueue(node, third);
    QVERIFY(queue.cancel(c)); // still queued behind the two others: dropped
    QVERIFY(queue.waitFor(a, 60000));
    QVERIFY(queue.waitFor(b, 60000));
    QCOMPARE(queue.status(a).state, RetrieveJobState::Done);
    QCOMPARE(queue.status(b).state, RetrieveJobState::Done);
    QCOMPARE(queue.status(c).state, RetrieveJobState::Cancelled);
    QCOMPARE(queue.status(a).result.stored, 6u);
    QCOMPARE(queue.status(b).result.stored, 6u);
    QVERIFY(!queue.cancel(a)); // finished
    const std::lock_guard lock(mutex);
    QVERIFY(progressReports > 0);
    // FIFO on one node: b starts only after a has finished; c never runs.
    auto position = [&](RetrieveQueue::JobId id, RetrieveJobState state) {
        const auto it = std::find(events.begin(), events.end(), std::pair{id, state});
        return it == events.end() ? -1 : static_cast<int>(it - events.begin());
    };
    QVERIFY(position(a, RetrieveJobState::Done) >= 0);
    QVERIFY(position(a, RetrieveJobState::Done) < position(b, RetrieveJobState::Running));
    QCOMPARE(position(c, RetrieveJobState::Running), -1);
    QCOMPARE(cachedInstances(cache, series_[0].studyUid).size(), std::size_t{6});
    QCOMPARE(cachedInstances(cache, series_[2].studyUid).size(), std::size_t{6});
}

void TestRetrieve::manySopClassesInOneStudy() {
    // Every storage SOP class DCMTK knows, one series each; Orthanc keeps those it accepts
    // (64 here): too many for one context per (class, syntax), so the C-GET proposes a more
    // compact layout, and everything still arrives. (Splitting past 127 classes is not
    // exercised: neither peer holds that many.)
    const std::string study = "1.2.826.0.1.3680043.8.498.777";
    QTemporaryDir files;
    std::vector<fs::path> first, second;
    std::set<std::string> classes;
    for (int i = 0; i < numberOfDcmAllStorageSOPClassUIDs; ++i) {
        const std::string sopClass = dcmAllStorageSOPClassUIDs[i];
        if (!classes.insert(sopClass).second)
            continue;
        const std::size_t n = classes.size();
        TestInstance t;
        t.studyUid = study;
        t.seriesUid = study + "." + std::to_string(n);
        t.sopUid = study + "." + std::to_string(n) + ".1";
        t.sopClassUid = sopClass;
        t.patientId = "MANY";
        t.withPixelData = false;
        const fs::path file = files.filePath(QString::number(n)).toStdString();
        writeInstance(file, t);
        (n <= 100 ? first : second).push_back(file);
    }
    // Orthanc does not take every class DCMTK knows: store one by one, keep what it took.
    int accepted = 0;
    for (const auto* list : {&first, &second})
        for (const fs::path& file : *list) {
            QProcess storescu;
            storescu.start("storescu", {"-aec", QString::fromStdString(orthanc_->aeTitle()),
                                        "127.0.0.1", QString::number(orthanc_->port()),
                                        QString::fromStdString(file.string())});
            QVERIFY(storescu.waitForFinished(30000));
            accepted += storescu.exitCode() == 0 ? 1 : 0;
        }
    qInfo("Orthanc accepted %d of %d SOP classes", accepted, int(classes.size()));
    QVERIFY(accepted > 20);
    const QString cache = newCache();
    const CliRun run =
        runCli({"--cache", cache, "retrieve", QString::fromStdString(orthanc_->address()),
                "--study", QString::fromStdString(study), "--json"},
               240000);
    QVERIFY2(run.exitCode == 0, run.out.constData());
    const QJsonObject o = run.json().object();
    QCOMPARE(o["completed"].toInt(), accepted);
    QCOMPARE(o["stored"].toInt(), accepted);
    QCOMPARE(cachedInstances(cache, QString::fromStdString(study)).size(),
             static_cast<std::size_t>(accepted));
    QCOMPARE(checkCacheConsistency(cache.toStdString()), QString());
}

void TestRetrieve::queueMovesFromAnotherNodeInParallel() {
    // A C-MOVE job on dcmqrscp (into our DicomServer) runs beside a C-GET job on Orthanc.
    std::string error;
    const QString cache = newCache();
    DicomServerOptions options;
    options.aeTitle = "PELLUCID";
    options.port = ourPort_;
    options.cacheRoot = cache.toStdString();
    options.queryRetrieve = false;
    auto server = DicomServer::start(options, &error);
    QVERIFY2(server, error.c_str());
    auto intake = openIntake(cache.toStdString(), &error);
    QVERIFY2(intake, error.c_str());
    std::mutex mutex;
    std::set<RetrieveQueue::JobId> runningTogether, running;
    RetrieveQueue queue(intakeTarget(*intake),
                        [&](RetrieveQueue::JobId id, const RetrieveJobStatus& s) {
                            const std::lock_guard lock(mutex);
                            if (s.state == RetrieveJobState::Running) {
                                running.insert(id);
                                if (running.size() > 1)
                                    runningTogether = running;
                            } else {
                                running.erase(id);
                            }
                        });
    RemoteNode pacs;
    pacs.aeTitle = orthanc_->aeTitle();
    pacs.host = "127.0.0.1";
    pacs.port = orthanc_->port();
    RemoteNode qr;
    qr.aeTitle = dcmqrscp_->aeTitle();
    qr.host = "127.0.0.1";
    qr.port = dcmqrscp_->port();
    qr.retrieveMethod = RetrieveMethod::Move;
    RetrieveRequest get, move;
    get.studyInstanceUid = series_[0].studyUid.toStdString();
    move.studyInstanceUid = series_[2].studyUid.toStdString();
    move.callingAeTitle = "PELLUCID"; // the move destination: our server above
    const auto g = queue.enqueue(pacs, get);
    const auto m = queue.enqueue(qr, move);
    QVERIFY(queue.waitFor(g, 60000));
    QVERIFY(queue.waitFor(m, 60000));
    QVERIFY2(queue.status(g).state == RetrieveJobState::Done, queue.status(g).result.error.c_str());
    QVERIFY2(queue.status(m).state == RetrieveJobState::Done, queue.status(m).result.error.c_str());
    QCOMPARE(queue.status(m).result.counts.completed, 6u);
    server->stop();
    QCOMPARE(cachedInstances(cache, series_[0].studyUid).size(), std::size_t{6});
    QCOMPARE(cachedInstances(cache, series_[2].studyUid).size(), std::size_t{6});
    QCOMPARE(checkCacheConsistency(cache.toStdString()), QString());
    const std::lock_guard lock(mutex);
    qInfo("jobs seen running at the same time: %d", int(runningTogether.size()));
}

QTEST_GUILESS_MAIN(TestRetrieve)
#include "tst_retrieve.moc"

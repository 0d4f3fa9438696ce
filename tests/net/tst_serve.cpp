// `pellucid-cli serve` as the target of DCMTK's storescu, findscu and getscu: what they send
// lands in the cache, queries answer from it, retrieves come back bit for bit, and faults
// (refused AE titles, unknown SOP classes, unusable datasets, aborted transfers, 16 senders at
// once) lose nothing and leave the cache consistent.

#include "tests/support/Peers.h"
#include "tests/support/TestSupport.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <filesystem>
#include <thread>

using namespace pellucid::test;
namespace fs = std::filesystem;

namespace {

struct ToolResult {
    int exitCode = -1;
    QByteArray output; // stdout and stderr
};

// A DCMTK tool that may fail on purpose; bounded.
ToolResult runPeerTool(const QString& program, const QStringList& args, int timeoutMs = 60000) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TCP_NODELAY"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    ToolResult result;
    if (!process.waitForStarted(10000))
        return result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = process.readAll();
    return result;
}

QStringList peerArgs(const PeerProcess& peer) {
    return {QStringLiteral("-aec"), QString::fromStdString(peer.aeTitle()),
            QStringLiteral("127.0.0.1"), QString::number(peer.port())};
}

int instanceCount(const fs::path& cache) {
    const CliRun run = runCli({"--cache", QString::fromStdString(cache.string()), "list", "--level",
                               "instance", "--json"});
    return run.json().object()["results"].toArray().size();
}

// The values findscu printed for `tag` ("(0010,0010)"), one per answer.
QList<QByteArray> findscuValues(const QByteArray& output, const QByteArray& tag) {
    QList<QByteArray> values;
    for (const QByteArray& line : output.split('\n')) {
        if (!line.contains(tag))
            continue;
        const int open = line.indexOf('['), close = line.lastIndexOf(']');
        if (open >= 0 && close > open)
            values << line.mid(open + 1, close - open - 1).replace('\0', ' ').trimmed();
    }
    return values;
}

// The dataset part of a Part 10 file (after the meta header), as stored: equal for two files
// only when the dataset travelled bit for bit.
QByteArray datasetBytes(const fs::path& file) {
    const QByteArray bytes = readBytes(file);
    if (bytes.size() < 144 || bytes.mid(128, 4) != "DICM")
        return bytes;
    // Group 0002 is explicit VR little endian; its length is (0002,0000)'s value.
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData()) + 140;
    const quint32 groupLength = p[0] | (p[1] << 8) | (p[2] << 16) | (quint32(p[3]) << 24);
    return bytes.mid(144 + static_cast<int>(groupLength));
}

fs::path sample(const char* name) {
    return pydicomData() / "test_files" / name;
}

} // namespace

class TestServe : public QObject {
    Q_OBJECT
private slots:
    void init();
    void storescuFilesLandInTheCache();
    void compressedProposalIsPreferredAndKept();
    void duplicateIsAnsweredSuccessAndStoredOnce();
    void findscuMatchesEveryLevelAndModel();
    void findscuGetsUtf8Names();
    void getscuRetrievesBitForBit();
    void movescuSendsToConfiguredDestinationsOnly();
    void wrongCalledAeAndCallingAeAreRefused();
    void unknownSopClassIsRefused();
    void unusableDatasetIsAnsweredCannotUnderstand();
    void abortedTransferLeavesNothing();
    void fullDiskIsAnsweredOutOfResources();
    void sixteenSendersLoseNothing();

private:
    std::unique_ptr<QTemporaryDir> dir_;
    fs::path cache_;
};

void TestServe::init() {
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY(dir_->isValid());
    cache_ = fs::path(dir_->path().toStdString()) / "cache";
}

void TestServe::storescuFilesLandInTheCache() {
    // A file DCMTK wrote itself: storescu re-encodes what it reads, so only a file already in
    // DCMTK's encoding can be compared byte for byte with what arrived.
    const fs::path own = fs::path(dir_->path().toStdString()) / "own.dcm";
    writeInstance(own, {});
    auto serve = PellucidServePeer::start(cache_);
    QVERIFY(serve);
    const QStringList files = {QString::fromStdString(sample("CT_small.dcm").string()),
                               QString::fromStdString(sample("MR_small.dcm").string()),
                               QString::fromStdString(sample("rtplan.dcm").string()),
                               QString::fromStdString(sample("rtdose.dcm").string()),
                               QString::fromStdString(own.string())};
    const ToolResult sent = runPeerTool("storescu", peerArgs(*serve) + files);
    QVERIFY2(sent.exitCode == 0, sent.output.constData());
    QCOMPARE(instanceCount(cache_), 5);
    QCOMPARE(checkCacheConsistency(cache_), QString());
    const CliRun list =
        runCli({"--cache", QString::fromStdString(cache_.string()), "list", "--level", "instance",
                "-k", "SOPInstanceUID=" + QString::fromStdString(TestInstance{}.sopUid), "--json"});
    const auto match = list.json().object()["results"].toArray().first().toObject();
    const fs::path stored = match["FilePath"].toString().toStdString();
    QCOMPARE(datasetBytes(stored), datasetBytes(own));
    QCOMPARE(match["TransferSyntaxUID"].toString(), QStringLiteral("1.2.840.10008.1.2.1"));
}

void TestServe::compressedProposalIsPreferredAndKept() {
    const fs::path work(dir_->path().toStdString());
    const fs::path jpeg = work / "ct-jpeg-lossless.dcm";
    runTool("dcmcjpeg", {"+e1", QString::fromStdString(sample("CT_small.dcm").string()),
                         QString::fromStdString(jpeg.string())});
    auto serve = PellucidServePeer::start(cache_);
    QVERIFY(serve);
    // -xs proposes JPEG Lossless SV1 and the uncompressed syntaxes in one context: we choose.
    const ToolResult sent =
        runPeerTool("storescu", QStringList{"-xs"} + peerArgs(*serve) +
                                    QStringList{QString::fromStdString(jpeg.string())});
    QVERIFY2(sent.exitCode == 0, sent.output.constData());
    const CliRun list = runCli({"--cache", QString::fromStdString(cache_.string()), "list",
                                "--level", "instance", "--json"});
    const auto matches = list.json().object()["results"].toArray();
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches[0].toObject()["TransferSyntaxUID"].toString(),
             QStringLiteral("1.2.840.10008.1.2.4.70"));
}

void TestServe::duplicateIsAnsweredSuccessAndStoredOnce() {
    auto serve = PellucidServePeer::start(cache_);
    QVERIFY(serve);
    const QString file = QString::fromStdString(sample("CT_small.dcm").string());
    for (int i = 0; i < 2; ++i) {
        const ToolResult sent = runPeerTool("storescu", peerArgs(*serve) + QStringList{file});
        QVERIFY2(sent.exitCode == 0 && !sent.output.contains("E:"), sent.output.constData());
    }
    QCOMPARE(instanceCount(cache_), 1);
    int files = 0;
    for (const auto& entry : fs::recursive_directory_iterator(cache_ / "dicom"))
        files += entry.is_regular_file() ? 1 : 0;
    QCOMPARE(files, 1);
}

void TestServe::findscuMatchesEveryLevelAndModel() {
    auto serve = PellucidServePeer::start(cache_);
    QVERIFY(serve);
    QStringList files;
    for (const char* name : {"CT_small.dcm", "MR_small.dcm", "rtplan.dcm", "rtdose.dcm"})
        files << QString::fromStdString(sample(name).string());
    QVERIFY(runPeerTool("storescu", peerArgs(*serve) + files).exitCode == 0);
    auto find = [&](const QStringList& args) {
        const ToolResult r = runPeerTool("findscu", args + peerArgs(*serve));
        if (r.exitCode != 0)
            qWarning() << r.output;
        return r.output;
    };
    // Patient root, PATIENT level, wildcard.
    QByteArray out = find({"-P", "-k", "QueryRetrieveLevel=PATIENT", "-k",
                           "PatientName=CompressedSamples*", "-k", "PatientID"});
    QCOMPARE(findscuValues(out, "(0010,0020)").size(), 2);
    // Study root, STUDY level, date range and a UID list.
    out = find({"-S", "-k", "QueryRetrieveLevel=STUDY", "-k", "StudyDate=20040101-20041231", "-k",
                "StudyInstanceUID", "-k", "NumberOfStudyRelatedInstances"});
    QCOMPARE(findscuValues(out, "(0020,000d)").size(), 2);
    out = find({"-S", "-k", "QueryRetrieveLevel=STUDY", "-k",
                "StudyInstanceUID=1.3.6.1.4.1.5962.1.2.1.20040119072730.12322\\1.2.3.9", "-k",
                "SOPClassesInStudy", "-k", "ModalitiesInStudy"});
    QCOMPARE(findscuValues(out, "(0008,0061)"), QList<QByteArray>{"CT"});
    QVERIFY(out.contains("CTImageStorage"));
    // SERIES and IMAGE levels under a study (hierarchical), universal return keys.
    out = find({"-S", "-k", "QueryRetrieveLevel=SERIES", "-k",
                "StudyInstanceUID=1.3.6.1.4.1.5962.1.2.1.20040119072730.12322", "-k",
                "SeriesInstanceUID", "-k", "Modality"});
    QCOMPARE(findscuValues(out, "(0008,0060)"), QList<QByteArray>{"CT"});
    out = find({"-P", "-k", "QueryRetrieveLevel=IMAGE", "-k", "PatientID=1CT1", "-k",
                "StudyInstanceUID=1.3.6.1.4.1.5962.1.2.1.20040119072730.12322", "-k",
                "SeriesInstanceUID=1.3.6.1.4.1.5962.1.3.1.1.20040119072730.12322", "-k",
                "SOPInstanceUID", "-k", "InstanceNumber"});
    QCOMPARE(findscuValues(out, "(0008,0018)"),
             QList<QByteArray>{"1.3.6.1.4.1.5962.1.1.1.1.1.20040119072730.12322"});
    // The retired Patient/Study Only model: STUDY yes, SERIES refused.
    out = find(
        {"-O", "-k", "QueryRetrieveLevel=STUDY", "-k", "PatientID=1CT1", "-k", "StudyInstanceUID"});
    QCOMPARE(findscuValues(out, "(0020,000d)").size(), 1);
    const ToolResult refused = runPeerTool(
        "findscu", QStringList{"-v", "-O", "-k", "QueryRetrieveLevel=SERIES", "-k", "Modality"} +
                       peerArgs(*serve));
    QVERIFY2(refused.output.contains("Error: DataSetDoesNotMatchSOPClass"),
             refused.output.constData());
    // A malformed date range is an error answer, not an empty success.
    const ToolResult bad =
        runPeerTool("findscu", QStringList{"-v", "-S", "-k", "QueryRetrieveLevel=STUDY", "-k",
                                           "StudyDate=2004-13-45"} +
                                   peerArgs(*serve));
    QVERIFY2(bad.output.contains("DataSetDoesNotMatchSOPClass") || bad.output.contains("a900"),
             bad.output.constData());
}

void TestServe::findscuGetsUtf8Names() {
    const fs::path charsets = pydicomData() / "charset_files";
    QVERIFY(runCli({"--cache", QString::fromStdString(cache_.string()), "import",
                    QString::fromStdString((charsets / "chrH31.dcm").string()),
                    QString::fromStdString((charsets / "chrRuss.dcm").string())})
                .exitCode == 0);
    auto serve = PellucidServePeer::start(cache_);
    QVERIFY(serve);
    const ToolResult r =
        runPeerTool("findscu", QStringList{"-P", "-k", "QueryRetrieveLevel=PATIENT", "-k",
                                           "PatientName", "-k", "SpecificCharacterSet"} +
                                   peerArgs(*serve));
    QVERIFY2(r.exitCode == 0, r.output.constData());
    const QList<QByteArray> names = findscuValues(r.output, "(0010,0010)");
    QCOMPARE(names.size(), 2);
    const QString all = QString::fromUtf8(names.join('|'));
    QVERIFY2(all.contains(QString::fromUtf8("山田^太郎")), qPrintable(all));
    QVERIFY2(all.contains(QString::fromUtf8("Люкceмбypг")), qPrintable(all));
    QVERIFY(findscuValues(r.output, "(0008,0005)").contains("ISO_IR 192"));
}

void TestServe::getscuRetrievesBitForBit() {
    auto serve = PellucidServePeer::start(cache_);
    QVERIFY(serve);
    QStringList files;
    for (const char* name : {"CT_small.dcm", "MR_small.dcm"})
        files << QString::fromStdString(sample(name).string());
    QVERIFY(runPeerTool("storescu", peerArgs(*serve) + files).exitCode == 0);
    const QString out = dir_->path() + "/got";
    QDir().mkpath(out);
    const ToolResult got = runPeerTool(
        "getscu", QStringList{"-S", "+B", "-od", out, "-k", "QueryRetrieveLevel=STUDY", "-k",
                              "StudyInstanceUID=1.3.6.1.4.1.5962.1.2.1.20040119072730.12322"} +
                      peerArgs(*serve));
    QVERIFY2(got.exitCode == 0, got.output.constData());
    const QStringList received = QDir(out).entryList(QDir::Files);
    QCOMPARE(received.size(), 1);
    // What getscu wrote bit-preserving is the dataset of our cached file, byte for byte.
    const CliRun list = runCli({"--cache", QString::fromStdString(cache_.string()), "list",
                                "--level", "instance", "-k", "Modality=CT", "--json"});
    const fs::path cached = list.json()
                                .object()["results"]
                                .toArray()
                                .first()
                                .toObject()["FilePath"]
                                .toString()
                                .toStdString();
    QCOMPARE(datasetBytes((out + "/" + received[0]).toStdString()), datasetBytes(cached));
    // A UID the cache does not hold: no sub-operations, no error.
    const ToolResult none =
        runPeerTool("getscu", QStringList{"-S", "-od", out, "-k", "QueryRetrieveLevel=STUDY", "-k",
                                          "StudyInstanceUID=1.2.3.4.5.6.7"} +
                                  peerArgs(*serve));
    QVERIFY2(none.exitCode == 0, none.output.constData());
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 1);
}

void TestServe::movescuSendsToConfiguredDestinationsOnly() {
    auto storescp = StorescpPeer::start("STORESCP", false);
    QVERIFY(storescp);
    const fs::path jls = fs::path(dir_->path().toStdString()) / "mr-jls.dcm";
    runTool("dcmcjpls", {QString::fromStdString(sample("MR_small.dcm").string()),
                         QString::fromStdString(jls.string())});
    QVERIFY(runCli({"--cache", QString::fromStdString(cache_.string()), "import",
                    QString::fromStdString(sample("CT_small.dcm").string()),
                    QString::fromStdString(jls.string())})
                .exitCode == 0);
    auto serve = PellucidServePeer::start(
        cache_, "PELLUCID", {"--destination", QString::fromStdString(storescp->address())});
    QVERIFY(serve);
    // PATIENT level, Patient Root: both patients' studies. storescp takes uncompressed only,
    // so the JPEG-LS MR goes out decompressed.
    for (const char* patient : {"1CT1", "4MR1"}) {
        const ToolResult moved =
            runPeerTool("movescu", QStringList{"-v", "-P", "-aem", "STORESCP", "-k",
                                               "QueryRetrieveLevel=PATIENT", "-k",
                                               QStringLiteral("PatientID=%1").arg(patient)} +
                                       peerArgs(*serve));
        QVERIFY2(moved.exitCode == 0 && moved.output.contains("Final Move Response (Success)"),
                 moved.output.constData());
    }
    const auto received = storescp->receivedFiles();
    QCOMPARE(received.size(), std::size_t(2));
    for (const auto& file : received) {
        DcmFileFormat ff;
        QVERIFY(ff.loadFile(file.string().c_str()).good());
        QVERIFY(DcmXfer(ff.getDataset()->getOriginalXfer()).isNotEncapsulated());
    }
    // A destination nobody configured is refused, and nothing is sent.
    const ToolResult refused = runPeerTool(
        "movescu",
        QStringList{"-v", "-S", "-aem", "ELSEWHERE", "-k", "QueryRetrieveLevel=STUDY", "-k",
                    "StudyInstanceUID=1.3.6.1.4.1.5962.1.2.1.20040119072730.12322"} +
            peerArgs(*serve));
    QVERIFY2(refused.output.contains("MoveDestinationUnknown"), refused.output.constData());
    QCOMPARE(storescp->receivedFiles().size(), std::size_t(2));
}

void TestServe::wrongCalledAeAndCallingAeAreRefused() {
    auto serve = PellucidServePeer::start(cache_, "PELLUCID", {"--allow", "MODALITY1"});
    QVERIFY(serve);
    const QString port = QString::number(serve->port());
    ToolResult r =
        runPeerTool("echoscu", {"-aet", "MODALITY1", "-aec", "SOMEONE", "127.0.0.1", port});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.output.contains("Called AE Title Not Recognized"), r.output.constData());
    r = runPeerTool("echoscu", {"-aet", "INTRUDER", "-aec", "PELLUCID", "127.0.0.1", port});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.output.contains("Calling AE Title Not Recognized"), r.output.constData());
    r = runPeerTool("echoscu", {"-aet", "MODALITY1", "-aec", "PELLUCID", "127.0.0.1", port});
    QVERIFY2(r.exitCode == 0, r.output.constData());
}

void TestServe::unknownSopClassIsRefused() {
    const fs::path file = fs::path(dir_->path().toStdString()) / "private.dcm";
    TestInstance spec;
    spec.sopClassUid = "1.2.826.0.1.3680043.8.498.999.1"; // nobody's storage class
    writeInstance(file, spec);
    auto serve = PellucidServePeer::start(cache_);
    QVERIFY(serve);
    const ToolResult r = runPeerTool(
        "storescu", peerArgs(*serve) + QStringList{QString::fromStdString(file.string())});
    QVERIFY(r.exitCode != 0 || r.output.contains("E:") || r.output.contains("W:"));
    QCOMPARE(instanceCount(cache_), 0);
}

void TestServe::unusableDatasetIsAnsweredCannotUnderstand() {
    // A CT without a Study Instance UID: storescu sends it, the cache cannot file it.
    const fs::path file = fs::path(dir_->path().toStdString()) / "nostudy.dcm";
    writeInstance(file, {});
    DcmFileFormat ff;
    QVERIFY(ff.loadFile(file.string().c_str()).good());
    ff.getDataset()->findAndDeleteElement(DCM_StudyInstanceUID);
    QVERIFY(ff.saveFile(file.string().c_str(), EXS_LittleEndianExplicit).good());
    auto serve = PellucidServePeer::start(cache_);
    QVERIFY(serve);
    const ToolResult r =
        runPeerTool("storescu", QStringList{"-v"} + peerArgs(*serve) +
                                    QStringList{QString::fromStdString(file.string())});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.output.contains("0xc000") || r.output.contains("Error: CannotUnderstand"),
             r.output.constData());
    QCOMPARE(instanceCount(cache_), 0);
    QCOMPARE(checkCacheConsistency(cache_), QString());
}

void TestServe::abortedTransferLeavesNothing() {
    // A 64 MB secondary capture: big enough to kill storescu while it is being sent.
    const fs::path big = fs::path(dir_->path().toStdString()) / "big.dcm";
    TestInstance spec;
    spec.sopClassUid = "1.2.840.10008.5.1.4.1.1.7";
    spec.rows = 4096;
    spec.columns = 8192;
    writeInstance(big, spec);
    auto serve = PellucidServePeer::start(cache_, "PELLUCID", {"--timeout", "5"});
    QVERIFY(serve);
    bool sawPartial = false;
    for (int attempt = 0; attempt < 5 && !sawPartial; ++attempt) {
        QProcess storescu;
        storescu.start("storescu", QStringList{"--max-send-pdu", "16384"} + peerArgs(*serve) +
                                       QStringList{QString::fromStdString(big.string())});
        QVERIFY(storescu.waitForStarted(10000));
        // Kill it once the server has started writing the staged file.
        for (int i = 0; i < 400 && !sawPartial; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            for (const auto& e : fs::directory_iterator(cache_ / "incoming"))
                sawPartial = sawPartial || e.path().extension() == ".part";
        }
        storescu.kill();
        storescu.waitForFinished(5000);
    }
    QVERIFY2(sawPartial, "storescu finished before it could be interrupted");
    // The server notices the abort and removes the half-written file.
    bool clean = false;
    for (int i = 0; i < 200 && !clean; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        clean = fs::is_empty(cache_ / "incoming");
    }
    QVERIFY(clean);
    QCOMPARE(instanceCount(cache_), 0);
    QCOMPARE(checkCacheConsistency(cache_), QString());
    // And it still serves.
    QVERIFY(runPeerTool("echoscu", peerArgs(*serve)).exitCode == 0);
}

void TestServe::fullDiskIsAnsweredOutOfResources() {
    // A file-size limit stands in for a full disk: writes beyond 2 MB fail with EFBIG.
    const fs::path big = fs::path(dir_->path().toStdString()) / "big.dcm";
    TestInstance spec;
    spec.sopUid = "1.2.826.0.1.3680043.8.498.1.1.77";
    spec.rows = 2048;
    spec.columns = 1024; // 4 MB of pixels
    writeInstance(big, spec);
    const int port = freePort();
    QProcess serve;
    serve.setProcessChannelMode(QProcess::MergedChannels);
    serve.start("bash", {"-c", QStringLiteral("ulimit -f 2048; exec \"%1\" --cache \"%2\" serve "
                                              "--aet PELLUCID --port %3")
                                   .arg(PELLUCID_CLI, QString::fromStdString(cache_.string()))
                                   .arg(port)});
    QVERIFY(serve.waitForStarted(10000));
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += serve.readAll()).contains("Listening as") ||
                                 serve.state() != QProcess::Running,
                             15000);
    QVERIFY2(serve.state() == QProcess::Running, log.constData());
    const ToolResult r =
        runPeerTool("storescu", {"-nh", "-v", "-aec", "PELLUCID", "127.0.0.1",
                                 QString::number(port), QString::fromStdString(big.string()),
                                 QString::fromStdString(sample("CT_small.dcm").string())});
    serve.terminate();
    QVERIFY(serve.waitForFinished(15000));
    const QList<QByteArray> lines = r.output.split('\n');
    QStringList responses;
    for (const QByteArray& line : lines)
        if (line.contains("Received Store Response"))
            responses << QString::fromUtf8(line);
    QCOMPARE(responses.size(), 2);
    QVERIFY2(responses[0].contains("Refused: OutOfResources"), qPrintable(responses[0]));
    QVERIFY2(responses[1].contains("Success"), qPrintable(responses[1]));
    QCOMPARE(instanceCount(cache_), 1);
    QVERIFY(fs::is_empty(cache_ / "incoming"));
    QCOMPARE(checkCacheConsistency(cache_), QString());
}

void TestServe::sixteenSendersLoseNothing() {
    const fs::path work(dir_->path().toStdString());
    constexpr int kSenders = 16, kEach = 200;
    for (int s = 0; s < kSenders; ++s) {
        const fs::path folder = work / ("sender" + std::to_string(s));
        fs::create_directories(folder);
        for (int i = 0; i < kEach; ++i) {
            TestInstance spec;
            spec.studyUid = "1.2.826.0.1.3680043.8.498.7." + std::to_string(s);
            spec.seriesUid = spec.studyUid + ".1";
            spec.sopUid = spec.seriesUid + "." + std::to_string(i + 1);
            spec.patientId = "P" + std::to_string(s);
            spec.instanceNumber = i + 1;
            writeInstance(folder / (std::to_string(i) + ".dcm"), spec);
        }
    }
    auto serve = PellucidServePeer::start(cache_);
    QVERIFY(serve);
    std::vector<std::unique_ptr<QProcess>> senders;
    for (int s = 0; s < kSenders; ++s) {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("TCP_NODELAY", "1");
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start("storescu",
                 QStringList{"-aet", QStringLiteral("SENDER%1").arg(s), "+sd"} + peerArgs(*serve) +
                     QStringList{
                         QString::fromStdString((work / ("sender" + std::to_string(s))).string())});
        QVERIFY(p->waitForStarted(10000));
        senders.push_back(std::move(p));
    }
    for (auto& p : senders) {
        QVERIFY(p->waitForFinished(180000));
        QVERIFY2(p->exitCode() == 0, p->readAll().constData());
    }
    QCOMPARE(instanceCount(cache_), kSenders * kEach);
    QCOMPARE(checkCacheConsistency(cache_), QString());
}

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"

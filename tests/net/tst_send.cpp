// C-STORE SCU (net/scu/StoreScu, pellucid-cli send) against real peers: storescp with and without
// compressed syntaxes, storescp restricted to JPEG lossless, Orthanc, dcmqrscp (called AE
// checked), a port nobody listens on, and a file that is not DICOM.

#include "net/scp/DicomServer.h"
#include "net/scu/CommitmentWaitList.h"
#include "net/scu/StorageCommitmentScu.h"
#include "net/scu/StoreFile.h"
#include "net/scu/StorePlan.h"
#include "net/scu/StoreScu.h"
#include "tests/support/Peers.h"
#include "tests/support/TestSupport.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/scp.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <map>
#include <thread>

using namespace pellucid;
using namespace pellucid::test;
namespace fs = std::filesystem;

namespace {

fs::path sample(const char* name) {
    return pydicomData() / "test_files" / name;
}

RemoteNode nodeOf(const PeerProcess& peer, const std::string& aeTitle = {}) {
    RemoteNode node;
    node.aeTitle = aeTitle.empty() ? peer.aeTitle() : aeTitle;
    node.host = "127.0.0.1";
    node.port = peer.port();
    node.connectTimeoutSeconds = 10;
    node.dimseTimeoutSeconds = 30;
    return node;
}

// Everything after the meta header: the meta header is the receiver's own.
QByteArray datasetBytes(const fs::path& file) {
    const QByteArray bytes = readBytes(file);
    if (bytes.size() < 144 || bytes.mid(128, 4) != "DICM")
        return {};
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData()) + 140;
    const quint32 metaLength = p[0] | (p[1] << 8) | (p[2] << 16) | (quint32(p[3]) << 24);
    return bytes.mid(144 + static_cast<qsizetype>(metaLength));
}

// The value of the top-level Pixel Data element (tag, VR and reserved bytes skipped: DCMTK
// writes OB where a file said OW), with whatever follows it.
QByteArray pixelDataValue(const QByteArray& dataset) {
    const qsizetype at = dataset.lastIndexOf(QByteArray::fromHex("e07f1000"));
    return at < 0 ? QByteArray() : dataset.mid(at + 8);
}

// `sent` equals `original` up to a trailing (FFFC,FFFC) padding element, never sent by DCMTK.
bool isPrefixBeforePadding(const QByteArray& sent, const QByteArray& original) {
    if (sent.isEmpty() || !original.startsWith(sent))
        return false;
    return original.size() == sent.size() ||
           original.mid(sent.size()).startsWith(QByteArray::fromHex("fcfffcff"));
}

// Compressed samples; `wholeDatasetSame`: DCMTK sends their dataset as it is in the file.
void addCompressedRows() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("wholeDatasetSame");
    const std::pair<const char*, bool> rows[] = {
        {"MR_small_RLE.dcm", true},
        {"MR_small_jpeg_ls_lossless.dcm", false}, // Pixel Data as OW in the file
        {"MR_small_jp2klossless.dcm", false},
        {"SC_rgb_jpeg_gdcm.dcm", true},
        {"SC_rgb_rle_2frame.dcm", true},
        {"SC_rgb_rle_16bit_2frame.dcm", false},
        {"JPEG-lossy.dcm", false}, // a sequence of undefined length in the file
    };
    for (const auto& [name, same] : rows)
        QTest::newRow(name) << QString::fromLatin1(name) << same;
}

// The file with its pixels as native data, decoded by the reference tools (DCMTK's own
// command-line decoders, GDCM for JPEG 2000), so that pydicom can read them.
fs::path nativeReference(const fs::path& file, const fs::path& dir) {
    static const std::map<std::string, QStringList> tools = {
        {"1.2.840.10008.1.2.4.51", {"dcmdjpeg"}},          {"1.2.840.10008.1.2.4.70", {"dcmdjpeg"}},
        {"1.2.840.10008.1.2.4.80", {"dcmdjpls"}},          {"1.2.840.10008.1.2.5", {"dcmdrle"}},
        {"1.2.840.10008.1.2.4.90", {"gdcmconv", "--raw"}},
    };
    const auto tool = tools.find(readStoreFile(file).transferSyntaxUid);
    if (tool == tools.end())
        return file; // native already
    fs::create_directories(dir);
    const fs::path out = dir / (file.filename().string() + ".native.dcm");
    QStringList args = tool->second.mid(1);
    args << QString::fromStdString(file.string()) << QString::fromStdString(out.string());
    runTool(tool->second.front(), args);
    return out;
}

// The pixel values pydicom reads from the native reference of `file`.
QByteArray referencePixels(const fs::path& file, const fs::path& dir) {
    fs::create_directories(dir);
    const PixelReference reference = pixelReference(nativeReference(file, dir), dir);
    return reference.valid ? reference.bytes : QByteArray();
}

// A Storage Commitment SCP that answers on the request's own association, as some PACS do
// (Orthanc and DCMTK's tools do not, and no packaged peer does): commits every instance except
// UIDs containing ".999", which fail with 0x0112 (no such object instance).
class SameAssociationCommitmentScp : public DcmSCP {
public:
    explicit SameAssociationCommitmentScp(int port) {
        setPort(static_cast<Uint16>(port));
        setAETitle("COMMITSCP");
        OFList<OFString> syntaxes;
        syntaxes.push_back(UID_LittleEndianExplicitTransferSyntax);
        syntaxes.push_back(UID_LittleEndianImplicitTransferSyntax);
        addPresentationContext(UID_StorageCommitmentPushModelSOPClass, syntaxes);
        setConnectionBlockingMode(DUL_NOBLOCK);
        setConnectionTimeout(1); // so that listen() sees `stop` within a second
        setACSETimeout(5);
        setDIMSETimeout(5);
    }
    std::atomic<bool> stop{false};

protected:
    OFCondition handleIncomingCommand(T_DIMSE_Message* message,
                                      const DcmPresentationContextInfo& info) override {
        if (message->CommandField != DIMSE_N_ACTION_RQ)
            return DcmSCP::handleIncomingCommand(message, info);
        DcmDataset* raw = nullptr;
        Uint16 actionType = 0;
        OFCondition cond = receiveACTIONRequest(message->msg.NActionRQ, info.presentationContextID,
                                                raw, actionType);
        std::unique_ptr<DcmDataset> request(raw);
        if (cond.bad() || !request)
            return cond;
        cond = sendACTIONResponse(info.presentationContextID, message->msg.NActionRQ.MessageID,
                                  UID_StorageCommitmentPushModelSOPClass,
                                  UID_StorageCommitmentPushModelSOPInstance, STATUS_Success);
        if (cond.bad())
            return cond;
        DcmDataset event;
        OFString transaction;
        request->findAndGetOFString(DCM_TransactionUID, transaction);
        event.putAndInsertOFStringArray(DCM_TransactionUID, transaction);
        bool anyFailed = false;
        DcmItem* item = nullptr;
        for (int i = 0; request->findAndGetSequenceItem(DCM_ReferencedSOPSequence, item, i).good();
             ++i) {
            OFString sopClass, sopInstance;
            item->findAndGetOFString(DCM_ReferencedSOPClassUID, sopClass);
            item->findAndGetOFString(DCM_ReferencedSOPInstanceUID, sopInstance);
            const bool fails = std::string(sopInstance.c_str()).find(".999") != std::string::npos;
            anyFailed = anyFailed || fails;
            DcmItem* out = nullptr;
            event.findOrCreateSequenceItem(
                fails ? DCM_FailedSOPSequence : DCM_ReferencedSOPSequence, out, -2);
            out->putAndInsertOFStringArray(DCM_ReferencedSOPClassUID, sopClass);
            out->putAndInsertOFStringArray(DCM_ReferencedSOPInstanceUID, sopInstance);
            if (fails)
                out->putAndInsertUint16(DCM_FailureReason, 0x0112);
        }
        Uint16 status = 0;
        return sendEVENTREPORTRequest(info.presentationContextID,
                                      UID_StorageCommitmentPushModelSOPInstance, 1,
                                      anyFailed ? 2 : 1, &event, status);
    }
    OFBool stopAfterConnectionTimeout() override { return stop.load(); }
    OFBool stopAfterCurrentAssociation() override { return stop.load(); }
};

} // namespace

class TestSend : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void keepsOwnSyntax_data();
    void keepsOwnSyntax();
    void decompressesForUncompressedPeer_data();
    void decompressesForUncompressedPeer();
    void compressesForLosslessOnlyPeer();
    void notDicomIsReportedOthersSent();
    void failureStatusReportedOthersSent();
    void progressAndCancel();
    void manyClassesSplitAcrossAssociations();
    void peerNotListening();
    void wrongCalledAeRefused();
    void cliSendsToOrthanc();
    void commitmentFromOrthanc();
    void commitmentOnSameAssociation();

private:
    QTemporaryDir scratch_;
};

void TestSend::initTestCase() {
    QVERIFY(fs::exists(sample("CT_small.dcm")));
    QVERIFY(scratch_.isValid());
}

void TestSend::keepsOwnSyntax_data() {
    addCompressedRows();
    QTest::newRow("CT_small.dcm") << QStringLiteral("CT_small.dcm") << true;
    QTest::newRow("SC_rgb_small_odd.dcm") << QStringLiteral("SC_rgb_small_odd.dcm") << true;
}

// storescp +xa takes every syntax: each file goes out as it is, dataset bytes unchanged.
void TestSend::keepsOwnSyntax() {
    QFETCH(QString, file);
    // +B: storescp writes the dataset bytes exactly as they came over the wire.
    const auto peer = StorescpPeer::start("STORESCP", true, {"+B"});
    QVERIFY(peer);
    const fs::path source = sample(file.toLatin1().constData());
    const StoreReport report = storeFiles(nodeOf(*peer), "PELLUCID", {source});
    QCOMPARE(report.instances.size(), std::size_t(1));
    const auto& r = report.instances.front();
    QVERIFY2(r.outcome == StoreInstanceResult::Outcome::Success, r.error.c_str());
    QCOMPARE(r.status, std::uint16_t(0));
    QCOMPARE(r.sentTransferSyntax, readStoreFile(source).transferSyntaxUid);
    const auto received = peer->receivedFiles();
    QCOMPARE(received.size(), std::size_t(1));
    QCOMPARE(readStoreFile(received.front()).transferSyntaxUid, r.sentTransferSyntax);
    // DCMTK re-encodes the dataset on the wire (sequences with explicit lengths, OB for
    // encapsulated pixel data, no trailing padding): the compressed frames are what must stay
    // bit for bit; datasets without those quirks are identical as a whole.
    const QByteArray sent = datasetBytes(received.front());
    const QByteArray original = datasetBytes(source);
    QVERIFY(!sent.isEmpty());
    QVERIFY(isPrefixBeforePadding(pixelDataValue(sent), pixelDataValue(original)));
    QFETCH(bool, wholeDatasetSame);
    if (wholeDatasetSame)
        QVERIFY(isPrefixBeforePadding(sent, original));
}

void TestSend::decompressesForUncompressedPeer_data() {
    addCompressedRows();
}

// storescp without +xa takes uncompressed syntaxes only: each file is decoded by our codecs and
// arrives with the pixel values pydicom decodes from the original.
void TestSend::decompressesForUncompressedPeer() {
    QFETCH(QString, file);
    const auto peer = StorescpPeer::start("STORESCP", false);
    QVERIFY(peer);
    const fs::path source = sample(file.toLatin1().constData());
    const StoreReport report = storeFiles(nodeOf(*peer), "PELLUCID", {source});
    const auto& r = report.instances.front();
    QVERIFY2(r.outcome == StoreInstanceResult::Outcome::Success, r.error.c_str());
    QVERIFY(r.sentTransferSyntax == UID_LittleEndianExplicitTransferSyntax ||
            r.sentTransferSyntax == UID_LittleEndianImplicitTransferSyntax);
    const auto received = peer->receivedFiles();
    QCOMPARE(received.size(), std::size_t(1));
    QCOMPARE(readStoreFile(received.front()).transferSyntaxUid, r.sentTransferSyntax);
    const fs::path work = scratch_.filePath(file).toStdString();
    const QByteArray expected = referencePixels(source, work / "reference");
    const QByteArray got = referencePixels(received.front(), work / "received");
    QVERIFY(!expected.isEmpty());
    QVERIFY(got == expected);
}

// A peer that takes CT and Secondary Capture only as JPEG lossless SV1: uncompressed images are
// compressed losslessly (pixels equal); a lossy JPEG is not re-compressed, but reported.
void TestSend::compressesForLosslessOnlyPeer() {
    const QString config = scratch_.filePath(QStringLiteral("lossless-only.cfg"));
    writeBytes(config.toStdString(),
               "[[TransferSyntaxes]]\n[Lossless]\nTransferSyntax1 = 1.2.840.10008.1.2.4.70\n"
               "[[PresentationContexts]]\n[Lossless]\n"
               "PresentationContext1 = 1.2.840.10008.5.1.4.1.1.2\\Lossless\n"
               "PresentationContext2 = 1.2.840.10008.5.1.4.1.1.7\\Lossless\n"
               "[[Profiles]]\n[Lossless]\nPresentationContexts = Lossless\n");
    const auto peer = StorescpPeer::start("STORESCP", false, {"-xf", config, "Lossless"});
    QVERIFY(peer);
    const std::vector<fs::path> files = {sample("CT_small.dcm"), sample("SC_rgb_small_odd.dcm"),
                                         sample("JPEG-lossy.dcm")};
    const StoreReport report = storeFiles(nodeOf(*peer), "PELLUCID", files);
    QCOMPARE(report.instances.size(), std::size_t(3));
    for (int i = 0; i < 2; ++i) {
        const auto& r = report.instances[std::size_t(i)];
        QVERIFY2(r.outcome == StoreInstanceResult::Outcome::Success, r.error.c_str());
        QCOMPARE(r.sentTransferSyntax, std::string(UID_JPEGProcess14SV1TransferSyntax));
    }
    const auto& lossy = report.instances[2];
    QVERIFY(lossy.outcome == StoreInstanceResult::Outcome::NotSent);
    QVERIFY2(lossy.error.find("lossy") != std::string::npos, lossy.error.c_str());

    const auto received = peer->receivedFiles();
    QCOMPARE(received.size(), std::size_t(2));
    for (const auto& got : received) {
        const StoreFile header = readStoreFile(got);
        QCOMPARE(header.transferSyntaxUid, std::string(UID_JPEGProcess14SV1TransferSyntax));
        const fs::path source = header.sopClassUid == UID_CTImageStorage ? files[0] : files[1];
        QCOMPARE(header.sopInstanceUid, readStoreFile(source).sopInstanceUid);
        const fs::path work =
            scratch_.filePath(QString::fromStdString(header.sopInstanceUid)).toStdString();
        const QByteArray expected = referencePixels(source, work / "reference");
        QVERIFY(!expected.isEmpty());
        QVERIFY(referencePixels(got, work / "received") == expected);
    }
}

void TestSend::notDicomIsReportedOthersSent() {
    const auto peer = StorescpPeer::start("STORESCP", true);
    QVERIFY(peer);
    const fs::path junk = scratch_.filePath(QStringLiteral("notdicom.txt")).toStdString();
    writeBytes(junk, "this is not DICOM\n");
    const StoreReport report = storeFiles(nodeOf(*peer), "PELLUCID",
                                          {sample("CT_small.dcm"), junk, sample("MR_small.dcm")});
    QCOMPARE(report.instances.size(), std::size_t(3));
    QVERIFY(report.instances[0].outcome == StoreInstanceResult::Outcome::Success);
    QVERIFY(report.instances[1].outcome == StoreInstanceResult::Outcome::NotSent);
    QVERIFY(!report.instances[1].error.empty());
    QVERIFY(report.instances[2].outcome == StoreInstanceResult::Outcome::Success);
    QCOMPARE(peer->receivedFiles().size(), std::size_t(2));
}

// pellucid-cli serve cannot file a CT without a Study Instance UID and answers 0xC000: that
// instance fails with the node's status, the others go, the CLI exits 2 and says which.
void TestSend::failureStatusReportedOthersSent() {
    const fs::path bad = scratch_.filePath(QStringLiteral("nostudy.dcm")).toStdString();
    writeInstance(bad, {});
    DcmFileFormat format;
    QVERIFY(format.loadFile(bad.c_str()).good());
    format.getDataset()->findAndDeleteElement(DCM_StudyInstanceUID);
    QVERIFY(format.saveFile(bad.c_str(), EXS_LittleEndianExplicit).good());
    const fs::path cache = scratch_.filePath(QStringLiteral("serve-cache")).toStdString();
    const auto serve = PellucidServePeer::start(cache);
    QVERIFY(serve);
    const CliRun run = runCli({"send", QString::fromStdString(serve->address()),
                               QString::fromStdString(sample("CT_small.dcm").string()),
                               QString::fromStdString(bad.string()),
                               QString::fromStdString(sample("MR_small.dcm").string()), "--json"});
    QCOMPARE(run.exitCode, 2);
    const QJsonObject o = run.json().object();
    QCOMPARE(o.value("sent").toInt(), 2);
    QCOMPARE(o.value("failed").toInt(), 1);
    const QJsonArray instances = o.value("instances").toArray();
    QCOMPARE(instances.size(), 3);
    QCOMPARE(instances[0].toObject().value("status").toString(), QStringLiteral("success"));
    QCOMPARE(instances[1].toObject().value("status").toString(), QStringLiteral("failed"));
    QCOMPARE(instances[1].toObject().value("statusCode").toString(), QStringLiteral("0xc000"));
    QVERIFY(!instances[1].toObject().value("error").toString().isEmpty());
    QCOMPARE(instances[2].toObject().value("status").toString(), QStringLiteral("success"));
    QVERIFY(run.err.contains("failed"));
}

void TestSend::progressAndCancel() {
    const auto peer = StorescpPeer::start("STORESCP", true);
    QVERIFY(peer);
    const std::vector<fs::path> files = {sample("CT_small.dcm"), sample("MR_small.dcm"),
                                         sample("SC_rgb_small_odd.dcm"),
                                         sample("SC_rgb_rle_2frame.dcm")};
    std::atomic<bool> cancel{false};
    std::vector<StoreProgress> seen;
    StoreOptions options;
    options.cancel = &cancel;
    options.progress = [&](const StoreProgress& p) {
        seen.push_back(p);
        if (p.done == 2)
            cancel = true;
    };
    const StoreReport report = storeFiles(nodeOf(*peer), "PELLUCID", files, options);
    QVERIFY(report.cancelled);
    QCOMPARE(seen.size(), files.size());
    QCOMPARE(seen.back().done, files.size());
    QCOMPARE(seen.front().total, files.size());
    QCOMPARE(seen[1].bytes, fs::file_size(files[0]) + fs::file_size(files[1]));
    QVERIFY(report.instances[1].outcome == StoreInstanceResult::Outcome::Success);
    QVERIFY(report.instances[2].outcome == StoreInstanceResult::Outcome::NotSent);
    QCOMPARE(report.instances[3].error, std::string("cancelled"));
    QCOMPARE(peer->receivedFiles().size(), std::size_t(2));
}

// 40 SOP classes need 160 presentation contexts (own syntax, Implicit VR LE, JPEG lossless,
// RLE each): more than the 128 of one association, so the send takes two; all arrive.
void TestSend::manyClassesSplitAcrossAssociations() {
    const fs::path dir = scratch_.filePath(QStringLiteral("classes")).toStdString();
    fs::create_directories(dir);
    std::vector<fs::path> files;
    for (int i = 0; i < 40; ++i) {
        TestInstance spec;
        spec.sopClassUid = dcmAllStorageSOPClassUIDs[i];
        spec.sopUid = "1.2.826.0.1.3680043.8.498.7." + std::to_string(i + 1);
        spec.instanceNumber = i + 1;
        files.push_back(dir / (std::to_string(i) + ".dcm"));
        writeInstance(files.back(), spec);
    }
    std::vector<StoreFile> headers;
    for (const auto& f : files)
        headers.push_back(readStoreFile(f));
    const auto plans = planStoreAssociations(headers, {});
    QCOMPARE(plans.size(), std::size_t(2));
    std::size_t planned = 0;
    for (const auto& plan : plans) {
        QVERIFY(plan.contexts.size() <= 128);
        planned += plan.files.size();
    }
    QCOMPARE(planned, files.size());

    const auto peer = StorescpPeer::start("STORESCP", true);
    QVERIFY(peer);
    const StoreReport report = storeFiles(nodeOf(*peer), "PELLUCID", files);
    for (const auto& r : report.instances)
        QVERIFY2(r.outcome == StoreInstanceResult::Outcome::Success,
                 (r.sopClassUid + ": " + r.error).c_str());
    QCOMPARE(peer->receivedFiles().size(), files.size());
}

void TestSend::peerNotListening() {
    RemoteNode node;
    node.aeTitle = "NOBODY";
    node.host = "127.0.0.1";
    node.port = freePort();
    node.connectTimeoutSeconds = 5;
    QElapsedTimer timer;
    timer.start();
    const StoreReport report = storeFiles(node, "PELLUCID", {sample("CT_small.dcm")});
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY(!report.associationError.empty());
    QVERIFY(report.instances[0].outcome == StoreInstanceResult::Outcome::NotSent);
    QCOMPARE(report.instances[0].error, report.associationError);
}

// dcmqrscp refuses associations called with an AE title it does not serve.
void TestSend::wrongCalledAeRefused() {
    const auto peer = DcmqrscpPeer::start();
    QVERIFY(peer);
    const StoreReport report =
        storeFiles(nodeOf(*peer, "WRONGAE"), "PELLUCID", {sample("CT_small.dcm")});
    QVERIFY2(report.associationError.find("rejected") != std::string::npos,
             report.associationError.c_str());
    QVERIFY(report.instances[0].outcome == StoreInstanceResult::Outcome::NotSent);
}

// pellucid-cli send by UID from the cache; Orthanc's REST API shows what arrived.
void TestSend::cliSendsToOrthanc() {
    const auto orthanc = OrthancPeer::start();
    QVERIFY(orthanc);
    const QString cache = scratch_.filePath(QStringLiteral("cache"));
    const QStringList names = {"CT_small.dcm", "MR_small_RLE.dcm", "SC_rgb_rle_2frame.dcm",
                               "SC_rgb_small_odd.dcm", "JPEG-lossy.dcm"};
    QStringList paths, uids;
    for (const auto& n : names) {
        paths << QString::fromStdString(sample(n.toLatin1().constData()).string());
        uids << QString::fromStdString(readStoreFile(paths.back().toStdString()).sopInstanceUid);
    }
    QCOMPARE(runCli(QStringList{"--cache", cache, "import"} + paths).exitCode, 0);
    const CliRun run =
        runCli(QStringList{"--cache", cache, "send", QString::fromStdString(orthanc->address())} +
               uids + QStringList{"--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject o = run.json().object();
    QCOMPARE(o.value("sent").toInt(), int(names.size()));
    QCOMPARE(o.value("failed").toInt(), 0);
    QCOMPARE(o.value("instances").toArray().size(), names.size());
    for (const auto& v : o.value("instances").toArray()) {
        QCOMPARE(v.toObject().value("status").toString(), QStringLiteral("success"));
        QVERIFY(!v.toObject().value("transferSyntax").toString().isEmpty());
    }
    QCOMPARE(orthanc->instanceCount(), int(names.size()));
    for (const auto& uid : uids) {
        const QByteArray found = orthanc->httpPost("/tools/lookup", uid.toLatin1());
        QVERIFY2(found.contains("\"Instance\""), qPrintable(uid));
    }

    // A UID the cache does not hold is a failure, not a silent no-op.
    const CliRun missing =
        runCli({"--cache", cache, "send", QString::fromStdString(orthanc->address()), "1.2.3.4.5"});
    QCOMPARE(missing.exitCode, 2);
}

// Storage commitment against Orthanc, which answers on a new association to the modality it
// knows for our AE title (our DicomServer): committed for what it holds, a failure with its
// reason for a UID it never received.
void TestSend::commitmentFromOrthanc() {
    auto reports = std::make_shared<CommitmentWaitList>();
    DicomServerOptions options;
    options.aeTitle = "PELLUCID";
    options.port = freePort();
    options.cacheRoot = scratch_.filePath(QStringLiteral("commit-cache")).toStdString();
    options.queryRetrieve = false;
    options.commitmentReports = reports;
    std::string error;
    auto server = DicomServer::start(options, &error);
    QVERIFY2(server, error.c_str());
    OrthancOptions orthancOptions;
    orthancOptions.modalities = {{"viewer", "PELLUCID", server->port()}};
    const auto orthanc = OrthancPeer::start(orthancOptions);
    QVERIFY(orthanc);

    const std::vector<fs::path> files = {sample("CT_small.dcm"), sample("MR_small.dcm")};
    const StoreReport sent = storeFiles(nodeOf(*orthanc), "PELLUCID", files);
    std::vector<CommitmentRequestItem> items;
    for (const auto& r : sent.instances) {
        QVERIFY2(r.outcome == StoreInstanceResult::Outcome::Success, r.error.c_str());
        items.push_back({r.sopClassUid, r.sopInstanceUid});
    }
    const std::string unknown = "1.2.826.0.1.3680043.8.498.999999";
    items.push_back({UID_CTImageStorage, unknown});

    QElapsedTimer timer;
    timer.start();
    const CommitmentReport report =
        requestCommitment(nodeOf(*orthanc), "PELLUCID", items, reports.get(), 30);
    QVERIFY2(report.error.empty(), report.error.c_str());
    QVERIFY2(report.answered, qPrintable(orthanc->log()));
    QVERIFY(timer.elapsed() < 30000);
    QCOMPARE(report.instances.size(), std::size_t(3));
    QVERIFY(report.instances[0].state == CommitmentInstanceResult::State::Committed);
    QVERIFY(report.instances[1].state == CommitmentInstanceResult::State::Committed);
    QCOMPARE(report.instances[2].sopInstanceUid, unknown);
    QVERIFY(report.instances[2].state == CommitmentInstanceResult::State::Failed);
    QVERIFY(report.instances[2].failureReason != 0);
    qInfo("failure reason for an unknown instance: 0x%04x, answered in %lld ms",
          report.instances[2].failureReason, static_cast<long long>(timer.elapsed()));

    // Orthanc never answers on the request's own association: watching only that one, the
    // wait ends at its bound with no answer.
    timer.restart();
    const CommitmentReport unanswered =
        requestCommitment(nodeOf(*orthanc), "PELLUCID", items, nullptr, 3);
    QVERIFY(unanswered.error.empty());
    QVERIFY(!unanswered.answered);
    QVERIFY(timer.elapsed() < 8000);
    for (const auto& r : unanswered.instances)
        QVERIFY(r.state == CommitmentInstanceResult::State::NoAnswer);

    // pellucid-cli send --commit: its own server takes the report on --port. A new port (the
    // old one has connections in TIME_WAIT), told to Orthanc through its REST API.
    server.reset();
    const int cliPort = freePort();
    runTool("curl",
            {"-sf", "-X", "PUT",
             QStringLiteral("http://127.0.0.1:%1/modalities/viewer").arg(orthanc->httpPort()), "-d",
             QStringLiteral("[\"PELLUCID\", \"127.0.0.1\", %1]").arg(cliPort)});
    const QString cache = scratch_.filePath(QStringLiteral("commit-cli-cache"));
    const CliRun run = runCli({"--cache", cache, "send", QString::fromStdString(orthanc->address()),
                               QString::fromStdString(files[0].string()), "--commit", "--port",
                               QString::number(cliPort), "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject o = run.json().object();
    const QJsonObject first = o.value("instances").toArray().first().toObject();
    QCOMPARE(first.value("commitment").toString(), QStringLiteral("committed"));

    // Orthanc reports to a port where nobody listens: no answer within --timeout, exit 2.
    runTool("curl",
            {"-sf", "-X", "PUT",
             QStringLiteral("http://127.0.0.1:%1/modalities/viewer").arg(orthanc->httpPort()), "-d",
             QStringLiteral("[\"PELLUCID\", \"127.0.0.1\", %1]").arg(freePort())});
    timer.restart();
    const CliRun late =
        runCli({"--cache", cache, "send", QString::fromStdString(orthanc->address()),
                QString::fromStdString(files[0].string()), "--commit", "--port",
                QString::number(freePort()), "--timeout", "3", "--json"});
    QCOMPARE(late.exitCode, 2);
    QVERIFY(timer.elapsed() < 15000);
    const QJsonObject lateJson = late.json().object();
    QCOMPARE(lateJson.value("sent").toInt(), 1);
    QCOMPARE(lateJson.value("uncommitted").toInt(), 1);
    QCOMPARE(
        lateJson.value("instances").toArray().first().toObject().value("commitment").toString(),
        QStringLiteral("no answer"));
}

void TestSend::commitmentOnSameAssociation() {
    const int port = freePort();
    SameAssociationCommitmentScp scp(port);
    std::thread listener([&] { scp.listen(); });
    RemoteNode node;
    node.aeTitle = "COMMITSCP";
    node.host = "127.0.0.1";
    node.port = port;
    node.connectTimeoutSeconds = 5;
    node.dimseTimeoutSeconds = 5;
    const std::vector<CommitmentRequestItem> items = {
        {UID_CTImageStorage, "1.2.826.0.1.3680043.8.498.5.1"},
        {UID_CTImageStorage, "1.2.826.0.1.3680043.8.498.999.2"},
    };
    CommitmentReport report;
    QElapsedTimer timer;
    timer.start();
    for (int attempt = 0; attempt < 50; ++attempt) { // until the listener is up (bounded)
        report = requestCommitment(node, "PELLUCID", items, nullptr, 10);
        if (report.error.empty())
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    scp.stop = true;
    listener.join();
    QVERIFY2(report.error.empty(), report.error.c_str());
    QVERIFY(report.answered);
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY(report.instances[0].state == CommitmentInstanceResult::State::Committed);
    QVERIFY(report.instances[1].state == CommitmentInstanceResult::State::Failed);
    QCOMPARE(report.instances[1].failureReason, std::uint16_t(0x0112));
}

QTEST_GUILESS_MAIN(TestSend)
#include "tst_send.moc"

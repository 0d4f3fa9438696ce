// Import: pydicom's sample files, bare datasets, every kind of bad input, DICOMDIR media,
// duplicates, progress and cancel. Every test imports into a fresh temporary cache.

#include "core/cache/Cache.h"
#include "core/import/Importer.h"
#include "tests/support/TestSupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/import/DicomdirReader.h"

#include <map>
#include <set>

using namespace pellucid;
using namespace pellucid::test;
namespace fs = std::filesystem;

namespace {

struct TempCache {
    QTemporaryDir dir;
    std::unique_ptr<Cache> cache;
    TempCache() {
        std::string error;
        cache = Cache::open(fs::path(dir.path().toStdString()) / "cache", &error);
        if (!cache)
            qFatal("cannot open cache: %s", error.c_str());
    }
    ImportReport import(const std::vector<fs::path>& inputs, ImportOptions options = {}) {
        return Importer(*cache, options).run(inputs);
    }
    long long instances() { return cache->index().totals().instances; }
    fs::path root() const { return cache->root(); }
};

std::map<std::string, std::string> problemsByFile(const ImportReport& report) {
    std::map<std::string, std::string> out;
    for (const auto& p : report.problems)
        out[fs::path(p.path).filename().string()] = problemCode(p.kind);
    return out;
}

std::size_t stagedLeftovers(const fs::path& cacheRoot) {
    std::size_t n = 0;
    std::error_code ec;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(cacheRoot / "incoming", ec))
        ++n;
    return n;
}

// A media folder made by DCMTK's dcmmkdir from `count` instances of one series.
fs::path makeMedia(const fs::path& root, int count) {
    fs::create_directories(root / "DIR1");
    for (int i = 1; i <= count; ++i) {
        TestInstance spec;
        spec.sopUid = "1.2.826.0.1.3680043.8.498.7." + std::to_string(i);
        spec.instanceNumber = i;
        writeInstance(root / "DIR1" / ("IM" + std::to_string(i)), spec);
    }
    QProcess mkdir;
    mkdir.setWorkingDirectory(QString::fromStdString(root.string()));
    mkdir.start(QStringLiteral("dcmmkdir"),
                {QStringLiteral("+r"), QStringLiteral("+id"), QStringLiteral("."),
                 QStringLiteral("+D"), QStringLiteral("DICOMDIR")});
    if (!mkdir.waitForFinished(60000) || mkdir.exitCode() != 0)
        qFatal("dcmmkdir failed: %s", mkdir.readAllStandardError().constData());
    return root / "DICOMDIR";
}

// Rewrites the first Referenced File ID "DIR1\IMn" of a DICOMDIR, in place and at the same
// length, to climb out of the media; returns the outside path it now names.
fs::path redirectFirstFileIdOutside(const fs::path& dicomdir) {
    QByteArray bytes = readBytes(dicomdir);
    const qsizetype at = bytes.indexOf("DIR1\\IM");
    if (at < 0)
        return {};
    const QByteArray replacement = "..\\XXXXX";
    bytes.replace(at, replacement.size(), replacement);
    writeBytes(dicomdir, bytes);
    return dicomdir.parent_path().parent_path() / "XXXXX";
}

} // namespace

class TestImport : public QObject {
    Q_OBJECT
private slots:
    void importsPydicomSamples();
    void bareDatasetsGetAMetaHeader();
    void rejectsBadInputAndKeepsTheRest_data();
    void rejectsBadInputAndKeepsTheRest();
    void followsDicomdirCaseInsensitively();
    void reportsMissingAndEscapingReferences();
    void readsMediaWithBrokenOffsets();
    void duplicatesAreNotStoredTwice();
    void copiesAreByteIdentical();
    void progressIsReportedAndCancelStopsCleanly();
    void staleStagedFilesAreRemoved();
};

void TestImport::importsPydicomSamples() {
    TempCache c;
    const ImportReport report = c.import({pydicomData()});
    std::map<std::string, std::string> problems; // path below the data folder -> code
    for (const auto& p : report.problems)
        problems[fs::relative(p.path, pydicomData()).generic_string()] = problemCode(p.kind);
    // What cannot go in, and why; checked file by file against dcmdump and pydicom. Everything
    // else in the folder is a DICOM instance and must be imported (or be a duplicate SOP
    // Instance UID of one that was).
    std::map<std::string, std::string> expected = {
        {"test_files/MR_truncated.dcm", "truncated"},        // Pixel Data cut short
        {"test_files/rtplan_truncated.dcm", "truncated"},    // cut inside an element
        {"test_files/no_meta.dcm", "not-dicom"},             // a stray byte before the first tag
        {"test_files/UN_sequence.dcm", "missing-attribute"}, // minimal parser test data sets
        {"test_files/priv_SQ.dcm", "missing-attribute"},
        {"test_files/nested_priv_SQ.dcm", "missing-attribute"},
        {"test_files/no_meta_group_length.dcm", "missing-attribute"},
        {"test_files/empty_charset_LEI.dcm", "missing-attribute"},
        {"test_files/meta_missing_tsyntax.dcm", "missing-attribute"},
        {"charset_files/chrSQEncoding.dcm", "missing-attribute"},
        {"charset_files/chrSQEncoding1.dcm", "missing-attribute"},
    };
    for (const char* notDicom :
         {"README.txt", "rtplan.dump", "rtstruct.dump", "test1.json", "test_PN.json", "zipMR.gz",
          "dicomdirtests/README.txt", "dicomdirtests/TINY_ALPHA/README"})
        expected[std::string("test_files/") + notDicom] = "not-dicom";
    for (const char* notDicom :
         {"__init__.py", "data_manager.py", "download.py", "retry.py", "hashes.json", "urls.json",
          "palettes/README.md", "charset_files/FileInfo.txt"})
        expected[notDicom] = "not-dicom";
    for (const char* palette :
         {"fall", "hotiron", "hotmetalblue", "pet", "pet20step", "spring", "summer", "winter"})
        expected[std::string("palettes/") + palette + ".dcm"] = "not-an-instance";
    for (const auto& [file, code] : problems)
        if (!expected.count(file) && !QString::fromStdString(file).endsWith(".pyc"))
            QFAIL(qPrintable(QStringLiteral("unexpected rejection of %1 (%2)")
                                 .arg(QString::fromStdString(file), QString::fromStdString(code))));
    for (const auto& [file, code] : expected) {
        QVERIFY2(problems.count(file), file.c_str());
        QCOMPARE(problems.at(file), code);
    }
    // Header-only images (charset samples, TINY_ALPHA) go in, flagged.
    for (const auto& w : report.warnings)
        QCOMPARE(w.kind, ImportProblemKind::NoPixelData);
    QVERIFY(report.warnings.size() >= 50);
    QVERIFY(report.imported > 120);
    QCOMPARE(static_cast<long long>(report.imported), c.instances());
    QCOMPARE(stagedLeftovers(c.root()), std::size_t(0));
    QCOMPARE(checkCacheConsistency(c.root()), QString());
}

void TestImport::bareDatasetsGetAMetaHeader() {
    QTemporaryDir in;
    const fs::path dir(in.path().toStdString());
    TestInstance implicitBare;
    implicitBare.metaHeader = false;
    implicitBare.explicitVr = false;
    writeInstance(dir / "implicit.raw", implicitBare);
    TempCache c;
    const auto t = pydicomData() / "test_files";
    const ImportReport report = c.import(
        {dir / "implicit.raw", t / "ExplVR_LitEndNoMeta.dcm", t / "ExplVR_BigEndNoMeta.dcm"});
    QVERIFY2(report.problems.empty(),
             report.problems.empty() ? "" : report.problems.front().detail.c_str());
    // The two pydicom files are one data set in two encodings: one SOP Instance UID.
    QCOMPARE(report.imported, std::size_t(2));
    QCOMPARE(report.duplicates, std::size_t(1));
    // Every cached file is Part 10 now and records the syntax it was written in.
    for (const auto& entry : fs::recursive_directory_iterator(c.root() / "dicom")) {
        if (!entry.is_regular_file())
            continue;
        const QByteArray bytes = readBytes(entry.path());
        QCOMPARE(bytes.mid(128, 4), QByteArray("DICM"));
    }
    QCOMPARE(checkCacheConsistency(c.root()), QString());
}

void TestImport::rejectsBadInputAndKeepsTheRest_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    const QByteArray ct = readBytes(pydicomData() / "test_files" / "CT_small.dcm");
    const QByteArray j2k = readBytes(pydicomData() / "test_files" / "JPEG2000.dcm");
    QByteArray preambleOnly(128, '\0');
    preambleOnly += "DICM";
    QTest::newRow("zero bytes") << QByteArray() << "empty-file";
    QTest::newRow("text") << QByteArray("This is a radiology report, not an image.\n")
                          << "not-dicom";
    QTest::newRow("tiny") << QByteArray("\x08\x00", 2) << "not-dicom";
    QTest::newRow("gzip") << readBytes(pydicomData() / "test_files" / "zipMR.gz") << "not-dicom";
    QTest::newRow("truncated in the header") << ct.left(700) << "truncated";
    QTest::newRow("truncated in the pixels") << ct.left(ct.size() - 1000) << "truncated";
    QTest::newRow("truncated trailing padding") << ct.left(ct.size() - 100) << "truncated";
    QTest::newRow("truncated fragment") << j2k.left(j2k.size() - 200) << "truncated";
    QTest::newRow("preamble only") << preambleOnly << "truncated";
}

void TestImport::rejectsBadInputAndKeepsTheRest() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    QTemporaryDir in;
    const fs::path dir(in.path().toStdString());
    writeBytes(dir / "bad.dcm", bytes);
    TestInstance good;
    writeInstance(dir / "good.dcm", good);
    TestInstance noSop;
    noSop.sopUid.clear();
    noSop.metaHeader = false; // with a meta header DCMTK would invent a SOP Instance UID
    writeInstance(dir / "no-sop.dcm", noSop);
    TestInstance noStudy;
    noStudy.studyUid.clear();
    noStudy.sopUid += ".9";
    writeInstance(dir / "no-study.dcm", noStudy);

    TempCache c;
    const ImportReport report = c.import({dir});
    const auto problems = problemsByFile(report);
    QCOMPARE(QString::fromStdString(problems.count("bad.dcm") ? problems.at("bad.dcm") : ""), code);
    QCOMPARE(QString::fromStdString(problems.at("no-sop.dcm")), QString("missing-attribute"));
    QCOMPARE(QString::fromStdString(problems.at("no-study.dcm")), QString("missing-attribute"));
    for (const auto& p : report.problems)
        QVERIFY2(!describe(p).isEmpty() && !p.path.empty(), p.path.c_str());
    QCOMPARE(report.imported, std::size_t(1));
    QCOMPARE(c.instances(), 1LL);
    QCOMPARE(stagedLeftovers(c.root()), std::size_t(0));
}

void TestImport::followsDicomdirCaseInsensitively() {
    QTemporaryDir in;
    const fs::path media = fs::path(in.path().toStdString()) / "CD";
    const fs::path dicomdir = makeMedia(media, 3);
    // As the files look after a copy from a CD on some systems: lower case, ";1" suffix.
    fs::rename(media / "DIR1", media / "dir1");
    fs::rename(media / "dir1" / "IM1", media / "dir1" / "im1");
    fs::rename(media / "dir1" / "IM2", media / "dir1" / "IM2;1");
    TempCache c;
    const ImportReport report = c.import({dicomdir});
    QVERIFY2(report.problems.empty(),
             report.problems.empty() ? "" : describe(report.problems.front()).toUtf8().constData());
    QCOMPARE(report.imported, std::size_t(3));
    QCOMPARE(report.dicomdirs, std::size_t(1));
    // The folder holding the DICOMDIR: every file once, the DICOMDIR itself is not an image.
    TempCache c2;
    const ImportReport viaFolder = c2.import({media});
    QCOMPARE(viaFolder.imported, std::size_t(3));
    QCOMPARE(viaFolder.duplicates, std::size_t(0));
    QVERIFY(viaFolder.problems.empty());
}

void TestImport::reportsMissingAndEscapingReferences() {
    QTemporaryDir in;
    const fs::path media = fs::path(in.path().toStdString()) / "CD";
    const fs::path dicomdir = makeMedia(media, 4);
    fs::remove(media / "DIR1" / "IM3");
    {
        TempCache c;
        const ImportReport report = c.import({dicomdir});
        QCOMPARE(report.imported, std::size_t(3));
        const auto problems = problemsByFile(report);
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(problems.begin()->second),
                 QString("referenced-file-missing"));
    }
    // A file ID that climbs out of the media must not be followed, even if the target exists.
    const fs::path outsidePath = redirectFirstFileIdOutside(dicomdir);
    QVERIFY(!outsidePath.empty());
    TestInstance outside;
    outside.sopUid = "1.2.826.0.1.3680043.8.498.99";
    writeInstance(outsidePath, outside);
    TempCache c;
    const ImportReport report = c.import({dicomdir});
    bool escaped = false;
    for (const auto& p : report.problems)
        escaped |= p.kind == ImportProblemKind::ReferenceOutsideMedia;
    QVERIFY(escaped);
    QVERIFY(!c.cache->index().containsInstance("1.2.826.0.1.3680043.8.498.99"));
    QCOMPARE(report.imported, std::size_t(2)); // IM2, IM4 (IM1's record now points outside)
}

void TestImport::readsMediaWithBrokenOffsets() {
    QTemporaryDir in;
    const fs::path media = fs::path(in.path().toStdString()) / "CD";
    const fs::path dicomdir = makeMedia(media, 3);
    // (0004,1200) UL, explicit VR little endian: point the root at nothing.
    QByteArray bytes = readBytes(dicomdir);
    const qsizetype at = bytes.indexOf(QByteArray("\x04\x00\x00\x12UL\x04\x00", 8));
    QVERIFY(at > 0);
    bytes.replace(at + 8, 4, QByteArray("\x01\x00\x00\x00", 4));
    writeBytes(dicomdir, bytes);
    auto read = readDicomdir(dicomdir);
    QVERIFY(std::holds_alternative<Dicomdir>(read));
    QVERIFY(std::get<Dicomdir>(read).readInRecordOrder);
    QCOMPARE(std::get<Dicomdir>(read).allFiles().size(), std::size_t(3));
    QCOMPARE(std::get<Dicomdir>(read).patients.size(), std::size_t(1));
    TempCache c;
    QCOMPARE(c.import({dicomdir}).imported, std::size_t(3));
}

void TestImport::duplicatesAreNotStoredTwice() {
    QTemporaryDir in;
    const fs::path dir(in.path().toStdString());
    TestInstance a;
    writeInstance(dir / "a.dcm", a);
    writeInstance(dir / "a-copy.dcm", a); // same SOP Instance UID in the same import
    TestInstance b = a;
    b.sopUid += ".2";
    writeInstance(dir / "b.dcm", b);
    TempCache c;
    ImportReport first = c.import({dir});
    QCOMPARE(first.imported, std::size_t(2));
    QCOMPARE(first.duplicates, std::size_t(1));
    ImportReport second = c.import({dir});
    QCOMPARE(second.imported, std::size_t(0));
    QCOMPARE(second.duplicates, std::size_t(3));
    QCOMPARE(c.instances(), 2LL);
    std::size_t files = 0;
    for (const auto& e : fs::recursive_directory_iterator(c.root() / "dicom"))
        files += e.is_regular_file() ? 1 : 0;
    QCOMPARE(files, std::size_t(2));
    QCOMPARE(checkCacheConsistency(c.root()), QString());
}

void TestImport::copiesAreByteIdentical() {
    TempCache c;
    const fs::path source = pydicomData() / "test_files" / "MR_small.dcm";
    QCOMPARE(c.import({source}).imported, std::size_t(1));
    for (const auto& e : fs::recursive_directory_iterator(c.root() / "dicom"))
        if (e.is_regular_file())
            QCOMPARE(readBytes(e.path()), readBytes(source));
}

void TestImport::progressIsReportedAndCancelStopsCleanly() {
    QTemporaryDir in;
    const fs::path dir(in.path().toStdString());
    TestInstance spec;
    constexpr int kFiles = 3000;
    for (int i = 0; i < kFiles; ++i) {
        spec.sopUid = "1.2.826.0.1.3680043.8.498.5." + std::to_string(i);
        writeInstance(dir / ("f" + std::to_string(i)), spec);
    }
    {
        TempCache c;
        std::vector<ImportProgress> seen;
        ImportOptions options;
        options.batchSize = 50;
        const ImportReport report =
            Importer(*c.cache, options).run({dir}, [&](const ImportProgress& p) {
                seen.push_back(p);
            });
        QCOMPARE(report.imported, std::size_t(kFiles));
        QVERIFY(!seen.empty());
        QCOMPARE(seen.back().imported, std::size_t(kFiles));
        QCOMPARE(seen.back().found, std::size_t(kFiles));
        QVERIFY(seen.back().walkDone);
        for (std::size_t i = 1; i < seen.size(); ++i)
            QVERIFY(seen[i].processed >= seen[i - 1].processed);
    }
    TempCache c;
    std::atomic<bool> cancel{false};
    ImportOptions options;
    options.batchSize = 20;
    options.workers = 1;
    const ImportReport report = Importer(*c.cache, options)
                                    .run(
                                        {dir},
                                        [&](const ImportProgress& p) {
                                            // After the first committed batch: progress may also
                                            // come from the walk before anything is imported (seen
                                            // once in CI on a loaded machine).
                                            if (p.imported > 0)
                                                cancel = true;
                                        },
                                        &cancel);
    QVERIFY(report.cancelled);
    QVERIFY(report.imported > 0);
    QVERIFY(report.imported < kFiles);
    QCOMPARE(static_cast<long long>(report.imported), c.instances());
    QCOMPARE(stagedLeftovers(c.root()), std::size_t(0));
    QCOMPARE(checkCacheConsistency(c.root()), QString());
    // What the cancelled run did not take, the next run does.
    const ImportReport rest = c.import({dir});
    QCOMPARE(rest.imported + report.imported, std::size_t(kFiles));
}

void TestImport::staleStagedFilesAreRemoved() {
    QTemporaryDir dir;
    const fs::path root = fs::path(dir.path().toStdString()) / "cache";
    {
        std::string error;
        QVERIFY(Cache::open(root, &error));
    }
    // pid 2^22+1 is above Linux's pid_max: never a live process.
    writeBytes(root / "incoming" / "4194305-1.part", QByteArray("half a file"));
    std::string error;
    auto cache = Cache::open(root, &error);
    QVERIFY(cache);
    QCOMPARE(stagedLeftovers(root), std::size_t(0));
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"

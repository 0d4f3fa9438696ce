// The generated corpus (tests/tools/make-corpus.sh, a copy of ../shared/tools): studies of
// several patients, each with a DICOMDIR, plus compressed twins that keep the SOP Instance UIDs.
// Imported by folder, by DICOMDIR and twice; compared with the corpus manifest.

#include "core/cache/Cache.h"
#include "core/import/Importer.h"
#include "core/query/CacheQuery.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace pellucid;
using namespace pellucid::test;
namespace fs = std::filesystem;

class TestImportCorpus : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void dicomdirImportMatchesTheManifest();
    void compressedTwinsAreDuplicates();

private:
    QTemporaryDir dir_;
    fs::path corpus_;
    static constexpr int kStudies = 10, kSeries = 2, kSlices = 3;
};

void TestImportCorpus::initTestCase() {
    corpus_ = fs::path(dir_.path().toStdString()) / "corpus";
    QProcess make;
    make.setProcessChannelMode(QProcess::MergedChannels);
    make.start(QString::fromStdString((sourceDir() / "tests/tools/make-corpus.sh").string()),
               {QString::fromStdString(corpus_.string()), QString::number(kStudies),
                QString::number(kSlices), "--series", QString::number(kSeries), "--size", "32",
                "--compressed=jpll,jls,rle,deflate,be,j2k"});
    QVERIFY(make.waitForFinished(400000));
    QVERIFY2(make.exitCode() == 0, make.readAll().constData());
}

void TestImportCorpus::dicomdirImportMatchesTheManifest() {
    std::string error;
    auto cache = Cache::open(fs::path(dir_.path().toStdString()) / "cache", &error);
    QVERIFY(cache);
    const ImportReport report = Importer(*cache).run({corpus_ / "RAW" / "DICOMDIR"});
    QVERIFY(report.problems.empty());
    QCOMPARE(report.imported, std::size_t(kStudies * kSeries * kSlices));
    QCOMPARE(report.dicomdirs, std::size_t(1));

    // manifest.tsv: study, patient_id, patient_name, study_uid, series, series_uid, slices, path
    QFile manifest(QString::fromStdString((corpus_ / "manifest.tsv").string()));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    manifest.readLine();
    std::map<std::string, std::pair<QString, QString>> studies; // uid -> (id, name)
    while (!manifest.atEnd()) {
        const QStringList f = QString::fromUtf8(manifest.readLine()).trimmed().split('\t');
        studies[f[3].toStdString()] = {f[1], f[2]};
    }
    QCOMPARE(studies.size(), std::size_t(kStudies));

    auto query = CacheQuery::parse(QueryLevel::Study, {}, &error);
    const auto& cols = query->columns();
    std::size_t seen = 0;
    query->run(
        cache->index(),
        [&](const CacheQuery::Row& row) {
            std::map<std::string, CacheQuery::Cell> r;
            for (std::size_t c = 0; c < cols.size(); ++c)
                r[cols[c]->keyword] = row[c];
            const auto uid = std::get<std::string>(r["StudyInstanceUID"]);
            const auto& [id, name] = studies.at(uid);
            if (QString::fromStdString(std::get<std::string>(r["PatientID"])) != id ||
                QString::fromStdString(std::get<std::string>(r["PatientName"])) != name ||
                std::get<long long>(r["NumberOfStudyRelatedSeries"]) != kSeries ||
                std::get<long long>(r["NumberOfStudyRelatedInstances"]) != kSeries * kSlices ||
                std::get<std::string>(r["ModalitiesInStudy"]) != "CT")
                QTest::qFail(
                    qPrintable("study differs from the manifest: " + QString::fromStdString(uid)),
                    __FILE__, __LINE__);
            ++seen;
            return true;
        },
        &error);
    QCOMPARE(seen, std::size_t(kStudies));
    // Patient 5 (every fifth) has a Latin-1 name in the corpus.
    QVERIFY(std::any_of(studies.begin(), studies.end(), [](const auto& s) {
        return s.second.second == QString::fromUtf8("MÜLLER^JÖRG^^DR");
    }));
    auto mueller = CacheQuery::parse(QueryLevel::Patient, {"PatientName=müller*"}, &error);
    int found = 0;
    mueller->run(
        cache->index(), [&](const CacheQuery::Row&) { return ++found > 0; }, &error);
    QCOMPARE(found, 1);
    QCOMPARE(checkCacheConsistency(cache->root()), QString());
}

void TestImportCorpus::compressedTwinsAreDuplicates() {
    QTemporaryDir cacheDir;
    std::string error;
    auto cache = Cache::open(fs::path(cacheDir.path().toStdString()), &error);
    QVERIFY(cache);
    const std::size_t n = kStudies * kSeries * kSlices;
    const ImportReport first = Importer(*cache).run({corpus_ / "JPLL"});
    QVERIFY(first.problems.empty());
    QCOMPARE(first.imported, n);
    // Lossless twins carry the same SOP Instance UIDs: the first copy wins, nothing is stored
    // twice, whatever the transfer syntax.
    const ImportReport rest =
        Importer(*cache).run({corpus_ / "RAW", corpus_ / "JLS", corpus_ / "RLE",
                              corpus_ / "DEFLATE", corpus_ / "BE", corpus_ / "J2K"});
    QVERIFY2(rest.problems.empty(),
             rest.problems.empty() ? "" : describe(rest.problems.front()).toUtf8().constData());
    QCOMPARE(rest.imported, std::size_t(0));
    QCOMPARE(rest.duplicates, 6 * n);
    QCOMPARE(cache->index().totals().instances, static_cast<long long>(n));

    // Each syntax on its own goes in, with its transfer syntax recorded.
    const std::map<std::string, std::string> syntaxes = {{"JLS", "1.2.840.10008.1.2.4.80"},
                                                         {"RLE", "1.2.840.10008.1.2.5"},
                                                         {"DEFLATE", "1.2.840.10008.1.2.1.99"},
                                                         {"BE", "1.2.840.10008.1.2.2"},
                                                         {"J2K", "1.2.840.10008.1.2.4.90"}};
    for (const auto& [folder, syntax] : syntaxes) {
        QTemporaryDir d;
        auto c = Cache::open(fs::path(d.path().toStdString()), &error);
        QCOMPARE(Importer(*c).run({corpus_ / folder}).imported, n);
        auto q = CacheQuery::parse(QueryLevel::Instance, {"TransferSyntaxUID=" + syntax}, &error);
        std::size_t rows = 0;
        q->run(
            c->index(), [&](const CacheQuery::Row&) { return ++rows > 0; }, &error);
        QVERIFY2(rows == n, folder.c_str());
    }
}

QTEST_GUILESS_MAIN(TestImportCorpus)
#include "tst_import_corpus.moc"

// Series planning and loading on make-corpus.sh studies: one contiguous volume whatever the
// transfer syntax and file order, modality values (HU), the first image before the rest,
// cancel, and irregular series (gaps, tilt, mixed sizes, orientations) split or reported.

#include "core/dicom/DcmtkSetup.h"
#include "core/pixel/SeriesVolume.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <mutex>

using namespace pellucid;
using namespace pellucid::test;
namespace fs = std::filesystem;

namespace {

constexpr int kSlices = 12;

std::vector<fs::path> filesIn(const fs::path& folder) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(folder))
        if (e.is_regular_file())
            files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::unique_ptr<SeriesVolume> loadAll(const std::vector<fs::path>& files,
                                      SeriesPlan* planOut = nullptr) {
    SeriesPlan plan = planSeries(files);
    if (plan.stacks.empty())
        return nullptr;
    auto loaded = SeriesLoader::load(plan, plan.stacks.front(), {});
    if (planOut)
        *planOut = plan;
    if (auto* e = std::get_if<std::string>(&loaded)) {
        qWarning("%s", e->c_str());
        return nullptr;
    }
    return std::move(std::get<std::unique_ptr<SeriesVolume>>(loaded));
}

bool sameVoxels(const SeriesVolume& a, const SeriesVolume& b) {
    return a.byteSize() == b.byteSize() && a.type() == b.type() &&
           std::memcmp(a.slice(0), b.slice(0), a.byteSize()) == 0;
}

bool hasNote(const SliceStack& stack, const char* text) {
    return std::any_of(stack.notes.begin(), stack.notes.end(),
                       [&](const std::string& n) { return n.find(text) != std::string::npos; });
}

QString notesOf(const SeriesPlan& plan) {
    QStringList all;
    for (const auto& s : plan.stacks)
        for (const auto& n : s.notes)
            all << QString::fromStdString(n);
    return all.join("; ");
}

// Sets attributes of a copy of `from` with dcmodify; returns the copy.
fs::path modified(const fs::path& from, const fs::path& to, const QStringList& edits) {
    fs::create_directories(to.parent_path());
    fs::copy_file(from, to, fs::copy_options::overwrite_existing);
    QStringList args{"-nb"};
    for (const QString& e : edits)
        args << "-m" << e;
    args << QString::fromStdString(to.string());
    runTool("dcmodify", args);
    return to;
}

} // namespace

class TestSeriesLoad : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everySyntaxGivesTheSameVolume_data();
    void everySyntaxGivesTheSameVolume();
    void modalityValuesAndOrder();
    void firstImageComesFirstAndEverySliceOnce();
    void cancelStops();
    void brokenSliceIsReportedNotFatal();
    void missingSliceIsReported();
    void gantryTiltIsReported();
    void mixedSizesSplit();
    void orientationsSplit();

private:
    QTemporaryDir dir_;
    fs::path corpus_;
    fs::path raw_;
};

void TestSeriesLoad::initTestCase() {
    QVERIFY(ensureDcmtkReady().empty());
    corpus_ = fs::path(dir_.path().toStdString()) / "corpus";
    runTool(QString::fromStdString((sourceDir() / "tests/tools/make-corpus.sh").string()),
            {QString::fromStdString(corpus_.string()), "1", QString::number(kSlices), "--series",
             "2", "--size", "64", "--compressed=jpll,jls,j2k,rle,be", "--no-dicomdir"},
            600000);
    raw_ = corpus_ / "RAW" / "ST0001" / "SE01";
    QCOMPARE(int(filesIn(raw_).size()), kSlices);
}

void TestSeriesLoad::everySyntaxGivesTheSameVolume_data() {
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("series");
    for (const char* v : {"JPLL", "JLS", "J2K", "RLE", "BE"})
        for (const char* s : {"SE01", "SE02"})
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(v, s))) << v << s;
}

void TestSeriesLoad::everySyntaxGivesTheSameVolume() {
    QFETCH(QString, variant);
    QFETCH(QString, series);
    const auto native = loadAll(filesIn(corpus_ / "RAW" / "ST0001" / series.toStdString()));
    const auto other =
        loadAll(filesIn(corpus_ / variant.toStdString() / "ST0001" / series.toStdString()));
    QVERIFY(native && other);
    QCOMPARE(native->depth(), kSlices);
    QVERIFY(sameVoxels(*native, *other));
}

void TestSeriesLoad::modalityValuesAndOrder() {
    std::vector<fs::path> files = filesIn(raw_);
    SeriesPlan plan;
    const auto forward = loadAll(files, &plan);
    QVERIFY(forward);
    QCOMPARE(int(forward->type()), int(VoxelType::Int16));
    QVERIFY2(plan.stacks.front().notes.empty(), qPrintable(notesOf(plan)));
    // The order the files come in does not matter: slices go along the normal.
    std::reverse(files.begin(), files.end());
    std::rotate(files.begin(), files.begin() + 5, files.end());
    const auto shuffled = loadAll(files);
    QVERIFY(shuffled && sameVoxels(*forward, *shuffled));
    // Slice positions increase along the slice direction, one spacing apart.
    const SliceStack& stack = forward->stack();
    double previous = -1e30;
    for (std::size_t i : stack.slices) {
        const double along = dot(*plan.sources[i].geometry.position, stack.sliceDirection);
        QVERIFY(along > previous);
        previous = along;
    }
    // HU: SE01 stores 0..4095 with intercept -1024; air outside the body is about -1000.
    const auto* voxels = reinterpret_cast<const std::int16_t*>(forward->slice(0));
    const auto [lo, hi] = std::minmax_element(voxels, voxels + forward->byteSize() / 2);
    QVERIFY2(*lo >= -1024 && *lo < -900, qPrintable(QString::number(*lo)));
    QVERIFY(*hi > 0 && *hi <= 3071);
    // Signed series (SE02, intercept 0) decodes to the same kind of values.
    const auto signedSeries = loadAll(filesIn(corpus_ / "RAW" / "ST0001" / "SE02"));
    QVERIFY(signedSeries);
    QCOMPARE(int(signedSeries->type()), int(VoxelType::Int16));
}

void TestSeriesLoad::firstImageComesFirstAndEverySliceOnce() {
    const std::vector<fs::path> files = filesIn(corpus_ / "JLS" / "ST0001" / "SE01");
    std::mutex lock;
    std::vector<int> seen;
    int slicesBeforeFirst = -1;
    const SeriesLoadResult result = loadSeriesFiles(
        files, 3, {},
        [&](const FirstImage& first) {
            std::lock_guard g(lock);
            slicesBeforeFirst = int(seen.size());
            QCOMPARE(first.fileIndex, std::size_t(3));
            QCOMPARE(first.layout.rows, 64);
        },
        [&](int slice) {
            std::lock_guard g(lock);
            seen.push_back(slice);
        });
    QVERIFY2(result.error.empty(), result.error.c_str());
    QVERIFY(result.volume);
    QCOMPARE(slicesBeforeFirst, 0);
    std::vector<int> sorted = seen;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(int(sorted.size()), kSlices);
    for (int i = 0; i < kSlices; ++i) {
        QCOMPARE(sorted[std::size_t(i)], i);
        QVERIFY(result.volume->isReady(i));
    }
}

void TestSeriesLoad::cancelStops() {
    const SeriesPlan plan = planSeries(filesIn(corpus_ / "J2K" / "ST0001" / "SE01"));
    QVERIFY(!plan.stacks.empty());
    std::atomic<bool> cancel{false};
    std::atomic<int> loaded{0};
    SeriesLoader::Options options;
    options.threads = 1;
    auto result = SeriesLoader::load(
        plan, plan.stacks.front(), options,
        [&](int) {
            if (++loaded == 2)
                cancel = true;
        },
        &cancel);
    QVERIFY(std::holds_alternative<std::string>(result));
    QCOMPARE(QString::fromStdString(std::get<std::string>(result)), QString("cancelled"));
    QVERIFY(loaded.load() < kSlices);
}

void TestSeriesLoad::brokenSliceIsReportedNotFatal() {
    const fs::path folder = fs::path(dir_.path().toStdString()) / "broken";
    fs::create_directories(folder);
    std::vector<fs::path> files;
    for (const auto& f : filesIn(corpus_ / "JLS" / "ST0001" / "SE01")) {
        files.push_back(folder / f.filename());
        fs::copy_file(f, files.back());
    }
    // Cut the last file short, inside its JPEG-LS stream.
    fs::resize_file(files.back(), fs::file_size(files.back()) - 1500);
    SeriesPlan plan;
    const auto volume = loadAll(files, &plan);
    QVERIFY(volume);
    int errors = 0;
    for (int i = 0; i < volume->depth(); ++i)
        if (!volume->sliceError(i).empty())
            ++errors;
    QCOMPARE(errors + int(plan.problems.size()), 1);
}

void TestSeriesLoad::missingSliceIsReported() {
    std::vector<fs::path> files = filesIn(raw_);
    files.erase(files.begin() + 6);
    SeriesPlan plan;
    QVERIFY(loadAll(files, &plan));
    QCOMPARE(plan.stacks.size(), std::size_t(1));
    QVERIFY2(hasNote(plan.stacks.front(), "missing slices"), qPrintable(notesOf(plan)));
}

void TestSeriesLoad::gantryTiltIsReported() {
    // Shear the positions: y moves with z as on a gantry tilted by 20 degrees.
    const fs::path folder = fs::path(dir_.path().toStdString()) / "tilt";
    std::vector<fs::path> files;
    const double shear = std::tan(20.0 * M_PI / 180.0);
    int i = 0;
    for (const auto& f : filesIn(raw_)) {
        const double z = -100.0 + 2.5 * i++;
        files.push_back(
            modified(f, folder / f.filename(),
                     {QStringLiteral("(0020,0032)=-160\\%1\\%2").arg(-160 + z * shear).arg(z)}));
    }
    SeriesPlan plan;
    QVERIFY(loadAll(files, &plan));
    QCOMPARE(plan.stacks.size(), std::size_t(1));
    QVERIFY2(hasNote(plan.stacks.front(), "gantry tilt of 20.0 degrees"),
             qPrintable(notesOf(plan)));
}

void TestSeriesLoad::mixedSizesSplit() {
    const fs::path small = fs::path(dir_.path().toStdString()) / "small";
    runTool(QString::fromStdString((sourceDir() / "tests/tools/make-corpus.sh").string()),
            {QString::fromStdString(small.string()), "1", "3", "--size", "32", "--no-dicomdir"});
    std::vector<fs::path> files = filesIn(raw_);
    for (const auto& f : filesIn(small / "RAW" / "ST0001" / "SE01"))
        files.push_back(f);
    SeriesPlan plan;
    const auto volume = loadAll(files, &plan);
    QVERIFY(volume);
    QCOMPARE(plan.stacks.size(), std::size_t(2));
    QCOMPARE(volume->depth(), kSlices); // the largest stack
    QCOMPARE(plan.stacks[1].rows, 32);
    QVERIFY2(hasNote(plan.stacks.front(), "splits into 2 stacks"), qPrintable(notesOf(plan)));
}

void TestSeriesLoad::orientationsSplit() {
    // A localizer-like pair: the last four slices turned sagittal.
    const fs::path folder = fs::path(dir_.path().toStdString()) / "orient";
    std::vector<fs::path> files;
    const auto originals = filesIn(raw_);
    for (std::size_t i = 0; i < originals.size(); ++i) {
        if (i < originals.size() - 4) {
            files.push_back(originals[i]);
            continue;
        }
        files.push_back(modified(originals[i], folder / originals[i].filename(),
                                 {"(0020,0037)=0\\1\\0\\0\\0\\-1",
                                  QStringLiteral("(0020,0032)=%1\\-160\\100").arg(i * 3.0)}));
    }
    SeriesPlan plan;
    QVERIFY(loadAll(files, &plan));
    QCOMPARE(plan.stacks.size(), std::size_t(2));
    QCOMPARE(plan.stacks[0].slices.size(), originals.size() - 4);
    QCOMPARE(plan.stacks[1].slices.size(), std::size_t(4));
}

QTEST_GUILESS_MAIN(TestSeriesLoad)
#include "tst_seriesload.moc"

// pellucid-cli render: every transfer syntax renders like its uncompressed twin; the window,
// MONOCHROME1 inversion, overlays, frames, --size and cache UIDs do what the contract says.

#include "core/codec/DcmtkDecoderCodec.h"
#include "core/display/Letterbox.h"
#include "core/pixel/InstancePixels.h"
#include "tests/support/DicomImageOracle.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QJsonObject>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace pellucid;
using namespace pellucid::test;

namespace {

QString pydicomFile(const char* name) {
    return QString::fromStdString((pydicomData() / "test_files" / name).string());
}

// The only file under `folder` (make-corpus.sh writes one per slice).
QString firstFile(const QString& folder) {
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files.value(0);
}

double meanDifference(const QImage& a, const QImage& b, int* worst) {
    const QImage x = a.convertToFormat(QImage::Format_RGB888);
    const QImage y = b.convertToFormat(QImage::Format_RGB888);
    double sum = 0;
    *worst = 0;
    for (int r = 0; r < x.height(); ++r)
        for (int c = 0; c < x.width() * 3; ++c) {
            const int d = std::abs(int(x.constScanLine(r)[c]) - int(y.constScanLine(r)[c]));
            sum += d;
            *worst = std::max(*worst, d);
        }
    return sum / (double(x.width()) * x.height() * 3);
}

} // namespace

class TestRender : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void losslessSyntaxesRenderAlike_data();
    void losslessSyntaxesRenderAlike();
    void lossyJpegRendersClose();
    void windowFollowsTheFormula();
    void matchesDicomImage_data();
    void matchesDicomImage();
    void monochrome1InvertedAndOverlayBurnedIn();
    void sizeLetterboxes();
    void letterboxMatchesQPainter();
    void framesAreSelectable();
    void cacheUidRendersLikeTheFile();
    void badInputIsAClearError();

private:
    QImage render(const QString& image, const QStringList& options = {});
    QTemporaryDir dir_;
    QString corpus_;
    QString samples_;
    int serial_ = 0;
};

QImage TestRender::render(const QString& image, const QStringList& options) {
    const QString out = dir_.path() + QStringLiteral("/r%1.png").arg(++serial_);
    const CliRun run = runCli(
        QStringList{"--cache", dir_.path() + "/cache", "render", image, "--out", out, "--json"}
        << options);
    if (run.exitCode != 0) {
        qWarning("render %s failed: %s", qPrintable(image), run.err.constData());
        return {};
    }
    return QImage(out);
}

void TestRender::initTestCase() {
    QVERIFY(ensureDcmtkCodecs().empty());
    corpus_ = dir_.path() + "/corpus";
    runTool(QString::fromStdString((sourceDir() / "tests/tools/make-corpus.sh").string()),
            {corpus_, "1", "2", "--series", "2", "--size", "128",
             "--compressed=jpll,jpl57,jls,j2k,rle,deflate,be", "--no-dicomdir"},
            600000);
    QVERIFY(QFile::exists(corpus_ + "/manifest.tsv"));
    samples_ = dir_.path() + "/samples";
    runTool("/usr/bin/python3",
            {QString::fromStdString((sourceDir() / "tests/tools/pixel-reference.py").string()),
             "samples", samples_});
    QVERIFY(QFile::exists(samples_ + "/monochrome1_overlay.dcm"));
}

void TestRender::losslessSyntaxesRenderAlike_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("twin");
    for (const char* f :
         {"MR_small_jp2klossless.dcm", "MR_small_jpeg_ls_lossless.dcm", "MR_small_RLE.dcm",
          "MR_small_bigendian.dcm", "MR_small_implicit.dcm", "MR_small_expb.dcm"})
        QTest::newRow(f) << pydicomFile(f) << pydicomFile("MR_small.dcm");
    // The synthetic CT, unsigned 12-bit (SE01) and signed 16-bit (SE02), in every lossless syntax.
    for (const char* variant : {"JPLL", "JPL57", "JLS", "J2K", "RLE", "DEFLATE", "BE"})
        for (const char* series : {"SE01", "SE02"})
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(variant, series)))
                << firstFile(corpus_ + "/" + variant + "/ST0001/" + series)
                << firstFile(corpus_ + "/RAW/ST0001/" + series);
}

void TestRender::losslessSyntaxesRenderAlike() {
    QFETCH(QString, file);
    QFETCH(QString, twin);
    QVERIFY2(!file.isEmpty() && !twin.isEmpty(), "corpus file missing");
    const QImage a = render(file), b = render(twin);
    QVERIFY(!a.isNull() && !b.isNull());
    QCOMPARE(a.size(), b.size());
    QVERIFY(a.convertToFormat(QImage::Format_RGB888) == b.convertToFormat(QImage::Format_RGB888));
    // And the picture is not blank.
    const QImage grey = a.convertToFormat(QImage::Format_Grayscale8);
    QVERIFY(grey.pixel(0, 0) != grey.pixel(grey.width() / 2, grey.height() / 2));
}

void TestRender::lossyJpegRendersClose() {
    // JPEG baseline (.50) and its lossless RLE twin: within what 8-bit lossy JPEG allows.
    const QImage jpeg = render(pydicomFile("SC_rgb_dcmtk_+eb+cr.dcm"));
    const QImage rle = render(pydicomFile("SC_rgb_rle.dcm"));
    QVERIFY(!jpeg.isNull() && !rle.isNull());
    QCOMPARE(jpeg.size(), rle.size());
    int worst = 0;
    const double mean = meanDifference(jpeg, rle, &worst);
    QVERIFY2(mean < 2.0 && worst < 48,
             qPrintable(QStringLiteral("mean %1, worst %2").arg(mean).arg(worst)));
}

// PS3.3 C.11.2.1.2.1: the linear VOI function on modality values (rescale applied).
void TestRender::windowFollowsTheFormula() {
    const QString file = pydicomFile("CT_small.dcm");
    const double center = 40, width = 400;
    const QImage image = render(file, {"--wl", "40,400", "--no-overlays"})
                             .convertToFormat(QImage::Format_Grayscale8);
    QVERIFY(!image.isNull());
    auto opened = InstancePixels::open(file.toStdString());
    QVERIFY(std::holds_alternative<std::unique_ptr<InstancePixels>>(opened));
    const auto& pixels = *std::get<std::unique_ptr<InstancePixels>>(opened);
    const FrameLayout layout = pixels.decodedLayout();
    QCOMPARE(layout.bitsAllocated, 16);
    std::vector<std::uint8_t> frame(layout.frameBytes());
    QVERIFY(pixels.decodeFrame(0, frame.data(), frame.size()).empty());
    DcmFileFormat ff;
    QVERIFY(ff.loadFile(file.toStdString().c_str()).good());
    Float64 slope = 1, intercept = 0;
    ff.getDataset()->findAndGetFloat64(DCM_RescaleSlope, slope);
    ff.getDataset()->findAndGetFloat64(DCM_RescaleIntercept, intercept);
    int checked = 0, worst = 0;
    for (int r = 0; r < layout.rows; r += 3)
        for (int c = 0; c < layout.columns; c += 3) {
            std::int16_t stored;
            std::memcpy(&stored, frame.data() + 2 * (std::size_t(r) * layout.columns + c), 2);
            const double x = stored * slope + intercept;
            double y = ((x - (center - 0.5)) / (width - 1) + 0.5) * 255.0;
            y = std::clamp(y, 0.0, 255.0);
            worst = std::max(worst, std::abs(int(std::lround(y)) - qGray(image.pixel(c, r))));
            ++checked;
        }
    QVERIFY(checked > 400);
    QVERIFY2(worst <= 1, qPrintable(QStringLiteral("worst difference %1").arg(worst)));
}

void TestRender::matchesDicomImage_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("window"); // empty: the file's own
    QTest::addColumn<bool>("overlays");
    QTest::newRow("CT_small --wl") << pydicomFile("CT_small.dcm") << "40,400" << false;
    QTest::newRow("MR_small, its window") << pydicomFile("MR_small.dcm") << "" << false;
    QTest::newRow("MONOCHROME1, overlay") << samples_ + "/monochrome1_overlay.dcm"
                                          << "2000,4000" << true;
    QTest::newRow("RGB") << pydicomFile("SC_rgb_small_odd.dcm") << "" << false;
    QTest::newRow("planar RGB") << samples_ + "/rgb_planar.dcm"
                                << "" << false;
    QTest::newRow("palette color") << samples_ + "/palette.dcm"
                                   << "" << false;
}

// The CLI (and so the thumbnails) against DCMTK's DicomImage computed here: color and overlays
// exactly; grey within one level, the rounding PS3.3 C.11.2.1.2.1 leaves open. Files without a
// window are left out on purpose: there the CLI takes the viewport's automatic window where
// DicomImage takes the frame's minimum/maximum (see tst_display).
void TestRender::matchesDicomImage() {
    QFETCH(QString, file);
    QFETCH(QString, window);
    QFETCH(bool, overlays);
    QStringList options;
    test::OracleRequest request;
    request.overlays = overlays;
    if (!overlays)
        options << "--no-overlays";
    if (!window.isEmpty()) {
        options << "--wl" << window;
        request.window =
            std::pair{window.section(',', 0, 0).toDouble(), window.section(',', 1).toDouble()};
    }
    const QImage image = render(file, options);
    QVERIFY(!image.isNull());
    std::string error;
    const DisplayImage oracle = test::renderWithDicomImage(file.toStdString(), request, &error);
    QVERIFY2(!oracle.isNull(), error.c_str());
    QCOMPARE(image.size(), QSize(oracle.width, oracle.height));
    int worst = 0;
    for (int y = 0; y < oracle.height; ++y)
        for (int x = 0; x < oracle.width; ++x) {
            const QRgb ours = image.pixel(x, y);
            const std::uint8_t* theirs = oracle.at(x, y);
            if (oracle.channels == 1)
                worst = std::max(worst, std::abs(qGray(ours) - int(theirs[0])));
            else
                worst = std::max({worst, std::abs(qRed(ours) - int(theirs[0])),
                                  std::abs(qGreen(ours) - int(theirs[1])),
                                  std::abs(qBlue(ours) - int(theirs[2]))});
        }
    QVERIFY2(worst <= (oracle.channels == 1 ? 1 : 0),
             qPrintable(QStringLiteral("worst difference %1").arg(worst)));
}

void TestRender::monochrome1InvertedAndOverlayBurnedIn() {
    // 64x48, stored (x*60 + y*20) % 4096 in 12 bits; overlay rows 10-13; window 2000/4000.
    const QString file = samples_ + "/monochrome1_overlay.dcm";
    const QImage plain = render(file, {"--no-overlays"}).convertToFormat(QImage::Format_Grayscale8);
    const QImage burned = render(file).convertToFormat(QImage::Format_Grayscale8);
    QVERIFY(!plain.isNull() && !burned.isNull());
    QCOMPARE(plain.size(), QSize(64, 48));
    // Stored 0 (x = y = 0) is the brightest pixel in MONOCHROME1; values rise along x (until
    // they wrap at 4096), so the row gets darker.
    QCOMPARE(qGray(plain.pixel(0, 0)), 255);
    QVERIFY(qGray(plain.pixel(30, 0)) < qGray(plain.pixel(10, 0)));
    // The overlay changes rows 10-13 only, to one graphics value.
    for (int r = 0; r < 48; ++r)
        for (int c = 0; c < 64; ++c) {
            if (r >= 10 && r < 14) {
                QCOMPARE(qGray(burned.pixel(c, r)), qGray(burned.pixel(0, 10)));
            } else {
                QCOMPARE(burned.pixel(c, r), plain.pixel(c, r));
            }
        }
    int differing = 0;
    for (int c = 0; c < 64; ++c)
        differing += burned.pixel(c, 11) != plain.pixel(c, 11);
    QVERIFY(differing > 32);
}

void TestRender::sizeLetterboxes() {
    // 64x64 into 300x200: scaled to 200x200 and centered; the bars are black.
    const QImage image = render(pydicomFile("MR_small.dcm"), {"--size", "300x200"})
                             .convertToFormat(QImage::Format_Grayscale8);
    QCOMPARE(image.size(), QSize(300, 200));
    for (int r = 0; r < 200; r += 20) {
        QCOMPARE(qGray(image.pixel(10, r)), 0);
        QCOMPARE(qGray(image.pixel(290, r)), 0);
    }
    int lit = 0;
    for (int c = 50; c < 250; ++c)
        lit += qGray(image.pixel(c, 100)) > 0;
    QVERIFY(lit > 100);
}

// letterbox() replaced QPainter's smooth drawImage for thumbnails and --size: the same pixels,
// grey and RGB, enlarged and reduced, with square and non-square pixels.
void TestRender::letterboxMatchesQPainter() {
    QRandomGenerator random(11);
    struct Case {
        int width, height, channels, outWidth, outHeight;
        double aspect;
    };
    for (const Case& c : {Case{64, 64, 1, 300, 200, 1.0}, Case{100, 100, 3, 300, 200, 1.0},
                          Case{512, 512, 1, 96, 96, 1.0}, Case{256, 1024, 1, 50, 50, 1.0},
                          Case{37, 53, 3, 120, 90, 1.0}, Case{80, 60, 1, 200, 200, 0.5},
                          Case{3000, 40, 3, 2500, 100, 1.0}, Case{7, 5, 1, 700, 500, 1.3}}) {
        DisplayImage image;
        image.width = c.width;
        image.height = c.height;
        image.channels = c.channels;
        image.pixels.resize(std::size_t(c.width) * c.height * c.channels);
        for (auto& p : image.pixels)
            p = std::uint8_t(random.bounded(256));
        const auto format = c.channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888;
        QImage source(c.width, c.height, format);
        for (int y = 0; y < c.height; ++y)
            std::memcpy(source.scanLine(y), image.at(0, y), std::size_t(c.width) * c.channels);
        // What FrameRenderer did before, with QPainter.
        const QSize natural(std::max(1, int(std::lround(c.width * c.aspect))), c.height);
        const QSize fitted = natural.scaled(QSize(c.outWidth, c.outHeight), Qt::KeepAspectRatio);
        QImage canvas(QSize(c.outWidth, c.outHeight), format);
        canvas.fill(Qt::black);
        QPainter painter(&canvas);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(
            QRect(QPoint((c.outWidth - fitted.width()) / 2, (c.outHeight - fitted.height()) / 2),
                  fitted),
            source);
        painter.end();
        const DisplayImage ours = letterbox(image, c.outWidth, c.outHeight, c.aspect);
        int differing = 0;
        for (int y = 0; y < c.outHeight; ++y)
            differing += std::memcmp(canvas.constScanLine(y), ours.at(0, y),
                                     std::size_t(c.outWidth) * c.channels) != 0;
        QVERIFY2(differing == 0, qPrintable(QStringLiteral("%1x%2x%3 into %4x%5: %6 rows differ")
                                                .arg(c.width)
                                                .arg(c.height)
                                                .arg(c.channels)
                                                .arg(c.outWidth)
                                                .arg(c.outHeight)
                                                .arg(differing)));
    }
}

void TestRender::framesAreSelectable() {
    const QString file = pydicomFile("SC_rgb_rle_2frame.dcm");
    const QImage one = render(file, {"--frame", "1"});
    const QImage two = render(file, {"--frame", "2"});
    QVERIFY(!one.isNull() && !two.isNull());
    QVERIFY(one != two);
    const CliRun beyond = runCli({"--cache", dir_.path() + "/cache", "render", file, "--out",
                                  dir_.path() + "/x.png", "--frame", "3", "--json"});
    QCOMPARE(beyond.exitCode, 2);
    QVERIFY(!beyond.json().object()["error"].toString().isEmpty());
}

void TestRender::cacheUidRendersLikeTheFile() {
    const QString file = pydicomFile("CT_small.dcm");
    const CliRun imported = runCli({"--cache", dir_.path() + "/cache", "import", file, "--json"});
    QCOMPARE(imported.exitCode, 0);
    DcmFileFormat ff;
    QVERIFY(ff.loadFile(file.toStdString().c_str()).good());
    OFString uid;
    QVERIFY(ff.getDataset()->findAndGetOFString(DCM_SOPInstanceUID, uid).good());
    const QImage byUid = render(QString(uid.c_str()));
    const QImage byFile = render(file);
    QVERIFY(!byUid.isNull());
    QVERIFY(byUid == byFile);
}

void TestRender::badInputIsAClearError() {
    const QString notDicom = dir_.path() + "/not.dcm";
    QFile f(notDicom);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not DICOM at all, not even close");
    f.close();
    for (const QString& input : {notDicom, dir_.path() + "/missing.dcm", QString("1.2.3.4.5.6")}) {
        const CliRun run = runCli({"--cache", dir_.path() + "/cache", "render", input, "--out",
                                   dir_.path() + "/bad.png"});
        QVERIFY2(run.exitCode == 2, qPrintable(input));
        QVERIFY2(!run.err.trimmed().isEmpty(), qPrintable(input));
        QVERIFY(!QFile::exists(dir_.path() + "/bad.png"));
    }
}

QTEST_GUILESS_MAIN(TestRender)
#include "tst_render.moc"

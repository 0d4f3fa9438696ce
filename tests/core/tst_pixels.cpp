// Pixel decoding end to end through InstancePixels: every transfer syntax, photometric
// interpretation and bit layout we could find or make, compared with references computed
// independently (pydicom's numpy and RLE handlers on the native file or on DCMTK's / GDCM's
// decompressed output). Lossless: bit for bit. Lossy: within the codec's tolerance.

#include "core/dicom/DcmtkSetup.h"
#include "core/pixel/InstancePixels.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>

#include <cstring>
#include <map>

using namespace pellucid;
using namespace pellucid::test;
namespace fs = std::filesystem;

namespace {

QString decodeAll(const fs::path& file, QByteArray* out, FrameLayout* layout) {
    auto opened = InstancePixels::open(file);
    if (auto* e = std::get_if<std::string>(&opened))
        return QString::fromStdString(*e);
    const InstancePixels& pixels = *std::get<std::unique_ptr<InstancePixels>>(opened);
    *layout = pixels.decodedLayout();
    const std::size_t frameBytes = layout->frameBytes();
    out->resize(static_cast<qsizetype>(frameBytes * std::size_t(pixels.frameCount())));
    for (int f = 0; f < pixels.frameCount(); ++f) {
        const std::string error = pixels.decodeFrame(
            f, reinterpret_cast<std::uint8_t*>(out->data()) + frameBytes * std::size_t(f),
            frameBytes);
        if (!error.empty())
            return QString::fromStdString(error);
    }
    return {};
}

long long sampleAt(const QByteArray& bytes, std::size_t i, int bits, bool isSigned) {
    const auto* p = reinterpret_cast<const std::uint8_t*>(bytes.constData());
    switch (bits) {
    case 8:
        return isSigned ? static_cast<std::int8_t>(p[i]) : p[i];
    case 16: {
        std::uint16_t v;
        std::memcpy(&v, p + 2 * i, 2);
        return isSigned ? static_cast<std::int16_t>(v) : v;
    }
    default: {
        std::uint32_t v;
        std::memcpy(&v, p + 4 * i, 4);
        return isSigned ? static_cast<std::int32_t>(v) : v;
    }
    }
}

// Empty when `ours` equals `reference` within `tolerance`, else where and how it differs.
QString compare(const QByteArray& ours, const FrameLayout& layout, const PixelReference& ref,
                int tolerance) {
    if (!ref.valid)
        return QStringLiteral("no reference");
    if (layout.rows != ref.rows || layout.columns != ref.columns ||
        layout.samplesPerPixel != ref.samples || layout.bitsAllocated != ref.bits)
        return QStringLiteral("layout %1x%2x%3 %4-bit, reference %5x%6x%7 %8-bit")
            .arg(layout.rows)
            .arg(layout.columns)
            .arg(layout.samplesPerPixel)
            .arg(layout.bitsAllocated)
            .arg(ref.rows)
            .arg(ref.columns)
            .arg(ref.samples)
            .arg(ref.bits);
    if (ours.size() != ref.bytes.size())
        return QStringLiteral("%1 bytes, reference %2").arg(ours.size()).arg(ref.bytes.size());
    const std::size_t n = std::size_t(ours.size()) / std::size_t(ref.bits / 8);
    long long worst = 0;
    std::size_t worstAt = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const long long d = std::llabs(sampleAt(ours, i, ref.bits, ref.isSigned) -
                                       sampleAt(ref.bytes, i, ref.bits, ref.isSigned));
        if (d > worst) {
            worst = d;
            worstAt = i;
        }
    }
    if (worst > tolerance)
        return QStringLiteral("sample %1 differs by %2 (ours %3, reference %4)")
            .arg(worstAt)
            .arg(worst)
            .arg(sampleAt(ours, worstAt, ref.bits, ref.isSigned))
            .arg(sampleAt(ref.bytes, worstAt, ref.bits, ref.isSigned));
    return {};
}

} // namespace

class TestPixels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void decodesLikePydicom_data();
    void decodesLikePydicom();
    void compressedEqualsNative_data();
    void compressedEqualsNative();
    void badInputIsAnErrorNotACrash_data();
    void badInputIsAnErrorNotACrash();
    void everyPydicomImageDecodes();
    void compressedPydicomSamplesMatchReferenceTools();

private:
    QTemporaryDir dir_;
    fs::path work_;
    fs::path samples_;
    fs::path variants_;
    fs::path pydicom_ = pydicomData() / "test_files";
};

void TestPixels::initTestCase() {
    work_ = fs::path(dir_.path().toStdString());
    samples_ = work_ / "samples";
    variants_ = work_ / "variants";
    fs::create_directories(variants_);
    runTool(QStringLiteral("/usr/bin/python3"),
            {QString::fromStdString((sourceDir() / "tests/tools/pixel-reference.py").string()),
             QStringLiteral("samples"), QString::fromStdString(samples_.string())});
}

void TestPixels::decodesLikePydicom_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("tolerance");
    const QString p = QString::fromStdString(pydicom_.string()) + "/";
    const QString s = QString::fromStdString(samples_.string()) + "/";
    // Native: byte orders, implicit/explicit VR, deflate, 1/8/16/32 bits, color layouts.
    for (const char* f :
         {"CT_small.dcm", "MR_small.dcm", "MR_small_bigendian.dcm", "MR_small_expb.dcm",
          "MR_small_implicit.dcm", "MR_small_padded.dcm", "ExplVR_BigEnd.dcm",
          "SC_rgb_small_odd.dcm", "SC_rgb_jpeg_dcmd.dcm", "image_dfl.dcm", "liver_1frame.dcm",
          "liver_expb_1frame.dcm", "rtdose.dcm", "rtdose_1frame.dcm", "rtdose_expb.dcm",
          "rtdose_expb_1frame.dcm"})
        QTest::newRow(f) << p + f << 0;
    // RLE through DCMTK's decoder: 8/16/32 bits, grey and color, multi-frame.
    for (const char* f :
         {"MR_small_RLE.dcm", "rtdose_rle.dcm", "rtdose_rle_1frame.dcm", "SC_rgb_rle.dcm",
          "SC_rgb_rle_2frame.dcm", "SC_rgb_rle_16bit.dcm", "SC_rgb_rle_16bit_2frame.dcm",
          "SC_rgb_rle_32bit.dcm", "SC_rgb_rle_32bit_2frame.dcm"})
        QTest::newRow(f) << p + f << 0;
    // YBR to RGB: pydicom and we round the conversion each in our way.
    QTest::newRow("SC_ybr_full_422_uncompressed.dcm")
        << p + "SC_ybr_full_422_uncompressed.dcm" << 1;
    // Made here for what pydicom's data lacks.
    for (const char* f :
         {"palette.dcm", "palette_segmented16.dcm", "palette_segmented8.dcm",
          "monochrome1_overlay.dcm", "onebit_3frames.dcm", "signed8.dcm", "signed32_2frames.dcm",
          "highbit15.dcm", "signed12_junk.dcm", "rgb_planar.dcm"})
        QTest::newRow(f) << s + f << 0;
    QTest::newRow("ybr_full.dcm") << s + "ybr_full.dcm" << 1;
}

void TestPixels::decodesLikePydicom() {
    QFETCH(QString, file);
    QFETCH(int, tolerance);
    QByteArray ours;
    FrameLayout layout;
    const QString error = decodeAll(file.toStdString(), &ours, &layout);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    PixelReference ref = pixelReference(file.toStdString(), work_);
    // Where pydicom is no reference (it ignores High Bit and keeps bits above Bits Stored),
    // the sample generator wrote the truth beside the file.
    const QString truth = QString(file).replace(".dcm", ".truth.raw");
    if (QFile::exists(truth))
        ref.bytes = readBytes(truth.toStdString());
    const QString difference = compare(ours, layout, ref, tolerance);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestPixels::compressedEqualsNative_data() {
    QTest::addColumn<QString>("native");
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("tolerance");
    const QString p = QString::fromStdString(pydicom_.string()) + "/";
    const QString s = QString::fromStdString(samples_.string()) + "/";
    struct Source {
        const char* name;
        QString path;
    };
    const Source grey[] = {{"CT", p + "CT_small.dcm"},
                           {"MR signed", p + "MR_small.dcm"},
                           {"12-bit", s + "monochrome1_overlay.dcm"},
                           {"8-bit", s + "palette.dcm"}};
    const Source color[] = {{"RGB", p + "SC_rgb_small_odd.dcm"},
                            {"RGB planar", s + "rgb_planar.dcm"}};
    auto add = [&](const Source& src, const char* codec, const QString& tool, QStringList options,
                   int tolerance) {
        QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(codec, src.name)))
            << src.path << tool << options << tolerance;
    };
    for (const Source& src : grey) {
        add(src, "RLE", "dcmcrle", {}, 0);
        add(src, "JPEG lossless SV1 (.70)", "dcmcjpeg", {"+e1"}, 0);
        add(src, "JPEG lossless (.57)", "dcmcjpeg", {"+el"}, 0);
        add(src, "JPEG-LS lossless (.80)", "dcmcjpls", {"+el"}, 0);
    }
    // DCMTK near-lossless JPEG-LS takes unsigned grey only; GDCM's J2K encoder asserts on
    // palette images.
    add(grey[2], "JPEG-LS near-lossless (.81) NEAR 3", "dcmcjpls", {"+en", "+md", "3"}, 3);
    for (int i : {0, 1, 2})
        add(grey[i], "JPEG 2000 lossless (.90)", "gdcmconv", {"--j2k"}, 0);
    for (const Source& src : color) {
        add(src, "RLE", "dcmcrle", {}, 0);
        add(src, "JPEG lossless SV1 (.70)", "dcmcjpeg", {"+e1"}, 0);
        add(src, "JPEG-LS lossless (.80) line", "dcmcjpls", {"+el", "+il"}, 0);
        add(src, "JPEG-LS lossless (.80) sample", "dcmcjpls", {"+el", "+is"}, 0);
        add(src, "JPEG-LS lossless (.80) none", "dcmcjpls", {"+el", "+in"}, 0);
        add(src, "JPEG baseline (.50)", "dcmcjpeg", {"+eb"}, 0); // against dcmdjpeg
    }
    // GDCM's J2K encoder crashes on the odd-sized sample.
    add(color[1], "JPEG 2000 lossless (.90)", "gdcmconv", {"--j2k"}, 0);
    // HTJ2K made with ojph_compress (unsigned sources only: PGM/PPM carry no sign).
    add(grey[2], "HTJ2K lossless (.201)", "htj2k", {"reversible"}, 0);
    add(grey[3], "HTJ2K lossless (.201)", "htj2k", {"reversible"}, 0);
    add(color[1], "HTJ2K lossless (.201)", "htj2k", {"reversible"}, 0);
    // OpenJPEG and OpenJPH round the irreversible 9/7 wavelet each their way: one level.
    add(grey[2], "HTJ2K lossy (.203)", "htj2k", {"irreversible"}, 1);
}

void TestPixels::compressedEqualsNative() {
    QFETCH(QString, native);
    QFETCH(QString, tool);
    QFETCH(QStringList, options);
    QFETCH(int, tolerance);
    static int counter = 0;
    const QString out =
        QString::fromStdString((variants_ / ("v" + std::to_string(++counter) + ".dcm")).string());
    if (tool == "htj2k")
        runTool(QStringLiteral("/usr/bin/python3"),
                {QString::fromStdString((sourceDir() / "tests/tools/pixel-reference.py").string()),
                 "htj2k", native, out, options.first()});
    else
        runTool(tool, options + QStringList{native, out});
    QVERIFY(fs::exists(out.toStdString()));
    QByteArray ours;
    FrameLayout layout;
    const QString error = decodeAll(out.toStdString(), &ours, &layout);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Lossy JPEG: against DCMTK's own decompression of the same file (dcmdjpeg).
    fs::path reference = native.toStdString();
    if (options.contains("+eb")) {
        reference = fs::path(out.toStdString()).replace_extension(".dcmdjpeg.dcm");
        runTool("dcmdjpeg", {out, QString::fromStdString(reference.string())});
    }
    PixelReference ref = pixelReference(reference, work_);
    // Lossy HTJ2K: compared with what ojph_expand (the reference decoder) makes of the
    // same codestreams, written beside the file.
    const QString truth = QString(out).replace(".dcm", ".truth.raw");
    if (QFile::exists(truth))
        ref.bytes = readBytes(truth.toStdString());
    const QString difference = compare(ours, layout, ref, tolerance);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestPixels::badInputIsAnErrorNotACrash_data() {
    QTest::addColumn<QString>("kind");
    for (const char* k :
         {"truncated fragment", "garbage in a JPEG stream", "garbage in a J2K stream",
          "garbage in a JPEG-LS stream", "Rows larger than the data", "native Pixel Data too short",
          "frame beyond the count"})
        QTest::newRow(k) << k;
}

void TestPixels::badInputIsAnErrorNotACrash() {
    QFETCH(QString, kind);
    const QString p = QString::fromStdString(pydicom_.string()) + "/";
    const fs::path bad = variants_ / ("bad-" + kind.toStdString() + ".dcm");
    auto corruptLastFragmentMiddle = [&](const QString& source) {
        QByteArray bytes = readBytes(source.toStdString());
        // The last fragment ends 8 bytes before the file does (sequence delimiter): scribble
        // over the middle of the compressed stream, keeping every length intact.
        const qsizetype end = bytes.size() - 8;
        for (qsizetype i = end / 2 + end / 4; i < end - 16; i += 3)
            bytes[i] = static_cast<char>(0xFF ^ (i & 0x7F));
        writeBytes(bad, bytes);
    };
    int frame = 0;
    if (kind == "truncated fragment") {
        const QByteArray bytes = readBytes((pydicom_ / "JPEG2000.dcm"));
        writeBytes(bad, bytes.left(bytes.size() - 200));
    } else if (kind == "garbage in a JPEG stream") {
        corruptLastFragmentMiddle(p + "JPGExtended.dcm");
    } else if (kind == "garbage in a J2K stream") {
        corruptLastFragmentMiddle(p + "MR_small_jp2klossless.dcm");
    } else if (kind == "garbage in a JPEG-LS stream") {
        corruptLastFragmentMiddle(p + "MR_small_jpeg_ls_lossless.dcm");
    } else if (kind == "Rows larger than the data") {
        fs::copy_file(pydicom_ / "MR_small_jp2klossless.dcm", bad,
                      fs::copy_options::overwrite_existing);
        runTool("dcmodify", {"-nb", "-m", "(0028,0010)=128", QString::fromStdString(bad.string())});
    } else if (kind == "native Pixel Data too short") {
        fs::copy_file(pydicom_ / "CT_small.dcm", bad, fs::copy_options::overwrite_existing);
        runTool("dcmodify", {"-nb", "-m", "(0028,0011)=512", QString::fromStdString(bad.string())});
    } else if (kind == "frame beyond the count") {
        fs::copy_file(pydicom_ / "rtdose.dcm", bad, fs::copy_options::overwrite_existing);
        frame = 15;
    }
    auto opened = InstancePixels::open(bad);
    if (auto* e = std::get_if<std::string>(&opened)) {
        QVERIFY(!e->empty()); // refused when opening, with a reason
        return;
    }
    const InstancePixels& pixels = *std::get<std::unique_ptr<InstancePixels>>(opened);
    std::vector<std::uint8_t> out(pixels.decodedLayout().frameBytes());
    const std::string error = pixels.decodeFrame(frame, out.data(), out.size());
    // Garbage inside an entropy-coded stream may still decode to (wrong) pixels: what matters
    // is a clean return; everything else must be an error.
    if (!kind.startsWith("garbage"))
        QVERIFY2(!error.empty(), qPrintable(kind));
}

// Every file under pydicom's data folder that has Pixel Data: all frames decode, except the
// few listed with why. Values are checked by the tests above where a reference exists.
void TestPixels::everyPydicomImageDecodes() {
    const std::map<std::string, QString> undecodable = {
        // A parser test: the codestream's SIZ segment is not an image (every decoder refuses).
        {"JPEG2000-embedded-sequence-delimiter.dcm", "JPEG 2000"},
        // Parser tests with a Pixel Data element but no image attributes.
        {"meta_missing_tsyntax.dcm", "Rows, Columns or Bits Allocated missing"},
        {"nested_priv_SQ.dcm", "Rows, Columns or Bits Allocated missing"},
    };
    QVERIFY(ensureDcmtkReady().empty()); // DCMTK's logger quiet for the non-DICOM files
    int decoded = 0;
    QStringList failures;
    for (const auto& entry : fs::recursive_directory_iterator(pydicomData())) {
        if (!entry.is_regular_file())
            continue;
        DcmFileFormat probe;
        if (probe.loadFile(entry.path().c_str(), EXS_Unknown, EGL_noChange, 4096).bad() ||
            !probe.getDataset()->tagExists(DCM_PixelData))
            continue;
        QByteArray bytes;
        FrameLayout layout;
        const QString error = decodeAll(entry.path(), &bytes, &layout);
        const auto expected = undecodable.find(entry.path().filename().string());
        if (expected != undecodable.end()) {
            if (error.isEmpty() || !error.contains(expected->second))
                failures << QString::fromStdString(entry.path().filename().string()) +
                                ": expected an error with \"" + expected->second + "\", got \"" +
                                error + "\"";
            continue;
        }
        if (!error.isEmpty())
            failures << QString::fromStdString(entry.path().string()) + ": " + error;
        else
            ++decoded;
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join('\n')));
    qInfo("%d pydicom images decoded", decoded);
    QVERIFY(decoded >= 50);
}

// Every compressed image pydicom ships, against the reference tool's decompressed copy read
// as native: DCMTK's dcmdjpeg/dcmdjpls/dcmdrle, GDCM's gdcmconv --raw for JPEG 2000.
void TestPixels::compressedPydicomSamplesMatchReferenceTools() {
    QVERIFY(ensureDcmtkReady().empty());
    const std::map<std::string, QStringList> tools = {
        {"1.2.840.10008.1.2.4.50", {"dcmdjpeg"}},
        {"1.2.840.10008.1.2.4.51", {"dcmdjpeg"}},
        {"1.2.840.10008.1.2.4.57", {"dcmdjpeg"}},
        {"1.2.840.10008.1.2.4.70", {"dcmdjpeg"}},
        {"1.2.840.10008.1.2.4.80", {"dcmdjpls"}},
        {"1.2.840.10008.1.2.4.81", {"dcmdjpls"}},
        {"1.2.840.10008.1.2.5", {"dcmdrle"}},
        {"1.2.840.10008.1.2.4.90", {"gdcmconv", "--raw"}},
        {"1.2.840.10008.1.2.4.91", {"gdcmconv", "--raw"}},
    };
    // Where the reference tool itself gets it wrong or cannot read the file.
    const std::map<std::string, QString> skipped = {
        {"JPEG2000-embedded-sequence-delimiter.dcm", "not an image (parser test)"},
        // GDCM keeps the codestream's unsigned values under the signed header; we read them as
        // two's complement like pydicom (see Jpeg2000Decoder.h).
        {"J2K_pixelrep_mismatch.dcm", "GDCM ignores the Pixel Representation mismatch"},
        // Declares explicit VR and is written implicit: we read it, dcmdjpeg refuses it.
        {"SC_rgb_jpeg.dcm", "dcmdjpeg cannot parse it"},
    };
    int compared = 0;
    QStringList failures;
    for (const auto& entry : fs::directory_iterator(pydicom_)) {
        DcmFileFormat probe;
        if (!entry.is_regular_file() ||
            probe.loadFile(entry.path().c_str(), EXS_Unknown, EGL_noChange, 4096).bad() ||
            !probe.getDataset()->tagExists(DCM_PixelData))
            continue;
        OFString ts;
        probe.getMetaInfo()->findAndGetOFString(DCM_TransferSyntaxUID, ts);
        const auto tool = tools.find(ts.c_str());
        const std::string name = entry.path().filename().string();
        if (tool == tools.end() || skipped.count(name))
            continue;
        const fs::path reference = variants_ / (name + ".reference.dcm");
        QStringList args = tool->second.mid(1);
        args << QString::fromStdString(entry.path().string())
             << QString::fromStdString(reference.string());
        runTool(tool->second.front(), args);
        QByteArray ours, theirs;
        FrameLayout a, b;
        const QString e1 = decodeAll(entry.path(), &ours, &a);
        const QString e2 = decodeAll(reference, &theirs, &b);
        if (!e1.isEmpty() || !e2.isEmpty()) {
            failures << QString::fromStdString(name) + ": " + e1 + " / reference: " + e2;
            continue;
        }
        if (ours != theirs || a.frameBytes() != b.frameBytes())
            failures << QString::fromStdString(name) + " (" + QString(ts.c_str()) +
                            "): differs from " + tool->second.front();
        ++compared;
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join('\n')));
    qInfo("%d compressed samples equal their reference tool's output", compared);
    QVERIFY(compared >= 20);
}

QTEST_GUILESS_MAIN(TestPixels)
#include "tst_pixels.moc"

#include "core/codec/JpegLsDecoder.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <charls/charls.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <random>
#include <string>
#include <thread>
#include <vector>

using pellucid::DecodedFrameInfo;
using pellucid::decodeJpegLs;
using pellucid::FrameLayout;
using Bytes = std::vector<std::uint8_t>;

namespace {

QString pydicomFile(const QString& name) {
    return QStringLiteral(PELLUCID_PYDICOM_DATA "/test_files/") + name;
}

QString runTool(const QString& program, const QStringList& args) {
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(120000))
        return program + " did not finish";
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return program + " " + args.join(' ') +
               " failed: " + QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    return {};
}

int uint16Of(DcmItem& ds, const DcmTagKey& tag, int fallback) {
    Uint16 v = 0;
    return ds.findAndGetUint16(tag, v).good() ? int(v) : fallback;
}

FrameLayout layoutOf(DcmItem& ds) {
    FrameLayout l;
    l.rows = uint16Of(ds, DCM_Rows, 0);
    l.columns = uint16Of(ds, DCM_Columns, 0);
    l.samplesPerPixel = uint16Of(ds, DCM_SamplesPerPixel, 1);
    l.bitsAllocated = uint16Of(ds, DCM_BitsAllocated, 16);
    l.bitsStored = uint16Of(ds, DCM_BitsStored, l.bitsAllocated);
    l.pixelRepresentation = uint16Of(ds, DCM_PixelRepresentation, 0);
    return l;
}

int frameCountOf(DcmItem& ds) {
    Sint32 n = 1;
    return ds.findAndGetSint32(DCM_NumberOfFrames, n).good() && n > 0 ? int(n) : 1;
}

std::uint32_t loadSample(const std::uint8_t* p, std::size_t bytes) {
    if (bytes == 1)
        return *p;
    if (bytes == 2) {
        std::uint16_t v;
        std::memcpy(&v, p, 2);
        return v;
    }
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
}

void storeSample(std::uint8_t* p, std::size_t bytes, std::uint32_t v) {
    if (bytes == 1) {
        *p = static_cast<std::uint8_t>(v);
    } else if (bytes == 2) {
        const auto w = static_cast<std::uint16_t>(v);
        std::memcpy(p, &w, 2);
    } else {
        std::memcpy(p, &v, 4);
    }
}

// A sample of a frame in the FrameLayout convention, as a number.
long long valueAt(const Bytes& frame, const FrameLayout& l, std::size_t index) {
    const std::size_t bytes = l.bytesPerSample();
    const std::uint32_t v = loadSample(frame.data() + index * bytes, bytes);
    if (l.pixelRepresentation == 0)
        return v;
    const int shift = 32 - l.bitsAllocated;
    return static_cast<std::int32_t>(v << shift) >> shift;
}

// The test's own reading of stored samples (independent of the decoder under test): the low
// Bits Stored bits, sign-extended when signed, color planes interleaved.
Bytes toLayout(const std::uint8_t* stored, const FrameLayout& l, bool planar) {
    const std::size_t pixels = std::size_t(l.rows) * std::size_t(l.columns);
    const std::size_t spp = std::size_t(l.samplesPerPixel);
    const std::size_t bytes = l.bytesPerSample();
    const std::uint32_t mask = l.bitsStored >= 32 ? 0xFFFFFFFFu : (1u << l.bitsStored) - 1;
    const std::uint32_t sign = 1u << (l.bitsStored - 1);
    Bytes out(l.frameBytes());
    for (std::size_t p = 0; p < pixels; ++p)
        for (std::size_t s = 0; s < spp; ++s) {
            const std::size_t from = planar ? s * pixels + p : p * spp + s;
            std::uint32_t v = loadSample(stored + from * bytes, bytes) & mask;
            if (l.pixelRepresentation == 1)
                v = (v ^ sign) - sign;
            storeSample(out.data() + (p * spp + s) * bytes, bytes, v);
        }
    return out;
}

struct Image {
    FrameLayout layout;
    bool planar = false;
    std::vector<Bytes> frames; // FrameLayout convention
};

// Reads an uncompressed file's frames with DCMTK.
QString readNative(const QString& path, Image& image) {
    DcmFileFormat file;
    if (OFCondition c = file.loadFile(path.toStdString().c_str()); c.bad())
        return "cannot read " + path + ": " + c.text();
    DcmDataset& ds = *file.getDataset();
    if (DcmXfer(ds.getOriginalXfer()).isEncapsulated())
        return path + " is compressed";
    image.layout = layoutOf(ds);
    image.planar = uint16Of(ds, DCM_PlanarConfiguration, 0) == 1;
    if (uint16Of(ds, DCM_HighBit, image.layout.bitsStored - 1) != image.layout.bitsStored - 1)
        return path + ": High Bit is not Bits Stored - 1";
    DcmElement* element = nullptr;
    if (ds.findAndGetElement(DCM_PixelData, element).bad() || !element)
        return path + " has no Pixel Data";
    auto* pixels = static_cast<DcmPixelData*>(element);
    Uint32 frameSize = 0;
    if (pixels->getUncompressedFrameSize(&ds, frameSize).bad() ||
        frameSize < image.layout.frameBytes())
        return path + ": cannot size a frame";
    // DCMTK wants an even buffer for odd frame sizes (it may swap bytes in place).
    Bytes buffer(frameSize + (frameSize & 1u));
    const int frames = frameCountOf(ds);
    for (int f = 0; f < frames; ++f) {
        Uint32 start = 0;
        OFString colorModel;
        if (OFCondition c = pixels->getUncompressedFrame(&ds, Uint32(f), start, buffer.data(),
                                                         Uint32(buffer.size()), colorModel);
            c.bad())
            return path + ": cannot read frame " + QString::number(f) + ": " + c.text();
        image.frames.push_back(toLayout(buffer.data(), image.layout, image.planar));
    }
    return {};
}

struct Compressed {
    FrameLayout layout;
    std::vector<Bytes> frames; // one codestream each
};

// Each frame's codestream from an encapsulated file: one fragment a frame, or all fragments of
// a single frame, or a new frame at each fragment that starts with SOI.
QString readCompressed(const QString& path, Compressed& out) {
    DcmFileFormat file;
    if (OFCondition c = file.loadFile(path.toStdString().c_str()); c.bad())
        return "cannot read " + path + ": " + c.text();
    DcmDataset& ds = *file.getDataset();
    const E_TransferSyntax xfer = ds.getOriginalXfer();
    if (xfer != EXS_JPEGLSLossless && xfer != EXS_JPEGLSLossy)
        return path + " is not JPEG-LS";
    out.layout = layoutOf(ds);
    DcmElement* element = nullptr;
    DcmPixelSequence* seq = nullptr;
    if (ds.findAndGetElement(DCM_PixelData, element).bad() || !element ||
        static_cast<DcmPixelData*>(element)
            ->getEncapsulatedRepresentation(xfer, nullptr, seq)
            .bad() ||
        !seq)
        return path + " has no pixel sequence";
    std::vector<Bytes> fragments;
    for (unsigned long i = 1; i < seq->card(); ++i) {
        DcmPixelItem* item = nullptr;
        Uint8* bytes = nullptr;
        if (seq->getItem(item, i).bad() || item->getUint8Array(bytes).bad())
            return path + ": unreadable fragment";
        fragments.emplace_back(bytes, bytes + item->getLength());
    }
    const std::size_t frames = std::size_t(frameCountOf(ds));
    if (fragments.size() == frames) {
        out.frames = fragments;
        return {};
    }
    for (const Bytes& fragment : fragments) {
        const bool soi = fragment.size() >= 2 && fragment[0] == 0xFF && fragment[1] == 0xD8;
        if (out.frames.empty() || (soi && frames > 1))
            out.frames.emplace_back();
        out.frames.back().insert(out.frames.back().end(), fragment.begin(), fragment.end());
    }
    if (out.frames.size() != frames)
        return path + ": cannot map fragments to frames";
    return {};
}

// What the stream's header says, read with CharLS directly.
struct StreamInfo {
    int bits = 0;
    int interleave = -1;
};
StreamInfo streamInfo(const Bytes& stream) {
    charls::jpegls_decoder decoder(stream, true);
    return {decoder.frame_info().bits_per_sample, static_cast<int>(decoder.interleave_mode())};
}

// Decodes into a buffer with guard bytes after the frame, to catch writes past `outSize` even
// without a sanitizer.
QString decodeGuarded(const Bytes& stream, const FrameLayout& layout, Bytes& out,
                      DecodedFrameInfo* info = nullptr, const std::uint8_t* data = nullptr,
                      std::size_t size = 0) {
    const std::size_t guard = 64;
    Bytes buffer(layout.frameBytes() + guard, 0xA5);
    const std::string error = decodeJpegLs(data ? data : stream.data(), data ? size : stream.size(),
                                           layout, buffer.data(), layout.frameBytes(), info);
    for (std::size_t i = layout.frameBytes(); i < buffer.size(); ++i)
        if (buffer[i] != 0xA5)
            return QStringLiteral("wrote past the end of the output");
    buffer.resize(layout.frameBytes());
    out = std::move(buffer);
    return error.empty() ? QString() : QStringLiteral("error: ") + QString::fromStdString(error);
}

QString firstDifference(const Bytes& a, const Bytes& b, const FrameLayout& l) {
    if (a.size() != b.size())
        return QStringLiteral("sizes %1 and %2").arg(a.size()).arg(b.size());
    const std::size_t samples = a.size() / l.bytesPerSample();
    for (std::size_t i = 0; i < samples; ++i)
        if (valueAt(a, l, i) != valueAt(b, l, i))
            return QStringLiteral("sample %1: %2 vs %3")
                .arg(i)
                .arg(valueAt(a, l, i))
                .arg(valueAt(b, l, i));
    return {};
}

long long maxDifference(const Bytes& a, const Bytes& b, const FrameLayout& l) {
    long long worst = 0;
    for (std::size_t i = 0; i < a.size() / l.bytesPerSample(); ++i)
        worst = std::max(worst, std::llabs(valueAt(a, l, i) - valueAt(b, l, i)));
    return worst;
}

// Writes a minimal Secondary Capture image with DCMTK, for layouts the sample files lack.
QString writeImage(const QString& path, const FrameLayout& l, bool planar, int frames,
                   const std::function<std::uint32_t(std::size_t)>& storedValue) {
    DcmFileFormat file;
    DcmDataset& ds = *file.getDataset();
    char uid[100];
    ds.putAndInsertString(DCM_SOPClassUID, UID_SecondaryCaptureImageStorage);
    ds.putAndInsertString(DCM_SOPInstanceUID, dcmGenerateUniqueIdentifier(uid));
    ds.putAndInsertString(DCM_StudyInstanceUID, dcmGenerateUniqueIdentifier(uid));
    ds.putAndInsertString(DCM_SeriesInstanceUID, dcmGenerateUniqueIdentifier(uid));
    ds.putAndInsertString(DCM_PatientName, "JPEGLS^TEST");
    ds.putAndInsertString(DCM_Modality, "OT");
    ds.putAndInsertUint16(DCM_Rows, Uint16(l.rows));
    ds.putAndInsertUint16(DCM_Columns, Uint16(l.columns));
    ds.putAndInsertUint16(DCM_SamplesPerPixel, Uint16(l.samplesPerPixel));
    ds.putAndInsertString(DCM_PhotometricInterpretation,
                          l.samplesPerPixel == 3 ? "RGB" : "MONOCHROME2");
    if (l.samplesPerPixel > 1)
        ds.putAndInsertUint16(DCM_PlanarConfiguration, planar ? 1 : 0);
    if (frames > 1)
        ds.putAndInsertString(DCM_NumberOfFrames, std::to_string(frames).c_str());
    ds.putAndInsertUint16(DCM_BitsAllocated, Uint16(l.bitsAllocated));
    ds.putAndInsertUint16(DCM_BitsStored, Uint16(l.bitsStored));
    ds.putAndInsertUint16(DCM_HighBit, Uint16(l.bitsStored - 1));
    ds.putAndInsertUint16(DCM_PixelRepresentation, Uint16(l.pixelRepresentation));
    const std::size_t samples = l.frameBytes() / l.bytesPerSample() * std::size_t(frames);
    if (l.bitsAllocated == 8) {
        std::vector<Uint8> v(samples);
        for (std::size_t i = 0; i < samples; ++i)
            v[i] = Uint8(storedValue(i));
        ds.putAndInsertUint8Array(DCM_PixelData, v.data(), static_cast<unsigned long>(samples));
    } else {
        std::vector<Uint16> v(samples);
        for (std::size_t i = 0; i < samples; ++i)
            v[i] = Uint16(storedValue(i));
        ds.putAndInsertUint16Array(DCM_PixelData, v.data(), static_cast<unsigned long>(samples));
    }
    if (OFCondition c = file.saveFile(path.toStdString().c_str(), EXS_LittleEndianExplicit);
        c.bad())
        return "cannot write " + path + ": " + c.text();
    return {};
}

// Deterministic texture plus noise across the full range of `bits`, with both extremes.
std::uint32_t texture(std::size_t i, int bits, int columns) {
    const std::size_t r = i / std::size_t(columns), c = i % std::size_t(columns);
    const std::uint32_t range = 1u << bits;
    if (i == 0)
        return 0;
    if (i == 1)
        return range - 1;
    const std::uint32_t smooth = std::uint32_t((r * 37 + c * 11 + (r * c) / 7) % range);
    const std::uint32_t noise = std::uint32_t((i * 2654435761u) >> 27);
    return (smooth + noise) % range;
}

Bytes patchedWithColorTransform(const Bytes& stream, std::uint8_t transform) {
    // HP's APP8 "mrfx" segment, right after SOI.
    const std::uint8_t segment[] = {0xFF, 0xE8, 0x00, 0x07, 'm', 'r', 'f', 'x', transform};
    Bytes out(stream.size() + sizeof segment);
    std::copy_n(stream.begin(), 2, out.begin());
    std::copy(std::begin(segment), std::end(segment), out.begin() + 2);
    std::copy(stream.begin() + 2, stream.end(), out.begin() + 2 + sizeof segment);
    return out;
}

Bytes encodeWithCharls(const Bytes& interleaved, const FrameLayout& l, int bits,
                       charls::interleave_mode mode, charls::color_transformation transform) {
    charls::jpegls_encoder encoder;
    encoder.frame_info({std::uint32_t(l.columns), std::uint32_t(l.rows), bits, l.samplesPerPixel})
        .interleave_mode(mode)
        .color_transformation(transform);
    Bytes out(encoder.estimated_destination_size());
    encoder.destination(out);
    out.resize(encoder.encode(interleaved));
    return out;
}

} // namespace

class TestJpegLs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pydicomSample();
    void roundTrip_data();
    void roundTrip();
    void colorTransform_data();
    void colorTransform();
    void precisionBelowBitsStored();
    void endOfImagePadding();
    void badInput_data();
    void badInput();
    void everyTruncation();
    void corruptedStreams();
    void concurrentDecoding();

private:
    QString source(const QString& key);
    QString file(const QString& name) const { return dir_.filePath(name); }

    QTemporaryDir dir_;
    QHash<QString, QString> sources_;
    int serial_ = 0;
};

void TestJpegLs::initTestCase() {
    QVERIFY(dir_.isValid());
    for (const char* tool : {"dcmcjpls", "dcmdjpls", "dcmdrle"})
        QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                 qPrintable(QStringLiteral("%1 missing: apt-get install dcmtk").arg(tool)));
    QVERIFY2(QFile::exists(pydicomFile("MR_small.dcm")), "apt-get install python3-pydicom");
}

// The uncompressed source a key names, made once: a pydicom sample; "rle:F" decompressed;
// "planar:K" with its color planes separated; "unsigned:K" relabelled Pixel Representation 0
// (its values are all positive) so DCMTK agrees to near-lossless; "synthetic:..." generated.
QString TestJpegLs::source(const QString& key) {
    if (auto it = sources_.constFind(key); it != sources_.constEnd())
        return *it;
    const QString path = file(QStringLiteral("src%1.dcm").arg(++serial_));
    QString error;
    if (key.startsWith("rle:")) {
        error = runTool("dcmdrle", {pydicomFile(key.mid(4)), path});
    } else if (key.startsWith("planar:") || key.startsWith("unsigned:")) {
        const bool planar = key.startsWith("planar:");
        const QString from = source(key.mid(key.indexOf(':') + 1));
        Image image;
        if (from.isEmpty() || !(error = readNative(from, image)).isEmpty())
            return {};
        FrameLayout l = image.layout;
        const std::size_t samplesPerFrame = l.frameBytes() / l.bytesPerSample();
        const std::size_t pixels = std::size_t(l.rows) * std::size_t(l.columns);
        const std::size_t spp = std::size_t(l.samplesPerPixel);
        if (!planar)
            l.pixelRepresentation = 0;
        error = writeImage(path, l, planar, int(image.frames.size()),
                           [&](std::size_t i) -> std::uint32_t {
                               const std::size_t f = i / samplesPerFrame, k = i % samplesPerFrame;
                               // planar: k runs over planes; pick the interleaved sample it stands
                               // for.
                               const std::size_t at = planar ? (k % pixels) * spp + k / pixels : k;
                               return loadSample(image.frames[f].data() + at * l.bytesPerSample(),
                                                 l.bytesPerSample());
                           });
    } else if (key.startsWith("synthetic:")) {
        // synthetic:<bits allocated>/<bits stored>/<u|s|z>/<samples>/<rows>x<columns>
        // u unsigned, s signed stored sign-extended, z signed with zeros above High Bit.
        const QStringList p = key.mid(10).split('/');
        const QStringList size = p[4].split('x');
        FrameLayout l{size[0].toInt(), size[1].toInt(), p[3].toInt(),
                      p[0].toInt(),    p[1].toInt(),    p[2] == "u" ? 0 : 1};
        const bool zeros = p[2] == "z";
        const int bits = l.bitsStored;
        const int columns = l.columns * l.samplesPerPixel;
        error = writeImage(path, l, false, 1, [&](std::size_t i) -> std::uint32_t {
            std::uint32_t v = texture(i, bits, columns);
            if (l.pixelRepresentation == 1) {
                // Center the texture on zero, then store as the key says.
                const std::int32_t s = std::int32_t(v) - (1 << (bits - 1));
                v = zeros ? std::uint32_t(s) & ((1u << bits) - 1) : std::uint32_t(s);
            }
            return v;
        });
    } else {
        sources_.insert(key, pydicomFile(key));
        return pydicomFile(key);
    }
    if (!error.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    sources_.insert(key, path);
    return path;
}

void TestJpegLs::pydicomSample() {
    Compressed compressed;
    QString error = readCompressed(pydicomFile("MR_small_jpeg_ls_lossless.dcm"), compressed);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Image reference;
    error = readNative(pydicomFile("MR_small.dcm"), reference);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(compressed.frames.size(), std::size_t(1));
    QCOMPARE(compressed.layout.pixelRepresentation, 1);
    Bytes decoded;
    DecodedFrameInfo info;
    info.photometricInterpretation = "stale";
    error = decodeGuarded(compressed.frames[0], compressed.layout, decoded, &info);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(info.photometricInterpretation.empty());
    QVERIFY2(decoded == reference.frames[0],
             qPrintable(firstDifference(decoded, reference.frames[0], compressed.layout)));
}

void TestJpegLs::roundTrip_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("options"); // dcmcjpls
    QTest::addColumn<int>("nearValue");       // 0: lossless
    QTest::addColumn<int>("streamBits");      // 0: do not check
    QTest::addColumn<int>("interleave");      // -1: do not check
    const auto add = [](const QString& name, const QString& key, const QStringList& options,
                        int nearValue, int streamBits, int interleave) {
        QTest::newRow(qPrintable(name)) << key << options << nearValue << streamBits << interleave;
    };
    const auto nearOptions = [](int n) { return QStringList{"+en", "+md", QString::number(n)}; };

    const struct {
        const char* key;
        int bits;             // the stream's P with DCMTK's default ("raw") encoder
        const char* nearFrom; // the source for near-lossless rows; DCMTK refuses signed input
    } grey[] = {
        {"MR_small.dcm", 16, "unsigned:MR_small.dcm"},             // signed 16, all values positive
        {"CT_small.dcm", 16, "unsigned:CT_small.dcm"},             // signed 16, all values positive
        {"image_dfl.dcm", 8, "image_dfl.dcm"},                     // 8-bit grey, deflated source
        {"synthetic:8/8/u/1/29x37", 8, "synthetic:8/8/u/1/29x37"}, // odd size
        // Few bits. Not near-lossless: DCMTK's bundled CharLS 1 writes NEAR streams for 6 bits
        // in 8 that only it reads back; CharLS 2 reports "still contains encoded data".
        {"synthetic:8/6/u/1/16x16", 8, nullptr},
        {"synthetic:16/12/u/1/61x47", 16, "synthetic:16/12/u/1/61x47"}, // make-corpus.sh's CT
        {"synthetic:16/16/u/1/40x31", 16, "synthetic:16/16/u/1/40x31"}, // full unsigned range
        {"synthetic:16/12/s/1/33x35", 16, nullptr}, // signed, stored sign-extended
        {"synthetic:16/12/z/1/33x35", 16, nullptr}, // signed, zeros above High Bit
        {"synthetic:16/16/s/1/40x31", 16, nullptr}, // full signed range
    };
    for (const auto& g : grey) {
        add(QStringLiteral("%1 lossless").arg(g.key), g.key, {"+el"}, 0, g.bits, -1);
        if (g.nearFrom)
            for (int n : {2, 5})
                add(QStringLiteral("%1 NEAR=%2").arg(g.nearFrom).arg(n), g.nearFrom, nearOptions(n),
                    n, 0, -1);
    }
    // DCMTK's "cooked" mode writes P = Bits Stored.
    add("12 bits stored, cooked", "synthetic:16/12/u/1/61x47", {"+el", "+pc"}, 0, 12, -1);
    // (Signed 12 bits, cooked: dcmcjpls 3.6.7 itself fails an assertion in its encoder.)
    // Several fragments a frame, and the non-standard zero padding of odd-length streams.
    add("CT in fragments of 1 KB", "CT_small.dcm", {"+el", "+fs", "1"}, 0, 16, -1);
    add("MR zero padding", "MR_small.dcm", {"+el", "+pz"}, 0, 16, -1);

    const char* color[] = {
        "SC_rgb_small_odd.dcm",                   // 3x3, interleaved
        "SC_rgb_jpeg_dcmd.dcm",                   // 256x256, interleaved, implicit VR
        "planar:SC_rgb_jpeg_dcmd.dcm",            // the same, planar
        "ExplVR_BigEnd.dcm",                      // planar, big endian
        "rle:SC_rgb_rle_16bit_2frame.dcm",        // 16-bit, two frames
        "planar:rle:SC_rgb_rle_16bit_2frame.dcm", // the same, planar
    };
    const struct {
        const char* option;
        int mode; // charls::interleave_mode; -1 for DCMTK's choice
    } modes[] = {{"+il", 1}, {"+is", 2}, {"+in", 0}, {"+iv", -1}};
    for (const char* key : color)
        for (const auto& m : modes) {
            add(QStringLiteral("%1 lossless %2").arg(key, m.option), key, {"+el", m.option}, 0, 0,
                m.mode);
            // dcmcjpls writes near-lossless 3x3 RGB streams that no decoder reads, its own
            // included ("does not support this JPEG-LS image").
            for (int n : {2, 5})
                if (!QString(key).contains("SC_rgb_small_odd"))
                    add(QStringLiteral("%1 NEAR=%2 %3").arg(key).arg(n).arg(m.option), key,
                        nearOptions(n) << m.option, n, 0, m.mode);
        }
}

void TestJpegLs::roundTrip() {
    QFETCH(QString, key);
    QFETCH(QStringList, options);
    QFETCH(int, nearValue);
    QFETCH(int, streamBits);
    QFETCH(int, interleave);

    const QString input = source(key);
    QVERIFY2(!input.isEmpty(), "cannot prepare the source");
    const QString compressedPath = file(QStringLiteral("jls%1.dcm").arg(++serial_));
    QString error = runTool("dcmcjpls", QStringList(options) << input << compressedPath);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    Image reference;
    error = readNative(input, reference);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Compressed compressed;
    error = readCompressed(compressedPath, compressed);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(compressed.frames.size(), reference.frames.size());

    // DCMTK's bundled decoder fails (or loops for minutes) on the near-lossless 16-bit color
    // streams its encoder writes with separate component scans; only the NEAR bound is checked.
    const bool dcmtkDecodes = !(key.contains("16bit") && options.contains("+in"));
    Image dcmtk; // near-lossless: what DCMTK's decoder makes of the same file
    if (nearValue > 0 && dcmtkDecodes) {
        const QString decodedPath = file(QStringLiteral("dec%1.dcm").arg(++serial_));
        error = runTool("dcmdjpls", {compressedPath, decodedPath});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = readNative(decodedPath, dcmtk);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(dcmtk.frames.size(), reference.frames.size());
    }

    const FrameLayout& l = compressed.layout;
    for (std::size_t f = 0; f < compressed.frames.size(); ++f) {
        const StreamInfo stream = streamInfo(compressed.frames[f]);
        if (streamBits)
            QCOMPARE(stream.bits, streamBits);
        if (interleave >= 0)
            QCOMPARE(stream.interleave, interleave);
        Bytes decoded;
        DecodedFrameInfo info;
        error = decodeGuarded(compressed.frames[f], l, decoded, &info);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(info.photometricInterpretation.empty());
        if (nearValue == 0) {
            QVERIFY2(decoded == reference.frames[f],
                     qPrintable(firstDifference(decoded, reference.frames[f], l)));
        } else {
            QVERIFY2(maxDifference(decoded, reference.frames[f], l) <= nearValue,
                     qPrintable(QStringLiteral("error %1 above NEAR")
                                    .arg(maxDifference(decoded, reference.frames[f], l))));
            if (dcmtkDecodes)
                QVERIFY2(decoded == dcmtk.frames[f],
                         qPrintable(firstDifference(decoded, dcmtk.frames[f], l)));
        }
    }
}

void TestJpegLs::colorTransform_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("transform");
    QTest::addColumn<int>("mode");
    for (const char* key : {"SC_rgb_jpeg_dcmd.dcm", "rle:SC_rgb_rle_16bit_2frame.dcm"})
        for (int t : {1, 2, 3})
            for (int m : {1, 2})
                QTest::addRow("%s HP%d %s", key, t, m == 1 ? "line" : "sample") << key << t << m;
}

// CharLS writes and undoes HP1-3 for 8 and 16 bits in line or sample interleave; DCMTK cannot
// make such streams.
void TestJpegLs::colorTransform() {
    QFETCH(QString, key);
    QFETCH(int, transform);
    QFETCH(int, mode);
    Image image;
    const QString path = source(key);
    QVERIFY(!path.isEmpty());
    QString error = readNative(path, image);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const FrameLayout& l = image.layout;
    Bytes stream;
    if (l.bitsAllocated == 8) {
        stream = encodeWithCharls(image.frames[0], l, l.bitsStored,
                                  static_cast<charls::interleave_mode>(mode),
                                  static_cast<charls::color_transformation>(transform));
    } else {
        std::vector<std::uint16_t> samples(l.frameBytes() / 2);
        std::memcpy(samples.data(), image.frames[0].data(), l.frameBytes());
        charls::jpegls_encoder encoder;
        encoder.frame_info({std::uint32_t(l.columns), std::uint32_t(l.rows), l.bitsStored, 3})
            .interleave_mode(static_cast<charls::interleave_mode>(mode))
            .color_transformation(static_cast<charls::color_transformation>(transform));
        stream.resize(encoder.estimated_destination_size());
        encoder.destination(stream);
        stream.resize(encoder.encode(samples));
    }
    Bytes decoded;
    DecodedFrameInfo info;
    error = decodeGuarded(stream, l, decoded, &info);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(QString::fromStdString(info.photometricInterpretation), QStringLiteral("RGB"));
    QVERIFY2(decoded == image.frames[0], qPrintable(firstDifference(decoded, image.frames[0], l)));
}

// A stream may use fewer bits than Bits Stored; signed values are then P-bit two's complement
// (pydicom reads them the same way).
void TestJpegLs::precisionBelowBitsStored() {
    FrameLayout l{9, 13, 1, 16, 16, 1};
    Bytes stored(std::size_t(l.rows * l.columns));
    for (std::size_t i = 0; i < stored.size(); ++i)
        stored[i] = std::uint8_t(std::int8_t(int(i * 7 % 256) - 128));
    const Bytes stream = encodeWithCharls(stored, l, 8, charls::interleave_mode::none,
                                          charls::color_transformation::none);
    Bytes decoded;
    const QString error = decodeGuarded(stream, l, decoded);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (std::size_t i = 0; i < stored.size(); ++i)
        QCOMPARE(valueAt(decoded, l, i), static_cast<long long>(std::int8_t(stored[i])));

    FrameLayout unsignedLayout = l;
    unsignedLayout.pixelRepresentation = 0;
    QVERIFY(decodeGuarded(stream, unsignedLayout, decoded).isEmpty());
    for (std::size_t i = 0; i < stored.size(); ++i)
        QCOMPARE(valueAt(decoded, unsignedLayout, i), static_cast<long long>(stored[i]));
}

// DICOM pads odd-length streams to even: DCMTK by default with a fill byte before EOI
// (FF FF D9), others with a zero after it.
void TestJpegLs::endOfImagePadding() {
    Compressed compressed;
    QVERIFY(readCompressed(pydicomFile("MR_small_jpeg_ls_lossless.dcm"), compressed).isEmpty());
    Bytes stream = compressed.frames[0];
    while (stream.size() > 2 && !(stream[stream.size() - 2] == 0xFF && stream.back() == 0xD9))
        stream.pop_back();
    Bytes plain;
    QVERIFY(decodeGuarded(stream, compressed.layout, plain).isEmpty());

    Bytes fill = stream;
    fill.insert(fill.end() - 2, 0xFF);
    Bytes zero = stream;
    zero.push_back(0x00);
    for (const Bytes* variant : {&fill, &zero}) {
        Bytes decoded;
        const QString error = decodeGuarded(*variant, compressed.layout, decoded);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(decoded == plain);
    }
}

void TestJpegLs::badInput_data() {
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("samples");
    QTest::addColumn<int>("bitsAllocated");
    QTest::addColumn<int>("bitsStored");
    QTest::addColumn<QString>("stream");   // how to spoil MR_small's stream
    QTest::addColumn<QString>("expected"); // part of the message
    const auto add = [](const char* name, int rows, int columns, int samples, int allocated,
                        int stored, const char* stream, const char* expected) {
        QTest::newRow(name) << rows << columns << samples << allocated << stored << QString(stream)
                            << QString(expected);
    };
    add("no bytes", 64, 64, 1, 16, 16, "empty", "empty");
    add("null data", 64, 64, 1, 16, 16, "null", "empty");
    add("garbage", 64, 64, 1, 16, 16, "garbage", "JPEG-LS");
    add("SOI then garbage", 64, 64, 1, 16, 16, "soi+garbage", "JPEG-LS");
    add("half the stream", 64, 64, 1, 16, 16, "half", "JPEG-LS");
    add("header only", 64, 64, 1, 16, 16, "header", "JPEG-LS");
    add("more rows than the stream", 65, 64, 1, 16, 16, "", "64x64");
    add("fewer columns than the stream", 64, 63, 1, 16, 16, "", "64x64");
    add("three samples, one component", 64, 64, 3, 16, 16, "", "1 component");
    add("16-bit stream in 8 bits", 64, 64, 1, 8, 8, "", "16 bits");
    add("output too small", 64, 64, 1, 16, 16, "small-out", "smaller");
    add("no rows", 0, 64, 1, 16, 16, "", "Rows");
    add("1 bit stored", 64, 64, 1, 16, 1, "", "Bits Stored");
    add("12 bits allocated", 64, 64, 1, 12, 12, "", "Bits Allocated");
    add("HP1 on separate planes", 3, 5, 3, 8, 8, "hp-planar", "HP");
    add("HP1 on 12 bits", 3, 5, 3, 16, 12, "hp-12", "bit depth");
}

void TestJpegLs::badInput() {
    QFETCH(int, rows);
    QFETCH(int, columns);
    QFETCH(int, samples);
    QFETCH(int, bitsAllocated);
    QFETCH(int, bitsStored);
    QFETCH(QString, stream);
    QFETCH(QString, expected);

    Compressed compressed;
    QVERIFY(readCompressed(pydicomFile("MR_small_jpeg_ls_lossless.dcm"), compressed).isEmpty());
    Bytes bytes = compressed.frames[0];
    std::mt19937 random(7);
    if (stream == "empty") {
        bytes.clear();
    } else if (stream == "garbage" || stream == "soi+garbage") {
        for (auto& b : bytes)
            b = std::uint8_t(random());
        if (stream == "soi+garbage") {
            bytes[0] = 0xFF;
            bytes[1] = 0xD8;
        }
    } else if (stream == "half") {
        bytes.resize(bytes.size() / 2);
    } else if (stream == "header") {
        bytes.resize(30);
    } else if (stream.startsWith("hp-")) {
        // Interleave mode none (CharLS ignores the transform there) or 12 bits (it cannot).
        const bool planar = stream == "hp-planar";
        const FrameLayout l{rows, columns, samples, bitsAllocated, bitsStored, 0};
        Bytes plain(l.frameBytes());
        const Bytes s = encodeWithCharls(plain, l, bitsStored,
                                         planar ? charls::interleave_mode::none
                                                : charls::interleave_mode::sample,
                                         charls::color_transformation::none);
        bytes = patchedWithColorTransform(s, 1);
    }

    const FrameLayout layout{rows, columns, samples, bitsAllocated, bitsStored, 1};
    const std::size_t outSize = stream == "small-out"
                                    ? layout.frameBytes() - 1
                                    : std::max<std::size_t>(layout.frameBytes(), 1);
    Bytes out(outSize + 64, 0xA5);
    DecodedFrameInfo info;
    const std::string error = decodeJpegLs(stream == "null" ? nullptr : bytes.data(), bytes.size(),
                                           layout, out.data(), outSize, &info);
    QVERIFY2(!error.empty(), "decoding succeeded");
    QVERIFY2(error.find('\n') == std::string::npos, error.c_str());
    QVERIFY2(QString::fromStdString(error).contains(expected), error.c_str());
    QVERIFY(std::all_of(out.begin() + std::ptrdiff_t(outSize), out.end(),
                        [](std::uint8_t b) { return b == 0xA5; }));
    QVERIFY(info.photometricInterpretation.empty());
}

// Every prefix of a valid stream: an error, or (once only padding is missing) the right image.
void TestJpegLs::everyTruncation() {
    Compressed compressed;
    QVERIFY(readCompressed(pydicomFile("MR_small_jpeg_ls_lossless.dcm"), compressed).isEmpty());
    const Bytes& full = compressed.frames[0];
    Bytes reference;
    QVERIFY(decodeGuarded(full, compressed.layout, reference).isEmpty());
    int errors = 0;
    for (std::size_t n = 0; n < full.size(); ++n) {
        const Bytes prefix(full.begin(), full.begin() + std::ptrdiff_t(n));
        Bytes decoded;
        const QString error = decodeGuarded(prefix, compressed.layout, decoded, nullptr,
                                            prefix.empty() ? full.data() : nullptr, 0);
        QVERIFY2(error != "wrote past the end of the output", qPrintable(QString::number(n)));
        if (!error.isEmpty())
            ++errors;
        else
            QVERIFY2(decoded == reference, qPrintable(QStringLiteral("prefix %1").arg(n)));
    }
    QVERIFY(errors >= int(full.size()) - 4);
}

// Random byte changes: any outcome but a crash or a write outside the output.
void TestJpegLs::corruptedStreams() {
    Compressed compressed;
    QVERIFY(readCompressed(pydicomFile("MR_small_jpeg_ls_lossless.dcm"), compressed).isEmpty());
    std::mt19937 random(2024);
    for (int round = 0; round < 2000; ++round) {
        Bytes bytes = compressed.frames[0];
        const int changes = 1 + int(random() % 8);
        for (int c = 0; c < changes; ++c)
            bytes[random() % bytes.size()] = std::uint8_t(random());
        Bytes decoded;
        const QString error = decodeGuarded(bytes, compressed.layout, decoded);
        QVERIFY2(error != "wrote past the end of the output", qPrintable(QString::number(round)));
    }
}

void TestJpegLs::concurrentDecoding() {
    std::vector<Compressed> inputs(2);
    QVERIFY(readCompressed(pydicomFile("MR_small_jpeg_ls_lossless.dcm"), inputs[0]).isEmpty());
    const QString rgb = file("concurrent.dcm");
    QVERIFY(
        runTool("dcmcjpls", {"+el", "+in", pydicomFile("SC_rgb_jpeg_dcmd.dcm"), rgb}).isEmpty());
    QVERIFY(readCompressed(rgb, inputs[1]).isEmpty());
    std::vector<Bytes> expected;
    for (const Compressed& c : inputs) {
        expected.emplace_back();
        QVERIFY(decodeGuarded(c.frames[0], c.layout, expected.back()).isEmpty());
    }
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 50; ++i) {
                const std::size_t which = std::size_t(t + i) % inputs.size();
                const Compressed& c = inputs[which];
                Bytes out(c.layout.frameBytes());
                if (!decodeJpegLs(c.frames[0].data(), c.frames[0].size(), c.layout, out.data(),
                                  out.size(), nullptr)
                         .empty() ||
                    out != expected[which])
                    ++failures;
            }
        });
    for (auto& thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
}

QTEST_GUILESS_MAIN(TestJpegLs)
#include "tst_jpegls.moc"

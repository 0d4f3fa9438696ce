// Our JPEG 2000 and JPEG-LS codecs as DCMTK sees them (registered by ensureDcmtkCodecs): whole
// data set decompression, per-frame access and DicomImage must give what the uncompressed twin
// holds, and a broken stream must be a failed condition, not a crash.

#include "core/codec/DcmtkDecoderCodec.h"
#include "core/pixel/InstancePixels.h"
#include "tests/support/TestSupport.h"

#include <QTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmimgle/dcmimage.h>

#include <cstring>
#include <vector>

using namespace pellucid;
using namespace pellucid::test;

namespace {

QString path(const char* name) {
    return QString::fromStdString((pydicomData() / "test_files" / name).string());
}

// Stored values of every frame after DCMTK decompressed the whole data set, masked to Bits
// Stored (DCMTK and we may differ only in the undefined bits above High Bit).
QString decompressWithDcmtk(const QString& file, std::vector<long long>& values,
                            OFString* photometric = nullptr) {
    DcmFileFormat ff;
    if (OFCondition c = ff.loadFile(file.toStdString().c_str()); c.bad())
        return QStringLiteral("load: ") + c.text();
    DcmDataset& ds = *ff.getDataset();
    if (OFCondition c = ds.chooseRepresentation(EXS_LittleEndianExplicit, nullptr); c.bad())
        return QStringLiteral("chooseRepresentation: ") + c.text();
    if (!ds.canWriteXfer(EXS_LittleEndianExplicit))
        return QStringLiteral("still compressed");
    Uint16 allocated = 0, stored = 0, representation = 0;
    ds.findAndGetUint16(DCM_BitsAllocated, allocated);
    ds.findAndGetUint16(DCM_BitsStored, stored);
    ds.findAndGetUint16(DCM_PixelRepresentation, representation);
    if (photometric)
        ds.findAndGetOFString(DCM_PhotometricInterpretation, *photometric);
    const Uint8* bytes = nullptr;
    unsigned long count = 0;
    if (allocated == 8) {
        if (ds.findAndGetUint8Array(DCM_PixelData, bytes, &count).bad())
            return QStringLiteral("no 8-bit Pixel Data");
    } else {
        const Uint16* words = nullptr;
        if (ds.findAndGetUint16Array(DCM_PixelData, words, &count).bad())
            return QStringLiteral("no 16-bit Pixel Data");
        bytes = reinterpret_cast<const Uint8*>(words);
    }
    const unsigned mask = (1u << stored) - 1, sign = 1u << (stored - 1);
    values.clear();
    for (unsigned long i = 0; i < count; ++i) {
        unsigned v = allocated == 8 ? bytes[i] : reinterpret_cast<const Uint16*>(bytes)[i];
        v &= mask;
        values.push_back(representation == 1 ? (long long)((v ^ sign)) - (long long)sign : v);
    }
    return {};
}

QString decodeWithInstancePixels(const QString& file, std::vector<long long>& values) {
    auto opened = InstancePixels::open(file.toStdString());
    if (auto* e = std::get_if<std::string>(&opened))
        return QString::fromStdString(*e);
    const InstancePixels& pixels = *std::get<std::unique_ptr<InstancePixels>>(opened);
    const FrameLayout layout = pixels.decodedLayout();
    std::vector<std::uint8_t> frame(layout.frameBytes());
    values.clear();
    for (int f = 0; f < pixels.frameCount(); ++f) {
        if (auto e = pixels.decodeFrame(f, frame.data(), frame.size()); !e.empty())
            return QString::fromStdString(e);
        for (std::size_t i = 0; i < frame.size() / layout.bytesPerSample(); ++i) {
            if (layout.bitsAllocated == 8) {
                values.push_back(layout.pixelRepresentation ? (long long)std::int8_t(frame[i])
                                                            : frame[i]);
            } else {
                std::uint16_t w;
                std::memcpy(&w, frame.data() + 2 * i, 2);
                values.push_back(layout.pixelRepresentation ? (long long)std::int16_t(w) : w);
            }
        }
    }
    return {};
}

} // namespace

class TestDcmtkCodec : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(ensureDcmtkCodecs().empty()); }

    void losslessTwinBitForBit_data() {
        QTest::addColumn<QString>("compressed");
        QTest::addColumn<QString>("native");
        QTest::newRow("JPEG 2000 lossless")
            << path("MR_small_jp2klossless.dcm") << path("MR_small.dcm");
        QTest::newRow("JPEG-LS lossless")
            << path("MR_small_jpeg_ls_lossless.dcm") << path("MR_small.dcm");
    }
    void losslessTwinBitForBit() {
        QFETCH(QString, compressed);
        QFETCH(QString, native);
        std::vector<long long> ours, twin;
        QString error = decompressWithDcmtk(compressed, ours);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = decompressWithDcmtk(native, twin);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(ours.size(), twin.size());
        QVERIFY(ours == twin);
    }

    // Every JPEG 2000 sample pydicom ships: DCMTK through our codec and InstancePixels agree.
    void agreesWithInstancePixels_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("photometric"); // after decompression
        QTest::newRow("693_J2KI") << path("693_J2KI.dcm") << "MONOCHROME2";
        QTest::newRow("GDCMJ2K_TextGBR") << path("GDCMJ2K_TextGBR.dcm") << "RGB";
        QTest::newRow("J2K_pixelrep_mismatch") << path("J2K_pixelrep_mismatch.dcm") << "";
        QTest::newRow("JPEG2000") << path("JPEG2000.dcm") << "MONOCHROME2";
        // (JPEG2000-embedded-sequence-delimiter.dcm is a parser test: its SIZ segment is not a
        // real image and every decoder refuses it; tst_pixels lists it.)
        QTest::newRow("SC_rgb_gdcm_KY (YBR_ICT)") << path("SC_rgb_gdcm_KY.dcm") << "RGB";
    }
    void agreesWithInstancePixels() {
        QFETCH(QString, file);
        QFETCH(QString, photometric);
        std::vector<long long> viaDcmtk, viaPixels;
        OFString model;
        QString error = decompressWithDcmtk(file, viaDcmtk, &model);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = decodeWithInstancePixels(file, viaPixels);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(viaDcmtk.size(), viaPixels.size());
        QVERIFY(viaDcmtk == viaPixels);
        if (!photometric.isEmpty())
            QCOMPARE(QString(model.c_str()), photometric);
    }

    // DicomImage, frame by frame (partial access) and whole, on a compressed file.
    void dicomImageReadsJpeg2000() {
        for (unsigned long flags : {0ul, (unsigned long)CIF_UsePartialAccessToPixelData}) {
            DicomImage image(path("MR_small_jp2klossless.dcm").toStdString().c_str(), flags);
            QCOMPARE(int(image.getStatus()), int(EIS_Normal));
            DicomImage twin(path("MR_small.dcm").toStdString().c_str(), flags);
            QCOMPARE(int(twin.getStatus()), int(EIS_Normal));
            image.setMinMaxWindow();
            twin.setMinMaxWindow();
            const auto* a = static_cast<const Uint8*>(image.getOutputData(8));
            const auto* b = static_cast<const Uint8*>(twin.getOutputData(8));
            QVERIFY(a && b);
            QCOMPARE(image.getOutputDataSize(8), twin.getOutputDataSize(8));
            QVERIFY(std::memcmp(a, b, image.getOutputDataSize(8)) == 0);
        }
    }

    void brokenStreamFailsCleanly_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("JPEG 2000") << path("MR_small_jp2klossless.dcm");
        QTest::newRow("JPEG-LS") << path("MR_small_jpeg_ls_lossless.dcm");
    }
    void brokenStreamFailsCleanly() {
        QFETCH(QString, file);
        DcmFileFormat ff;
        QVERIFY(ff.loadFile(file.toStdString().c_str()).good());
        DcmDataset& ds = *ff.getDataset();
        DcmElement* element = nullptr;
        QVERIFY(ds.findAndGetElement(DCM_PixelData, element).good());
        DcmPixelSequence* sequence = nullptr;
        QVERIFY(static_cast<DcmPixelData*>(element)
                    ->getEncapsulatedRepresentation(ds.getOriginalXfer(), nullptr, sequence)
                    .good());
        DcmPixelItem* item = nullptr;
        QVERIFY(sequence->getItem(item, 1).good());
        Uint8* bytes = nullptr;
        QVERIFY(item->getUint8Array(bytes).good());
        // Keep a third of the codestream.
        const Uint32 kept = (item->getLength() / 3) & ~1u;
        std::vector<Uint8> head(bytes, bytes + kept);
        QVERIFY(item->putUint8Array(head.data(), kept).good());
        const OFCondition c = ds.chooseRepresentation(EXS_LittleEndianExplicit, nullptr);
        QVERIFY(c.bad());
        QVERIFY2(QString(c.text()).contains("frame 1"), c.text());
    }
};

QTEST_GUILESS_MAIN(TestDcmtkCodec)
#include "tst_dcmtkcodec.moc"

// Corner annotations, display shutters and overlay planes, from templates and data sets built
// here with DCMTK (no patient data).

#include "core/codec/DcmtkDecoderCodec.h"
#include "core/dicom/DicomDateTime.h"
#include "core/dicom/PersonName.h"
#include "core/display/AnnotationLayout.h"
#include "core/display/FrameRenderer.h"
#include "core/pstate/DisplayShutter.h"
#include "core/pstate/OverlayPlanes.h"
#include "tests/support/DicomImageOracle.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dctag.h>
#include <dcmtk/dcmdata/dcvrobow.h>

#include <algorithm>
#include <map>

using namespace pellucid;

namespace {

TokenValues from(const std::map<std::string, std::string>& values) {
    return [values](std::string_view token) {
        const auto it = values.find(std::string(token));
        return it == values.end() ? std::string() : it->second;
    };
}

DcmTagKey inGroup(int group, const DcmTagKey& tag) {
    return DcmTagKey(static_cast<Uint16>(group), tag.getElement());
}

// Packs one byte a pixel (0/1) into DICOM overlay bits, little end first.
std::vector<Uint8> packBits(const std::vector<int>& pixels) {
    std::vector<Uint8> packed((pixels.size() + 15) / 16 * 2, 0); // even length
    for (std::size_t i = 0; i < pixels.size(); ++i)
        if (pixels[i])
            packed[i / 8] |= Uint8(1u << (i % 8));
    return packed;
}

void putOverlay(DcmItem& ds, int group, int rows, int columns, const char* origin,
                const std::vector<int>& pixels, bool asWords) {
    ds.putAndInsertUint16(inGroup(group, DCM_OverlayRows), Uint16(rows));
    ds.putAndInsertUint16(inGroup(group, DCM_OverlayColumns), Uint16(columns));
    ds.putAndInsertString(inGroup(group, DCM_OverlayType), "G");
    ds.putAndInsertString(inGroup(group, DCM_OverlayOrigin), origin);
    ds.putAndInsertUint16(inGroup(group, DCM_OverlayBitsAllocated), 1);
    ds.putAndInsertUint16(inGroup(group, DCM_OverlayBitPosition), 0);
    const std::vector<Uint8> packed = packBits(pixels);
    DcmTag tag(inGroup(group, DCM_OverlayData));
    if (asWords) {
        tag.setVR(EVR_OW);
        auto* e = new DcmOtherByteOtherWord(tag);
        std::vector<Uint16> words(packed.size() / 2);
        for (std::size_t i = 0; i < words.size(); ++i)
            words[i] = Uint16(packed[2 * i] | (packed[2 * i + 1] << 8));
        e->putUint16Array(words.data(), static_cast<unsigned long>(words.size()));
        ds.insert(e, true);
    } else {
        tag.setVR(EVR_OB);
        auto* e = new DcmOtherByteOtherWord(tag);
        e->putUint8Array(packed.data(), static_cast<unsigned long>(packed.size()));
        ds.insert(e, true);
    }
}

} // namespace

class TestAnnotations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QCOMPARE(ensureDcmtkCodecs(), std::string()); }

    void builtInTemplates() {
        QVERIFY(QFile::exists(QStringLiteral(":/pellucid/core/annotations.json")));
        const AnnotationTemplates& t = builtInAnnotationTemplates();
        for (const char* m : {"default", "CT", "MR", "CR", "DX", "US"})
            QVERIFY2(t.byModality.count(m), m);
        // Every token is a DICOM keyword the dictionary knows, or one the viewport fills.
        for (const std::string& token : t.tokens()) {
            DcmTag tag;
            QVERIFY2(isViewerToken(token) || DcmTag::findTagFromName(token.c_str(), tag).good(),
                     token.c_str());
        }
        QVERIFY(t.tokens().count("PatientName"));
        QVERIFY(t.tokens().count("Window"));
        // Unknown modalities use "default".
        QCOMPARE(&t.forModality("PT"), &t.forModality("default"));
    }

    void fillsAndDropsLines() {
        const CornerTexts ct = fillAnnotations("CT", from({{"PatientName", "DOE, JANE"},
                                                           {"PatientID", "X1"},
                                                           {"PatientBirthDate", "1970-01-02"},
                                                           {"Image", "12 / 120"},
                                                           {"SlicePosition", "-75.0 mm"},
                                                           {"KVP", "120"},
                                                           {"Window", "W 400 L 40"},
                                                           {"SliceThickness", "2.5"}}));
        // No sex: the birth date line stays, trimmed; no accession number: its line goes.
        QCOMPARE(ct.topLeft, std::string("DOE, JANE\nX1\n1970-01-02"));
        QCOMPARE(ct.bottomLeft, std::string("12 / 120\n-75.0 mm\nThk 2.5 mm\n120 kV"));
        QCOMPARE(ct.bottomRight, std::string("W 400 L 40"));
        QCOMPARE(ct.topRight, std::string());
        // Everything empty: every corner empty.
        const CornerTexts none = fillAnnotations("MR", from({}));
        QCOMPARE(none.topLeft + none.topRight + none.bottomLeft + none.bottomRight, std::string());
    }

    void userTemplates() {
        const auto parsed = parseAnnotationTemplates(R"({"templates": [
            {"modalities": ["default"], "topLeft": ["Pellucid", "{{{PatientID}}}", "ID: {PatientID}"],
             "bottomRight": ["{Zoom}  {Window}", "W:  {Window}"]},
            {"modalities": ["CR", "DX"], "topLeft": ["{ViewPosition} {Laterality}"]}]})");
        QVERIFY(std::holds_alternative<AnnotationTemplates>(parsed));
        const auto& t = std::get<AnnotationTemplates>(parsed);
        QCOMPARE(t.tokens(), (std::set<std::string>{"Laterality", "PatientID", "ViewPosition",
                                                    "Window", "Zoom"}));
        const CornerTexts c =
            fillAnnotations(t, "OT", from({{"Zoom", "200%"}, {"PatientID", "7"}}));
        // Literal lines stay; braces escape; "{Zoom}  {Window}" keeps its non-empty part; a line
        // whose tokens are all empty goes even with literal text in it.
        QCOMPARE(c.topLeft, std::string("Pellucid\n{7}\nID: 7"));
        QCOMPARE(c.bottomRight, std::string("200%"));
        const CornerTexts dx = fillAnnotations(t, "DX", from({{"ViewPosition", "PA"}}));
        QCOMPARE(dx.topLeft, std::string("PA"));
        QCOMPARE(dx.bottomRight, std::string());

        auto error = [](std::string_view json) {
            const auto r = parseAnnotationTemplates(json);
            return std::holds_alternative<std::string>(r)
                       ? QString::fromStdString(std::get<std::string>(r))
                       : QString();
        };
        QVERIFY(error("{").startsWith("not valid JSON at offset"));
        QVERIFY(error("{}").contains("\"templates\""));
        QVERIFY(error(R"({"templates": [{"modalities": ["CT"]}]})").contains("\"default\""));
        QCOMPARE(error(R"({"templates": [{"modalities": ["default"], "topLeft": "x"}]})"),
                 QStringLiteral("template 1: \"topLeft\" must be an array of lines"));
        QCOMPARE(error(R"({"templates": [{"modalities": ["default"], "topLeft": [1]}]})"),
                 QStringLiteral("template 1: \"topLeft\" must hold strings only"));
        QVERIFY(error(R"({"templates": [{"topLeft": []}]})").contains("\"modalities\""));
        QVERIFY(
            error(R"({"templates": [{"modalities": ["default"]}, {"modalities": ["default"]}]})")
                .contains("has a template already"));
    }

    void displayForms() {
        QCOMPARE(displayDate("20240102"), std::string("2024-01-02"));
        QCOMPARE(displayDate("2024"), std::string("2024"));
        QCOMPARE(displayTime("101530.123"), std::string("10:15:30"));
        QCOMPARE(displayTime("1015"), std::string("10:15"));
        QCOMPARE(displayTime("10:15:30"), std::string("10:15:30"));
        QCOMPARE(displayPersonName("DOE^JOHN^A^DR^JR"), std::string("DOE, DR JOHN A JR"));
        QCOMPARE(displayPersonName("DOE"), std::string("DOE"));
        QCOMPARE(displayPersonName("^JOHN"), std::string("JOHN"));
        QCOMPARE(displayPersonName("Yamada^Tarou=山田^太郎=やまだ^たろう"),
                 std::string("Yamada, Tarou (山田 太郎) (やまだ たろう)"));
        QCOMPARE(displayPersonName("=山田^太郎"), std::string("山田, 太郎"));
    }

    void headerValuesFromDataset() {
        DcmItem ds;
        ds.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 100");
        ds.putAndInsertString(DCM_PatientName, "M\xFCller^Hans^Peter"); // Latin-1
        ds.putAndInsertString(DCM_PatientID, "PID 42 ");
        ds.putAndInsertString(DCM_PatientBirthDate, "19700102");
        ds.putAndInsertString(DCM_PatientSex, "M");
        ds.putAndInsertString(DCM_StudyDate, "1999.12.31"); // ACR-NEMA form
        ds.putAndInsertString(DCM_StudyTime, "081500.5");
        ds.putAndInsertString(DCM_StudyDescription, "Th\xF6rax");
        ds.putAndInsertString(DCM_InstitutionName, "");
        ds.putAndInsertString(DCM_SeriesNumber, "3");
        ds.putAndInsertString(DCM_SliceThickness, "2.500000");
        ds.putAndInsertString(DCM_KVP, "120.0");
        ds.putAndInsertString(DCM_Modality, "CT");
        const std::map<std::string, std::string> v = headerValues(ds);
        QCOMPARE(v.at("PatientName"), std::string("Müller, Hans Peter"));
        QCOMPARE(v.at("PatientID"), std::string("PID 42"));
        QCOMPARE(v.at("PatientBirthDate"), std::string("1970-01-02"));
        QCOMPARE(v.at("PatientSex"), std::string("M"));
        QCOMPARE(v.at("StudyDate"), std::string("1999-12-31"));
        QCOMPARE(v.at("StudyTime"), std::string("08:15:00"));
        QCOMPARE(v.at("StudyDescription"), std::string("Thörax"));
        QCOMPARE(v.at("SeriesNumber"), std::string("3"));
        QCOMPARE(v.at("SliceThickness"), std::string("2.5"));
        QCOMPARE(v.at("KVP"), std::string("120"));
        QVERIFY(!v.count("InstitutionName")); // empty
        QVERIFY(!v.count("AccessionNumber")); // absent
        QVERIFY(!v.count("Image"));           // the viewer's
        // Together: what the viewer would show.
        const CornerTexts c = fillAnnotations("CT", [&](std::string_view token) {
            if (token == "Image")
                return std::string("1 / 3");
            const auto it = v.find(std::string(token));
            return it == v.end() ? std::string() : it->second;
        });
        QCOMPARE(c.topLeft, std::string("Müller, Hans Peter\nPID 42\n1970-01-02 M"));
        QCOMPARE(c.topRight, std::string("Thörax\n1999-12-31 08:15:00\nSe 3"));
    }

    void headerValuesForUserTokens() {
        DcmItem ds;
        ds.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
        ds.putAndInsertString(DCM_PatientName, "山田^太郎");
        ds.putAndInsertUint16(DCM_Rows, 512);
        ds.putAndInsertString(DCM_PixelSpacing, "0.781250\\0.781250");
        ds.putAndInsertString(DCM_PatientAge, "045Y");
        const auto parsed = parseAnnotationTemplates(
            R"({"templates": [{"modalities": ["default"],
                "topLeft": ["{PatientName}", "{Rows}", "{PixelSpacing}", "{PatientAge}", "{NoSuchKeyword}"]}]})");
        const auto& t = std::get<AnnotationTemplates>(parsed);
        const auto v = headerValues(ds, t);
        QCOMPARE(v.at("PatientName"), std::string("山田, 太郎"));
        QCOMPARE(v.at("Rows"), std::string("512"));
        QCOMPARE(v.at("PixelSpacing"), std::string("0.78125, 0.78125"));
        QCOMPARE(v.at("PatientAge"), std::string("45Y"));
        QVERIFY(!v.count("NoSuchKeyword"));
    }

    void headerValuesOfEnhancedImages() {
        // Enhanced MR: Slice Thickness in the Pixel Measures macro of the shared groups, Echo
        // Time nowhere at the top level either.
        DcmItem ds;
        ds.putAndInsertString(DCM_Modality, "MR");
        DcmItem* shared = nullptr;
        QVERIFY(ds.findOrCreateSequenceItem(DCM_SharedFunctionalGroupsSequence, shared, 0).good());
        DcmItem* measures = nullptr;
        QVERIFY(shared->findOrCreateSequenceItem(DCM_PixelMeasuresSequence, measures, 0).good());
        measures->putAndInsertString(DCM_SliceThickness, "3.000");
        measures->putAndInsertString(DCM_PixelSpacing, "0.5\\0.5");
        const auto v = headerValues(ds);
        QCOMPARE(v.at("SliceThickness"), std::string("3"));
        QVERIFY(!v.count("EchoTime"));
        // The top level wins.
        ds.putAndInsertString(DCM_SliceThickness, "4");
        QCOMPARE(headerValues(ds).at("SliceThickness"), std::string("4"));
    }

    void noShutter() {
        DcmItem ds;
        const DisplayShutter s = DisplayShutter::read(ds);
        QVERIFY(!s.present());
        QVERIFY(!s.hides(-100, 5));
    }

    void rectangularShutter() {
        DcmItem ds;
        ds.putAndInsertString(DCM_ShutterShape, "RECTANGULAR");
        ds.putAndInsertString(DCM_ShutterLeftVerticalEdge, "11");
        ds.putAndInsertString(DCM_ShutterRightVerticalEdge, "20");
        ds.putAndInsertString(DCM_ShutterUpperHorizontalEdge, "5");
        ds.putAndInsertString(DCM_ShutterLowerHorizontalEdge, "8");
        const DisplayShutter s = DisplayShutter::read(ds);
        QVERIFY(s.present());
        QCOMPARE(s.presentationValue, std::uint16_t(0)); // black by default
        // 1-based columns 11..20 are 0-based pixels 10..19, rows 5..8 are 4..7; edges visible.
        QVERIFY(!s.hides(10, 4));
        QVERIFY(!s.hides(19, 7));
        QVERIFY(s.hides(9, 4));
        QVERIFY(s.hides(20, 4));
        QVERIFY(s.hides(10, 3));
        QVERIFY(s.hides(10, 8));
        // Continuous points: pixel 10 covers [9.5, 10.5).
        QVERIFY(!s.hides(9.5, 5));
        QVERIFY(s.hides(9.49, 5));
        QVERIFY(!s.hides(19.49, 5));
        QVERIFY(s.hides(19.5, 5));
        int shown = 0;
        for (int r = 0; r < 20; ++r)
            for (int c = 0; c < 30; ++c)
                shown += !s.hides(c, r);
        QCOMPARE(shown, 10 * 4);
        // Painting: only the 40 visible pixels keep their grey.
        std::vector<std::uint8_t> gray(30 * 20, 77);
        s.paint(gray.data(), 30, 20);
        QCOMPARE(std::count(gray.begin(), gray.end(), 77), 40);
        QCOMPARE(std::count(gray.begin(), gray.end(), 0), 30 * 20 - 40);
        QCOMPARE(int(gray[4 * 30 + 10]), 77);
        QCOMPARE(int(gray[4 * 30 + 9]), 0);
    }

    void circularShutterAndValue() {
        DcmItem ds;
        ds.putAndInsertString(DCM_ShutterShape, "CIRCULAR");
        ds.putAndInsertString(DCM_CenterOfCircularShutter, "51\\31"); // row 51, column 31
        ds.putAndInsertString(DCM_RadiusOfCircularShutter, "10");
        ds.putAndInsertUint16(DCM_ShutterPresentationValue, 0xFFFF);
        const DisplayShutter s = DisplayShutter::read(ds);
        QVERIFY(s.circle);
        QCOMPARE(s.circle->center.x, 30.0);
        QCOMPARE(s.circle->center.y, 50.0);
        QVERIFY(!s.hides(30, 50));
        QVERIFY(!s.hides(40, 50)); // on the circle
        QVERIFY(s.hides(41, 50));
        QVERIFY(!s.hides(30, 40));
        QVERIFY(s.hides(30, 39));
        QVERIFY(s.hides(38, 58)); // 11.3 away
        QCOMPARE(s.presentationValue, std::uint16_t(0xFFFF));
        QCOMPARE(int(s.gray8()), 255);
        // A CIELab color: its L* is the grey.
        DcmItem lab;
        lab.putAndInsertString(DCM_ShutterShape, "CIRCULAR");
        lab.putAndInsertString(DCM_CenterOfCircularShutter, "51\\31");
        lab.putAndInsertString(DCM_RadiusOfCircularShutter, "10");
        const Uint16 color[3] = {0x8000, 0x8080, 0x8080};
        lab.putAndInsertUint16Array(DCM_ShutterPresentationColorCIELabValue, color, 3);
        QCOMPARE(DisplayShutter::read(lab).presentationValue, std::uint16_t(0x8000));
        QCOMPARE(int(DisplayShutter::read(lab).gray8()), 128);
    }

    void polygonalAndCombined() {
        DcmItem ds;
        ds.putAndInsertString(DCM_ShutterShape, "RECTANGULAR\\POLYGONAL");
        // A triangle, row\column pairs, 1-based: (col 1, row 1), (col 21, row 1), (col 1, row 21).
        ds.putAndInsertString(DCM_VerticesOfThePolygonalShutter, "1\\1\\1\\21\\21\\1");
        ds.putAndInsertString(DCM_ShutterLeftVerticalEdge, "1");
        ds.putAndInsertString(DCM_ShutterRightVerticalEdge, "100");
        ds.putAndInsertString(DCM_ShutterUpperHorizontalEdge, "6");
        ds.putAndInsertString(DCM_ShutterLowerHorizontalEdge, "100");
        std::vector<std::string> problems;
        const DisplayShutter s = DisplayShutter::read(ds, &problems);
        QVERIFY(problems.empty());
        QCOMPARE(s.polygon.size(), std::size_t(3));
        QCOMPARE(s.polygon[1].x, 20.0);
        QCOMPARE(s.polygon[1].y, 0.0);
        // Inside the triangle and below row 5 (0-based): both must show it.
        QVERIFY(!s.hides(2, 6));
        QVERIFY(!s.hides(10, 10)); // on the hypotenuse: visible
        QVERIFY(s.hides(11, 10));  // beyond it
        QVERIFY(s.hides(2, 4));    // inside the triangle, above the rectangle
        QVERIFY(!s.hides(0, 20));  // a vertex
        QVERIFY(s.hides(-1, 10));
    }

    void shutterPaintEqualsHides() {
        // paint() finds the rectangle's and the circle's span of each row without testing every
        // pixel: it must hide exactly the pixels hides() hides, edges included.
        DisplayShutter s;
        s.presentationValue = 0x8000;
        for (int shape = 0; shape < 4; ++shape) {
            s.rectangle.reset();
            s.circle.reset();
            s.polygon.clear();
            if (shape != 1)
                s.rectangle = DisplayShutter::Rectangle{3, 40, 2, 30};
            if (shape != 0)
                s.circle = DisplayShutter::Circle{{20.5, 15}, 13};
            if (shape == 3)
                s.polygon = {{0, 0}, {45, 5}, {10, 33}};
            std::vector<std::uint8_t> painted(48 * 36, 7);
            s.paint(painted.data(), 48, 36);
            for (int y = 0; y < 36; ++y)
                for (int x = 0; x < 48; ++x)
                    QCOMPARE(painted[std::size_t(y) * 48 + std::size_t(x)],
                             std::uint8_t(s.hides(x, y) ? 0x80 : 7));
        }
    }

    void malformedShutter() {
        DcmItem ds;
        ds.putAndInsertString(DCM_ShutterShape, "RECTANGULAR\\BITMAP\\POLYGONAL");
        ds.putAndInsertString(DCM_ShutterLeftVerticalEdge, "10");
        ds.putAndInsertString(DCM_VerticesOfThePolygonalShutter, "1\\1\\5\\5");
        std::vector<std::string> problems;
        const DisplayShutter s = DisplayShutter::read(ds, &problems);
        QVERIFY(!s.present());
        QCOMPARE(problems.size(), std::size_t(3));
    }

    void overlayWithOffsetOrigin() {
        DcmItem ds;
        ds.putAndInsertUint16(DCM_Rows, 64);
        ds.putAndInsertUint16(DCM_Columns, 64);
        // A 5 x 7 plane at 1-based origin row 11, column 21 (0-based 10, 20): an "L" shape.
        std::vector<int> pixels(5 * 7, 0);
        for (int r = 0; r < 5; ++r)
            pixels[std::size_t(r * 7)] = 1;
        for (int c = 0; c < 7; ++c)
            pixels[std::size_t(4 * 7 + c)] = 1;
        putOverlay(ds, 0x6000, 5, 7, "11\\21", pixels, false);
        ds.putAndInsertString(inGroup(0x6000, DCM_OverlayLabel), "ARROW");
        ds.putAndInsertString(inGroup(0x6000, DCM_OverlayDescription), "marker");
        // A second plane in 6002 at (1,1), stored as OW.
        putOverlay(ds, 0x6002, 2, 3, "1\\1", {1, 0, 1, 0, 1, 0}, true);
        ds.putAndInsertString(inGroup(0x6002, DCM_OverlayType), "R");

        const std::vector<OverlayPlane> planes = readOverlays(ds, 0);
        QCOMPARE(planes.size(), std::size_t(2));
        const OverlayPlane& p = planes[0];
        QCOMPARE(p.group, 0x6000);
        QCOMPARE(p.rows, 5);
        QCOMPARE(p.columns, 7);
        QCOMPARE(p.originRow, 10);
        QCOMPARE(p.originColumn, 20);
        QCOMPARE(p.type, std::string("G"));
        QCOMPARE(p.label, std::string("ARROW"));
        QCOMPARE(p.description, std::string("marker"));
        QCOMPARE(std::vector<int>(p.bits.begin(), p.bits.end()), pixels);
        QVERIFY(p.at(10, 20));
        QVERIFY(p.at(14, 26));
        QVERIFY(!p.at(10, 21));
        QVERIFY(!p.at(0, 0));
        QVERIFY(!p.at(14, 27));
        QVERIFY(!p.at(9, 20));
        const OverlayPlane& q = planes[1];
        QCOMPARE(q.group, 0x6002);
        QCOMPARE(q.originRow, 0);
        QCOMPARE(q.type, std::string("R"));
        QCOMPARE(std::vector<int>(q.bits.begin(), q.bits.end()),
                 (std::vector<int>{1, 0, 1, 0, 1, 0}));
        // A single-frame overlay applies to every frame.
        QCOMPARE(readOverlays(ds, 5).size(), std::size_t(2));
    }

    void multiFrameOverlay() {
        DcmItem ds;
        // 3 overlay frames of 3 x 3 (9 bits each, not byte aligned), for image frames 2..4.
        std::vector<int> pixels(27, 0);
        for (int f = 0; f < 3; ++f)
            pixels[std::size_t(f * 9 + f * 4)] = 1; // frame f: pixel (f, f)
        putOverlay(ds, 0x6004, 3, 3, "1\\1", pixels, false);
        ds.putAndInsertString(inGroup(0x6004, DCM_NumberOfFramesInOverlay), "3");
        ds.putAndInsertUint16(inGroup(0x6004, DCM_ImageFrameOrigin), 2);
        QVERIFY(readOverlays(ds, 0).empty()); // image frame 1
        QVERIFY(readOverlays(ds, 4).empty()); // image frame 5
        for (int f = 0; f < 3; ++f) {
            const auto planes = readOverlays(ds, f + 1);
            QCOMPARE(planes.size(), std::size_t(1));
            for (int r = 0; r < 3; ++r)
                for (int c = 0; c < 3; ++c)
                    QCOMPARE(planes[0].at(r, c), r == f && c == f);
        }
    }

    void overlayMatchesDicomImage() {
        // DCMTK's DicomImage burns the same plane into the same image pixels.
        QTemporaryDir dir;
        const std::filesystem::path file =
            std::filesystem::path(dir.path().toStdString()) / "ov.dcm";
        test::TestInstance spec;
        spec.rows = spec.columns = 32;
        test::writeInstance(file, spec);
        DcmFileFormat ff;
        QVERIFY(ff.loadFile(file.c_str()).good());
        ff.loadAllDataIntoMemory();
        std::vector<int> pixels(6 * 9, 0);
        for (std::size_t i = 0; i < pixels.size(); ++i)
            pixels[i] = (i * 7) % 3 == 0;
        // 1-based origin row 25, column 27: the plane runs off the right edge (columns 26..34).
        putOverlay(*ff.getDataset(), 0x6000, 6, 9, "25\\27", pixels, false);
        QVERIFY(ff.saveFile(file.c_str(), EXS_LittleEndianExplicit).good());

        DcmFileFormat reread;
        QVERIFY(reread.loadFile(file.c_str()).good());
        const auto planes = readOverlays(*reread.getDataset(), 0);
        QCOMPARE(planes.size(), std::size_t(1));
        QCOMPARE(planes[0].originRow, 24);
        QCOMPARE(planes[0].originColumn, 26);

        RenderRequest request;
        request.window = std::pair{100000.0, 2.0}; // every image pixel black
        const auto rendered = renderFrame(QString::fromStdString(file.string()), request);
        QVERIFY(std::holds_alternative<RenderedFrame>(rendered));
        const DisplayImage& image = std::get<RenderedFrame>(rendered).image;
        std::string error;
        const DisplayImage oracle =
            test::renderWithDicomImage(file.string(), {0, request.window, true}, &error);
        QVERIFY2(!oracle.isNull(), error.c_str());
        QCOMPARE(image.channels, 1);
        QCOMPARE(image.width, 32);
        // Overlays are drawn in white over the black image: DicomImage and ours exactly alike.
        QCOMPARE(test::worstDifference(image, oracle), 0);
        int marked = 0;
        for (int r = 0; r < 32; ++r)
            for (int c = 0; c < 32; ++c) {
                const bool burned = *oracle.at(c, r) > 128;
                marked += burned;
                if (burned != planes[0].at(r, c))
                    QFAIL(qPrintable(QStringLiteral("pixel (%1, %2): DicomImage %3, ours %4")
                                         .arg(c)
                                         .arg(r)
                                         .arg(burned)
                                         .arg(planes[0].at(r, c))));
            }
        QVERIFY(marked > 5);
    }

    void brokenOverlays() {
        DcmItem ds;
        // Data too short for the stated size.
        putOverlay(ds, 0x6000, 100, 100, "1\\1", {1, 1, 1}, false);
        // Retired embedded overlay (bits in the pixel data).
        putOverlay(ds, 0x6002, 2, 2, "1\\1", {1, 1, 1, 1}, false);
        ds.putAndInsertUint16(inGroup(0x6002, DCM_OverlayBitsAllocated), 16);
        // No rows.
        putOverlay(ds, 0x6006, 2, 2, "1\\1", {1, 1, 1, 1}, false);
        ds.findAndDeleteElement(inGroup(0x6006, DCM_OverlayRows));
        QVERIFY(readOverlays(ds, 0).empty());
    }
};

QTEST_APPLESS_MAIN(TestAnnotations)
#include "tst_annotations.moc"

// buildPresentationState against the outside judges: dciodvfy and dcmpschk must find nothing
// wrong with what it writes, and DCMTK's own presentation state renderer, dcmp2pgm, must list
// exactly what was asked for (layers, texts, shapes, shutters, window, rotation) and render it.

#include "core/pstate/ContentLabel.h"
#include "core/pstate/PresentationStateWriter.h"
#include "core/pstate/SrgbIccProfile.h"
#include "tests/support/PresentationStateChecks.h"
#include "tests/support/TestSupport.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QColorSpace>
#include <QDate>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace pellucid;
using namespace pellucid::test;
namespace fs = std::filesystem;

namespace {

const char* const kJapanese = "山田太郎";
const char* const kGerman = "Größe ä";
const char* const kCreator = "Yamada^Tarou=山田^太郎";

std::string stringOf(DcmItem& item, const DcmTagKey& tag) {
    OFString value;
    item.findAndGetOFStringArray(tag, value);
    return std::string(value.c_str(), value.length());
}

std::unique_ptr<DcmFileFormat> load(const fs::path& file) {
    auto ff = std::make_unique<DcmFileFormat>();
    const OFCondition cond = ff->loadFile(file.string().c_str());
    if (cond.good())
        ff->loadAllDataIntoMemory();
    return cond.good() ? std::move(ff) : nullptr;
}

fs::path save(const BuiltPresentationState& state, const fs::path& file) {
    const OFCondition cond = state.file->saveFile(file.string().c_str(), EXS_LittleEndianExplicit);
    return cond.good() ? file : fs::path();
}

// What dcmp2pgm -v lists under one graphic layer.
QString layerSection(const QString& dump, const QString& layer) {
    const qsizetype start = dump.indexOf("[" + layer + "]");
    if (start < 0)
        return {};
    qsizetype end = dump.indexOf("Graphic Layer #", start);
    if (end < 0)
        end = dump.indexOf("VOI LUTs available", start);
    return dump.mid(start, end < 0 ? -1 : end - start);
}

QString errorOf(const std::variant<BuiltPresentationState, QString>& built) {
    const QString* error = std::get_if<QString>(&built);
    return error ? *error : QString();
}

// Every UnformattedTextValue of the state, in order, as raw bytes.
std::vector<std::string> textValues(DcmDataset& state) {
    std::vector<std::string> texts;
    DcmSequenceOfItems* annotations = nullptr;
    state.findAndGetSequence(DCM_GraphicAnnotationSequence, annotations);
    for (unsigned long a = 0; annotations && a < annotations->card(); ++a) {
        DcmSequenceOfItems* objects = nullptr;
        annotations->getItem(a)->findAndGetSequence(DCM_TextObjectSequence, objects);
        for (unsigned long o = 0; objects && o < objects->card(); ++o)
            texts.push_back(stringOf(*objects->getItem(o), DCM_UnformattedTextValue));
    }
    return texts;
}

} // namespace

class TestPresentationStateWriter : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void labelsBecomeCodeStrings_data();
    void labelsBecomeCodeStrings();
    void everythingAskedForIsWrittenAndValid();
    void imageCharsetBecomesUtf8();
    void eachImageKeepsItsOwnAnnotations();
    void refusesWhatItCannotWrite_data();
    void refusesWhatItCannotWrite();
    void brokenStatesAreCaughtByTheJudges();
    void srgbProfileIsWhatQtCallsSrgb();
    void colourImagesGetAColorSoftcopyState_data();
    void colourImagesGetAColorSoftcopyState();

private:
    PresentationStateContent fullContent(const DcmDataset* image) const;
    QTemporaryDir dir_;
    fs::path tmp_;
    fs::path ct_;
    std::unique_ptr<DcmFileFormat> ctFile_;
    fs::path fullState_; // written by everythingAskedForIsWrittenAndValid
};

void TestPresentationStateWriter::initTestCase() {
    if (const QString missing = missingPresentationStateTools(); !missing.isEmpty())
        QSKIP(qPrintable("needs dicom3tools' dciodvfy and DCMTK's dcmpschk, dcmp2pgm; missing: " +
                         missing));
    tmp_ = fs::path(dir_.path().toStdString());
    ct_ = pydicomData() / "test_files" / "CT_small.dcm";
    ctFile_ = load(ct_);
    QVERIFY(ctFile_);
}

void TestPresentationStateWriter::labelsBecomeCodeStrings_data() {
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("label");
    QTest::newRow("lower case, slash, umlaut") << "knee left/ä"
                                               << "KNEE_LEFT";
    QTest::newRow("leading non-ASCII") << "Ärzte"
                                       << "RZTE";
    QTest::newRow("too long") << "a very long label indeed"
                              << "A_VERY_LONG_LABE";
    QTest::newRow("cut before a separator") << "abcdefghijklmno pq"
                                            << "ABCDEFGHIJKLMNO";
    QTest::newRow("nothing usable") << "山田 !"
                                    << "UNNAMED";
    QTest::newRow("already fine") << "SERIES_2"
                                  << "SERIES_2";
}

void TestPresentationStateWriter::labelsBecomeCodeStrings() {
    QFETCH(QString, given);
    QFETCH(QString, label);
    QCOMPARE(QString::fromStdString(codeStringOf(given.toStdString())), label);
}

PresentationStateContent TestPresentationStateWriter::fullContent(const DcmDataset* image) const {
    PresentationStateContent c;
    c.images.push_back({image, {}});
    c.window = std::make_pair(40.0, 400.0);
    c.rotation = 90;
    c.horizontalFlip = true;
    DisplayedAreaSpec area;
    area.left = 10;
    area.top = 20;
    area.right = 100;
    area.bottom = 110;
    area.sizeMode = DisplayedAreaSpec::SizeMode::Magnify;
    area.magnification = 1.5;
    c.displayedArea = area;
    c.shutters.rectangle = ShutterSpec::Rectangle{5, 6, 120, 121};
    c.shutters.circle = ShutterSpec::Circle{64, 64, 60};
    c.shutters.polygon = {{1, 1}, {128, 1}, {64, 128}};
    c.shutters.presentationValue = 0xFFFF;
    // Given in reverse order: the written order follows `order`.
    c.layers.push_back({"Measurements", 2, std::uint16_t{65535}, "Längen"});
    c.layers.push_back({"notes", 1, std::nullopt, "Notizen 山"});
    TextAnnotation japanese{"notes", kJapanese, PixelPoint{20.5, 30.25}, true, std::nullopt};
    TextAnnotation german{"notes", kGerman, std::nullopt, true,
                          std::make_pair(PixelPoint{10, 10}, PixelPoint{60, 20})};
    TextAnnotation both{"MEASUREMENTS", "Knie links", PixelPoint{40, 40}, false,
                        std::make_pair(PixelPoint{50, 50}, PixelPoint{90, 60})};
    c.annotations.texts = {japanese, german, both};
    c.annotations.graphics = {
        {"Measurements", GraphicType::Polyline, {{1, 2}, {60, 70}}, false},
        {"Measurements", GraphicType::Point, {{5, 5}}, false},
        {"Measurements", GraphicType::Circle, {{64, 64}, {64, 80}}, true},
        {"Measurements", GraphicType::Ellipse, {{30, 64}, {98, 64}, {64, 50}, {64, 78}}, false},
        {"notes", GraphicType::Interpolated, {{10, 10}, {20, 10}, {20, 20}, {10, 10}}, true},
    };
    c.contentLabel = "knee left/ä";
    c.contentDescription = "Längenmessung 山";
    c.creatorName = kCreator;
    c.instanceNumber = 7;
    return c;
}

void TestPresentationStateWriter::everythingAskedForIsWrittenAndValid() {
    DcmDataset& image = *ctFile_->getDataset();
    auto built = buildPresentationState(fullContent(&image));
    QVERIFY2(std::holds_alternative<BuiltPresentationState>(built), qPrintable(errorOf(built)));
    const BuiltPresentationState& state = std::get<BuiltPresentationState>(built);
    QCOMPARE(state.studyInstanceUid, stringOf(image, DCM_StudyInstanceUID));
    QVERIFY(!state.seriesInstanceUid.empty());
    QVERIFY(state.seriesInstanceUid != stringOf(image, DCM_SeriesInstanceUID));
    QVERIFY(!state.sopInstanceUid.empty());
    fullState_ = save(state, tmp_ / "full.dcm");
    QVERIFY(!fullState_.empty());

    const QStringList errors = dciodvfyErrors(fullState_);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    const DcmpschkResult check = dcmpschk(fullState_);
    QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join('\n')));
    // 山田太郎, Größe and Notizen 山 carry bytes 0x80-0x9F: dcmpschk's checker does not know UTF-8.
    QCOMPARE(check.excusedUtf8, 3);

    const QString dump = dcmp2pgmDump(fullState_, ct_, tmp_ / "full.pgm");
    const QString missing = firstMissing(
        dump, {
                  "Presentation Label: KNEE_LEFT",
                  "Presentation Description: Längenmessung 山",
                  "Presentation Creator's Name: Yamada^Tarou=山田^太郎",
                  "VOI transformation: window center=40 width=400",
                  "Rotation: 90 degrees",
                  "Flip: yes",
                  "presentation size mode: MAGNIFY factor=1.5",
                  // Rotated by 90 and flipped is a transposition: the top left corner stays.
                  "displayed area TLHC=10\\20 BRHC=100\\110",
                  "presentation pixel spacing: X=0.661468mm Y=0.661468 mm",
                  "Rectangular shutter: LV=5 RV=120 UH=6 LH=121",
                  "Circular shutter: center=64\\64 radius=60",
                  "Polygonal shutter: points=4 coordinates=1\\1, 128\\1, 64\\128, 1\\1,",
                  "Shutter presentation value: 0xffff",
                  "Graphic Layer #1 [NOTES]",
                  "Graphic Layer #2 [MEASUREMENTS]",
              });
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    const QString notes = layerSection(dump, "NOTES");
    const QString missing2 =
        firstMissing(notes, {
                                "Description: Notizen 山",
                                "Recomm. display value: none",
                                "Number of text objects: 2",
                                "text 1: \"山田太郎\"",
                                "anchor point: 20.5\\30.25 units=pixel visible=yes",
                                "text 2: \"Größe ä\"",
                                "bounding box: TLHC=10\\10 BRHC=60\\20 units=pixel",
                                "Number of graphic objects: 1",
                                "points=4 type=interpolated filled=yes units=pixel",
                                "coordinates: 10\\10, 20\\10, 20\\20, 10\\10,",
                            });
    QVERIFY2(missing2.isEmpty(), qPrintable(missing2));
    const QString measurements = layerSection(dump, "MEASUREMENTS");
    const QString missing3 =
        firstMissing(measurements, {
                                       "Description: Längen",
                                       "Recomm. display value: gray 0xffff",
                                       "Number of text objects: 1",
                                       "text 1: \"Knie links\"",
                                       "anchor point: 40\\40 units=pixel visible=no",
                                       "bounding box: TLHC=50\\50 BRHC=90\\60 units=pixel",
                                       "Number of graphic objects: 4",
                                       "points=2 type=polyline filled=no units=pixel",
                                       "coordinates: 1\\2, 60\\70,",
                                       "points=1 type=point",
                                       "coordinates: 5\\5,",
                                       "points=2 type=circle filled=yes",
                                       "coordinates: 64\\64, 64\\80,",
                                       "points=4 type=ellipse filled=no",
                                       "coordinates: 30\\64, 98\\64, 64\\50, 64\\78,",
                                   });
    QVERIFY2(missing3.isEmpty(), qPrintable(missing3));

    // dcmp2pgm renders it, the whole image: transposed (rotated by 90 and flipped) against a
    // state with the same window and no spatial transformation, and with the narrow window's
    // saturation. (DCMTK's renderer paints bitmap shutters only, so the geometric shutters
    // above are checked in the listing, not in pixels.)
    const Pgm pgm = readPgm(tmp_ / "full.pgm");
    QCOMPARE(pgm.width, 128);
    QCOMPARE(pgm.height, 128);
    auto plainWith = [&](double width, const char* name) {
        PresentationStateContent plain;
        plain.images.push_back({&image, {}});
        plain.window = std::make_pair(40.0, width);
        auto made = buildPresentationState(plain);
        const fs::path file = tmp_ / (std::string(name) + ".dcm");
        if (!std::holds_alternative<BuiltPresentationState>(made) ||
            save(std::get<BuiltPresentationState>(made), file).empty())
            return Pgm{};
        dcmp2pgmDump(file, ct_, tmp_ / (std::string(name) + ".pgm"));
        return readPgm(tmp_ / (std::string(name) + ".pgm"));
    };
    const Pgm plain = plainWith(400, "plain");
    QCOMPARE(plain.width, 128);
    int asymmetric = 0, saturated = 0;
    for (int y = 0; y < 128; ++y)
        for (int x = 0; x < 128; ++x) {
            QCOMPARE(int(pgm.at(x, y)), int(plain.at(y, x)));
            asymmetric += plain.at(x, y) != plain.at(y, x);
            saturated += plain.at(x, y) == 0 || plain.at(x, y) == 255;
        }
    QVERIFY2(asymmetric > 1000, "the image is too symmetric to show a transposition");
    const Pgm wide = plainWith(4000, "wide");
    int wideSaturated = 0;
    for (char c : wide.pixels)
        wideSaturated += c == char(0) || c == char(255);
    QVERIFY2(saturated > wideSaturated + 1000,
             qPrintable(QString("window 40/400 saturates %1 pixels, 40/4000 %2")
                            .arg(saturated)
                            .arg(wideSaturated)));

    // Read back with DCMTK: the identification, and the UTF-8 bytes exactly as given.
    auto back = load(fullState_);
    QVERIFY(back);
    DcmDataset& ps = *back->getDataset();
    QCOMPARE(stringOf(ps, DCM_SOPClassUID),
             std::string(UID_GrayscaleSoftcopyPresentationStateStorage));
    QCOMPARE(stringOf(ps, DCM_SOPClassUID), std::string("1.2.840.10008.5.1.4.1.1.11.1"));
    QCOMPARE(stringOf(ps, DCM_Modality), std::string("PR"));
    QCOMPARE(stringOf(ps, DCM_SpecificCharacterSet), std::string("ISO_IR 192"));
    QCOMPARE(stringOf(ps, DCM_SOPInstanceUID), state.sopInstanceUid);
    QCOMPARE(stringOf(ps, DCM_SeriesInstanceUID), state.seriesInstanceUid);
    QCOMPARE(stringOf(ps, DCM_StudyInstanceUID), stringOf(image, DCM_StudyInstanceUID));
    QCOMPARE(stringOf(ps, DCM_PatientID), stringOf(image, DCM_PatientID));
    QCOMPARE(stringOf(ps, DCM_PatientName), stringOf(image, DCM_PatientName));
    QCOMPARE(stringOf(ps, DCM_InstanceNumber), std::string("7"));
    QCOMPARE(stringOf(ps, DCM_ContentLabel), std::string("KNEE_LEFT"));
    QCOMPARE(stringOf(ps, DCM_ContentCreatorName), std::string(kCreator));
    QCOMPARE(stringOf(ps, DCM_ContentDescription), std::string("Längenmessung 山"));
    const QString today = QDate::currentDate().toString("yyyyMMdd");
    QCOMPARE(QString::fromStdString(stringOf(ps, DCM_PresentationCreationDate)), today);
    QVERIFY(!stringOf(ps, DCM_PresentationCreationTime).empty());
    const std::vector<std::string> texts = textValues(ps);
    QCOMPARE(texts.size(), std::size_t{3});
    QVERIFY(std::find(texts.begin(), texts.end(), std::string(kJapanese)) != texts.end());
    QVERIFY(std::find(texts.begin(), texts.end(), std::string(kGerman)) != texts.end());
    QCOMPARE(QByteArray::fromStdString(std::string(kJapanese)).toHex(),
             QByteArray("e5b1b1e794b0e5a4aae9838e"));
}

void TestPresentationStateWriter::imageCharsetBecomesUtf8() {
    TestInstance spec;
    spec.charset = "ISO_IR 100";
    spec.patientName = "\xC4neas^R\xFC"
                       "diger"; // Latin-1
    const fs::path file = tmp_ / "latin1.dcm";
    writeInstance(file, spec);
    auto image = load(file);
    QVERIFY(image);
    PresentationStateContent c;
    c.images.push_back({image->getDataset(), {}});
    c.layers.push_back({"NOTES", 1, std::nullopt, {}});
    c.annotations.texts.push_back({"NOTES", "Rüdiger", PixelPoint{1, 1}, true, std::nullopt});
    auto built = buildPresentationState(c);
    QVERIFY2(std::holds_alternative<BuiltPresentationState>(built), qPrintable(errorOf(built)));
    const fs::path out = save(std::get<BuiltPresentationState>(built), tmp_ / "latin1-ps.dcm");
    auto back = load(out);
    QVERIFY(back);
    QCOMPARE(stringOf(*back->getDataset(), DCM_SpecificCharacterSet), std::string("ISO_IR 192"));
    QCOMPARE(stringOf(*back->getDataset(), DCM_PatientName), std::string("Äneas^Rüdiger"));
    QCOMPARE(textValues(*back->getDataset()), std::vector<std::string>{"Rüdiger"});
    // The image itself is untouched.
    QCOMPARE(stringOf(*image->getDataset(), DCM_PatientName), spec.patientName);
    const QStringList errors = dciodvfyErrors(out);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    const DcmpschkResult check = dcmpschk(out);
    QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join('\n')));
    QCOMPARE(check.excusedUtf8, 1); // Ä is C3 84
}

void TestPresentationStateWriter::eachImageKeepsItsOwnAnnotations() {
    std::vector<fs::path> files;
    std::vector<std::unique_ptr<DcmFileFormat>> images;
    for (int i = 1; i <= 2; ++i) {
        TestInstance spec;
        spec.sopUid += "." + std::to_string(i);
        spec.instanceNumber = i;
        spec.rows = spec.columns = 32;
        files.push_back(tmp_ / ("series-" + std::to_string(i) + ".dcm"));
        writeInstance(files.back(), spec);
        images.push_back(load(files.back()));
        QVERIFY(images.back());
    }
    PresentationStateContent c;
    c.layers.push_back({"NOTES", 1, std::nullopt, {}});
    c.annotations.texts.push_back({"NOTES", "alle", PixelPoint{2, 2}, true, std::nullopt});
    c.images.push_back({images[0]->getDataset(), {}});
    Annotations second;
    second.texts.push_back({"NOTES", "nur zwei", PixelPoint{3, 4}, true, std::nullopt});
    second.graphics.push_back({"NOTES", GraphicType::Point, {{7, 8}}, false});
    c.images.push_back({images[1]->getDataset(), second});
    c.window = std::make_pair(100.0, 50.0);
    auto built = buildPresentationState(c);
    QVERIFY2(std::holds_alternative<BuiltPresentationState>(built), qPrintable(errorOf(built)));
    const fs::path out = save(std::get<BuiltPresentationState>(built), tmp_ / "series-ps.dcm");
    const QStringList errors = dciodvfyErrors(out);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    const DcmpschkResult check = dcmpschk(out);
    QVERIFY2(check.problems.isEmpty() && check.passed, qPrintable(check.problems.join('\n')));

    const QString first = dcmp2pgmDump(out, files[0], tmp_ / "series-1.pgm");
    QVERIFY2(first.contains("\"alle\"") && !first.contains("nur zwei"), qPrintable(first));
    QVERIFY2(first.contains("window center=100 width=50"), qPrintable(first));
    QVERIFY2(first.contains("Number of graphic objects: 0"), qPrintable(first));
    const QString other = dcmp2pgmDump(out, files[1], tmp_ / "series-2.pgm");
    QVERIFY2(other.contains("\"alle\"") && other.contains("\"nur zwei\""), qPrintable(other));
    QVERIFY2(other.contains("anchor point: 3\\4"), qPrintable(other));
    QVERIFY2(other.contains("coordinates: 7\\8,"), qPrintable(other));
    QVERIFY2(other.contains("window center=100 width=50"), qPrintable(other));
    QCOMPARE(readPgm(tmp_ / "series-2.pgm").width, 32);

    auto back = load(out);
    DcmItem* series = nullptr;
    QVERIFY(
        back->getDataset()->findAndGetSequenceItem(DCM_ReferencedSeriesSequence, series, 0).good());
    DcmSequenceOfItems* referenced = nullptr;
    QVERIFY(series->findAndGetSequence(DCM_ReferencedImageSequence, referenced).good());
    QCOMPARE(referenced->card(), 2ul);
}

void TestPresentationStateWriter::refusesWhatItCannotWrite_data() {
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");
    QTest::newRow("colour image with a window") << "colour"
                                                << "no VOI window";
    QTest::newRow("colour and grey") << "mixed"
                                     << "colour and grayscale";
    QTest::newRow("the same image twice") << "twice"
                                          << "given twice";
    QTest::newRow("no image") << "none"
                              << "at least one image";
    QTest::newRow("another study") << "study"
                                   << "another study";
    QTest::newRow("line of one point") << "points"
                                       << "cannot have 1 points";
    QTest::newRow("text without position") << "anchorless"
                                           << "anchor point or a bounding box";
    QTest::newRow("unknown layer") << "layer"
                                   << "no graphic layer";
    QTest::newRow("open shape filled") << "filled"
                                       << "only closed";
    QTest::newRow("rotation 45") << "rotation"
                                 << "rotation";
}

void TestPresentationStateWriter::refusesWhatItCannotWrite() {
    QFETCH(QString, what);
    QFETCH(QString, message);
    auto rgb = load(pydicomData() / "test_files" / "SC_rgb_small_odd.dcm");
    QVERIFY(rgb);
    TestInstance otherStudy;
    otherStudy.studyUid = "1.2.826.0.1.3680043.8.498.99";
    writeInstance(tmp_ / "other-study.dcm", otherStudy);
    auto other = load(tmp_ / "other-study.dcm");
    QVERIFY(other);

    PresentationStateContent c;
    c.images.push_back({ctFile_->getDataset(), {}});
    c.layers.push_back({"NOTES", 1, std::nullopt, {}});
    if (what == "colour") {
        c.images = {{rgb->getDataset(), {}}};
        c.window = std::make_pair(100.0, 200.0);
    } else if (what == "mixed")
        c.images.push_back({rgb->getDataset(), {}});
    else if (what == "none")
        c.images.clear();
    else if (what == "twice")
        c.images.push_back({ctFile_->getDataset(), {}});
    else if (what == "study")
        c.images.push_back({other->getDataset(), {}});
    else if (what == "points")
        c.annotations.graphics.push_back({"NOTES", GraphicType::Polyline, {{1, 1}}, false});
    else if (what == "anchorless")
        c.annotations.texts.push_back({"NOTES", "x", std::nullopt, true, std::nullopt});
    else if (what == "layer")
        c.annotations.texts.push_back({"ELSEWHERE", "x", PixelPoint{}, true, std::nullopt});
    else if (what == "filled")
        c.annotations.graphics.push_back(
            {"NOTES", GraphicType::Polyline, {{1, 1}, {5, 5}, {9, 1}}, true});
    else if (what == "rotation")
        c.rotation = 45;
    const auto built = buildPresentationState(c);
    QVERIFY(std::holds_alternative<QString>(built));
    QVERIFY2(std::get<QString>(built).contains(message), qPrintable(std::get<QString>(built)));
}

// The judges must be able to say no: a state without its Content Label, and one whose text is
// not UTF-8 at all.
void TestPresentationStateWriter::brokenStatesAreCaughtByTheJudges() {
    if (fullState_.empty())
        QSKIP("needs the state of everythingAskedForIsWrittenAndValid");
    auto broken = load(fullState_);
    QVERIFY(broken);
    broken->getDataset()->findAndDeleteElement(DCM_ContentLabel);
    const fs::path noLabel = tmp_ / "no-label.dcm";
    QVERIFY(broken->saveFile(noLabel.string().c_str(), EXS_LittleEndianExplicit).good());
    QVERIFY(!dciodvfyErrors(noLabel).isEmpty());
    const DcmpschkResult check = dcmpschk(noLabel);
    QVERIFY2(check.problems.join('\n').contains("presentationLabel"),
             qPrintable(check.problems.join('\n')));

    auto badText = load(fullState_);
    DcmItem* annotation = nullptr;
    QVERIFY(badText->getDataset()
                ->findAndGetSequenceItem(DCM_GraphicAnnotationSequence, annotation, 0)
                .good());
    DcmItem* text = nullptr;
    QVERIFY(annotation->findAndGetSequenceItem(DCM_TextObjectSequence, text, 0).good());
    text->putAndInsertString(DCM_UnformattedTextValue, "bad \x81\x82 bytes");
    const fs::path notUtf8 = tmp_ / "not-utf8.dcm";
    QVERIFY(badText->saveFile(notUtf8.string().c_str(), EXS_LittleEndianExplicit).good());
    const DcmpschkResult bad = dcmpschk(notUtf8);
    QVERIFY2(bad.problems.join('\n').contains("UnformattedTextValue"),
             qPrintable(bad.problems.join('\n')));
}

// Qt's ICC reader is the judge of the profile a colour state carries: a valid profile whose
// primaries and tone curve are those of sRGB.
void TestPresentationStateWriter::srgbProfileIsWhatQtCallsSrgb() {
    const std::vector<std::uint8_t> profile = srgbIccProfile();
    const QByteArray bytes(reinterpret_cast<const char*>(profile.data()),
                           static_cast<qsizetype>(profile.size()));
    QCOMPARE(qFromBigEndian<quint32>(bytes.constData()), quint32(bytes.size()));
    QCOMPARE(bytes.mid(36, 4), QByteArray("acsp"));
    QCOMPARE(bytes.mid(12, 12), QByteArray("mntrRGB XYZ "));
    const QColorSpace space = QColorSpace::fromIccProfile(bytes);
    QVERIFY(space.isValid());
    QCOMPARE(space.primaries(), QColorSpace::Primaries::SRgb);
    QCOMPARE(space.transferFunction(), QColorSpace::TransferFunction::SRgb);
    QCOMPARE(space, QColorSpace(QColorSpace::SRgb));
}

void TestPresentationStateWriter::colourImagesGetAColorSoftcopyState_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("RGB") << "SC_rgb_small_odd.dcm";
    QTest::newRow("RGB, JPEG baseline") << "SC_rgb_jpeg_dcmtk.dcm";
    QTest::newRow("YBR_FULL_422") << "SC_ybr_full_422_uncompressed.dcm";
}

void TestPresentationStateWriter::colourImagesGetAColorSoftcopyState() {
    QFETCH(QString, name);
    const fs::path file = pydicomData() / "test_files" / name.toStdString();
    auto image = load(file);
    QVERIFY(image);
    DcmDataset& pixels = *image->getDataset();
    Uint16 rows = 0, columns = 0;
    pixels.findAndGetUint16(DCM_Rows, rows);
    pixels.findAndGetUint16(DCM_Columns, columns);
    PresentationStateContent c;
    c.images.push_back({&pixels, {}});
    c.rotation = 180;
    c.shutters.rectangle = ShutterSpec::Rectangle{1, 1, columns, rows};
    c.shutters.presentationValue = 0x8000;
    c.layers.push_back({"NOTES", 1, std::uint16_t{0xFFFF}, {}});
    c.annotations.texts.push_back({"NOTES", kJapanese, PixelPoint{1, 1}, true, std::nullopt});
    c.annotations.graphics.push_back({"NOTES", GraphicType::Polyline, {{0, 0}, {2, 2}}, false});
    c.contentLabel = "colour";
    auto built = buildPresentationState(c);
    QVERIFY2(std::holds_alternative<BuiltPresentationState>(built), qPrintable(errorOf(built)));
    QCOMPARE(std::get<BuiltPresentationState>(built).sopClassUid,
             std::string("1.2.840.10008.5.1.4.1.1.11.2"));
    const fs::path out =
        save(std::get<BuiltPresentationState>(built), tmp_ / ("colour-" + name.toStdString()));

    const QStringList errors = dciodvfyErrors(out);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    const DcmpschkResult check = dcmpschk(out);
    QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join('\n')));
    QCOMPARE(check.excusedUtf8, 1);

    // dcmp2pgm reads grayscale states only, so the state is read back with DCMTK's data layer.
    auto back = load(out);
    QVERIFY(back);
    DcmDataset& ps = *back->getDataset();
    QCOMPARE(stringOf(ps, DCM_SOPClassUID), std::string(UID_ColorSoftcopyPresentationStateStorage));
    QCOMPARE(stringOf(*back->getMetaInfo(), DCM_MediaStorageSOPClassUID),
             std::string(UID_ColorSoftcopyPresentationStateStorage));
    QCOMPARE(stringOf(ps, DCM_Modality), std::string("PR"));
    QCOMPARE(stringOf(ps, DCM_SpecificCharacterSet), std::string("ISO_IR 192"));
    QCOMPARE(stringOf(ps, DCM_StudyInstanceUID), stringOf(pixels, DCM_StudyInstanceUID));
    for (const DcmTagKey& absent : {DCM_SoftcopyVOILUTSequence, DCM_PresentationLUTShape,
                                    DCM_RescaleSlope, DCM_ModalityLUTSequence, DCM_PixelData})
        QVERIFY2(!ps.tagExists(absent), absent.toString().c_str());
    const Uint8* icc = nullptr;
    unsigned long iccLength = 0;
    QVERIFY(ps.findAndGetUint8Array(DCM_ICCProfile, icc, &iccLength).good());
    QCOMPARE(std::vector<std::uint8_t>(icc, icc + iccLength), srgbIccProfile());
    QCOMPARE(stringOf(ps, DCM_ColorSpace), std::string("SRGB"));
    QCOMPARE(stringOf(ps, DCM_ShutterPresentationColorCIELabValue),
             std::string("32768\\32896\\32896"));
    QCOMPARE(stringOf(ps, DCM_ImageRotation), std::string("180"));
    QCOMPARE(textValues(ps), std::vector<std::string>{kJapanese});
    DcmItem* series = nullptr;
    QVERIFY(ps.findAndGetSequenceItem(DCM_ReferencedSeriesSequence, series, 0).good());
    DcmItem* reference = nullptr;
    QVERIFY(series->findAndGetSequenceItem(DCM_ReferencedImageSequence, reference, 0).good());
    QCOMPARE(stringOf(*reference, DCM_ReferencedSOPInstanceUID),
             stringOf(pixels, DCM_SOPInstanceUID));
    QCOMPARE(stringOf(*reference, DCM_ReferencedSOPClassUID), stringOf(pixels, DCM_SOPClassUID));
    DcmItem* area = nullptr;
    QVERIFY(ps.findAndGetSequenceItem(DCM_DisplayedAreaSelectionSequence, area, 0).good());
    // Rotated by 180: the displayed top left is the image's bottom right.
    QCOMPARE(stringOf(*area, DCM_DisplayedAreaTopLeftHandCorner),
             std::to_string(columns) + "\\" + std::to_string(rows));
}

QTEST_GUILESS_MAIN(TestPresentationStateWriter)
#include "tst_pstatewriter.moc"

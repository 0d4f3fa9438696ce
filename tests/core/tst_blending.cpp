// Blending Softcopy Presentation States (PS3.3 C.11.14, PS3.4 N.2.4): reading them tolerantly,
// sampling a superimposed series in patient space, its palette coloring and the blend, against
// hand-made objects and hand-computed values. The whole pipeline on files is checked by
// pellucid-cli in tests/tools/blending_check.py (ctest pstate_blending).

#include "core/pstate/BlendedPicture.h"
#include "core/pstate/BlendingContent.h"
#include "core/pstate/PresentationStateReader.h"

#include <QTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcvrus.h>

#include <algorithm>
#include <cmath>

using namespace pellucid;

namespace {

void addInput(DcmDataset& ds, const char* position, const char* series,
              std::initializer_list<const char*> images, const char* center, const char* width,
              const char* slope, const char* intercept) {
    DcmItem* item = nullptr;
    ds.findOrCreateSequenceItem(DCM_BlendingSequence, item, -2);
    item->putAndInsertString(DCM_BlendingPosition, position);
    item->putAndInsertString(DCM_StudyInstanceUID, "1.2.3");
    DcmItem* seriesItem = nullptr;
    item->findOrCreateSequenceItem(DCM_ReferencedSeriesSequence, seriesItem, -2);
    seriesItem->putAndInsertString(DCM_SeriesInstanceUID, series);
    for (const char* image : images) {
        DcmItem* ref = nullptr;
        seriesItem->findOrCreateSequenceItem(DCM_ReferencedImageSequence, ref, -2);
        ref->putAndInsertString(DCM_ReferencedSOPClassUID, "1.2.840.10008.5.1.4.1.1.2");
        ref->putAndInsertString(DCM_ReferencedSOPInstanceUID, image);
    }
    item->putAndInsertString(DCM_RescaleSlope, slope);
    item->putAndInsertString(DCM_RescaleIntercept, intercept);
    DcmItem* voi = nullptr;
    item->findOrCreateSequenceItem(DCM_SoftcopyVOILUTSequence, voi, -2);
    voi->putAndInsertString(DCM_WindowCenter, center);
    voi->putAndInsertString(DCM_WindowWidth, width);
}

void putDescriptor(DcmDataset& ds, const DcmTagKey& tag, Uint16 entries, Uint16 first) {
    auto* element = new DcmUnsignedShort(DcmTag(tag, EVR_US));
    const Uint16 values[3] = {entries, first, 16};
    element->putUint16Array(values, 3);
    ds.insert(element, true);
}

// A Blending state: CT 1.1/1.2 underlying (window 40/400, HU rescale), PET 2.1 superimposed
// (window 5000/10000, slope 0.5), a 256-entry ramp palette (red rising, green falling, blue 0).
std::unique_ptr<DcmDataset> blendingState() {
    auto ds = std::make_unique<DcmDataset>();
    ds->putAndInsertString(DCM_SOPClassUID, "1.2.840.10008.5.1.4.1.1.11.4");
    ds->putAndInsertString(DCM_SOPInstanceUID, "9.9.9");
    addInput(*ds, "UNDERLYING", "1", {"1.1", "1.2"}, "40", "400", "1", "-1024");
    addInput(*ds, "SUPERIMPOSED", "2", {"2.1"}, "5000", "10000", "0.5", "0");
    std::vector<Uint16> red(256), green(256), blue(256, 0);
    for (int i = 0; i < 256; ++i) {
        red[std::size_t(i)] = Uint16(i * 257);
        green[std::size_t(i)] = Uint16((255 - i) * 257);
    }
    putDescriptor(*ds, DCM_RedPaletteColorLookupTableDescriptor, 256, 0);
    putDescriptor(*ds, DCM_GreenPaletteColorLookupTableDescriptor, 256, 0);
    putDescriptor(*ds, DCM_BluePaletteColorLookupTableDescriptor, 256, 0);
    ds->putAndInsertUint16Array(DCM_RedPaletteColorLookupTableData, red.data(), 256);
    ds->putAndInsertUint16Array(DCM_GreenPaletteColorLookupTableData, green.data(), 256);
    ds->putAndInsertUint16Array(DCM_BluePaletteColorLookupTableData, blue.data(), 256);
    ds->putAndInsertFloat32(DCM_RelativeOpacity, 0.25f);
    return ds;
}

PresentationState read(DcmDataset& ds) {
    auto result = readPresentationState(ds);
    if (auto* error = std::get_if<std::string>(&result))
        qFatal("not read: %s", error->c_str());
    return std::get<PresentationState>(std::move(result));
}

bool mentions(const std::vector<std::string>& problems, const char* text) {
    return std::any_of(problems.begin(), problems.end(),
                       [&](const std::string& p) { return p.find(text) != std::string::npos; });
}

// A 2 x 2 slice at height z, 10 mm pixels, first pixel center at (0, 0, z).
SuperimposedVolume::Slice slice(double z, std::vector<float> values) {
    SuperimposedVolume::Slice s;
    s.grid.origin = {0, 0, z};
    s.grid.rowSpacing = s.grid.columnSpacing = 10;
    s.grid.columns = s.grid.rows = 2;
    s.values = std::move(values);
    return s;
}

} // namespace

class TestBlending : public QObject {
    Q_OBJECT
private slots:
    void readsBothInputsPaletteAndOpacity() {
        auto ds = blendingState();
        const PresentationState ps = read(*ds);
        QCOMPARE(ps.kind, PresentationState::Kind::Blending);
        QVERIFY(ps.blending);
        QVERIFY2(ps.problems.empty(), ps.problems.empty() ? "" : ps.problems.front().c_str());
        const BlendingContent& b = *ps.blending;
        QCOMPARE(b.underlying.seriesUids, std::vector<std::string>{"1"});
        QCOMPARE(b.underlying.images.images.size(), std::size_t(2));
        QVERIFY(b.underlying.images.covers("1.2", 1));
        QVERIFY(!b.underlying.images.covers("2.1", 1));
        QCOMPARE(b.underlying.grayscale.rescale, std::make_optional(std::make_pair(1.0, -1024.0)));
        QCOMPARE(b.underlying.vois.size(), std::size_t(1));
        QCOMPARE(b.underlying.vois[0].window, std::make_optional(std::make_pair(40.0, 400.0)));
        QCOMPARE(b.superimposed.seriesUids, std::vector<std::string>{"2"});
        QVERIFY(b.superimposed.images.covers("2.1", 1));
        QCOMPARE(b.superimposed.grayscale.rescale, std::make_optional(std::make_pair(0.5, 0.0)));
        QCOMPARE(b.superimposed.vois[0].window,
                 std::make_optional(std::make_pair(5000.0, 10000.0)));
        QVERIFY(b.palette);
        QCOMPARE((*b.palette)[0].entries.size(), std::size_t(256));
        QCOMPARE((*b.palette)[0].entries[255], std::uint16_t(65535));
        QCOMPARE((*b.palette)[1].entries[0], std::uint16_t(65535));
        QCOMPARE(b.relativeOpacity, 0.25);
        QVERIFY(b.iccProfile.empty());
        // A Blending state's images are its inputs', not the GSPS references.
        QVERIFY(!mentions(ps.problems, "references no image"));
    }

    void readsASegmentedPalette() {
        auto ds = blendingState();
        // PS3.3 C.7.9.2: one discrete entry 0, then a linear segment of 255 entries to 65535.
        const Uint16 segments[] = {0, 1, 0, 1, 255, 65535};
        for (const DcmTagKey& tag :
             {DCM_RedPaletteColorLookupTableData, DCM_GreenPaletteColorLookupTableData,
              DCM_BluePaletteColorLookupTableData})
            delete ds->remove(tag);
        ds->putAndInsertUint16Array(DCM_SegmentedRedPaletteColorLookupTableData, segments, 6);
        ds->putAndInsertUint16Array(DCM_SegmentedGreenPaletteColorLookupTableData, segments, 6);
        ds->putAndInsertUint16Array(DCM_SegmentedBluePaletteColorLookupTableData, segments, 6);
        const PresentationState ps = read(*ds);
        QVERIFY(ps.blending->palette);
        const auto& red = (*ps.blending->palette)[0].entries;
        QCOMPARE(red.size(), std::size_t(256));
        QCOMPARE(red[0], std::uint16_t(0));
        QCOMPARE(red[128], std::uint16_t(128 * 257));
        QCOMPARE(red[255], std::uint16_t(65535));
    }

    void leavesOutWhatIsInvalid() {
        auto ds = blendingState();
        DcmSequenceOfItems* sequence = nullptr;
        ds->findAndGetSequence(DCM_BlendingSequence, sequence);
        delete sequence->remove(1UL);                                    // no SUPERIMPOSED item
        addInput(*ds, "UNDERLYING", "3", {"3.1"}, "0", "100", "1", "0"); // a second UNDERLYING
        addInput(*ds, "BESIDE", "4", {"4.1"}, "0", "100", "1", "0");
        putDescriptor(*ds, DCM_RedPaletteColorLookupTableDescriptor, 512, 0); // lies
        ds->putAndInsertFloat32(DCM_RelativeOpacity, 1.5f);
        const PresentationState ps = read(*ds);
        QVERIFY(ps.blending);
        QVERIFY(mentions(ps.problems, "no SUPERIMPOSED item"));
        QVERIFY(mentions(ps.problems, "a second UNDERLYING item"));
        QVERIFY(mentions(ps.problems, "Blending Position \"BESIDE\""));
        QVERIFY(mentions(ps.problems, "Palette Color Lookup Table"));
        QVERIFY(mentions(ps.problems, "Relative Opacity"));
        QCOMPARE(ps.blending->underlying.seriesUids, std::vector<std::string>{"1"}); // the first
        QVERIFY(!ps.blending->palette);
        QCOMPARE(ps.blending->relativeOpacity, 0.5);
    }

    void samplesTheNearestSliceBilinearly() {
        std::vector<std::string> problems;
        const auto volume = SuperimposedVolume::of(
            {slice(4, {100, 100, 100, 100}), slice(0, {0, 10, 20, 30})}, problems);
        QVERIFY(problems.empty());
        // Between the four pixel centers of slice z = 0: their mean; a quarter of the way: the
        // bilinear weights.
        QCOMPARE(*volume.valueAt({5, 5, 0}), 15.0);
        QCOMPARE(*volume.valueAt({2.5, 0, 1.9}), 2.5);
        QCOMPARE(*volume.valueAt({5, 5, 2.1}), 100.0); // nearer z = 4
        QCOMPARE(*volume.valueAt({5, 5, 5.9}), 100.0); // within half the slice distance
        QVERIFY(!volume.valueAt({5, 5, 6.1}));         // beyond it
        QVERIFY(!volume.valueAt({5, 5, -2.1}));
        QCOMPARE(*volume.valueAt({-4.9, 0, 0}), 0.0); // inside the first pixel's half
        QVERIFY(!volume.valueAt({-5.1, 0, 0}));       // outside the grid
        QVERIFY(!volume.valueAt({0, 15, 0}));
        QCOMPARE(volume.range(), std::make_pair(0.0, 100.0));

        auto tilted = slice(8, {1, 1, 1, 1});
        tilted.grid.columnDirection = {0, 0, 1};
        SuperimposedVolume::of({slice(0, {0, 0, 0, 0}), tilted}, problems);
        QVERIFY(mentions(problems, "not parallel"));
    }

    void colorsThroughTheWindowAndPalette() {
        std::vector<PaletteLut> palette(3);
        for (auto& lut : palette)
            lut.entries.assign(256, 0);
        for (int i = 0; i < 256; ++i)
            palette[0].entries[std::size_t(i)] = std::uint16_t(i * 257);
        PaletteColoring::Voi voi;
        voi.window = std::make_pair(128.0, 256.0); // value v -> entry v, PS3.3 C.11.2.1.2.1
        const PaletteColoring coloring(voi, palette);
        QCOMPARE(coloring.entryOf(-5), 0);
        QCOMPARE(coloring.entryOf(100), 100);
        QCOMPARE(coloring.entryOf(1000), 255);
        QCOMPARE(coloring.colorOf(100)[0], 100.0);
        QCOMPARE(coloring.colorOf(100)[1], 0.0);

        palette[0].firstMapped = palette[1].firstMapped = palette[2].firstMapped = 10;
        QCOMPARE(PaletteColoring(voi, palette).entryOf(100), 90);

        PaletteColoring::Voi none; // no VOI: scaled over the values' range
        none.range = {0, 1000};
        QCOMPARE(PaletteColoring(none, std::nullopt).entryOf(500), 128); // 127.5 rounded up
        QCOMPARE(PaletteColoring(none, std::nullopt).colorOf(1000)[2], 255.0);
    }

    void blendsByTheOpacity() {
        std::vector<std::string> problems;
        // A superimposed slice over the left pixel of a 2 x 1 underlying frame only.
        auto pet = slice(0, {200, 200, 200, 200});
        pet.grid.columns = pet.grid.rows = 1;
        pet.values = {200};
        const auto volume = SuperimposedVolume::of({pet}, problems);
        std::vector<PaletteLut> palette(3);
        for (auto& lut : palette)
            lut.entries.assign(256, 0);
        palette[0].entries[200] = 65535; // pure red at entry 200
        PaletteColoring::Voi voi;
        voi.window = std::make_pair(128.0, 256.0);
        const PaletteColoring coloring(voi, palette);
        PlaneGrid grid;
        grid.columns = 2, grid.rows = 1;
        grid.rowSpacing = grid.columnSpacing = 10;
        const std::uint8_t grey[] = {100, 100};
        for (const double a : {0.0, 0.25, 0.5, 1.0}) {
            const DisplayImage out = BlendedPicture{grey, grid, &volume, &coloring, a}.paint();
            QCOMPARE(out.channels, 3);
            // (1 - a) * 100 + a * 255, rounded; green and blue: (1 - a) * 100.
            QCOMPARE(int(out.at(0, 0)[0]), int(std::floor((1 - a) * 100 + a * 255 + 0.5)));
            QCOMPARE(int(out.at(0, 0)[1]), int(std::floor((1 - a) * 100 + 0.5)));
            QCOMPARE(int(out.at(0, 0)[2]), int(std::floor((1 - a) * 100 + 0.5)));
            for (int c = 0; c < 3; ++c) // no PET there: the grey alone
                QCOMPARE(int(out.at(1, 0)[c]), 100);
        }
    }
};

QTEST_GUILESS_MAIN(TestBlending)
#include "tst_blending.moc"

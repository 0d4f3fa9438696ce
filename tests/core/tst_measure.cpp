// Distances, angles and ROI statistics on synthetic slices whose answers are known by hand.

#include "core/measure/Measurement.h"
#include "core/measure/RoiStatistics.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <numbers>
#include <vector>

using namespace pellucid;

namespace {

// A width x height Int16 slice with value(x, y) = f(x, y).
struct Int16Slice {
    std::vector<std::int16_t> values;
    int width, height;
    template <typename F>
    Int16Slice(int w, int h, F f)
        : values(std::size_t(w) * std::size_t(h))
        , width(w)
        , height(h) {
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                values[std::size_t(y) * std::size_t(w) + std::size_t(x)] =
                    static_cast<std::int16_t>(f(x, y));
    }
    SliceSamples samples() const {
        return {reinterpret_cast<const std::uint8_t*>(values.data()), VoxelType::Int16, width,
                height};
    }
};

// Mean and sample SD of the pixels of `slice` whose centers satisfy `inside`, computed the
// obvious way.
struct Reference {
    std::size_t n = 0;
    double mean = 0, sd = 0, min = 1e300, max = -1e300;
};
template <typename F> Reference reference(const Int16Slice& slice, F inside) {
    Reference r;
    std::vector<double> v;
    for (int y = 0; y < slice.height; ++y)
        for (int x = 0; x < slice.width; ++x)
            if (inside(x, y))
                v.push_back(slice.values[std::size_t(y * slice.width + x)]);
    r.n = v.size();
    for (double x : v) {
        r.mean += x / double(v.size());
        r.min = std::min(r.min, x);
        r.max = std::max(r.max, x);
    }
    for (double x : v)
        r.sd += (x - r.mean) * (x - r.mean);
    r.sd = std::sqrt(r.sd / double(v.size() - 1));
    return r;
}

const PixelSpacing kUncalibrated{};

} // namespace

class TestMeasure : public QObject {
    Q_OBJECT

private slots:
    void distance() {
        QCOMPARE(distanceMm({0, 0}, {3, 4}, kUncalibrated), 5.0);
        // 3 columns of 0.5 mm, 4 rows of 2 mm: 1.5 and 8 mm.
        const PixelSpacing s{2.0, 0.5, true};
        QCOMPARE(distanceMm({1, 1}, {4, 5}, s), std::hypot(1.5, 8.0));
        // Spacing is ignored without calibration.
        QCOMPARE(distanceMm({1, 1}, {4, 5}, PixelSpacing{2.0, 0.5, false}), 5.0);
    }

    void angle() {
        QCOMPARE(angleDegrees({1, 0}, {0, 0}, {0, 1}, kUncalibrated), 90.0);
        QVERIFY(std::abs(angleDegrees({1, 0}, {0, 0}, {-1, 0}, kUncalibrated) - 180.0) < 1e-12);
        QCOMPARE(angleDegrees({1, 0}, {0, 0}, {2, 0}, kUncalibrated), 0.0);
        QCOMPARE(angleDegrees({0, 0}, {0, 0}, {2, 0}, kUncalibrated), 0.0);
        // 45 degrees in pixels, but rows are twice as far apart as columns: atan(2).
        const PixelSpacing s{2.0, 1.0, true};
        QVERIFY(std::abs(angleDegrees({1, 0}, {0, 0}, {1, 1}, s) -
                         std::atan(2.0) * 180 / std::numbers::pi) < 1e-9);
    }

    void rectangleOnRamp() {
        // value = x + 100 y on 100 x 100.
        const Int16Slice slice(100, 100, [](int x, int y) { return x + 100 * y; });
        // Corners (9.5, 19.5) and (19.5, 29.5): exactly pixels 10..19 x 20..29.
        const RoiStatistics s = roiStatistics(slice.samples(), RoiShape::Rectangle,
                                              {{19.5, 29.5}, {9.5, 19.5}}, kUncalibrated);
        QCOMPARE(s.pixels, std::size_t(100));
        QCOMPARE(s.min, 10.0 + 2000);
        QCOMPARE(s.max, 19.0 + 2900);
        QCOMPARE(s.mean, 14.5 + 2450);
        // x and 100 y are independent uniform on 10 values: var = (99/12) (1 + 100^2) * n/(n-1).
        const double sd = std::sqrt(99.0 / 12.0 * (1 + 10000.0) * 100.0 / 99.0);
        QVERIFY2(std::abs(s.stdDev - sd) < 1e-9, qPrintable(QString::number(s.stdDev)));
        QCOMPARE(s.area, 100.0);
        QCOMPARE(s.perimeter, 40.0);
        QVERIFY(!s.calibrated);
        QVERIFY(!s.clipped);
    }

    void rectangleEdgeRule() {
        // Corners on pixel centers: the top and left edges are in, the bottom and right out.
        const Int16Slice slice(10, 10, [](int x, int y) { return x + 10 * y; });
        const RoiStatistics s =
            roiStatistics(slice.samples(), RoiShape::Rectangle, {{2, 3}, {6, 5}}, kUncalibrated);
        QCOMPARE(s.pixels, std::size_t(4 * 2)); // columns 2..5, rows 3..4
        QCOMPARE(s.min, 2.0 + 30);
        QCOMPARE(s.max, 5.0 + 40);
        QCOMPARE(s.area, 8.0);
        // Two rectangles sharing an edge share no pixel.
        const RoiStatistics left =
            roiStatistics(slice.samples(), RoiShape::Rectangle, {{0, 0}, {4, 10}}, kUncalibrated);
        const RoiStatistics right =
            roiStatistics(slice.samples(), RoiShape::Rectangle, {{4, 0}, {10, 10}}, kUncalibrated);
        QCOMPARE(left.pixels + right.pixels, std::size_t(100));
        QCOMPARE(left.max, 3.0 + 90);
        QCOMPARE(right.min, 4.0);
    }

    void constantBlocks() {
        // Left half 0 HU, right half 100 HU: a rectangle across both sees 50 of each.
        const Int16Slice slice(100, 100, [](int x, int) { return x < 50 ? 0 : 100; });
        const RoiStatistics s = roiStatistics(slice.samples(), RoiShape::Rectangle,
                                              {{44.5, 0}, {54.5, 10}}, kUncalibrated);
        QCOMPARE(s.pixels, std::size_t(100));
        QCOMPARE(s.mean, 50.0);
        QCOMPARE(s.min, 0.0);
        QCOMPARE(s.max, 100.0);
        // Sample SD of 50 zeros and 50 hundreds: sqrt(100 * 2500 / 99).
        QVERIFY(std::abs(s.stdDev - std::sqrt(250000.0 / 99.0)) < 1e-9);
        // A single pixel: SD 0.
        const RoiStatistics one = roiStatistics(slice.samples(), RoiShape::Rectangle,
                                                {{59.5, 9.5}, {60.5, 10.5}}, kUncalibrated);
        QCOMPARE(one.pixels, std::size_t(1));
        QCOMPARE(one.mean, 100.0);
        QCOMPARE(one.stdDev, 0.0);
    }

    void ellipse() {
        const Int16Slice slice(200, 200, [](int x, int y) { return x + y; });
        // Semi-axes 40 (x) and 25 (y) around (100.3, 90.2): no pixel center on the boundary.
        const double cx = 100.3, cy = 90.2, a = 40, b = 25;
        const RoiStatistics s = roiStatistics(slice.samples(), RoiShape::Ellipse,
                                              {{cx - a, cy - b}, {cx + a, cy + b}}, kUncalibrated);
        QCOMPARE(s.area, std::numbers::pi * a * b);
        QVERIFY(std::abs(double(s.pixels) - std::numbers::pi * a * b) <
                0.01 * std::numbers::pi * a * b);
        const Reference r = reference(slice, [&](int x, int y) {
            const double u = (x - cx) / a, v = (y - cy) / b;
            return u * u + v * v < 1;
        });
        QCOMPARE(s.pixels, r.n);
        QVERIFY(std::abs(s.mean - r.mean) < 1e-9);
        QVERIFY(std::abs(s.stdDev - r.sd) < 1e-9);
        QCOMPARE(s.min, r.min);
        QCOMPARE(s.max, r.max);
        // Centered on a pixel, the half-open rule takes the leftmost boundary center, not the
        // rightmost, and neither the top nor the bottom one.
        const RoiStatistics small =
            roiStatistics(slice.samples(), RoiShape::Ellipse, {{50, 50}, {54, 54}}, kUncalibrated);
        const Reference rs = reference(slice, [](int x, int y) {
            const int d = (x - 52) * (x - 52) + (y - 52) * (y - 52);
            return d < 4 || (d == 4 && x == 50);
        });
        QCOMPARE(small.pixels, rs.n);
        QCOMPARE(small.min, 50.0 + 52);
        QCOMPARE(small.max, 53.0 + 53);
        // Ramanujan's perimeter of a circle is exact.
        const RoiStatistics circle =
            roiStatistics(slice.samples(), RoiShape::Ellipse, {{0, 0}, {20, 20}}, kUncalibrated);
        QVERIFY(std::abs(circle.perimeter - 2 * std::numbers::pi * 10) < 1e-9);
    }

    void trianglePolygon() {
        const Int16Slice slice(100, 100, [](int x, int y) { return 3 * x - y; });
        // Right triangle (10,10) (50,10) (10,50): area 800; a center is inside when x >= 10,
        // y >= 10 and x + y < 60 (the hypotenuse is a right/bottom edge).
        const std::vector<ImagePoint> tri{{10, 10}, {50, 10}, {10, 50}};
        const RoiStatistics s =
            roiStatistics(slice.samples(), RoiShape::Polygon, tri, kUncalibrated);
        QCOMPARE(s.area, 800.0);
        QCOMPARE(s.perimeter, 80.0 + 40 * std::sqrt(2.0));
        const Reference r =
            reference(slice, [](int x, int y) { return x >= 10 && y >= 10 && x + y < 60; });
        QCOMPARE(s.pixels, r.n);
        QCOMPARE(s.pixels, std::size_t(40 * 41 / 2)); // rows 10..49 hold 40, 39, ..., 1
        QVERIFY(std::abs(s.mean - r.mean) < 1e-9);
        QVERIFY(std::abs(s.stdDev - r.sd) < 1e-9);
        QCOMPARE(s.min, r.min);
        QCOMPARE(s.max, r.max);
        // The order of the vertices does not matter.
        const RoiStatistics reversed = roiStatistics(slice.samples(), RoiShape::Polygon,
                                                     {{10, 50}, {50, 10}, {10, 10}}, kUncalibrated);
        QCOMPARE(reversed.pixels, s.pixels);
        QCOMPARE(reversed.area, s.area);
    }

    void concavePolygon() {
        const Int16Slice slice(100, 100, [](int x, int y) { return x * y % 97; });
        // A "U": the square 10..40 x 10..40 without the notch 20..30 x 10..30.
        const std::vector<ImagePoint> u{{10, 10}, {20, 10}, {20, 30}, {30, 30},
                                        {30, 10}, {40, 10}, {40, 40}, {10, 40}};
        const RoiStatistics s = roiStatistics(slice.samples(), RoiShape::Polygon, u, kUncalibrated);
        QCOMPARE(s.area, 900.0 - 200.0);
        QCOMPARE(s.perimeter, 30.0 * 4 + 2 * 20);
        const Reference r = reference(slice, [](int x, int y) {
            const bool square = x >= 10 && x < 40 && y >= 10 && y < 40;
            const bool notch = x >= 20 && x < 30 && y < 30;
            return square && !notch;
        });
        QCOMPARE(s.pixels, r.n);
        QCOMPARE(s.pixels, std::size_t(700));
        QVERIFY(std::abs(s.mean - r.mean) < 1e-9);
        QVERIFY(std::abs(s.stdDev - r.sd) < 1e-9);
        QCOMPARE(s.min, r.min);
        QCOMPARE(s.max, r.max);
    }

    void clippedToImage() {
        const Int16Slice slice(50, 40, [](int x, int y) { return x + y; });
        // Reaches 20 pixels beyond every edge: the statistics are those of the whole image.
        const RoiStatistics s = roiStatistics(slice.samples(), RoiShape::Rectangle,
                                              {{-20.5, -20.5}, {69.5, 59.5}}, kUncalibrated);
        QCOMPARE(s.pixels, std::size_t(50 * 40));
        QCOMPARE(s.min, 0.0);
        QCOMPARE(s.max, 49.0 + 39);
        QCOMPARE(s.mean, 24.5 + 19.5);
        QVERIFY(s.clipped);
        QCOMPARE(s.area, 90.0 * 80.0); // the shape as drawn
        // A polygon entirely outside: nothing, no crash.
        const RoiStatistics outside = roiStatistics(
            slice.samples(), RoiShape::Polygon, {{-30, -30}, {-10, -30}, {-10, -5}}, kUncalibrated);
        QCOMPARE(outside.pixels, std::size_t(0));
        QCOMPARE(outside.mean, 0.0);
        // An ellipse over the corner: only the in-image quarter counts.
        const RoiStatistics corner = roiStatistics(slice.samples(), RoiShape::Ellipse,
                                                   {{-10, -10}, {10, 10}}, kUncalibrated);
        const Reference r = reference(slice, [](int x, int y) { return x * x + y * y < 100; });
        QCOMPARE(corner.pixels, r.n);
        QVERIFY(std::abs(corner.mean - r.mean) < 1e-9);
        // Absurd and non-finite coordinates neither crash nor count.
        QCOMPARE(roiStatistics(slice.samples(), RoiShape::Rectangle,
                               {{-1e300, -1e300}, {1e300, 1e300}}, kUncalibrated)
                     .pixels,
                 std::size_t(50 * 40));
        QCOMPARE(
            roiStatistics(slice.samples(), RoiShape::Rectangle, {{NAN, 0}, {10, 10}}, kUncalibrated)
                .pixels,
            std::size_t(0));
    }

    void anisotropicSpacing() {
        const Int16Slice slice(100, 100, [](int, int) { return 7; });
        // Rows 0.5 mm apart, columns 0.8 mm apart.
        const PixelSpacing s{0.5, 0.8, true};
        const RoiStatistics rect =
            roiStatistics(slice.samples(), RoiShape::Rectangle, {{10, 10}, {30, 50}}, s);
        QVERIFY(rect.calibrated);
        QCOMPARE(rect.pixels, std::size_t(20 * 40));
        QVERIFY(std::abs(rect.area - 20 * 0.8 * 40 * 0.5) < 1e-9);
        QVERIFY(std::abs(rect.perimeter - 2 * (20 * 0.8 + 40 * 0.5)) < 1e-9);
        QCOMPARE(rect.mean, 7.0);
        QCOMPARE(rect.stdDev, 0.0);
        // An ellipse 50 x 20 pixels is a 40 x 10 mm ellipse: area pi * 20 * 5.
        const RoiStatistics ell =
            roiStatistics(slice.samples(), RoiShape::Ellipse, {{20, 40}, {70, 60}}, s);
        QVERIFY(std::abs(ell.area - std::numbers::pi * 20 * 5) < 1e-9);
        // A circle of 40 mm diameter drawn on such pixels: 50 columns, 80 rows.
        const RoiStatistics circle =
            roiStatistics(slice.samples(), RoiShape::Ellipse, {{10, 10}, {60, 90}}, s);
        QVERIFY(std::abs(circle.perimeter - std::numbers::pi * 40) < 1e-9);
        QVERIFY(std::abs(circle.area - std::numbers::pi * 20 * 20) < 1e-9);
        QVERIFY(std::abs(double(circle.pixels) - std::numbers::pi * 25 * 40) <
                0.01 * std::numbers::pi * 25 * 40);
        // The polygon area uses both spacings too.
        const RoiStatistics tri =
            roiStatistics(slice.samples(), RoiShape::Polygon, {{0, 0}, {10, 0}, {0, 10}}, s);
        QVERIFY(std::abs(tri.area - 0.5 * 10 * 0.8 * 10 * 0.5) < 1e-9);
        QVERIFY(std::abs(tri.perimeter - (8 + 5 + std::hypot(8.0, 5.0))) < 1e-9);
    }

    void otherVoxelTypes() {
        const std::vector<float> f{-1.5f, 2.5f, 4.0f, 10.0f};
        const SliceSamples fs{reinterpret_cast<const std::uint8_t*>(f.data()), VoxelType::Float32,
                              2, 2};
        const RoiStatistics s =
            roiStatistics(fs, RoiShape::Rectangle, {{-0.5, -0.5}, {1.5, 1.5}}, kUncalibrated);
        QCOMPARE(s.pixels, std::size_t(4));
        QCOMPARE(s.mean, 15.0 / 4);
        QCOMPARE(s.min, -1.5);
        QCOMPARE(s.max, 10.0);
        const std::uint8_t rgb[] = {255, 0, 0, 0, 255, 0};
        const SliceSamples rs{rgb, VoxelType::Rgb8, 2, 1};
        QCOMPARE(rs.valueAt(0, 0), 0.299 * 255);
        QCOMPARE(rs.valueAt(1, 0), 0.587 * 255);
        const std::uint16_t rgb16[] = {0, 0, 1000};
        const SliceSamples r16{reinterpret_cast<const std::uint8_t*>(rgb16), VoxelType::Rgb16, 1,
                               1};
        QCOMPARE(r16.valueAt(0, 0), 114.0);
        const std::uint8_t u8[] = {3, 200};
        QCOMPARE((SliceSamples{u8, VoxelType::UInt8, 2, 1}.valueAt(1, 0)), 200.0);
    }

    void degenerate() {
        const Int16Slice slice(10, 10, [](int, int) { return 1; });
        QCOMPARE(roiStatistics(slice.samples(), RoiShape::Polygon, {{0, 0}, {5, 5}}, kUncalibrated)
                     .pixels,
                 std::size_t(0));
        QCOMPARE(
            roiStatistics(slice.samples(), RoiShape::Rectangle, {{0, 0}}, kUncalibrated).pixels,
            std::size_t(0));
        const RoiStatistics flat =
            roiStatistics(slice.samples(), RoiShape::Ellipse, {{2, 2}, {8, 2}}, kUncalibrated);
        QCOMPARE(flat.pixels, std::size_t(0));
        QCOMPARE(flat.area, 0.0);
    }

    void units() {
        QCOMPARE(modalityUnit("CT", ""), std::string("HU"));
        QCOMPARE(modalityUnit("CT", "HU"), std::string("HU"));
        QCOMPARE(modalityUnit("MR", ""), std::string());
        QCOMPARE(modalityUnit("PT", "US"), std::string()); // "US": unspecified
        QCOMPARE(modalityUnit("CT", "US"), std::string("HU"));
        QCOMPARE(modalityUnit("XA", "OD"), std::string("OD"));
        QCOMPARE(modalityUnit("OT", "HU"), std::string("HU"));
    }
};

QTEST_APPLESS_MAIN(TestMeasure)
#include "tst_measure.moc"

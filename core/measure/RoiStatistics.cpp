#include "core/measure/RoiStatistics.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pellucid {
namespace {

// A run of row `y` from x0 (inclusive) to x1 (exclusive), in continuous coordinates.
struct Span {
    double x0, x1;
};

// Where the boundary crosses the scanline at height y: pairs of crossings bound the inside
// (even-odd). An edge counts for y0 <= y < y1 (top endpoint in, bottom out), which together
// with [x0, x1) spans gives the half-open rule.
void polygonSpans(const std::vector<ImagePoint>& p, double y, std::vector<Span>& spans) {
    std::vector<double> xs;
    const std::size_t n = p.size();
    for (std::size_t i = 0; i < n; ++i) {
        ImagePoint a = p[i], b = p[(i + 1) % n];
        if (a.y == b.y)
            continue;
        if (a.y > b.y)
            std::swap(a, b);
        if (y < a.y || y >= b.y)
            continue;
        xs.push_back(a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y));
    }
    std::sort(xs.begin(), xs.end());
    for (std::size_t i = 0; i + 1 < xs.size(); i += 2)
        spans.push_back({xs[i], xs[i + 1]});
}

double polygonArea(const std::vector<ImagePoint>& p) {
    double twice = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const ImagePoint a = p[i], b = p[(i + 1) % p.size()];
        twice += a.x * b.y - b.x * a.y;
    }
    return std::abs(twice) / 2;
}

} // namespace

RoiStatistics roiStatistics(const SliceSamples& slice, RoiShape shape,
                            const std::vector<ImagePoint>& points, const PixelSpacing& spacing) {
    RoiStatistics s;
    s.calibrated = spacing.calibrated;
    const double dx = spacing.calibrated ? spacing.column : 1.0;
    const double dy = spacing.calibrated ? spacing.row : 1.0;
    const bool box = shape == RoiShape::Rectangle || shape == RoiShape::Ellipse;
    if ((box && points.size() < 2) || (!box && points.size() < 3))
        return s;
    for (const ImagePoint& p : points)
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
            return s;

    double left = points[0].x, right = left, top = points[0].y, bottom = top;
    const std::size_t used = box ? 2 : points.size();
    for (std::size_t i = 1; i < used; ++i) {
        left = std::min(left, points[i].x);
        right = std::max(right, points[i].x);
        top = std::min(top, points[i].y);
        bottom = std::max(bottom, points[i].y);
    }
    const double cx = (left + right) / 2, cy = (top + bottom) / 2;
    const double a = (right - left) / 2, b = (bottom - top) / 2; // ellipse semi-axes, pixels

    switch (shape) {
    case RoiShape::Rectangle:
        s.area = (right - left) * dx * (bottom - top) * dy;
        s.perimeter = 2 * ((right - left) * dx + (bottom - top) * dy);
        break;
    case RoiShape::Ellipse: {
        s.area = std::numbers::pi * a * dx * b * dy;
        // Ramanujan's second approximation: relative error below 1e-9 for moderate ratios.
        const double pa = a * dx, pb = b * dy;
        const double h = (pa + pb) > 0 ? std::pow((pa - pb) / (pa + pb), 2) : 0;
        s.perimeter = std::numbers::pi * (pa + pb) * (1 + 3 * h / (10 + std::sqrt(4 - 3 * h)));
        break;
    }
    case RoiShape::Polygon: {
        std::vector<ImagePoint> physical;
        for (const ImagePoint& p : points)
            physical.push_back({p.x * dx, p.y * dy});
        s.area = polygonArea(physical);
        for (std::size_t i = 0; i < physical.size(); ++i) {
            const ImagePoint p = physical[i], q = physical[(i + 1) % physical.size()];
            s.perimeter += std::hypot(q.x - p.x, q.y - p.y);
        }
        break;
    }
    }
    s.clipped =
        left < -0.5 || top < -0.5 || right > slice.width - 0.5 || bottom > slice.height - 0.5;
    if (!slice.data || slice.width <= 0 || slice.height <= 0)
        return s;

    // Welford's running mean and variance: one pass, no cancellation on large HU sums.
    double mean = 0, m2 = 0;
    std::size_t n = 0;
    double lo = 0, hi = 0;
    std::vector<Span> spans;
    const int rowFirst = int(std::clamp(std::ceil(top), 0.0, double(slice.height)));
    const int rowLast = int(std::clamp(std::ceil(bottom) - 1, -1.0, double(slice.height - 1)));
    for (int r = rowFirst; r <= rowLast; ++r) {
        const double y = r;
        spans.clear();
        if (shape == RoiShape::Rectangle) {
            spans.push_back({left, right});
        } else if (shape == RoiShape::Ellipse) {
            if (b <= 0 || a <= 0)
                continue;
            const double t = (y - cy) / b;
            const double half = a * std::sqrt(std::max(0.0, 1 - t * t));
            spans.push_back({cx - half, cx + half});
        } else {
            polygonSpans(points, y, spans);
        }
        for (const Span& span : spans) {
            const int c0 = int(std::clamp(std::ceil(span.x0), 0.0, double(slice.width)));
            const int c1 = int(std::clamp(std::ceil(span.x1) - 1, -1.0, double(slice.width - 1)));
            for (int c = c0; c <= c1; ++c) {
                const double v = slice.valueAt(c, r);
                if (n == 0)
                    lo = hi = v;
                lo = std::min(lo, v);
                hi = std::max(hi, v);
                ++n;
                const double delta = v - mean;
                mean += delta / double(n);
                m2 += delta * (v - mean);
            }
        }
    }
    s.pixels = n;
    if (n > 0) {
        s.mean = mean;
        s.min = lo;
        s.max = hi;
        s.stdDev = n > 1 ? std::sqrt(m2 / double(n - 1)) : 0;
    }
    return s;
}

std::string modalityUnit(const std::string& modality, const std::string& rescaleType) {
    if (rescaleType == "HU")
        return "HU";
    if (!rescaleType.empty() && rescaleType != "US")
        return rescaleType;
    if (modality == "CT")
        return "HU";
    return {};
}

} // namespace pellucid

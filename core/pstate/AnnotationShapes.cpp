#include "core/pstate/AnnotationShapes.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pellucid {
namespace {

// A closed curve through every point (Catmull-Rom, centripetal enough for annotation strokes):
// INTERPOLATED graphics "shall be interpolated" with no method prescribed (PS3.3 C.10.5.1.2).
std::vector<std::array<double, 2>> interpolated(const std::vector<std::array<double, 2>>& p) {
    if (p.size() < 3)
        return p;
    const bool closed = p.front() == p.back();
    const std::size_t n = p.size();
    auto at = [&](long i) {
        if (closed) {
            const long m = long(n) - 1;
            return p[std::size_t(((i % m) + m) % m)];
        }
        return p[std::size_t(std::clamp(i, 0L, long(n) - 1))];
    };
    std::vector<std::array<double, 2>> out;
    const int steps = 8;
    for (long i = 0; i + 1 < long(n); ++i) {
        const auto p0 = at(i - 1), p1 = at(i), p2 = at(i + 1), p3 = at(i + 2);
        for (int s = 0; s < steps; ++s) {
            const double t = double(s) / steps, t2 = t * t, t3 = t2 * t;
            std::array<double, 2> q{};
            for (int k = 0; k < 2; ++k)
                q[std::size_t(k)] =
                    0.5 * (2 * p1[std::size_t(k)] + (-p0[std::size_t(k)] + p2[std::size_t(k)]) * t +
                           (2 * p0[std::size_t(k)] - 5 * p1[std::size_t(k)] +
                            4 * p2[std::size_t(k)] - p3[std::size_t(k)]) *
                               t2 +
                           (-p0[std::size_t(k)] + 3 * p1[std::size_t(k)] - 3 * p2[std::size_t(k)] +
                            p3[std::size_t(k)]) *
                               t3);
            out.push_back(q);
        }
    }
    out.push_back(p.back());
    return out;
}

std::vector<std::array<double, 2>> ellipse(std::array<double, 2> c, std::array<double, 2> u,
                                           std::array<double, 2> v) {
    std::vector<std::array<double, 2>> out;
    const int segments = 72;
    for (int i = 0; i <= segments; ++i) {
        const double t = 2 * std::numbers::pi * i / segments;
        out.push_back({c[0] + u[0] * std::cos(t) + v[0] * std::sin(t),
                       c[1] + u[1] * std::cos(t) + v[1] * std::sin(t)});
    }
    return out;
}

} // namespace

Rgb cielabToRgb(const std::array<std::uint16_t, 3>& lab) {
    const double L = lab[0] * 100.0 / 65535.0;
    const double a = lab[1] * 255.0 / 65535.0 - 128, b = lab[2] * 255.0 / 65535.0 - 128;
    const double fy = (L + 16) / 116, fx = fy + a / 500, fz = fy - b / 200;
    auto finv = [](double t) { return t > 6.0 / 29 ? t * t * t : 3 * 36.0 / 841 * (t - 4.0 / 29); };
    const double X = 0.95047 * finv(fx), Y = finv(fy), Z = 1.08883 * finv(fz);
    const double rl = 3.2406 * X - 1.5372 * Y - 0.4986 * Z;
    const double gl = -0.9689 * X + 1.8758 * Y + 0.0415 * Z;
    const double bl = 0.0557 * X - 0.2040 * Y + 1.0570 * Z;
    auto gamma = [](double c) {
        c = std::clamp(c, 0.0, 1.0);
        const double s = c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1 / 2.4) - 0.055;
        return static_cast<std::uint8_t>(std::lround(s * 255));
    };
    return {gamma(rl), gamma(gl), gamma(bl)};
}

std::vector<AnnotationLayerShapes>
annotationShapes(const PresentationState& state,
                 const std::vector<const GraphicAnnotation*>& annotations) {
    std::vector<AnnotationLayerShapes> out;
    for (const GraphicLayer& layer : state.layers)
        out.push_back({layer.name, {}, {}});
    auto layerOf = [&](const std::string& name) -> AnnotationLayerShapes& {
        for (AnnotationLayerShapes& l : out)
            if (l.layer == name)
                return l;
        out.push_back({name, {}, {}});
        return out.back();
    };
    auto layerColor = [&](const std::string& name) {
        for (const GraphicLayer& l : state.layers)
            if (l.name == name) {
                if (l.cielab)
                    return cielabToRgb(*l.cielab);
                if (l.gray) {
                    const auto g = static_cast<std::uint8_t>(*l.gray >> 8);
                    return Rgb{g, g, g};
                }
            }
        return Rgb{};
    };
    // PIXEL units put the first pixel's top-left corner at 0,0; image coordinates its center.
    auto place = [](AnnotationUnits units, double x, double y) -> std::array<double, 2> {
        if (units == AnnotationUnits::Pixel)
            return {x - 0.5, y - 0.5};
        return {x, y};
    };
    for (const GraphicAnnotation* annotation : annotations) {
        AnnotationLayerShapes& layer = layerOf(annotation->layer);
        const Rgb color = layerColor(annotation->layer);
        for (const GraphicObject& g : annotation->graphics) {
            if (g.units == AnnotationUnits::Matrix)
                continue;
            AnnotationShape shape;
            shape.displayUnits = g.units == AnnotationUnits::Display;
            shape.filled = g.filled;
            shape.color = g.cielab ? cielabToRgb(*g.cielab) : color;
            shape.thickness = g.thickness;
            std::vector<std::array<double, 2>> points;
            for (const auto& p : g.points)
                points.push_back(place(g.units, p[0], p[1]));
            switch (g.type) {
            case GraphicObject::Type::Point:
                shape.point = true;
                shape.points = {points.front()};
                break;
            case GraphicObject::Type::Polyline:
                shape.points = points;
                break;
            case GraphicObject::Type::Interpolated:
                shape.points = interpolated(points);
                break;
            case GraphicObject::Type::Circle: {
                // Center, then a point on the circumference.
                const double r =
                    std::hypot(points[1][0] - points[0][0], points[1][1] - points[0][1]);
                shape.points = ellipse(points[0], {r, 0}, {0, r});
                break;
            }
            case GraphicObject::Type::Ellipse: {
                // The end points of the major axis, then of the minor axis.
                const std::array<double, 2> c{(points[0][0] + points[1][0]) / 2,
                                              (points[0][1] + points[1][1]) / 2};
                shape.points = ellipse(
                    c, {(points[1][0] - points[0][0]) / 2, (points[1][1] - points[0][1]) / 2},
                    {(points[3][0] - points[2][0]) / 2, (points[3][1] - points[2][1]) / 2});
                break;
            }
            }
            layer.shapes.push_back(std::move(shape));
        }
        for (const TextObject& t : annotation->texts) {
            AnnotationText text;
            text.text = t.text;
            text.color = t.cielab ? cielabToRgb(*t.cielab) : color;
            text.justification = t.justification;
            text.anchorLine = t.anchorVisible;
            if (t.box && t.boxUnits && *t.boxUnits != AnnotationUnits::Matrix) {
                text.boxInDisplayUnits = *t.boxUnits == AnnotationUnits::Display;
                const auto tl = place(*t.boxUnits, (*t.box)[0], (*t.box)[1]);
                const auto br = place(*t.boxUnits, (*t.box)[2], (*t.box)[3]);
                text.box = std::array<double, 4>{std::min(tl[0], br[0]), std::min(tl[1], br[1]),
                                                 std::max(tl[0], br[0]), std::max(tl[1], br[1])};
            }
            if (t.anchor && t.anchorUnits && *t.anchorUnits != AnnotationUnits::Matrix) {
                text.anchorInDisplayUnits = *t.anchorUnits == AnnotationUnits::Display;
                text.anchor = place(*t.anchorUnits, (*t.anchor)[0], (*t.anchor)[1]);
            }
            if (text.box || text.anchor)
                layer.texts.push_back(std::move(text));
        }
    }
    return out;
}

} // namespace pellucid

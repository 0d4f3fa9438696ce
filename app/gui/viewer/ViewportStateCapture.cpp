#include "app/gui/viewer/ViewportStateCapture.h"

#include "render/SliceViewport.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace pellucid {
namespace {

constexpr const char* kLayer = "MEASUREMENTS";

// core/measure puts pixel centers on whole numbers; PIXEL units the first pixel's corner at 0.
PixelPoint pixelPoint(const ImagePoint& p) {
    return {p.x + 0.5, p.y + 0.5};
}

void addMeasurement(const ViewportMeasurement& m, Annotations& out) {
    if (m.points.empty())
        return;
    GraphicShape shape;
    shape.layer = kLayer;
    switch (m.kind) {
    case ViewportTool::Distance:
    case ViewportTool::Angle:
        for (const ImagePoint& p : m.points)
            shape.points.push_back(pixelPoint(p));
        break;
    case ViewportTool::Rectangle: {
        if (m.points.size() < 2)
            return;
        const ImagePoint a = m.points[0], b = m.points[1];
        for (const ImagePoint& p : {a, ImagePoint{b.x, a.y}, b, ImagePoint{a.x, b.y}, a})
            shape.points.push_back(pixelPoint(p));
        break;
    }
    case ViewportTool::Ellipse: {
        // The tool's two points span the bounding box; an ELLIPSE names its axes' end points.
        if (m.points.size() < 2)
            return;
        const ImagePoint a = m.points[0], b = m.points[1];
        const double cx = (a.x + b.x) / 2, cy = (a.y + b.y) / 2;
        shape.type = GraphicType::Ellipse;
        const bool wide = std::abs(b.x - a.x) >= std::abs(b.y - a.y);
        const ImagePoint h1{std::min(a.x, b.x), cy}, h2{std::max(a.x, b.x), cy};
        const ImagePoint v1{cx, std::min(a.y, b.y)}, v2{cx, std::max(a.y, b.y)};
        for (const ImagePoint& p : wide ? std::vector{h1, h2, v1, v2} : std::vector{v1, v2, h1, h2})
            shape.points.push_back(pixelPoint(p));
        break;
    }
    case ViewportTool::Polygon:
        for (const ImagePoint& p : m.points)
            shape.points.push_back(pixelPoint(p));
        shape.points.push_back(pixelPoint(m.points.front()));
        break;
    default:
        return;
    }
    if (shape.points.size() < 2)
        return;
    out.graphics.push_back(shape);
    if (!m.label.isEmpty()) {
        TextAnnotation text;
        text.layer = kLayer;
        text.text = m.label.toStdString();
        text.anchor = shape.points.back();
        text.anchorVisible = false;
        out.texts.push_back(std::move(text));
    }
}

} // namespace

CapturedViewportState captureViewportState(const SliceViewport& viewport, const QString& label,
                                           const QString& description, const QString& creator) {
    CapturedViewportState captured;
    PresentationStateContent& c = captured.content;
    const auto& series = viewport.series();
    if (!series)
        return captured;
    // The images: the shown one first (its patient and study head the state), then each slice
    // that carries a measurement.
    std::map<int, Annotations> bySlice;
    bySlice[viewport.slice()];
    for (const ViewportMeasurement& m : viewport.measurements())
        addMeasurement(m, bySlice[m.slice]);
    std::vector<int> slices{viewport.slice()};
    for (const auto& [slice, annotations] : bySlice)
        if (slice != viewport.slice())
            slices.push_back(slice);
    for (int slice : slices) {
        if (slice < 0 || std::size_t(slice) >= series->sliceSources.size())
            continue;
        captured.files.push_back(series->sliceSources[std::size_t(slice)].first);
        c.images.push_back({nullptr, bySlice[slice]});
    }
    if (!series->isColor())
        c.window = std::make_pair(viewport.windowCenter(), viewport.windowWidth());
    // ViewState mirrors, then rotates; a state rotates, then flips.
    const ViewState& view = viewport.viewState();
    c.horizontalFlip = view.mirrored;
    c.rotation = (view.mirrored ? (4 - view.quarterTurns) % 4 : view.quarterTurns) * 90;
    if (!view.fitToView) {
        // What the viewport shows, in the unrotated image's 1-based pixels.
        const ViewTransform t = viewport.transform();
        const QSize size = viewport.deviceSize();
        double left = 1e9, top = 1e9, right = -1e9, bottom = -1e9;
        for (const QPointF corner :
             {QPointF(0, 0), QPointF(size.width(), 0), QPointF(0, size.height()),
              QPointF(size.width(), size.height())}) {
            const QPointF p = t.toImage(corner);
            left = std::min(left, p.x()), right = std::max(right, p.x());
            top = std::min(top, p.y()), bottom = std::max(bottom, p.y());
        }
        DisplayedAreaSpec area;
        area.left = int(std::lround(left + 1));
        area.top = int(std::lround(top + 1));
        area.right = int(std::lround(right + 1));
        area.bottom = int(std::lround(bottom + 1));
        area.sizeMode = DisplayedAreaSpec::SizeMode::Magnify;
        area.magnification = t.magnification();
        c.displayedArea = area;
    }
    c.layers.push_back({kLayer, 1, std::uint16_t(0xFFFF), "Measurements drawn by the reader"});
    c.contentLabel = label.toStdString();
    c.contentDescription = description.toStdString();
    c.creatorName = creator.toStdString();
    return captured;
}

} // namespace pellucid

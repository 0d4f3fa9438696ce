#include "core/pstate/ImagePresentation.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <tuple>

namespace pellucid {

ImagePresentation presentationFor(const PresentationState& state, const std::string& uid, int frame,
                                  const std::vector<OverlayPlane>& imageOverlays) {
    ImagePresentation out;
    out.grayscale = state.grayscale;
    // The first VOI item that covers the image applies (PS3.3 C.11.8: an image is listed at most
    // once); with none, no VOI transformation at all.
    out.grayscale.noVoi = true;
    for (const SoftcopyVoi& voi : state.vois) {
        if (!voi.applies.covers(uid, frame))
            continue;
        out.grayscale.noVoi = false;
        if (voi.lut)
            out.grayscale.voiLut = voi.lut;
        else
            out.window = voi.window;
        break;
    }
    out.shutter = state.shutter;
    auto findPlane = [&](int group) -> const OverlayPlane* {
        for (const OverlayPlane& p : state.overlays)
            if (p.group == group)
                return &p;
        for (const OverlayPlane& p : imageOverlays)
            if (p.group == group)
                return &p;
        return nullptr;
    };
    if (state.bitmapShutterGroup)
        out.shutter.bitmap = findPlane(*state.bitmapShutterGroup);
    for (const OverlayActivation& activation : state.activations) {
        const OverlayPlane* plane = findPlane(activation.group);
        if (!plane || (state.bitmapShutterGroup && activation.group == *state.bitmapShutterGroup))
            continue;
        std::uint8_t gray = 255;
        for (const GraphicLayer& layer : state.layers)
            if (layer.name == activation.layer && layer.gray)
                gray = static_cast<std::uint8_t>(*layer.gray >> 8);
        out.overlays.push_back(*plane);
        out.overlayGray.push_back(gray);
    }
    for (const DisplayedArea& area : state.displayedAreas)
        if (area.applies.covers(uid, frame)) {
            out.displayedArea = area;
            break;
        }
    if (state.palette)
        out.palette = &*state.palette;
    if (!state.iccProfile.empty())
        out.iccProfile = &state.iccProfile;
    out.rotation = state.rotation;
    out.flip = state.flip;
    for (const GraphicAnnotation& annotation : state.annotations)
        if (annotation.applies.covers(uid, frame))
            out.annotations.push_back(&annotation);
    return out;
}

DisplayImage spatiallyTransformed(const DisplayImage& in, int rotation, bool flip) {
    if (rotation == 0 && !flip)
        return in;
    DisplayImage out;
    const bool swap = rotation == 90 || rotation == 270;
    out.width = swap ? in.height : in.width;
    out.height = swap ? in.width : in.height;
    out.channels = in.channels;
    out.pixels.resize(in.pixels.size());
    const std::size_t channels = std::size_t(in.channels);
    for (int y = 0; y < out.height; ++y)
        for (int x = 0; x < out.width; ++x) {
            // Undo the flip, then the clockwise rotation, to find the source pixel.
            const int fx = flip ? out.width - 1 - x : x;
            int sx = fx, sy = y;
            switch (rotation) {
            case 90:
                sx = y, sy = in.height - 1 - fx;
                break;
            case 180:
                sx = in.width - 1 - fx, sy = in.height - 1 - y;
                break;
            case 270:
                sx = in.width - 1 - y, sy = fx;
                break;
            default:
                break;
            }
            std::memcpy(out.pixels.data() +
                            (std::size_t(y) * std::size_t(out.width) + std::size_t(x)) * channels,
                        in.at(sx, sy), channels);
        }
    return out;
}

DisplayImage displayedAreaOf(const DisplayImage& in, const DisplayedArea& area, int columns,
                             int rows, int rotation, bool flip) {
    // The corners to 0-based pixels of the unrotated image, then through the rotation and flip.
    auto place = [&](double c, double r) {
        double x = c - 1, y = r - 1;
        switch (rotation) {
        case 90:
            std::tie(x, y) = std::pair(rows - 1 - y, x);
            break;
        case 180:
            std::tie(x, y) = std::pair(columns - 1 - x, rows - 1 - y);
            break;
        case 270:
            std::tie(x, y) = std::pair(y, columns - 1 - x);
            break;
        default:
            break;
        }
        if (flip)
            x = in.width - 1 - x;
        return std::pair(x, y);
    };
    const auto [x0, y0] = place(area.topLeft[0], area.topLeft[1]);
    const auto [x1, y1] = place(area.bottomRight[0], area.bottomRight[1]);
    const int left = int(std::lround(std::min(x0, x1))), right = int(std::lround(std::max(x0, x1)));
    const int top = int(std::lround(std::min(y0, y1))), bottom = int(std::lround(std::max(y0, y1)));
    const double scale = area.sizeMode == DisplayedArea::SizeMode::Magnify
                             ? std::clamp(area.magnification, 0.01, 64.0)
                             : 1.0;
    DisplayImage out;
    out.channels = in.channels;
    out.width = std::max(1, int(std::lround((right - left + 1) * scale)));
    out.height = std::max(1, int(std::lround((bottom - top + 1) * scale)));
    out.pixels.assign(std::size_t(out.width) * std::size_t(out.height) * std::size_t(in.channels),
                      0);
    for (int y = 0; y < out.height; ++y)
        for (int x = 0; x < out.width; ++x) {
            const int sx = left + int(std::floor(x / scale)), sy = top + int(std::floor(y / scale));
            if (sx < 0 || sy < 0 || sx >= in.width || sy >= in.height)
                continue;
            std::memcpy(out.pixels.data() +
                            (std::size_t(y) * std::size_t(out.width) + std::size_t(x)) *
                                std::size_t(in.channels),
                        in.at(sx, sy), std::size_t(in.channels));
        }
    return out;
}

} // namespace pellucid

#include "core/pstate/ImagePresentation.h"

#include <algorithm>
#include <cstring>

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
        out.shutter.bitmap = out.bitmapShutter = findPlane(*state.bitmapShutterGroup);
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

} // namespace pellucid

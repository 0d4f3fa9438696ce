#pragma once

#include "core/pstate/DisplayImage.h"
#include "core/pstate/PresentationState.h"

#include <QSize>
#include <QString>

#include <memory>
#include <optional>
#include <utility>
#include <variant>

namespace pellucid {

struct RenderRequest {
    int frame = 0;                                   // 0-based
    std::optional<std::pair<double, double>> window; // center, width; else the file's own
    QSize size;                                      // empty: one pixel a pixel
    bool overlays = true;                            // burn in 60xx overlays
    // A presentation state to apply (PS3.4 N.2): its grey steps, shutters, activated overlays,
    // rotation and flip; the image at its own resolution after them, as DCMTK's dcmp2pgm.
    std::shared_ptr<const PresentationState> state;
    // With a state: crop and scale to its displayed area (displayedAreaOf) before `size`.
    bool displayedArea = false;
    // An XA/XRF frame minus its mask frames where the image's Mask Subtraction Sequence asks.
    bool subtractMasks = true;
};

struct RenderedFrame {
    DisplayImage image;
    QString windowUsed; // how the grey levels were chosen, e.g. "file window 1 of 2: 40/400"
    std::vector<std::string> warnings; // what of the presentation state could not be applied
};

// One frame as a radiologist should see it, painted by the viewport's own SlicePicture so that
// `pellucid-cli render`, the thumbnails and the viewport agree by construction: modality values
// (Modality LUT or rescale, PS3.3 C.11.1), the VOI window (the given one, else defaultWindow(): the
// file's first window, else the automatic window the viewport starts with) or, for an image with
// a VOI LUT Sequence and no window, that table (core/pstate GrayscaleStepsLut), MONOCHROME1
// inverted, overlays in white, and the Display Shutter (PS3.3 C.7.6.11) painted as the viewport
// paints it. Color frames are not windowed. With a presentation state, its pipeline (PS3.4 N.2).
// `size` letterboxes the image into exactly that size, respecting the pixel aspect ratio (see
// letterbox()).
std::variant<RenderedFrame, QString> renderFrame(const QString& file, const RenderRequest& request);

} // namespace pellucid

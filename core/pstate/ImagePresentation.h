#pragma once

#include "core/pstate/DisplayImage.h"
#include "core/pstate/PresentationState.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pellucid {

// What one presentation state sets for one frame of one image (the items of its sequences that
// list the image, or list none): the grey steps with the VOI that applies, the window to start
// from, the shutter, the overlays it activates (with the grey of their layer), the displayed
// area, the spatial transformation and the annotations to draw.
struct ImagePresentation {
    GrayscaleSteps grayscale;
    std::optional<std::pair<double, double>> window; // the state's VOI window
    DisplayShutter shutter;                // its bitmap, if any, in the state or the image
    std::vector<OverlayPlane> overlays;    // activated, with `shown` gray each
    std::vector<std::uint8_t> overlayGray; // 8-bit value of each overlay's layer
    std::optional<DisplayedArea> displayedArea;
    int rotation = 0;
    bool flip = false;
    std::vector<const GraphicAnnotation*> annotations;
    const std::vector<PaletteLut>* palette = nullptr;      // Pseudo-Color: grey to RGB
    const std::vector<std::uint8_t>* iccProfile = nullptr; // Color, Pseudo-Color
};

// `frame` is 1-based. `imageOverlays` are the image's own planes for that frame (an overlay the
// state activates may be the image's, PS3.3 C.11.7); the result points into `state` and
// `imageOverlays`, which must outlive it.
ImagePresentation presentationFor(const PresentationState& state, const std::string& sopInstanceUid,
                                  int frame, const std::vector<OverlayPlane>& imageOverlays);

// The displayed area (PS3.3 C.10.4) of an image after the state's rotation and flip: the
// corners, given in the unrotated image's 1-based pixels, cropped out of `transformed` (pixels
// beyond the image are black), then scaled by the magnification for MAGNIFY; SCALE TO FIT and
// TRUE SIZE keep one pixel a pixel (the caller fits or sizes it).
DisplayImage displayedAreaOf(const DisplayImage& transformed, const DisplayedArea& area,
                             int columns, int rows, int rotation, bool flip);

// Rotates clockwise by `rotation` degrees (0, 90, 180, 270), then flips left to right, as
// PS3.3 C.10.6 orders them.
DisplayImage spatiallyTransformed(const DisplayImage& image, int rotation, bool flip);

} // namespace pellucid

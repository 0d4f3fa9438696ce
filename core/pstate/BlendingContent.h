#pragma once

#include "core/pixel/PixelDescription.h"
#include "core/pstate/GrayscaleSteps.h"
#include "core/pstate/PresentationState.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

class DcmItem;

namespace pellucid {

// One input of a Blending Softcopy Presentation State (PS3.3 C.11.14, Blending Sequence item):
// the images, and the Modality LUT and Softcopy VOI LUT that apply to them before blending.
struct BlendingInput {
    std::string studyInstanceUid;
    std::vector<std::string> seriesUids; // Referenced Series Sequence > Series Instance UID
    ImageSelection images;               // every image of every referenced series
    GrayscaleSteps grayscale;            // the item's Modality LUT (rescale or table), if any
    std::vector<SoftcopyVoi> vois;
    bool hasModalityTransform() const { return grayscale.rescale || grayscale.modalityLut; }
};

// What a Blending Softcopy Presentation State (PS3.3 A.33.4) holds besides what every state
// holds: the underlying (greyscale) and superimposed (pseudo-colored) inputs, the palette the
// superimposed one goes through (PS3.3 C.7.9), the Relative Opacity of the superimposed image
// (0070,0403) and the ICC profile of the blended result (PS3.3 C.11.15).
struct BlendingContent {
    BlendingInput underlying, superimposed;
    std::optional<std::vector<PaletteLut>> palette; // red, green, blue; segmented ones unrolled
    double relativeOpacity = 0.5;
    std::vector<std::uint8_t> iccProfile; // as stored; not applied yet
};

// Reads the Presentation State Blending module, the Palette Color Lookup Table module and the
// ICC Profile of `dataset` tolerantly: an input that is missing or listed twice, a palette that
// does not read, an opacity outside 0..1 are left out (or replaced by the default stated in the
// message) and described in `problems`.
BlendingContent readBlendingContent(DcmItem& dataset, std::vector<std::string>& problems);

} // namespace pellucid

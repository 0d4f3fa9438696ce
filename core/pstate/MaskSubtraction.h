#pragma once

#include "core/measure/SliceSamples.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

class DcmItem;

namespace pellucid {

// Mask subtraction of an XA/XRF multi-frame image (PS3.3 C.7.6.10 Mask Subtraction Sequence,
// applied after the Modality LUT as PS3.4 N.2.1.1 orders it): a contrast frame shows minus the
// average of its mask frames (AVG_SUB). Frames are 0-based here (DICOM counts from 1).
struct MaskSubtraction {
    std::vector<int> maskFrames;
    std::optional<std::pair<int, int>> applicableFrames; // inclusive; none: every frame

    // The first item of the image's Mask Subtraction Sequence when it is an AVG_SUB one with mask
    // frames; a TID (time interval) item or one without masks is reported and left out.
    static std::optional<MaskSubtraction> read(DcmItem& dataset,
                                               std::vector<std::string>* problems = nullptr);
    // A frame in the applicable range that is not itself a mask.
    bool appliesTo(int frame) const;
};

// contrast - average(masks), pixel by pixel, as modality values in float (grey slices of one
// size; a mask of another size or colour is left out).
std::vector<float> subtractMasks(const SliceSamples& contrast,
                                 const std::vector<SliceSamples>& masks);

} // namespace pellucid

#pragma once

#include "core/pstate/GrayscaleSteps.h"

#include <optional>

class DcmItem;

namespace pellucid {

struct PixelDescription;

// An image's own grey steps when it has a VOI LUT Sequence and no window (PS3.3 C.11.2): its
// Modality LUT (rescale or table), its first VOI LUT, MONOCHROME1 as it says; for
// GrayscaleStepsLut, so that such images go through the one pipeline too. Nothing for images
// with a window (the fast window path applies) or without a VOI LUT.
std::optional<GrayscaleSteps> imageVoiLutSteps(DcmItem& dataset, const PixelDescription& pixels);

} // namespace pellucid

#pragma once

#include "core/pstate/LutData.h"

#include <memory>
#include <optional>
#include <utility>

namespace pellucid {

// What a presentation state sets for the grey steps of PS3.4 N.2 (Figure N.2-1): its own
// Modality LUT (PS3.3 C.11.1: a rescale, a table, or none at all: the state's Modality LUT
// module replaces the image's, and without it the stored values pass unchanged), the VOI (a
// table, else the window the viewport holds, or nothing: values scaled linearly over their
// range) and the Presentation LUT (IDENTITY, INVERSE or a table, PS3.3 C.11.6).
struct GrayscaleSteps {
    std::optional<std::pair<double, double>> rescale; // slope, intercept
    std::shared_ptr<const LutData> modalityLut;       // when no rescale
    std::shared_ptr<const LutData> voiLut;            // replaces the window
    bool noVoi = false;                               // neither table nor window
    bool inverse = false;                             // Presentation LUT Shape INVERSE
    std::shared_ptr<const LutData> presentationLut;   // replaces the shape
    // The image's own steps, no state: its own Modality LUT (given above) and MONOCHROME1 shown
    // as DicomImage shows it without a presentation state (PS3.4 N.2: the Presentation LUT
    // Shape then follows the Photometric Interpretation).
    bool ownImage = false;
};

} // namespace pellucid

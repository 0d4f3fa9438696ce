#pragma once

#include "core/measure/SliceSamples.h"
#include "core/pstate/GrayscaleSteps.h"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace pellucid {

struct PixelDescription;

// The 8-bit output of every stored value of an image under a presentation state's grey steps
// and a window, computed once by DCMTK's dcmimgle on a ramp image that holds each stored value
// once (same Bits Stored, Pixel Representation and Photometric Interpretation, the state's
// Modality LUT, VOI and Presentation LUT set as DVPresentationState sets them), so that a
// state's pixels equal `dcmp2pgm`'s by construction. Applying it to a slice of modality values
// (as core/pixel makes them with the image's own Modality LUT) is a table lookup: each stored
// value is mapped forward to the image's modality value it became.
class GrayscaleStepsLut {
public:
    struct Window {
        double center = 0, width = 0;
        bool inverted = false; // the user's inversion on top of the state's
    };
    static std::variant<GrayscaleStepsLut, std::string>
    build(const PixelDescription& image, const GrayscaleSteps& steps, const Window& window);

    // Writes samples.pixelCount() bytes; color slices are not for this table.
    void apply(const SliceSamples& samples, std::uint8_t* out) const;

private:
    std::vector<std::uint8_t> byModality_; // index: modality value + 32768 (UInt8, Int16)
    std::vector<std::uint8_t> byStored_;   // index: stored value - minStored_ (Float32)
    int minStored_ = 0;
    double slope_ = 1, intercept_ = 0; // the image's rescale, to go back from Float32 values
};

} // namespace pellucid

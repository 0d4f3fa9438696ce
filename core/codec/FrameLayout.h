#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace pellucid {

// What one decoded frame looks like in memory, as every decoder in core/codec delivers it and
// the pixel pipeline consumes it:
// - samples interleaved pixel by pixel (R G B R G B ... for three samples), rows top to bottom;
// - each sample in a container of `bitsAllocated` bits (8, 16 or 32) in host byte order;
// - values right-aligned; when `pixelRepresentation` is 1 they are sign-extended to the full
//   container (two's complement), else the bits above `bitsStored` are zero.
struct FrameLayout {
    int rows = 0;
    int columns = 0;
    int samplesPerPixel = 1;
    int bitsAllocated = 16;
    int bitsStored = 16;
    int pixelRepresentation = 0; // 0 unsigned, 1 signed

    std::size_t bytesPerSample() const { return static_cast<std::size_t>(bitsAllocated / 8); }
    std::size_t frameBytes() const {
        return static_cast<std::size_t>(rows) * static_cast<std::size_t>(columns) *
               static_cast<std::size_t>(samplesPerPixel) * bytesPerSample();
    }
};

// What a decoder learnt while decoding, for the caller to reconcile with the header.
struct DecodedFrameInfo {
    // The color model of the decoded samples: "MONOCHROME2" style values pass through
    // unchanged; a codec that applied its own color transform (JPEG 2000 ICT/RCT, JPEG YCbCr)
    // reports "RGB".
    std::string photometricInterpretation;
};

} // namespace pellucid

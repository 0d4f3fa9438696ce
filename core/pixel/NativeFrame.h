#pragma once

#include "core/pixel/PixelDescription.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace pellucid {

// Bytes one native (uncompressed) frame occupies in Pixel Data. 1-bit frames are counted in
// bits because they need not start on a byte boundary; YBR_FULL_422 stores two bytes a pixel.
std::uint64_t nativeFrameBits(const PixelDescription& description);

// Converts one frame of native pixel data as stored into the FrameLayout convention of
// description.decodedLayout(): host byte order, the High Bit's window of Bits Stored moved to
// bit 0 and sign-extended when signed, 1-bit pixels as 0/1 bytes, planar color interleaved,
// YBR_FULL(_422) and PALETTE COLOR converted to RGB.
// `stored` holds the frame's bytes starting at bit `bitOffset` (0 except for 1-bit multi-frame
// data); `storedSize` bounds what may be read.
std::string unpackNativeFrame(const std::uint8_t* stored, std::size_t storedSize,
                              unsigned bitOffset, bool bigEndian,
                              const PixelDescription& description, std::uint8_t* out,
                              std::size_t outSize);

// Normalises samples that a codec delivered in the stored layout's container (interleaved,
// host order) in place: masks to Bits Stored at High Bit and sign-extends, then applies the
// photometric conversions a codec leaves to us (YBR_FULL to RGB, PALETTE COLOR to RGB).
// `photometric` is what the samples are now (a codec may have converted YBR to RGB already).
// For PALETTE COLOR, `in` (indexes) and `out` (RGB) must not overlap.
std::string finishDecodedFrame(const std::uint8_t* in, std::size_t inSize,
                               const std::string& photometric, const PixelDescription& description,
                               std::uint8_t* out, std::size_t outSize);

} // namespace pellucid

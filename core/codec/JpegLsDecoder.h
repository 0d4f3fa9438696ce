#pragma once

#include "core/codec/FrameLayout.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace pellucid {

// Decodes one JPEG-LS frame (lossless .80 or near-lossless .81) with the system CharLS 2.
// Writes exactly expected.frameBytes() bytes to `out`, in the layout documented in
// core/codec/FrameLayout.h: samples interleaved by pixel whatever the stream's interleave mode
// (none / line / sample), sign-extended when PixelRepresentation is 1. The stream's width,
// height and component count must equal Columns, Rows and Samples per Pixel; its precision P
// may differ from Bits Stored as long as it fits Bits Allocated (DCMTK writes P 16 for Bits
// Stored 12): values are then taken from the low min(P, Bits Stored) bits. HP color transforms
// are undone by CharLS and reported as "RGB" in info->photometricInterpretation, which is left
// empty otherwise (the samples are as the header describes them). Returns "" on success, else a
// one-line reason; never writes outside `out`, never throws. Safe to call from several threads.
std::string decodeJpegLs(const std::uint8_t* data, std::size_t size, const FrameLayout& expected,
                         std::uint8_t* out, std::size_t outSize, DecodedFrameInfo* info);

} // namespace pellucid

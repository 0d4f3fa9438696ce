#pragma once

#include "core/codec/FrameLayout.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace pellucid {

// Decodes one JPEG 2000 frame with OpenJPEG: a raw codestream (FF4F FF51...) or a JP2 file
// (some writers wrap it). High-Throughput JPEG 2000 (Part 15; transfer syntaxes .201-.203)
// goes the same way, OpenJPEG 2.5 decodes it.
// Writes exactly expected.frameBytes() bytes to `out` in the FrameLayout convention. The
// codestream's size and component count must equal Columns, Rows and Samples per Pixel.
// Sign: when the codestream is unsigned but Pixel Representation says signed (a known writer
// bug, pydicom's J2K_pixelrep_mismatch.dcm), its values are read as two's complement of the
// codestream's precision, as GDCM and pydicom do; a signed codestream under an unsigned header
// keeps its bit pattern. When OpenJPEG undid a color transform (ICT/RCT),
// info->photometricInterpretation is "RGB". Returns "" or a one-line reason; never writes
// outside `out`, never throws; safe on several threads.
std::string decodeJpeg2000(const std::uint8_t* data, std::size_t size, const FrameLayout& expected,
                           std::uint8_t* out, std::size_t outSize, DecodedFrameInfo* info);

} // namespace pellucid

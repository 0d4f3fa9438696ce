#pragma once

#include <string>

namespace pellucid {

// Registers with DCMTK's codec list a decoder for JPEG 2000 (.90, .91; OpenJPEG) and one for
// JPEG-LS (.80, .81; the system CharLS), both built on core/codec's frame decoders, so that
// DcmDataset::chooseRepresentation, DcmPixelData::getUncompressedFrame and DicomImage read these
// syntaxes like any other. DCMTK 3.6.7 ships no JPEG 2000 codec at all; its own JPEG-LS codec is
// not registered because its bundled CharLS 1 exports the same C symbols as the system CharLS 2
// with other signatures, so one process must not use both. HTJ2K (.201-.203) is not in DCMTK
// 3.6.7's transfer syntax table; InstancePixels decodes it directly.
// ensureDcmtkCodecs() does ensureDcmtkReady(), then registers DCMTK's own RLE and baseline/lossless
// JPEG decoders and these two, once per process; any thread may call it any number of times.
// Whoever decompresses through DCMTK (DcmDataset, DicomImage) calls it first.
// Returns "" or why DCMTK cannot decode.
std::string ensureDcmtkCodecs();

} // namespace pellucid

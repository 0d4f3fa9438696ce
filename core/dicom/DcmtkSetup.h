#pragma once

#include <string>

namespace pellucid {

// Process-wide DCMTK set-up, done once before any DICOM work: the logger level (left at its
// default, DCMTK formats messages nobody reads and slows bulk imports several-fold), the data
// dictionary check. Safe to call from any thread, any number of times. Returns an empty string on
// success, else why DCMTK cannot be used. Decompression codecs are a floor up: ensureDcmtkCodecs()
// in core/codec/DcmtkDecoderCodec.h.
std::string ensureDcmtkReady();

} // namespace pellucid

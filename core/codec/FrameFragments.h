#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace pellucid {

// Which fragments of an encapsulated pixel sequence hold which frame (PS3.5 A.4): by the
// Extended Offset Table when there is one, else by the Basic Offset Table, else one fragment a
// frame when the counts agree, else by where a fragment starts a new codestream (one frame
// split over several fragments, the offset table left empty, as many writers do).
struct FragmentSpan {
    std::size_t first = 0; // index into the fragments (the offset table item excluded)
    std::size_t count = 0;
};

struct FragmentMapInput {
    std::vector<std::uint32_t> fragmentLengths; // each fragment's value length
    std::vector<std::uint32_t> basicOffsets;    // item 0 parsed; empty when it is empty
    std::vector<std::uint64_t> extendedOffsets; // (7FE0,0001), when present
    int frames = 1;
    // True when fragment i starts a codestream (JPEG SOI, J2K SOC, JP2 signature); may be
    // empty, then frames split over fragments without an offset table cannot be mapped.
    std::function<bool(std::size_t)> startsCodestream;
};

std::variant<std::vector<FragmentSpan>, std::string>
mapFramesToFragments(const FragmentMapInput& input);

// Does this fragment begin a JPEG, JPEG-LS, JPEG 2000 codestream or JP2 file?
bool beginsCodestream(const std::uint8_t* bytes, std::size_t size);

// The Basic Offset Table item's bytes as offsets (little endian 32-bit words).
std::vector<std::uint32_t> parseBasicOffsets(const std::uint8_t* bytes, std::size_t size,
                                             bool bigEndian = false);

} // namespace pellucid

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pellucid {

class InputFile;

// Where the value of Pixel Data lies in a file: one run of bytes (native), or the items of an
// encapsulated pixel sequence (fragments; item 0 is the Basic Offset Table, maybe empty).
struct PixelFragment {
    std::uint64_t offset = 0;
    std::uint32_t length = 0;
};

struct PixelDataLocation {
    bool encapsulated = false;
    bool bigEndian = false;
    std::uint64_t offset = 0;         // native: the first value byte
    std::uint64_t length = 0;         // native: the value length
    std::vector<PixelFragment> items; // encapsulated: every item, the offset table first
    std::uint64_t end = 0;            // just after the element (and its delimiter)
    bool explicitVr = true;           // how the element header was encoded
};

// Reads the Pixel Data element whose header DCMTK parsing stopped right after (`valueOffset`),
// checking that it fits in the file: a defined length must, and an encapsulated value must be
// a chain of items closed by a sequence delimiter. `located` is empty when the bytes before
// `valueOffset` are not a Pixel Data header at all (parsing ended for another reason).
struct PixelDataScan {
    std::optional<PixelDataLocation> located;
    std::string problem; // the file is cut short or malformed
};
PixelDataScan locatePixelData(const InputFile& file, std::uint64_t valueOffset, bool explicitVr,
                              bool bigEndian);

// What follows Pixel Data (padding, signatures) must be whole too. Empty when it is, or when it
// does not look like DICOM elements at all (a few zero bytes, vendor junk: not ours to judge).
std::string trailingElementsProblem(const InputFile& file, std::uint64_t pos, bool explicitVr,
                                    bool bigEndian);

} // namespace pellucid

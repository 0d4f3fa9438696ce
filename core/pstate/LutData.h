#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

class DcmItem;

namespace pellucid {

// A lookup table as DICOM stores it (PS3.3 C.11.1.1.1, C.11.2.1.1, C.11.6.1.1): the three LUT
// Descriptor values (number of entries, 0 meaning 65536; first value mapped; bits per entry)
// and LUT Data, one 16-bit word an entry. Kept as stored so that DCMTK's dcmimgle, which the
// grey pipeline hands it to, interprets it exactly as `dcmp2pgm` does.
struct LutData {
    std::uint16_t descriptor[3] = {0, 0, 16};
    std::vector<std::uint16_t> data;
    std::string explanation; // LUT Explanation, UTF-8 as read

    std::size_t entries() const { return descriptor[0] == 0 ? 65536 : descriptor[0]; }
    // Reads LUT Descriptor, LUT Data and LUT Explanation of one item of a Modality, VOI or
    // Presentation LUT Sequence. A descriptor that lies about the data (more entries than
    // the data holds, bits outside 8..16) gives nullopt and a reason in `problem`.
    static std::optional<LutData> read(DcmItem& item, std::string* problem = nullptr);
};

} // namespace pellucid

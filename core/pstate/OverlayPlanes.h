#pragma once

#include <cstdint>
#include <string>
#include <vector>

class DcmItem;

namespace pellucid {

// One overlay plane (PS3.3 C.9.2, groups 6000-601E) for one image frame, unpacked. Overlay
// pixel (r, c) lies on image pixel (originRow + r, originColumn + c), 0-based (DICOM's Overlay
// Origin is 1-based); the origin may lie outside the image, and so may part of the plane.
struct OverlayPlane {
    int group = 0x6000;
    int rows = 0, columns = 0;
    int originRow = 0, originColumn = 0; // 0-based
    std::vector<std::uint8_t> bits;      // rows * columns, one byte a pixel, 0 or 1
    std::string type;                    // "G" graphics, "R" region of interest
    std::string label, description;      // Overlay Label, Overlay Description (UTF-8)

    // Whether the overlay covers image pixel (row, column).
    bool at(int row, int column) const {
        const int r = row - originRow, c = column - originColumn;
        return r >= 0 && c >= 0 && r < rows && c < columns &&
               bits[std::size_t(r) * std::size_t(columns) + std::size_t(c)] != 0;
    }
};

// The overlays that apply to image frame `frame` (0-based). A multi-frame overlay (Number of
// Frames in Overlay) applies to frames Image Frame Origin .. + count - 1 (1-based origin,
// default 1), its frames packed one after the other; without Number of Frames in Overlay the
// plane applies to every frame. Overlays stored in the pixel data's unused bits (retired, Bits
// Allocated != 1) and planes whose data is too short are skipped.
std::vector<OverlayPlane> readOverlays(DcmItem& dataset, int frame);

} // namespace pellucid

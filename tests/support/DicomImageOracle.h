#pragma once

#include "core/pstate/DisplayImage.h"

#include <optional>
#include <string>
#include <utility>

namespace pellucid::test {

// What DCMTK's DicomImage shows for one frame of a native (uncompressed) file: the reference
// the core display pipeline is checked against. Modality LUT (rescale or LUT Sequence); VOI:
// `window` (center, width), else the file's first window, else its first VOI LUT Sequence
// item, else the frame's minimum/maximum; MONOCHROME1 inverted; overlays in white when asked.
// 8 bits a sample, grey or RGB. Null image and `error` set when DicomImage cannot show it.
struct OracleRequest {
    int frame = 0;
    std::optional<std::pair<double, double>> window;
    bool overlays = false;
};
DisplayImage renderWithDicomImage(const std::string& file, const OracleRequest& request,
                                  std::string* error = nullptr);

// The largest difference between two images of the same size and channels, per sample; -1
// when their sizes or channels differ.
int worstDifference(const DisplayImage& a, const DisplayImage& b, long long* differing = nullptr);

} // namespace pellucid::test

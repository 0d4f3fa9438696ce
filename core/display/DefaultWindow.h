#pragma once

#include "core/measure/SliceSamples.h"

#include <string>
#include <utility>
#include <vector>

class DcmItem;

namespace pellucid {

// The VOI windows a header offers (Window Center/Width, PS3.3 C.11.2), with their
// explanations; windows narrower than 1 (invalid, C.11.2.1.2) are left out.
struct FileWindows {
    std::vector<std::pair<double, double>> windows; // center, width
    std::vector<std::string> names;                 // Window Center & Width Explanation
};
FileWindows readFileWindows(DcmItem& dataset);

// The window a slice is first shown with, the one rule of the viewport, the thumbnails and
// `pellucid-cli render`: color images unwindowed (127.5/256, the identity), else the file's
// first window, else autoWindow() over the slice's values.
enum class WindowSource { Color, File, Automatic };
struct DefaultWindow {
    double center = 127.5, width = 256;
    WindowSource source = WindowSource::Color;
};
DefaultWindow defaultWindow(const std::vector<std::pair<double, double>>& fileWindows,
                            const SliceSamples& slice);

} // namespace pellucid

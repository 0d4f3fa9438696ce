#pragma once

#include "core/pstate/PresentationStateContent.h"

#include <QString>

#include <filesystem>
#include <vector>

namespace pellucid {

class SliceViewport;

// What "Save presentation state" keeps of a viewport (PS3.3 A.33.1): the window, the rotation and
// flip, the displayed area from the zoom and pan, and the measurements as graphics with their
// figures as text, in a MEASUREMENTS layer, each on the image it was drawn on. The images are the
// shown one and every one that carries a measurement; `files` names each image's file, and the
// datasets are left for the saver to read (off the GUI thread).
struct CapturedViewportState {
    PresentationStateContent content; // images[i].dataset still null
    std::vector<std::filesystem::path> files;
};
CapturedViewportState captureViewportState(const SliceViewport& viewport, const QString& label,
                                           const QString& description, const QString& creator);

} // namespace pellucid

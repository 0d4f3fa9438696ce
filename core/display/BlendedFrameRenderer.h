#pragma once

#include "core/display/FrameRenderer.h"

#include <filesystem>
#include <vector>

namespace pellucid {

// One frame of the underlying image of a Blending Softcopy Presentation State (request.state,
// whose `blending` is set), as PS3.4 N.2.4 shows it: the frame through its input's Modality LUT
// and VOI (request.window replaces the VOI) to grey; the superimposed series, read from
// `superimposedFiles` (those the state lists; others are skipped), resampled onto the frame's
// pixel centers through patient coordinates, through its input's VOI and the palette; blended
// with the Relative Opacity; then the state's rotation and flip, and `size` letterboxing as
// renderFrame does. RGB at the underlying image's resolution. Without superimposed images the
// frame is rendered grey, with a warning; the ICC profile is not applied (see warnings).
std::variant<RenderedFrame, QString>
renderBlendedFrame(const QString& underlyingFile, const RenderRequest& request,
                   const std::vector<std::filesystem::path>& superimposedFiles);

} // namespace pellucid

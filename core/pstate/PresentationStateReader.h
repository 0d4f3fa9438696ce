#pragma once

#include "core/pstate/PresentationState.h"

#include <string>
#include <variant>

class DcmItem;

namespace pellucid {

// Reads a Softcopy Presentation State tolerantly (PS3.3 A.33): every module part that is valid
// is kept; an invalid one (a LUT whose descriptor lies, an unknown graphic type, coordinates
// that are not numbers, a layer no Graphic Layer Sequence item names) is left out and described
// in `problems`. Fails only when the object is not a presentation state at all.
std::variant<PresentationState, std::string> readPresentationState(DcmItem& dataset);

} // namespace pellucid

#pragma once

#include "core/sr/StructuredReport.h"

#include <string>

namespace pellucid {

// A report as indented plain text: the header (type, flags, observers, predecessors), then each
// content item on its line, a level deeper for each tree level: relationship, value type,
// concept (meaning and code), value (codes by meaning with the code, numbers with their units,
// references by UID, coordinates as numbers), "[invalid]" where DCMTK found the value invalid.
std::string reportAsText(const StructuredReport& report);

} // namespace pellucid

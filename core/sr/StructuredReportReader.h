#pragma once

#include "core/sr/StructuredReport.h"

#include <string>
#include <variant>

class DcmItem;

namespace pellucid {

// Reads any document DCMTK's dcmsr knows (every SR IOD and Key Object Selection, PS3.3 A.35,
// A.59) tolerantly, as dsrdump -Er -Ev -Ec -Ee reads: unknown relationships, invalid values and
// broken constraints are kept and marked (SrItem::valid), content item errors do not abort the
// document; what DCMTK reported is in `problems`. Text is UTF-8 through core/charset. Fails only
// when the object is no structured report at all.
std::variant<StructuredReport, std::string> readStructuredReport(DcmItem& dataset);

} // namespace pellucid

#pragma once

#include "core/sr/StructuredReport.h"

#include <string>

namespace pellucid {

// A report as one self-contained HTML page (UTF-8): the header, then the content tree as nested
// lists; codes show their meaning with the code value and scheme as the hover title, numbers
// their units, invalid items are marked, by-reference items link to their target.
std::string reportAsHtml(const StructuredReport& report);

} // namespace pellucid

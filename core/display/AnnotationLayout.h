#pragma once

#include <array>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

class DcmItem;

namespace pellucid {

struct CornerTexts {
    std::string topLeft, topRight, bottomLeft, bottomRight; // lines separated by '\n'
};

// Four-corner annotation templates per modality. A line is literal text with tokens in braces:
// {Keyword} is a DICOM attribute (see headerValues), the viewer tokens {Image} ("12 / 120"),
// {Frame}, {SlicePosition}, {Window} ("W 400 L 40") and {Zoom} are filled by the viewport.
// A line with tokens that are all empty is dropped; a line without tokens is kept. Within a
// line, parts separated by two or more spaces are dropped the same way, so the line
// "{KVP} kV  {Exposure} mAs" shows "120 kV" when the exposure is unknown. "{{" and "}}" are
// literal braces.
struct AnnotationTemplate {
    // Lines of the top left, top right, bottom left and bottom right corners.
    std::array<std::vector<std::string>, 4> corners;
};
struct AnnotationTemplates {
    std::map<std::string, AnnotationTemplate> byModality; // always has "default"
    // The template of `modality`, else "default".
    const AnnotationTemplate& forModality(const std::string& modality) const;
    // Every token any template uses, without braces.
    std::set<std::string> tokens() const;
};

// resources/annotations.json, compiled into pellucid_core.
const AnnotationTemplates& builtInAnnotationTemplates();

// A template file: {"templates": [{"modalities": ["CT"], "topLeft": ["{PatientName}", ...],
// "topRight": [...], "bottomLeft": [...], "bottomRight": [...]}, ...]}, one template listing
// "default". Returns the templates or a message saying what is wrong and where.
std::variant<AnnotationTemplates, std::string> parseAnnotationTemplates(std::string_view json);

using TokenValues = std::function<std::string(std::string_view token)>;

// The corners of `modality`'s built-in template, tokens replaced by valueOf(token).
CornerTexts fillAnnotations(const std::string& modality, const TokenValues& valueOf);
CornerTexts fillAnnotations(const AnnotationTemplates& templates, const std::string& modality,
                            const TokenValues& valueOf);

// The tokens the viewport fills (not DICOM keywords).
bool isViewerToken(std::string_view token);

// The DICOM attributes the built-in templates (or `templates`) use, read from the top level of
// `dataset` (else from a macro of its Shared Functional Groups) as UTF-8 through its Specific
// Character Set, formatted for display: dates YYYY-MM-DD, times HH:MM:SS, person names "Family,
// Given Middle" (other representations in parentheses), decimals without trailing zeros, several
// values joined by ", ". Absent and empty attributes are left out.
std::map<std::string, std::string> headerValues(DcmItem& dataset);
std::map<std::string, std::string> headerValues(DcmItem& dataset,
                                                const AnnotationTemplates& templates);

} // namespace pellucid

#include "core/sr/ReportText.h"

#include <sstream>

namespace pellucid {

namespace {

// One item a line: line breaks inside a TEXT value are shown as \r and \n, as dsrdump does.
std::string escaped(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\r')
            out += "\\r";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

std::string codeText(const SrCode& c) {
    if (c.empty())
        return {};
    std::string out = c.meaning.empty() ? c.value : c.meaning;
    if (!c.value.empty())
        out += " (" + c.value + (c.scheme.empty() ? "" : ", " + c.scheme) + ")";
    return out;
}

std::string valueText(const SrItem& item) {
    const std::string& t = item.valueType;
    if (t == "CODE")
        return codeText(item.code);
    if (t == "NUM")
        return item.text + (item.code.empty() ? "" : " " + codeText(item.code));
    if (t == "IMAGE" || t == "COMPOSITE" || t == "WAVEFORM") {
        std::string out = item.referencedSopInstance;
        if (!item.frames.empty()) {
            out += " frames";
            for (int f : item.frames)
                out += " " + std::to_string(f);
        }
        if (!item.presentationState.empty())
            out += " with presentation state " + item.presentationState;
        return out;
    }
    if (t == "SCOORD" || t == "SCOORD3D" || t == "TCOORD") {
        std::ostringstream out;
        out << item.graphicType;
        for (float v : item.graphicData)
            out << ' ' << v;
        if (!item.frameOfReference.empty())
            out << " in frame of reference " << item.frameOfReference;
        return out.str();
    }
    if (t == "by reference")
        return item.referencedPosition.empty() ? "(missing target)" : item.referencedPosition;
    return escaped(item.text);
}

} // namespace

std::string reportAsText(const StructuredReport& r) {
    std::ostringstream out;
    out << r.documentType << "\n";
    if (!r.title.empty())
        out << "Title: " << codeText(r.title) << "\n";
    if (!r.completionFlag.empty() || !r.verificationFlag.empty())
        out << "Completion: " << r.completionFlag << "; verification: " << r.verificationFlag
            << "\n";
    for (const std::string& o : r.verifyingObservers)
        out << "Verified by: " << o << "\n";
    for (const std::string& p : r.predecessors)
        out << "Predecessor: " << p << "\n";
    if (!r.contentDate.empty())
        out << "Content date/time: " << r.contentDate << " " << r.contentTime << "\n";
    out << "\n";
    for (const SrItem& item : r.items) {
        out << std::string(std::size_t(2 * (item.level - 1)), ' ');
        if (!item.relationship.empty())
            out << item.relationship << " ";
        out << item.valueType;
        if (!item.conceptName.empty())
            out << " " << codeText(item.conceptName);
        if (!item.templateId.empty())
            out << " [TID " << item.templateId << "]";
        if (const std::string v = valueText(item); !v.empty())
            out << " = " << v;
        if (!item.valid)
            out << " [invalid]";
        out << "\n";
    }
    for (const std::string& p : r.problems)
        out << "Warning: " << p << "\n";
    return out.str();
}

} // namespace pellucid

#include "core/sr/ReportHtml.h"

#include <sstream>

namespace pellucid {

namespace {

std::string escaped(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\n':
            out += "<br>";
            break;
        case '\r':
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string code(const SrCode& c) {
    if (c.empty())
        return {};
    const std::string shown = escaped(c.meaning.empty() ? c.value : c.meaning);
    return "<abbr title=\"" + escaped(c.value) + " (" + escaped(c.scheme) + ")\">" + shown +
           "</abbr>";
}

std::string value(const SrItem& item) {
    const std::string& t = item.valueType;
    if (t == "CODE")
        return code(item.code);
    if (t == "NUM")
        return escaped(item.text) + " " + code(item.code);
    if (t == "IMAGE" || t == "COMPOSITE" || t == "WAVEFORM") {
        std::string out = "<code>" + escaped(item.referencedSopInstance) + "</code>";
        for (int f : item.frames)
            out += " frame " + std::to_string(f);
        if (!item.presentationState.empty())
            out += " (presentation state <code>" + escaped(item.presentationState) + "</code>)";
        return out;
    }
    if (t == "SCOORD" || t == "SCOORD3D" || t == "TCOORD") {
        std::ostringstream out;
        out << escaped(item.graphicType);
        for (float v : item.graphicData)
            out << ' ' << v;
        return out.str();
    }
    if (t == "by reference")
        return item.referencedPosition.empty()
                   ? std::string("(missing target)")
                   : "<a href=\"#" + escaped(item.referencedPosition) + "\">" +
                         escaped(item.referencedPosition) + "</a>";
    if (t == "CONTAINER")
        return {};
    return escaped(item.text);
}

} // namespace

std::string reportAsHtml(const StructuredReport& r) {
    std::ostringstream out;
    const std::string title = escaped(r.title.meaning.empty() ? r.documentType : r.title.meaning);
    out << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" << title
        << "</title><style>.invalid{color:#c60}.rel{color:#666;font-size:smaller}"
           "abbr{text-decoration:none}</style></head><body>\n<h1>"
        << title << "</h1>\n<p>" << escaped(r.documentType);
    if (!r.completionFlag.empty())
        out << " · " << escaped(r.completionFlag) << " · " << escaped(r.verificationFlag);
    if (!r.contentDate.empty())
        out << " · " << escaped(r.contentDate) << " " << escaped(r.contentTime);
    out << "</p>\n";
    for (const std::string& o : r.verifyingObservers)
        out << "<p>Verified by " << escaped(o) << "</p>\n";
    // Nested lists: a deeper item opens a list inside its parent's open <li>; a sibling or a
    // shallower one closes the items (and lists) it leaves.
    int level = 0;
    for (const SrItem& item : r.items) {
        if (item.level > level) {
            for (; level < item.level; ++level)
                out << "<ul>";
        } else {
            out << "</li>";
            for (; level > item.level; --level)
                out << "</ul></li>";
        }
        out << "\n<li id=\"" << escaped(item.position) << "\""
            << (item.valid ? "" : " class=\"invalid\"") << ">";
        if (!item.relationship.empty())
            out << "<span class=\"rel\">" << escaped(item.relationship) << "</span> ";
        if (!item.conceptName.empty())
            out << "<b>" << code(item.conceptName) << "</b>";
        if (const std::string v = value(item); !v.empty())
            out << (item.conceptName.empty() ? "" : ": ") << v;
        if (!item.valid)
            out << " [invalid]";
    }
    if (level > 0) {
        out << "</li>";
        for (; level > 1; --level)
            out << "</ul></li>";
        out << "</ul>";
    }
    out << "\n";
    for (const std::string& p : r.problems)
        out << "<p class=\"invalid\">" << escaped(p) << "</p>\n";
    out << "</body></html>\n";
    return out.str();
}

} // namespace pellucid

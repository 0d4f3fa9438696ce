#include "core/display/AnnotationLayout.h"

#include "core/dicom/DcmtkSetup.h"
#include "core/dicom/DicomDateTime.h"
#include "core/dicom/DicomText.h"
#include "core/dicom/PersonName.h"
#include "core/display/JsonText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dctag.h>

#include <charconv>
#include <cstdlib>
#include <mutex>
#include <optional>

namespace pellucid {
namespace {

constexpr const char* kCornerNames[4] = {"topLeft", "topRight", "bottomLeft", "bottomRight"};

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    return s;
}

template <typename F> std::string joinValues(std::string_view value, F format) {
    std::string out;
    for (std::string_view v : splitValue(value, '\\')) {
        const std::string shown = format(trimmed(v));
        if (shown.empty())
            continue;
        out += (out.empty() ? "" : ", ") + shown;
    }
    return out;
}

// A part of a line (text between runs of two or more spaces) with its tokens filled.
struct FilledPart {
    std::string text;
    bool tokens = false, values = false; // has tokens; any of them not empty
};

FilledPart fillPart(std::string_view part, const TokenValues& valueOf) {
    FilledPart out;
    for (std::size_t i = 0; i < part.size();) {
        const char c = part[i];
        if ((c == '{' || c == '}') && i + 1 < part.size() && part[i + 1] == c) {
            out.text.push_back(c);
            i += 2;
        } else if (c == '{' && part.find('}', i + 1) != std::string_view::npos) {
            const std::size_t end = part.find('}', i + 1);
            const std::string value = valueOf(part.substr(i + 1, end - i - 1));
            out.tokens = true;
            out.values = out.values || !value.empty();
            out.text += value;
            i = end + 1;
        } else {
            out.text.push_back(c);
            ++i;
        }
    }
    out.text = std::string(trimmed(out.text));
    return out;
}

// nullopt when the line has tokens and all of them are empty; else the line without the parts
// whose tokens are all empty.
std::optional<std::string> fillLine(std::string_view line, const TokenValues& valueOf) {
    std::string out;
    bool tokens = false, values = false;
    std::size_t i = 0;
    while (i < line.size() && line[i] == ' ')
        ++i;
    while (i < line.size()) {
        std::size_t end = line.find("  ", i);
        if (end == std::string_view::npos)
            end = line.size();
        const FilledPart part = fillPart(line.substr(i, end - i), valueOf);
        tokens = tokens || part.tokens;
        values = values || part.values;
        if ((!part.tokens || part.values) && !part.text.empty())
            out += (out.empty() ? "" : "  ") + part.text;
        i = end;
        while (i < line.size() && line[i] == ' ')
            ++i;
    }
    if (tokens && !values)
        return std::nullopt;
    return out;
}

std::string joinLines(const std::vector<std::string>& lines, const TokenValues& valueOf) {
    std::string out;
    bool first = true;
    for (const std::string& line : lines)
        if (auto filled = fillLine(line, valueOf)) {
            out += (first ? "" : "\n") + *filled;
            first = false;
        }
    return out;
}

std::string displayNumber(std::string_view v) {
    const std::string s(v);
    char* end = nullptr;
    const double d = std::strtod(s.c_str(), &end);
    if (s.empty() || end != s.c_str() + s.size())
        return s;
    char text[32];
    const auto r = std::to_chars(text, text + sizeof text, d);
    return r.ec == std::errc() ? std::string(text, r.ptr) : s;
}

std::string displayAge(std::string_view v) {
    std::size_t zeros = 0;
    while (zeros + 2 < v.size() && v[zeros] == '0')
        ++zeros;
    return std::string(v.substr(zeros));
}

// The item that holds `tag`: the data set itself, else (enhanced multi-frame images keep Slice
// Thickness, Repetition Time & co. there) a macro of its Shared Functional Groups.
DcmItem* holderOf(DcmItem& dataset, const DcmTagKey& tag) {
    if (dataset.tagExists(tag))
        return &dataset;
    DcmItem* shared = nullptr;
    if (dataset.findAndGetSequenceItem(DCM_SharedFunctionalGroupsSequence, shared, 0).bad() ||
        !shared)
        return nullptr;
    for (unsigned long i = 0; i < shared->card(); ++i) {
        DcmElement* e = shared->getElement(i);
        if (!e || e->ident() != EVR_SQ)
            continue;
        auto* macro = static_cast<DcmSequenceOfItems*>(e);
        if (macro->card() > 0 && macro->getItem(0)->tagExists(tag))
            return macro->getItem(0);
    }
    return nullptr;
}

std::string formatElement(DcmItem& dataset, const DicomCharset& charset, const DcmTagKey& tag) {
    DcmItem* holder = holderOf(dataset, tag);
    DcmElement* element = nullptr;
    if (!holder || holder->findAndGetElement(tag, element, OFFalse).bad() || !element)
        return {};
    const DicomText text(*holder, charset);
    switch (element->ident()) {
    case EVR_PN:
        return joinValues(text.text(tag), [](std::string_view v) { return displayPersonName(v); });
    case EVR_LO:
    case EVR_SH:
    case EVR_ST:
    case EVR_LT:
    case EVR_UT:
    case EVR_UC:
        return joinValues(text.text(tag), [](std::string_view v) { return std::string(v); });
    case EVR_DA:
        return joinValues(text.date(tag), [](std::string_view v) { return displayDate(v); });
    case EVR_TM:
        return joinValues(text.code(tag), [](std::string_view v) { return displayTime(v); });
    case EVR_DT:
        return joinValues(text.code(tag), [](std::string_view v) { return displayDateTime(v); });
    case EVR_DS:
    case EVR_IS:
        return joinValues(text.code(tag), displayNumber);
    case EVR_AS:
        return joinValues(text.code(tag), displayAge);
    case EVR_CS:
    case EVR_UI:
    case EVR_AE:
    case EVR_UR:
        return joinValues(text.code(tag), [](std::string_view v) { return std::string(v); });
    case EVR_US:
    case EVR_SS:
    case EVR_UL:
    case EVR_SL:
    case EVR_FL:
    case EVR_FD: {
        OFString value;
        if (element->getOFStringArray(value).bad())
            return {};
        return joinValues(std::string_view(value.c_str(), value.length()), displayNumber);
    }
    default: // sequences and binary values have no one-line form
        return {};
    }
}

AnnotationTemplates fallbackTemplates() {
    AnnotationTemplates t;
    t.byModality["default"].corners = {std::vector<std::string>{"{PatientName}", "{PatientID}"},
                                       {"{StudyDate}"},
                                       {"{Image}"},
                                       {"{Window}", "{Zoom}"}};
    return t;
}

} // namespace

const AnnotationTemplate& AnnotationTemplates::forModality(const std::string& modality) const {
    if (const auto it = byModality.find(modality); it != byModality.end())
        return it->second;
    if (const auto it = byModality.find("default"); it != byModality.end())
        return it->second;
    static const AnnotationTemplate empty;
    return empty;
}

std::set<std::string> AnnotationTemplates::tokens() const {
    std::set<std::string> out;
    for (const auto& [modality, t] : byModality)
        for (const auto& corner : t.corners)
            for (const std::string& line : corner)
                fillLine(line, [&](std::string_view token) {
                    out.emplace(token);
                    return std::string();
                });
    return out;
}

const AnnotationTemplates& builtInAnnotationTemplates() {
    static AnnotationTemplates templates;
    static std::once_flag once;
    std::call_once(once, [] {
        QFile file(QStringLiteral(":/pellucid/core/annotations.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("annotations: the built-in resource is missing");
            templates = fallbackTemplates();
            return;
        }
        const QByteArray bytes = file.readAll();
        auto parsed = parseAnnotationTemplates(std::string_view(bytes.constData(), bytes.size()));
        if (auto* t = std::get_if<AnnotationTemplates>(&parsed)) {
            templates = std::move(*t);
        } else {
            qWarning("annotations: %s", std::get<std::string>(parsed).c_str());
            templates = fallbackTemplates();
        }
    });
    return templates;
}

std::variant<AnnotationTemplates, std::string> parseAnnotationTemplates(std::string_view json) {
    auto parsed = parseJsonText(json);
    if (auto* error = std::get_if<std::string>(&parsed))
        return *error;
    const QJsonDocument& doc = std::get<QJsonDocument>(parsed);
    if (!doc.isObject() || !doc.object().value(QLatin1String("templates")).isArray())
        return std::string("expected an object with a \"templates\" array");
    AnnotationTemplates out;
    const QJsonArray list = doc.object().value(QLatin1String("templates")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const std::string where = "template " + std::to_string(i + 1);
        if (!list.at(i).isObject())
            return where + ": expected an object";
        const QJsonObject o = list.at(i).toObject();
        AnnotationTemplate t;
        for (int c = 0; c < 4; ++c) {
            const QJsonValue corner = o.value(QLatin1String(kCornerNames[c]));
            if (corner.isUndefined())
                continue;
            if (!corner.isArray())
                return where + ": \"" + kCornerNames[c] + "\" must be an array of lines";
            for (const QJsonValue& line : corner.toArray()) {
                if (!line.isString())
                    return where + ": \"" + kCornerNames[c] + "\" must hold strings only";
                t.corners[std::size_t(c)].push_back(line.toString().toStdString());
            }
        }
        const QJsonArray modalities = o.value(QLatin1String("modalities")).toArray();
        if (modalities.isEmpty())
            return where + ": \"modalities\" must be a non-empty array of strings";
        for (const QJsonValue& m : modalities) {
            if (!m.isString() || m.toString().isEmpty())
                return where + ": \"modalities\" must be a non-empty array of strings";
            const std::string name = m.toString().toStdString();
            if (out.byModality.count(name))
                return where + ": modality " + name + " has a template already";
            out.byModality[name] = t;
        }
    }
    if (!out.byModality.count("default"))
        return std::string("no template lists \"default\" (used for every other modality)");
    return out;
}

CornerTexts fillAnnotations(const std::string& modality, const TokenValues& valueOf) {
    return fillAnnotations(builtInAnnotationTemplates(), modality, valueOf);
}

CornerTexts fillAnnotations(const AnnotationTemplates& templates, const std::string& modality,
                            const TokenValues& valueOf) {
    const AnnotationTemplate& t = templates.forModality(modality);
    return {joinLines(t.corners[0], valueOf), joinLines(t.corners[1], valueOf),
            joinLines(t.corners[2], valueOf), joinLines(t.corners[3], valueOf)};
}

bool isViewerToken(std::string_view token) {
    return token == "Image" || token == "Frame" || token == "SlicePosition" || token == "Window" ||
           token == "Zoom";
}

std::map<std::string, std::string> headerValues(DcmItem& dataset) {
    return headerValues(dataset, builtInAnnotationTemplates());
}

std::map<std::string, std::string> headerValues(DcmItem& dataset,
                                                const AnnotationTemplates& templates) {
    ensureDcmtkReady(); // the data dictionary maps keywords to tags
    std::map<std::string, std::string> values;
    const DicomCharset charset = DicomText::charsetOf(dataset);
    for (const std::string& token : templates.tokens()) {
        if (isViewerToken(token))
            continue;
        DcmTag tag;
        if (DcmTag::findTagFromName(token.c_str(), tag).bad())
            continue;
        std::string value = formatElement(dataset, charset, tag);
        if (!value.empty())
            values.emplace(token, std::move(value));
    }
    return values;
}

} // namespace pellucid

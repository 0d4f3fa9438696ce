#include "core/query/IdentifierQuery.h"

#include "core/dicom/DicomText.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcitem.h>

#include <cstdio>

namespace pellucid {

std::optional<IdentifierQuery> readIdentifierQuery(DcmItem& identifier, std::string* error) {
    IdentifierQuery query;
    OFString levelText;
    if (identifier.findAndGetOFString(DCM_QueryRetrieveLevel, levelText).bad()) {
        *error = "the identifier has no Query/Retrieve Level (0008,0052)";
        return std::nullopt;
    }
    std::string levelName = levelText.c_str();
    levelName.erase(levelName.find_last_not_of(' ') + 1);
    const auto level = queryLevelFromName(levelName);
    if (!level) {
        *error = "unknown Query/Retrieve Level \"" + levelName + "\"";
        return std::nullopt;
    }
    query.level = *level;
    const DicomText text(identifier, DicomText::charsetOf(identifier));
    for (unsigned long i = 0; i < identifier.card(); ++i) {
        DcmElement* element = identifier.getElement(i);
        const DcmTagKey tag = element->getTag();
        if (tag == DCM_SpecificCharacterSet || tag == DCM_QueryRetrieveLevel ||
            tag.getGroup() == 0x0000 || tag.getElement() == 0x0000)
            continue;
        char tagText[16];
        std::snprintf(tagText, sizeof tagText, "%04X,%04X", tag.getGroup(), tag.getElement());
        const QueryAttribute* attribute = findQueryAttribute(tagText);
        if (attribute && attribute->group == 0)
            attribute = nullptr; // cache-only pseudo attributes (file path) are not DICOM keys
        if (attribute && attribute->level > query.level)
            continue;
        query.returnKeys.push_back({tag.getGroup(), tag.getElement(), attribute});
        if (!attribute || element->getLength() == 0)
            continue;
        std::string value;
        switch (attribute->type) {
        case MatchType::Text:
        case MatchType::PersonName:
            value = text.text(tag);
            break;
        default:
            value = text.code(tag);
            break;
        }
        std::string why;
        auto rule = MatchRule::parse(value, attribute->type, &why);
        if (!rule) {
            *error = "invalid value \"" + value + "\" for " + attribute->keyword + ": " + why;
            return std::nullopt;
        }
        if (!rule->isUniversal())
            query.keys.push_back({attribute, std::move(*rule), value});
    }
    return query;
}

} // namespace pellucid

#include "core/query/QueryAttributes.h"

#include <QString>

#include <array>
#include <cstdio>

namespace pellucid {
namespace {

using L = QueryLevel;
using T = MatchType;

constexpr std::array<QueryAttribute, 33> kAttributes = {{
    {"PatientName", 0x0010, 0x0010, L::Patient, "p.patient_name", T::PersonName, false, false},
    {"PatientID", 0x0010, 0x0020, L::Patient, "p.patient_id", T::Text, false, false},
    {"IssuerOfPatientID", 0x0010, 0x0021, L::Patient, "p.issuer_of_patient_id", T::Text, false,
     false},
    {"PatientBirthDate", 0x0010, 0x0030, L::Patient, "p.patient_birth_date", T::Date, false, false},
    {"PatientSex", 0x0010, 0x0040, L::Patient, "p.patient_sex", T::Code, false, false},
    {"NumberOfPatientRelatedStudies", 0x0020, 0x1200, L::Patient, "p.number_of_studies", T::Integer,
     false, true},
    {"StudyInstanceUID", 0x0020, 0x000D, L::Study, "st.study_instance_uid", T::Uid, false, false},
    {"StudyDate", 0x0008, 0x0020, L::Study, "st.study_date", T::Date, false, false},
    {"StudyTime", 0x0008, 0x0030, L::Study, "st.study_time", T::Time, false, false},
    {"AccessionNumber", 0x0008, 0x0050, L::Study, "st.accession_number", T::Text, false, false},
    {"StudyID", 0x0020, 0x0010, L::Study, "st.study_id", T::Text, false, false},
    {"StudyDescription", 0x0008, 0x1030, L::Study, "st.study_description", T::Text, false, false},
    {"ReferringPhysicianName", 0x0008, 0x0090, L::Study, "st.referring_physician_name",
     T::PersonName, false, false},
    {"ModalitiesInStudy", 0x0008, 0x0061, L::Study, "st.modalities_in_study", T::Code, true, false},
    {"NumberOfStudyRelatedSeries", 0x0020, 0x1206, L::Study, "st.number_of_series", T::Integer,
     false, true},
    {"NumberOfStudyRelatedInstances", 0x0020, 0x1208, L::Study, "st.number_of_instances",
     T::Integer, false, true},
    {"SeriesInstanceUID", 0x0020, 0x000E, L::Series, "se.series_instance_uid", T::Uid, false,
     false},
    {"Modality", 0x0008, 0x0060, L::Series, "se.modality", T::Code, false, false},
    {"SeriesNumber", 0x0020, 0x0011, L::Series, "se.series_number", T::Integer, false, true},
    {"SeriesDescription", 0x0008, 0x103E, L::Series, "se.series_description", T::Text, false,
     false},
    {"BodyPartExamined", 0x0018, 0x0015, L::Series, "se.body_part_examined", T::Code, false, false},
    {"SeriesDate", 0x0008, 0x0021, L::Series, "se.series_date", T::Date, false, false},
    {"SeriesTime", 0x0008, 0x0031, L::Series, "se.series_time", T::Time, false, false},
    {"NumberOfSeriesRelatedInstances", 0x0020, 0x1209, L::Series, "se.number_of_instances",
     T::Integer, false, true},
    {"SOPInstanceUID", 0x0008, 0x0018, L::Instance, "i.sop_instance_uid", T::Uid, false, false},
    {"SOPClassUID", 0x0008, 0x0016, L::Instance, "i.sop_class_uid", T::Uid, false, false},
    {"InstanceNumber", 0x0020, 0x0013, L::Instance, "i.instance_number", T::Integer, false, true},
    {"TransferSyntaxUID", 0x0002, 0x0010, L::Instance, "i.transfer_syntax_uid", T::Uid, false,
     false},
    {"Rows", 0x0028, 0x0010, L::Instance, "i.rows", T::Integer, false, true},
    {"Columns", 0x0028, 0x0011, L::Instance, "i.columns", T::Integer, false, true},
    {"NumberOfFrames", 0x0028, 0x0008, L::Instance, "i.number_of_frames", T::Integer, false, true},
    // Not DICOM query keys, but what a cache listing is asked for: where the file is and how big.
    {"FilePath", 0, 0, L::Instance, "i.file_path", T::Text, false, false},
    {"FileSize", 0, 0, L::Instance, "i.file_size", T::Integer, false, true},
}};

std::optional<std::pair<std::uint16_t, std::uint16_t>> parseTag(std::string_view s) {
    std::string hex;
    for (char c : s)
        if (c != '(' && c != ')' && c != ',' && c != ' ')
            hex.push_back(c);
    if (hex.size() != 8)
        return std::nullopt;
    unsigned group = 0, element = 0;
    if (std::sscanf(hex.c_str(), "%4x%4x", &group, &element) != 2)
        return std::nullopt;
    return std::make_pair(static_cast<std::uint16_t>(group), static_cast<std::uint16_t>(element));
}

} // namespace

std::optional<QueryLevel> queryLevelFromName(std::string_view name) {
    const QString n = QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())).toLower();
    if (n == QLatin1String("patient"))
        return QueryLevel::Patient;
    if (n == QLatin1String("study"))
        return QueryLevel::Study;
    if (n == QLatin1String("series"))
        return QueryLevel::Series;
    if (n == QLatin1String("instance") || n == QLatin1String("image"))
        return QueryLevel::Instance;
    return std::nullopt;
}

const char* queryLevelName(QueryLevel level) {
    switch (level) {
    case QueryLevel::Patient:
        return "PATIENT";
    case QueryLevel::Study:
        return "STUDY";
    case QueryLevel::Series:
        return "SERIES";
    case QueryLevel::Instance:
        return "IMAGE";
    }
    return "";
}

std::span<const QueryAttribute> queryAttributes() {
    return kAttributes;
}

const QueryAttribute* findQueryAttribute(std::string_view keyOrTag) {
    for (const auto& a : kAttributes)
        if (keyOrTag == a.keyword)
            return &a;
    if (const auto tag = parseTag(keyOrTag))
        for (const auto& a : kAttributes)
            if (a.group == tag->first && a.element == tag->second && a.group != 0)
                return &a;
    return nullptr;
}

std::vector<const QueryAttribute*> attributesUpTo(QueryLevel level) {
    std::vector<const QueryAttribute*> out;
    for (const auto& a : kAttributes)
        if (a.level <= level)
            out.push_back(&a);
    return out;
}

} // namespace pellucid

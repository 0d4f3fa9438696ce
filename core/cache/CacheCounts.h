#pragma once

namespace pellucid {

// The derived counts of a study and a patient, recounted from the rows below them. One text for
// the writers that change those rows (insert and removal), so that they cannot drift apart.
inline constexpr const char* kRecountStudySql = R"sql(
UPDATE study SET
    number_of_series = (SELECT count(*) FROM series WHERE study_ref = ?1),
    number_of_instances = (SELECT coalesce(sum(number_of_instances), 0) FROM series
                           WHERE study_ref = ?1),
    modalities_in_study = (SELECT coalesce(group_concat(modality, '\'), '') FROM
                           (SELECT DISTINCT modality FROM series
                            WHERE study_ref = ?1 AND modality <> '' ORDER BY modality))
WHERE id = ?1)sql";

inline constexpr const char* kRecountPatientSql = R"sql(
UPDATE patient SET number_of_studies = (SELECT count(*) FROM study WHERE patient_ref = ?1)
WHERE id = ?1)sql";

} // namespace pellucid

#include "core/query/StudySeries.h"

#include "core/query/CacheQuery.h"

#include <algorithm>

namespace pellucid {

std::vector<SeriesSummary> seriesOfStudy(CacheIndex& index, const std::string& studyInstanceUid,
                                         std::string* error) {
    std::vector<SeriesSummary> series;
    if (studyInstanceUid.empty() || studyInstanceUid.find_first_of("*?\\") != std::string::npos)
        return series;
    auto query =
        CacheQuery::parse(QueryLevel::Series, {"StudyInstanceUID=" + studyInstanceUid}, error);
    if (!query)
        return series;
    const auto& columns = query->columns();
    auto column = [&](std::string_view keyword) {
        for (std::size_t c = 0; c < columns.size(); ++c)
            if (columns[c]->keyword == keyword)
                return c;
        return columns.size();
    };
    const std::size_t uid = column("SeriesInstanceUID"), modality = column("Modality"),
                      description = column("SeriesDescription"), number = column("SeriesNumber"),
                      instances = column("NumberOfSeriesRelatedInstances");
    auto text = [](const CacheQuery::Row& row, std::size_t c) {
        const auto* s = c < row.size() ? std::get_if<std::string>(&row[c]) : nullptr;
        return s ? *s : std::string();
    };
    auto integer = [](const CacheQuery::Row& row, std::size_t c) {
        const auto* i = c < row.size() ? std::get_if<long long>(&row[c]) : nullptr;
        return i ? *i : 0LL;
    };
    const bool ok = query->run(
        index,
        [&](const CacheQuery::Row& row) {
            series.push_back({text(row, uid), text(row, modality), text(row, description),
                              integer(row, number), integer(row, instances)});
            return true;
        },
        error);
    if (!ok)
        series.clear();
    std::stable_sort(
        series.begin(), series.end(),
        [](const SeriesSummary& a, const SeriesSummary& b) { return a.number < b.number; });
    return series;
}

} // namespace pellucid

#pragma once

#include <optional>
#include <string>
#include <vector>

namespace pellucid {

class CacheIndex;

// One series of a cached study as the study browser lists it.
struct SeriesEntry {
    std::string seriesInstanceUid, modality, description;
    std::optional<long long> number;
    long long images = 0;
    std::string middleFile; // relative path of the middle image (by instance number)
};

// The study's series in series number order, each with its middle image (thumbnails).
std::vector<SeriesEntry> seriesWithMiddleImages(CacheIndex& index,
                                                const std::string& studyInstanceUid);

// The files (relative paths) of the given studies and series, in study, series and instance
// number order, each file once.
std::vector<std::string> filesOf(CacheIndex& index, const std::vector<std::string>& studyUids,
                                 const std::vector<std::string>& seriesUids);

} // namespace pellucid

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

// What the cache holds for a study, series or instance, asked by UID: what the browser lists,
// what a C-GET SCU must propose, which files to load or send. (Matching C-FIND keys is
// CacheQuery's job.)
class CacheContents {
public:
    explicit CacheContents(CacheIndex& index);

    // The study's series in series number order, each with its middle image (thumbnails).
    std::vector<SeriesEntry> seriesWithMiddleImages(const std::string& studyInstanceUid) const;

    // SOP Classes in Study (0008,0062): the distinct SOP Class UIDs the cache holds for a study,
    // which a C-GET SCU needs before it can propose storage contexts.
    std::vector<std::string> sopClassesInStudy(const std::string& studyInstanceUid) const;

    // The files (relative paths) of `uids`, each a SOP Instance, Series Instance or Study
    // Instance UID: in the order of `uids`, a study's in series number order, a series' in
    // instance number order; each file once. Empty when the cache holds none of them.
    std::vector<std::string> filesOf(const std::vector<std::string>& uids) const;

    // The files (relative paths) of the presentation states (PS3.4 B.5, SOP Classes
    // 1.2.840.10008.5.1.4.1.1.11.x) in the study that `uid` (an instance, series or study) is in.
    std::vector<std::string> presentationStatesInStudyOf(const std::string& uid) const;

private:
    CacheIndex& index_;
};

} // namespace pellucid

#include "net/scu/RetrieveSopClasses.h"

#include "net/scu/FindScu.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcuid.h>

namespace pellucid {

namespace {

void addValues(std::set<std::string>& into, const std::string& joined) {
    std::size_t start = 0;
    while (start <= joined.size()) {
        const std::size_t end = std::min(joined.find('\\', start), joined.size());
        if (end > start)
            into.insert(joined.substr(start, end - start));
        start = end + 1;
    }
}

QueryKey key(const char* keyword, const std::string& value) {
    std::string error;
    auto parsed = parseQueryKey(keyword, &error);
    QueryKey k = parsed ? *parsed : QueryKey{};
    k.value = value;
    return k;
}

std::set<std::string> imageLevelClasses(const RemoteNode& node, const RetrieveRequest& request,
                                        const std::string& seriesUid) {
    FindRequest find;
    find.level = QueryLevel::Instance;
    find.withDefaultReturnKeys = false;
    find.callingAeTitle = request.callingAeTitle;
    std::string instances;
    if (seriesUid == request.seriesInstanceUid)
        for (const std::string& uid : request.sopInstanceUids)
            instances += (instances.empty() ? "" : "\\") + uid;
    find.keys = {key("StudyInstanceUID", request.studyInstanceUid),
                 key("SeriesInstanceUID", seriesUid), key("SOPInstanceUID", instances),
                 key("SOPClassUID", {})};
    std::set<std::string> classes;
    for (const FindMatch& m : pellucid::find(node, find).matches)
        addValues(classes, m.value("SOPClassUID"));
    return classes;
}

} // namespace

std::vector<std::string> findSeriesOfStudy(const RemoteNode& node, const std::string& studyUid,
                                           const std::string& callingAeTitle) {
    FindRequest find;
    find.level = QueryLevel::Series;
    find.withDefaultReturnKeys = false;
    find.callingAeTitle = callingAeTitle;
    find.keys = {key("StudyInstanceUID", studyUid), key("SeriesInstanceUID", {})};
    std::vector<std::string> series;
    for (const FindMatch& m : pellucid::find(node, find).matches)
        if (!m.value("SeriesInstanceUID").empty())
            series.push_back(m.value("SeriesInstanceUID"));
    return series;
}

std::vector<std::string> defaultStorageSopClasses() {
    std::vector<std::string> classes;
    for (int i = 0; i < numberOfDcmShortSCUStorageSOPClassUIDs; ++i)
        classes.emplace_back(dcmShortSCUStorageSOPClassUIDs[i]);
    return classes;
}

RetrieveSopClasses findRetrieveSopClasses(const RemoteNode& node, const RetrieveRequest& request,
                                          bool perSeries) {
    RetrieveSopClasses result;
    if (request.level() == QueryLevel::Study) {
        FindRequest find;
        find.level = QueryLevel::Study;
        find.withDefaultReturnKeys = false;
        find.callingAeTitle = request.callingAeTitle;
        find.keys = {key("StudyInstanceUID", request.studyInstanceUid),
                     key("SOPClassesInStudy", {})};
        for (const FindMatch& m : pellucid::find(node, find).matches)
            addValues(result.all, m.value("SOPClassesInStudy"));
        if (!result.all.empty())
            result.source = RetrieveSopClasses::Source::SopClassesInStudy;
        if (!result.all.empty() && !perSeries)
            return result;
    }
    // Hierarchical IMAGE-level queries need the series (dcmqrscp insists), so one per series.
    const std::vector<std::string> series =
        request.seriesInstanceUid.empty()
            ? findSeriesOfStudy(node, request.studyInstanceUid, request.callingAeTitle)
            : std::vector<std::string>{request.seriesInstanceUid};
    std::set<std::string> fromImages;
    for (const std::string& s : series) {
        result.bySeries[s] = imageLevelClasses(node, request, s);
        fromImages.insert(result.bySeries[s].begin(), result.bySeries[s].end());
    }
    if (result.all.empty() && !fromImages.empty()) {
        result.all = fromImages;
        result.source = RetrieveSopClasses::Source::ImageLevelFind;
    }
    if (result.all.empty()) {
        const auto defaults = defaultStorageSopClasses();
        result.all.insert(defaults.begin(), defaults.end());
        result.source = RetrieveSopClasses::Source::DefaultList;
    }
    return result;
}

} // namespace pellucid

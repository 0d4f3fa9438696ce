#include "net/RetrieveRequest.h"

namespace pellucid {

QueryLevel RetrieveRequest::level() const {
    if (!sopInstanceUids.empty())
        return QueryLevel::Instance;
    if (!seriesInstanceUid.empty())
        return QueryLevel::Series;
    return QueryLevel::Study;
}

std::string RetrieveRequest::validate() const {
    if (studyInstanceUid.empty())
        return "a Study Instance UID is needed";
    if (!sopInstanceUids.empty() && seriesInstanceUid.empty())
        return "instances are retrieved within a series: give its Series Instance UID too";
    return {};
}

} // namespace pellucid

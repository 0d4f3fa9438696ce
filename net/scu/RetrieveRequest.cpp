#include "net/scu/RetrieveRequest.h"

#include "net/scu/FindScu.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>

namespace pellucid {

QueryLevel RetrieveRequest::level() const {
    if (!sopInstanceUids.empty())
        return QueryLevel::Instance;
    if (!seriesInstanceUid.empty())
        return QueryLevel::Series;
    return QueryLevel::Study;
}

void RetrieveRequest::fillIdentifier(DcmDataset& identifier) const {
    identifier.putAndInsertString(DCM_QueryRetrieveLevel, queryRetrieveLevelValue(level()));
    identifier.putAndInsertString(DCM_StudyInstanceUID, studyInstanceUid.c_str());
    if (level() != QueryLevel::Study)
        identifier.putAndInsertString(DCM_SeriesInstanceUID, seriesInstanceUid.c_str());
    if (level() == QueryLevel::Instance) {
        std::string uids;
        for (const std::string& uid : sopInstanceUids)
            uids += (uids.empty() ? "" : "\\") + uid;
        identifier.putAndInsertString(DCM_SOPInstanceUID, uids.c_str());
    }
}

std::string RetrieveRequest::validate() const {
    if (studyInstanceUid.empty())
        return "a Study Instance UID is needed";
    if (!sopInstanceUids.empty() && seriesInstanceUid.empty())
        return "instances are retrieved within a series: give its Series Instance UID too";
    return {};
}

} // namespace pellucid

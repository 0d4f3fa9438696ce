#include "net/scp/AcceptedSyntaxes.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcuid.h>

namespace pellucid {

std::vector<std::string> acceptedStorageSopClasses() {
    std::vector<std::string> classes;
    for (int i = 0; i < numberOfDcmAllStorageSOPClassUIDs; ++i)
        classes.emplace_back(dcmAllStorageSOPClassUIDs[i]);
    return classes;
}

std::vector<std::string> queryRetrieveFindModels() {
    return {UID_FINDPatientRootQueryRetrieveInformationModel,
            UID_FINDStudyRootQueryRetrieveInformationModel,
            UID_RETIRED_FINDPatientStudyOnlyQueryRetrieveInformationModel};
}
std::vector<std::string> queryRetrieveMoveModels() {
    return {UID_MOVEPatientRootQueryRetrieveInformationModel,
            UID_MOVEStudyRootQueryRetrieveInformationModel,
            UID_RETIRED_MOVEPatientStudyOnlyQueryRetrieveInformationModel};
}
std::vector<std::string> queryRetrieveGetModels() {
    return {UID_GETPatientRootQueryRetrieveInformationModel,
            UID_GETStudyRootQueryRetrieveInformationModel,
            UID_RETIRED_GETPatientStudyOnlyQueryRetrieveInformationModel};
}

// The levels each information model knows (the retired Patient/Study Only model stops at
// studies; Study Root has no patient level).
bool queryLevelAllowed(const std::string& model, QueryLevel level) {
    if (model == UID_FINDStudyRootQueryRetrieveInformationModel ||
        model == UID_MOVEStudyRootQueryRetrieveInformationModel ||
        model == UID_GETStudyRootQueryRetrieveInformationModel)
        return level != QueryLevel::Patient;
    if (model == UID_RETIRED_FINDPatientStudyOnlyQueryRetrieveInformationModel ||
        model == UID_RETIRED_MOVEPatientStudyOnlyQueryRetrieveInformationModel ||
        model == UID_RETIRED_GETPatientStudyOnlyQueryRetrieveInformationModel)
        return level == QueryLevel::Patient || level == QueryLevel::Study;
    return true;
}

} // namespace pellucid

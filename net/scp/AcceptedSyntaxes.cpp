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

std::vector<std::string> acceptedStorageTransferSyntaxes() {
    return {
        UID_JPEGLSLosslessTransferSyntax,
        UID_JPEGProcess14SV1TransferSyntax,
        UID_JPEGProcess14TransferSyntax,
        UID_JPEG2000LosslessOnlyTransferSyntax,
        "1.2.840.10008.1.2.4.201", // HTJ2K lossless
        "1.2.840.10008.1.2.4.202", // HTJ2K lossless RPCL
        UID_RLELosslessTransferSyntax,
        UID_DeflatedExplicitVRLittleEndianTransferSyntax,
        UID_LittleEndianExplicitTransferSyntax,
        UID_LittleEndianImplicitTransferSyntax,
        UID_BigEndianExplicitTransferSyntax,
        UID_JPEGProcess1TransferSyntax,
        UID_JPEGProcess2_4TransferSyntax,
        UID_JPEGLSLossyTransferSyntax,
        UID_JPEG2000TransferSyntax,
        "1.2.840.10008.1.2.4.203", // HTJ2K
        UID_JPEG2000Part2MulticomponentImageCompressionLosslessOnlyTransferSyntax,
        UID_JPEG2000Part2MulticomponentImageCompressionTransferSyntax,
        UID_MPEG2MainProfileAtMainLevelTransferSyntax,
        UID_MPEG2MainProfileAtHighLevelTransferSyntax,
        UID_MPEG4HighProfileLevel4_1TransferSyntax,
        UID_MPEG4BDcompatibleHighProfileLevel4_1TransferSyntax,
        UID_MPEG4HighProfileLevel4_2_For2DVideoTransferSyntax,
        UID_MPEG4HighProfileLevel4_2_For3DVideoTransferSyntax,
        UID_MPEG4StereoHighProfileLevel4_2TransferSyntax,
        UID_HEVCMainProfileLevel5_1TransferSyntax,
        UID_HEVCMain10ProfileLevel5_1TransferSyntax,
    };
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

} // namespace pellucid

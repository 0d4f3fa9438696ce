#include "net/common/TransferSyntaxes.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <algorithm>

namespace pellucid {

std::vector<std::string> commandTransferSyntaxes() {
    return {UID_LittleEndianExplicitTransferSyntax, UID_BigEndianExplicitTransferSyntax,
            UID_LittleEndianImplicitTransferSyntax};
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

std::vector<std::string> retrieveTransferSyntaxes(const RemoteNode& node) {
    std::vector<std::string> syntaxes = node.preferredTransferSyntaxes;
    for (const char* uid :
         {UID_JPEGProcess14SV1TransferSyntax, UID_JPEGProcess14TransferSyntax,
          UID_JPEGLSLosslessTransferSyntax, UID_JPEG2000LosslessOnlyTransferSyntax,
          UID_RLELosslessTransferSyntax, UID_LittleEndianExplicitTransferSyntax,
          UID_LittleEndianImplicitTransferSyntax})
        if (std::find(syntaxes.begin(), syntaxes.end(), uid) == syntaxes.end())
            syntaxes.emplace_back(uid);
    return syntaxes;
}

const std::vector<std::string>& uncompressedTransferSyntaxes() {
    static const std::vector<std::string> syntaxes = {UID_LittleEndianExplicitTransferSyntax,
                                                      UID_LittleEndianImplicitTransferSyntax,
                                                      UID_BigEndianExplicitTransferSyntax};
    return syntaxes;
}

bool isUncompressedTransferSyntax(const std::string& syntax) {
    const auto& uncompressed = uncompressedTransferSyntaxes();
    return std::find(uncompressed.begin(), uncompressed.end(), syntax) != uncompressed.end();
}

const std::vector<std::string>& losslessEncodableTransferSyntaxes() {
    static const std::vector<std::string> syntaxes = {UID_JPEGProcess14SV1TransferSyntax,
                                                      UID_RLELosslessTransferSyntax};
    return syntaxes;
}

} // namespace pellucid

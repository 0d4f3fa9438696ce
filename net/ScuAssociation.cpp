#include "net/ScuAssociation.h"

#include "net/NetworkSetup.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/scu.h>

namespace pellucid {

void configureScu(DcmSCU& scu, const RemoteNode& node, const std::string& callingAeTitle) {
    prepareNetworking();
    scu.setAETitle(callingAeTitle.c_str());
    scu.setPeerAETitle(node.aeTitle.c_str());
    scu.setPeerHostName(node.host.c_str());
    scu.setPeerPort(static_cast<Uint16>(node.port));
    scu.setMaxReceivePDULength(node.maxPduLength);
    scu.setConnectionTimeout(node.connectTimeoutSeconds);
    scu.setACSETimeout(static_cast<Uint32>(node.connectTimeoutSeconds));
    scu.setDIMSETimeout(static_cast<Uint32>(node.dimseTimeoutSeconds));
    // Non-blocking DIMSE: the timeouts above bound every wait for the peer.
    scu.setDIMSEBlockingMode(DIMSE_NONBLOCKING);
}

std::vector<std::string> commandTransferSyntaxes() {
    return {UID_LittleEndianExplicitTransferSyntax, UID_BigEndianExplicitTransferSyntax,
            UID_LittleEndianImplicitTransferSyntax};
}

} // namespace pellucid

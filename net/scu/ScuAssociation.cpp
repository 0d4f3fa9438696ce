#include "net/scu/ScuAssociation.h"

#include "net/common/NetworkSetup.h"
#include "net/common/TransferSyntaxes.h"
#include "net/scu/ScuErrors.h"

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

void proposeService(DcmSCU& scu, const char* abstractSyntax) {
    OFList<OFString> syntaxes;
    for (const std::string& s : commandTransferSyntaxes())
        syntaxes.push_back(s.c_str());
    scu.addPresentationContext(abstractSyntax, syntaxes);
}

unsigned char openForService(DcmSCU& scu, const RemoteNode& node, const char* abstractSyntax,
                             const std::string& service, std::string* error) {
    OFCondition cond = scu.initNetwork();
    if (cond.good())
        cond = scu.negotiateAssociation();
    if (cond.bad()) {
        *error = cond == NET_EC_NoAcceptablePresentationContexts
                     ? formatRemoteNode(node) + " does not offer " + service
                     : describeAssociationFailure(cond, node);
        return 0;
    }
    const T_ASC_PresentationContextID id = scu.findPresentationContextID(abstractSyntax, "");
    if (id == 0) {
        *error = formatRemoteNode(node) + " does not offer " + service;
        scu.releaseAssociation();
    }
    return id;
}

} // namespace pellucid

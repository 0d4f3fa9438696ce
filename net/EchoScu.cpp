#include "net/EchoScu.h"

#include "net/NetworkSetup.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/scu.h>

#include <chrono>

namespace pellucid {

EchoResult echo(const RemoteNode& node, const std::string& callingAeTitle, int timeoutSeconds) {
    prepareNetworking();
    const auto start = std::chrono::steady_clock::now();
    EchoResult result;
    DcmSCU scu;
    scu.setAETitle(callingAeTitle.c_str());
    scu.setPeerAETitle(node.aeTitle.c_str());
    scu.setPeerHostName(node.host.c_str());
    scu.setPeerPort(static_cast<Uint16>(node.port));
    scu.setConnectionTimeout(timeoutSeconds);
    scu.setACSETimeout(static_cast<Uint32>(timeoutSeconds));
    scu.setDIMSETimeout(static_cast<Uint32>(timeoutSeconds));
    scu.setDIMSEBlockingMode(DIMSE_NONBLOCKING);
    OFList<OFString> syntaxes;
    syntaxes.push_back(UID_LittleEndianImplicitTransferSyntax);
    scu.addPresentationContext(UID_VerificationSOPClass, syntaxes);
    OFCondition cond = scu.initNetwork();
    if (cond.good())
        cond = scu.negotiateAssociation();
    if (cond.good()) {
        cond = scu.sendECHORequest(0);
        scu.releaseAssociation();
    }
    result.ok = cond.good();
    if (!result.ok)
        result.error = cond.text();
    result.milliseconds =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace pellucid

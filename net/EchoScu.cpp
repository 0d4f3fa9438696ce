#include "net/EchoScu.h"

#include "net/ScuAssociation.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/scu.h>

#include <chrono>

namespace pellucid {

EchoResult echo(const RemoteNode& node, const std::string& callingAeTitle, int timeoutSeconds) {
    const auto start = std::chrono::steady_clock::now();
    EchoResult result;
    DcmSCU scu;
    RemoteNode bounded = node;
    bounded.connectTimeoutSeconds = timeoutSeconds;
    bounded.dimseTimeoutSeconds = timeoutSeconds;
    configureScu(scu, bounded, callingAeTitle);
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

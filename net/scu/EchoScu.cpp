#include "net/scu/EchoScu.h"

#include "net/scu/ScuAssociation.h"

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
    proposeService(scu, UID_VerificationSOPClass);
    const T_ASC_PresentationContextID id =
        openForService(scu, node, UID_VerificationSOPClass, "verification (C-ECHO)", &result.error);
    if (id != 0) {
        const OFCondition cond = scu.sendECHORequest(id);
        scu.releaseAssociation();
        result.ok = cond.good();
        if (!result.ok)
            result.error = cond.text();
    }
    result.milliseconds =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace pellucid

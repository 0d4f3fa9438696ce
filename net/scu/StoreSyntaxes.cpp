#include "net/scu/StoreSyntaxes.h"

#include "net/common/TransferSyntaxes.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcrleerg.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmjpeg/djencode.h>

#include <algorithm>
#include <mutex>

namespace pellucid {

bool canProduce(const std::string& fileSyntax, const std::string& syntax) {
    if (syntax == fileSyntax || isUncompressedTransferSyntax(syntax))
        return true; // decoders for every compressed syntax are registered (ensureDcmtkCodecs)
    const auto& lossless = losslessEncodableTransferSyntaxes();
    const bool encodable = std::find(lossless.begin(), lossless.end(), syntax) != lossless.end();
    // Re-compressing a lossy image would hide a second generation of loss: never.
    const bool lossySource = !fileSyntax.empty() && DcmXfer(fileSyntax.c_str()).isLossy();
    return encodable && !lossySource;
}

std::vector<std::string> sendableSyntaxes(const std::string& fileSyntax,
                                          const std::vector<std::string>& preferred) {
    std::vector<std::string> out;
    auto add = [&](const std::string& syntax) {
        if (!syntax.empty() && std::find(out.begin(), out.end(), syntax) == out.end() &&
            canProduce(fileSyntax, syntax))
            out.push_back(syntax);
    };
    add(fileSyntax);
    for (const auto& syntax : preferred)
        add(syntax);
    add(UID_LittleEndianExplicitTransferSyntax);
    add(UID_LittleEndianImplicitTransferSyntax);
    for (const auto& syntax : losslessEncodableTransferSyntaxes())
        add(syntax);
    return out;
}

void ensureStoreEncoders() {
    static std::once_flag once;
    std::call_once(once, [] {
        // Defaults: RGB kept for lossless JPEG, new SOP Instance UIDs only for lossy (never).
        DJEncoderRegistration::registerCodecs();
        DcmRLEEncoderRegistration::registerCodecs();
    });
}

} // namespace pellucid

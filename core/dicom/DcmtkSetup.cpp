#include "core/dicom/DcmtkSetup.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdict.h>
#include <dcmtk/dcmdata/dcobject.h>
#include <dcmtk/oflog/oflog.h>

#include <cstdlib>
#include <mutex>
#include <string_view>

namespace pellucid {
namespace {

OFLogger::LogLevel logLevelFromEnvironment() {
    // PELLUCID_DCMTK_LOG=trace|debug|info|warn|error|fatal|off, for diagnosing a peer or a file.
    const char* env = std::getenv("PELLUCID_DCMTK_LOG");
    const std::string_view level = env ? env : "";
    if (level == "trace")
        return OFLogger::TRACE_LOG_LEVEL;
    if (level == "debug")
        return OFLogger::DEBUG_LOG_LEVEL;
    if (level == "info")
        return OFLogger::INFO_LOG_LEVEL;
    if (level == "warn")
        return OFLogger::WARN_LOG_LEVEL;
    if (level == "fatal")
        return OFLogger::FATAL_LOG_LEVEL;
    if (level == "off")
        return OFLogger::OFF_LOG_LEVEL;
    // Errors we care about come back to us as OFCondition and are reported per file.
    return OFLogger::FATAL_LOG_LEVEL;
}

std::string setUp() {
    OFLog::configure(logLevelFromEnvironment());
    // Some writers declare explicit VR and write implicit (seen from highdicom, old PACS);
    // reading them as they are beats refusing them.
    dcmAcceptUnexpectedImplicitEncoding.set(OFTrue);
    if (!dcmDataDict.isDictionaryLoaded())
        return "DCMTK's data dictionary could not be loaded (check DCMDICTPATH)";
    return {};
}

} // namespace

std::string ensureDcmtkReady() {
    static std::once_flag once;
    static std::string error;
    std::call_once(once, [] { error = setUp(); });
    return error;
}

} // namespace pellucid

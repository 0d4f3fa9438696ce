#include "net/common/NetworkSetup.h"

#include "core/codec/DcmtkDecoderCodec.h"

#include <cstdlib>
#include <mutex>

namespace pellucid {

void prepareNetworking() {
    static std::once_flag once;
    std::call_once(once, [] {
        ensureDcmtkCodecs();
#ifdef _WIN32
        _putenv_s("TCP_NODELAY", "1");
#else
        setenv("TCP_NODELAY", "1", 0); // an explicit TCP_NODELAY=0 from the user still wins
#endif
    });
}

} // namespace pellucid

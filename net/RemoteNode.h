#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pellucid {

// A DICOM application entity on the network.
struct RemoteNode {
    std::string aeTitle;
    std::string host;
    int port = 104;
};

// "AET@HOST:PORT" (IPv6 hosts in brackets: "AET@[::1]:104"); nullopt and `error` otherwise.
std::optional<RemoteNode> parseRemoteNode(std::string_view text, std::string* error);

// AE titles: 1-16 characters of the default repertoire, no backslash or control characters,
// not only spaces (PS3.5 6.2, VR AE).
bool isValidAeTitle(std::string_view aeTitle);

} // namespace pellucid

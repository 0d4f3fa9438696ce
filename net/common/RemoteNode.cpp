#include "net/common/RemoteNode.h"

#include <charconv>

namespace pellucid {

bool isValidAeTitle(std::string_view ae) {
    if (ae.empty() || ae.size() > 16 || ae.find_first_not_of(' ') == std::string_view::npos)
        return false;
    for (char c : ae)
        if (c < 0x20 || c > 0x7E || c == '\\')
            return false;
    return true;
}

std::optional<RemoteNode> parseRemoteNode(std::string_view text, std::string* error) {
    const auto at = text.rfind('@');
    const auto colon = text.rfind(':');
    if (at == std::string_view::npos || colon == std::string_view::npos || colon < at) {
        *error = "expected AET@HOST:PORT, got \"" + std::string(text) + "\"";
        return std::nullopt;
    }
    RemoteNode node;
    node.aeTitle = std::string(text.substr(0, at));
    std::string_view host = text.substr(at + 1, colon - at - 1);
    if (host.size() > 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    node.host = std::string(host);
    const std::string_view port = text.substr(colon + 1);
    const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), node.port);
    if (!isValidAeTitle(node.aeTitle)) {
        *error = "invalid AE title \"" + node.aeTitle + "\" (1-16 printable characters)";
        return std::nullopt;
    }
    if (node.host.empty()) {
        *error = "missing host in \"" + std::string(text) + "\"";
        return std::nullopt;
    }
    if (ec != std::errc() || end != port.data() + port.size() || node.port < 1 ||
        node.port > 65535) {
        *error = "invalid port \"" + std::string(port) + "\"";
        return std::nullopt;
    }
    return node;
}

} // namespace pellucid

namespace pellucid {

std::string formatRemoteNode(const RemoteNode& node) {
    const bool ipv6 = node.host.find(':') != std::string::npos;
    return node.aeTitle + "@" + (ipv6 ? "[" + node.host + "]" : node.host) + ":" +
           std::to_string(node.port);
}

} // namespace pellucid

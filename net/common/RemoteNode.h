#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pellucid {

// How studies are pulled from a node: C-GET brings the images back on the query association;
// C-MOVE asks the node to open its own association to our Storage SCP (it must know us).
enum class RetrieveMethod { Get, Move };

// A DICOM application entity on the network, with what a PACS administrator sets per node.
struct RemoteNode {
    std::string aeTitle;
    std::string host;
    int port = 104;

    std::string name; // display name in the GUI; empty: the AE title
    RetrieveMethod retrieveMethod = RetrieveMethod::Get;
    // Transfer syntaxes proposed first (UIDs, most wanted first); empty: our defaults.
    std::vector<std::string> preferredTransferSyntaxes;
    std::uint32_t maxPduLength = 65536; // what we can receive (bytes)
    int connectTimeoutSeconds = 10;     // TCP connect and association negotiation
    int dimseTimeoutSeconds = 60;       // waiting for one DIMSE message (a slow PACS answers late)
    bool tls = false;                   // stored; associations are not encrypted yet
};

// "AET@HOST:PORT" (IPv6 hosts in brackets: "AET@[::1]:104"); nullopt and `error` otherwise.
std::optional<RemoteNode> parseRemoteNode(std::string_view text, std::string* error);
std::string formatRemoteNode(const RemoteNode& node); // back to "AET@HOST:PORT"

// AE titles: 1-16 characters of the default repertoire, no backslash or control characters,
// not only spaces (PS3.5 6.2, VR AE).
bool isValidAeTitle(std::string_view aeTitle);

} // namespace pellucid

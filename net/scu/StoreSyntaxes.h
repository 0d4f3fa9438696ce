#pragma once

#include <functional>
#include <string>
#include <vector>

namespace pellucid {

// Which transfer syntaxes a file may go out in, and the conversion to one of them.
// Uncompressed files may be compressed losslessly (JPEG lossless SV1, RLE) when a node takes
// only that; compressed files may be decompressed; a lossy file is never re-compressed.

// Syntaxes we offer for a file stored in `fileSyntax`, most wanted first: its own, then
// `preferred` ones we can produce from it, then Explicit and Implicit VR Little Endian, then
// the lossless compressions we can encode.
std::vector<std::string> sendableSyntaxes(const std::string& fileSyntax,
                                          const std::vector<std::string>& preferred);

// True when DCMTK can write `syntax` from `fileSyntax` without losing information.
bool canProduce(const std::string& fileSyntax, const std::string& syntax);

// Registers DCMTK's lossless encoders (JPEG, RLE) once; thread-safe.
void ensureStoreEncoders();

} // namespace pellucid

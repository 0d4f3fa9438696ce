#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <filesystem>
#include <initializer_list>

namespace pellucid::test {

// The outside judges of a presentation state: David Clunie's dciodvfy (dicom3tools) and DCMTK's
// dcmpschk and dcmp2pgm. Empty when all three are on the PATH, else what is missing.
QString missingPresentationStateTools();

// The lines of `dciodvfy FILE` that contain "Error" (warnings are not counted).
QStringList dciodvfyErrors(const std::filesystem::path& file);

struct DcmpschkResult {
    QStringList problems; // every error or warning dcmpschk reports, but the excused ones
    int excusedUtf8 = 0;  // excused: see below
    bool passed = false;  // it printed "Test passed."
};
// Runs dcmpschk, which always exits 0, and reads what it prints. Its value checker knows the
// ISO 8859 byte ranges only (dcmdata/libsrc/vrscanl.l accepts 0xA0-0xFF, not 0x80-0x9F), so
// valid UTF-8 such as "ß" (C3 9F) or "山" (E5 B1 B1... 田 E7 94 B0) in an ST/LT/LO/PN value is
// reported as "does not conform to data type definition". Such a report is excused (counted
// in excusedUtf8) only when the value is valid UTF-8 that has such a byte; anything else is a
// problem.
DcmpschkResult dcmpschk(const std::filesystem::path& file);

// `dcmp2pgm -v -p STATE IMAGE PGM`: what it prints (stdout and stderr together). Fails the
// calling test when it does not exit 0.
QString dcmp2pgmDump(const std::filesystem::path& state, const std::filesystem::path& image,
                     const std::filesystem::path& pgm);

// The first of `expected` (UTF-8) that `text` lacks, followed by `text`, for a test's message;
// empty when `text` has them all.
QString firstMissing(const QString& text, std::initializer_list<const char*> expected);

struct Pgm {
    int width = 0, height = 0;
    QByteArray pixels; // 8-bit grey, row by row
    unsigned char at(int x, int y) const {
        return static_cast<unsigned char>(pixels.at(y * width + x));
    }
};
Pgm readPgm(const std::filesystem::path& file); // binary P5, maxval 255

} // namespace pellucid::test

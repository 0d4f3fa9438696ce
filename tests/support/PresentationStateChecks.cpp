#include "tests/support/PresentationStateChecks.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace pellucid::test {
namespace {

QByteArray runMerged(const QString& program, const QStringList& args, int* exitCode) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
        *exitCode = -1;
        return {};
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAll();
}

QString path(const std::filesystem::path& p) {
    return QString::fromStdString(p.string());
}

bool validUtf8WithC1Bytes(const QByteArray& value) {
    bool c1 = false;
    for (char c : value)
        c1 = c1 || (static_cast<unsigned char>(c) >= 0x80 && static_cast<unsigned char>(c) <= 0x9F);
    // QString round trip: invalid sequences become U+FFFD and do not come back the same.
    return c1 && QString::fromUtf8(value).toUtf8() == value;
}

} // namespace

QString missingPresentationStateTools() {
    QStringList missing;
    for (const char* tool : {"dciodvfy", "dcmpschk", "dcmp2pgm"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            missing << QString::fromLatin1(tool);
    return missing.join(QLatin1String(", "));
}

QStringList dciodvfyErrors(const std::filesystem::path& file) {
    int exitCode = 0;
    const QByteArray out = runMerged(QStringLiteral("dciodvfy"), {path(file)}, &exitCode);
    QStringList errors;
    for (const QByteArray& line : out.split('\n'))
        if (line.contains("Error"))
            errors << QString::fromUtf8(line);
    if (exitCode < 0)
        errors << QStringLiteral("dciodvfy did not run");
    return errors;
}

DcmpschkResult dcmpschk(const std::filesystem::path& file) {
    int exitCode = 0;
    const QByteArray out = runMerged(QStringLiteral("dcmpschk"), {path(file)}, &exitCode);
    DcmpschkResult result;
    const QList<QByteArray> lines = out.split('\n');
    bool failed = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith("W: Testing:"))
            continue;
        if (line == "W: Test passed.") {
            result.passed = true;
            continue;
        }
        if (line.startsWith("W: Test failed")) {
            failed = true;
            continue;
        }
        if (line.startsWith("E: Error: Attribute value does not conform to data type")) {
            // The block: affected attribute, value in brackets, expected format, blank "E:".
            QByteArray value;
            QByteArray affected;
            qsizetype j = i + 1;
            for (; j < lines.size() && lines[j].trimmed() != "E:"; ++j) {
                const QByteArray detail = lines[j].trimmed();
                if (detail.startsWith("E:    Affected attribute:"))
                    affected = detail;
                if (detail.startsWith("E:    Attribute value")) {
                    const qsizetype open = detail.indexOf('[');
                    value = detail.mid(open + 1, detail.lastIndexOf(']') - open - 1);
                }
            }
            const bool textVr = affected.endsWith("ST") || affected.endsWith("LT") ||
                                affected.endsWith("LO") || affected.endsWith("PN") ||
                                affected.endsWith("SH");
            if (textVr && validUtf8WithC1Bytes(value))
                ++result.excusedUtf8;
            else
                result.problems << QString::fromUtf8(line + " " + affected + " [" + value + "]");
            i = j;
            continue;
        }
        if (line.startsWith("E:") || line.startsWith("W:") || line.startsWith("F:"))
            result.problems << QString::fromUtf8(line);
    }
    if (failed && result.problems.isEmpty() && result.excusedUtf8 == 0)
        result.problems << QStringLiteral("dcmpschk: test failed without saying why");
    if (!failed && !result.passed)
        result.problems << QStringLiteral("dcmpschk printed neither passed nor failed: ") +
                               QString::fromUtf8(out);
    if (exitCode != 0)
        result.problems << QStringLiteral("dcmpschk exited with %1").arg(exitCode);
    return result;
}

QString dcmp2pgmDump(const std::filesystem::path& state, const std::filesystem::path& image,
                     const std::filesystem::path& pgm) {
    int exitCode = 0;
    const QByteArray out = runMerged(QStringLiteral("dcmp2pgm"),
                                     {"-v", "-p", path(state), path(image), path(pgm)}, &exitCode);
    if (exitCode != 0)
        QTest::qFail(qPrintable(QStringLiteral("dcmp2pgm exited with %1: %2")
                                    .arg(exitCode)
                                    .arg(QString::fromUtf8(out))),
                     __FILE__, __LINE__);
    return QString::fromUtf8(out);
}

QString firstMissing(const QString& text, std::initializer_list<const char*> expected) {
    for (const char* e : expected)
        if (!text.contains(QString::fromUtf8(e)))
            return QString::fromUtf8(e) + QStringLiteral("\n--- not in ---\n") + text;
    return {};
}

Pgm readPgm(const std::filesystem::path& file) {
    Pgm pgm;
    QFile f(path(file));
    if (!f.open(QIODevice::ReadOnly))
        return pgm;
    const QByteArray bytes = f.readAll();
    // "P5" width height maxval, each after whitespace, then one whitespace byte and the samples.
    QList<QByteArray> fields;
    qsizetype pos = 0;
    while (fields.size() < 4 && pos < bytes.size()) {
        while (pos < bytes.size() && QChar::isSpace(static_cast<unsigned char>(bytes[pos])))
            ++pos;
        const qsizetype start = pos;
        while (pos < bytes.size() && !QChar::isSpace(static_cast<unsigned char>(bytes[pos])))
            ++pos;
        fields << bytes.mid(start, pos - start);
    }
    if (fields.size() != 4 || fields[0] != "P5" || fields[3] != "255")
        return pgm;
    pgm.width = fields[1].toInt();
    pgm.height = fields[2].toInt();
    pgm.pixels = bytes.mid(pos + 1);
    if (pgm.pixels.size() != qsizetype(pgm.width) * pgm.height)
        pgm = Pgm{};
    return pgm;
}

} // namespace pellucid::test

#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/cache/Cache.h"
#include "core/cache/CacheContents.h"
#include "core/sr/ReportHtml.h"
#include "core/sr/ReportText.h"
#include "core/sr/StructuredReportReader.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>

namespace pellucid {

namespace {

QJsonObject codeJson(const SrCode& c) {
    return QJsonObject{{"value", QString::fromStdString(c.value)},
                       {"scheme", QString::fromStdString(c.scheme)},
                       {"meaning", QString::fromStdString(c.meaning)}};
}

QJsonObject reportJson(const StructuredReport& r) {
    QJsonArray items;
    for (const SrItem& i : r.items) {
        QJsonObject item{{"position", QString::fromStdString(i.position)},
                         {"level", i.level},
                         {"relationship", QString::fromStdString(i.relationship)},
                         {"valueType", QString::fromStdString(i.valueType)},
                         {"valid", i.valid}};
        if (!i.conceptName.empty())
            item["concept"] = codeJson(i.conceptName);
        if (!i.text.empty())
            item["text"] = QString::fromStdString(i.text);
        if (!i.code.empty())
            item[i.valueType == "NUM" ? "unit" : "code"] = codeJson(i.code);
        if (!i.referencedSopInstance.empty()) {
            item["sopClassUid"] = QString::fromStdString(i.referencedSopClass);
            item["sopInstanceUid"] = QString::fromStdString(i.referencedSopInstance);
        }
        if (!i.frames.empty()) {
            QJsonArray frames;
            for (int f : i.frames)
                frames.append(f);
            item["frames"] = frames;
        }
        if (!i.presentationState.empty())
            item["presentationState"] = QString::fromStdString(i.presentationState);
        if (!i.graphicType.empty()) {
            QJsonArray data;
            for (float v : i.graphicData)
                data.append(v);
            item["graphicType"] = QString::fromStdString(i.graphicType);
            item["graphicData"] = data;
        }
        if (!i.frameOfReference.empty())
            item["frameOfReference"] = QString::fromStdString(i.frameOfReference);
        if (i.valueType == "by reference")
            item["target"] = QString::fromStdString(i.referencedPosition);
        if (!i.templateId.empty())
            item["template"] = QString::fromStdString(i.templateId);
        items.append(item);
    }
    QJsonArray problems;
    for (const std::string& p : r.problems)
        problems.append(QString::fromStdString(p));
    return QJsonObject{{"documentType", QString::fromStdString(r.documentType)},
                       {"sopClassUid", QString::fromStdString(r.sopClassUid)},
                       {"sopInstanceUid", QString::fromStdString(r.sopInstanceUid)},
                       {"completionFlag", QString::fromStdString(r.completionFlag)},
                       {"verificationFlag", QString::fromStdString(r.verificationFlag)},
                       {"title", codeJson(r.title)},
                       {"items", items},
                       {"warnings", problems}};
}

} // namespace

int runSr(const CliContext& context) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Show a structured report or key object selection document: its header and "
                "content tree, codes by meaning, numbers with units."));
    parser.addPositionalArgument(QStringLiteral("REPORT"),
                                 Cli::tr("A file, or a SOP Instance UID in the cache."));
    const QCommandLineOption text(QStringLiteral("text"), Cli::tr("Print it as text (default)."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print it as JSON."));
    const QCommandLineOption html(QStringLiteral("html"),
                                  Cli::tr("Print it as an HTML page (UTF-8)."));
    parser.addOptions({text, json, html});
    if (const auto exit = context.parse(parser))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        printMessage(Cli::tr("sr: give one report"));
        return ExitUsage;
    }
    const QString given = parser.positionalArguments().first();
    std::filesystem::path file(given.toStdU16String());
    if (!QFileInfo(given).isFile()) {
        auto cache = context.openCache();
        if (!cache)
            return ExitFailed;
        const auto files = CacheContents(cache->index()).filesOf({given.toStdString()});
        if (files.size() != 1) {
            printMessage(
                Cli::tr("sr: %1 is neither a file nor an instance in the cache").arg(given));
            return ExitFailed;
        }
        file = cache->files().absolute(files.front());
    }
    DcmFileFormat format;
    if (const OFCondition c = format.loadFile(file.c_str()); c.bad()) {
        printMessage(Cli::tr("sr: cannot read %1: %2").arg(given, QString::fromLatin1(c.text())));
        return ExitFailed;
    }
    auto read = readStructuredReport(*format.getDataset());
    if (auto* error = std::get_if<std::string>(&read)) {
        printMessage(Cli::tr("sr: %1").arg(QString::fromStdString(*error)));
        return ExitFailed;
    }
    const StructuredReport& report = std::get<StructuredReport>(read);
    if (parser.isSet(json))
        printJson(reportJson(report));
    else if (parser.isSet(html))
        std::fputs(reportAsHtml(report).c_str(), stdout);
    else
        std::fputs(reportAsText(report).c_str(), stdout);
    return ExitOk;
}

} // namespace pellucid

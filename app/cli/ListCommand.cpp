#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/cache/Cache.h"
#include "core/query/CacheQuery.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cstdio>

namespace pellucid {
namespace {

QString cellText(const CacheQuery::Cell& cell) {
    if (const auto* i = std::get_if<long long>(&cell))
        return QString::number(*i);
    if (const auto* s = std::get_if<std::string>(&cell))
        return QString::fromStdString(*s);
    return {};
}

// The columns a person wants to see at each level; JSON gets them all.
QStringList tableColumns(QueryLevel level) {
    switch (level) {
    case QueryLevel::Patient:
        return {"PatientID", "PatientName", "PatientBirthDate", "PatientSex",
                "NumberOfPatientRelatedStudies"};
    case QueryLevel::Study:
        return {"PatientID",
                "PatientName",
                "StudyDate",
                "ModalitiesInStudy",
                "StudyDescription",
                "AccessionNumber",
                "NumberOfStudyRelatedSeries",
                "NumberOfStudyRelatedInstances"};
    case QueryLevel::Series:
        return {"PatientName",      "StudyDate",         "SeriesNumber",
                "Modality",         "SeriesDescription", "NumberOfSeriesRelatedInstances",
                "SeriesInstanceUID"};
    case QueryLevel::Instance:
        return {"SeriesInstanceUID", "InstanceNumber", "SOPClassUID",   "Rows",
                "Columns",           "NumberOfFrames", "SOPInstanceUID"};
    }
    return {};
}

} // namespace

int runList(const CliContext& context) {
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("List what the cache holds, with C-FIND matching."));
    const QCommandLineOption level(QStringLiteral("level"),
                                   Cli::tr("patient, study (default), series or instance."),
                                   QStringLiteral("LEVEL"), QStringLiteral("study"));
    const QCommandLineOption key(
        QStringList{QStringLiteral("k"), QStringLiteral("key")},
        Cli::tr("Match KEYWORD=VALUE (DICOM keyword or tag; wildcards * ?, "
                "ranges A-B, UID lists a\\b). Repeatable."),
        QStringLiteral("KEYWORD=VALUE"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
    const QCommandLineOption limit(QStringLiteral("limit"), Cli::tr("At most N results."),
                                   QStringLiteral("N"));
    parser.addOptions({level, key, json, limit});
    if (const auto exit = context.parse(parser))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        printMessage(
            Cli::tr("list: unexpected argument %1").arg(parser.positionalArguments().first()));
        return ExitUsage;
    }
    const auto queryLevel = queryLevelFromName(parser.value(level).toStdString());
    if (!queryLevel) {
        printMessage(Cli::tr("list: unknown level %1 (patient, study, series, instance)")
                         .arg(parser.value(level)));
        return ExitUsage;
    }
    std::vector<std::string> keys;
    for (const QString& k : parser.values(key))
        keys.push_back(k.toStdString());
    std::string error;
    auto query = CacheQuery::parse(*queryLevel, keys, &error);
    if (!query) {
        printMessage(Cli::tr("list: %1").arg(QString::fromStdString(error)));
        return ExitUsage;
    }
    if (parser.isSet(limit)) {
        bool ok = false;
        const int n = parser.value(limit).toInt(&ok);
        if (!ok || n < 1) {
            printMessage(Cli::tr("list: --limit needs a positive number"));
            return ExitUsage;
        }
        query->setLimit(static_cast<std::size_t>(n));
    }

    auto cache = context.openCache();
    if (!cache)
        return ExitFailed;

    const auto& columns = query->columns();
    const bool asJson = parser.isSet(json);
    QJsonArray results;
    std::vector<QStringList> table;
    const QStringList shown = tableColumns(*queryLevel);
    const bool ok = query->run(
        cache->index(),
        [&](const CacheQuery::Row& row) {
            if (asJson) {
                QJsonObject object;
                for (std::size_t c = 0; c < columns.size(); ++c) {
                    const QString name = QString::fromLatin1(columns[c]->keyword);
                    const auto& cell = row[c];
                    if (name == QLatin1String("FilePath")) {
                        object.insert(
                            name,
                            QString::fromStdString(
                                cache->files().absolute(cellText(cell).toStdString()).string()));
                    } else if (const auto* i = std::get_if<long long>(&cell)) {
                        object.insert(name, static_cast<qint64>(*i));
                    } else if (const auto* s = std::get_if<std::string>(&cell)) {
                        object.insert(name, QString::fromStdString(*s));
                    } else {
                        object.insert(name, QJsonValue::Null);
                    }
                }
                results.append(object);
            } else {
                QStringList line;
                for (const QString& name : shown)
                    for (std::size_t c = 0; c < columns.size(); ++c)
                        if (name == QLatin1String(columns[c]->keyword))
                            line << cellText(row[c]);
                table.push_back(line);
            }
            return true;
        },
        &error);
    if (!ok) {
        printMessage(Cli::tr("list: %1").arg(QString::fromStdString(error)));
        return ExitFailed;
    }
    if (asJson) {
        printJson(QJsonObject{{"level", QString::fromLatin1(queryLevelName(*queryLevel))},
                              {"count", results.size()},
                              {"results", results}});
        return ExitOk;
    }
    // A plain aligned table: widths by characters, which is right for Latin and close enough
    // for CJK in a terminal.
    std::vector<qsizetype> widths(static_cast<std::size_t>(shown.size()));
    for (qsizetype c = 0; c < shown.size(); ++c)
        widths[static_cast<std::size_t>(c)] = shown[c].size();
    for (const auto& line : table)
        for (qsizetype c = 0; c < line.size(); ++c)
            widths[static_cast<std::size_t>(c)] =
                std::max(widths[static_cast<std::size_t>(c)], line[c].size());
    auto print = [&](const QStringList& line) {
        QString text;
        for (qsizetype c = 0; c < line.size(); ++c)
            text += line[c].leftJustified(widths[static_cast<std::size_t>(c)] + 2);
        std::puts(text.trimmed().toUtf8().constData());
    };
    print(shown);
    for (const auto& line : table)
        print(line);
    printMessage(Cli::tr("%n match(es)", nullptr, static_cast<int>(table.size())));
    return ExitOk;
}

} // namespace pellucid

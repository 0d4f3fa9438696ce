#include "app/gui/StudyListModel.h"

#include "core/query/CacheQuery.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>

namespace pellucid {

QString searchPattern(const QString& text) {
    const QString t = text.trimmed();
    if (t.isEmpty() || t.contains(QLatin1Char('*')) || t.contains(QLatin1Char('?')))
        return t;
    return QLatin1Char('*') + t + QLatin1Char('*');
}

QString displayPersonName(const QString& personName) {
    const QStringList groups = personName.split(QLatin1Char('='));
    auto components = [](const QString& group) {
        QStringList parts = group.split(QLatin1Char('^'));
        while (parts.size() < 5)
            parts << QString();
        return parts;
    };
    QString shown;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QStringList c = components(groups[g]);
        QString text;
        if (g == 0 || shown.isEmpty()) {
            // Family, prefix given middle suffix
            const QStringList rest = QStringList{c[3], c[1], c[2], c[4]}.filter(
                QRegularExpression(QStringLiteral("\\S")));
            text = c[0].trimmed();
            if (!rest.isEmpty())
                text += (text.isEmpty() ? QString() : QStringLiteral(", ")) + rest.join(' ');
        } else {
            text = QStringList{c[0], c[1], c[2]}
                       .filter(QRegularExpression(QStringLiteral("\\S")))
                       .join(QLatin1Char(' '));
        }
        if (text.isEmpty())
            continue;
        shown = shown.isEmpty() ? text : shown + QStringLiteral(" (") + text + QLatin1Char(')');
    }
    return shown;
}

QString displayDate(const QString& dicomDate) {
    const QDate date = QDate::fromString(dicomDate, QStringLiteral("yyyyMMdd"));
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : dicomDate;
}

StudyListModel::StudyListModel(CacheIndex& index, QObject* parent)
    : QAbstractTableModel(parent)
    , index_(index) {}

int StudyListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(studies_.size());
}

int StudyListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StudyListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Study& s = studies_[static_cast<std::size_t>(index.row())];
    if (role == StudyUidRole)
        return s.uid;
    if (role == Qt::DisplayRole)
        return s.cells.value(index.column());
    if (role == Qt::TextAlignmentRole && (index.column() == Series || index.column() == Images))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant StudyListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PatientName:
        return tr("Patient name");
    case PatientId:
        return tr("Patient ID");
    case BirthDate:
        return tr("Birth date");
    case StudyDate:
        return tr("Study date");
    case Modalities:
        return tr("Modalities");
    case Description:
        return tr("Description");
    case Accession:
        return tr("Accession");
    case Series:
        return tr("Series");
    case Images:
        return tr("Images");
    default:
        return {};
    }
}

QString StudyListModel::reload(const QString& nameFilter, const QString& idFilter) {
    std::vector<std::string> keys;
    if (!searchPattern(nameFilter).isEmpty())
        keys.push_back("PatientName=" + searchPattern(nameFilter).toStdString());
    if (!searchPattern(idFilter).isEmpty())
        keys.push_back("PatientID=" + searchPattern(idFilter).toStdString());
    std::string error;
    auto query = CacheQuery::parse(QueryLevel::Study, keys, &error);
    if (!query)
        return QString::fromStdString(error);
    const auto& columns = query->columns();
    auto column = [&](const char* keyword) {
        for (std::size_t c = 0; c < columns.size(); ++c)
            if (std::string_view(columns[c]->keyword) == keyword)
                return c;
        return std::size_t(0);
    };
    const std::size_t uid = column("StudyInstanceUID");
    const std::size_t order[ColumnCount] = {column("PatientName"),
                                            column("PatientID"),
                                            column("PatientBirthDate"),
                                            column("StudyDate"),
                                            column("ModalitiesInStudy"),
                                            column("StudyDescription"),
                                            column("AccessionNumber"),
                                            column("NumberOfStudyRelatedSeries"),
                                            column("NumberOfStudyRelatedInstances")};
    auto text = [](const CacheQuery::Cell& cell) {
        if (const auto* i = std::get_if<long long>(&cell))
            return QString::number(*i);
        if (const auto* s = std::get_if<std::string>(&cell))
            return QString::fromStdString(*s);
        return QString();
    };
    std::vector<Study> rows;
    const bool ok = query->run(
        index_,
        [&](const CacheQuery::Row& row) {
            Study s;
            s.uid = text(row[uid]);
            for (int c = 0; c < ColumnCount; ++c) {
                QString value = text(row[order[c]]);
                if (c == BirthDate || c == StudyDate)
                    value = displayDate(value);
                else if (c == PatientName)
                    value = displayPersonName(value);
                s.cells << value.trimmed();
            }
            rows.push_back(std::move(s));
            return true;
        },
        &error);
    if (!ok)
        return QString::fromStdString(error);
    beginResetModel();
    studies_ = std::move(rows);
    endResetModel();
    return {};
}

int StudyListModel::rowOfStudy(const QString& studyInstanceUid) const {
    for (std::size_t r = 0; r < studies_.size(); ++r)
        if (studies_[r].uid == studyInstanceUid)
            return static_cast<int>(r);
    return -1;
}

} // namespace pellucid

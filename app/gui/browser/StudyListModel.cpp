#include "app/gui/browser/StudyListModel.h"

#include "core/cache/CacheIndex.h"
#include "core/dicom/DicomDateTime.h"
#include "core/dicom/PersonName.h"
#include "core/query/CacheQuery.h"

#include <QPointer>
#include <QtConcurrent>

namespace pellucid {

std::vector<std::string> StudyFilter::queryKeys() const {
    std::vector<std::string> keys;
    auto add = [&](const char* keyword, const QString& value) {
        if (!value.isEmpty())
            keys.push_back(std::string(keyword) + "=" + value.toStdString());
    };
    add("PatientName", searchPattern(patientName));
    add("PatientID", prefixPattern(patientId));
    add("AccessionNumber", prefixPattern(accessionNumber));
    if (!dateFrom.isEmpty() || !dateTo.isEmpty())
        add("StudyDate", dateFrom == dateTo ? dateFrom : dateFrom + QLatin1Char('-') + dateTo);
    add("ModalitiesInStudy", modality.trimmed());
    return keys;
}

QString prefixPattern(const QString& text) {
    const QString t = text.trimmed();
    if (t.isEmpty() || t.contains(QLatin1Char('*')) || t.contains(QLatin1Char('?')))
        return t;
    return t + QLatin1Char('*');
}

QString searchPattern(const QString& text) {
    const QString t = text.trimmed();
    if (t.isEmpty() || t.contains(QLatin1Char('*')) || t.contains(QLatin1Char('?')))
        return t;
    return QLatin1Char('*') + t + QLatin1Char('*');
}

StudyListModel::StudyListModel(CacheIndex& index, QObject* parent)
    : QAbstractTableModel(parent)
    , index_(index) {
    pool_.setMaxThreadCount(1);
    countPool_.setMaxThreadCount(1);
}

StudyListModel::~StudyListModel() {
    *latest_ = ++generation_;
    pool_.waitForDone();
    countPool_.waitForDone();
}

void StudyListModel::setBackgroundIndex(std::unique_ptr<CacheIndex> pages,
                                        std::unique_ptr<CacheIndex> counting) {
    pool_.waitForDone();
    countPool_.waitForDone();
    backgroundIndex_ = std::move(pages);
    countIndex_ = counting ? std::shared_ptr<CacheIndex>(std::move(counting)) : backgroundIndex_;
}

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

StudyListModel::Page StudyListModel::readPage(CacheIndex& index, const StudyFilter& filter,
                                              std::size_t offset, std::size_t count) {
    Page page;
    std::string error;
    auto query = CacheQuery::parse(QueryLevel::Study, filter.queryKeys(), &error);
    if (!query) {
        page.error = QString::fromStdString(error);
        page.complete = true;
        return page;
    }
    query->setLimit(count);
    query->setOffset(offset);
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
    const bool ok = query->run(
        index,
        [&](const CacheQuery::Row& row) {
            Study s;
            s.uid = text(row[uid]);
            for (int c = 0; c < ColumnCount; ++c) {
                QString value = text(row[order[c]]);
                if (c == BirthDate || c == StudyDate)
                    value = QString::fromStdString(displayDate(value.toStdString()));
                else if (c == PatientName)
                    value = QString::fromStdString(displayPersonName(value.toStdString()));
                s.cells << value.trimmed();
            }
            page.rows.push_back(std::move(s));
            return true;
        },
        &error);
    if (!ok) {
        page.error = QString::fromStdString(error);
        page.rows.clear();
    }
    page.complete = !ok || page.rows.size() < count;
    return page;
}

void StudyListModel::apply(const StudyFilter& filter, Page page) {
    const bool filterChanged = !(filter == filter_);
    beginResetModel();
    filter_ = filter;
    studies_ = std::move(page.rows);
    complete_ = page.complete;
    endResetModel();
    if (filterChanged) {
        total_ = -1;
        emit totalCountChanged(total_);
    }
    countInBackground();
}

QString StudyListModel::reload(const StudyFilter& filter, int minimumRows) {
    *latest_ = ++generation_; // answers of earlier background requests are stale now
    const std::size_t rows =
        std::max<std::size_t>(kPageSize, static_cast<std::size_t>(std::max(minimumRows, 0)));
    Page page = readPage(index_, filter, 0, rows);
    const QString error = page.error;
    if (!error.isEmpty())
        return error;
    apply(filter, std::move(page));
    return {};
}

QString StudyListModel::reload(const QString& nameFilter, const QString& idFilter) {
    StudyFilter filter;
    filter.patientName = nameFilter;
    filter.patientId = idFilter;
    return reload(filter);
}

void StudyListModel::reloadInBackground(const StudyFilter& filter) {
    if (!backgroundIndex_) {
        emit reloaded(reload(filter));
        return;
    }
    const quint64 generation = ++generation_;
    *latest_ = generation;
    std::shared_ptr<CacheIndex> index = backgroundIndex_;
    QPointer<StudyListModel> self(this);
    (void)QtConcurrent::run(&pool_, [self, index, filter, generation, latest = latest_] {
        if (*latest != generation)
            return; // typed on: a newer request is queued behind this one
        Page page = readPage(*index, filter, 0, kPageSize);
        QMetaObject::invokeMethod(
            self.data(),
            [self, filter, generation, page = std::move(page)]() mutable {
                if (!self || generation != self->generation_)
                    return;
                const QString error = page.error;
                if (error.isEmpty())
                    self->apply(filter, std::move(page));
                emit self->reloaded(error);
            },
            Qt::QueuedConnection);
    });
}

void StudyListModel::countInBackground() {
    const quint64 generation = generation_;
    const StudyFilter filter = filter_;
    auto count = [filter](CacheIndex& index) -> long long {
        std::string error;
        auto query = CacheQuery::parse(QueryLevel::Study, filter.queryKeys(), &error);
        long long n = -1;
        if (!query || !query->count(index, &n, &error))
            return -1;
        return n;
    };
    if (complete_) { // everything is loaded: no need to ask
        total_ = static_cast<long long>(studies_.size());
        emit totalCountChanged(total_);
        return;
    }
    if (!backgroundIndex_) {
        total_ = count(index_);
        emit totalCountChanged(total_);
        return;
    }
    std::shared_ptr<CacheIndex> index = countIndex_;
    QPointer<StudyListModel> self(this);
    (void)QtConcurrent::run(&countPool_, [self, index, count, generation, latest = latest_] {
        if (*latest != generation)
            return;
        const long long n = count(*index);
        QMetaObject::invokeMethod(
            self.data(),
            [self, n, generation] {
                if (!self || generation != self->generation_)
                    return;
                self->total_ = n;
                emit self->totalCountChanged(n);
            },
            Qt::QueuedConnection);
    });
}

bool StudyListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !complete_;
}

void StudyListModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || complete_)
        return;
    Page page = readPage(index_, filter_, studies_.size(), kPageSize);
    if (!page.error.isEmpty()) {
        complete_ = true;
        return;
    }
    complete_ = page.complete;
    if (page.rows.empty())
        return;
    const int first = static_cast<int>(studies_.size());
    beginInsertRows({}, first, first + static_cast<int>(page.rows.size()) - 1);
    for (Study& s : page.rows)
        studies_.push_back(std::move(s));
    endInsertRows();
}

int StudyListModel::rowOfStudy(const QString& studyInstanceUid) const {
    for (std::size_t r = 0; r < studies_.size(); ++r)
        if (studies_[r].uid == studyInstanceUid)
            return static_cast<int>(r);
    return -1;
}

QString StudyListModel::studyUidAt(int row) const {
    return row >= 0 && row < rowCount() ? studies_[static_cast<std::size_t>(row)].uid : QString();
}

} // namespace pellucid

#include "app/gui/pacs/TransferQueueView.h"

#include "app/gui/jobs/RetrieveJobs.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pellucid {
namespace {

QString stateName(const TransferJob& job) {
    switch (job.status.state) {
    case RetrieveJobState::Queued:
        return TransferQueueView::tr("Queued");
    case RetrieveJobState::Running:
        return TransferQueueView::tr("Running");
    case RetrieveJobState::Done:
        return TransferQueueView::tr("Done");
    case RetrieveJobState::Failed:
        return TransferQueueView::tr("Failed");
    case RetrieveJobState::Cancelled:
        return TransferQueueView::tr("Cancelled");
    }
    return {};
}

} // namespace

TransferQueueView::TransferQueueView(RetrieveJobs& jobs, QWidget* parent)
    : QWidget(parent)
    , jobs_(jobs) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Transfers")), 1);
    clear_ = new QPushButton(tr("Clear Finished"));
    header->addWidget(clear_);
    layout->addLayout(header);
    table_ = new QTableWidget(0, ColumnCount);
    table_->setHorizontalHeaderLabels(
        {tr("Node"), tr("Study / Series"), tr("State"), tr("Progress"), QString()});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(What, QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(Progress, QHeaderView::Interactive);
    table_->setColumnWidth(Progress, 260);
    layout->addWidget(table_);

    connect(clear_, &QPushButton::clicked, &jobs_, &RetrieveJobs::clearFinished);
    connect(&jobs_, &RetrieveJobs::jobAdded, this, &TransferQueueView::addRow);
    connect(&jobs_, &RetrieveJobs::jobChanged, this, &TransferQueueView::updateRow);
    connect(&jobs_, &RetrieveJobs::jobsRemoved, this, &TransferQueueView::rebuild);
    rebuild();
}

QString TransferQueueView::stateText(int row) const {
    const QTableWidgetItem* item = table_->item(row, State);
    return item ? item->text() : QString();
}

void TransferQueueView::rebuild() {
    table_->setRowCount(0);
    for (int row = 0; row < static_cast<int>(jobs_.jobs().size()); ++row)
        addRow(row);
}

void TransferQueueView::addRow(int row) {
    table_->insertRow(row);
    const TransferJob& job = jobs_.jobs()[static_cast<std::size_t>(row)];
    table_->setItem(row, Node, new QTableWidgetItem(job.node));
    auto* what = new QTableWidgetItem(job.description);
    what->setToolTip(job.seriesInstanceUid.isEmpty() ? job.studyInstanceUid
                                                     : job.seriesInstanceUid);
    table_->setItem(row, What, what);
    table_->setItem(row, State, new QTableWidgetItem);
    auto* bar = new QProgressBar;
    bar->setTextVisible(true);
    table_->setCellWidget(row, Progress, bar);
    auto* cancel = new QPushButton(tr("Cancel"));
    // By job id, not row: rows move when finished jobs are cleared.
    connect(cancel, &QPushButton::clicked, this, [this, id = job.id] { jobs_.cancel(id); });
    table_->setCellWidget(row, Action, cancel);
    updateRow(row);
}

void TransferQueueView::updateRow(int row) {
    if (row < 0 || row >= table_->rowCount())
        return;
    const TransferJob& job = jobs_.jobs()[static_cast<std::size_t>(row)];
    QString state = stateName(job);
    if (job.finished() && job.status.state != RetrieveJobState::Done &&
        !job.status.result.error.empty())
        state += QStringLiteral(": ") + QString::fromStdString(job.status.result.error);
    QTableWidgetItem* stateItem = table_->item(row, State);
    stateItem->setText(state);
    stateItem->setToolTip(state);

    // While running the node's pending responses count; at the end its final counts.
    const RetrieveProgress p = job.finished() ? job.status.result.counts : job.status.progress;
    const unsigned done = p.completed + p.failed + p.warning;
    const unsigned total = done + p.remaining;
    auto* bar = static_cast<QProgressBar*>(table_->cellWidget(row, Progress));
    if (total == 0) {
        bar->setRange(0, job.status.state == RetrieveJobState::Running ? 0 : 1);
        bar->setValue(job.status.state == RetrieveJobState::Done ? 1 : 0);
        bar->setFormat(job.status.state == RetrieveJobState::Done ? tr("Done") : QString());
    } else {
        bar->setRange(0, static_cast<int>(total));
        bar->setValue(static_cast<int>(done));
        bar->setFormat(p.failed
                           ? tr("%1 of %2, %3 failed").arg(p.completed).arg(total).arg(p.failed)
                           : tr("%1 of %2").arg(p.completed).arg(total));
    }
    table_->cellWidget(row, Action)->setEnabled(!job.finished());
}

} // namespace pellucid

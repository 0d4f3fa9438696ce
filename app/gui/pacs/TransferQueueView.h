#pragma once

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace pellucid {

class RetrieveJobs;

// The transfer queue: every retrieve with its node, what it brings, its state and a progress
// bar of completed / remaining / failed sub-operations, a Cancel button per running or queued
// job, and "Clear finished".
class TransferQueueView : public QWidget {
    Q_OBJECT
public:
    explicit TransferQueueView(RetrieveJobs& jobs, QWidget* parent = nullptr);

    enum Column { Node, What, State, Progress, Action, ColumnCount };
    QTableWidget& table() { return *table_; }
    // The text the state column shows (for tests and the status bar).
    QString stateText(int row) const;

private:
    void addRow(int row);
    void updateRow(int row);
    void rebuild();

    RetrieveJobs& jobs_;
    QTableWidget* table_ = nullptr;
    QPushButton* clear_ = nullptr;
};

} // namespace pellucid

#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace pellucid {

// Settings > Local node (our AE title, port, storage service on/off), Remote nodes (the
// NodeDirectory, edited in RemoteNodeDialog, saved at once), Cache (folder and size limit) and
// Language. OK and Apply write the settings; our node's changes restart the storage service
// through storageSettingsChanged(), the cache folder and the language take effect at the next
// start.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    enum Page { LocalNodePage, RemoteNodesPage, CachePage, LanguagePage };
    // `settingsFile`: an INI file (tests, portable installs); empty: the application's settings.
    explicit SettingsDialog(QString settingsFile = {}, QWidget* parent = nullptr);

    void showPage(Page page);
    // Checks and writes the pages' values; false (nothing written) and errorText() says why.
    bool apply();
    QString errorText() const;
    QString echoText() const; // the last echo's answer on the Remote nodes page
    QTableWidget& nodeTable() { return *nodes_; }
    void accept() override;

public slots:
    void echoSelectedNode();

signals:
    // Our AE title, port or the storage service switch changed: restart it.
    void storageSettingsChanged();
    void nodesChanged();
    void echoFinished(bool ok);

private:
    QWidget* buildLocalNodePage();
    QWidget* buildRemoteNodesPage();
    QWidget* buildCachePage();
    QWidget* buildLanguagePage();
    void load();
    void reloadNodes();
    void addNode();
    void editNode();
    void removeNode();

    QString settingsFile_;
    QTabWidget* tabs_ = nullptr;
    QLabel* error_ = nullptr;
    QCheckBox* storageEnabled_ = nullptr;
    QLineEdit* aeTitle_ = nullptr;
    QSpinBox* port_ = nullptr;
    QTableWidget* nodes_ = nullptr;
    QLabel* echoResult_ = nullptr;
    QLineEdit* cacheRoot_ = nullptr;
    QSpinBox* cacheLimit_ = nullptr;
    QComboBox* language_ = nullptr;
};

} // namespace pellucid

#include "app/gui/settings/SettingsDialog.h"

#include "app/gui/pacs/NodeEcho.h"
#include "app/gui/pacs/RemoteNodeDialog.h"
#include "app/gui/settings/AppSettings.h"
#include "core/cache/Cache.h"
#include "net/common/NodeDirectory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pellucid {
namespace {

const QString kStorageEnabled = QStringLiteral("storage/enabled");
const QString kStorageAeTitle = QStringLiteral("storage/aeTitle");
const QString kStoragePort = QStringLiteral("storage/port");
const QString kCacheRoot = QStringLiteral("cache/root");
const QString kCacheLimit = QStringLiteral("cache/sizeLimitMB");
const QString kLanguage = QStringLiteral("ui/language");

QLabel* note(const QString& text) {
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(mid);"));
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(QString settingsFile, QWidget* parent)
    : QDialog(parent)
    , settingsFile_(std::move(settingsFile)) {
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    tabs_ = new QTabWidget;
    tabs_->addTab(buildLocalNodePage(), tr("Local Node"));
    tabs_->addTab(buildRemoteNodesPage(), tr("Remote Nodes"));
    tabs_->addTab(buildCachePage(), tr("Cache"));
    tabs_->addTab(buildLanguagePage(), tr("Language"));
    layout->addWidget(tabs_);
    error_ = new QLabel;
    error_->setObjectName(QStringLiteral("error"));
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #c0392b;"));
    layout->addWidget(error_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply |
                                         QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);
    layout->addWidget(buttons);
    load();
    resize(640, 480);
}

QWidget* SettingsDialog::buildLocalNodePage() {
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    storageEnabled_ = new QCheckBox(tr("Receive studies (DICOM Storage SCP)"));
    storageEnabled_->setObjectName(QStringLiteral("storageEnabled"));
    aeTitle_ = new QLineEdit;
    aeTitle_->setObjectName(QStringLiteral("localAeTitle"));
    aeTitle_->setMaxLength(16);
    port_ = new QSpinBox;
    port_->setObjectName(QStringLiteral("localPort"));
    port_->setRange(1, 65535);
    form->addRow(storageEnabled_);
    form->addRow(tr("Our AE title:"), aeTitle_);
    form->addRow(tr("Port:"), port_);
    form->addRow(note(tr("Other nodes send to us (and C-MOVE retrieves arrive) at this AE title "
                         "and port; each PACS must know them. Applying restarts the storage "
                         "service.")));
    return page;
}

QWidget* SettingsDialog::buildRemoteNodesPage() {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    nodes_ = new QTableWidget(0, 5);
    nodes_->setHorizontalHeaderLabels(
        {tr("Name"), tr("AE Title"), tr("Host"), tr("Port"), tr("Retrieve")});
    nodes_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    nodes_->setSelectionBehavior(QAbstractItemView::SelectRows);
    nodes_->setSelectionMode(QAbstractItemView::SingleSelection);
    nodes_->verticalHeader()->hide();
    nodes_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(nodes_, &QTableWidget::cellDoubleClicked, this, &SettingsDialog::editNode);
    layout->addWidget(nodes_);
    auto* buttons = new QHBoxLayout;
    auto button = [&](const QString& text, void (SettingsDialog::*slot)()) {
        auto* b = new QPushButton(text);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    button(tr("Add…"), &SettingsDialog::addNode);
    button(tr("Edit…"), &SettingsDialog::editNode);
    button(tr("Remove"), &SettingsDialog::removeNode);
    button(tr("Echo"), &SettingsDialog::echoSelectedNode);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    echoResult_ = new QLabel;
    echoResult_->setObjectName(QStringLiteral("echoResult"));
    echoResult_->setWordWrap(true);
    layout->addWidget(echoResult_);
    layout->addWidget(note(tr("Changes to the nodes are saved at once.")));
    return page;
}

QWidget* SettingsDialog::buildCachePage() {
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    auto* row = new QHBoxLayout;
    cacheRoot_ = new QLineEdit;
    cacheRoot_->setObjectName(QStringLiteral("cacheRoot"));
    cacheRoot_->setPlaceholderText(
        tr("Default: %1").arg(QString::fromStdU16String(Cache::defaultRoot().u16string())));
    auto* browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Cache folder"), cacheRoot_->text());
        if (!folder.isEmpty())
            cacheRoot_->setText(folder);
    });
    row->addWidget(cacheRoot_, 1);
    row->addWidget(browse);
    form->addRow(tr("Cache folder:"), row);
    form->addRow(note(tr("A new cache folder is used from the next start; the studies in the "
                         "current one stay where they are.")));
    cacheLimit_ = new QSpinBox;
    cacheLimit_->setObjectName(QStringLiteral("cacheLimit"));
    cacheLimit_->setRange(0, 100'000'000);
    cacheLimit_->setSingleStep(1024);
    cacheLimit_->setSuffix(tr(" MB"));
    cacheLimit_->setSpecialValueText(tr("No limit"));
    form->addRow(tr("Size limit:"), cacheLimit_);
    form->addRow(note(tr("Above the limit, studies are removed from the cache to make room; "
                         "they can be retrieved or imported again.")));
    return page;
}

QWidget* SettingsDialog::buildLanguagePage() {
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    language_ = new QComboBox;
    language_->setObjectName(QStringLiteral("language"));
    language_->addItem(tr("As the system (%1)").arg(QLocale::system().nativeLanguageName()),
                       QString());
    // Each language in its own name, so that someone who cannot read the current one finds it.
    language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language_->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    language_->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    language_->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    language_->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    language_->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    form->addRow(tr("Language:"), language_);
    form->addRow(note(tr("The language changes at the next start.")));
    return page;
}

void SettingsDialog::load() {
    auto settings = openAppSettings(settingsFile_);
    const LocalNodeSettings local = readLocalNode(*settings);
    storageEnabled_->setChecked(local.enabled);
    aeTitle_->setText(local.aeTitle);
    port_->setValue(local.port);
    cacheRoot_->setText(settings->value(kCacheRoot).toString());
    cacheLimit_->setValue(settings->value(kCacheLimit, 0).toInt());
    const int language = language_->findData(settings->value(kLanguage).toString());
    language_->setCurrentIndex(language >= 0 ? language : 0);
    reloadNodes();
}

void SettingsDialog::showPage(Page page) {
    tabs_->setCurrentIndex(static_cast<int>(page));
}

QString SettingsDialog::errorText() const {
    return error_->text();
}

QString SettingsDialog::echoText() const {
    return echoResult_->text();
}

bool SettingsDialog::apply() {
    const QString ae = aeTitle_->text().trimmed();
    if (!isValidAeTitle(ae.toStdString())) {
        error_->setText(tr("Our AE title must be 1 to 16 characters, no backslash and not only "
                           "spaces."));
        showPage(LocalNodePage);
        return false;
    }
    error_->clear();
    auto settings = openAppSettings(settingsFile_);
    const LocalNodeSettings before = readLocalNode(*settings);
    settings->setValue(kStorageEnabled, storageEnabled_->isChecked());
    settings->setValue(kStorageAeTitle, ae);
    settings->setValue(kStoragePort, port_->value());
    const QString root = cacheRoot_->text().trimmed();
    if (root.isEmpty())
        settings->remove(kCacheRoot);
    else
        settings->setValue(kCacheRoot, root);
    settings->setValue(kCacheLimit, cacheLimit_->value());
    settings->setValue(kLanguage, language_->currentData().toString());
    settings->sync();
    if (before.enabled != storageEnabled_->isChecked() || before.aeTitle != ae ||
        before.port != port_->value())
        emit storageSettingsChanged();
    return true;
}

void SettingsDialog::accept() {
    if (apply())
        QDialog::accept();
}

void SettingsDialog::reloadNodes() {
    const std::vector<RemoteNode> nodes = NodeDirectory(settingsFile_).list();
    nodes_->setRowCount(static_cast<int>(nodes.size()));
    for (int row = 0; row < static_cast<int>(nodes.size()); ++row) {
        const RemoteNode& n = nodes[static_cast<std::size_t>(row)];
        const QStringList cells{QString::fromStdString(NodeDirectory::displayName(n)),
                                QString::fromStdString(n.aeTitle), QString::fromStdString(n.host),
                                QString::number(n.port),
                                n.retrieveMethod == RetrieveMethod::Move ? tr("C-MOVE")
                                                                         : tr("C-GET")};
        for (int c = 0; c < cells.size(); ++c)
            nodes_->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
}

void SettingsDialog::addNode() {
    RemoteNodeDialog dialog(RemoteNode{}, aeTitle_->text().trimmed(), this);
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        std::string problem;
        if (NodeDirectory(settingsFile_).add(*dialog.node(&error), &problem)) {
            reloadNodes();
            emit nodesChanged();
            return;
        }
        QMessageBox::warning(this, tr("Add a DICOM Node"), QString::fromStdString(problem));
    }
}

void SettingsDialog::editNode() {
    const int row = nodes_->currentRow();
    if (row < 0)
        return;
    const std::string name = nodes_->item(row, 0)->text().toStdString();
    NodeDirectory directory(settingsFile_);
    const auto existing = directory.find(name);
    if (!existing)
        return;
    RemoteNodeDialog dialog(*existing, aeTitle_->text().trimmed(), this);
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        std::string problem;
        if (directory.update(name, *dialog.node(&error), &problem)) {
            reloadNodes();
            emit nodesChanged();
            return;
        }
        QMessageBox::warning(this, tr("Edit a DICOM Node"), QString::fromStdString(problem));
    }
}

void SettingsDialog::removeNode() {
    const int row = nodes_->currentRow();
    if (row < 0)
        return;
    const QString name = nodes_->item(row, 0)->text();
    if (QMessageBox::question(this, tr("Remove a DICOM Node"),
                              tr("Remove %1 from the nodes?").arg(name)) != QMessageBox::Yes)
        return;
    NodeDirectory(settingsFile_).remove(name.toStdString());
    reloadNodes();
    emit nodesChanged();
}

void SettingsDialog::echoSelectedNode() {
    const int row = nodes_->currentRow();
    if (row < 0) {
        echoResult_->setText(tr("Select a node first."));
        return;
    }
    const auto node = NodeDirectory(settingsFile_).find(nodes_->item(row, 0)->text().toStdString());
    if (!node)
        return;
    echoResult_->setText(tr("Sending C-ECHO to %1…").arg(nodes_->item(row, 0)->text()));
    auto* watcher = new QFutureWatcher<EchoResult>(this);
    connect(watcher, &QFutureWatcher<EchoResult>::finished, this, [this, watcher, n = *node] {
        const EchoResult result = watcher->result();
        watcher->deleteLater();
        echoResult_->setText(describeEchoResult(n, result));
        emit echoFinished(result.ok);
    });
    watcher->setFuture(echoInBackground(*node, aeTitle_->text().trimmed()));
}

} // namespace pellucid

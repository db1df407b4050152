#pragma once

#include "cmdb/ciimport.h"
#include "cmdb/importreport.h"

#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTableWidget;
class QThread;

namespace ChangeDesk {
class Database;
}

namespace ChangeDesk::Ui {

// Imports configuration items or relations from a CSV file, or the installed software of one CI
// from an SBOM: the file's encoding and delimiter as detected (and overridable), a column
// mapping filled in from the headers, a preview of the first records, a dry run that reports
// exactly what the import would do, and the import itself in the background with progress and
// cancel. Everything the importer reports (created, updated, unchanged, removed, rejected, with
// line numbers) is listed; nothing is written when the import is refused or cancelled.
class CiImportDialog : public QDialog
{
    Q_OBJECT

public:
    CiImportDialog(std::shared_ptr<Database> db, QWidget *parent = nullptr);
    ~CiImportDialog() override;

    // Chooses the file (as Browse… does) and reads its preview.
    void setFile(const QString &path);
    void setFormat(ImportFormat format);
    // The CI an SBOM's software belongs to (empty: the CI the SBOM names).
    void setTargetCi(const QString &name);
    // Maps CSV column `column` (0-based) to field `key` ("" ignores it).
    void setColumnField(int column, const QString &key);
    void setSkipRejected(bool skip);

    // Start a dry run or the import in the background; finished() follows.
    void startDryRun();
    void startImport();
    // Asks a running import to stop; it rolls back and reports that nothing was written.
    void cancel();
    bool isRunning() const;

    // What the preview shows: the detected format, encoding and delimiter, the mapping.
    ImportFormat effectiveFormat() const { return m_effectiveFormat; }
    QStringList mappedFields() const;
    QString previewError() const;
    // The last run's report, or its error (empty when it succeeded).
    const std::optional<ImportReport> &lastReport() const { return m_report; }
    QString lastError() const { return m_lastError; }
    QString statusText() const;
    QAbstractItemModel *reportModel() const;
    QAbstractItemModel *previewModel() const;

Q_SIGNALS:
    // A run is over and its report or error is shown.
    void finished();
    // The import changed the database: views over it should reload.
    void imported();
    // Progress of the running import, 0–100.
    void progressed(int percent);

private:
    struct Outcome {
        Result<ImportReport> report = fail(ErrorKind::Internal, QString());
    };

    void browse();
    void refreshPreview();
    void fillMapping(const CsvPreview &preview);
    void fillCsvPreview(const CsvPreview &preview);
    void fillSbomPreview();
    void updateVisibility();
    void start(bool dryRun);
    void startThread(std::function<Outcome()> work);
    void runFinished();
    void showReport(const ImportReport &report);
    void showError(const QString &text);
    CsvImportOptions csvOptions() const;
    ImportFormat chosenFormat() const;
    void setRunning(bool running);

    std::shared_ptr<Database> m_db;
    QLineEdit *m_path;
    QComboBox *m_format;
    QGroupBox *m_csvBox;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QTableWidget *m_mapping;
    QGroupBox *m_sbomBox;
    QLineEdit *m_targetCi;
    QLabel *m_sbomSubject;
    QTableView *m_previewView;
    QStandardItemModel *m_preview;
    QLabel *m_detected;
    QLabel *m_previewError;
    QCheckBox *m_skipRejected;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableView *m_reportView;
    QStandardItemModel *m_reportModel;
    QPushButton *m_dryRunButton;
    QPushButton *m_importButton;
    QPushButton *m_cancelButton;

    ImportFormat m_effectiveFormat = ImportFormat::Csv;
    QStringList m_columns;
    bool m_filling = false;
    bool m_runningDryRun = false;
    std::optional<ImportReport> m_report;
    QString m_lastError;
    QString m_previewErrorText;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread *m_thread = nullptr; // the running import, if any
    std::shared_ptr<Outcome> m_outcome;
};

} // namespace ChangeDesk::Ui

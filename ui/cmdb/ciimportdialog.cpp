#include "ciimportdialog.h"

#include "cmdb/cifields.h"
#include "cmdb/sbom.h"
#include "cmdb/sbomimport.h"
#include "common/messages.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QThread>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {

// Entries beyond this many are summed up in one line: a report of 100,000 unchanged records
// helps nobody, and the rejected ones and the warnings are always listed.
constexpr qsizetype kMaxListedEntries = 2000;

QString delimiterName(QChar c)
{
    if (c == u',')
        return CiImportDialog::tr("comma");
    if (c == u';')
        return CiImportDialog::tr("semicolon");
    if (c == u'\t')
        return CiImportDialog::tr("tab");
    if (c == u'|')
        return CiImportDialog::tr("vertical bar");
    return u"'%1'"_s.arg(c);
}

} // namespace

CiImportDialog::CiImportDialog(std::shared_ptr<Database> db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_path(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_csvBox(new QGroupBox(tr("CSV file"), this))
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_mapping(new QTableWidget(this))
    , m_sbomBox(new QGroupBox(tr("SBOM"), this))
    , m_targetCi(new QLineEdit(this))
    , m_sbomSubject(new QLabel(this))
    , m_previewView(new QTableView(this))
    , m_preview(new QStandardItemModel(this))
    , m_detected(new QLabel(this))
    , m_previewError(new QLabel(this))
    , m_skipRejected(new QCheckBox(tr("&Write the valid records even if others are rejected"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_reportView(new QTableView(this))
    , m_reportModel(new QStandardItemModel(this))
    , m_dryRunButton(new QPushButton(tr("&Check (dry run)"), this))
    , m_importButton(new QPushButton(tr("&Import"), this))
    , m_cancelButton(new QPushButton(tr("C&ancel import"), this))
{
    setWindowTitle(tr("Import into the CMDB"));

    auto *browse = new QPushButton(tr("&Browse…"), this);
    m_path->setPlaceholderText(tr("CSV file of configuration items or relations, or an SBOM (JSON)"));
    m_format->addItem(tr("Detect from the content"), int(ImportFormat::Auto));
    m_format->addItem(tr("Configuration items (CSV)"), int(ImportFormat::Csv));
    m_format->addItem(tr("Relations (CSV)"), int(ImportFormat::CsvRelations));
    m_format->addItem(tr("CycloneDX SBOM (JSON)"), int(ImportFormat::CycloneDx));
    m_format->addItem(tr("SPDX 2.3 SBOM (JSON)"), int(ImportFormat::Spdx));

    m_encoding->addItem(tr("Detect"), -1);
    for (CsvEncoding encoding :
         {CsvEncoding::Utf8, CsvEncoding::Utf16LE, CsvEncoding::Utf16BE, CsvEncoding::Windows1252})
        m_encoding->addItem(CsvReader::encodingName(encoding), int(encoding));
    m_delimiter->addItem(tr("Detect"), QString());
    for (QChar c : {u',', u';', u'\t', u'|'})
        m_delimiter->addItem(delimiterName(c), QString(c));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *top = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    top->addRow(fileLabel, fileRow);
    top->addRow(tr("F&ormat:"), m_format);

    m_mapping->setColumnCount(3);
    m_mapping->setHorizontalHeaderLabels({tr("Column"), tr("First value"), tr("Imported as")});
    m_mapping->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mapping->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_mapping->verticalHeader()->hide();
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *csvSettings = new QFormLayout;
    csvSettings->addRow(tr("&Encoding:"), m_encoding);
    csvSettings->addRow(tr("&Delimiter:"), m_delimiter);
    auto *csvLayout = new QVBoxLayout(m_csvBox);
    csvLayout->addLayout(csvSettings);
    csvLayout->addWidget(m_detected);
    auto *mappingLabel = new QLabel(tr("Column &mapping:"), this);
    mappingLabel->setBuddy(m_mapping);
    csvLayout->addWidget(mappingLabel);
    csvLayout->addWidget(m_mapping, 1);

    m_targetCi->setPlaceholderText(tr("the configuration item the SBOM names"));
    auto *sbomLayout = new QFormLayout(m_sbomBox);
    sbomLayout->addRow(tr("Configuration &item:"), m_targetCi);
    sbomLayout->addRow(tr("Describes:"), m_sbomSubject);
    m_sbomSubject->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_previewView->setModel(m_preview);
    m_previewView->verticalHeader()->hide();
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    m_previewError->setWordWrap(true);
    m_previewError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewError->setStyleSheet(u"color: #b00020;"_s);
    m_detected->setWordWrap(true);

    m_reportView->setModel(m_reportModel);
    m_reportView->verticalHeader()->hide();
    m_reportView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reportView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reportView->horizontalHeader()->setStretchLastSection(true);
    m_reportModel->setHorizontalHeaderLabels({tr("Line"), tr("Record"), tr("Result"), tr("Details")});
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_cancelButton->hide();

    auto *previewBox = new QGroupBox(tr("Preview"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_previewError);
    previewLayout->addWidget(m_previewView);
    auto *reportBox = new QGroupBox(tr("Result"), this);
    auto *reportLayout = new QVBoxLayout(reportBox);
    reportLayout->addWidget(m_status);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    reportLayout->addLayout(progressRow);
    reportLayout->addWidget(m_reportView, 1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_csvBox, 1);
    leftLayout->addWidget(m_sbomBox);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(previewBox);
    right->addWidget(reportBox);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    // Room for the mapping's three columns (header, first value, the field it fills).
    split->setSizes({450, 650});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_dryRunButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_importButton, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_skipRejected);
    layout->addWidget(buttons);
    resize(1100, 720);

    connect(browse, &QPushButton::clicked, this, &CiImportDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &CiImportDialog::refreshPreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &CiImportDialog::refreshPreview);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &CiImportDialog::refreshPreview);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &CiImportDialog::refreshPreview);
    connect(m_dryRunButton, &QPushButton::clicked, this, &CiImportDialog::startDryRun);
    connect(m_importButton, &QPushButton::clicked, this, &CiImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &CiImportDialog::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    updateVisibility();
    m_status->setText(tr("Choose a file. A dry run shows what the import would do without "
                         "changing anything."));
}

CiImportDialog::~CiImportDialog()
{
    // The children go after this destructor; what they signal on the way (a line edit losing
    // focus finishes its editing) must not reach this half-destroyed dialog.
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
    // The import runs on a connection of its own thread; let it roll back before the dialog and
    // its share of the database go.
    if (m_cancel)
        m_cancel->store(true);
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void CiImportDialog::setFile(const QString &path)
{
    m_path->setText(path);
    refreshPreview();
}

void CiImportDialog::setFormat(ImportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void CiImportDialog::setTargetCi(const QString &name)
{
    m_targetCi->setText(name);
}

void CiImportDialog::setColumnField(int column, const QString &key)
{
    if (column < 0 || column >= m_mapping->rowCount())
        return;
    auto *box = qobject_cast<QComboBox *>(m_mapping->cellWidget(column, 2));
    const int index = box->findData(key);
    if (index >= 0)
        box->setCurrentIndex(index);
}

void CiImportDialog::setSkipRejected(bool skip)
{
    m_skipRejected->setChecked(skip);
}

void CiImportDialog::browse()
{
    const QString path
        = Messages::openFileName(this, tr("Import into the CMDB"), QFileInfo(m_path->text()).absolutePath(),
                                 tr("CSV and SBOM files (*.csv *.txt *.json);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

ImportFormat CiImportDialog::chosenFormat() const
{
    return ImportFormat(m_format->currentData().toInt());
}

CsvImportOptions CiImportDialog::csvOptions() const
{
    CsvImportOptions options;
    if (const int encoding = m_encoding->currentData().toInt(); encoding >= 0)
        options.encoding = CsvEncoding(encoding);
    if (const QString delimiter = m_delimiter->currentData().toString(); !delimiter.isEmpty())
        options.delimiter = delimiter.at(0);
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const auto *box = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, 2));
        const QString field = box->currentData().toString();
        options.mapping.append({u"#%1"_s.arg(row + 1), field.isEmpty() ? u"-"_s : field});
    }
    options.skipRejected = m_skipRejected->isChecked();
    return options;
}

QStringList CiImportDialog::mappedFields() const
{
    QStringList fields;
    for (int row = 0; row < m_mapping->rowCount(); ++row)
        fields.append(qobject_cast<QComboBox *>(m_mapping->cellWidget(row, 2))->currentData().toString());
    return fields;
}

QString CiImportDialog::previewError() const
{
    return m_previewErrorText;
}

QString CiImportDialog::statusText() const
{
    return m_status->text();
}

QAbstractItemModel *CiImportDialog::reportModel() const
{
    return m_reportModel;
}

QAbstractItemModel *CiImportDialog::previewModel() const
{
    return m_preview;
}

void CiImportDialog::refreshPreview()
{
    if (m_filling)
        return;
    m_previewErrorText.clear();
    m_previewError->clear();
    m_preview->clear();
    m_detected->clear();
    m_sbomSubject->clear();
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_mapping->setRowCount(0);
        updateVisibility();
        return;
    }

    const ImportFormat chosen = chosenFormat();
    if (chosen == ImportFormat::Auto) {
        auto detected = CiImporter::detectFormat(path);
        if (!detected) {
            m_previewErrorText = detected.error().message;
            m_previewError->setText(m_previewErrorText);
            m_mapping->setRowCount(0);
            updateVisibility();
            return;
        }
        m_effectiveFormat = *detected;
    } else {
        m_effectiveFormat = chosen;
    }

    if (m_effectiveFormat == ImportFormat::CycloneDx || m_effectiveFormat == ImportFormat::Spdx) {
        m_mapping->setRowCount(0);
        fillSbomPreview();
    } else {
        // A new file gets its mapping from its headers; the person's choices count after that.
        CsvImportOptions options = csvOptions();
        options.mapping.clear();
        auto preview = CiImporter::preview(path, options);
        if (!preview) {
            m_previewErrorText = preview.error().message;
            m_previewError->setText(m_previewErrorText);
            m_mapping->setRowCount(0);
        } else {
            if (chosen == ImportFormat::Auto)
                m_effectiveFormat = preview->format;
            fillMapping(*preview);
            fillCsvPreview(*preview);
        }
    }
    updateVisibility();
}

void CiImportDialog::fillMapping(const CsvPreview &preview)
{
    m_filling = true;
    m_columns = preview.columns;
    const bool relations = m_effectiveFormat == ImportFormat::CsvRelations;
    const QStringList keys = relations ? CiFields::relationKeys() : CiFields::keys();
    m_mapping->setRowCount(int(preview.columns.size()));
    for (int row = 0; row < preview.columns.size(); ++row) {
        const QString header = preview.columns.at(row);
        auto *name = new QTableWidgetItem(header);
        m_mapping->setItem(row, 0, name);
        const QString first = preview.records.isEmpty() || row >= preview.records.first().fields.size()
            ? QString()
            : preview.records.first().fields.at(row);
        m_mapping->setItem(row, 1, new QTableWidgetItem(first));

        auto *box = new QComboBox(m_mapping);
        box->addItem(tr("(not imported)"), QString());
        for (const QString &key : keys)
            box->addItem(relations ? CiFields::relationLabel(key) : CiFields::label(key), key);
        const QString mapped = row < preview.fields.size() ? preview.fields.at(row) : QString();
        if (!relations) {
            // A column that names no field can still become a custom attribute of its name.
            QString attribute = header.trimmed().toLower();
            attribute.replace(u' ', u'_');
            attribute = CiFields::attributePrefix() + attribute;
            if (!mapped.isEmpty() && !keys.contains(mapped))
                box->addItem(CiFields::label(mapped), mapped);
            if (attribute != mapped && CiFields::isField(attribute))
                box->addItem(CiFields::label(attribute), attribute);
        }
        box->setCurrentIndex(std::max(0, box->findData(mapped)));
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (m_filling)
                return;
            if (auto again = CiImporter::preview(m_path->text().trimmed(), csvOptions()))
                fillCsvPreview(*again);
        });
        m_mapping->setCellWidget(row, 2, box);
    }
    m_filling = false;
    m_detected->setText(
        tr("Read as %1, separated by %2; %n column(s).", nullptr, int(preview.columns.size()))
            .arg(CsvReader::encodingName(preview.encoding), delimiterName(preview.delimiter)));
}

void CiImportDialog::fillCsvPreview(const CsvPreview &preview)
{
    m_preview->clear();
    const QStringList fields = mappedFields();
    QStringList headers;
    const bool relations = m_effectiveFormat == ImportFormat::CsvRelations;
    for (int column = 0; column < preview.columns.size(); ++column) {
        const QString field = column < fields.size() ? fields.at(column) : QString();
        const QString label = field.isEmpty()
            ? tr("not imported")
            : (relations ? CiFields::relationLabel(field) : CiFields::label(field));
        headers.append(u"%1\n→ %2"_s.arg(preview.columns.at(column), label));
    }
    m_preview->setColumnCount(int(headers.size()) + 1);
    m_preview->setHorizontalHeaderLabels(QStringList {tr("Line")} + headers);
    for (const CsvRecord &record : preview.records) {
        QList<QStandardItem *> row {new QStandardItem(QString::number(record.line))};
        for (const QString &value : record.fields) {
            auto *item = new QStandardItem(value);
            row.append(item);
        }
        m_preview->appendRow(row);
    }
    for (int column = 1; column <= fields.size(); ++column)
        if (fields.value(column - 1).isEmpty())
            for (int row = 0; row < m_preview->rowCount(); ++row)
                if (auto *item = m_preview->item(row, column))
                    item->setForeground(palette().placeholderText());
    m_previewView->resizeColumnsToContents();
}

void CiImportDialog::fillSbomPreview()
{
    auto sbom = SbomParser::parseFile(m_path->text().trimmed());
    if (!sbom) {
        m_previewErrorText = sbom.error().message;
        m_previewError->setText(m_previewErrorText);
        return;
    }
    const QString format
        = sbom->format == Sbom::CycloneDX ? u"CycloneDX %1"_s.arg(sbom->specVersion) : sbom->specVersion;
    m_sbomSubject->setText(
        tr("%1 (%2, %n component(s))", nullptr, int(sbom->components.size()))
            .arg(sbom->subjectName.isEmpty() ? tr("nothing named") : sbom->subjectName, format));
    m_preview->setColumnCount(5);
    m_preview->setHorizontalHeaderLabels(
        {tr("#"), tr("Product"), tr("Version"), tr("Vendor"), tr("Package URL")});
    const qsizetype shown = std::min<qsizetype>(sbom->components.size(), 200);
    for (qsizetype i = 0; i < shown; ++i) {
        const SbomComponent &c = sbom->components.at(i);
        m_preview->appendRow({new QStandardItem(QString::number(i + 1)), new QStandardItem(c.name),
                              new QStandardItem(c.version), new QStandardItem(c.vendor),
                              new QStandardItem(c.purl)});
    }
    m_previewView->resizeColumnsToContents();
}

void CiImportDialog::updateVisibility()
{
    const bool sbom = m_effectiveFormat == ImportFormat::CycloneDx || m_effectiveFormat == ImportFormat::Spdx;
    const bool haveFile = !m_path->text().trimmed().isEmpty() && m_previewErrorText.isEmpty();
    m_csvBox->setVisible(!sbom);
    m_sbomBox->setVisible(sbom);
    const bool running = isRunning();
    m_dryRunButton->setEnabled(haveFile && !running && !m_db->isReadOnly());
    m_importButton->setEnabled(haveFile && !running && !m_db->isReadOnly());
    m_path->setEnabled(!running);
    m_format->setEnabled(!running);
    m_csvBox->setEnabled(!running);
    m_sbomBox->setEnabled(!running);
    m_skipRejected->setEnabled(!running);
}

bool CiImportDialog::isRunning() const
{
    return m_thread != nullptr;
}

void CiImportDialog::startDryRun()
{
    start(true);
}

void CiImportDialog::startImport()
{
    start(false);
}

void CiImportDialog::cancel()
{
    if (m_cancel && isRunning()) {
        m_cancel->store(true);
        m_status->setText(tr("Cancelling: everything is being rolled back …"));
    }
}

void CiImportDialog::start(bool dryRun)
{
    if (isRunning())
        return;
    const QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return;
    m_runningDryRun = dryRun;
    m_report.reset();
    m_lastError.clear();
    m_reportModel->removeRows(0, m_reportModel->rowCount());
    m_cancel = std::make_shared<std::atomic_bool>(false);

    // Progress travels to the dialog as queued calls; the flag travels back.
    // The dialog outlives the run: its destructor waits for it, and Qt drops calls still queued
    // for a destroyed object.
    const auto cancelFlag = m_cancel;
    CiImportDialog *dialog = this;
    const ImportProgressCallback progress = [cancelFlag, dialog](const ImportProgress &p) {
        const int percent = p.total > 0 ? int(p.done * 100 / p.total) : 0;
        const bool checking = p.phase == ImportProgress::Phase::Checking;
        QMetaObject::invokeMethod(
            dialog,
            [dialog, percent, checking] {
                dialog->m_progress->setValue(percent);
                dialog->m_progress->setFormat(checking ? tr("Checking the file … %p%")
                                                       : tr("Importing … %p%"));
                Q_EMIT dialog->progressed(percent);
            },
            Qt::QueuedConnection);
        return !cancelFlag->load();
    };

    const std::shared_ptr<Database> db = m_db;
    const ImportFormat format = m_effectiveFormat;
    if (format == ImportFormat::CycloneDx || format == ImportFormat::Spdx) {
        SbomImportOptions options;
        options.ciName = m_targetCi->text().trimmed();
        options.expectedFormat = format == ImportFormat::CycloneDx ? Sbom::CycloneDX : Sbom::Spdx;
        options.dryRun = dryRun;
        options.skipRejected = m_skipRejected->isChecked();
        options.progress = progress;
        startThread([db, path, options] { return Outcome {SbomImporter(*db).importFile(path, options)}; });
    } else {
        CsvImportOptions options = csvOptions();
        options.dryRun = dryRun;
        options.progress = progress;
        const QString actor = db->sessionUser();
        startThread([db, path, options, format, actor] {
            const CiImporter importer(*db, actor);
            return Outcome {format == ImportFormat::CsvRelations ? importer.importRelations(path, options)
                                                                 : importer.importCis(path, options)};
        });
    }
    setRunning(true);
    m_status->setText(dryRun ? tr("Checking what the import would do …") : tr("Importing …"));
}

void CiImportDialog::startThread(std::function<Outcome()> work)
{
    // A thread of its own rather than the global pool: the database gives each thread its own
    // connection, and that thread has to end before the database is closed (a pooled thread would
    // keep the connection and hand it to the next database opened).
    auto outcome = std::make_shared<Outcome>();
    m_outcome = outcome;
    m_thread = QThread::create([outcome, work = std::move(work)] { *outcome = work(); });
    connect(m_thread, &QThread::finished, this, &CiImportDialog::runFinished);
    m_thread->start();
}

void CiImportDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Checking the file … %p%"));
    m_cancelButton->setVisible(running);
    updateVisibility();
}

void CiImportDialog::runFinished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const Outcome outcome = *m_outcome;
    m_outcome.reset();
    m_cancel.reset();
    setRunning(false);
    if (!outcome.report) {
        const Error &error = outcome.report.error();
        if (error.kind == ErrorKind::Cancelled)
            showError(tr("The import was cancelled. Nothing was changed."));
        else
            showError(error.message);
    } else {
        showReport(*outcome.report);
        if (outcome.report->committed)
            Q_EMIT imported();
    }
    Q_EMIT finished();
}

void CiImportDialog::showError(const QString &text)
{
    m_lastError = text;
    m_status->setText(text);
    m_status->setStyleSheet(u"color: #b00020;"_s);
}

void CiImportDialog::showReport(const ImportReport &report)
{
    m_report = report;
    m_status->setStyleSheet(QString());
    QString text = report.summary();
    if (report.refused() && report.dryRun)
        text += u" "_s
            + tr("The import would be refused: correct the rejected records, or choose to write "
                 "the valid ones.");
    else if (report.refused())
        text += u" "_s
            + tr("Nothing was written: correct the rejected records, or choose to write the "
                 "valid ones.");
    else if (report.dryRun)
        text += u" "_s + tr("This was a dry run: nothing was written.");
    else if (report.committed)
        text += u" "_s + tr("The changes are saved.");
    if (!report.warnings.isEmpty())
        text += u" "_s + tr("%n warning(s).", nullptr, int(report.warnings.size()));
    m_status->setText(text);
    if (report.refused())
        m_status->setStyleSheet(u"color: #b00020;"_s);

    m_reportModel->removeRows(0, m_reportModel->rowCount());
    const auto addRow = [this](qint64 line, const QString &key, const QString &result, const QString &details,
                               bool problem) {
        QList<QStandardItem *> row {new QStandardItem(line > 0 ? QString::number(line) : QString()),
                                    new QStandardItem(key), new QStandardItem(result),
                                    new QStandardItem(details)};
        if (problem) {
            for (QStandardItem *item : row) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
        }
        m_reportModel->appendRow(row);
    };
    // Problems first, then what happened to the other records.
    for (const ImportEntry &entry : report.entries)
        if (entry.outcome == ImportOutcome::Rejected)
            addRow(entry.line, entry.key, ImportReport::outcomeName(entry.outcome), entry.message, true);
    for (const ImportWarning &warning : report.warnings)
        addRow(warning.line, QString(), tr("Warning"), warning.message, true);
    qsizetype listed = 0;
    qsizetype left = 0;
    for (const ImportEntry &entry : report.entries) {
        if (entry.outcome == ImportOutcome::Rejected)
            continue;
        if (listed++ >= kMaxListedEntries) {
            ++left;
            continue;
        }
        addRow(entry.line, entry.key, ImportReport::outcomeName(entry.outcome), entry.message, false);
    }
    if (left > 0)
        addRow(0, QString(), QString(), tr("… and %n more record(s), as counted above.", nullptr, int(left)),
               false);
    m_reportView->resizeColumnToContents(0);
    m_reportView->resizeColumnToContents(1);
    m_reportView->resizeColumnToContents(2);
}

} // namespace ChangeDesk::Ui

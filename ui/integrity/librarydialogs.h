#pragma once

#include "change/changeservice.h"
#include "integrity/packagelibrary.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QTableWidget;

namespace ChangeDesk {
class Clock;
class Database;
} // namespace ChangeDesk

namespace ChangeDesk::Ui {

// Adds a package to the software library: the file (checksum and signature files lying beside it
// are found), its kind, vendor, product, version and source. The library decides
// (PackageLibrary::add); a refusal is shown in the dialog, and what was typed stays.
class PackageDialog : public QDialog
{
    Q_OBJECT

public:
    PackageDialog(std::shared_ptr<Database> db, ChangeActor actor, const Clock &clock,
                  QWidget *parent = nullptr);

    void setFile(const QString &path);
    // ---- For tests ----
    QLineEdit *field(const QString &name) const;
    QComboBox *kindBox() const { return m_kind; }
    QLabel *message() const { return m_message; }
    // The package added, once accepted.
    qint64 addedId() const { return m_added; }

    void accept() override;

private:
    void browse(QLineEdit *edit, const QString &title);

    std::shared_ptr<Database> m_db;
    ChangeActor m_actor;
    const Clock &m_clock;
    QHash<QString, QLineEdit *> m_fields;
    QComboBox *m_kind;
    QLabel *m_message;
    qint64 m_added = 0;
};

// The acceptance record (M9): the test environment, the test cases with their results and notes,
// and the declaration: accepted, or refused with the reasons.
class AcceptanceDialog : public QDialog
{
    Q_OBJECT

public:
    AcceptanceDialog(std::shared_ptr<Database> db, ChangeActor actor, const Clock &clock,
                     const Package &package, QWidget *parent = nullptr);

    // ---- For tests ----
    QLineEdit *environment() const { return m_environment; }
    QTableWidget *tests() const { return m_tests; }
    void addTest(const QString &name, const QString &result, const QString &note = {});
    QRadioButton *acceptedButton() const { return m_accepted; }
    QRadioButton *refusedButton() const { return m_refused; }
    QPlainTextEdit *reasons() const { return m_reasons; }
    QLabel *message() const { return m_message; }

    void accept() override;

private:
    std::shared_ptr<Database> m_db;
    ChangeActor m_actor;
    const Clock &m_clock;
    Package m_package;
    QLineEdit *m_environment;
    QTableWidget *m_tests;
    QRadioButton *m_accepted;
    QRadioButton *m_refused;
    QPlainTextEdit *m_reasons;
    QLabel *m_message;
};

// Releases an accepted package: the release date and the restrictions; the file is hashed again
// and entered into the reference checksum register.
class ReleaseDialog : public QDialog
{
    Q_OBJECT

public:
    ReleaseDialog(std::shared_ptr<Database> db, ChangeActor actor, const Clock &clock, const Package &package,
                  QWidget *parent = nullptr);

    // ---- For tests ----
    QDateEdit *date() const { return m_date; }
    QPlainTextEdit *restrictions() const { return m_restrictions; }
    QLabel *message() const { return m_message; }

    void accept() override;

private:
    std::shared_ptr<Database> m_db;
    ChangeActor m_actor;
    const Clock &m_clock;
    Package m_package;
    QDateEdit *m_date;
    QPlainTextEdit *m_restrictions;
    QLabel *m_message;
};

} // namespace ChangeDesk::Ui

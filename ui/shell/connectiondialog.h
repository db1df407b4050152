#pragma once

#include "storage/databaseurl.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace ChangeDesk::Ui {

// Chooses the database: an SQLite file or a PostgreSQL server, from scratch or from the recent
// list, with a connection test that runs in the background.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(const DatabaseUrl &current, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // The chosen database, with the password typed for this session (valid after accept()).
    DatabaseUrl url() const { return m_url; }
    bool rememberPassword() const;

    void accept() override;
    // Starts the background connection test; the result appears in the dialog.
    void testConnection();

private:
    Result<DatabaseUrl> urlFromFields() const;
    void fillFrom(const DatabaseUrl &url);
    void updateBackend();
    void showResult(bool ok, const QString &text);
    void browse();

    QRadioButton *m_sqliteChoice;
    QRadioButton *m_postgresChoice;
    QStackedWidget *m_pages;
    QLineEdit *m_sqlitePath;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QListWidget *m_recent;
    QPushButton *m_testButton;
    QLabel *m_result;
    QFutureWatcher<Result<QString>> m_test;
    DatabaseUrl m_url;
};

} // namespace ChangeDesk::Ui

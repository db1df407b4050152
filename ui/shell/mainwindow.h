#pragma once

#include <QList>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace ChangeDesk::Ui {

class Pane;
class Session;

// Hosts the four panes with a navigation bar, the menus that belong to the whole application
// and a status bar naming the database and the user. Each pane owns its own actions.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    QList<Pane *> panes() const { return m_panes; }
    Pane *currentPane() const;
    void showPane(int index);

    // Actions reachable from menus; public so that tests trigger them.
    void openDatabase();
    void backupDatabase();
    void showSettings();
    void showAbout();

protected:
    void closeEvent(class QCloseEvent *event) override;

private:
    void addPane(Pane *pane);
    void createMenus();
    void databaseChanged();

    Session &m_session;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QList<Pane *> m_panes;
    QLabel *m_databaseLabel;
    QLabel *m_userLabel;
    class QAction *m_backupAction = nullptr;
};

} // namespace ChangeDesk::Ui

#pragma once

#include <QWidget>

class QLabel;

namespace ChangeDesk::Ui {

// What a pane shows when it has nothing to list yet: a title and a sentence on what will appear.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);
    void setText(const QString &title, const QString &explanation);

private:
    QLabel *m_title;
    QLabel *m_explanation;
};

} // namespace ChangeDesk::Ui

#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace ChangeDesk::Ui {

// Asks why: for a transition that needs a reason, or a decision on an objection. OK stays
// disabled until a reason is typed.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString &title, const QString &question, QWidget *parent = nullptr);
    QString reason() const;
    void setReason(const QString &text);

private:
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

// Security management's objection to the priority or category (M5): the field, the value asked
// for and why.
class ObjectionDialog : public QDialog
{
    Q_OBJECT

public:
    // `priority` and `category`: the values the request has now.
    ObjectionDialog(const QString &priority, const QString &category, QWidget *parent = nullptr);
    QString field() const;
    QString proposed() const;
    QString reason() const;
    void setAnswer(const QString &field, const QString &proposed, const QString &reason);

private:
    void fillValues();

    QString m_priority;
    QString m_category;
    QComboBox *m_field;
    QComboBox *m_proposed;
    QLabel *m_current;
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace ChangeDesk::Ui

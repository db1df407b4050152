#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace ChangeDesk::Ui {

// Filters the request table by words (in the number, title or applicant), state, priority,
// category, type and "my to-dos"; sorts on ChangeTableModel::SortRole.
class ChangeFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ChangeFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    // Empty: any value.
    void setState(const QString &state);
    void setPriority(const QString &priority);
    void setCategory(const QString &category);
    void setType(const QString &type);
    void setToDosOnly(bool on);
    bool toDosOnly() const { return m_toDosOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void changed();

    QStringList m_words;
    QString m_state;
    QString m_priority;
    QString m_category;
    QString m_type;
    bool m_toDosOnly = false;
};

} // namespace ChangeDesk::Ui

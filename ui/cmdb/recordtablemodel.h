#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace ChangeDesk::Ui {

// A read-only table of rows prepared by its owner (installed software, patches, history,
// relations of one CI): per cell the text shown, a typed sort value and a tooltip; per row a
// payload the owner can read back (e.g. the relation behind it).
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { SortRole = Qt::UserRole + 1, PayloadRole };

    struct Cell {
        QString text;
        QVariant sort; // defaults to the text
        QString toolTip;
    };
    struct Row {
        QList<Cell> cells;
        QVariant payload;
        bool emphasised = false; // shown in bold (e.g. a failed patch)
    };

    explicit RecordTableModel(QStringList headers, QObject *parent = nullptr);

    void setRows(QList<Row> rows);
    const Row &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace ChangeDesk::Ui

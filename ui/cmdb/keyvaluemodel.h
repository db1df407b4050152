#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <functional>
#include <utility>

namespace ChangeDesk::Ui {

// An editable list of (key, value) pairs as two columns: a CI's custom attributes, or its
// responsibilities (role → person id, shown as the person's name).
class KeyValueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using Pair = std::pair<QString, QString>;

    KeyValueModel(QString keyHeader, QString valueHeader, QObject *parent = nullptr);

    // How a value is shown (the edit role keeps the value itself).
    void setValueDisplay(std::function<QString(const QString &)> display);
    void setPairs(QList<Pair> pairs);
    QList<Pair> pairs() const { return m_pairs; }
    // Appends a row and returns its number.
    int appendPair(const QString &key, const QString &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

Q_SIGNALS:
    // The user changed, added or removed a pair (not emitted by setPairs()).
    void edited();

private:
    QString m_keyHeader;
    QString m_valueHeader;
    std::function<QString(const QString &)> m_display;
    QList<Pair> m_pairs;
};

} // namespace ChangeDesk::Ui

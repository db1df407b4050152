#pragma once

#include "cmdb/ci.h"
#include "people/people.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace ChangeDesk::Ui {

class KeyValueModel;

// Every field of one configuration item as a form: general data, owner and split
// responsibilities (M2), protection requirement, update mechanism (M3), reachability (M14) and
// free custom attributes. The form edits a copy; Save hands it over, Revert starts again.
class CiForm : public QWidget
{
    Q_OBJECT

public:
    explicit CiForm(QWidget *parent = nullptr);
    ~CiForm() override;

    // What the owner, unit and responsibility choosers offer; sites for completion.
    void setChoices(const QList<Person> &people, const QList<OrgUnit> &units, const QStringList &sites);
    // Shows the CI; nothing is modified afterwards.
    void setItem(const ConfigurationItem &ci);
    void clearItem();
    // After a conflict: `fresh` (what is stored now) becomes the base, and every field the user
    // changed keeps the user's value, so nothing typed is lost.
    void rebase(const ConfigurationItem &fresh);
    bool hasItem() const { return m_hasItem; }
    const ConfigurationItem &base() const { return m_base; }
    // The base with the form's values.
    ConfigurationItem edited() const;
    bool isModified() const { return m_modified; }
    void setReadOnly(bool readOnly);

    // The same merge rebase() does, field by field: the fields `mine` changed against `old`
    // applied on top of `fresh`.
    static ConfigurationItem mergeEdits(const ConfigurationItem &old, const ConfigurationItem &mine,
                                        const ConfigurationItem &fresh);

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void saveRequested();
    void revertRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(int columns);
    void show(const ConfigurationItem &ci);
    void changed();
    static void selectData(QComboBox *combo, const QVariant &data);

    ConfigurationItem m_base;
    bool m_hasItem = false;
    bool m_loading = false;
    bool m_modified = false;
    bool m_lastSeenTouched = false;
    QDateTime m_lastSeen; // what the form holds for last seen while untouched

    QLineEdit *m_name;
    QComboBox *m_class;
    QComboBox *m_lifecycle;
    QPlainTextEdit *m_description;
    QLineEdit *m_site;
    QLineEdit *m_platform;
    QLineEdit *m_platformVersion;
    QLineEdit *m_firmware;
    QComboBox *m_owner;
    QComboBox *m_unit;
    KeyValueModel *m_responsibilities;
    QTableView *m_responsibilityView;
    QComboBox *m_confidentiality;
    QComboBox *m_integrity;
    QComboBox *m_availability;
    QComboBox *m_updateSource;
    QComboBox *m_updateMode;
    QComboBox *m_reboot;
    QLineEdit *m_dataSent;
    QCheckBox *m_mobile;
    QDateTimeEdit *m_lastSeenEdit;
    KeyValueModel *m_attributes;
    QTableView *m_attributeView;
    QList<QWidget *> m_editors;
    QList<QWidget *> m_groups;
    QList<QVBoxLayout *> m_columns;
    int m_columnCount = 0;
    QPushButton *m_save;
    QPushButton *m_revert;
    QHash<qint64, QString> m_personNames;
    QList<std::pair<QString, qint64>> m_peopleChoices; // "Name (login)", id
};

} // namespace ChangeDesk::Ui

#pragma once

#include "people/people.h"
#include "people/rightsprofilerepository.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ChangeDesk::Ui {

// Asks for a rights profile to grant on one CI (M11): who holds it (a person or an
// organizational unit), which profile (a standard one or the agency's own) and what for.
class RightsGrantDialog : public QDialog
{
    Q_OBJECT

public:
    RightsGrantDialog(const QList<Person> &people, const QList<OrgUnit> &units, qint64 ciId,
                      const QString &ciName, QWidget *parent = nullptr);

    // The grant as entered; the profile is normalised (a standard profile by its key).
    RightsProfile rights() const;
    // Changes an existing grant instead: shows it as it is and saves rather than grants.
    void setExisting(const RightsProfile &rights);

    QComboBox *holderType() const { return m_holderType; }
    QComboBox *holder() const { return m_holder; }
    QComboBox *profile() const { return m_profile; }
    QLineEdit *description() const { return m_description; }

    void accept() override;

private:
    void fillHolders();
    void updateExplanation();

    QList<Person> m_people;
    QList<OrgUnit> m_units;
    qint64 m_ciId;
    QString m_ciName;
    QString m_title; // of messages
    RightsProfile m_existing; // when changing one: its id and row version travel on
    QComboBox *m_holderType;
    QComboBox *m_holder;
    QComboBox *m_profile;
    QLineEdit *m_description;
    QLabel *m_explanation;
};

} // namespace ChangeDesk::Ui

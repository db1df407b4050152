#pragma once

#include "cab/cabservice.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace ChangeDesk::Ui {

// The CAB agenda on the wall screen (M2): one request at a time in large type and high contrast,
// with what the board needs to decide (summary, category and priority, affected CIs and their
// protection need, impact and risk, schedule and conflicts, fallback plan, test results,
// objections, votes and decision so far). Right, Space and Page Down go to the next request,
// Left and Page Up back, Home and End to the first and last, Escape ends the projection.
class ProjectionView : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectionView(QWidget *parent = nullptr);

    void setMeeting(const CabMeeting &meeting, const QList<CabSheet> &sheets);
    void showItem(int index);
    int currentIndex() const { return m_index; }
    int count() const { return int(m_sheets.size()); }
    QString currentText() const; // what is shown, as plain text (for tests)

Q_SIGNALS:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString sheetHtml(const CabSheet &sheet) const;

    CabMeeting m_meeting;
    QList<CabSheet> m_sheets;
    int m_index = -1;
    QLabel *m_header;
    QLabel *m_title;
    QTextBrowser *m_body;
    QLabel *m_footer;
};

} // namespace ChangeDesk::Ui

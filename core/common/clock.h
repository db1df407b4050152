#pragma once

#include <QDateTime>

namespace ChangeDesk {

// The source of "now" for every date-dependent rule, so that tests choose the time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC

    static const Clock &system();
};

// A clock that stands still until told to move; for tests and deterministic demo data.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start);
    QDateTime now() const override;
    void set(QDateTime when);
    void advanceSeconds(qint64 seconds);

private:
    QDateTime m_now;
};

} // namespace ChangeDesk

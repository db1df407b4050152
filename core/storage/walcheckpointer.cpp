#include "walcheckpointer.h"

#include "storage/database.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

WalCheckpointer::WalCheckpointer(const Database &db)
    : m_db(db)
{
}

WalCheckpointer::~WalCheckpointer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread)
        m_thread->wait(); // its connection is closed when it ends
}

void WalCheckpointer::committed(int pages)
{
    if (pages < kPages)
        return;
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_requested = true;
        if (!m_thread) {
            m_thread.reset(QThread::create([this] { run(); }));
            m_thread->setObjectName(u"ChangeDesk WAL checkpoint"_s);
            m_thread->start(QThread::LowPriority);
        }
    }
    m_changed.notify_all();
}

bool WalCheckpointer::waitUntilIdle(QDeadlineTimer deadline)
{
    std::unique_lock lock(m_mutex);
    const auto idle = [this] { return !m_requested && !m_running; };
    if (deadline.isForever()) {
        m_changed.wait(lock, idle);
        return true;
    }
    return m_changed.wait_for(lock, std::chrono::milliseconds(deadline.remainingTime()), idle);
}

int WalCheckpointer::checkpointsRun() const
{
    const std::lock_guard lock(m_mutex);
    return m_done;
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_requested || m_stopping; });
        if (m_stopping)
            break;
        m_requested = false;
        m_running = true;
        lock.unlock();
        // PASSIVE copies what no reader still needs and waits for nobody. A failure (the disk
        // is full) leaves the log as it is; the next commit asks again.
        (void)m_db.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
        lock.lock();
        m_running = false;
        ++m_done;
        m_changed.notify_all();
    }
    m_running = false;
    m_changed.notify_all();
}

} // namespace ChangeDesk

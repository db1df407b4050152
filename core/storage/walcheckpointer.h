#pragma once

// Internal to storage: copies SQLite's write-ahead log into the database file on a thread of its
// own.

#include <QDeadlineTimer>

#include <condition_variable>
#include <memory>
#include <mutex>

class QThread;

namespace ChangeDesk {

class Database;

// SQLite appends every commit to the write-ahead log; a checkpoint copies the log into the
// database file. By default the connection that commits runs the checkpoint as soon as the log
// holds 1,000 pages, so a user action that wrote a lot (an import of 100,000 CIs) also waits for
// its pages to be written a second time. With a WalCheckpointer the committing connection only
// asks (Database installs a hook on each of its connections), and this thread, with its own
// connection, runs a passive checkpoint: it never waits for readers or writers, and what it
// cannot copy yet is copied on the next request. The log stays durable either way; only its copy
// into the file moves off the user's path.
class WalCheckpointer
{
public:
    // SQLite's own threshold (SQLITE_DEFAULT_WAL_AUTOCHECKPOINT).
    static constexpr int kPages = 1000;

    explicit WalCheckpointer(const Database &db);
    // Waits for a running checkpoint, then ends the thread.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // From the hook of any connection: a commit left `pages` in the log.
    void committed(int pages);
    // Until no checkpoint is asked for or running, or the deadline; false at the deadline.
    bool waitUntilIdle(QDeadlineTimer deadline);
    int checkpointsRun() const;

private:
    void run();

    const Database &m_db;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_requested = false;
    bool m_running = false;
    bool m_stopping = false;
    int m_done = 0;
    std::unique_ptr<QThread> m_thread; // started on the first request
};

} // namespace ChangeDesk

#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "demo/demodata.h"

#include <QCoreApplication>
#include <QMap>
#include <QRandomGenerator>

namespace ChangeDesk {

class Database;

// The demo office's requests for change (part of DemoData): app roles for the first people (an
// administrator and change manager, a second change manager, CAB members, security management,
// implementers, management, an auditor; everybody applies), and requests spread over the past
// year along the shipped workflow's paths — the older ones finished (closed, rejected, rolled
// back), the newest fifth still under way — each with its audit events. 40 requests at the small
// scale, 400 for a municipality, 20,000 for an agency. Adds nothing when requests exist.
class DemoChanges
{
    Q_DECLARE_TR_FUNCTIONS(DemoChanges)

public:
    static Status generate(const Database &db, QRandomGenerator &random, DemoScale scale, const Clock &clock,
                           int shrink, QMap<QString, qint64> &report);
    // The next weekly CAB meeting (Thursday at ten): the first change manager in the chair, the
    // CAB members, and the agenda built from the requests awaiting the board (CabService, with
    // its audit events). Adds nothing when a meeting exists or nobody holds the roles.
    static Status convene(const Database &db, const Clock &clock, QMap<QString, qint64> &report);
};

} // namespace ChangeDesk

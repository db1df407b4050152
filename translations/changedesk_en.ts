<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CabCommands</name>
    <message numerus="yes">
        <source>%1  %2  %3  %4, %n item(s)</source>
        <translation>
            <numerusform>%1  %2  %3  %4, %n item</numerusform>
            <numerusform>%1  %2  %3  %4, %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the pre-read package with %n sheet(s) to %1.</source>
        <translation>
            <numerusform>Wrote the pre-read package with %n sheet to %1.</numerusform>
            <numerusform>Wrote the pre-read package with %n sheets to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CabDocuments</name>
    <message numerus="yes">
        <source>Members: %1. Quorum: %n voting member(s).</source>
        <translation>
            <numerusform>Members: %1. Quorum: %n voting member.</numerusform>
            <numerusform>Members: %1. Quorum: %n voting members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected downtime: %n minute(s)</source>
        <translation>
            <numerusform>Expected downtime: %n minute</numerusform>
            <numerusform>Expected downtime: %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CabService</name>
    <message numerus="yes">
        <source>The quorum of &apos;%1&apos; must be between 1 and the %n voting member(s).</source>
        <translation>
            <numerusform>The quorum of &apos;%1&apos; must be between 1 and the %n voting member.</numerusform>
            <numerusform>The quorum of &apos;%1&apos; must be between 1 and the %n voting members.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarCommands</name>
    <message numerus="yes">
        <source>No conflicts among %n scheduled item(s).</source>
        <translation>
            <numerusform>No conflicts among %n scheduled item.</numerusform>
            <numerusform>No conflicts among %n scheduled items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s), %1 blocking.</source>
        <translation>
            <numerusform>%n conflict, %1 blocking.</numerusform>
            <numerusform>%n conflicts, %1 blocking.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There is no free slot of %n minute(s) for request #%1 within a year: its configuration items&apos; maintenance windows are too short or always taken.</source>
        <translation>
            <numerusform>There is no free slot of %n minute for request #%1 within a year: its configuration items&apos; maintenance windows are too short or always taken.</numerusform>
            <numerusform>There is no free slot of %n minutes for request #%1 within a year: its configuration items&apos; maintenance windows are too short or always taken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n event to %1.</numerusform>
            <numerusform>Wrote %n events to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n notice(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n notice to %1.</numerusform>
            <numerusform>Wrote %n notices to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeAnalysis</name>
    <message numerus="yes">
        <source>%n configuration item(s) depend on &apos;%1&apos;.</source>
        <translation>
            <numerusform>%n configuration item depends on &apos;%1&apos;.</numerusform>
            <numerusform>%n configuration items depend on &apos;%1&apos;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::AboutDialog</name>
    <message numerus="yes">
        <source>%n syntax definitions available</source>
        <translation>
            <numerusform>%n syntax definition available</numerusform>
            <numerusform>%n syntax definitions available</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::AffectedDialog</name>
    <message numerus="yes">
        <source>%n configuration item(s)</source>
        <translation>
            <numerusform>%n configuration item</numerusform>
            <numerusform>%n configuration items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) chosen</source>
        <translation>
            <numerusform>%n group chosen</numerusform>
            <numerusform>%n groups chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::AttachmentViewer</name>
    <message numerus="yes">
        <source>%1 — %2, %n line(s), SHA-256 %3</source>
        <translation>
            <numerusform>%1 — %2, %n line, SHA-256 %3</numerusform>
            <numerusform>%1 — %2, %n lines, SHA-256 %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::CabPane</name>
    <message numerus="yes">
        <source>%n request(s) added to the agenda.</source>
        <translation>
            <numerusform>%n request added to the agenda.</numerusform>
            <numerusform>%n requests added to the agenda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no decision; they come onto the next meeting&apos;s agenda. Close the meeting?</source>
        <translation>
            <numerusform>%n item has no decision; it comes onto the next meeting&apos;s agenda. Close the meeting?</numerusform>
            <numerusform>%n items have no decision; they come onto the next meeting&apos;s agenda. Close the meeting?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::CalendarPane</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n change(s) to %1.</source>
        <translation>
            <numerusform>Exported %n change to %1.</numerusform>
            <numerusform>Exported %n changes to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::ChangesPane</name>
    <message numerus="yes">
        <source>%1 of %n request(s)</source>
        <translation>
            <numerusform>%1 of %n request</numerusform>
            <numerusform>%1 of %n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::CiDetailView</name>
    <message numerus="yes">
        <source>A failure of %1 affects %n configuration item(s).</source>
        <translation>
            <numerusform>A failure of %1 affects %n configuration item.</numerusform>
            <numerusform>A failure of %1 affects %n configuration items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependency cycle(s) are marked with ↻.</source>
        <translation>
            <numerusform>%n dependency cycle is marked with ↻.</numerusform>
            <numerusform>%n dependency cycles are marked with ↻.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::CiImportDialog</name>
    <message numerus="yes">
        <source>Read as %1, separated by %2; %n column(s).</source>
        <translation>
            <numerusform>Read as %1, separated by %2; %n column.</numerusform>
            <numerusform>Read as %1, separated by %2; %n columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n component(s))</source>
        <translation>
            <numerusform>%1 (%2, %n component)</numerusform>
            <numerusform>%1 (%2, %n components)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n warning.</numerusform>
            <numerusform>%n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more record(s), as counted above.</source>
        <translation>
            <numerusform>… and %n more record, as counted above.</numerusform>
            <numerusform>… and %n more records, as counted above.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::CmdbPane</name>
    <message numerus="yes">
        <source>%n of %1 people shown</source>
        <translation>
            <numerusform>%n of %1 people shown</numerusform>
            <numerusform>%n of %1 people shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n configuration item(s)</source>
        <translation>
            <numerusform>%1 of %n configuration item</numerusform>
            <numerusform>%1 of %n configuration items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n configuration item(s) to %1.</source>
        <translation>
            <numerusform>Exported %n configuration item to %1.</numerusform>
            <numerusform>Exported %n configuration items to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::IntegrityPane</name>
    <message numerus="yes">
        <source>The checksum register is intact: %n entries, every released file unchanged.</source>
        <translation>
            <numerusform>The checksum register is intact: %n entry, the released file unchanged.</numerusform>
            <numerusform>The checksum register is intact: %n entries, every released file unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n register entries to %1.</source>
        <translation>
            <numerusform>Wrote %n register entry to %1.</numerusform>
            <numerusform>Wrote %n register entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePrint</name>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CiImporter</name>
    <message numerus="yes">
        <source>%1: the mapping names column %2, but the file has %n column(s)</source>
        <translation>
            <numerusform>%1: the mapping names column %2, but the file has %n column</numerusform>
            <numerusform>%1: the mapping names column %2, but the file has %n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDetector</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>line %1: %n field(s), the header has %2</source>
        <translation>
            <numerusform>line %1: %n field, the header has %2</numerusform>
            <numerusform>line %1: %n fields, the header has %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>line %1: %n field(s), the first record has %2</source>
        <translation>
            <numerusform>line %1: %n field, the first record has %2</numerusform>
            <numerusform>line %1: %n fields, the first record has %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ctl</name>
    <message numerus="yes">
        <source>%n configuration item(s)</source>
        <translation>
            <numerusform>%n configuration item</numerusform>
            <numerusform>%n configuration items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n configuration item(s) depend on %1</source>
        <translation>
            <numerusform>%n configuration item depends on %1</numerusform>
            <numerusform>%n configuration items depend on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dependency cycles found: %n</source>
        <translation>
            <numerusform>Dependency cycles found: %n</numerusform>
            <numerusform>Dependency cycles found: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rights profile(s)</source>
        <translation>
            <numerusform>%n rights profile</numerusform>
            <numerusform>%n rights profiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n installation(s) to remove</source>
        <translation>
            <numerusform>%n installation to remove</numerusform>
            <numerusform>%n installations to remove</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n configuration item(s)</source>
        <translation>
            <numerusform>on %n configuration item</numerusform>
            <numerusform>on %n configuration items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n configuration item(s) to %1.</source>
        <translation>
            <numerusform>Exported %n configuration item to %1.</numerusform>
            <numerusform>Exported %n configuration items to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n state(s), starting at %1, ending at %2</source>
        <translation>
            <numerusform>%n state, starting at %1, ending at %2</numerusform>
            <numerusform>%n states, starting at %1, ending at %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transition(s)</source>
        <translation>
            <numerusform>%n transition</numerusform>
            <numerusform>%n transitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail of %1 was tampered with: the first bad event is %2 (%n event(s) before it verified).</source>
        <translation>
            <numerusform>The audit trail of %1 was tampered with: the first bad event is %2 (%n event before it verified).</numerusform>
            <numerusform>The audit trail of %1 was tampered with: the first bad event is %2 (%n events before it verified).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail of %1 is intact: %n event(s), head %2.</source>
        <translation>
            <numerusform>The audit trail of %1 is intact: %n event, head %2.</numerusform>
            <numerusform>The audit trail of %1 is intact: %n events, head %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), newest first</source>
        <translation>
            <numerusform>%n event, newest first</numerusform>
            <numerusform>%n events, newest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Secured: owner %1, %n group role(s), %2 guarded transitions; new login roles: %3</source>
        <translation>
            <numerusform>Secured: owner %1, %n group role, %2 guarded transitions; new login roles: %3</numerusform>
            <numerusform>Secured: owner %1, %n group roles, %2 guarded transitions; new login roles: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message numerus="yes">
        <source>%n organizational unit(s)</source>
        <translation>
            <numerusform>%n organizational unit</numerusform>
            <numerusform>%n organizational units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n configuration item(s)</source>
        <translation>
            <numerusform>%n configuration item</numerusform>
            <numerusform>%n configuration items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n software installation(s)</source>
        <translation>
            <numerusform>%n software installation</numerusform>
            <numerusform>%n software installations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied patch(es)</source>
        <translation>
            <numerusform>%n applied patch</numerusform>
            <numerusform>%n applied patches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rights profile(s)</source>
        <translation>
            <numerusform>%n rights profile</numerusform>
            <numerusform>%n rights profiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role assignment(s)</source>
        <translation>
            <numerusform>%n role assignment</numerusform>
            <numerusform>%n role assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) for change</source>
        <translation>
            <numerusform>%n request for change</numerusform>
            <numerusform>%n requests for change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s)</source>
        <translation>
            <numerusform>%n audit event</numerusform>
            <numerusform>%n audit events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance window(s)</source>
        <translation>
            <numerusform>%n maintenance window</numerusform>
            <numerusform>%n maintenance windows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n freeze period(s)</source>
        <translation>
            <numerusform>%n freeze period</numerusform>
            <numerusform>%n freeze periods</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DowntimeNotices</name>
    <message numerus="yes">
        <source>Expected downtime: %n minute(s)</source>
        <translation>
            <numerusform>Expected downtime: %n minute</numerusform>
            <numerusform>Expected downtime: %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message numerus="yes">
        <source>%1: %n record(s) rejected, so nothing was imported. Correct them, or import with &apos;skip rejected&apos; to import the others.</source>
        <translation>
            <numerusform>%1: %n record rejected, so nothing was imported. Correct it, or import with &apos;skip rejected&apos; to import the others.</numerusform>
            <numerusform>%1: %n records rejected, so nothing was imported. Correct them, or import with &apos;skip rejected&apos; to import the others.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrityCommands</name>
    <message numerus="yes">
        <source>Package %1 accepted after %n test case(s) in %2 (acceptance %3).</source>
        <translation>
            <numerusform>Package %1 accepted after %n test case in %2 (acceptance %3).</numerusform>
            <numerusform>Package %1 accepted after %n test cases in %2 (acceptance %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The export&apos;s chain is intact: %n entries, head %1.</source>
        <translation>
            <numerusform>The export&apos;s chain is intact: %n entry, head %1.</numerusform>
            <numerusform>The export&apos;s chain is intact: %n entries, head %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The register&apos;s chain is intact: %n entries, head %1.</source>
        <translation>
            <numerusform>The register&apos;s chain is intact: %n entry, head %1.</numerusform>
            <numerusform>The register&apos;s chain is intact: %n entries, head %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n register entries to %1; head %2.</source>
        <translation>
            <numerusform>Wrote %n register entry to %1; head %2.</numerusform>
            <numerusform>Wrote %n register entries to %1; head %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticePrint</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RfcCommands</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) for change</source>
        <translation>
            <numerusform>%n request for change</numerusform>
            <numerusform>%n requests for change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Request for change #%1 has %n test case(s); there is no test case %2.</source>
        <translation>
            <numerusform>Request for change #%1 has %n test case; there is no test case %2.</numerusform>
            <numerusform>Request for change #%1 has %n test cases; there is no test case %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Request for change #%1 has %n rollout wave(s); there is no wave %2.</source>
        <translation>
            <numerusform>Request for change #%1 has %n rollout wave; there is no wave %2.</numerusform>
            <numerusform>Request for change #%1 has %n rollout waves; there is no wave %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached %1 (%n byte(s), SHA-256 %2) to request for change #%3 as attachment %4.</source>
        <translation>
            <numerusform>Attached %1 (%n byte, SHA-256 %2) to request for change #%3 as attachment %4.</numerusform>
            <numerusform>Attached %1 (%n bytes, SHA-256 %2) to request for change #%3 as attachment %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote attachment %1 (%n byte(s)) to %2.</source>
        <translation>
            <numerusform>Wrote attachment %1 (%n byte) to %2.</numerusform>
            <numerusform>Wrote attachment %1 (%n bytes) to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to-do(s) for %1</source>
        <translation>
            <numerusform>%n to-do for %1</numerusform>
            <numerusform>%n to-dos for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them overdue</source>
        <translation>
            <numerusform>%n of them overdue</numerusform>
            <numerusform>%n of them overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) overdue now</source>
        <translation>
            <numerusform>%n evaluation overdue now</numerusform>
            <numerusform>%n evaluations overdue now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n state(s), %1 transitions</source>
        <translation>
            <numerusform>%n state, %1 transitions</numerusform>
            <numerusform>%n states, %1 transitions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextDiff</name>
    <message numerus="yes">
        <source>%n line(s) changed</source>
        <translation>
            <numerusform>%n line changed</numerusform>
            <numerusform>%n lines changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n line removed</numerusform>
            <numerusform>%n lines removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n line added</numerusform>
            <numerusform>%n lines added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowRules</name>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Every %n day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks on %1</source>
        <translation>
            <numerusform>Every %n week on %1</numerusform>
            <numerusform>Every %n weeks on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n months %1</source>
        <translation>
            <numerusform>Every %n month %1</numerusform>
            <numerusform>Every %n months %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkflowStore</name>
    <message numerus="yes">
        <source>%n request(s) in &apos;%1&apos;</source>
        <translation>
            <numerusform>%n request in &apos;%1&apos;</numerusform>
            <numerusform>%n requests in &apos;%1&apos;</numerusform>
        </translation>
    </message>
</context>
</TS>

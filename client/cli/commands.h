#pragma once

// The commands of yokoten-cli, one file per group; command_line.cpp picks one by its first
// word. Each takes the whole invocation and returns the exit code (command_line.h).

#include "options.h"

namespace yk::cli {

// store_commands.cpp: the local store itself.
int runInit(const Options& options);
int runImportDemo(const Options& options);
int runSummary(const Options& options);
int runCheck(const Options& options);
int runPasscodeChange(const Options& options);
int runRekey(const Options& options);

// case_commands.cpp: cases search | list | show, and add | edit | submit | attach (queued).
int runCases(const Options& options);

// sync_commands.cpp: the device and the server.
int runEnroll(const Options& options);
int runLogin(const Options& options);
int runSync(const Options& options);
int runStatus(const Options& options);

// seminar_commands.cpp: seminars list | signup | cancel, tickets list.
int runSeminars(const Options& options);
int runTickets(const Options& options);

// loan_commands.cpp: loans request | list.
int runLoans(const Options& options);

// assessment_commands.cpp: assess start | answer | submit.
int runAssess(const Options& options);

// desk_commands.cpp: consult open | reply | refer | follow-up | close | list | show, and the
// centre's inbox list | convert.
int runConsult(const Options& options);
int runInbox(const Options& options);

// follow_up_commands.cpp: programme list | show | publish | apply | decide | step | measure |
// close, visit log | list, and follow-up list | record | answer | consult (after adoption).
int runProgramme(const Options& options);
int runVisit(const Options& options);
int runFollowUp(const Options& options);

// notice_commands.cpp: notice list | show | read | publish | withdraw.
int runNotice(const Options& options);
// menu_commands.cpp: menu list | show | save | withdraw (the support menu, 支援メニュー).
int runMenu(const Options& options);
// indicator_commands.cpp: indicators refresh | show (officers and centre staff).
int runIndicators(const Options& options);

} // namespace yk::cli

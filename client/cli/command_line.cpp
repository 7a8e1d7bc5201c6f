// yokoten-cli's command line: the usage text, and which command group runs a command.
#include "command_line.h"

#include "commands.h"
#include "output.h"

#include <map>
#include <ostream>

namespace yk::cli {

namespace {

constexpr const char* kUsage = R"(yokoten-cli — Yokoten's headless client / Yokotenのコマンドライン版

Usage: yokoten-cli --store DIR [--passcode-env VAR] [--json] COMMAND [ARGS]

Commands:
  init                       create a new encrypted store in DIR (asks for a passcode twice)
  import-demo [--file F]     load the demo data set (built in, or the JSON file F)
  summary                    how many records of each kind the store holds
  cases search QUERY [--category N] [--prefecture CODE] [--area N] [--service N] [--limit N]
                             Japanese full-text search over cases, best match first
  cases list [filters…]      newest cases first
  cases show ID              one case in full
  cases fetch ID             a phone or kiosk fetches one whole case (it holds summaries)
  check                      verify every page of the store (slow on large stores)
  passcode change            re-wrap the store key under a new passcode
  rekey                      rotate the data key and re-encrypt the store

Sync (enroll, login and sync need the server; everything else works offline and queues):
  enroll --server URL --code CODE [--ca FILE] [--pin SHA256] [--name NAME]
                             enrol this device with a one-time code from the centre
  login [--user NAME] [--password-env VAR]
                             sign in (without --user: as the device, for kiosks and phones)
  sync [--retries N] [--push-batch N] [--page-size N]
                             send pending changes, receive the server's, move attachments;
                             --retries: try again after a growing wait while offline;
                             smaller batches and pages suit a slow connection
  status                     pending changes, last sync, cursor, last error
  cases add --file case.json         a new case (JSON of yokoten.v1.GoodPracticeCase)
  cases edit ID --set FIELD=VALUE …  change fields (title, region, sections.background …)
  cases submit ID                    send a draft case to the centre for review
  cases attach ID FILE [--caption T] add a photo or PDF to a case
  seminars list                      sessions with seats, newest first
  seminars signup SESSION_ID [--name N] [--email E]
  seminars cancel REG_ID
  tickets list                       registrations and their state (pending, confirmed …)
  loans request MODEL_ID --from YYYY-MM-DD --to YYYY-MM-DD [--purpose TEXT]
  loans list
  assess templates                   the self-assessments this organisation may fill
  assess start TEMPLATE_ID           a new self-assessment draft (stays on this device)
  assess answer RESPONSE_ID ITEM_ID VALUE
  assess submit RESPONSE_ID

The centre's desk (consultations are seen by the facility and its prefecture's centre only):
  consult open --topic TOPIC --text QUESTION [--contact HOW]
                             a facility's own consultation; centre staff add
                             --org FACILITY_ID --channel phone|visit|exhibition|email
                             TOPIC: technology, tasks-and-roles, workplace, information-sharing,
                             subsidies, staffing, care-plan-data, where-to-start
  consult reply ID --text TEXT       a message in the thread (facility or centre)
  consult refer ID --partner NAME [--note N]   refer onward (centre)
  consult follow-up ID --date YYYY-MM-DD|none  (centre)
  consult close ID [--note N]        (centre)
  consult list [--state received|answering|referred|closed] [--limit N]
  consult show ID
  inbox list [--session SESSION_ID]  kiosk visits, loan wishes and questionnaires, newest first
  inbox convert ENTRY_ID --as loan|consultation|noted [--org FACILITY_ID] [--purpose P]
                             [--topic TOPIC] [--text QUESTION]

Programmes and follow-up after adoption (a facility's part is seen by it, its centre and the
programme's advisers only):
  programme list                     programmes of the prefecture with applied/chosen/places
  programme show ID                  a programme and the applications this device holds
  programme publish --text TITLE --as accompaniment|model-facility --from YYYY-MM-DD
                    --to YYYY-MM-DD --places N [--note DESCRIPTION]   (centre, prefecture)
  programme apply ID --text REASON --goals WHAT_TO_CHANGE [--contact HOW]   (facility)
  programme decide PART_ID --as chosen|not-chosen       (centre; never more than the places)
  programme step PART_ID --step STEP [--note N] [--goals AIM]
                             STEP: prepare, visualise, plan, act, review, replan
  programme measure PART_ID --item ITEM --phase before|after --value V --date YYYY-MM[-DD]
                    --source SOURCE [--text LABEL]
                             ITEM: overtime-hours, paid-leave-days, turnover, burden-share,
                             engagement, stress, time-study, other (named by --text)
  programme close PART_ID [--note N]  ends the support; the facility gets a case draft (centre)
  visit log PART_ID --date YYYY-MM-DD --text WHAT_WAS_DONE [--attendees WHO] [--next AGREED]
                    [--step STEP] [--as phone]   (adviser, centre)
  visit list PART_ID
  follow-up list [--state due|stalled|all]   adoptions and their next check-in
  follow-up record --date ADOPTED_ON [--org FACILITY_ID] [--model MODEL_ID] [--text WHAT]
                   [--funding SOURCE] [--purpose P]
  follow-up answer ADOPTION_ID --months 1|3|6|12|24|36 --use in-use|partly|no-longer-used
                   [--staff N] [--text WHAT_GETS_IN_THE_WAY]
  follow-up consult ADOPTION_ID --text QUESTION   a consultation about a stalled adoption (centre)

Notices (お知らせ; the sender's organisation alone sees how many organisations read one):
  notice list [--state unread|all|sent]   unread: waiting for the signed-in user (default);
                                         sent: the organisation's own, "read by N of M"
  notice show ID
  notice read ID                     marks it read for the signed-in user; the server counts
                                     their organisation once
  notice publish --text TITLE [--note BODY] [--date DEADLINE] [--org MUNICIPALITY_ID]
                 [--service TYPE,…] [--as ROLE,…]   (centre, prefecture, municipality)
  notice withdraw ID                 (the sender's organisation)
The support menu (支援メニュー; every organisation of the prefecture reads it):
  menu list [--service TYPE] [--staff N]   entries a facility of that type and size may apply to
  menu show ID [--org FACILITY_ID]   caps, rates, deadline, and each requirement: what
                                     satisfies it and whether the organisation already meets it
  menu save --file entry.json        save an entry (JSON of yokoten.v1.SupportMenuEntry;
                                     centre, prefecture)
  menu withdraw ID                   withdraw an entry (centre, prefecture)
Indicators (prefecture and municipal officers, centre staff; a figure from fewer than 5
facilities is withheld):
  indicators refresh                 ask the server to count the prefecture's figures again;
                                     they arrive with the next sync
  indicators show [--org MUNICIPALITY_ID]   the sheets this device holds, with source, n and date

Options:
  --store DIR          the store folder (required)
  --passcode-env VAR   read the passcode from environment variable VAR instead of the terminal
  --new-passcode-env VAR   the new passcode for 'passcode change'
  --json               machine-readable JSON on stdout (errors as JSON on stderr)
  --help               this text

Exit codes: 0 ok, 1 failure, 2 usage, 3 wrong passcode, 4 not a store / wrong key,
5 damaged store, 6 store from a newer version, 7 storage read-only/full/busy, 8 not found,
9 server unreachable (changes stay queued), 10 sign-in or enrolment needed or refused,
11 certificate or TLS problem, 12 device revoked (local data deleted), 13 app or server
needs an update, 14 the server refused a change.
)";

using Command = int (*)(const Options&);

/// The first word of the command line → its command. `passcode` is `passcode change` only.
const std::map<std::string, Command>& commandTable()
{
    static const std::map<std::string, Command> table {
        { "init", runInit },
        { "import-demo", runImportDemo },
        { "summary", runSummary },
        { "cases", runCases },
        { "check", runCheck },
        { "rekey", runRekey },
        { "enroll", runEnroll },
        { "enrol", runEnroll },
        { "login", runLogin },
        { "sync", runSync },
        { "status", runStatus },
        { "seminars", runSeminars },
        { "tickets", runTickets },
        { "loans", runLoans },
        { "assess", runAssess },
        { "consult", runConsult },
        { "inbox", runInbox },
        { "programme", runProgramme },
        { "visit", runVisit },
        { "follow-up", runFollowUp },
        { "notice", runNotice },
        { "menu", runMenu },
        { "indicators", runIndicators },
    };
    return table;
}

} // namespace

int runCommandLine(const std::vector<std::string>& arguments)
{
    return runCommandLine(arguments, std::cout, std::cerr);
}

int runCommandLine(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err)
{
    auto parsed = parseOptions(arguments);
    if (!parsed) {
        Options defaults;
        defaults.out = &out;
        defaults.err = &err;
        return reportUsage(defaults, parsed.error().message);
    }
    Options& options = *parsed;
    options.out = &out;
    options.err = &err;
    if (options.help) {
        out << kUsage;
        return ExitOk;
    }
    if (options.words.empty()) {
        err << kUsage;
        return ExitUsage;
    }
    if (options.store.empty())
        return reportUsage(options, "--store DIR is required");
    const std::string& command = options.words[0];
    if (command == "passcode" && options.words.size() == 2 && options.words[1] == "change")
        return runPasscodeChange(options);
    if (const auto it = commandTable().find(command); it != commandTable().end())
        return it->second(options);
    return reportUsage(options, "unknown command '" + command + "'");
}

} // namespace yk::cli

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AdoptionCheckInPage</name>
        <message>
            <source>Check-in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <source>Thank you. The check-in is sent at the next sync.</source>
            <translation>Thank you. The check-in is sent at the next sync.</translation>
        </message>
        <message>
            <source>Effect report saved: %1 and %2</source>
            <translation>Effect report saved: %1 and %2</translation>
        </message>
        <message>
            <source>Adopted %1</source>
            <translation>Adopted %1</translation>
        </message>
        <message>
            <source>Check-in %1 months after adoption</source>
            <translation>Check-in %1 months after adoption</translation>
        </message>
        <message>
            <source>Is it still in use? (required)</source>
            <translation>Is it still in use? (required)</translation>
        </message>
        <message>
            <source>By how many staff</source>
            <translation>By how many staff</translation>
        </message>
        <message>
            <source>What gets in the way</source>
            <translation>What gets in the way</translation>
        </message>
        <message>
            <source>A KPI figure (optional; with its date and source)</source>
            <translation>A KPI figure (optional; with its date and source)</translation>
        </message>
        <message>
            <source>Send the check-in</source>
            <translation>Send the check-in</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>Waiting to send</translation>
        </message>
        <message>
            <source>%1 staff</source>
            <translation>%1 staff</translation>
        </message>
        <message>
            <source>Effect report</source>
            <translation>Effect report</translation>
        </message>
    </context>
    <context>
        <name>AdoptionController</name>
        <message>
            <source>This adoption is not on this device.</source>
            <translation>This adoption is not on this device.</translation>
        </message>
        <message>
            <source>This check-in is not in the adoption's schedule.</source>
            <translation>This check-in is not in the adoption's schedule.</translation>
        </message>
        <message>
            <source>There is no adoption to report for that year.</source>
            <translation>There is no adoption to report for that year.</translation>
        </message>
    </context>
    <context>
        <name>AdoptionDelegate</name>
        <message>
            <source>Answer the check-in</source>
            <translation>Answer the check-in</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Open a follow-up consultation</source>
            <translation>Open a follow-up consultation</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Check-ins</translation>
        </message>
    </context>
    <context>
        <name>AdoptionFormPage</name>
        <message>
            <source>Record an adoption</source>
            <translation>Record an adoption</translation>
        </message>
        <message>
            <source>Adoption saved. Its check-ins are scheduled.</source>
            <translation>Adoption saved. Its check-ins are scheduled.</translation>
        </message>
        <message>
            <source>What was adopted</source>
            <translation>What was adopted</translation>
        </message>
        <message>
            <source>The device and how many, e.g. bed sensors, 20 units</source>
            <translation>The device and how many, e.g. bed sensors, 20 units</translation>
        </message>
        <message>
            <source>Adopted on</source>
            <translation>Adopted on</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Funding</translation>
        </message>
        <message>
            <source>e.g. the prefecture's ICT subsidy, own funds</source>
            <translation>e.g. the prefecture's ICT subsidy, own funds</translation>
        </message>
        <message>
            <source>Subsidy's fiscal year</source>
            <translation>Subsidy's fiscal year</translation>
        </message>
        <message>
            <source>What it is for</source>
            <translation>What it is for</translation>
        </message>
        <message>
            <source>Save the adoption</source>
            <translation>Save the adoption</translation>
        </message>
    </context>
    <context>
        <name>AdoptionsPage</name>
        <message>
            <source>Stalled adoptions</source>
            <translation>Stalled adoptions</translation>
        </message>
        <message>
            <source>Follow-up after adoption</source>
            <translation>Follow-up after adoption</translation>
        </message>
        <message>
            <source>Follow-up consultation opened. It is sent at the next sync.</source>
            <translation>Follow-up consultation opened. It is sent at the next sync.</translation>
        </message>
        <message>
            <source>Effect report saved: %1 and %2</source>
            <translation>Effect report saved: %1 and %2</translation>
        </message>
        <message>
            <source>Devices a facility no longer uses, or whose check-in is more than 30 days late. One tap opens a follow-up consultation with the facility.</source>
            <translation>Devices a facility no longer uses, or whose check-in is more than 30 days late. One tap opens a follow-up consultation with the facility.</translation>
        </message>
        <message>
            <source>A two-minute check-in 1, 3 and 6 months after adoption, then yearly for three years. Subsidies ask for these effect reports.</source>
            <translation>A two-minute check-in 1, 3 and 6 months after adoption, then yearly for three years. Subsidies ask for these effect reports.</translation>
        </message>
        <message>
            <source>Record an adoption</source>
            <translation>Record an adoption</translation>
        </message>
        <message>
            <source>No stalled adoptions.</source>
            <translation>No stalled adoptions.</translation>
        </message>
        <message>
            <source>No adoptions recorded yet.</source>
            <translation>No adoptions recorded yet.</translation>
        </message>
        <message>
            <source>FY%1 effect report</source>
            <translation>FY%1 effect report</translation>
        </message>
    </context>
    <context>
        <name>ApplicantsPage</name>
        <message>
            <source>Applicants: %1</source>
            <translation>Applicants: %1</translation>
        </message>
        <message>
            <source>Decision saved. The facility hears it after the next sync.</source>
            <translation>Decision saved. The facility hears it after the next sync.</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Applied</translation>
        </message>
        <message>
            <source>Waiting for a decision</source>
            <translation>Waiting for a decision</translation>
        </message>
        <message>
            <source>Chosen</source>
            <translation>Chosen</translation>
        </message>
        <message>
            <source>Places left</source>
            <translation>Places left</translation>
        </message>
        <message>
            <source>No applications yet.</source>
            <translation>No applications yet.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentHistoryPage</name>
        <message>
            <source>Earlier results</source>
            <translation>Earlier results</translation>
        </message>
        <message>
            <source>No self-assessment submitted yet.</source>
            <translation>No self-assessment submitted yet.</translation>
        </message>
        <message>
            <source>Latest: %1</source>
            <translation>Latest: %1</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>Latest</translation>
        </message>
        <message>
            <source>All submissions</source>
            <translation>All submissions</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <source>Scores are 0 to 100 per area; – means not answered.</source>
            <translation>Scores are 0 to 100 per area; – means not answered.</translation>
        </message>
        <message>
            <source>Prefecture comparison</source>
            <translation>Prefecture comparison</translation>
        </message>
        <message>
            <source>Not available yet: prefecture averages are not sent to this device.</source>
            <translation>Not available yet: prefecture averages are not sent to this device.</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Overall</translation>
        </message>
        <message>
            <source>%1 of %2 requirements met</source>
            <translation>%1 of %2 requirements met</translation>
        </message>
        <message>
            <source>Not met yet:</source>
            <translation>Not met yet:</translation>
        </message>
    </context>
    <context>
        <name>AssessmentItemDelegate</name>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>AssessmentPage</name>
        <message>
            <source>Self-assessment</source>
            <translation>Self-assessment</translation>
        </message>
        <message>
            <source>No self-assessment has reached this device yet.</source>
            <translation>No self-assessment has reached this device yet.</translation>
        </message>
        <message>
            <source>This draft</source>
            <translation>This draft</translation>
        </message>
        <message>
            <source>%1 of %2 answered · saved on this device</source>
            <translation>%1 of %2 answered · saved on this device</translation>
        </message>
        <message>
            <source>Earlier results</source>
            <translation>Earlier results</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Submit</translation>
        </message>
        <message>
            <source>After submitting, the answers can no longer be changed.</source>
            <translation>After submitting, the answers can no longer be changed.</translation>
        </message>
        <message>
            <source>Submit the self-assessment</source>
            <translation>Submit the self-assessment</translation>
        </message>
        <message>
            <source>Submitted. Your result is shown below.</source>
            <translation>Submitted. Your result is shown below.</translation>
        </message>
        <message>
            <source>Your result</source>
            <translation>Your result</translation>
        </message>
        <message>
            <source>Submitted %1.</source>
            <translation>Submitted %1.</translation>
        </message>
        <message>
            <source>It is sent to the centre at the next sync.</source>
            <translation>It is sent to the centre at the next sync.</translation>
        </message>
        <message>
            <source>Submitted.</source>
            <translation>Submitted.</translation>
        </message>
        <message>
            <source>Overall: %1 of 100 points</source>
            <translation>Overall: %1 of 100 points</translation>
        </message>
        <message>
            <source>This result</source>
            <translation>This result</translation>
        </message>
        <message>
            <source>Start a new self-assessment</source>
            <translation>Start a new self-assessment</translation>
        </message>
        <message>
            <source>(score %1 of 100)</source>
            <translation>(score %1 of 100)</translation>
        </message>
        <message>
            <source>Submit the self-assessment now?</source>
            <translation>Submit the self-assessment now?</translation>
        </message>
        <message>
            <source>All %1 questions are answered. After submitting, the answers can no longer be changed.</source>
            <translation>All %1 questions are answered. After submitting, the answers can no longer be changed.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 questions are answered. Not answered yet:</source>
            <translation>%1 of %2 questions are answered. Not answered yet:</translation>
        </message>
        <message>
            <source>Keep answering</source>
            <translation>Keep answering</translation>
        </message>
        <message>
            <source>%1 of %2 requirements met</source>
            <translation>%1 of %2 requirements met</translation>
        </message>
        <message>
            <source>Which self-assessment?</source>
            <translation>Which self-assessment?</translation>
        </message>
        <message>
            <source>Each has its own draft on this device: switching keeps what you answered.</source>
            <translation>Each has its own draft on this device: switching keeps what you answered.</translation>
        </message>
        <message>
            <source>Not met yet:</source>
            <translation>Not met yet:</translation>
        </message>
        <message>
            <source>Basis: %1</source>
            <translation>Basis: %1</translation>
        </message>
    </context>
    <context>
        <name>AttendantPanel</name>
        <message>
            <source>Attendant</source>
            <translation>Attendant</translation>
        </message>
        <message>
            <source>Close and lock</source>
            <translation>Close and lock</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Sending</translation>
        </message>
        <message>
            <source>Entries waiting to be sent: %1. Keep the kiosk on until they are sent.</source>
            <translation>Entries waiting to be sent: %1. Keep the kiosk on until they are sent.</translation>
        </message>
        <message>
            <source>Every entry has reached the centre and has been erased from this kiosk.</source>
            <translation>Every entry has reached the centre and has been erased from this kiosk.</translation>
        </message>
        <message>
            <source>Send now</source>
            <translation>Send now</translation>
        </message>
        <message>
            <source>Exhibition</source>
            <translation>Exhibition</translation>
        </message>
        <message>
            <source>No upcoming session is on this kiosk yet: connect it once to load the programme.</source>
            <translation>No upcoming session is on this kiosk yet: connect it once to load the programme.</translation>
        </message>
        <message>
            <source>Visits are recorded for the chosen session.</source>
            <translation>Visits are recorded for the chosen session.</translation>
        </message>
        <message>
            <source>Idle time</source>
            <translation>Idle time</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>Attendant PIN</source>
            <translation>Attendant PIN</translation>
        </message>
        <message>
            <source>New PIN, 4 to 12 digits</source>
            <translation>New PIN, 4 to 12 digits</translation>
        </message>
        <message>
            <source>Change PIN</source>
            <translation>Change PIN</translation>
        </message>
        <message>
            <source>Leave kiosk mode</source>
            <translation>Leave kiosk mode</translation>
        </message>
        <message>
            <source>Closes the app. Entries that wait stay on the kiosk and are sent at the next start.</source>
            <translation>Closes the app. Entries that wait stay on the kiosk and are sent at the next start.</translation>
        </message>
        <message>
            <source>Back to the start screen after this long without a touch</source>
            <translation>Back to the start screen after this long without a touch</translation>
        </message>
        <message>
            <source>Of which the "still there?" countdown</source>
            <translation>Of which the "still there?" countdown</translation>
        </message>
    </context>
    <context>
        <name>CaseController</name>
        <message>
            <source>Background</source>
            <translation>Background</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>What was done</translation>
        </message>
        <message>
            <source>Effects</source>
            <translation>Effects</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Next steps</translation>
        </message>
        <message>
            <source>Hurdles</source>
            <translation>Hurdles</translation>
        </message>
        <message>
            <source>Solutions</source>
            <translation>Solutions</translation>
        </message>
        <message>
            <source>Key points</source>
            <translation>Key points</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Measured effects</source>
            <translation>Measured effects</translation>
        </message>
        <message numerus="yes">
            <source>%n measurement(s)</source>
            <translation>
                <numerusform>%n measurement</numerusform>
                <numerusform>%n measurements</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>The full text of this case is not available offline. It will load when you are connected.</source>
            <translation>The full text of this case is not available offline. It will load when you are connected.</translation>
        </message>
    </context>
    <context>
        <name>CaseEditPage</name>
        <message>
            <source>Edit case</source>
            <translation>Edit case</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>New case</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>Choose a photo</translation>
        </message>
        <message>
            <source>Photos and PDF (*.jpg *.jpeg *.png *.pdf)</source>
            <translation>Photos and PDF (*.jpg *.jpeg *.png *.pdf)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Measured effects</source>
            <translation>Measured effects</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>What was measured</source>
            <translation>What was measured</translation>
        </message>
        <message>
            <source>Unit (%, hours/month …)</source>
            <translation>Unit (%, hours/month …)</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>After</source>
            <translation>After</translation>
        </message>
        <message>
            <source>Add measurement</source>
            <translation>Add measurement</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) attached</source>
            <translation>
                <numerusform>%n file attached</numerusform>
                <numerusform>%n files attached</numerusform>
            </translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>Caption</translation>
        </message>
        <message>
            <source>Add photo…</source>
            <translation>Add photo…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Discard changes</translation>
        </message>
        <message>
            <source>Saved cases wait on this device until the next sync; nothing is lost without a connection.</source>
            <translation>Saved cases wait on this device until the next sync; nothing is lost without a connection.</translation>
        </message>
        <message>
            <source>Devices used</source>
            <translation>Devices used</translation>
        </message>
        <message>
            <source>The centre's catalogue: choose the devices this case used, so that their pages show it.</source>
            <translation>The centre's catalogue: choose the devices this case used, so that their pages show it.</translation>
        </message>
        <message>
            <source>Saved. The case waits on this device and is sent at the next sync.</source>
            <translation>Saved. The case waits on this device and is sent at the next sync.</translation>
        </message>
        <message>
            <source>Choose a category</source>
            <translation>Choose a category</translation>
        </message>
        <message>
            <source>Lower is better (e.g. overtime, falls)</source>
            <translation>Lower is better (e.g. overtime, falls)</translation>
        </message>
        <message>
            <source>Not saved yet: please check the message marked ⚠ above.</source>
            <translation>Not saved yet: please check the message marked ⚠ above.</translation>
        </message>
        <message>
            <source>Discard your changes?</source>
            <translation>Discard your changes?</translation>
        </message>
        <message>
            <source>What you typed since the last save will be lost.</source>
            <translation>What you typed since the last save will be lost.</translation>
        </message>
        <message>
            <source>Keep my changes</source>
            <translation>Keep my changes</translation>
        </message>
        <message>
            <source>Who can see this case</source>
            <translation>Who can see this case</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Publishing needs no review.</source>
            <translation>Publishing needs no review.</translation>
        </message>
        <message>
            <source>Source: %1 (%2 → %3)</source>
            <translation>Source: %1 (%2 → %3)</translation>
        </message>
        <message>
            <source>⚠ No source or dates: remove this figure and add it again with them.</source>
            <translation>⚠ No source or dates: remove this figure and add it again with them.</translation>
        </message>
        <message>
            <source>Add each figure before and after, with its source and the month it was measured; Save also keeps a figure you typed here.</source>
            <translation>Add each figure before and after, with its source and the month it was measured; Save also keeps a figure you typed here.</translation>
        </message>
        <message>
            <source>Before: month measured (2023-12)</source>
            <translation>Before: month measured (2023-12)</translation>
        </message>
        <message>
            <source>After: month measured (2024-03)</source>
            <translation>After: month measured (2024-03)</translation>
        </message>
        <message>
            <source>Source (staff survey, care records …)</source>
            <translation>Source (staff survey, care records …)</translation>
        </message>
    </context>
    <context>
        <name>CaseListPage</name>
        <message>
            <source>Good-practice cases</source>
            <translation>Good-practice cases</translation>
        </message>
        <message>
            <source>Search cases (e.g. 見守り, インカム, 移乗)</source>
            <translation>Search cases (e.g. 見守り, インカム, 移乗)</translation>
        </message>
        <message>
            <source>Write a case</source>
            <translation>Write a case</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Prefecture</source>
            <translation>Prefecture</translation>
        </message>
        <message>
            <source>Equipment area</source>
            <translation>Equipment area</translation>
        </message>
        <message>
            <source>Service type</source>
            <translation>Service type</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) found</source>
            <translation>
                <numerusform>%n case found</numerusform>
                <numerusform>%n cases found</numerusform>
            </translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>Newest first</translation>
        </message>
        <message>
            <source>FY%1</source>
            <translation>FY%1</translation>
        </message>
        <message>
            <source>No case matches “%1”. Try a shorter word.</source>
            <translation>No case matches “%1”. Try a shorter word.</translation>
        </message>
        <message>
            <source>No cases on this device yet.</source>
            <translation>No cases on this device yet.</translation>
        </message>
    </context>
    <context>
        <name>CasePage</name>
        <message>
            <source>FY%1</source>
            <translation>FY%1</translation>
        </message>
        <message>
            <source>Two people changed the same part</source>
            <translation>Two people changed the same part</translation>
        </message>
        <message>
            <source>Stored: %1</source>
            <translation>Stored: %1</translation>
        </message>
        <message>
            <source>Other change: %1</source>
            <translation>Other change: %1</translation>
        </message>
        <message>
            <source>Keep stored</source>
            <translation>Keep stored</translation>
        </message>
        <message>
            <source>Use other</source>
            <translation>Use other</translation>
        </message>
        <message>
            <source>Merge both</source>
            <translation>Merge both</translation>
        </message>
        <message>
            <source>Measured effects</source>
            <translation>Measured effects</translation>
        </message>
        <message>
            <source>Photos and documents</source>
            <translation>Photos and documents</translation>
        </message>
        <message>
            <source>Photo not downloaded yet</source>
            <translation>Photo not downloaded yet</translation>
        </message>
        <message>
            <source>Funding and visits</source>
            <translation>Funding and visits</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Devices used</source>
            <translation>Devices used</translation>
        </message>
        <message>
            <source>Who can see it: %1. %2</source>
            <translation>Who can see it: %1. %2</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Not yet</translation>
        </message>
    </context>
    <context>
        <name>CheckInPage</name>
        <message>
            <source>Check-in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <source>Choose the session</source>
            <translation>Choose the session</translation>
        </message>
        <message>
            <source>Checked in: %1 of %2</source>
            <translation>Checked in: %1 of %2</translation>
        </message>
        <message>
            <source>Ready to scan</source>
            <translation>Ready to scan</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Camera</translation>
        </message>
        <message>
            <source>No camera found: type the ticket code.</source>
            <translation>No camera found: type the ticket code.</translation>
        </message>
        <message>
            <source>Ticket code</source>
            <translation>Ticket code</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Check in</translation>
        </message>
        <message>
            <source>This session's check-ins</source>
            <translation>This session's check-ins</translation>
        </message>
        <message>
            <source>Duplicates: %1 (the same ticket scanned again, here or at another door)</source>
            <translation>Duplicates: %1 (the same ticket scanned again, here or at another door)</translation>
        </message>
        <message>
            <source>No check-ins yet.</source>
            <translation>No check-ins yet.</translation>
        </message>
    </context>
    <context>
        <name>ComparePage</name>
        <message>
            <source>Compare devices</source>
            <translation>Compare devices</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>What it does</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Running cost</source>
            <translation>Running cost</translation>
        </message>
        <message>
            <source>Subsidy</source>
            <translation>Subsidy</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Trial loan</source>
            <translation>Trial loan</translation>
        </message>
        <message numerus="yes">
            <source>%n published case(s)</source>
            <translation>
                <numerusform>%n published case</numerusform>
                <numerusform>%n published cases</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose two or three devices: open a device and press “Compare with other devices”.</source>
            <translation>Choose two or three devices: open a device and press “Compare with other devices”.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Prices and subsidies are the catalogue's figures; ask the centre for the conditions that apply to you.</source>
            <translation>Prices and subsidies are the catalogue's figures; ask the centre for the conditions that apply to you.</translation>
        </message>
        <message>
            <source>Maker</source>
            <translation>Maker</translation>
        </message>
        <message>
            <source>Count the cases of this service type</source>
            <translation>Count the cases of this service type</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDialog</name>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Go back</translation>
        </message>
    </context>
    <context>
        <name>ConsultationController</name>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Replied</source>
            <translation>Replied</translation>
        </message>
        <message>
            <source>Referred</source>
            <translation>Referred</translation>
        </message>
        <message>
            <source>Follow-up date</source>
            <translation>Follow-up date</translation>
        </message>
        <message>
            <source>Records linked</source>
            <translation>Records linked</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Device</translation>
        </message>
        <message>
            <source>Seminar</source>
            <translation>Seminar</translation>
        </message>
        <message>
            <source>Loan</source>
            <translation>Loan</translation>
        </message>
        <message>
            <source>You</source>
            <translation>You</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>Waiting to send</translation>
        </message>
        <message>
            <source>This consultation is not on this device.</source>
            <translation>This consultation is not on this device.</translation>
        </message>
        <message>
            <source>This consultation is closed.</source>
            <translation>This consultation is closed.</translation>
        </message>
    </context>
    <context>
        <name>ConsultationFormPage</name>
        <message>
            <source>New consultation</source>
            <translation>New consultation</translation>
        </message>
        <message>
            <source>Consultation saved. It is sent to the centre at the next sync.</source>
            <translation>Consultation saved. It is sent to the centre at the next sync.</translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>Facility</translation>
        </message>
        <message>
            <source>Chosen: %1</source>
            <translation>Chosen: %1</translation>
        </message>
        <message>
            <source>Type part of the name, then tap the facility.</source>
            <translation>Type part of the name, then tap the facility.</translation>
        </message>
        <message>
            <source>Facility name</source>
            <translation>Facility name</translation>
        </message>
        <message>
            <source>How did it come in?</source>
            <translation>How did it come in?</translation>
        </message>
        <message>
            <source>What is it about? (required)</source>
            <translation>What is it about? (required)</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>What you want to know, and what you have tried.</source>
            <translation>What you want to know, and what you have tried.</translation>
        </message>
        <message>
            <source>How and when to reach you</source>
            <translation>How and when to reach you</translation>
        </message>
        <message>
            <source>For example: phone, weekday afternoons</source>
            <translation>For example: phone, weekday afternoons</translation>
        </message>
        <message>
            <source>Record the consultation</source>
            <translation>Record the consultation</translation>
        </message>
        <message>
            <source>Send to the centre</source>
            <translation>Send to the centre</translation>
        </message>
        <message>
            <source>Attach a photo or PDF</source>
            <translation>Attach a photo or PDF</translation>
        </message>
        <message>
            <source>Photos and PDF (*.jpg *.jpeg *.png *.pdf)</source>
            <translation>Photos and PDF (*.jpg *.jpeg *.png *.pdf)</translation>
        </message>
        <message>
            <source>Photos or documents (optional)</source>
            <translation>Photos or documents (optional)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Attach a photo or PDF…</source>
            <translation>Attach a photo or PDF…</translation>
        </message>
    </context>
    <context>
        <name>ConsultationListPage</name>
        <message>
            <source>Consultations</source>
            <translation>Consultations</translation>
        </message>
        <message>
            <source>Ask the prefecture's one-stop centre about care technology, subsidies, staffing or where to start. Past consultations stay here when staff change.</source>
            <translation>Ask the prefecture's one-stop centre about care technology, subsidies, staffing or where to start. Past consultations stay here when staff change.</translation>
        </message>
        <message>
            <source>Ask the centre</source>
            <translation>Ask the centre</translation>
        </message>
        <message>
            <source>Support record</source>
            <translation>Support record</translation>
        </message>
        <message>
            <source>No consultations yet.</source>
            <translation>No consultations yet.</translation>
        </message>
    </context>
    <context>
        <name>ConsultationPage</name>
        <message>
            <source>Consultation</source>
            <translation>Consultation</translation>
        </message>
        <message>
            <source>Reply saved. It is sent at the next sync.</source>
            <translation>Reply saved. It is sent at the next sync.</translation>
        </message>
        <message>
            <source>The consultation is closed.</source>
            <translation>The consultation is closed.</translation>
        </message>
        <message>
            <source>Saved. It is sent at the next sync.</source>
            <translation>Saved. It is sent at the next sync.</translation>
        </message>
        <message>
            <source>The record was saved as a PDF: %1</source>
            <translation>The record was saved as a PDF: %1</translation>
        </message>
        <message>
            <source>Received %1 (%2)</source>
            <translation>Received %1 (%2)</translation>
        </message>
        <message>
            <source>How to reach them: %1</source>
            <translation>How to reach them: %1</translation>
        </message>
        <message>
            <source>Follow up on %1</source>
            <translation>Follow up on %1</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Exchange</translation>
        </message>
        <message>
            <source>No replies yet.</source>
            <translation>No replies yet.</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>Centre</translation>
        </message>
        <message>
            <source>Your reply</source>
            <translation>Your reply</translation>
        </message>
        <message>
            <source>Send reply</source>
            <translation>Send reply</translation>
        </message>
        <message>
            <source>Refer…</source>
            <translation>Refer…</translation>
        </message>
        <message>
            <source>Follow-up date…</source>
            <translation>Follow-up date…</translation>
        </message>
        <message>
            <source>Link records…</source>
            <translation>Link records…</translation>
        </message>
        <message>
            <source>Close…</source>
            <translation>Close…</translation>
        </message>
        <message>
            <source>Close this consultation?</source>
            <translation>Close this consultation?</translation>
        </message>
        <message>
            <source>Closed consultations take no more replies. The facility keeps it in its support record.</source>
            <translation>Closed consultations take no more replies. The facility keeps it in its support record.</translation>
        </message>
        <message>
            <source>Close it</source>
            <translation>Close it</translation>
        </message>
        <message>
            <source>Print record (PDF)</source>
            <translation>Print record (PDF)</translation>
        </message>
        <message>
            <source>Referred to</source>
            <translation>Referred to</translation>
        </message>
        <message>
            <source>Linked records</source>
            <translation>Linked records</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Follow-up date</source>
            <translation>Follow-up date</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Go back</translation>
        </message>
        <message>
            <source>Clear the date</source>
            <translation>Clear the date</translation>
        </message>
        <message>
            <source>Set the date</source>
            <translation>Set the date</translation>
        </message>
        <message>
            <source>Link records</source>
            <translation>Link records</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>This facility has no loans or seminar sign-ups to link yet.</source>
            <translation>This facility has no loans or seminar sign-ups to link yet.</translation>
        </message>
    </context>
    <context>
        <name>CountBars</name>
        <message>
            <source>%1 (%2 %)</source>
            <translation>%1 (%2 %)</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Understood as %1</source>
            <translation>Understood as %1</translation>
        </message>
        <message>
            <source>This date cannot be read. Type it like 2027-01-10 or 1月10日, or pick it in the calendar.</source>
            <translation>This date cannot be read. Type it like 2027-01-10, or pick it in the calendar.</translation>
        </message>
        <message>
            <source>e.g. 1月10日</source>
            <translation>e.g. 2027-01-10</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Previous month</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Next month</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Tap Calendar to pick a day, or type e.g. 1月10日</source>
            <translation>Tap Calendar to pick a day, or type e.g. 2027-01-10</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendar</translation>
        </message>
    </context>
    <context>
        <name>DeskPage</name>
        <message>
            <source>Consultation desk</source>
            <translation>Consultation desk</translation>
        </message>
        <message>
            <source>Open consultations</source>
            <translation>Open consultations</translation>
        </message>
        <message>
            <source>New consultation</source>
            <translation>New consultation</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Not closed</source>
            <translation>Not closed</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Answering</source>
            <translation>Answering</translation>
        </message>
        <message>
            <source>Referred</source>
            <translation>Referred</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>All topics</source>
            <translation>All topics</translation>
        </message>
        <message>
            <source>Facility name</source>
            <translation>Facility name</translation>
        </message>
        <message>
            <source>No consultations match.</source>
            <translation>No consultations match.</translation>
        </message>
        <message>
            <source>Follow-ups due this week (and overdue)</source>
            <translation>Follow-ups due this week (and overdue)</translation>
        </message>
        <message>
            <source>Loan wishes from the kiosk not handled yet</source>
            <translation>Loan wishes from the kiosk not handled yet</translation>
        </message>
        <message>
            <source>Typical time to the first reply (median)</source>
            <translation>Typical time to the first reply (median)</translation>
        </message>
        <message>
            <source>Consultations in the last 12 months: %1</source>
            <translation>Consultations in the last 12 months: %1</translation>
        </message>
        <message>
            <source>By topic</source>
            <translation>By topic</translation>
        </message>
        <message>
            <source>By channel</source>
            <translation>By channel</translation>
        </message>
    </context>
    <context>
        <name>EquipmentDelegate</name>
        <message numerus="yes">
            <source>Up to %n day(s)</source>
            <translation>
                <numerusform>Up to %n day</numerusform>
                <numerusform>Up to %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EquipmentLinks</name>
        <message>
            <source>no change</source>
            <translation>no change</translation>
        </message>
        <message>
            <source>%1% better</source>
            <translation>%1% better</translation>
        </message>
        <message>
            <source>%1% worse</source>
            <translation>%1% worse</translation>
        </message>
        <message numerus="yes">
            <source>%n place(s)</source>
            <translation>
                <numerusform>%n place</numerusform>
                <numerusform>%n places</numerusform>
            </translation>
        </message>
        <message>
            <source>No units to lend</source>
            <translation>No units to lend</translation>
        </message>
        <message>
            <source>%1 of %2 units free (as of the last sync)</source>
            <translation>%1 of %2 units free (as of the last sync)</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Not known</translation>
        </message>
        <message>
            <source>No measured figure yet</source>
            <translation>No measured figure yet</translation>
        </message>
        <message numerus="yes">
            <source>Typically %1 (median of %n case(s) with a figure)</source>
            <translation>
                <numerusform>Typically %1 (median of %n case with a figure)</numerusform>
                <numerusform>Typically %1 (median of %n cases with a figure)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EquipmentModelPage</name>
        <message>
            <source>Maker</source>
            <translation>Maker</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Lent by</source>
            <translation>Lent by</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Units</translation>
        </message>
        <message>
            <source>%1 of %2 in service (as of the last sync)</source>
            <translation>%1 of %2 in service (as of the last sync)</translation>
        </message>
        <message>
            <source>Longest trial</source>
            <translation>Longest trial</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <source>Ask for a trial loan</source>
            <translation>Ask for a trial loan</translation>
        </message>
        <message>
            <source>What you want to try it for</source>
            <translation>What you want to try it for</translation>
        </message>
        <message>
            <source>The request is saved on this device and sent at the next connection. The centre then books a unit or offers the next free dates.</source>
            <translation>The request is saved on this device and sent at the next connection. The centre then books a unit or offers the next free dates.</translation>
        </message>
        <message>
            <source>Ask for this loan</source>
            <translation>Ask for this loan</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Running cost</source>
            <translation>Running cost</translation>
        </message>
        <message>
            <source>Subsidy</source>
            <translation>Subsidy</translation>
        </message>
        <message>
            <source>Remove from comparison</source>
            <translation>Remove from comparison</translation>
        </message>
        <message>
            <source>Compare with other devices</source>
            <translation>Compare with other devices</translation>
        </message>
        <message>
            <source>Cases that used it</source>
            <translation>Cases that used it</translation>
        </message>
        <message numerus="yes">
            <source>%n published case(s) used this device.</source>
            <translation>
                <numerusform>%n published case used this device.</numerusform>
                <numerusform>%n published cases used this device.</numerusform>
            </translation>
        </message>
        <message>
            <source>No published case names this device yet.</source>
            <translation>No published case names this device yet.</translation>
        </message>
        <message numerus="yes">
            <source>%n more case(s) used a device of the same area.</source>
            <translation>
                <numerusform>%n more case used a device of the same area.</numerusform>
                <numerusform>%n more cases used a device of the same area.</numerusform>
            </translation>
        </message>
        <message>
            <source>Service type</source>
            <translation>Service type</translation>
        </message>
        <message>
            <source>Facility size</source>
            <translation>Facility size</translation>
        </message>
        <message>
            <source>Any size</source>
            <translation>Any size</translation>
        </message>
        <message>
            <source>Under 30 places</source>
            <translation>Under 30 places</translation>
        </message>
        <message>
            <source>30 to 79 places</source>
            <translation>30 to 79 places</translation>
        </message>
        <message>
            <source>80 places or more</source>
            <translation>80 places or more</translation>
        </message>
        <message>
            <source>No case matches these choices.</source>
            <translation>No case matches these choices.</translation>
        </message>
        <message>
            <source>See it at</source>
            <translation>See it at</translation>
        </message>
        <message>
            <source>Your loan request is saved. It is sent to the centre at the next sync; see it under My loans.</source>
            <translation>Your loan request is saved. It is sent to the centre at the next sync; see it under My loans.</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>First day</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Last day</translation>
        </message>
        <message>
            <source>Compare (%1)</source>
            <translation>Compare (%1)</translation>
        </message>
        <message>
            <source>Added. Open another device and add it too, to see them side by side (up to 3).</source>
            <translation>Added. Open another device and add it too, to see them side by side (up to 3).</translation>
        </message>
    </context>
    <context>
        <name>EquipmentPage</name>
        <message>
            <source>Equipment to try</source>
            <translation>Equipment to try</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>My loans</source>
            <translation>My loans</translation>
        </message>
        <message>
            <source>No equipment in this area.</source>
            <translation>No equipment in this area.</translation>
        </message>
        <message>
            <source>Compare (%1)</source>
            <translation>Compare (%1)</translation>
        </message>
    </context>
    <context>
        <name>FacilitiesPage</name>
        <message>
            <source>Support records</source>
            <translation>Support records</translation>
        </message>
        <message>
            <source>Search by facility name</source>
            <translation>Search by facility name</translation>
        </message>
        <message>
            <source>No facility matches.</source>
            <translation>No facility matches.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunPage</name>
        <message>
            <source>Set up this device</source>
            <translation>Set up this device</translation>
        </message>
        <message>
            <source>Welcome to Yokoten</source>
            <translation>Welcome to Yokoten</translation>
        </message>
        <message>
            <source>Enter what the support centre gave you. You need a connection only this once.</source>
            <translation>Enter what the support centre gave you. You need a connection only this once.</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Server address</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Enrolment code</translation>
        </message>
        <message>
            <source>Certificate file (only if the centre gave you one)</source>
            <translation>Certificate file (only if the centre gave you one)</translation>
        </message>
        <message>
            <source>Your login</source>
            <translation>Your login</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Choose a passcode for this device (6 or more characters)</source>
            <translation>Choose a passcode for this device (6 or more characters)</translation>
        </message>
        <message>
            <source>Passcode again</source>
            <translation>Passcode again</translation>
        </message>
        <message>
            <source>The two passcodes differ.</source>
            <translation>The two passcodes differ.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connecting…</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Your login (centre staff only; attendees leave it empty)</source>
            <translation>Your login (centre staff only; attendees leave it empty)</translation>
        </message>
        <message>
            <source>Attendant PIN (4 to 12 digits), to leave kiosk mode</source>
            <translation>Attendant PIN (4 to 12 digits), to leave kiosk mode</translation>
        </message>
    </context>
    <context>
        <name>FollowUp</name>
        <message>
            <source>Adopted %1</source>
            <translation>Adopted %1</translation>
        </message>
        <message>
            <source>Check-in %1 · %2</source>
            <translation>Check-in %1 · %2</translation>
        </message>
        <message>
            <source>Every check-in answered</source>
            <translation>Every check-in answered</translation>
        </message>
        <message>
            <source>No longer used</source>
            <translation>No longer used</translation>
        </message>
        <message>
            <source>Check-ins overdue: %1</source>
            <translation>Check-ins overdue: %1</translation>
        </message>
        <message>
            <source>Not due yet</source>
            <translation>Not due yet</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>1 month after</source>
            <translation>1 month after</translation>
        </message>
        <message>
            <source>%1 months after</source>
            <translation>%1 months after</translation>
        </message>
        <message>
            <source>FY%1</source>
            <translation>FY%1</translation>
        </message>
        <message>
            <source>Applications %1 to %2</source>
            <translation>Applications %1 to %2</translation>
        </message>
        <message>
            <source>Support %1 to %2</source>
            <translation>Support %1 to %2</translation>
        </message>
    </context>
    <context>
        <name>FormField</name>
        <message>
            <source>%1 (required)</source>
            <translation>%1 (required)</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message numerus="yes">
            <source>Notices: %n unread</source>
            <translation>
                <numerusform>Notices: %n unread</numerusform>
                <numerusform>Notices: %n unread</numerusform>
            </translation>
        </message>
        <message>
            <source>All notices</source>
            <translation>All notices</translation>
        </message>
        <message>
            <source>The centre's desk</source>
            <translation>The centre's desk</translation>
        </message>
        <message>
            <source>Open consultations: %1 · follow-ups due this week: %2 · loan wishes not handled: %3</source>
            <translation>Open consultations: %1 · follow-ups due this week: %2 · loan wishes not handled: %3</translation>
        </message>
        <message>
            <source>Open the desk</source>
            <translation>Open the desk</translation>
        </message>
        <message>
            <source>Visitor inbox</source>
            <translation>Visitor inbox</translation>
        </message>
        <message>
            <source>Hello, %1</source>
            <translation>Hello, %1</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>New good-practice cases</source>
            <translation>New good-practice cases</translation>
        </message>
        <message>
            <source>No cases yet. They arrive with the next sync.</source>
            <translation>No cases yet. They arrive with the next sync.</translation>
        </message>
        <message>
            <source>All cases</source>
            <translation>All cases</translation>
        </message>
        <message>
            <source>Upcoming seminars</source>
            <translation>Upcoming seminars</translation>
        </message>
        <message numerus="yes">
            <source>%n seat(s) left</source>
            <translation>
                <numerusform>%n seat left</numerusform>
                <numerusform>%n seats left</numerusform>
            </translation>
        </message>
        <message>
            <source>No seminars planned right now.</source>
            <translation>No seminars planned right now.</translation>
        </message>
        <message>
            <source>All seminars</source>
            <translation>All seminars</translation>
        </message>
        <message>
            <source>Waiting for you</source>
            <translation>Waiting for you</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) are waiting to be sent. They are safe on this device.</source>
            <translation>
                <numerusform>%n change are waiting to be sent. They are safe on this device.</numerusform>
                <numerusform>%n changes are waiting to be sent. They are safe on this device.</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything you did has reached the centre.</source>
            <translation>Everything you did has reached the centre.</translation>
        </message>
        <message>
            <source>My seminar sign-ups: %1</source>
            <translation>My seminar sign-ups: %1</translation>
        </message>
        <message>
            <source>My tickets</source>
            <translation>My tickets</translation>
        </message>
        <message>
            <source>Write a case</source>
            <translation>Write a case</translation>
        </message>
        <message>
            <source>Stalled adoptions: %1</source>
            <translation>Stalled adoptions: %1</translation>
        </message>
        <message>
            <source>Check-ins due: %1</source>
            <translation>Check-ins due: %1</translation>
        </message>
        <message>
            <source>All stalled adoptions</source>
            <translation>All stalled adoptions</translation>
        </message>
        <message>
            <source>All adoptions</source>
            <translation>All adoptions</translation>
        </message>
    </context>
    <context>
        <name>InboxEntryDelegate</name>
        <message>
            <source>Handled</source>
            <translation>Handled</translation>
        </message>
        <message>
            <source>Not handled</source>
            <translation>Not handled</translation>
        </message>
    </context>
    <context>
        <name>InboxEntryDialog</name>
        <message>
            <source>Loan request made. It is sent at the next sync.</source>
            <translation>Loan request made. It is sent at the next sync.</translation>
        </message>
        <message>
            <source>Consultation made. It is sent at the next sync.</source>
            <translation>Consultation made. It is sent at the next sync.</translation>
        </message>
        <message>
            <source>Marked handled.</source>
            <translation>Marked handled.</translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>Facility</translation>
        </message>
        <message>
            <source>Several facilities match the name typed: pick one.</source>
            <translation>Several facilities match the name typed: pick one.</translation>
        </message>
        <message>
            <source>No facility matches the name typed: search for it.</source>
            <translation>No facility matches the name typed: search for it.</translation>
        </message>
        <message>
            <source>(matched by the name the visitor typed)</source>
            <translation>(matched by the name the visitor typed)</translation>
        </message>
        <message>
            <source>Another facility? Type its name</source>
            <translation>Another facility? Type its name</translation>
        </message>
        <message>
            <source>Facility name</source>
            <translation>Facility name</translation>
        </message>
        <message>
            <source>Make a loan request</source>
            <translation>Make a loan request</translation>
        </message>
        <message>
            <source>Make a loan request?</source>
            <translation>Make a loan request?</translation>
        </message>
        <message>
            <source>%1 asks to borrow %2, %3. The request goes to the loans list as the facility's.</source>
            <translation>%1 asks to borrow %2, %3. The request goes to the loans list as the facility's.</translation>
        </message>
        <message>
            <source>Make the request</source>
            <translation>Make the request</translation>
        </message>
        <message>
            <source>Make a consultation</source>
            <translation>Make a consultation</translation>
        </message>
        <message>
            <source>Make a consultation?</source>
            <translation>Make a consultation?</translation>
        </message>
        <message>
            <source>A consultation of %1 is recorded as received at the exhibition.</source>
            <translation>A consultation of %1 is recorded as received at the exhibition.</translation>
        </message>
        <message>
            <source>Make the consultation</source>
            <translation>Make the consultation</translation>
        </message>
        <message>
            <source>Mark handled</source>
            <translation>Mark handled</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Go back</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>What is the consultation about?</source>
            <translation>What is the consultation about?</translation>
        </message>
        <message>
            <source>Make a consultation on this topic</source>
            <translation>Make a consultation on this topic</translation>
        </message>
    </context>
    <context>
        <name>InboxPage</name>
        <message>
            <source>Visitor inbox</source>
            <translation>Visitor inbox</translation>
        </message>
        <message>
            <source>Exhibition or seminar</source>
            <translation>Exhibition or seminar</translation>
        </message>
        <message>
            <source>All sessions</source>
            <translation>All sessions</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entries</translation>
        </message>
        <message>
            <source>Questionnaire results</source>
            <translation>Questionnaire results</translation>
        </message>
        <message>
            <source>Nothing from visitors yet.</source>
            <translation>Nothing from visitors yet.</translation>
        </message>
        <message numerus="yes">
            <source>%n questionnaire(s) answered</source>
            <translation>
                <numerusform>%n questionnaire answered</numerusform>
                <numerusform>%n questionnaires answered</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answered</source>
            <translation>
                <numerusform>%n answered</numerusform>
                <numerusform>%n answered</numerusform>
            </translation>
        </message>
        <message>
            <source>No questionnaires for this session yet.</source>
            <translation>No questionnaires for this session yet.</translation>
        </message>
    </context>
    <context>
        <name>KioskFormPage</name>
        <message>
            <source>Send</source>
            <translation>Send</translation>
        </message>
        <message>
            <source>Stop and go back</source>
            <translation>Stop and go back</translation>
        </message>
    </context>
    <context>
        <name>KioskKanaKeyboard</name>
        <message>
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <source>← Delete</source>
            <translation>← Delete</translation>
        </message>
    </context>
    <context>
        <name>KioskLoanPage</name>
        <message>
            <source>Borrow a device for a trial</source>
            <translation>Borrow a device for a trial</translation>
        </message>
        <message>
            <source>Choose the device and when you would like it. The centre will contact you to arrange the loan.</source>
            <translation>Choose the device and when you would like it. The centre will contact you to arrange the loan.</translation>
        </message>
        <message>
            <source>Device *</source>
            <translation>Device *</translation>
        </message>
        <message>
            <source>Facility or organisation *</source>
            <translation>Facility or organisation *</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>* required. Give an e-mail address or a phone number.</source>
            <translation>* required. Give an e-mail address or a phone number.</translation>
        </message>
        <message>
            <source>Type of service</source>
            <translation>Type of service</translation>
        </message>
        <message>
            <source>What other facilities achieved with it</source>
            <translation>What other facilities achieved with it</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
    </context>
    <context>
        <name>KioskQuestionnairePage</name>
        <message>
            <source>Exhibition questionnaire</source>
            <translation>Exhibition questionnaire</translation>
        </message>
        <message>
            <source>Anonymous. Questions marked * need an answer.</source>
            <translation>Anonymous. Questions marked * need an answer.</translation>
        </message>
        <message>
            <source>Type of service</source>
            <translation>Type of service</translation>
        </message>
    </context>
    <context>
        <name>KioskShell</name>
        <message>
            <source>Are you still there?</source>
            <translation>Are you still there?</translation>
        </message>
        <message numerus="yes">
            <source>In %n second(s) this screen goes back to the start and what you entered is erased.</source>
            <translation>
                <numerusform>In %n second this screen goes back to the start and what you entered is erased.</numerusform>
                <numerusform>In %n seconds this screen goes back to the start and what you entered is erased.</numerusform>
            </translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Attendant PIN</source>
            <translation>Attendant PIN</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
    </context>
    <context>
        <name>KioskStartPage</name>
        <message>
            <source>Equipment exhibition</source>
            <translation>Equipment exhibition</translation>
        </message>
        <message>
            <source>Welcome! Touch what you would like to do.</source>
            <translation>Welcome! Touch what you would like to do.</translation>
        </message>
        <message>
            <source>Register my visit</source>
            <translation>Register my visit</translation>
        </message>
        <message>
            <source>Tell the centre who you are and which devices interest you.</source>
            <translation>Tell the centre who you are and which devices interest you.</translation>
        </message>
        <message>
            <source>Borrow a device for a trial</source>
            <translation>Borrow a device for a trial</translation>
        </message>
        <message>
            <source>Ask for a free trial loan of a device shown here.</source>
            <translation>Ask for a free trial loan of a device shown here.</translation>
        </message>
        <message>
            <source>Answer the questionnaire</source>
            <translation>Answer the questionnaire</translation>
        </message>
        <message>
            <source>About two minutes. It helps the centre plan its support.</source>
            <translation>About two minutes. It helps the centre plan its support.</translation>
        </message>
        <message>
            <source>Your entry goes only to the support centre. Nobody at this screen can see it again.</source>
            <translation>Your entry goes only to the support centre. Nobody at this screen can see it again.</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
    </context>
    <context>
        <name>KioskThanksPage</name>
        <message>
            <source>Thank you!</source>
            <translation>Thank you!</translation>
        </message>
        <message>
            <source>Your trial-loan request is saved. The support centre will contact you about dates and delivery.</source>
            <translation>Your trial-loan request is saved. The support centre will contact you about dates and delivery.</translation>
        </message>
        <message>
            <source>Your visit is registered. The centre will send you information on the areas you chose.</source>
            <translation>Your visit is registered. The centre will send you information on the areas you chose.</translation>
        </message>
        <message>
            <source>Your answers are saved. They help the centre plan seminars and loans.</source>
            <translation>Your answers are saved. They help the centre plan seminars and loans.</translation>
        </message>
        <message>
            <source>It is sent to the centre as soon as this kiosk is online, then erased from the kiosk.</source>
            <translation>It is sent to the centre as soon as this kiosk is online, then erased from the kiosk.</translation>
        </message>
        <message>
            <source>Back to the start</source>
            <translation>Back to the start</translation>
        </message>
    </context>
    <context>
        <name>KioskVisitPage</name>
        <message>
            <source>Register my visit</source>
            <translation>Register my visit</translation>
        </message>
        <message>
            <source>Only the organisation is required. The centre uses this to send you information about the devices you choose.</source>
            <translation>Only the organisation is required. The centre uses this to send you information about the devices you choose.</translation>
        </message>
        <message>
            <source>Facility or organisation *</source>
            <translation>Facility or organisation *</translation>
        </message>
        <message>
            <source>Your name (optional)</source>
            <translation>Your name (optional)</translation>
        </message>
        <message>
            <source>E-mail (optional, for information)</source>
            <translation>E-mail (optional, for information)</translation>
        </message>
        <message>
            <source>Type of service</source>
            <translation>Type of service</translation>
        </message>
        <message>
            <source>Areas that interest you (choose any)</source>
            <translation>Areas that interest you (choose any)</translation>
        </message>
    </context>
    <context>
        <name>LoanController</name>
        <message>
            <source>This loan is not on this device.</source>
            <translation>This loan is not on this device.</translation>
        </message>
        <message>
            <source>Not possible while the loan is: %1</source>
            <translation>Not possible while the loan is: %1</translation>
        </message>
    </context>
    <context>
        <name>LoanDelegate</name>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Report sent</source>
            <translation>Report sent</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Reason: %1</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Decline</source>
            <translation>Decline</translation>
        </message>
        <message>
            <source>Lent out</source>
            <translation>Lent out</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Cancel request</source>
            <translation>Cancel request</translation>
        </message>
        <message>
            <source>Report the result</source>
            <translation>Report the result</translation>
        </message>
    </context>
    <context>
        <name>LoansPage</name>
        <message>
            <source>Loans of the centre</source>
            <translation>Loans of the centre</translation>
        </message>
        <message>
            <source>My loans</source>
            <translation>My loans</translation>
        </message>
        <message>
            <source>No loans yet. Pick equipment to try in the catalogue.</source>
            <translation>No loans yet. Pick equipment to try in the catalogue.</translation>
        </message>
        <message>
            <source>Equipment catalogue</source>
            <translation>Equipment catalogue</translation>
        </message>
        <message>
            <source>Decline this loan?</source>
            <translation>Decline this loan?</translation>
        </message>
        <message>
            <source>Reason for the facility</source>
            <translation>Reason for the facility</translation>
        </message>
        <message>
            <source>How did the trial go?</source>
            <translation>How did the trial go?</translation>
        </message>
        <message>
            <source>How useful was it? (1 not useful … 5 very useful)</source>
            <translation>How useful was it? (1 not useful … 5 very useful)</translation>
        </message>
        <message>
            <source>We plan to introduce it</source>
            <translation>We plan to introduce it</translation>
        </message>
        <message>
            <source>What worked well</source>
            <translation>What worked well</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Go back</translation>
        </message>
        <message>
            <source>Decline the loan</source>
            <translation>Decline the loan</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Not now</translation>
        </message>
        <message>
            <source>Send the report</source>
            <translation>Send the report</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Notices</source>
            <translation>Notices</translation>
        </message>
        <message>
            <source>Yokoten</source>
            <translation>Yokoten</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Seminars</source>
            <translation>Seminars</translation>
        </message>
        <message>
            <source>My tickets</source>
            <translation>My tickets</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>‹ Back</source>
            <translation>‹ Back</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Devices</translation>
        </message>
        <message>
            <source>Loans</source>
            <translation>Loans</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <source>My details</source>
            <translation>My details</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>Self-assessment</translation>
        </message>
        <message>
            <source>More</source>
            <translation>More</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Desk</translation>
        </message>
        <message>
            <source>Visitor inbox</source>
            <translation>Visitor inbox</translation>
        </message>
        <message>
            <source>Support records</source>
            <translation>Support records</translation>
        </message>
        <message>
            <source>Consultations</source>
            <translation>Consultations</translation>
        </message>
        <message>
            <source>Support record</source>
            <translation>Support record</translation>
        </message>
        <message>
            <source>Consult</source>
            <translation>Consult</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>Programmes</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Support menu</source>
            <translation>Support menu</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicators</translation>
        </message>
    </context>
    <context>
        <name>MeasurementForm</name>
        <message>
            <source>What was measured</source>
            <translation>What was measured</translation>
        </message>
        <message>
            <source>Name of the figure</source>
            <translation>Name of the figure</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>After</source>
            <translation>After</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Measured on</source>
            <translation>Measured on</translation>
        </message>
        <message>
            <source>YYYY-MM or YYYY-MM-DD</source>
            <translation>YYYY-MM or YYYY-MM-DD</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>e.g. attendance system, staff survey (n=32)</source>
            <translation>e.g. attendance system, staff survey (n=32)</translation>
        </message>
        <message>
            <source>Save the figure</source>
            <translation>Save the figure</translation>
        </message>
    </context>
    <context>
        <name>MetricChart</name>
        <message>
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>After</source>
            <translation>After</translation>
        </message>
    </context>
    <context>
        <name>ModelCaseCard</name>
        <message>
            <source>Same kind of device</source>
            <translation>Same kind of device</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Source: %1</translation>
        </message>
    </context>
    <context>
        <name>ModerationPage</name>
        <message>
            <source>Cases to review</source>
            <translation>Cases to review</translation>
        </message>
        <message>
            <source>Only centre staff can publish cases.</source>
            <translation>Only centre staff can publish cases.</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Publish</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archive</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Read</translation>
        </message>
        <message>
            <source>No cases are waiting for review.</source>
            <translation>No cases are waiting for review.</translation>
        </message>
    </context>
    <context>
        <name>MutationQueue</name>
        <message>
            <source>The store is not open.</source>
            <translation>The store is not open.</translation>
        </message>
    </context>
    <context>
        <name>ParticipationController</name>
        <message>
            <source>%1 · source: %2</source>
            <translation>%1 · source: %2</translation>
        </message>
        <message>
            <source>Phone follow-up</source>
            <translation>Phone follow-up</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>Waiting to send</translation>
        </message>
        <message>
            <source>%1 visits (at least %2), %3 by phone</source>
            <translation>%1 visits (at least %2), %3 by phone</translation>
        </message>
    </context>
    <context>
        <name>ParticipationDelegate</name>
        <message>
            <source>Why: %1</source>
            <translation>Why: %1</translation>
        </message>
        <message>
            <source>What to change: %1</source>
            <translation>What to change: %1</translation>
        </message>
        <message>
            <source>Step: %1</source>
            <translation>Step: %1</translation>
        </message>
        <message>
            <source>Choose</source>
            <translation>Choose</translation>
        </message>
        <message>
            <source>Do not choose</source>
            <translation>Do not choose</translation>
        </message>
        <message>
            <source>Open the plan and visits</source>
            <translation>Open the plan and visits</translation>
        </message>
    </context>
    <context>
        <name>ParticipationPage</name>
        <message>
            <source>Participation</source>
            <translation>Participation</translation>
        </message>
        <message>
            <source>Support closed. The server writes the case draft; it arrives with the next sync.</source>
            <translation>Support closed. The server writes the case draft; it arrives with the next sync.</translation>
        </message>
        <message>
            <source>Saved. It is sent at the next sync.</source>
            <translation>Saved. It is sent at the next sync.</translation>
        </message>
        <message>
            <source>Plan: six steps</source>
            <translation>Plan: six steps</translation>
        </message>
        <message>
            <source>Aim: %1</source>
            <translation>Aim: %1</translation>
        </message>
        <message>
            <source>Move to step</source>
            <translation>Move to step</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Change the step</source>
            <translation>Change the step</translation>
        </message>
        <message>
            <source>Visits and phone follow-ups</source>
            <translation>Visits and phone follow-ups</translation>
        </message>
        <message>
            <source>Who: %1</source>
            <translation>Who: %1</translation>
        </message>
        <message>
            <source>Next: %1</source>
            <translation>Next: %1</translation>
        </message>
        <message>
            <source>New visit log</source>
            <translation>New visit log</translation>
        </message>
        <message>
            <source>Figures before and after</source>
            <translation>Figures before and after</translation>
        </message>
        <message>
            <source>Before: %1</source>
            <translation>Before: %1</translation>
        </message>
        <message>
            <source>not measured yet</source>
            <translation>not measured yet</translation>
        </message>
        <message>
            <source>After: %1</source>
            <translation>After: %1</translation>
        </message>
        <message>
            <source>No figures yet.</source>
            <translation>No figures yet.</translation>
        </message>
        <message>
            <source>End of the support</source>
            <translation>End of the support</translation>
        </message>
        <message>
            <source>Close the support…</source>
            <translation>Close the support…</translation>
        </message>
        <message>
            <source>Close the support?</source>
            <translation>Close the support?</translation>
        </message>
        <message>
            <source>The facility's plan, visit logs and figures become a case draft that the facility then edits and submits. Visits and figures can no longer be added.</source>
            <translation>The facility's plan, visit logs and figures become a case draft that the facility then edits and submits. Visits and figures can no longer be added.</translation>
        </message>
        <message>
            <source>Close the support</source>
            <translation>Close the support</translation>
        </message>
        <message>
            <source>The case draft is ready for the facility to edit and submit.</source>
            <translation>The case draft is ready for the facility to edit and submit.</translation>
        </message>
        <message>
            <source>The server writes the case draft; it arrives with the next sync.</source>
            <translation>The server writes the case draft; it arrives with the next sync.</translation>
        </message>
        <message>
            <source>Open the case draft</source>
            <translation>Open the case draft</translation>
        </message>
        <message>
            <source>Site visits accepted</source>
            <translation>Site visits accepted</translation>
        </message>
        <message>
            <source>Accept site visits</source>
            <translation>Accept site visits</translation>
        </message>
        <message>
            <source>Attach a photo or PDF</source>
            <translation>Attach a photo or PDF</translation>
        </message>
        <message>
            <source>Photos and PDF (*.jpg *.jpeg *.png *.pdf)</source>
            <translation>Photos and PDF (*.jpg *.jpeg *.png *.pdf)</translation>
        </message>
        <message>
            <source>Photos: %1</source>
            <translation>Photos: %1</translation>
        </message>
    </context>
    <context>
        <name>PlatformInfo</name>
        <message>
            <source>Desktop keyring (Secret Service), or a protected file on kiosks</source>
            <translation>Desktop keyring (Secret Service), or a protected file on kiosks</translation>
        </message>
        <message>
            <source>Ask the administrator to add this user to the "video" group.</source>
            <translation>Ask the administrator to add this user to the "video" group.</translation>
        </message>
        <message>
            <source>Run the kiosk as a cage session under systemd; the app blocks Alt+F4, Alt+Tab and Esc itself.</source>
            <translation>Run the kiosk as a cage session under systemd; the app blocks Alt+F4, Alt+Tab and Esc itself.</translation>
        </message>
    </context>
    <context>
        <name>ProfilePage</name>
        <message>
            <source>My details</source>
            <translation>My details</translation>
        </message>
        <message>
            <source>Register once to sign up for the centre's seminars from this phone. Your ticket and certificate carry this name.</source>
            <translation>Register once to sign up for the centre's seminars from this phone. Your ticket and certificate carry this name.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation (facility, company, school)</source>
            <translation>Organisation (facility, company, school)</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>The centre uses these details only for the seminars you sign up for.</source>
            <translation>The centre uses these details only for the seminars you sign up for.</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeApplyPage</name>
        <message>
            <source>Apply: %1</source>
            <translation>Apply: %1</translation>
        </message>
        <message>
            <source>Application saved. It is sent to the centre at the next sync.</source>
            <translation>Application saved. It is sent to the centre at the next sync.</translation>
        </message>
        <message>
            <source>Why your facility applies</source>
            <translation>Why your facility applies</translation>
        </message>
        <message>
            <source>What is hard today, in a few sentences.</source>
            <translation>What is hard today, in a few sentences.</translation>
        </message>
        <message>
            <source>What you want to change</source>
            <translation>What you want to change</translation>
        </message>
        <message>
            <source>For example: fewer night rounds, shorter handovers, less overtime.</source>
            <translation>For example: fewer night rounds, shorter handovers, less overtime.</translation>
        </message>
        <message>
            <source>Who to contact, and how</source>
            <translation>Who to contact, and how</translation>
        </message>
        <message>
            <source>Your facility's desk, for example: office, weekdays 9 to 5</source>
            <translation>Your facility's desk, for example: office, weekdays 9 to 5</translation>
        </message>
        <message>
            <source>Send the application</source>
            <translation>Send the application</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeController</name>
        <message>
            <source>This programme is not on this device.</source>
            <translation>This programme is not on this device.</translation>
        </message>
        <message>
            <source>Applications for this programme are closed.</source>
            <translation>Applications for this programme are closed.</translation>
        </message>
        <message>
            <source>Your facility has already applied to this programme.</source>
            <translation>Your facility has already applied to this programme.</translation>
        </message>
        <message>
            <source>This application is not on this device.</source>
            <translation>This application is not on this device.</translation>
        </message>
        <message>
            <source>This support has already closed.</source>
            <translation>This support has already closed.</translation>
        </message>
        <message>
            <source>No places are left: every place of this programme is taken.</source>
            <translation>No places are left: every place of this programme is taken.</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeDelegate</name>
        <message>
            <source>Open for applications</source>
            <translation>Open for applications</translation>
        </message>
        <message>
            <source>Applications closed</source>
            <translation>Applications closed</translation>
        </message>
        <message>
            <source>Places: %1 · applied: %2 · chosen: %3</source>
            <translation>Places: %1 · applied: %2 · chosen: %3</translation>
        </message>
        <message>
            <source>Who may apply: %1</source>
            <translation>Who may apply: %1</translation>
        </message>
        <message>
            <source>Chosen facilities by step: %1</source>
            <translation>Chosen facilities by step: %1</translation>
        </message>
        <message>
            <source>Your application: %1</source>
            <translation>Your application: %1</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Open my participation</source>
            <translation>Open my participation</translation>
        </message>
        <message>
            <source>Applicants</source>
            <translation>Applicants</translation>
        </message>
        <message>
            <source>Facilities I advise</source>
            <translation>Facilities I advise</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeFormPage</name>
        <message>
            <source>Publish a programme</source>
            <translation>Publish a programme</translation>
        </message>
        <message>
            <source>Programme saved. Facilities of the prefecture see it after the next sync.</source>
            <translation>Programme saved. Facilities of the prefecture see it after the next sync.</translation>
        </message>
        <message>
            <source>Kind of programme (required)</source>
            <translation>Kind of programme (required)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>What the support is</source>
            <translation>What the support is</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>Fiscal year</translation>
        </message>
        <message>
            <source>Applications from</source>
            <translation>Applications from</translation>
        </message>
        <message>
            <source>Applications until</source>
            <translation>Applications until</translation>
        </message>
        <message>
            <source>Support from</source>
            <translation>Support from</translation>
        </message>
        <message>
            <source>Support until</source>
            <translation>Support until</translation>
        </message>
        <message>
            <source>Places (facilities chosen at most)</source>
            <translation>Places (facilities chosen at most)</translation>
        </message>
        <message>
            <source>Who may apply</source>
            <translation>Who may apply</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Publish</translation>
        </message>
    </context>
    <context>
        <name>ProgrammesPage</name>
        <message>
            <source>Support programmes</source>
            <translation>Support programmes</translation>
        </message>
        <message>
            <source>Programmes of your prefecture: applications, choices and how the chosen facilities are doing.</source>
            <translation>Programmes of your prefecture: applications, choices and how the chosen facilities are doing.</translation>
        </message>
        <message>
            <source>Accompaniment support and model facilities: the centre works with your facility for several months. Apply while applications are open.</source>
            <translation>Accompaniment support and model facilities: the centre works with your facility for several months. Apply while applications are open.</translation>
        </message>
        <message>
            <source>Publish a programme</source>
            <translation>Publish a programme</translation>
        </message>
        <message>
            <source>No programmes yet. They arrive with the next sync.</source>
            <translation>No programmes yet. They arrive with the next sync.</translation>
        </message>
        <message>
            <source>My applications</source>
            <translation>My applications</translation>
        </message>
        <message>
            <source>No applications yet.</source>
            <translation>No applications yet.</translation>
        </message>
    </context>
    <context>
        <name>RecordText</name>
        <message>
            <source>Waiting to send</source>
            <translation>Waiting to send</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Waitlisted (no. %1)</source>
            <translation>Waitlisted (no. %1)</translation>
        </message>
        <message>
            <source>Waitlisted</source>
            <translation>Waitlisted</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Not accepted</source>
            <translation>Not accepted</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Requested</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>On loan</source>
            <translation>On loan</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Declined</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Submitted for review</source>
            <translation>Submitted for review</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archived</translation>
        </message>
        <message>
            <source>Not accepted: %1</source>
            <translation>Not accepted: %1</translation>
        </message>
        <message>
            <source>No change</source>
            <translation>No change</translation>
        </message>
        <message>
            <source>%1 % less than before</source>
            <translation>%1 % less than before</translation>
        </message>
        <message>
            <source>%1 % more than before</source>
            <translation>%1 % more than before</translation>
        </message>
        <message>
            <source> (better)</source>
            <translation> (better)</translation>
        </message>
        <message>
            <source> (not better)</source>
            <translation> (not better)</translation>
        </message>
    </context>
    <context>
        <name>ReferDialog</name>
        <message>
            <source>Refer to a partner</source>
            <translation>Refer to a partner</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Go back</translation>
        </message>
        <message>
            <source>Refer</source>
            <translation>Refer</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Another partner (write it in)</source>
            <translation>Another partner (write it in)</translation>
        </message>
        <message>
            <source>Note for the record</source>
            <translation>Note for the record</translation>
        </message>
    </context>
    <context>
        <name>RosterCard</name>
        <message>
            <source>Attendees (%1 checked in of %2)</source>
            <translation>Attendees (%1 checked in of %2)</translation>
        </message>
        <message>
            <source>Nobody has signed up yet.</source>
            <translation>Nobody has signed up yet.</translation>
        </message>
    </context>
    <context>
        <name>SeminarListPage</name>
        <message>
            <source>Seminars</source>
            <translation>Seminars</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>%1 of %2 seats left</source>
            <translation>%1 of %2 seats left</translation>
        </message>
        <message>
            <source>Sign-up closed</source>
            <translation>Sign-up closed</translation>
        </message>
        <message>
            <source>Sign up by %1</source>
            <translation>Sign up by %1</translation>
        </message>
        <message>
            <source>No seminars planned right now.</source>
            <translation>No seminars planned right now.</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>New session</translation>
        </message>
    </context>
    <context>
        <name>SeminarPage</name>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Seats</translation>
        </message>
        <message>
            <source>%1 of %2 left (as of the last sync)</source>
            <translation>%1 of %2 left (as of the last sync)</translation>
        </message>
        <message numerus="yes">
            <source>, %n waiting</source>
            <translation>
                <numerusform>, %n waiting</numerusform>
                <numerusform>, %n waiting</numerusform>
            </translation>
        </message>
        <message>
            <source>Sign up by</source>
            <translation>Sign up by</translation>
        </message>
        <message>
            <source> (closed)</source>
            <translation> (closed)</translation>
        </message>
        <message>
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <source>An attendance certificate is issued.</source>
            <translation>An attendance certificate is issued.</translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <source>My sign-up</source>
            <translation>My sign-up</translation>
        </message>
        <message>
            <source>Not signed up</source>
            <translation>Not signed up</translation>
        </message>
        <message>
            <source>Your sign-up is saved on this device and will be sent at the next connection. The centre then confirms your seat or puts you on the waiting list.</source>
            <translation>Your sign-up is saved on this device and will be sent at the next connection. The centre then confirms your seat or puts you on the waiting list.</translation>
        </message>
        <message>
            <source>Attendee name (%1 if empty)</source>
            <translation>Attendee name (%1 if empty)</translation>
        </message>
        <message>
            <source>Attendee name</source>
            <translation>Attendee name</translation>
        </message>
        <message>
            <source>Sign up</source>
            <translation>Sign up</translation>
        </message>
        <message>
            <source>Cancel my sign-up</source>
            <translation>Cancel my sign-up</translation>
        </message>
        <message>
            <source>My tickets</source>
            <translation>My tickets</translation>
        </message>
        <message>
            <source>Cancel this sign-up?</source>
            <translation>Cancel this sign-up?</translation>
        </message>
        <message>
            <source>You sign up as %1 (%2), %3.</source>
            <translation>You sign up as %1 (%2), %3.</translation>
        </message>
        <message>
            <source>Register your name, organisation and e-mail once before you sign up.</source>
            <translation>Register your name, organisation and e-mail once before you sign up.</translation>
        </message>
        <message>
            <source>Register my details</source>
            <translation>Register my details</translation>
        </message>
        <message>
            <source>Devices on show</source>
            <translation>Devices on show</translation>
        </message>
        <message>
            <source>Your seat goes to the next person waiting and the ticket stops working.</source>
            <translation>Your seat goes to the next person waiting and the ticket stops working.</translation>
        </message>
        <message>
            <source>Cancel the sign-up</source>
            <translation>Cancel the sign-up</translation>
        </message>
        <message>
            <source>Keep my seat</source>
            <translation>Keep my seat</translation>
        </message>
        <message>
            <source>Signed up. Your seat is confirmed by the centre at the next sync.</source>
            <translation>Signed up. Your seat is confirmed by the centre at the next sync.</translation>
        </message>
        <message>
            <source>Your sign-up is cancelled. The centre is told at the next sync.</source>
            <translation>Your sign-up is cancelled. The centre is told at the next sync.</translation>
        </message>
    </context>
    <context>
        <name>SeminarQuestionnairePage</name>
        <message>
            <source>Questionnaire</source>
            <translation>Questionnaire</translation>
        </message>
        <message>
            <source>You have already answered. Thank you!</source>
            <translation>You have already answered. Thank you!</translation>
        </message>
        <message>
            <source>The questionnaire opens from your ticket once you have attended.</source>
            <translation>The questionnaire opens from your ticket once you have attended.</translation>
        </message>
        <message>
            <source>Thank you! Your answers are sent as soon as the phone is online.</source>
            <translation>Thank you! Your answers are sent as soon as the phone is online.</translation>
        </message>
        <message>
            <source>Send answers</source>
            <translation>Send answers</translation>
        </message>
    </context>
    <context>
        <name>SessionEditPage</name>
        <message>
            <source>New session</source>
            <translation>New session</translation>
        </message>
        <message>
            <source>Seminar</source>
            <translation>Seminar</translation>
        </message>
        <message>
            <source>From (HH:MM)</source>
            <translation>From (HH:MM)</translation>
        </message>
        <message>
            <source>Until (HH:MM)</source>
            <translation>Until (HH:MM)</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Venue</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Seats</translation>
        </message>
        <message>
            <source>Add the session</source>
            <translation>Add the session</translation>
        </message>
        <message>
            <source>Sign-up closes at 17:00 on the deadline day. Times are Japan time.</source>
            <translation>Sign-up closes at 17:00 on the deadline day. Times are Japan time.</translation>
        </message>
        <message>
            <source>Devices on show (for an exhibition)</source>
            <translation>Devices on show (for an exhibition)</translation>
        </message>
        <message>
            <source>The session is added. Everyone sees it after the next sync.</source>
            <translation>The session is added. Everyone sees it after the next sync.</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Sign-up deadline</source>
            <translation>Sign-up deadline</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Language / 言語</source>
            <translation>Language / 言語</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Text size</translation>
        </message>
        <message>
            <source>This is how text looks.</source>
            <translation>This is how text looks.</translation>
        </message>
        <message>
            <source>This device</source>
            <translation>This device</translation>
        </message>
        <message>
            <source>Signed in as: %1</source>
            <translation>Signed in as: %1</translation>
        </message>
        <message>
            <source>Organisation: %1</source>
            <translation>Organisation: %1</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Lock</translation>
        </message>
        <message>
            <source>A− Smaller</source>
            <translation>A− Smaller</translation>
        </message>
        <message>
            <source>A+ Larger</source>
            <translation>A+ Larger</translation>
        </message>
        <message>
            <source>Size %1 of %2</source>
            <translation>Size %1 of %2</translation>
        </message>
        <message>
            <source>The data on this device is encrypted. It opens with this device's passcode.</source>
            <translation>The data on this device is encrypted. It opens with this device's passcode.</translation>
        </message>
        <message>
            <source>No one is signed in on this device. On a phone, your details (My details) are used only for your seminar sign-ups.</source>
            <translation>No one is signed in on this device. On a phone, your details (My details) are used only for your seminar sign-ups.</translation>
        </message>
    </context>
    <context>
        <name>SupportRecord</name>
        <message>
            <source>Visit at an exhibition</source>
            <translation>Visit at an exhibition</translation>
        </message>
        <message>
            <source>Loan wish at an exhibition</source>
            <translation>Loan wish at an exhibition</translation>
        </message>
        <message>
            <source>Exhibition questionnaire</source>
            <translation>Exhibition questionnaire</translation>
        </message>
        <message>
            <source>Seminar questionnaire</source>
            <translation>Seminar questionnaire</translation>
        </message>
        <message>
            <source>Consultation: %1</source>
            <translation>Consultation: %1</translation>
        </message>
        <message>
            <source>Seminar sign-up: %1</source>
            <translation>Seminar sign-up: %1</translation>
        </message>
        <message>
            <source>Attended: %1</source>
            <translation>Attended: %1</translation>
        </message>
        <message>
            <source>Trial loan: %1</source>
            <translation>Trial loan: %1</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>Loan result report: %1</source>
            <translation>Loan result report: %1</translation>
        </message>
        <message>
            <source>Usefulness %1 of 5</source>
            <translation>Usefulness %1 of 5</translation>
        </message>
        <message>
            <source>plans to adopt</source>
            <translation>plans to adopt</translation>
        </message>
        <message>
            <source>Self-assessment submitted</source>
            <translation>Self-assessment submitted</translation>
        </message>
        <message>
            <source>%1 visit logs</source>
            <translation>%1 visit logs</translation>
        </message>
        <message>
            <source>Support programme: %1</source>
            <translation>Support programme: %1</translation>
        </message>
        <message>
            <source>no longer used</source>
            <translation>no longer used</translation>
        </message>
        <message>
            <source>every check-in answered</source>
            <translation>every check-in answered</translation>
        </message>
        <message>
            <source>Adopted: %1</source>
            <translation>Adopted: %1</translation>
        </message>
    </context>
    <context>
        <name>SupportRecordPage</name>
        <message>
            <source>Support record</source>
            <translation>Support record</translation>
        </message>
        <message>
            <source>Record a consultation</source>
            <translation>Record a consultation</translation>
        </message>
        <message>
            <source>Nothing recorded with the centre yet.</source>
            <translation>Nothing recorded with the centre yet.</translation>
        </message>
    </context>
    <context>
        <name>SyncIndicator</name>
        <message>
            <source>Syncing %1 / %2</source>
            <translation>Syncing %1 / %2</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Syncing…</translation>
        </message>
        <message>
            <source>Not connected to a server</source>
            <translation>Not connected to a server</translation>
        </message>
        <message numerus="yes">
            <source>Offline · %n waiting to send</source>
            <translation>
                <numerusform>Offline · %n waiting to send</numerusform>
                <numerusform>Offline · %n waiting to send</numerusform>
            </translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>Sync problem</source>
            <translation>Sync problem</translation>
        </message>
        <message numerus="yes">
            <source>%n waiting to send</source>
            <translation>
                <numerusform>%n waiting to send</numerusform>
                <numerusform>%n waiting to send</numerusform>
            </translation>
        </message>
        <message>
            <source>Up to date</source>
            <translation>Up to date</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>none (demo data only)</source>
            <translation>none (demo data only)</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>Waiting to send</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n change</numerusform>
                <numerusform>%n changes</numerusform>
            </translation>
        </message>
        <message>
            <source>Last successful sync</source>
            <translation>Last successful sync</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Last result</source>
            <translation>Last result</translation>
        </message>
        <message numerus="yes">
            <source>This device's clock is off by %n minute(s). Please correct it.</source>
            <translation>
                <numerusform>This device's clock is off by %n minute. Please correct it.</numerusform>
                <numerusform>This device's clock is off by %n minutes. Please correct it.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sign in again below. Your waiting changes are kept.</source>
            <translation>Sign in again below. Your waiting changes are kept.</translation>
        </message>
        <message>
            <source>Please update Yokoten.</source>
            <translation>Please update Yokoten.</translation>
        </message>
        <message>
            <source>Please contact the support centre.</source>
            <translation>Please contact the support centre.</translation>
        </message>
        <message>
            <source>Yokoten tries again by itself; nothing is lost.</source>
            <translation>Yokoten tries again by itself; nothing is lost.</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Syncing…</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <source>Connected to</source>
            <translation>Connected to</translation>
        </message>
        <message>
            <source>The centre's server</source>
            <translation>The centre's server</translation>
        </message>
        <message>
            <source>%1 sent, %2 received</source>
            <translation>%1 sent, %2 received</translation>
        </message>
        <message>
            <source>No connection right now</source>
            <translation>No connection right now</translation>
        </message>
        <message>
            <source>Something needs you</source>
            <translation>Something needs you</translation>
        </message>
    </context>
    <context>
        <name>TicketsPage</name>
        <message>
            <source>My tickets</source>
            <translation>My tickets</translation>
        </message>
        <message>
            <source>Attendee: %1</source>
            <translation>Attendee: %1</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>Waiting to send</translation>
        </message>
        <message>
            <source>Ticket code: %1</source>
            <translation>Ticket code: %1</translation>
        </message>
        <message>
            <source>You have not signed up for a seminar yet.</source>
            <translation>You have not signed up for a seminar yet.</translation>
        </message>
        <message>
            <source>Answer the questionnaire</source>
            <translation>Answer the questionnaire</translation>
        </message>
        <message>
            <source>Save the attendance certificate (PDF)</source>
            <translation>Save the attendance certificate (PDF)</translation>
        </message>
        <message>
            <source>Open the certificate</source>
            <translation>Open the certificate</translation>
        </message>
        <message>
            <source>Cancel this sign-up?</source>
            <translation>Cancel this sign-up?</translation>
        </message>
        <message>
            <source>Your seat goes to someone else and the ticket stops working. To attend again you must sign up again.</source>
            <translation>Your seat goes to someone else and the ticket stops working. To attend again you must sign up again.</translation>
        </message>
        <message>
            <source>Cancel the sign-up</source>
            <translation>Cancel the sign-up</translation>
        </message>
        <message>
            <source>Your sign-up is cancelled. The centre is told at the next sync.</source>
            <translation>Your sign-up is cancelled. The centre is told at the next sync.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Keep my seat</source>
            <translation>Keep my seat</translation>
        </message>
        <message>
            <source>Cancel this sign-up…</source>
            <translation>Cancel this sign-up…</translation>
        </message>
        <message>
            <source>Show large</source>
            <translation>Show large</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Yokoten</source>
            <translation>Yokoten</translation>
        </message>
        <message>
            <source>Enter this device's passcode.</source>
            <translation>Enter this device's passcode.</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Opening…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
    </context>
    <context>
        <name>UnsavedChangesGuard</name>
        <message>
            <source>Leave without saving?</source>
            <translation>Leave without saving?</translation>
        </message>
        <message>
            <source>What you typed on this page has not been saved yet. If you leave now, it will be lost.</source>
            <translation>What you typed on this page has not been saved yet. If you leave now, it will be lost.</translation>
        </message>
        <message>
            <source>Leave without saving</source>
            <translation>Leave without saving</translation>
        </message>
        <message>
            <source>Keep writing</source>
            <translation>Keep writing</translation>
        </message>
    </context>
    <context>
        <name>VisitLogForm</name>
        <message>
            <source>Date of the visit</source>
            <translation>Date of the visit</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
        <message>
            <source>Phone follow-up</source>
            <translation>Phone follow-up</translation>
        </message>
        <message>
            <source>Who took part</source>
            <translation>Who took part</translation>
        </message>
        <message>
            <source>Roles, not private details: e.g. manager, night-shift leader</source>
            <translation>Roles, not private details: e.g. manager, night-shift leader</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>What was done</translation>
        </message>
        <message>
            <source>Agreed next actions</source>
            <translation>Agreed next actions</translation>
        </message>
        <message>
            <source>Save the visit log</source>
            <translation>Save the visit log</translation>
        </message>
        <message>
            <source>Photos or documents (optional)</source>
            <translation>Photos or documents (optional)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Attach a photo or PDF…</source>
            <translation>Attach a photo or PDF…</translation>
        </message>
    </context>
    <context>
        <name>yk::app::AdoptionController</name>
        <message>
            <source>Please write what was adopted, for example the device and how many.</source>
            <translation>Please write what was adopted, for example the device and how many.</translation>
        </message>
        <message>
            <source>Please give the date it was adopted.</source>
            <translation>Please give the date it was adopted.</translation>
        </message>
        <message>
            <source>Please say whether it is still in use.</source>
            <translation>Please say whether it is still in use.</translation>
        </message>
        <message>
            <source>Please give the number of staff using it as a number.</source>
            <translation>Please give the number of staff using it as a number.</translation>
        </message>
        <message>
            <source>Sign in with your facility's account to record an adoption.</source>
            <translation>Sign in with your facility's account to record an adoption.</translation>
        </message>
        <message>
            <source>Follow-up after adoption: how is it going, and what would help?</source>
            <translation>Follow-up after adoption: how is it going, and what would help?</translation>
        </message>
        <message>
            <source>This adoption is not on this device.</source>
            <translation>This adoption is not on this device.</translation>
        </message>
    </context>
    <context>
        <name>yk::app::AssessmentController</name>
        <message>
            <source>The answer could not be saved on this device.</source>
            <translation>The answer could not be saved on this device.</translation>
        </message>
        <message>
            <source>Answer at least one question first.</source>
            <translation>Answer at least one question first.</translation>
        </message>
        <message>
            <source>Obligation (yes / no)</source>
            <translation>Obligation (yes / no)</translation>
        </message>
        <message>
            <source>Prefecture certification checklist</source>
            <translation>Prefecture certification checklist</translation>
        </message>
        <message>
            <source>National guideline (scored 0–100)</source>
            <translation>National guideline (scored 0–100)</translation>
        </message>
        <message>
            <source>Facilities in %1</source>
            <translation>Facilities in %1</translation>
        </message>
        <message>
            <source>For: %1</source>
            <translation>For: %1</translation>
        </message>
        <message>
            <source>For every facility</source>
            <translation>For every facility</translation>
        </message>
    </context>
    <context>
        <name>yk::app::CaseController</name>
        <message>
            <source> · initial cost ¥%L1</source>
            <translation> · initial cost ¥%L1</translation>
        </message>
        <message>
            <source> · running ¥%L1 a year</source>
            <translation> · running ¥%L1 a year</translation>
        </message>
        <message>
            <source>Visits welcome</source>
            <translation>Visits welcome</translation>
        </message>
        <message>
            <source>Give the measurement a name.</source>
            <translation>Give the measurement a name.</translation>
        </message>
        <message>
            <source>The file cannot be read or is larger than 50 MB.</source>
            <translation>The file cannot be read or is larger than 50 MB.</translation>
        </message>
        <message>
            <source>The store is not open.</source>
            <translation>The store is not open.</translation>
        </message>
        <message>
            <source>Give the case a title.</source>
            <translation>Give the case a title.</translation>
        </message>
        <message>
            <source>Save your changes before submitting.</source>
            <translation>Save your changes before submitting.</translation>
        </message>
        <message>
            <source>The measurement you typed has no name (what was measured). Fill it in, or clear the measurement's fields, then save again.</source>
            <translation>The measurement you typed has no name (what was measured). Fill it in, or clear the measurement's fields, then save again.</translation>
        </message>
        <message>
            <source>The measurement "%1" needs a number before and after. Fill them in, or clear the measurement's fields, then save again.</source>
            <translation>The measurement "%1" needs a number before and after. Fill them in, or clear the measurement's fields, then save again.</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Prefecture</source>
            <translation>Prefecture</translation>
        </message>
        <message>
            <source>Public (all prefectures)</source>
            <translation>Public (all prefectures)</translation>
        </message>
        <message>
            <source>Own organisation only</source>
            <translation>Own organisation only</translation>
        </message>
        <message>
            <source>The officers of your municipality and the facilities in it can see it.</source>
            <translation>The officers of your municipality and the facilities in it can see it.</translation>
        </message>
        <message>
            <source>The officers of %1 and the facilities in %1 can see it.</source>
            <translation>The officers of %1 and the facilities in %1 can see it.</translation>
        </message>
        <message>
            <source>The facilities, municipalities, centre and prefecture officers of your prefecture can see it.</source>
            <translation>The facilities, municipalities, centre and prefecture officers of your prefecture can see it.</translation>
        </message>
        <message>
            <source>Everyone in every prefecture can see it, once the centre has checked it.</source>
            <translation>Everyone in every prefecture can see it, once the centre has checked it.</translation>
        </message>
        <message>
            <source>Only the staff of your own organisation can see it.</source>
            <translation>Only the staff of your own organisation can see it.</translation>
        </message>
        <message>
            <source>Send to the centre for review</source>
            <translation>Send to the centre for review</translation>
        </message>
        <message>
            <source>Publish now</source>
            <translation>Publish now</translation>
        </message>
        <message>
            <source>The centre will check the case, then publish it to everyone. Until then only your organisation and the centre can see it.</source>
            <translation>The centre will check the case, then publish it to everyone. Until then only your organisation and the centre can see it.</translation>
        </message>
        <message>
            <source>The case is published at the next sync, without review. %1</source>
            <translation>The case is published at the next sync, without review. %1</translation>
        </message>
        <message>
            <source>The measurement "%1" needs its source and the dates of both figures (for example 2023-12 and 2024-03).</source>
            <translation>The measurement "%1" needs its source and the dates of both figures (for example 2023-12 and 2024-03).</translation>
        </message>
        <message>
            <source>The measurement "%1" needs its source (a survey, a record, who measured it). Fill it in, or clear the measurement's fields, then save again.</source>
            <translation>The measurement "%1" needs its source (a survey, a record, who measured it). Fill it in, or clear the measurement's fields, then save again.</translation>
        </message>
        <message>
            <source>The measurement "%1" needs the month of each figure, as 2023-12 or 2023-12-01. Fill them in, or clear the measurement's fields, then save again.</source>
            <translation>The measurement "%1" needs the month of each figure, as 2023-12 or 2023-12-01. Fill them in, or clear the measurement's fields, then save again.</translation>
        </message>
        <message>
            <source>The measurement "%1" has no source or dates. Remove it and add it again with them.</source>
            <translation>The measurement "%1" has no source or dates. Remove it and add it again with them.</translation>
        </message>
    </context>
    <context>
        <name>yk::app::ConsultationController</name>
        <message>
            <source>Choose the facility.</source>
            <translation>Choose the facility.</translation>
        </message>
        <message>
            <source>Choose what the consultation is about.</source>
            <translation>Choose what the consultation is about.</translation>
        </message>
        <message>
            <source>Choose how the consultation came in.</source>
            <translation>Choose how the consultation came in.</translation>
        </message>
        <message>
            <source>Please write the question.</source>
            <translation>Please write the question.</translation>
        </message>
        <message>
            <source>Please write the reply.</source>
            <translation>Please write the reply.</translation>
        </message>
        <message>
            <source>Choose or write where the consultation is referred to.</source>
            <translation>Choose or write where the consultation is referred to.</translation>
        </message>
        <message>
            <source>The date could not be read.</source>
            <translation>The date could not be read.</translation>
        </message>
        <message>
            <source>This consultation is not on this device.</source>
            <translation>This consultation is not on this device.</translation>
        </message>
        <message>
            <source>Only photos (JPEG, PNG) and PDF files up to 50 MB can be attached.</source>
            <translation>Only photos (JPEG, PNG) and PDF files up to 50 MB can be attached.</translation>
        </message>
    </context>
    <context>
        <name>yk::app::ConsultationListModel</name>
        <message>
            <source>Follow up on %1</source>
            <translation>Follow up on %1</translation>
        </message>
    </context>
    <context>
        <name>yk::app::DeskController</name>
        <message>
            <source>under 1 h</source>
            <translation>under 1 h</translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%n h</numerusform>
                <numerusform>%n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>yk::app::EquipmentController</name>
        <message>
            <source>The first day is in the past.</source>
            <translation>The first day is in the past.</translation>
        </message>
        <message>
            <source>The last day is before the first day.</source>
            <translation>The last day is before the first day.</translation>
        </message>
        <message numerus="yes">
            <source>This model can be lent for at most %n day(s).</source>
            <translation>
                <numerusform>This model can be lent for at most %n day.</numerusform>
                <numerusform>This model can be lent for at most %n days.</numerusform>
            </translation>
        </message>
        <message>
            <source>This equipment is not in the catalogue on this device.</source>
            <translation>This equipment is not in the catalogue on this device.</translation>
        </message>
        <message>
            <source>Enter both dates, e.g. 2027-01-10 or 1月10日.</source>
            <translation>Enter both dates, e.g. 2027-01-10.</translation>
        </message>
    </context>
    <context>
        <name>yk::app::InboxController</name>
        <message>
            <source>Choose the facility.</source>
            <translation>Choose the facility.</translation>
        </message>
        <message>
            <source>Choose what the consultation is about.</source>
            <translation>Choose what the consultation is about.</translation>
        </message>
        <message>
            <source>This entry is not on this device.</source>
            <translation>This entry is not on this device.</translation>
        </message>
        <message>
            <source>This entry has already been handled.</source>
            <translation>This entry has already been handled.</translation>
        </message>
        <message>
            <source>Only a loan wish can become a loan request.</source>
            <translation>Only a loan wish can become a loan request.</translation>
        </message>
    </context>
    <context>
        <name>yk::app::LoanController</name>
        <message>
            <source>Please give a reason for the facility.</source>
            <translation>Please give a reason for the facility.</translation>
        </message>
        <message>
            <source>Choose how useful the equipment was (1 to 5).</source>
            <translation>Choose how useful the equipment was (1 to 5).</translation>
        </message>
    </context>
    <context>
        <name>yk::app::LoanListModel</name>
        <message>
            <source>Free from %1 to %2</source>
            <translation>Free from %1 to %2</translation>
        </message>
    </context>
    <context>
        <name>yk::app::ParticipationController</name>
        <message>
            <source>Please give the date of the visit.</source>
            <translation>Please give the date of the visit.</translation>
        </message>
        <message>
            <source>Please write what was done.</source>
            <translation>Please write what was done.</translation>
        </message>
        <message>
            <source>Choose what was measured.</source>
            <translation>Choose what was measured.</translation>
        </message>
        <message>
            <source>Please name what was measured.</source>
            <translation>Please name what was measured.</translation>
        </message>
        <message>
            <source>Choose whether the figure is from before or after.</source>
            <translation>Choose whether the figure is from before or after.</translation>
        </message>
        <message>
            <source>Please give the figure as a number.</source>
            <translation>Please give the figure as a number.</translation>
        </message>
        <message>
            <source>Please give when it was measured (YYYY-MM or YYYY-MM-DD): a figure without a date cannot be quoted.</source>
            <translation>Please give when it was measured (YYYY-MM or YYYY-MM-DD): a figure without a date cannot be quoted.</translation>
        </message>
        <message>
            <source>Please give the source (for example the attendance system, or a staff survey with n=…): a figure without a source cannot be quoted.</source>
            <translation>Please give the source (for example the attendance system, or a staff survey with n=…): a figure without a source cannot be quoted.</translation>
        </message>
        <message>
            <source>Choose the step.</source>
            <translation>Choose the step.</translation>
        </message>
        <message>
            <source>The case draft arrives with the next sync.</source>
            <translation>The case draft arrives with the next sync.</translation>
        </message>
        <message>
            <source>Only photos (JPEG, PNG) and PDF files up to 50 MB can be attached.</source>
            <translation>Only photos (JPEG, PNG) and PDF files up to 50 MB can be attached.</translation>
        </message>
    </context>
    <context>
        <name>yk::app::ProgrammeController</name>
        <message>
            <source>Please write why your facility applies.</source>
            <translation>Please write why your facility applies.</translation>
        </message>
        <message>
            <source>Please write what you want to change.</source>
            <translation>Please write what you want to change.</translation>
        </message>
        <message>
            <source>Choose the kind of programme.</source>
            <translation>Choose the kind of programme.</translation>
        </message>
        <message>
            <source>Please write the programme's title.</source>
            <translation>Please write the programme's title.</translation>
        </message>
        <message>
            <source>Please give the fiscal year, for example 2026.</source>
            <translation>Please give the fiscal year, for example 2026.</translation>
        </message>
        <message>
            <source>Please give the first and last day of applications.</source>
            <translation>Please give the first and last day of applications.</translation>
        </message>
        <message>
            <source>The last day of applications is before the first.</source>
            <translation>The last day of applications is before the first.</translation>
        </message>
        <message>
            <source>Please give how many facilities can be chosen.</source>
            <translation>Please give how many facilities can be chosen.</translation>
        </message>
        <message>
            <source>Sign in with your facility's account to apply.</source>
            <translation>Sign in with your facility's account to apply.</translation>
        </message>
        <message>
            <source>Only centre staff and prefecture officers can publish programmes.</source>
            <translation>Only centre staff and prefecture officers can publish programmes.</translation>
        </message>
    </context>
    <context>
        <name>yk::app::SeminarController</name>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>The sign-up deadline has passed.</source>
            <translation>The sign-up deadline has passed.</translation>
        </message>
        <message>
            <source>You cannot sign up for this session.</source>
            <translation>You cannot sign up for this session.</translation>
        </message>
        <message>
            <source>Please register your name and e-mail address first.</source>
            <translation>Please register your name and e-mail address first.</translation>
        </message>
    </context>
    <context>
        <name>yk::app::SeminarListModel</name>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
    </context>
    <context>
        <name>yk::app::SessionEditor</name>
        <message>
            <source>Choose the seminar.</source>
            <translation>Choose the seminar.</translation>
        </message>
        <message>
            <source>Enter the times as HH:MM, e.g. 13:30.</source>
            <translation>Enter the times as HH:MM, e.g. 13:30.</translation>
        </message>
        <message>
            <source>The session ends before it starts.</source>
            <translation>The session ends before it starts.</translation>
        </message>
        <message>
            <source>The day is in the past.</source>
            <translation>The day is in the past.</translation>
        </message>
        <message>
            <source>The sign-up deadline is after the session.</source>
            <translation>The sign-up deadline is after the session.</translation>
        </message>
        <message>
            <source>Enter the number of seats (1 to 10,000).</source>
            <translation>Enter the number of seats (1 to 10,000).</translation>
        </message>
        <message>
            <source>Enter the venue (or "online").</source>
            <translation>Enter the venue (or "online").</translation>
        </message>
        <message>
            <source>Enter the day and the sign-up deadline, e.g. 2027-01-10 or 1月10日.</source>
            <translation>Enter the day and the sign-up deadline, e.g. 2027-01-10.</translation>
        </message>
    </context>
    <context>
        <name>yk::app::SessionManager</name>
        <message>
            <source>Choose a passcode of at least 6 characters.</source>
            <translation>Choose a passcode of at least 6 characters.</translation>
        </message>
        <message>
            <source>Enter the server address and the enrolment code from the centre.</source>
            <translation>Enter the server address and the enrolment code from the centre.</translation>
        </message>
        <message>
            <source>The certificate file cannot be read: %1</source>
            <translation>The certificate file cannot be read: %1</translation>
        </message>
        <message>
            <source>The store is not open.</source>
            <translation>The store is not open.</translation>
        </message>
    </context>
    <context>
        <name>yk::app::SupportRecordModel</name>
        <message>
            <source>Consultation</source>
            <translation>Consultation</translation>
        </message>
        <message>
            <source>Sign-up</source>
            <translation>Sign-up</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Loan</source>
            <translation>Loan</translation>
        </message>
        <message>
            <source>Kiosk</source>
            <translation>Kiosk</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>Self-assessment</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>Waiting to send</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Adoption</source>
            <translation>Adoption</translation>
        </message>
    </context>
    <context>
        <name>yk::app::Taxonomy</name>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Other (name it)</source>
            <translation>Other (name it)</translation>
        </message>
    </context>
    <context>
        <name>yk::app::VisitorInboxModel</name>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
        <message>
            <source>Loan wish</source>
            <translation>Loan wish</translation>
        </message>
        <message>
            <source>Exhibition questionnaire</source>
            <translation>Exhibition questionnaire</translation>
        </message>
        <message>
            <source>Seminar questionnaire</source>
            <translation>Seminar questionnaire</translation>
        </message>
        <message>
            <source>Made a loan request for %1</source>
            <translation>Made a loan request for %1</translation>
        </message>
        <message>
            <source>Made a consultation of %1</source>
            <translation>Made a consultation of %1</translation>
        </message>
        <message>
            <source>Marked handled</source>
            <translation>Marked handled</translation>
        </message>
        <message>
            <source>Marked handled (%1)</source>
            <translation>Marked handled (%1)</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>Waiting to send</translation>
        </message>
    </context>
    <context>
        <name>NoticeDelegate</name>
        <message>
            <source>Attachment</source>
            <translation>Attachment</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Unread</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
    </context>
    <context>
        <name>NoticesPage</name>
        <message>
            <source>Notices</source>
            <translation>Notices</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Unread</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Sent by us</source>
            <translation>Sent by us</translation>
        </message>
        <message>
            <source>Only counts are shown: the server never tells which organisations have read a notice.</source>
            <translation>Only counts are shown: the server never tells which organisations have read a notice.</translation>
        </message>
        <message>
            <source>A notice stays on your home page until you open it.</source>
            <translation>A notice stays on your home page until you open it.</translation>
        </message>
        <message>
            <source>Write a notice</source>
            <translation>Write a notice</translation>
        </message>
        <message>
            <source>No unread notices.</source>
            <translation>No unread notices.</translation>
        </message>
        <message>
            <source>Your organisation has not sent a notice yet.</source>
            <translation>Your organisation has not sent a notice yet.</translation>
        </message>
        <message>
            <source>No notices yet. They arrive with the next sync.</source>
            <translation>No notices yet. They arrive with the next sync.</translation>
        </message>
    </context>
    <context>
        <name>NoticePage</name>
        <message>
            <source>Attachment: %1</source>
            <translation>Attachment: %1</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Notice</translation>
        </message>
        <message>
            <source>Notice withdrawn. It leaves the audience's home pages after their next sync.</source>
            <translation>Notice withdrawn. It leaves the audience's home pages after their next sync.</translation>
        </message>
        <message>
            <source>Withdraw this notice?</source>
            <translation>Withdraw this notice?</translation>
        </message>
        <message>
            <source>It disappears from every device it was sent to. This cannot be undone.</source>
            <translation>It disappears from every device it was sent to. This cannot be undone.</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <source>(passed)</source>
            <translation>(passed)</translation>
        </message>
        <message>
            <source>Withdrawn by the sender</source>
            <translation>Withdrawn by the sender</translation>
        </message>
        <message>
            <source>Sent by your organisation</source>
            <translation>Sent by your organisation</translation>
        </message>
        <message>
            <source>For: %1</source>
            <translation>For: %1</translation>
        </message>
        <message>
            <source>The count arrives with the next sync.</source>
            <translation>The count arrives with the next sync.</translation>
        </message>
        <message>
            <source>Only counts are shown: the server never tells which organisations have read it.</source>
            <translation>Only counts are shown: the server never tells which organisations have read it.</translation>
        </message>
        <message>
            <source>Withdraw the notice</source>
            <translation>Withdraw the notice</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Read</translation>
        </message>
    </context>
    <context>
        <name>NoticeFormPage</name>
        <message>
            <source>Write a notice</source>
            <translation>Write a notice</translation>
        </message>
        <message>
            <source>Notice saved. It reaches its audience after the next sync.</source>
            <translation>Notice saved. It reaches its audience after the next sync.</translation>
        </message>
        <message>
            <source>Attach a photo or PDF</source>
            <translation>Attach a photo or PDF</translation>
        </message>
        <message>
            <source>Photos and PDF (*.jpg *.jpeg *.png *.pdf)</source>
            <translation>Photos and PDF (*.jpg *.jpeg *.png *.pdf)</translation>
        </message>
        <message>
            <source>The whole prefecture</source>
            <translation>The whole prefecture</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Deadline (optional)</source>
            <translation>Deadline (optional)</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Only facilities of these service types (none chosen: every organisation)</source>
            <translation>Only facilities of these service types (none chosen: every organisation)</translation>
        </message>
        <message>
            <source>Only people in these roles (none chosen: everyone)</source>
            <translation>Only people in these roles (none chosen: everyone)</translation>
        </message>
        <message>
            <source>Facility managers</source>
            <translation>Facility managers</translation>
        </message>
        <message>
            <source>Facility staff</source>
            <translation>Facility staff</translation>
        </message>
        <message>
            <source>Municipal officers</source>
            <translation>Municipal officers</translation>
        </message>
        <message>
            <source>Attachment (one PDF or photo, optional)</source>
            <translation>Attachment (one PDF or photo, optional)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Attach a photo or PDF…</source>
            <translation>Attach a photo or PDF…</translation>
        </message>
        <message>
            <source>Send the notice</source>
            <translation>Send the notice</translation>
        </message>
    </context>
    <context>
        <name>Notices</name>
        <message>
            <source>Deadline %1</source>
            <translation>Deadline %1</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>Waiting to be sent</translation>
        </message>
        <message>
            <source>Read by %1 of %2 organisations</source>
            <translation>Read by %1 of %2 organisations</translation>
        </message>
        <message>
            <source>facility staff</source>
            <translation>facility staff</translation>
        </message>
        <message>
            <source>facility managers</source>
            <translation>facility managers</translation>
        </message>
        <message>
            <source>municipal officers</source>
            <translation>municipal officers</translation>
        </message>
        <message>
            <source>prefecture officers</source>
            <translation>prefecture officers</translation>
        </message>
        <message>
            <source>centre staff</source>
            <translation>centre staff</translation>
        </message>
        <message>
            <source>Everyone in %1</source>
            <translation>Everyone in %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>yk::app::NoticeController</name>
        <message>
            <source>Please write the notice's title.</source>
            <translation>Please write the notice's title.</translation>
        </message>
        <message>
            <source>Please write the deadline as YYYY-MM-DD, or leave it empty.</source>
            <translation>Please write the deadline as YYYY-MM-DD, or leave it empty.</translation>
        </message>
        <message>
            <source>The deadline is already past.</source>
            <translation>The deadline is already past.</translation>
        </message>
        <message>
            <source>Only centre staff and prefecture officers can send notices.</source>
            <translation>Only centre staff and prefecture officers can send notices.</translation>
        </message>
        <message>
            <source>Only photos (JPEG, PNG) and PDF files up to 50 MB can be attached.</source>
            <translation>Only photos (JPEG, PNG) and PDF files up to 50 MB can be attached.</translation>
        </message>
    </context>
    <context>
        <name>MenuEntryDelegate</name>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>For your size: %1</source>
            <translation>For your size: %1</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
    </context>
    <context>
        <name>MenuEntryPage</name>
        <message>
            <source>Support menu</source>
            <translation>Support menu</translation>
        </message>
        <message>
            <source>Withdrawn. Facilities see it marked after the next sync.</source>
            <translation>Withdrawn. Facilities see it marked after the next sync.</translation>
        </message>
        <message>
            <source>Sign up: %1 (%2)</source>
            <translation>Sign up: %1 (%2)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>My application: %1</source>
            <translation>My application: %1</translation>
        </message>
        <message>
            <source>Apply: %1</source>
            <translation>Apply: %1</translation>
        </message>
        <message>
            <source>Consult the centre</source>
            <translation>Consult the centre</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>Who may apply</source>
            <translation>Who may apply</translation>
        </message>
        <message>
            <source>Caps and rates</source>
            <translation>Caps and rates</translation>
        </message>
        <message>
            <source>Requirements</source>
            <translation>Requirements</translation>
        </message>
        <message>
            <source>No requirements listed.</source>
            <translation>No requirements listed.</translation>
        </message>
        <message>
            <source>Rules and source</source>
            <translation>Rules and source</translation>
        </message>
        <message>
            <source>Rules (PDF): %1</source>
            <translation>Rules (PDF): %1</translation>
        </message>
        <message>
            <source>No source given.</source>
            <translation>No source given.</translation>
        </message>
        <message>
            <source>Withdraw this entry</source>
            <translation>Withdraw this entry</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Signed up: %1 (%2)</source>
            <translation>Signed up: %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>SupportMenu</name>
        <message>
            <source>no session open for sign-up</source>
            <translation>no session open for sign-up</translation>
        </message>
        <message>
            <source>Source: %1 (as of %2)</source>
            <translation>Source: %1 (as of %2)</translation>
        </message>
        <message>
            <source>Requirements met: %1 of %2</source>
            <translation>Requirements met: %1 of %2</translation>
        </message>
        <message>
            <source>%1–%2 staff</source>
            <translation>%1–%2 staff</translation>
        </message>
        <message>
            <source>%1 staff or more</source>
            <translation>%1 staff or more</translation>
        </message>
        <message>
            <source>up to %1 staff</source>
            <translation>up to %1 staff</translation>
        </message>
        <message>
            <source>Subsidy</source>
            <translation>Subsidy</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Other support</source>
            <translation>Other support</translation>
        </message>
        <message>
            <source>Applications any time</source>
            <translation>Applications any time</translation>
        </message>
        <message>
            <source>Closed (deadline was %1)</source>
            <translation>Closed (deadline was %1)</translation>
        </message>
        <message>
            <source>Applications %1 to %2</source>
            <translation>Applications %1 to %2</translation>
        </message>
        <message>
            <source>Deadline %1</source>
            <translation>Deadline %1</translation>
        </message>
        <message>
            <source>cap %1</source>
            <translation>cap %1</translation>
        </message>
        <message>
            <source>rate %1/%2</source>
            <translation>rate %1/%2</translation>
        </message>
        <message>
            <source>Every service type</source>
            <translation>Every service type</translation>
        </message>
        <message>
            <source>Not met yet</source>
            <translation>Not met yet</translation>
        </message>
        <message>
            <source>Met: signed up for the seminar</source>
            <translation>Met: signed up for the seminar</translation>
        </message>
        <message>
            <source>Met: attended the seminar</source>
            <translation>Met: attended the seminar</translation>
        </message>
        <message>
            <source>Met: applied to the programme</source>
            <translation>Met: applied to the programme</translation>
        </message>
        <message>
            <source>Met: chosen by the programme</source>
            <translation>Met: chosen by the programme</translation>
        </message>
        <message>
            <source>Met: consulted the centre</source>
            <translation>Met: consulted the centre</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
    </context>
    <context>
        <name>SupportMenuPage</name>
        <message>
            <source>Support menu</source>
            <translation>Support menu</translation>
        </message>
        <message>
            <source>Subsidies and programmes you can use, with what each asks for. Open one to see its requirements and sign up for what meets them.</source>
            <translation>Subsidies and programmes you can use, with what each asks for. Open one to see its requirements and sign up for what meets them.</translation>
        </message>
        <message>
            <source>Service type</source>
            <translation>Service type</translation>
        </message>
        <message>
            <source>My facility&apos;s</source>
            <translation>My facility&apos;s</translation>
        </message>
        <message>
            <source>Number of staff</source>
            <translation>Number of staff</translation>
        </message>
        <message>
            <source>All sizes</source>
            <translation>All sizes</translation>
        </message>
        <message>
            <source>Up to 10</source>
            <translation>Up to 10</translation>
        </message>
        <message>
            <source>11 to 30</source>
            <translation>11 to 30</translation>
        </message>
        <message>
            <source>31 to 100</source>
            <translation>31 to 100</translation>
        </message>
        <message>
            <source>More than 100</source>
            <translation>More than 100</translation>
        </message>
        <message>
            <source>For your facility: %1, %2 staff</source>
            <translation>For your facility: %1, %2 staff</translation>
        </message>
        <message>
            <source>any service type</source>
            <translation>any service type</translation>
        </message>
        <message>
            <source>Your facility&apos;s service type and size are not recorded: pick them above.</source>
            <translation>Your facility&apos;s service type and size are not recorded: pick them above.</translation>
        </message>
        <message>
            <source>No support menu entries for this choice. Entries arrive with the next sync.</source>
            <translation>No support menu entries for this choice. Entries arrive with the next sync.</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>New entry</translation>
        </message>
    </context>
    <context>
        <name>MenuEntryFormPage</name>
        <message>
            <source>Edit the entry</source>
            <translation>Edit the entry</translation>
        </message>
        <message>
            <source>New support menu entry</source>
            <translation>New support menu entry</translation>
        </message>
        <message>
            <source>Saved. Every organisation of the prefecture sees it after the next sync.</source>
            <translation>Saved. Every organisation of the prefecture sees it after the next sync.</translation>
        </message>
        <message>
            <source>Subsidy</source>
            <translation>Subsidy</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Other support</source>
            <translation>Other support</translation>
        </message>
        <message>
            <source>Kind (required)</source>
            <translation>Kind (required)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Provider (e.g. the prefecture, the state)</source>
            <translation>Provider (e.g. the prefecture, the state)</translation>
        </message>
        <message>
            <source>What it supports</source>
            <translation>What it supports</translation>
        </message>
        <message>
            <source>Service types (none chosen: every type)</source>
            <translation>Service types (none chosen: every type)</translation>
        </message>
        <message>
            <source>Staff from</source>
            <translation>Staff from</translation>
        </message>
        <message>
            <source>Staff up to</source>
            <translation>Staff up to</translation>
        </message>
        <message>
            <source>Who may apply, in words</source>
            <translation>Who may apply, in words</translation>
        </message>
        <message>
            <source>Caps and rates (by staff count; mark invented figures as demo values)</source>
            <translation>Caps and rates (by staff count; mark invented figures as demo values)</translation>
        </message>
        <message>
            <source>What the row is for</source>
            <translation>What the row is for</translation>
        </message>
        <message>
            <source>Staff max</source>
            <translation>Staff max</translation>
        </message>
        <message>
            <source>Cap (yen)</source>
            <translation>Cap (yen)</translation>
        </message>
        <message>
            <source>Rate (3/4)</source>
            <translation>Rate (3/4)</translation>
        </message>
        <message>
            <source>Demo value</source>
            <translation>Demo value</translation>
        </message>
        <message>
            <source>Applications from</source>
            <translation>Applications from</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Requirements and what meets them</source>
            <translation>Requirements and what meets them</translation>
        </message>
        <message>
            <source>The requirement, e.g. attended the centre&apos;s seminar</source>
            <translation>The requirement, e.g. attended the centre&apos;s seminar</translation>
        </message>
        <message>
            <source>Met by the seminar</source>
            <translation>Met by the seminar</translation>
        </message>
        <message>
            <source>Met by the programme</source>
            <translation>Met by the programme</translation>
        </message>
        <message>
            <source>A consultation with the centre meets it</source>
            <translation>A consultation with the centre meets it</translation>
        </message>
        <message>
            <source>Source of the information</source>
            <translation>Source of the information</translation>
        </message>
        <message>
            <source>Checked on</source>
            <translation>Checked on</translation>
        </message>
        <message>
            <source>Official page (URL)</source>
            <translation>Official page (URL)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Staff min</source>
            <translation>Staff min</translation>
        </message>
    </context>
    <context>
        <name>yk::app::MenuEntryController</name>
        <message>
            <source>Please name the entry.</source>
            <translation>Please name the entry.</translation>
        </message>
        <message>
            <source>Please give the number of staff as a whole number.</source>
            <translation>Please give the number of staff as a whole number.</translation>
        </message>
        <message>
            <source>Please give caps in yen and numbers of staff as whole numbers.</source>
            <translation>Please give caps in yen and numbers of staff as whole numbers.</translation>
        </message>
        <message>
            <source>Please give the rate as a fraction such as 3/4.</source>
            <translation>Please give the rate as a fraction such as 3/4.</translation>
        </message>
        <message>
            <source>Please write what each requirement asks.</source>
            <translation>Please write what each requirement asks.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPage</name>
        <message>
            <source>Indicators</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>Saved as PDF: %1</source>
            <translation>Saved as PDF: %1</translation>
        </message>
        <message>
            <source>Figures counted by the server from the records in Yokoten. Each one says where it comes from, how many facilities are behind it and up to which day. A figure from fewer than 5 facilities is not shown, so no facility can be picked out.</source>
            <translation>Figures counted by the server from the records in Yokoten. Each one says where it comes from, how many facilities are behind it and up to which day. A figure from fewer than 5 facilities is not shown, so no facility can be picked out.</translation>
        </message>
        <message>
            <source>New figures asked for</source>
            <translation>New figures asked for</translation>
        </message>
        <message>
            <source>Ask for new figures</source>
            <translation>Ask for new figures</translation>
        </message>
        <message>
            <source>Save as A4 PDF</source>
            <translation>Save as A4 PDF</translation>
        </message>
        <message>
            <source>The request is sent at the next sync; the new figures arrive with the sync after it. Until then the figures below are the last ones counted.</source>
            <translation>The request is sent at the next sync; the new figures arrive with the sync after it. Until then the figures below are the last ones counted.</translation>
        </message>
        <message>
            <source>No figures on this device yet. Ask for new figures; they arrive with the next sync.</source>
            <translation>No figures on this device yet. Ask for new figures; they arrive with the next sync.</translation>
        </message>
        <message>
            <source>By municipality</source>
            <translation>By municipality</translation>
        </message>
        <message>
            <source>%1 facilities · consultations %2 · in use %3</source>
            <translation>%1 facilities · consultations %2 · in use %3</translation>
        </message>
        <message>
            <source>and %1 more cases</source>
            <translation>and %1 more cases</translation>
        </message>
    </context>
    <context>
        <name>Indicators</name>
        <message>
            <source>withheld</source>
            <translation>withheld</translation>
        </message>
        <message>
            <source>As of %1 · counted from %2 · %3 facilities registered · a figure from fewer than %4 facilities is withheld</source>
            <translation>As of %1 · counted from %2 · %3 facilities registered · a figure from fewer than %4 facilities is withheld</translation>
        </message>
        <message>
            <source>This device does not know its prefecture yet. Please sync first.</source>
            <translation>This device does not know its prefecture yet. Please sync first.</translation>
        </message>
        <message>
            <source>There are no figures for this area yet.</source>
            <translation>There are no figures for this area yet.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentChoice</name>
        <message>
            <source>Draft: %1 of %2 answered</source>
            <translation>Draft: %1 of %2 answered</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
        <message>
            <source>Last submitted %1</source>
            <translation>Last submitted %1</translation>
        </message>
        <message>
            <source>Open now</source>
            <translation>Open now</translation>
        </message>
    </context>
</TS>

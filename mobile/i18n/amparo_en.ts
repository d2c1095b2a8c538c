<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgencyField</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show for these filters.</source>
        <translation>Nothing to show for these filters.</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>Show fewer</translation>
    </message>
    <message>
        <source>Show all %1</source>
        <translation>Show all %1</translation>
    </message>
    <message>
        <source>&lt;5: fewer than 5 people; the exact count is withheld to protect them.</source>
        <translation>&lt;5: fewer than 5 people; the exact count is withheld to protect them.</translation>
    </message>
</context>
<context>
    <name>BorderModuleCard</name>
    <message>
        <source>Border</source>
        <translation>Border</translation>
    </message>
    <message>
        <source>Direction of movement</source>
        <translation>Direction of movement</translation>
    </message>
    <message>
        <source>Individuals (estimate)</source>
        <translation>Individuals (estimate)</translation>
    </message>
    <message>
        <source>Family groups</source>
        <translation>Family groups</translation>
    </message>
    <message>
        <source>Unaccompanied or separated children</source>
        <translation>Unaccompanied or separated children</translation>
    </message>
    <message>
        <source>Caravans</source>
        <translation>Caravans</translation>
    </message>
    <message>
        <source>How people cross</source>
        <translation>How people cross</translation>
    </message>
    <message>
        <source>Authorities present</source>
        <translation>Authorities present</translation>
    </message>
    <message>
        <source>Incidents observed</source>
        <translation>Incidents observed</translation>
    </message>
    <message>
        <source>Information point present</source>
        <translation>Information point present</translation>
    </message>
</context>
<context>
    <name>CaseFormHeader</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>ConflictComparePage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Resolve a conflict</source>
        <translation>Resolve a conflict</translation>
    </message>
    <message>
        <source>Keep the left version</source>
        <translation>Keep the left version</translation>
    </message>
    <message>
        <source>Keep the right version</source>
        <translation>Keep the right version</translation>
    </message>
    <message numerus="yes">
        <source>Merge: %n field(s) from the right</source>
        <translation><numerusform>Merge: %n field from the right</numerusform><numerusform>Merge: %n fields from the right</numerusform></translation>
    </message>
    <message>
        <source>This record is not in conflict (any more).</source>
        <translation>This record is not in conflict (any more).</translation>
    </message>
    <message>
        <source>Left: the version that wins for now</source>
        <translation>Left: the version that wins for now</translation>
    </message>
    <message>
        <source>Right: the other version</source>
        <translation>Right: the other version</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Touch the value to keep in each highlighted field, then merge; or keep one version whole.</source>
        <translation>Touch the value to keep in each highlighted field, then merge; or keep one version whole.</translation>
    </message>
</context>
<context>
    <name>ConflictPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>This record was changed on this device and on another one. Choose which version to keep; the other one is closed on the server at the next sync.</source>
        <translation>This record was changed on this device and on another one. Choose which version to keep; the other one is closed on the server at the next sync.</translation>
    </message>
    <message>
        <source>This record is not in conflict.</source>
        <translation>This record is not in conflict.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>Other device</source>
        <translation>Other device</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Keep theirs</translation>
    </message>
</context>
<context>
    <name>CoordinatorApi</name>
    <message>
        <source>Cannot reach the server.</source>
        <translation>Cannot reach the server.</translation>
    </message>
    <message>
        <source>The server refused the request as malformed.</source>
        <translation>The server refused the request as malformed.</translation>
    </message>
    <message>
        <source>This device is no longer signed in: sign in again.</source>
        <translation>This device is no longer signed in: sign in again.</translation>
    </message>
    <message>
        <source>Your account may not see this (another office or role).</source>
        <translation>Your account may not see this (another office or role).</translation>
    </message>
    <message>
        <source>The server does not have this record.</source>
        <translation>The server does not have this record.</translation>
    </message>
    <message>
        <source>The record changed meanwhile: reload it and try again.</source>
        <translation>The record changed meanwhile: reload it and try again.</translation>
    </message>
    <message>
        <source>The server is busy or its storage is unavailable; try again later.</source>
        <translation>The server is busy or its storage is unavailable; try again later.</translation>
    </message>
    <message>
        <source>The server answered with an error (%1).</source>
        <translation>The server answered with an error (%1).</translation>
    </message>
    <message>
        <source>Sign in to the server first.</source>
        <translation>Sign in to the server first.</translation>
    </message>
</context>
<context>
    <name>CoordinatorHomePage</name>
    <message>
        <source>Amparo · Coordination</source>
        <translation>Amparo · Coordination</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
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
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message numerus="yes">
        <source>More than %n records raise an alert and are not reviewed yet.</source>
        <translation><numerusform>More than %n records raise an alert and are not reviewed yet.</numerusform><numerusform>More than %n records raise an alert and are not reviewed yet.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) raise an alert and are not reviewed yet.</source>
        <translation><numerusform>%n record raises an alert and is not reviewed yet.</numerusform><numerusform>%n records raise an alert and are not reviewed yet.</numerusform></translation>
    </message>
    <message>
        <source>Touch to see them.</source>
        <translation>Touch to see them.</translation>
    </message>
    <message>
        <source>Visit log</source>
        <translation>Visit log</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
</context>
<context>
    <name>CountField</name>
    <message>
        <source>Not counted</source>
        <translation>Not counted</translation>
    </message>
</context>
<context>
    <name>CountryField</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>CountryListField</name>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Add a country…</source>
        <translation>Add a country…</translation>
    </message>
</context>
<context>
    <name>CountryPickerDialog</name>
    <message>
        <source>Add a country</source>
        <translation>Add a country</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Search by name or code</source>
        <translation>Search by name or code</translation>
    </message>
    <message>
        <source>No country matches.</source>
        <translation>No country matches.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>All my offices</source>
        <translation>All my offices</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Visit type</translation>
    </message>
    <message>
        <source>From yyyy-mm-dd</source>
        <translation>From yyyy-mm-dd</translation>
    </message>
    <message>
        <source>To yyyy-mm-dd</source>
        <translation>To yyyy-mm-dd</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) with an alert not reviewed yet</source>
        <translation><numerusform>%n visit with an alert not reviewed yet</numerusform><numerusform>%n visits with an alert not reviewed yet</numerusform></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Access denied</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>People covered</source>
        <translation>People covered</translation>
    </message>
    <message>
        <source>Information sessions</source>
        <translation>Information sessions</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Unaccompanied or separated children</source>
        <translation>Unaccompanied or separated children</translation>
    </message>
    <message>
        <source>Visits by type</source>
        <translation>Visits by type</translation>
    </message>
    <message>
        <source>Activity per month</source>
        <translation>Activity per month</translation>
    </message>
    <message>
        <source>People covered by nationality, sex and age</source>
        <translation>People covered by nationality, sex and age</translation>
    </message>
    <message>
        <source>Specific needs</source>
        <translation>Specific needs</translation>
    </message>
    <message>
        <source>Referrals by agency</source>
        <translation>Referrals by agency</translation>
    </message>
    <message>
        <source>Referrals by agency and status</source>
        <translation>Referrals by agency and status</translation>
    </message>
    <message>
        <source>Detention: population at the last visit (red: children present)</source>
        <translation>Detention: population at the last visit (red: children present)</translation>
    </message>
    <message>
        <source>Capacity, population and children over time: %1</source>
        <translation>Capacity, population and children over time: %1</translation>
    </message>
    <message>
        <source>Shelters: occupancy at the last visit (red: above capacity)</source>
        <translation>Shelters: occupancy at the last visit (red: above capacity)</translation>
    </message>
    <message>
        <source>Capacity and occupancy over time: %1</source>
        <translation>Capacity and occupancy over time: %1</translation>
    </message>
    <message numerus="yes">
        <source>Computed by the server from %n record(s). Counts from 1 to 4 are shown as &lt;5.</source>
        <translation><numerusform>Computed by the server from %n record. Counts from 1 to 4 are shown as &lt;5.</numerusform><numerusform>Computed by the server from %n records. Counts from 1 to 4 are shown as &lt;5.</numerusform></translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Use the form 2026-11-20 15:00</source>
        <translation>Use the form 2026-11-20 15:00</translation>
    </message>
</context>
<context>
    <name>DetentionModuleCard</name>
    <message>
        <source>Detention</source>
        <translation>Detention</translation>
    </message>
    <message>
        <source>Legal basis of detention</source>
        <translation>Legal basis of detention</translation>
    </message>
    <message>
        <source>Official capacity</source>
        <translation>Official capacity</translation>
    </message>
    <message>
        <source>Population today</source>
        <translation>Population today</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Girls</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Boys</translation>
    </message>
    <message>
        <source>Sex or age not known</source>
        <translation>Sex or age not known</translation>
    </message>
    <message>
        <source>Families present</source>
        <translation>Families present</translation>
    </message>
    <message>
        <source>Longest stay (days)</source>
        <translation>Longest stay (days)</translation>
    </message>
    <message>
        <source>Average stay (days)</source>
        <translation>Average stay (days)</translation>
    </message>
    <message>
        <source>Wishing to apply for asylum</source>
        <translation>Wishing to apply for asylum</translation>
    </message>
    <message>
        <source>Applications lodged</source>
        <translation>Applications lodged</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Women staff</source>
        <translation>Women staff</translation>
    </message>
    <message>
        <source>Identified for alternatives to detention</source>
        <translation>Identified for alternatives to detention</translation>
    </message>
    <message>
        <source>Asylum information displayed or handed out</source>
        <translation>Asylum information displayed or handed out</translation>
    </message>
    <message>
        <source>Access to COMAR</source>
        <translation>Access to COMAR</translation>
    </message>
    <message>
        <source>Access to lawyers</source>
        <translation>Access to lawyers</translation>
    </message>
    <message>
        <source>Access to interpreters</source>
        <translation>Access to interpreters</translation>
    </message>
    <message>
        <source>Access to consulate</source>
        <translation>Access to consulate</translation>
    </message>
    <message>
        <source>Access to a telephone</source>
        <translation>Access to a telephone</translation>
    </message>
    <message>
        <source>Complaint channels available (CNDH)</source>
        <translation>Complaint channels available (CNDH)</translation>
    </message>
    <message>
        <source>Conditions and treatment of concern</source>
        <translation>Conditions and treatment of concern</translation>
    </message>
    <message>
        <source>Staff profile</source>
        <translation>Staff profile</translation>
    </message>
    <message>
        <source>Vulnerability screening practice</source>
        <translation>Vulnerability screening practice</translation>
    </message>
    <message>
        <source>Removal practice</source>
        <translation>Removal practice</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Excel workbook: every kind of record, one sheet each</source>
        <translation>Excel workbook: every kind of record, one sheet each</translation>
    </message>
    <message>
        <source>CSV file: one kind of record</source>
        <translation>CSV file: one kind of record</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>HXL hashtags on a second header row</source>
        <translation>HXL hashtags on a second header row</translation>
    </message>
    <message>
        <source>With the visit log&apos;s filters. Names and contacts are never exported.</source>
        <translation>With the visit log&apos;s filters. Names and contacts are never exported.</translation>
    </message>
    <message>
        <source>Everything in your offices. Names and contacts are never exported.</source>
        <translation>Everything in your offices. Names and contacts are never exported.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All my offices</source>
        <translation>All my offices</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Visit type</translation>
    </message>
    <message>
        <source>From yyyy-mm-dd</source>
        <translation>From yyyy-mm-dd</translation>
    </message>
    <message>
        <source>To yyyy-mm-dd</source>
        <translation>To yyyy-mm-dd</translation>
    </message>
    <message>
        <source>Monitor (account)</source>
        <translation>Monitor (account)</translation>
    </message>
    <message>
        <source>Any review status</source>
        <translation>Any review status</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <source>Follow-up requested</source>
        <translation>Follow-up requested</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Review status</translation>
    </message>
    <message>
        <source>Alerts only</source>
        <translation>Alerts only</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>FindingsCard</name>
    <message numerus="yes">
        <source>%n field(s) need attention before this record can be finalized.</source>
        <translation>
            <numerusform>%n field needs attention before this record can be finalized.</numerusform>
            <numerusform>%n fields need attention before this record can be finalized.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Amparo</source>
        <translation>Welcome to Amparo</translation>
    </message>
    <message>
        <source>Everything you record stays encrypted on this tablet until it is sent to the server.</source>
        <translation>Everything you record stays encrypted on this tablet until it is sent to the server.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>At least %1 characters. Without it nobody, including you, can open the records on this tablet.</source>
        <translation>At least %1 characters. Without it nobody, including you, can open the records on this tablet.</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>FollowUpFormPage</name>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Contact achieved</source>
        <translation>Contact achieved</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>New risks</source>
        <translation>New risks</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Case status</translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation>Closure reason</translation>
    </message>
    <message>
        <source>Next follow-up on</source>
        <translation>Next follow-up on</translation>
    </message>
    <message>
        <source>Finalize follow-up</source>
        <translation>Finalize follow-up</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Amparo</source>
        <translation>Amparo</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>All visits</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation>Today&apos;s visits</translation>
    </message>
    <message>
        <source>No visits today yet.</source>
        <translation>No visits today yet.</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>No drafts.</source>
        <translation>No drafts.</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <source>Nothing waiting.</source>
        <translation>Nothing waiting.</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <source>No follow-ups due.</source>
        <translation>No follow-ups due.</translation>
    </message>
</context>
<context>
    <name>IncidentFormPage</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Perpetrator</translation>
    </message>
    <message>
        <source>Short factual description (no names)</source>
        <translation>Short factual description (no names)</translation>
    </message>
    <message>
        <source>Sexual violence is recorded as a code only: no description.</source>
        <translation>Sexual violence is recorded as a code only: no description.</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>When and where</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Occurred on</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Victims</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Girls</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Boys</translation>
    </message>
    <message>
        <source>Unaccompanied children</source>
        <translation>Unaccompanied children</translation>
    </message>
    <message>
        <source>Finalize incident</source>
        <translation>Finalize incident</translation>
    </message>
</context>
<context>
    <name>InformationSessionsCard</name>
    <message>
        <source>Information sessions</source>
        <translation>Information sessions</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Girls</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Boys</translation>
    </message>
    <message>
        <source>Add an information session</source>
        <translation>Add an information session</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>Nothing to show for these filters.</source>
        <translation>Nothing to show for these filters.</translation>
    </message>
    <message>
        <source>Alert raised</source>
        <translation>Alert raised</translation>
    </message>
</context>
<context>
    <name>LocationCard</name>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>No position source on this device.</source>
        <translation>No position source on this device.</translation>
    </message>
    <message>
        <source>Waiting for a position…</source>
        <translation>Waiting for a position…</translation>
    </message>
    <message>
        <source>Current position: %1</source>
        <translation>Current position: %1</translation>
    </message>
    <message>
        <source>Accuracy is worse than 100 m: check the position or enter it by hand.</source>
        <translation>Accuracy is worse than 100 m: check the position or enter it by hand.</translation>
    </message>
    <message>
        <source>Recorded (GNSS): %1</source>
        <translation>Recorded (GNSS): %1</translation>
    </message>
    <message>
        <source>Recorded (entered by hand): %1</source>
        <translation>Recorded (entered by hand): %1</translation>
    </message>
    <message>
        <source>Recorded: no fix</source>
        <translation>Recorded: no fix</translation>
    </message>
    <message>
        <source>No position recorded yet.</source>
        <translation>No position recorded yet.</translation>
    </message>
    <message>
        <source>Use this position</source>
        <translation>Use this position</translation>
    </message>
    <message>
        <source>Enter by hand</source>
        <translation>Enter by hand</translation>
    </message>
    <message>
        <source>No fix</source>
        <translation>No fix</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Save position</source>
        <translation>Save position</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Amparo</source>
        <translation>Amparo</translation>
    </message>
</context>
<context>
    <name>NeedsPickerDialog</name>
    <message>
        <source>Add a specific need</source>
        <translation>Add a specific need</translation>
    </message>
    <message>
        <source>Search by code or description</source>
        <translation>Search by code or description</translation>
    </message>
    <message>
        <source>No code matches.</source>
        <translation>No code matches.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NewSiteDialog</name>
    <message>
        <source>New site</source>
        <translation>New site</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save site</source>
        <translation>Save site</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type of site</source>
        <translation>Type of site</translation>
    </message>
    <message>
        <source>Subtype (e.g. garita, río, DIF shelter)</source>
        <translation>Subtype (e.g. garita, río, DIF shelter)</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
</context>
<context>
    <name>RecordDetailPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Choose a record in the list.</source>
        <translation>Choose a record in the list.</translation>
    </message>
    <message>
        <source>Recorded by %1 · office %2 · last changed %3</source>
        <translation>Recorded by %1 · office %2 · last changed %3</translation>
    </message>
    <message>
        <source>This record was withdrawn.</source>
        <translation>This record was withdrawn.</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Mark reviewed</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Request a follow-up</source>
        <translation>Request a follow-up</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>Resolve the conflict</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Names, contacts and exact ages are hidden. Showing them is recorded with your name and reason.</source>
        <translation>Names, contacts and exact ages are hidden. Showing them is recorded with your name and reason.</translation>
    </message>
    <message>
        <source>Show personal data…</source>
        <translation>Show personal data…</translation>
    </message>
    <message>
        <source>Shown for: %1</source>
        <translation>Shown for: %1</translation>
    </message>
    <message>
        <source>Hide personal data</source>
        <translation>Hide personal data</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Linked records (%1)</source>
        <translation>Linked records (%1)</translation>
    </message>
    <message>
        <source>No screenings or incidents from this visit.</source>
        <translation>No screenings or incidents from this visit.</translation>
    </message>
    <message>
        <source>No referrals, follow-ups or incidents for this case.</source>
        <translation>No referrals, follow-ups or incidents for this case.</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Reviews (%1)</source>
        <translation>Reviews (%1)</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Not reviewed yet.</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <source>Follow-up requested</source>
        <translation>Follow-up requested</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Emergency-priority case</source>
        <translation>Emergency-priority case</translation>
    </message>
    <message>
        <source>The monitor raised an alert</source>
        <translation>The monitor raised an alert</translation>
    </message>
</context>
<context>
    <name>ReferralFormPage</name>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Agency and consent</source>
        <translation>Agency and consent</translation>
    </message>
    <message>
        <source>Destination agency</source>
        <translation>Destination agency</translation>
    </message>
    <message>
        <source>The case consents to a referral to this agency.</source>
        <translation>The case consents to a referral to this agency.</translation>
    </message>
    <message>
        <source>The case withdrew consent for this agency: nothing more may be shared.</source>
        <translation>The case withdrew consent for this agency: nothing more may be shared.</translation>
    </message>
    <message>
        <source>The case has no referral consent for this agency. Record it in the screening first.</source>
        <translation>The case has no referral consent for this agency. Record it in the screening first.</translation>
    </message>
    <message>
        <source>Supervisor who signed off (required for INM and COMAR)</source>
        <translation>Supervisor who signed off (required for INM and COMAR)</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Service provider</translation>
    </message>
    <message>
        <source>Type (legal, health, shelter…)</source>
        <translation>Type (legal, health, shelter…)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Fields shared (only what the agency needs)</source>
        <translation>Fields shared (only what the agency needs)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>Reason for the rejection</source>
        <translation>Reason for the rejection</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Finalize referral</source>
        <translation>Finalize referral</translation>
    </message>
</context>
<context>
    <name>ReviewChip</name>
    <message>
        <source>Reviewed ✓</source>
        <translation>Reviewed ✓</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <source>Follow-up by %1</source>
        <translation>Follow-up by %1</translation>
    </message>
    <message>
        <source>Follow-up requested</source>
        <translation>Follow-up requested</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review %1 records</source>
        <translation>Review %1 records</translation>
    </message>
    <message>
        <source>Review this record</source>
        <translation>Review this record</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Mark reviewed</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Request a follow-up</source>
        <translation>Request a follow-up</translation>
    </message>
    <message>
        <source>What is wrong (required)</source>
        <translation>What is wrong (required)</translation>
    </message>
    <message>
        <source>Comment for the monitor</source>
        <translation>Comment for the monitor</translation>
    </message>
    <message>
        <source>No names or personal details here.</source>
        <translation>No names or personal details here.</translation>
    </message>
    <message>
        <source>Follow-up by yyyy-mm-dd</source>
        <translation>Follow-up by yyyy-mm-dd</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Send review</source>
        <translation>Send review</translation>
    </message>
</context>
<context>
    <name>ReviewsCard</name>
    <message>
        <source>Coordinator reviews</source>
        <translation>Coordinator reviews</translation>
    </message>
</context>
<context>
    <name>RevisionHistoryList</name>
    <message>
        <source>Current version</source>
        <translation>Current version</translation>
    </message>
    <message>
        <source>Conflicting version</source>
        <translation>Conflicting version</translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation>Earlier version</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>after %1</translation>
    </message>
</context>
<context>
    <name>ScreeningDelegate</name>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Personal data removed from this device</source>
        <translation>Personal data removed from this device</translation>
    </message>
</context>
<context>
    <name>ScreeningFormPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Mode and consent</source>
        <translation>Mode and consent</translation>
    </message>
    <message>
        <source>Kind of screening</source>
        <translation>Kind of screening</translation>
    </message>
    <message>
        <source>Identified: needed for referrals and follow-up. Name and contact are kept apart, encrypted.</source>
        <translation>Identified: needed for referrals and follow-up. Name and contact are kept apart, encrypted.</translation>
    </message>
    <message>
        <source>Anonymous: one per household, no name or contact.</source>
        <translation>Anonymous: one per household, no name or contact.</translation>
    </message>
    <message>
        <source>Consents to the interview</source>
        <translation>Consents to the interview</translation>
    </message>
    <message>
        <source>Consents to keeping name and contact</source>
        <translation>Consents to keeping name and contact</translation>
    </message>
    <message>
        <source>Consents to a referral</source>
        <translation>Consents to a referral</translation>
    </message>
    <message>
        <source>The child assents</source>
        <translation>The child assents</translation>
    </message>
    <message>
        <source>A parent or guardian consents</source>
        <translation>A parent or guardian consents</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>Age in years</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Stateless</translation>
    </message>
    <message>
        <source>Household on the move</source>
        <translation>Household on the move</translation>
    </message>
    <message>
        <source>Travelling</source>
        <translation>Travelling</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Children under 5</source>
        <translation>Children under 5</translation>
    </message>
    <message>
        <source>Flight and intentions</source>
        <translation>Flight and intentions</translation>
    </message>
    <message>
        <source>Reasons for leaving</source>
        <translation>Reasons for leaving</translation>
    </message>
    <message>
        <source>Risk if returned</source>
        <translation>Risk if returned</translation>
    </message>
    <message>
        <source>Intends to seek asylum in Mexico</source>
        <translation>Intends to seek asylum in Mexico</translation>
    </message>
    <message>
        <source>COMAR status</source>
        <translation>COMAR status</translation>
    </message>
    <message>
        <source>Documents held</source>
        <translation>Documents held</translation>
    </message>
    <message>
        <source>Specific needs</source>
        <translation>Specific needs</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Add a specific need…</source>
        <translation>Add a specific need…</translation>
    </message>
    <message>
        <source>Risks, information and priority</source>
        <translation>Risks, information and priority</translation>
    </message>
    <message>
        <source>At risk of refoulement (LP-RR)</source>
        <translation>At risk of refoulement (LP-RR)</translation>
    </message>
    <message>
        <source>Detained (LP-DA)</source>
        <translation>Detained (LP-DA)</translation>
    </message>
    <message>
        <source>At risk of removal (LP-RD)</source>
        <translation>At risk of removal (LP-RD)</translation>
    </message>
    <message>
        <source>GBV disclosed (code only, no narrative)</source>
        <translation>GBV disclosed (code only, no narrative)</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Information given</translation>
    </message>
    <message>
        <source>Case priority</source>
        <translation>Case priority</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Follow-up needed</translation>
    </message>
    <message>
        <source>Finalize screening</source>
        <translation>Finalize screening</translation>
    </message>
    <message>
        <source>Identity (kept apart, encrypted)</source>
        <translation>Identity (kept apart, encrypted)</translation>
    </message>
    <message>
        <source>Only for protection cases. Stored as a separate record; switching back to anonymous withdraws it.</source>
        <translation>Only for protection cases. Stored as a separate record; switching back to anonymous withdraws it.</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Family names</translation>
    </message>
    <message>
        <source>Date of birth (may be estimated)</source>
        <translation>Date of birth (may be estimated)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>When is it safe to call?</source>
        <translation>When is it safe to call?</translation>
    </message>
    <message>
        <source>Country of habitual residence</source>
        <translation>Country of habitual residence</translation>
    </message>
    <message>
        <source>Already applied for protection</source>
        <translation>Already applied for protection</translation>
    </message>
    <message>
        <source>Reasons for not applying</source>
        <translation>Reasons for not applying</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Destination country</translation>
    </message>
    <message>
        <source>Paid a smuggler</source>
        <translation>Paid a smuggler</translation>
    </message>
    <message>
        <source>Alternatives to detention</source>
        <translation>Alternatives to detention</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Durable solutions</source>
        <translation>Durable solutions</translation>
    </message>
    <message>
        <source>Interest expressed</source>
        <translation>Interest expressed</translation>
    </message>
    <message>
        <source>Resettlement: primary category</source>
        <translation>Resettlement: primary category</translation>
    </message>
    <message>
        <source>Resettlement: secondary categories</source>
        <translation>Resettlement: secondary categories</translation>
    </message>
    <message>
        <source>Resettlement priority</source>
        <translation>Resettlement priority</translation>
    </message>
    <message>
        <source>RRF reference</source>
        <translation>RRF reference</translation>
    </message>
    <message>
        <source>Referral and data sharing: one consent per agency</source>
        <translation>Referral and data sharing: one consent per agency</translation>
    </message>
    <message>
        <source>Choose an agency…</source>
        <translation>Choose an agency…</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Consents to sharing data</source>
        <translation>Consents to sharing data</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>withdrawn %1</translation>
    </message>
    <message>
        <source>given %1</source>
        <translation>given %1</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Languages (incl. Haitian Creole, indigenous languages, sign language)</source>
        <translation>Languages (incl. Haitian Creole, indigenous languages, sign language)</translation>
    </message>
    <message>
        <source>Spanish, Haitian Creole</source>
        <translation>Spanish, Haitian Creole</translation>
    </message>
    <message>
        <source>Countries crossed</source>
        <translation>Countries crossed</translation>
    </message>
    <message>
        <source>Reasons for the destination</source>
        <translation>Reasons for the destination</translation>
    </message>
    <message>
        <source>family, work, safety</source>
        <translation>family, work, safety</translation>
    </message>
    <message>
        <source>Main needs (as the person ranks them)</source>
        <translation>Main needs (as the person ranks them)</translation>
    </message>
    <message>
        <source>shelter, legal advice, health</source>
        <translation>shelter, legal advice, health</translation>
    </message>
    <message>
        <source>Trafficking indicators (local checklist codes)</source>
        <translation>Trafficking indicators (local checklist codes)</translation>
    </message>
    <message>
        <source>Case work</source>
        <translation>Case work</translation>
    </message>
    <message>
        <source>Referrals and follow-ups need an identified screening.</source>
        <translation>Referrals and follow-ups need an identified screening.</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>New referral</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <source>Report an incident</source>
        <translation>Report an incident</translation>
    </message>
    <message>
        <source>Personal data removed from this device</source>
        <translation>Personal data removed from this device</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Automatic lock</source>
        <translation>Automatic lock</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use (0: only when the app goes to the background).</source>
        <translation>Lock after this many minutes without use (0: only when the app goes to the background).</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Passphrase changed.</translation>
    </message>
    <message>
        <source>Personal data on this device</source>
        <translation>Personal data on this device</translation>
    </message>
    <message>
        <source>Days that names and contacts stay on this device after the server has them. Then they are removed from the device; the records stay listed.</source>
        <translation>Days that names and contacts stay on this device after the server has them. Then they are removed from the device; the records stay listed.</translation>
    </message>
    <message>
        <source>Days before personal data is removed</source>
        <translation>Days before personal data is removed</translation>
    </message>
</context>
<context>
    <name>ShelterModuleCard</name>
    <message>
        <source>Shelter</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Occupancy today</source>
        <translation>Occupancy today</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Girls</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Boys</translation>
    </message>
    <message>
        <source>Unaccompanied children</source>
        <translation>Unaccompanied children</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Families</translation>
    </message>
    <message>
        <source>Maximum stay (days)</source>
        <translation>Maximum stay (days)</translation>
    </message>
    <message>
        <source>Refusals of entry</source>
        <translation>Refusals of entry</translation>
    </message>
    <message>
        <source>Reasons for refusals</source>
        <translation>Reasons for refusals</translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation>Services offered</translation>
    </message>
    <message>
        <source>Service gaps</source>
        <translation>Service gaps</translation>
    </message>
    <message>
        <source>Security incidents</source>
        <translation>Security incidents</translation>
    </message>
    <message>
        <source>Criminal groups present</source>
        <translation>Criminal groups present</translation>
    </message>
</context>
<context>
    <name>ShowPersonalDataDialog</name>
    <message>
        <source>Show personal data</source>
        <translation>Show personal data</translation>
    </message>
    <message>
        <source>Why do you need to see this person&apos;s data? Your name and the reason are recorded.</source>
        <translation>Why do you need to see this person&apos;s data? Your name and the reason are recorded.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Sign in to the server</source>
        <translation>Sign in to the server</translation>
    </message>
    <message>
        <source>Ask your coordinator for the server address and its certificate fingerprint.</source>
        <translation>Ask your coordinator for the server address and its certificate fingerprint.</translation>
    </message>
    <message>
        <source>Server address (https://…)</source>
        <translation>Server address (https://…)</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Name of this tablet (e.g. Tablet TAP-03)</source>
        <translation>Name of this tablet (e.g. Tablet TAP-03)</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation>Certificate fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>The server presented this fingerprint; sign in only if it is the one you were given: %1</source>
        <translation>The server presented this fingerprint; sign in only if it is the one you were given: %1</translation>
    </message>
    <message>
        <source>It matches: use this fingerprint</source>
        <translation>It matches: use this fingerprint</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>SitePickerDialog</name>
    <message>
        <source>Choose a site</source>
        <translation>Choose a site</translation>
    </message>
    <message>
        <source>Search sites</source>
        <translation>Search sites</translation>
    </message>
    <message>
        <source>No site matches.</source>
        <translation>No site matches.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>New site…</source>
        <translation>New site…</translation>
    </message>
</context>
<context>
    <name>StatsModel</name>
    <message>
        <source>Border</source>
        <translation>Border</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Detention</translation>
    </message>
    <message>
        <source>Urban point</source>
        <translation>Urban point</translation>
    </message>
    <message>
        <source>Field mission</source>
        <translation>Field mission</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Not said</translation>
    </message>
    <message>
        <source>Sex unknown</source>
        <translation>Sex unknown</translation>
    </message>
    <message>
        <source>0–4</source>
        <translation>0–4</translation>
    </message>
    <message>
        <source>5–11</source>
        <translation>5–11</translation>
    </message>
    <message>
        <source>12–17</source>
        <translation>12–17</translation>
    </message>
    <message>
        <source>18–59</source>
        <translation>18–59</translation>
    </message>
    <message>
        <source>60+</source>
        <translation>60+</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Age unknown</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>Delivery failed</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>SyncStateChip</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>SyncStatusCard</name>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Sending records…</source>
        <translation>Sending records…</translation>
    </message>
    <message>
        <source>Receiving updates…</source>
        <translation>Receiving updates…</translation>
    </message>
    <message>
        <source>Last attempt failed: %1</source>
        <translation>Last attempt failed: %1</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Not signed in to a server</source>
        <translation>Not signed in to a server</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>Waiting to send: %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>Sent %1 records (%2 KB), received %3 records (%4 KB)</source>
        <translation>Sent %1 records (%2 KB), received %3 records (%4 KB)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Change server or account</source>
        <translation>Change server or account</translation>
    </message>
    <message>
        <source>Sign in to a server</source>
        <translation>Sign in to a server</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Amparo is locked</source>
        <translation>Amparo is locked</translation>
    </message>
    <message>
        <source>Enter your passphrase to open the records on this tablet.</source>
        <translation>Enter your passphrase to open the records on this tablet.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>VisitDelegate</name>
    <message>
        <source>Site not chosen</source>
        <translation>Site not chosen</translation>
    </message>
    <message>
        <source>Type not chosen</source>
        <translation>Type not chosen</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>next %1</translation>
    </message>
</context>
<context>
    <name>VisitFormPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Visit type</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Choose a site…</source>
        <translation>Choose a site…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Access obtained</source>
        <translation>Access obtained</translation>
    </message>
    <message>
        <source>Why was access denied?</source>
        <translation>Why was access denied?</translation>
    </message>
    <message>
        <source>People interviewed</source>
        <translation>People interviewed</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <source>Narrative (restricted)</source>
        <translation>Narrative (restricted)</translation>
    </message>
    <message>
        <source>Never shared outside the protection team.</source>
        <translation>Never shared outside the protection team.</translation>
    </message>
    <message>
        <source>Screenings in this visit</source>
        <translation>Screenings in this visit</translation>
    </message>
    <message>
        <source>New screening</source>
        <translation>New screening</translation>
    </message>
    <message>
        <source>Finalize visit</source>
        <translation>Finalize visit</translation>
    </message>
    <message>
        <source>Co-monitors (account names, separated by commas)</source>
        <translation>Co-monitors (account names, separated by commas)</translation>
    </message>
    <message>
        <source>Incidents reported in this visit</source>
        <translation>Incidents reported in this visit</translation>
    </message>
    <message>
        <source>Report an incident</source>
        <translation>Report an incident</translation>
    </message>
</context>
<context>
    <name>VisitListPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Search by site</source>
        <translation>Search by site</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Visit type</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Any state</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Sync state</translation>
    </message>
    <message>
        <source>From yyyy-mm-dd</source>
        <translation>From yyyy-mm-dd</translation>
    </message>
    <message>
        <source>To yyyy-mm-dd</source>
        <translation>To yyyy-mm-dd</translation>
    </message>
    <message>
        <source>No visits match.</source>
        <translation>No visits match.</translation>
    </message>
</context>
<context>
    <name>VisitLogDelegate</name>
    <message>
        <source>Select for review</source>
        <translation>Select for review</translation>
    </message>
    <message>
        <source>Unknown site</source>
        <translation>Unknown site</translation>
    </message>
    <message>
        <source>Type not chosen</source>
        <translation>Type not chosen</translation>
    </message>
    <message numerus="yes">
        <source>%n interviewed</source>
        <translation><numerusform>%n interviewed</numerusform><numerusform>%n interviewed</numerusform></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
</context>
<context>
    <name>VisitLogPage</name>
    <message>
        <source>Filters (%1)</source>
        <translation>Filters (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in conflict</source>
        <translation><numerusform>%n record in conflict</numerusform><numerusform>%n records in conflict</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation><numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Clear selection</translation>
    </message>
    <message>
        <source>Select all loaded</source>
        <translation>Select all loaded</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Load more</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>No conflicts to resolve.</translation>
    </message>
    <message>
        <source>No records match.</source>
        <translation>No records match.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation><numerusform>%n selected</numerusform><numerusform>%n selected</numerusform></translation>
    </message>
    <message>
        <source>Review selected</source>
        <translation>Review selected</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Border</source>
        <translation>Border</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Detention</translation>
    </message>
    <message>
        <source>Urban point</source>
        <translation>Urban point</translation>
    </message>
    <message>
        <source>Field mission</source>
        <translation>Field mission</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partial</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <source>Border point</source>
        <translation>Border point</translation>
    </message>
    <message>
        <source>Detention centre</source>
        <translation>Detention centre</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Identified (protection case)</source>
        <translation>Identified (protection case)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Vital interest</source>
        <translation>Vital interest</translation>
    </message>
    <message>
        <source>Best interests of the child</source>
        <translation>Best interests of the child</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <source>Safety of others</source>
        <translation>Safety of others</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Prefers not to say</translation>
    </message>
    <message>
        <source>Alone</source>
        <translation>Alone</translation>
    </message>
    <message>
        <source>With family</source>
        <translation>With family</translation>
    </message>
    <message>
        <source>With a group</source>
        <translation>With a group</translation>
    </message>
    <message>
        <source>Direct violence</source>
        <translation>Direct violence</translation>
    </message>
    <message>
        <source>Threats or intimidation</source>
        <translation>Threats or intimidation</translation>
    </message>
    <message>
        <source>General violence</source>
        <translation>General violence</translation>
    </message>
    <message>
        <source>Persecution</source>
        <translation>Persecution</translation>
    </message>
    <message>
        <source>No work or income</source>
        <translation>No work or income</translation>
    </message>
    <message>
        <source>Family reunification</source>
        <translation>Family reunification</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Disaster or climate</source>
        <translation>Disaster or climate</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Doesn&apos;t know</source>
        <translation>Doesn&apos;t know</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Constancia de trámite</source>
        <translation>Constancia de trámite</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <source>Complementary protection</source>
        <translation>Complementary protection</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Recurso de revisión</source>
        <translation>Recurso de revisión</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <source>TVRH (humanitarian visitor card)</source>
        <translation>TVRH (humanitarian visitor card)</translation>
    </message>
    <message>
        <source>COMAR constancia</source>
        <translation>COMAR constancia</translation>
    </message>
    <message>
        <source>Other INM document</source>
        <translation>Other INM document</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Right to asylum (30 working days)</source>
        <translation>Right to asylum (30 working days)</translation>
    </message>
    <message>
        <source>COMAR procedure (45 working days)</source>
        <translation>COMAR procedure (45 working days)</translation>
    </message>
    <message>
        <source>Rights in detention</source>
        <translation>Rights in detention</translation>
    </message>
    <message>
        <source>Alternatives to detention</source>
        <translation>Alternatives to detention</translation>
    </message>
    <message>
        <source>Regularisation (INM / TVRH)</source>
        <translation>Regularisation (INM / TVRH)</translation>
    </message>
    <message>
        <source>Local services</source>
        <translation>Local services</translation>
    </message>
    <message>
        <source>Trafficking risks</source>
        <translation>Trafficking risks</translation>
    </message>
    <message>
        <source>Complaint channels</source>
        <translation>Complaint channels</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Overcrowding</source>
        <translation>Overcrowding</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Food</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Hygiene</source>
        <translation>Hygiene</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>Clothing</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Health care</translation>
    </message>
    <message>
        <source>Ill-treatment allegations</source>
        <translation>Ill-treatment allegations</translation>
    </message>
    <message>
        <source>Force or restraints</source>
        <translation>Force or restraints</translation>
    </message>
    <message>
        <source>Solitary confinement</source>
        <translation>Solitary confinement</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Civilian</source>
        <translation>Civilian</translation>
    </message>
    <message>
        <source>Military or police</source>
        <translation>Military or police</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixed</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Lodging</translation>
    </message>
    <message>
        <source>Water, sanitation, hygiene</source>
        <translation>Water, sanitation, hygiene</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>Psychosocial</translation>
    </message>
    <message>
        <source>Legal orientation</source>
        <translation>Legal orientation</translation>
    </message>
    <message>
        <source>Child-friendly space</source>
        <translation>Child-friendly space</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Connectivity</translation>
    </message>
    <message>
        <source>Northbound</source>
        <translation>Northbound</translation>
    </message>
    <message>
        <source>Southbound</source>
        <translation>Southbound</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Formal crossing</source>
        <translation>Formal crossing</translation>
    </message>
    <message>
        <source>Raft</source>
        <translation>Raft</translation>
    </message>
    <message>
        <source>On foot</source>
        <translation>On foot</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Returned by the US</source>
        <translation>Returned by the US</translation>
    </message>
    <message>
        <source>INM</source>
        <translation>INM</translation>
    </message>
    <message>
        <source>Guardia Nacional</source>
        <translation>Guardia Nacional</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Military</translation>
    </message>
    <message>
        <source>Pushbacks</source>
        <translation>Pushbacks</translation>
    </message>
    <message>
        <source>Extortion</source>
        <translation>Extortion</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Violence</translation>
    </message>
    <message>
        <source>Lack of information</source>
        <translation>Lack of information</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>In transit</translation>
    </message>
    <message>
        <source>Still deciding</source>
        <translation>Still deciding</translation>
    </message>
    <message>
        <source>Procedure too long</source>
        <translation>Procedure too long</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>Asylum seeker</translation>
    </message>
    <message>
        <source>Shelter place available</source>
        <translation>Shelter place available</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnerability</translation>
    </message>
    <message>
        <source>Released to a shelter</source>
        <translation>Released to a shelter</translation>
    </message>
    <message>
        <source>Still detained</source>
        <translation>Still detained</translation>
    </message>
    <message>
        <source>Deported</source>
        <translation>Deported</translation>
    </message>
    <message>
        <source>Voluntary repatriation</source>
        <translation>Voluntary repatriation</translation>
    </message>
    <message>
        <source>Resettlement</source>
        <translation>Resettlement</translation>
    </message>
    <message>
        <source>Local integration</source>
        <translation>Local integration</translation>
    </message>
    <message>
        <source>Internal relocation</source>
        <translation>Internal relocation</translation>
    </message>
    <message>
        <source>Legal and/or physical protection needs</source>
        <translation>Legal and/or physical protection needs</translation>
    </message>
    <message>
        <source>Survivor of violence and/or torture</source>
        <translation>Survivor of violence and/or torture</translation>
    </message>
    <message>
        <source>Medical needs</source>
        <translation>Medical needs</translation>
    </message>
    <message>
        <source>Women and girls at risk</source>
        <translation>Women and girls at risk</translation>
    </message>
    <message>
        <source>Children and adolescents at risk</source>
        <translation>Children and adolescents at risk</translation>
    </message>
    <message>
        <source>Lack of foreseeable alternative durable solutions</source>
        <translation>Lack of foreseeable alternative durable solutions</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Keeping name and contact</source>
        <translation>Keeping name and contact</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>Data sharing</translation>
    </message>
    <message>
        <source>Child&apos;s assent</source>
        <translation>Child&apos;s assent</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Parent or guardian</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>Accompanied</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>In detention</source>
        <translation>In detention</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>Lost contact</translation>
    </message>
    <message>
        <source>Left the country</source>
        <translation>Left the country</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Country of origin</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Transit</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexico</translation>
    </message>
    <message>
        <source>Robbery</source>
        <translation>Robbery</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Threat</translation>
    </message>
    <message>
        <source>Kidnapping</source>
        <translation>Kidnapping</translation>
    </message>
    <message>
        <source>Physical assault</source>
        <translation>Physical assault</translation>
    </message>
    <message>
        <source>Sexual violence (restricted)</source>
        <translation>Sexual violence (restricted)</translation>
    </message>
    <message>
        <source>Arbitrary detention</source>
        <translation>Arbitrary detention</translation>
    </message>
    <message>
        <source>Pushback at the border</source>
        <translation>Pushback at the border</translation>
    </message>
    <message>
        <source>Denied access to asylum</source>
        <translation>Denied access to asylum</translation>
    </message>
    <message>
        <source>Family separation</source>
        <translation>Family separation</translation>
    </message>
    <message>
        <source>Disappearance or death</source>
        <translation>Disappearance or death</translation>
    </message>
    <message>
        <source>Trafficking indicators</source>
        <translation>Trafficking indicators</translation>
    </message>
    <message>
        <source>Organised crime</source>
        <translation>Organised crime</translation>
    </message>
    <message>
        <source>Smuggler</source>
        <translation>Smuggler</translation>
    </message>
    <message>
        <source>Other migrants</source>
        <translation>Other migrants</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>referral status</comment>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>referral status</comment>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>referral status</comment>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>referral status</comment>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <comment>referral status</comment>
        <translation>Delivery failed</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>referral status</comment>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>referral status</comment>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>case status</comment>
        <translation>Open</translation>
    </message>
    <message>
        <source>In follow-up</source>
        <comment>case status</comment>
        <translation>In follow-up</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>case status</comment>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Withdraw consent?</source>
        <translation>Withdraw consent?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>The withdrawal is recorded with today&apos;s date. Nothing more is shared under this consent; data already shared must be recalled by the manual procedure.</source>
        <translation>The withdrawal is recorded with today&apos;s date. Nothing more is shared under this consent; data already shared must be recalled by the manual procedure.</translation>
    </message>
</context>
<context>
    <name>amparo::mobile::AppController</name>
    <message>
        <source>Cannot create the data folder</source>
        <translation>Cannot create the data folder</translation>
    </message>
    <message>
        <source>The data folder is not available</source>
        <translation>The data folder is not available</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters</source>
        <translation>
            <numerusform>The passphrase needs at least %n character</numerusform>
            <numerusform>The passphrase needs at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ</source>
        <translation>The two passphrases differ</translation>
    </message>
    <message>
        <source>Choose your office</source>
        <translation>Choose your office</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Wrong passphrase</translation>
    </message>
</context>
<context>
    <name>amparo::mobile::ConflictModel</name>
    <message>
        <source>This record is not in conflict</source>
        <translation>This record is not in conflict</translation>
    </message>
</context>
<context>
    <name>amparo::mobile::ExportController</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>amparo::mobile::LocalStore</name>
    <message>
        <source>SQL failed: %1</source>
        <translation>SQL failed: %1</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Cannot open the database: %1</translation>
    </message>
    <message>
        <source>Cannot switch the database to WAL mode</source>
        <translation>Cannot switch the database to WAL mode</translation>
    </message>
    <message>
        <source>The store is not open</source>
        <translation>The store is not open</translation>
    </message>
    <message>
        <source>Cannot save a setting: %1</source>
        <translation>Cannot save a setting: %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>Cannot start a transaction</translation>
    </message>
    <message>
        <source>Cannot store the key: %1</source>
        <translation>Cannot store the key: %1</translation>
    </message>
    <message>
        <source>The store is already set up</source>
        <translation>The store is already set up</translation>
    </message>
    <message>
        <source>The store is not set up</source>
        <translation>The store is not set up</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Wrong passphrase</translation>
    </message>
    <message>
        <source>Cannot derive a key</source>
        <translation>Cannot derive a key</translation>
    </message>
    <message>
        <source>Refusing to store an unsealed revision</source>
        <translation>Refusing to store an unsealed revision</translation>
    </message>
    <message>
        <source>The record changed since it was opened</source>
        <translation>The record changed since it was opened</translation>
    </message>
    <message>
        <source>The store is locked</source>
        <translation>The store is locked</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Cannot commit: %1</translation>
    </message>
    <message>
        <source>A record could not be decrypted</source>
        <translation>A record could not be decrypted</translation>
    </message>
    <message>
        <source>A record could not be decoded</source>
        <translation>A record could not be decoded</translation>
    </message>
    <message>
        <source>Personal data was removed from this device: this record cannot be changed here</source>
        <translation>Personal data was removed from this device: this record cannot be changed here</translation>
    </message>
    <message>
        <source>Cannot record the server&apos;s answer: %1</source>
        <translation>Cannot record the server&apos;s answer: %1</translation>
    </message>
    <message>
        <source>A revision is missing</source>
        <translation>A revision is missing</translation>
    </message>
</context>
<context>
    <name>amparo::mobile::Message</name>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>The server&apos;s answer could not be read.</translation>
    </message>
</context>
<context>
    <name>amparo::mobile::RecordDetail</name>
    <message>
        <source>Case management</source>
        <translation>Case management</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Data-subject request</source>
        <translation>Data-subject request</translation>
    </message>
    <message>
        <source>Protection emergency</source>
        <translation>Protection emergency</translation>
    </message>
    <message>
        <source>Choose why the personal data is needed.</source>
        <translation>Choose why the personal data is needed.</translation>
    </message>
</context>
<context>
    <name>amparo::mobile::RecordEditor</name>
    <message>
        <source>Cannot set %1</source>
        <translation>Cannot set %1</translation>
    </message>
    <message>
        <source>The store is locked</source>
        <translation>The store is locked</translation>
    </message>
</context>
<context>
    <name>amparo::mobile::ReviewComposer</name>
    <message>
        <source>The app is locked.</source>
        <translation>The app is locked.</translation>
    </message>
    <message>
        <source>Choose at least one record to review.</source>
        <translation>Choose at least one record to review.</translation>
    </message>
    <message>
        <source>Choose a verdict.</source>
        <translation>Choose a verdict.</translation>
    </message>
    <message>
        <source>The reviews could not be stored: %1</source>
        <translation>The reviews could not be stored: %1</translation>
    </message>
</context>
<context>
    <name>amparo::mobile::ServerConnection</name>
    <message>
        <source>The server address must start with https://</source>
        <translation>The server address must start with https://</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (fingerprint %1)</source>
        <translation>The server&apos;s certificate is not trusted (fingerprint %1)</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Cannot reach the server: %1</translation>
    </message>
    <message>
        <source>The server answered in an unknown encoding</source>
        <translation>The server answered in an unknown encoding</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be decompressed</source>
        <translation>The server&apos;s answer could not be decompressed</translation>
    </message>
</context>
<context>
    <name>amparo::mobile::StatsModel</name>
    <message>
        <source>Site %1</source>
        <translation>Site %1</translation>
    </message>
    <message>
        <source>accepted %1 %</source>
        <translation>accepted %1 %</translation>
    </message>
    <message>
        <source>median %1 days to answer</source>
        <translation>median %1 days to answer</translation>
    </message>
    <message>
        <source>&lt;5 delivery failures</source>
        <translation>&lt;5 delivery failures</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery failure(s)</source>
        <translation><numerusform>%n delivery failure</numerusform><numerusform>%n delivery failures</numerusform></translation>
    </message>
    <message>
        <source>capacity %1 · %2</source>
        <translation>capacity %1 · %2</translation>
    </message>
    <message>
        <source>children present: %1</source>
        <translation>children present: %1</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Children present</source>
        <translation>Children present</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupancy</translation>
    </message>
</context>
<context>
    <name>amparo::mobile::SyncClient</name>
    <message>
        <source>The server answered with status %1</source>
        <translation>The server answered with status %1</translation>
    </message>
    <message>
        <source>Unlock the app first</source>
        <translation>Unlock the app first</translation>
    </message>
    <message>
        <source>The fingerprint must be 64 hexadecimal digits</source>
        <translation>The fingerprint must be 64 hexadecimal digits</translation>
    </message>
    <message>
        <source>Wrong username or password</source>
        <translation>Wrong username or password</translation>
    </message>
    <message>
        <source>The app was locked</source>
        <translation>The app was locked</translation>
    </message>
    <message>
        <source>The server did not acknowledge a record</source>
        <translation>The server did not acknowledge a record</translation>
    </message>
    <message>
        <source>The server no longer accepts this device: sign in again</source>
        <translation>The server no longer accepts this device: sign in again</translation>
    </message>
    <message>
        <source>This device was revoked: its data was deleted</source>
        <translation>This device was revoked: its data was deleted</translation>
    </message>
</context>
</TS>

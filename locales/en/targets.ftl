## Decision-makers (staff pages; "target" is the code's word only)
targets-title = Decision-makers
targets-intro = The people who decide, whom letters and calls will reach: each in their own language, by the clock of their own time zone. Their addresses and numbers are stored encrypted; only the name, role, institution and phone numbers of those marked public are ever shown (the numbers on call pages).
target-new-title = Add a decision-maker
target-edit-title = Change a decision-maker
targets-search = Name, role or institution
targets-all-countries = All countries
targets-search-button = Search
targets-count = { $count-n ->
    [one] { $count } decision-maker
   *[other] { $count } decision-makers
}
target-field-name = Name
target-field-role = Role
target-field-institution = Institution
target-field-area = Area
    .hint = A region, a constituency or a city, if their office covers one.
target-field-lang = Language
    .hint = The language letters reach them in.
target-field-time_zone = Time zone
    .hint = Letters reach them in their working hours by this clock. Leave it empty for the country’s main time zone, or type one such as Europe/Berlin.
target-field-emails = Email addresses
    .hint = One or more, one per line. The first one is how an import recognises them.
target-field-phones = Phone numbers
    .hint = In international form, such as +49 30 18681 0; one per line.
target-field-public = Show publicly
    .hint = Their name, role and institution may appear on public pages, and their phone numbers on call pages. Email addresses never do.
target-public-col = Public
target-demo = demo data
target-choose-country = Choose a country
target-save = Save
target-delete = Delete this decision-maker
target-saved = The decision-maker is saved.
target-deleted = The decision-maker is deleted.
target-delete-history = Deleting this decision-maker also deletes, for good:
target-delete-waiting = { $count-n ->
    [one] { $count } letter still waiting to go to them (its writer is not told)
   *[other] { $count } letters still waiting to go to them (their writers are not told)
}
target-delete-delivered = { $count-n ->
    [one] { $count } letter delivered to them, from every tally
   *[other] { $count } letters delivered to them, from every tally
}
target-delete-calls = { $count-n ->
    [one] { $count } call reported to them, from every tally
   *[other] { $count } calls reported to them, from every tally
}
target-delete-sure = I understand: delete them with all of this
target-delete-unsure = Tick the box to delete them with their letters and calls, or keep them and untick “Show publicly” instead: letters then stop going to them.
targets-export = Download every decision-maker as CSV (the download is written to the audit log)
target-groups-title = Groups
target-groups-none = No groups yet.
target-group-new = New group
target-group-add = Add the group
target-group-delete = Delete
target-group-saved = The groups are saved.
targets-import-title = Import from a CSV file
targets-import-label = CSV text
targets-import-hint = Columns: name, role, institution, country (two letters), area, language (ar, en, fr, es, de), time_zone, emails and phones (separated by semicolons), public (yes or no), groups (separated by semicolons). A decision-maker already here, with the same first address, is updated. One bad line and nothing is imported.
targets-import-submit = Import
targets-import-refused = Nothing was imported. Correct these lines and import again:
targets-imported = Imported: { $added } added, { $updated } updated, { $unchanged } unchanged.
target-error-phone = Write the number in international form, starting with + and the country code.
target-error-lang = Choose one of the languages offered.
target-error-email = One of these addresses is not an email address.
target-error-no-email = Give at least one email address: a letter needs somewhere to go.
target-error-too-many = At most { $count } here.
target-error-exists = A decision-maker with this first address is already here.
target-error-public = Write yes or no.
target-error-group = A group name here is too long or holds characters that cannot be shown.
target-error-group-semicolon = A group name cannot hold a semicolon: it separates groups in the CSV file.
target-csv-too-many = Too many lines: import at most { $count } at a time.
target-csv-duplicate = This first address is on an earlier line too.
audit-target-saved = Decision-maker saved
audit-target-deleted = Decision-maker deleted
audit-targets-imported = Decision-makers imported
audit-targets-exported = Decision-makers exported
target-error-cap = A campaign keeps at most { $count } decision-makers.

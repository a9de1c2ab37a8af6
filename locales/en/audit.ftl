# The audit log

audit-title = Audit log
audit-explain = Every export of supporters' data, with who made it and when.
audit-empty = Nothing has been exported yet.
col-when-utc = When (UTC)

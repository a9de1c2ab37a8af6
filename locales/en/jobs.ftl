# Background work (jobs) page (English).

jobs-title = Email and background work
jobs-intro = Emails and other work are done in the background and tried again when they fail. Here is what is waiting and what failed.
jobs-troubled = Failed work
jobs-none-waiting = Nothing is waiting.
jobs-none-failed = Nothing has failed.
jobs-col-kind = Kind
jobs-col-attempts = Attempts
jobs-retry = Try again now
jobs-retried = It will be tried again in a moment.
jobs-next-try = next try { $date }
job-state-queued = waiting
job-state-running = running
job-state-dead = failed for good
job-kind-petition-confirm-mail = Confirmation email for a signature
jobs-col-error = Last error (technical, in English)

## The watch list
watch-title = Watch list
watch-intro = Efforts to support or legitimise the Assad regime, as they come: conferences, trade deals, steps of normalisation, deportation agreements. Each one is sourced, and names the decision-makers responsible.
watch-back-to-campaign = Back to the campaign
watch-when-filter = Upcoming or past
watch-upcoming = Upcoming and under way
watch-past = Past
watch-none = Nothing here.
watch-field-kind = Kind
watch-field-when = When
watch-field-place = Place
watch-people = Decision-makers responsible
watch-sources = Sources
watch-kind-conference = Conference
watch-kind-trade-deal = Trade deal
watch-kind-normalisation = Step of normalisation
watch-kind-deportation = Deportation agreement
watch-kind-other = Other
watch-new-title = Add to the watch list
watch-edit-title = Change a watch list item
watch-public-page = The public page
watch-saved = The watch list is saved.
watch-deleted = The item is deleted.
watch-choose-kind = Choose a kind
watch-field-starts = First day
watch-field-ends = Last day
watch-date-hint = As 2027-03-14 (year, month, day).
watch-no-country = No country, or several
watch-field-title = Title
watch-field-description = What it is (Markdown)
watch-sources-hint = At least one source with its link. Leave the rows you do not need empty.
watch-source-n = Source { $count }
watch-source-title = Title
watch-source-publisher = Publisher
watch-source-url = Link
watch-source-published = Published on (as 2027-03-14)
watch-no-targets = No decision-makers yet: add them first.
watch-save = Save
watch-delete = Delete this item
watch-error-ends-before = The last day is before the first.
watch-error-no-source = Give at least one source, with its link.
audit-watch-saved = Watch list item saved
audit-watch-deleted = Watch list item deleted
watch-upcoming-count = { $count-n ->
    [one] { $count } effort to legitimise the regime is coming or under way.
   *[other] { $count } efforts to legitimise the regime are coming or under way.
}
watch-see = See the watch list

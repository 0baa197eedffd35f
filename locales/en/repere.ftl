# Repère, English. French (locales/fr) is the reference.

## Shell

app-name = Repère
skip-to-content = Skip to content
nav-back-home = Back to home
nav-about = About
language-label = Language

## Emergency bar (tel: links, always visible)

emergency-label = Emergency, free call
emergency-samu-number = 15
emergency-samu-name = Ambulance
emergency-eu-number = 112
emergency-eu-name = Emergency
emergency-dis-number = 0800 23 13 13
emergency-dis-name = Drugs helpline

## Home

home-title = What do you want to do?
home-facts-title = The truth about crack
home-facts-text = { $count ->
    [one] What testing one rock showed.
   *[other] What testing { $count } rocks showed.
}
home-finder-title = Find help near me
home-finder-text = CAARUD and CSAPA in Île-de-France, even offline.
home-diary-title = My diary
home-diary-text = Only for you. It stays on this phone.
home-private-note = Repère works offline and sends nothing.

## Screen titles

facts-title = The truth about crack
finder-title = Find help
diary-title = My diary

## Not found and crash

not-found-title = Page not found
not-found-text = This page does not exist in Repère.
crash-title = Something went wrong
crash-text = Repère hit an error. Your data stayed on this phone.
crash-reload = Reload
sw-offline-text = Repère could not open without the internet. Connect to the internet, then reload the page.

## Facts

facts-intro = { $count ->
    [one] A laboratory analysed { $count } rock of crack brought in by users in Île-de-France. Here is what it found.
   *[other] A laboratory analysed { $count } rocks of crack brought in by users in Île-de-France. Here is what it found.
}
facts-nav-label = In this part
facts-nav-cards = Read the cards
facts-nav-rock = My rock: how much cocaine?
facts-nav-quiz = Quiz: true or false?
facts-nav-present = Presentation mode (tablet)
facts-back = Back to the truth about crack

fact-label-belief = People say
fact-label-finding = The analysis found
fact-label-caveat = Good to know
fact-label-takeaway = What you can do
fact-source = Source:
fact-finder-link = Find a CAARUD near me
fact-listen = Listen

fact-basing-does-not-purify-belief = “Basing cocaine makes it pure.”
fact-basing-does-not-purify-finding = Basing can concentrate the cocaine, but the cutting agents in the powder stay in the crack.
fact-basing-does-not-purify-takeaway = Crack is no “cleaner” than powder. Start with a small amount.

fact-size-tells-amount-belief = “The price tells you how much cocaine is in the rock.”
fact-size-tells-amount-finding = Size is what counts most: the heavier the rock, the more cocaine it holds. The link is strong (correlation { $weight_correlation }). With the price, the link is much weaker ({ $price_correlation }).
fact-size-tells-amount-takeaway = Look at the size of the rock, not its price. With a big rock, start with a small piece.

fact-looks-dont-tell-belief = “You can tell a good rock by its look, or by the dealer.”
fact-looks-dont-tell-finding = Neither the look, nor the dealer, nor the place of sale tells what a rock holds. Users thought it was { $estimated_level_pct }% cocaine on average. In fact, it was { $real_level_pct }%.
fact-looks-dont-tell-takeaway = A rock can be stronger than you think. Always start with a small amount.

fact-rocks-smaller-than-said-belief = “A rock weighs at least { $said_weight_mg } mg.”
fact-rocks-smaller-than-said-finding = Weighed in the laboratory, rocks were { $average_weight_mg } mg on average: much less. Almost { $share_100_to_150_mg_pct }% weighed between { $share_low_mg } and { $share_high_mg } mg.
fact-rocks-smaller-than-said-takeaway = A small rock goes fast, and you want to buy another. Between hits, eat, drink water and rest.

fact-content-high-and-steady-belief = “From one rock to the next, the cocaine is completely different.”
fact-content-high-and-steady-finding = The cocaine level is already high and changes little: half of the rocks held { $half_low_pct } to { $half_high_pct }% (average { $average_level_pct }%, median { $median_level_pct }%). What changes most is the amount of cocaine in the rock: from { $min_amount_mg } to { $max_amount_mg } mg, { $average_amount_mg } mg on average (median { $median_amount_mg } mg).
fact-content-high-and-steady-takeaway = A rock is often smoked to the end, so its size decides how much you take. Start with a small piece.

fact-no-amphetamine-no-subutex-belief = “Crack is cut with amphetamine or Subutex.”
fact-no-amphetamine-no-subutex-finding = No rock analysed held amphetamine or Subutex® (buprenorphine). Yet { $amphetamine_believers_pct }% of the users asked thought it had amphetamine, and { $subutex_believers_pct }% Subutex.
fact-no-amphetamine-no-subutex-caveat = No trace of ammonia either. But the study could not rule out that all the rocks analysed had been made with bicarbonate. Breathing in crack that still holds ammonia is toxic.
fact-no-amphetamine-no-subutex-takeaway = Keep your own pipe and mouthpiece, and never lend them. CAARUD give free kits.

fact-effects-come-from-cocaine-belief = “A racing heart, anxiety, a clenched jaw: that's the cutting agents.”
fact-effects-come-from-cocaine-finding = No: these are effects of the cocaine itself. Depending on the effect, { $believers_low_pct } to { $believers_high_pct }% of users thought otherwise.
fact-effects-come-from-cocaine-takeaway = If these effects come, take a break and use less. Eat, drink water, rest.

fact-real-cutting-agents-belief = “I know what is in my rock.”
fact-real-cutting-agents-finding = The cutting agents found are those of powder cocaine: levamisole, in { $levamisole_pct }% of rocks, and phenacetin, in { $phenacetin_pct }%. Only { $levamisole_named_pct }% of users named levamisole. Levamisole can cause rare but serious blood problems. At the amounts found, the risk from phenacetin seems very low.
fact-real-cutting-agents-takeaway = Keep your own gear and never share it. CAARUD give free kits.

fact-price-of-pure-cocaine-belief = “Crack is cheaper than powder.”
fact-price-of-pure-cocaine-finding = A rock costs €{ $average_price_eur } on average (median €{ $median_price_eur }). But for one gram of pure cocaine, crack comes to around €{ $pure_gram_as_crack_eur } (average €{ $pure_gram_average_eur }, median €{ $pure_gram_median_eur }). As powder, that gram is estimated at €{ $pure_gram_as_powder_eur }.
fact-price-of-pure-cocaine-takeaway = Don't pay for your gear on top: CAARUD give free pipes, mouthpieces and kits. Never share your pipe.

quiz-title = True or false?
quiz-intro = One sentence at a time. Say if it is true or false.
quiz-progress = Question { $number } of { $total }
quiz-true = True
quiz-false = False
quiz-right = Right!
quiz-wrong = Not quite.
quiz-it-is-true = It is true.
quiz-it-is-a-myth = It is false: it is a myth.
quiz-next = Next question
quiz-see-score = See my score
quiz-end-title = All done!
quiz-score = { $score ->
    [one] { $score } right answer out of { $total }.
   *[other] { $score } right answers out of { $total }.
}
quiz-again = Play again
quiz-private = Nothing is saved: your answers are gone when you leave the page.
quiz-basing-does-not-purify-statement = Basing cocaine makes it purer.
quiz-size-tells-amount-statement = As a rule, the bigger the rock, the more cocaine it holds.
quiz-looks-dont-tell-statement = You can tell a good rock by its look or by who sells it.
quiz-rocks-smaller-than-said-statement = A rock weighs at least { $said_weight_mg } mg.
quiz-content-high-and-steady-statement = Half of the rocks are { $half_low_pct } to { $half_high_pct }% cocaine.
quiz-no-amphetamine-no-subutex-statement = Crack is cut with amphetamine or Subutex.
quiz-effects-come-from-cocaine-statement = A racing heart and a clenched jaw come from the cocaine itself.
quiz-real-cutting-agents-statement = Most rocks contain levamisole.
quiz-price-of-pure-cocaine-statement = Gram for gram of pure cocaine, crack costs more than powder.

rock-title = How much cocaine is in my rock?
rock-intro = Tap the drawing that looks most like your rock, or type its weight if you know it.
rock-pick-title = Pick a size
rock-ref-lightest = Lightest analysed
rock-ref-median = Half weigh less
rock-ref-average = Average weight
rock-ref-said = The weight people say
rock-ref-heaviest = Heaviest analysed
rock-amount-mg = { $amount_mg } mg
rock-drawings-note = The drawings compare the rocks with each other. They are not real size.
rock-weight-label = Weight of the rock, in milligrams (mg)
rock-error-not-a-number = Type the weight in numbers.
rock-error-not-positive = The weight must be more than zero.
rock-error-too-heavy = That is too heavy for a rock. Type a weight of { $max_weight_mg } mg or less.
rock-result-title = In this rock
rock-typical = About { $typical_mg } mg of cocaine
rock-legend-typical = Usually: about { $typical_mg } mg
rock-legend-usual = For half of the rocks: { $usual_low_mg } to { $usual_high_mg } mg
rock-legend-possible = From the weakest to the purest: { $possible_low_mg } to { $possible_high_mg } mg
rock-estimate = A rock of { $weight_mg } mg usually holds about { $typical_mg } mg of cocaine, often { $usual_low_mg } to { $usual_high_mg } mg, and depending on the rock { $possible_low_mg } to { $possible_high_mg } mg.
rock-estimate-beyond-survey = Careful: the rocks analysed weighed { $lightest_rock_mg } to { $heaviest_rock_mg } mg. For this weight, the estimate is less sure.
rock-takeaway = The bigger the rock, the more cocaine it holds. Start with a small piece.
rock-basis-title = How we work it out
rock-estimate-basis = We multiply the weight by the cocaine level measured in the { $rocks_analysed } rocks analysed: { $typical_level_pct }% on average, { $usual_low_pct } to { $usual_high_pct }% for half of them, and { $possible_low_pct } to { $possible_high_pct }% in all. We assume the level does not depend on the size of the rock. These levels are worked out on the rocks that held more than { $counted_above_pct }% cocaine.

present-title = Presentation mode
present-second-language = Second language
present-second-none = None
present-nav-label = Change card
present-previous = Previous
present-next = Next
present-position = Card { $number } of { $total }
present-hint = To change card: the buttons, the arrow keys, or swipe.

## Diary

leave-now = Leave
diary-private-note = This diary stays on this phone. Repère never sends it anywhere.
diary-log-title = Log
diary-used-now = I used now
diary-since-last = Last time:
diary-empty = Nothing logged yet. One tap on the button is enough.
diary-duration-minutes = { $minutes } min ago
diary-duration-hours = { $hours } h { $minutes } min ago
diary-duration-days = { $days ->
    [one] { $days } day { $hours } h ago
   *[other] { $days } days { $hours } h ago
}
diary-past-title = Log an earlier time
diary-past-save = Log this time
diary-past-incomplete = Enter the day and the time.
diary-past-future = That time has not come yet.
diary-field-date = Day
diary-field-time = Time
diary-toast-recorded = Logged at { $time }.
diary-toast-deleted = Deleted.
diary-toast-undone = Undone.
diary-toast-saved = Saved.
diary-add-details = Add details
diary-undo = Undo
diary-close = Close
diary-cancel = Cancel
diary-save = Save
diary-delete = Delete
diary-edit = Edit
diary-yes = Yes
diary-no = No
diary-not-said = Not said
diary-details-title = Details
diary-details-hint = Everything is optional. Fill in what you want, now or later.
diary-field-amount = Amount
diary-field-unit = Unit
diary-unit-rocks = rocks
diary-unit-mg = mg
diary-field-spent = Spent (€)
diary-field-route = How
diary-route-smoked = Smoked (pipe)
diary-route-inhaled = Inhaled
diary-route-injected = Injected
diary-route-other = Other
diary-field-company = Alone or not
diary-company-alone = Alone
diary-company-others = With others
diary-field-shared-pipe = Shared pipe
diary-field-burns = Burns or cuts
diary-field-craving = Craving (0 = none, 10 = very strong)
diary-field-slept = Slept
diary-field-ate = Ate
diary-field-note = Note
diary-rocks = { $count ->
    [one] { $count } rock
   *[other] { $count } rocks
}
diary-mg = { $count } mg
diary-euros = €{ $amount }
diary-at-least = at least { $amount }
diary-list-title = { $count ->
    [0] Times logged
    [one] { $count } time logged
   *[other] { $count } times logged
}
diary-list-empty = The times you log will show here.
diary-list-more = Show more
diary-stats-title = In numbers
diary-today = Today
diary-this-week = This week
diary-this-month = This month
diary-budget-title = Weekly budget
diary-budget-spent = { $spent } spent of { $budget }.
diary-budget-left = { $amount } left this week.
diary-budget-over = { $amount } over budget this week.
diary-chart-title = The last { $days } days
diary-chart-summary = { $total ->
    [0] Nothing logged in { $days } days.
    [one] { $total } time in { $days } days.
   *[other] { $total } times in { $days } days, up to { $max } in one day.
}
diary-patterns-title = What comes up often
diary-patterns-wait = Once you have logged at least { $count } times in 30 days, Repère will show here what comes up often.
diary-pattern-peak = Most often between { $from } and { $to } ({ $uses } times out of { $total }).
diary-pattern-with-others = With others: { $percent } % of the time.
diary-pattern-shared-pipe = Shared pipe: { $percent } % of the time.
diary-pattern-burns = Burns or cuts: { $percent } % of the time.
diary-tip-own-pipe = Your own pipe and mouthpiece protect you from hepatitis and burns. CAARUDs give them out for free.
diary-tip-caarud-link = Find a CAARUD
diary-goals-title = My goal
diary-goals-intro = A goal, if you want one. A slip does not wipe out what you have done.
diary-goal-kind = Goal
diary-goal-kind-pause = Take a break for a few days
diary-goal-kind-day = No more than so many times a day
diary-goal-kind-week = No more than so many times a week
diary-goal-kind-stop = Stop
diary-goal-number-days = Number of days (1 to { $max })
diary-goal-number-uses = Number of times (0 to { $max })
diary-goal-start = Start today
diary-goal-end = Change goal
diary-goal-stop-now = Goal: stop.
diary-goal-pause-now = { $days ->
    [one] Goal: a one-day break.
   *[other] Goal: a { $days }-day break.
}
diary-goal-day-now = Goal: no more than { $limit } times a day.
diary-goal-week-now = Goal: no more than { $limit } times a week.
diary-goal-today = Today: { $uses } of { $limit }.
diary-goal-this-week = This week: { $uses } of { $limit }.
diary-goal-days-kept = { $total ->
    [one] { $kept } of { $total } day kept.
   *[other] { $kept } of { $total } days kept.
}
diary-goal-weeks-kept = { $total ->
    [one] { $kept } of { $total } week kept.
   *[other] { $kept } of { $total } weeks kept.
}
diary-goal-pause-left = { $days ->
    [0] Last day of the break.
    [one] { $days } more day after today.
   *[other] { $days } more days after today.
}
diary-goal-pause-done = The break is over. Well done for getting here.
diary-goal-streak = Current run: { $current }. Best run: { $best }.
diary-goal-slip = Slips happen. What you kept still counts, and you can start again right now.
diary-help-text = Want to talk about it? A CSAPA offers free support, without judgement. Drugs helpline Drogues Info Service answers every day, free and anonymous.
diary-help-csapa = Find a CSAPA
diary-help-dis = Call Drogues Info Service
diary-settings-title = Diary settings
diary-budget-label = Weekly budget (€, empty = none)
diary-budget-saved = Budget saved.
diary-pin-title = PIN
diary-pin-warning = Careful: if you forget the PIN, nobody can open the diary. The only way out will be to erase everything.
diary-pin-on = The diary is protected by a PIN.
diary-pin-auto-lock = { $minutes ->
    [one] It locks itself when Repère stays in the background for more than a minute.
   *[other] It locks itself when Repère stays in the background for more than { $minutes } minutes.
}
diary-pin-new = New PIN
diary-pin-again = Same PIN again
diary-pin-set = Set a PIN
diary-pin-change = Change the PIN
diary-pin-remove = Remove the PIN
diary-pin-removed = PIN removed. The diary is no longer protected.
diary-pin-set-done = PIN set. The diary is encrypted on this phone.
diary-pin-not-set = The PIN was not set.
diary-pin-too-short = At least { $count } digits or characters.
diary-pin-mismatch = The two PINs are not the same.
diary-lock-now = Lock the diary
diary-lock-unsaved = The diary cannot be locked: part of it is not saved yet.
diary-locked-title = Diary locked
diary-toast-noted = Logged at { $time }. It will be in the diary when you open it.
diary-locked-note-hint = No need to open the diary to note a use: it is encrypted and added when you open it.
diary-note-unavailable = A use cannot be noted without opening the diary. Open it with your PIN.
diary-note-full = Many uses are already waiting. Open the diary with your PIN to add them.
diary-pin-label = PIN
diary-unlock = Open
diary-unlocking = Opening…
diary-pin-wrong = That is not the right PIN.
diary-pin-wrong-wait = That is not the right PIN. Try again in { $seconds } s.
diary-pin-wait = Wait { $seconds } s before trying again.
diary-pin-forgot = Forgot the PIN?
diary-pin-forgot-text = Without the PIN, nobody can open the diary. You can only erase everything and start again.
diary-tablet-title = Shared tablet
diary-tablet-text = On a device other people use: the diary stays in memory and is never saved. It disappears when the page is closed.
diary-tablet-turn-on = Turn on shared-tablet mode
diary-tablet-turn-off = Turn off shared-tablet mode
diary-tablet-on = Shared-tablet mode: nothing is saved on this device. Everything disappears when the page is closed.
diary-wipe-title = Erase everything
diary-wipe-text = Erases the diary, the PIN and any copy on this phone. This cannot be undone.
diary-wipe = Erase everything
diary-wipe-confirm-text = Really erase everything? Nothing can be recovered.
diary-wipe-confirm = Yes, erase everything
diary-data-title = Back up or restore
diary-export-text = Keep a copy of the diary in a file, to restore it later or on another phone.
diary-export-warning = Without a password, anyone can read the file.
diary-export-json = Full file (JSON)
diary-export-csv = Spreadsheet (CSV)
diary-export-password = Password for the protected file
diary-export-sealed = Password-protected file
diary-export-failed = The file could not be made.
diary-import-title = Restore a backup
diary-import-text = Repère checks the whole file, shows you what it adds, then waits for your OK.
diary-import-choose = Choose a file
diary-import-password = The file's password
diary-import-open = Open the file
diary-import-preview = { $count ->
    [one] { $count } entry in the file: { $present } already in the diary, { $new } new.
   *[other] { $count } entries in the file: { $present } already in the diary, { $new } new.
}
diary-import-confirm = { $count ->
    [0] Nothing to add
    [one] Add { $count } entry
   *[other] Add { $count } entries
}
diary-import-done = { $count ->
    [0] Nothing new: the diary already had it all.
    [one] { $count } entry added to the diary.
   *[other] { $count } entries added to the diary.
}
diary-import-unchanged = The diary has not changed.
diary-import-no-file = No file chosen.
diary-import-unreadable = This file cannot be read.
diary-storage-full = The phone's space for Repère is full: the last change is not saved yet.
diary-storage-unavailable = This browser does not let Repère save anything (private browsing?).
diary-storage-kept = Nothing is lost while the page stays open. Repère keeps trying. To be safe, back up to a file.
diary-damaged-found = The saved diary was damaged.
diary-damaged-kept = Its text is kept aside, untouched. You can download it to keep it.
diary-damaged-not-moved = Its text stays where it was, untouched: there is no room to set it aside. Nothing will write over it.
diary-damaged-export = Download the damaged text
diary-crypto-unavailable = This browser cannot encrypt. A PIN cannot be used here.
diary-password-wrong = Wrong password, or the file was changed.
diary-invalid-time = That date is not possible.
diary-invalid-offset = That time zone is not possible.
diary-invalid-amount = Amount too big (100 rocks or 10,000 mg at most).
diary-invalid-spent = Amount too big (€1,000 at most).
diary-invalid-craving = Craving goes from 0 to 10.
diary-invalid-note = Note too long (280 characters at most).
diary-invalid-budget = That budget is not possible (a number, €10,000 at most).
diary-invalid-goal = That goal is not possible: check the number.
diary-edit-not-found = This entry no longer exists (deleted elsewhere?).
diary-edit-duplicate = This entry is already in the diary.
diary-edit-full = The diary is full (20,000 entries). Back it up to a file, then erase it.
diary-data-too-large = This file is too big to be a Repère diary.
diary-data-truncated = The file is cut off: the end is missing.
diary-data-not-json = This is not a Repère diary file.
diary-data-wrong-shape = This file does not look like a Repère diary.
diary-data-no-version = This file does not come from Repère.
diary-data-future-version = This file comes from a newer version of Repère. Update the app.
diary-data-unknown-version = This file has an unknown version.
diary-data-too-many = Too many entries: the diary would go over 20,000.
diary-data-duplicate = The file has the same entry twice.
diary-data-invalid-entry = Entry no. { $number }: { $problem }
diary-data-invalid-settings = The file's settings: { $problem }
diary-envelope-malformed = This protected file is damaged.
diary-envelope-algorithm = This file is protected in a way Repère does not know.
diary-envelope-iterations = This protected file has unsafe settings. It was not opened.
diary-envelope-damaged = This protected file is damaged or incomplete.
diary-duration-now = just now
diary-times = { $count ->
    [one] { $count } time
   *[other] { $count } times
}

## Finder

finder-intro = The CAARUD and CSAPA of Île-de-France. It is all in the phone: no internet needed.
finder-data-age = FINESS register, January 2021: places may have moved. Call before you go.
finder-where-title = Where are you?
finder-locate-privacy = Your position stays on this phone. It is not sent or kept.
finder-locate-button = Use my position
finder-locating = Finding your position…
finder-locate-denied = The phone did not give your position. Choose a station or a town instead.
finder-locate-unavailable = Your position is not available. Choose a station or a town instead.
finder-locate-timeout = Your position is taking too long. Try again, or choose a station or a town.
finder-locate-far = You seem to be far from Île-de-France: the places are far away.
finder-search-label = Or type a station, a town or an arrondissement
finder-search-hint = For example: Gare du Nord, Saint-Denis, 18e
finder-search-none = Nothing found. Try another name.
finder-option-arrondissement = Paris arrondissement
finder-option-commune = Town, département { $departement }
finder-option-station = Station: { $lines }
finder-from-position = Near your position
finder-from-place = Near: { $name }
finder-change = Change
finder-choose-first = Say where you are to see the nearest places first.
finder-results-title = Places that help
finder-filter-kind = Kind of place
finder-filter-all = All
finder-caarud-explained = CAARUD: harm reduction. Free kits, a shower, a coffee, someone to talk to. No questions asked.
finder-csapa-explained = CSAPA: care and support, to cut down or stop.
finder-filter-departement = Département
finder-departement-all = All of Île-de-France
finder-assumption = Straight-line distance. Walking time: distance × 1.3, at 4.5 km/h.
finder-count = { $count ->
    [one] { $count } place
   *[other] { $count } places
}
finder-none-here = No place here with these choices. Change the kind or the département.
finder-distance-m = { $metres } m
finder-distance-km = { $km } km
finder-walk = { $minutes ->
    [one] { $minutes } minute on foot
   *[other] { $minutes } minutes on foot
}
finder-call = Call { $phone }
finder-no-phone = No known phone number for this place.
finder-hours-unknown = Opening hours not known: call before you go.
finder-directions = Directions (maps app)
finder-osm = See on OpenStreetMap
finder-osm-warning = This link leaves Repère and uses the internet.
finder-copy = Copy the address
finder-copied = Address copied.
finder-copy-failed = Could not copy. The address is written above.
finder-share = Share
finder-map-link = See the map
finder-list-link = See the list
finder-about-link = Sources and privacy
finder-back = Back to the places
finder-not-found = This place is not in Repère.
finder-address-title = Address
finder-map-title = Map of places that help
finder-map-zoom = Map zoom
finder-map-paris = Paris
finder-map-region = All of Île-de-France
finder-map-you = You are here
finder-map-text = The map shows the same places as the list. Tap a dot to see the place.
finder-map-label = Map: départements, Paris arrondissements and places that help

## About

about-title = About Repère
about-privacy-title = Privacy
about-privacy = Repère works without the internet. Nothing you do here leaves this phone: no account, no tracking, no ads.
about-privacy-position = Your position, if you give it, is only used to sort the places. It is not sent or kept.
about-sources-title = Sources
about-finess = Places that help: FINESS register of the French health ministry, extract of 8 January 2021, Licence Ouverte 2.0. Places may have changed since: call before you go.
about-boundaries = Outlines of départements and towns: IGN Admin Express and INSEE, 2018, Licence Ouverte.
about-arrondissements = Paris arrondissements: Ville de Paris, ODbL licence.
about-stations = Stations: Île-de-France Mobilités, ODbL licence.
about-sintes = Figures on crack: the SINTES Crack Observation survey by OFDT, 144 rocks analysed in 2018 and 2019.
about-credits = Source credits:

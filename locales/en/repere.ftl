# Repère, English. French (locales/fr) is the reference.

## Shell

app-name = Repère
skip-to-content = Skip to content
nav-back-home = Back to home
nav-about = About
language-label = Language
leave-now = Leave
copy-address = Copy the address
copy-address-done = Address copied.
copy-address-failed = Could not copy. The address is written above.
share-title = Give the app

## Emergency bar (tel: links, always visible)

emergency-label = Emergency, free call
emergency-samu-number = 15
emergency-samu-name = Ambulance
emergency-eu-number = 112
emergency-eu-name = Emergency
emergency-dis-number = 0800 23 13 13
emergency-dis-name = Drugs helpline
emergency-help = What to do

## Home

home-title = What do you want to do?
home-facts-title = The truth about crack
home-facts-text = { $count ->
    [one] What the survey of one rock showed.
   *[other] What the survey of { $count } rocks showed.
}
home-finder-title = Find help near me
home-finder-text = CAARUD and CSAPA in Île-de-France, even offline.
home-diary-title = My diary
home-diary-text = Only for you. It stays on this phone.
home-help-title = What to do in an emergency
home-help-text = When to call 15, first steps, smoking with fewer risks.
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
screen-loading = Opening the page…
start-failed = Repère could not start. Reload the page, with internet if you can. The emergency numbers and “What to do” still work.

## Facts

facts-intro = { $count ->
    [one] A laboratory analysed { $count } rock of crack brought in by a user in Île-de-France, who also answered questions. Here is what the survey found.
   *[other] A laboratory analysed { $count } rocks of crack brought in by users in Île-de-France, who also answered questions. Here is what the survey found.
}
facts-nav-label = In this part
facts-nav-cards = Read the cards
facts-nav-rock = My rock: how much cocaine?
facts-nav-quiz = Quiz: true or false?
facts-nav-present = Presentation mode (tablet)
facts-nav-print = Cards to print
facts-back = Back to the truth about crack

fact-label-belief = People say
fact-label-finding = The survey found
fact-label-caveat = Good to know
fact-label-takeaway = What you can do
fact-source = Source:
fact-finder-link = Find a CAARUD near me
fact-listen = Listen
fact-origin-label = Where the figures come from:
fact-origin-lab = laboratory analysis of the rocks
fact-origin-questionnaire = users' answers to the questionnaire
fact-origin-price-and-lab = prices paid and levels measured
fact-origin-seizures = OFDT estimate from seizures
fact-origin-hearsay = what is said (dealers, police files)
fact-table-note = Levels, weights and prices: worked out on the rocks that contained more than { $counted_above_pct }% cocaine.

fact-basing-does-not-purify-belief = “Basing cocaine makes it pure.”
fact-basing-does-not-purify-finding = Basing can concentrate the cocaine, but the cutting agents in the powder stay in the crack.
fact-basing-does-not-purify-takeaway = Crack is no “cleaner” than powder. Start with a small amount.

fact-size-tells-amount-belief = “The price tells you how much cocaine is in the rock.”
fact-size-tells-amount-finding = Size is what counts most: the heavier the rock, the more cocaine it holds. The link is strong (correlation { $weight_correlation }). With the price, the link is much weaker ({ $price_correlation }).
fact-size-tells-amount-takeaway = Look at the size of the rock, not its price. With a big rock, start with a small piece.

fact-looks-dont-tell-belief = “You can tell a good rock by its look, or by the dealer.”
fact-looks-dont-tell-finding = Neither the look, nor the dealer, nor the place of sale tells what a rock contains. Asked, users thought it was { $estimated_level_pct }% cocaine on average. Measured in the laboratory, it was { $real_level_pct }% on average.
fact-looks-dont-tell-takeaway = A rock can be stronger than you think. Always start with a small amount.

fact-rocks-smaller-than-said-belief = “A rock weighs at least { $said_weight_mg } mg.”
fact-rocks-smaller-than-said-finding = Weighed in the laboratory, rocks were { $average_weight_mg } mg on average: much less. Almost { $share_100_to_150_mg_pct }% weighed between { $share_low_mg } and { $share_high_mg } mg.
fact-rocks-smaller-than-said-takeaway = A small rock goes fast, and you want to buy another. Between hits, eat, drink water and rest.

fact-content-high-and-steady-belief = “From one rock to the next, the cocaine is completely different.”
fact-content-high-and-steady-finding = The cocaine level is already high and varies moderately: from { $min_level_pct }% to { $max_level_pct }%, and half of the rocks contained { $half_low_pct } to { $half_high_pct }% (average { $average_level_pct }%, median { $median_level_pct }%). What changes most is the amount of cocaine in the rock: from { $min_amount_mg } to { $max_amount_mg } mg, { $average_amount_mg } mg on average (median { $median_amount_mg } mg).
fact-content-high-and-steady-takeaway = A rock is often smoked to the end, so its size decides how much you take. Start with a small piece.

fact-no-amphetamine-no-subutex-belief = “Crack is cut with amphetamine or Subutex.”
fact-no-amphetamine-no-subutex-finding = No rock analysed held amphetamine or Subutex® (buprenorphine). Yet { $amphetamine_believers_pct }% of the users asked thought it had amphetamine, and { $subutex_believers_pct }% Subutex.
fact-no-amphetamine-no-subutex-caveat = No trace of ammonia either. But the study could not rule out that all the rocks analysed had been made with bicarbonate. Breathing in crack that still holds ammonia is toxic.
fact-no-amphetamine-no-subutex-takeaway = Keep your own pipe and mouthpiece, and never lend them. CAARUD give free kits.

fact-effects-come-from-cocaine-belief = “A racing heart, anxiety, a clenched jaw: that's the cutting agents.”
fact-effects-come-from-cocaine-finding = No: these are effects of the cocaine itself. Depending on the effect, { $believers_low_pct } to { $believers_high_pct }% of the users asked thought otherwise.
fact-effects-come-from-cocaine-takeaway = If these effects come, take a break and use less. Eat, drink water, rest.

fact-real-cutting-agents-belief = “I know what is in my rock.”
fact-real-cutting-agents-finding = The cutting agents found are mainly those of powder cocaine: levamisole, in { $levamisole_pct }% of rocks, and phenacetin, in { $phenacetin_pct }%. Asked, only { $levamisole_named_pct }% of users named levamisole. Levamisole can cause rare but serious blood problems. As phenacetin is not in every rock, and given the amounts smoked, its risk seems very low.
fact-real-cutting-agents-takeaway = Keep your own gear and never share it. CAARUD give free kits.

fact-price-of-pure-cocaine-belief = “Crack is cheaper than powder.”
fact-price-of-pure-cocaine-finding = According to users, a rock costs €{ $average_price_eur } on average (median €{ $median_price_eur }). With the level measured, one gram of pure cocaine comes to around €{ $pure_gram_as_crack_eur } as crack (average €{ $pure_gram_average_eur }, median €{ $pure_gram_median_eur }). As powder, the OFDT estimates that gram at €{ $pure_gram_as_powder_eur } ({ $powder_estimate_year }, mainland France, from seizures).
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
quiz-basing-does-not-purify-statement = Basing cocaine removes the cutting agents.
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
rock-estimate-basis = We multiply the weight by the cocaine level measured in the laboratory. Of the { $rocks_analysed } rocks analysed, these levels are worked out on those that contained more than { $counted_above_pct }% cocaine: { $typical_level_pct }% on average, { $usual_low_pct } to { $usual_high_pct }% for half of them, and { $possible_low_pct } to { $possible_high_pct }% in all. We assume the level does not depend on the size of the rock.

present-title = Presentation mode
present-second-language = Second language
present-second-none = None
present-nav-label = Change card
present-previous = Previous
present-next = Next
present-position = Card { $number } of { $total }
present-hint = To change card: the buttons, the arrow keys, or swipe.
present-jump = Go to card
present-fullscreen = Full screen
present-fullscreen-exit = Leave full screen
print-title = Cards to print
print-intro = One card per half A4 page, readable in black and white, with the emergency numbers at the foot of every page. For two languages side by side, choose the second one.
print-button = Print

## Diary

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
diary-note-keyboard-hint = The phone's keyboard may remember the words typed here.
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
diary-pattern-peak = { $uses ->
    [one] Most often between { $from } and { $to } ({ $uses } time out of { $total }).
   *[other] Most often between { $from } and { $to } ({ $uses } times out of { $total }).
}
diary-pattern-with-others = With others: { $percent }% of the time.
diary-pattern-shared-pipe = Shared pipe: { $percent }% of the time.
diary-pattern-burns = Burns or cuts: { $percent }% of the time.
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
diary-goal-day-now = { $limit ->
    [0] Goal: not at all in a day.
    [one] Goal: no more than once a day.
   *[other] Goal: no more than { $limit } times a day.
}
diary-goal-week-now = { $limit ->
    [0] Goal: not at all in a week.
    [one] Goal: no more than once a week.
   *[other] Goal: no more than { $limit } times a week.
}
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
diary-goal-pause-done = The break is over: well done. If you use again, start with much less: your body is not used to it any more.
diary-goal-streak = Current run: { $current }. Best run: { $best }.
diary-goal-slip = Slips happen. What you kept still counts, and you can start again right now.
diary-help-text = Want to talk to someone? A CSAPA offers free support, without judgement. Drogues Info Service, the drugs helpline, answers every day (in French), free and anonymous.
diary-help-csapa = Find a CSAPA
diary-help-dis = Call Drogues Info Service (in French)
diary-settings-title = Diary settings
diary-budget-label = Weekly budget (€, empty = none)
diary-budget-saved = Budget saved.
diary-pin-title = Secret code
diary-protect-intro = With a code, the diary closes when Repère goes to the background, and the code is needed to open it.
diary-pin-warning = Careful: if you forget the code, nobody can open the diary, not even Repère. Only a backup file can then bring it back.
diary-pin-on = The diary is protected by a PIN.
diary-password-on = The diary is protected by a password.
diary-pin-auto-lock = { $minutes ->
    [one] It closes by itself when Repère stays in the background for more than a minute.
   *[other] It closes by itself when Repère stays in the background for more than { $minutes } minutes.
}
diary-secret-kind = What protects the diary
diary-secret-kind-pin = A PIN of 6 digits or more
diary-secret-kind-pin-protects = Against someone who picks up the phone: after a few mistakes, they must wait. But with a full copy of the phone, made with special tools, a 6-digit PIN can be found in a few minutes.
diary-secret-kind-password = A password of 10 characters or more, letters allowed
diary-secret-kind-password-protects = Against all that, and also against a full copy of the phone, if it is long and cannot be guessed: for example four unrelated words.
diary-secret-not-phone-code = Don't use the code that unlocks the phone: others may know it.
diary-pin-new = New PIN
diary-pin-again = The same PIN again
diary-password-new = New password
diary-password-again = The same password again
diary-pin-current = Current PIN
diary-password-current = Current password
diary-pin-set = Protect the diary
diary-pin-change = Change the code
diary-pin-changed = Code changed.
diary-pin-remove = Remove the code
diary-pin-remove-text = Without a code, the diary stays encrypted on this phone, but opens without asking anything. The current code is needed to remove it.
diary-pin-removed = Code removed. The diary now opens without a code.
diary-pin-set-done = Done. The diary is encrypted and tied to this phone: it takes this phone and your code to open it.
diary-pin-not-set = Nothing changed.
diary-weak-pin-short = At least { $count } digits.
diary-weak-password-short = At least { $count } characters.
diary-weak-export-short = For a file, at least { $count } characters: it travels without this phone's key.
diary-weak-too-long = Too long: 128 characters at most.
diary-weak-not-digits = A PIN has only digits. For letters, choose a password.
diary-weak-repeated = Too easy to guess: the same digits or letters come back.
diary-weak-sequence = Too easy to guess: digits or letters in a row.
diary-weak-date = Too easy to guess: it looks like a date or a year.
diary-weak-common = Too easy to guess: many people choose this one.
diary-pin-mismatch = The two are not the same.
diary-secret-tablet = In shared-tablet mode nothing is kept, so no code is needed.
diary-secret-busy = Something else is being done with the code. Try again in a moment.
diary-lock-now = Close the diary
diary-locked-title = Diary closed
diary-toast-noted = Noted at { $time }. It will be in the diary when you open it.
diary-locked-note-hint = No need to open the diary to note a use: it is encrypted and added when you open it.
diary-note-unavailable = A use cannot be noted without opening the diary. Open it with your code.
diary-note-full = Many uses are already waiting. Open the diary with your code to add them.
diary-note-altered = The key used to note while closed was changed: nothing was noted. Open the diary with your code.
diary-pin-label = PIN
diary-password-label = Password
diary-unlock = Open
diary-unlocking = Opening…
diary-closing = Closing…
diary-opening = Opening the diary…
diary-pin-wrong = That is not the right code.
diary-pin-wrong-wait = That is not the right code. Try again in { $seconds } s.
diary-pin-wait = Wait { $seconds } s before trying again.
diary-unlock-damaged = The code is right, but the saved diary is damaged. Nothing was erased. You can download its encrypted text to keep it.
diary-unlock-altered = This diary does not open with this phone's key: it was changed, or copied here from elsewhere. Nothing was erased.
diary-download-sealed = Download the encrypted text
diary-pin-forgot = Forgot the code?
diary-pin-forgot-text = Without the code, nobody can open the diary, not even Repère. You can erase everything and start again, then restore a backup if you have one.
diary-attempts-report = { $count ->
    [one] One wrong code was tried since the diary was last opened, on { $when }.
   *[other] { $count } wrong codes were tried since the diary was last opened, the last one on { $when }.
}
diary-notes-added = { $count ->
    [one] { $count } use noted while closed was added.
   *[other] { $count } uses noted while closed were added.
}
diary-notes-kept = { $count ->
    [one] One use noted while closed did not open: it was not added, but kept aside.
   *[other] { $count } uses noted while closed did not open: they were not added, but kept aside.
}
diary-notes-key-replaced = The key for noting while closed no longer matched the diary: someone may have wanted to know when you use. What was waiting is kept aside, and a new key was made.
diary-carried-over = The code was changed in another window. What was not saved yet here will be added when you open the diary.
diary-carry-added = { $count ->
    [0] The changes from another window were already in the diary.
    [one] { $count } use from another window was added.
   *[other] { $count } uses from another window were added.
}
diary-kept-copy-dropped = Changes kept in this tab could not be added: the code has changed since.
diary-weak-secret-notice = Your code is short or easy to guess. Choose a new one in the diary settings.
diary-must-protect = The new diary is saved only once it is protected: choose a code in the diary settings.
diary-backup-reminder = Only a password-protected backup file keeps the diary if you change phones, or if the browser clears its data.
diary-backup-make = Make a backup
diary-backup-later = Later
diary-unreadable-title = This diary does not open here
diary-unreadable-device-lost = Its key is not in this browser: the diary was made on another phone or browser, or part of Repère's data was cleared.
diary-unreadable-device-unavailable = This browser does not let Repère open its safe storage right now (private browsing, or site data blocked?). Try again in a normal window.
diary-unreadable-future = This diary was saved by a newer version of Repère. Close Repère and open it again with internet to update it.
diary-unreadable-damaged = The code-protected diary is damaged.
diary-unreadable-replaced = The diary was protected by a code, and it was replaced or removed. Someone may have tampered with this phone's data.
diary-unreadable-kept = Nothing is erased: its text is kept as it is, and you can download it.
diary-start-again-title = Start again
diary-start-again-text = You can start a new diary, then restore a backup into it if you have one. The old text stays kept aside.
diary-start-again-protected = The old diary had a code, so the new one will have one too.
diary-start-again = Start a new diary
diary-memory-only-blocked = This browser keeps nothing for Repère (site data blocked, or private browsing). The diary works, but it disappears when the page is closed.
diary-memory-only-unsafe = This browser cannot keep the diary safely. The diary works, but it disappears when the page is closed.
diary-tablet-title = Shared tablet
diary-tablet-text = On a device other people use: the diary stays in memory and is never saved. It disappears when the page is closed.
diary-tablet-turn-on = Turn on shared-tablet mode
diary-tablet-turn-off = Turn off shared-tablet mode
diary-tablet-on = Shared-tablet mode: nothing is saved on this device. Everything disappears when the page is closed.
diary-tablet-not-with-secret = Not with a code: remove the code first.
diary-wipe-title = Erase everything
diary-wipe-text = Erases what Repère keeps in this browser: the diary, its code, its copies and its key, in every open window. Backup files and the browser history stay: delete them yourself.
diary-wipe = Erase everything
diary-wipe-confirm-text = Really erase everything? What Repère keeps here cannot be recovered.
diary-wipe-confirm = Yes, erase everything
diary-data-title = Back up or restore
diary-export-text = Keep a copy of the diary in a file, to restore it later or on another phone.
diary-export-warning = Anyone can read a file without a password. It stays in your downloads, even after "Erase everything".
diary-export-json = Full file (JSON)
diary-export-csv = Spreadsheet (CSV)
diary-export-sealed-title = Password-protected file
diary-export-password = File password
diary-export-password-hint = At least 12 characters. Write it down somewhere else: without it, the file does not open.
diary-export-sealed = Download the protected file
diary-export-plain-title = File without a password
diary-export-plain-needs-secret = First enter the diary's code.
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
diary-import-device-bound = This file is a diary's internal copy: it only opens on its own phone. Make a backup from that phone.
diary-storage-full = The phone's space for Repère is full: the last change is not saved yet.
diary-storage-unavailable = This browser does not let Repère save anything (private browsing?).
diary-storage-kept = Nothing is lost while the page stays open. Repère keeps trying. To be safe, back up to a file.
diary-damaged-found = The saved diary was damaged.
diary-damaged-kept = Its text is kept aside, untouched. You can download it to keep it.
diary-damaged-not-moved = Its text stays where it was, untouched: there is no room to set it aside. Nothing will write over it.
diary-damaged-export = Download the damaged text
diary-crypto-unavailable = This browser cannot encrypt here.
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
finder-data-age = FINESS register, { $date }: places may have moved. Call before you go.
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
about-finess = Places that help: FINESS register of the French health ministry, extract of { $date }, Licence Ouverte 2.0. Places may have changed since: call before you go.
about-boundaries = Outlines of départements and towns: IGN Admin Express and INSEE, 2018, Licence Ouverte.
about-arrondissements = Paris arrondissements: Ville de Paris, ODbL licence.
about-stations = Stations: Île-de-France Mobilités, ODbL licence.
about-sintes = Figures on crack: the OFDT's SINTES Crack Observation survey, { $count } rocks analysed in { $first_year } and { $last_year }.
about-help = The “What to do” guide sums up these public sources in our own words; they were read on { $date }. The address of each page is in the guide.
about-help-link = See the guide and its sources
about-share-text = To put Repère on someone's phone, with no app store and no account.
share-intro = The person points their phone's camera at this code: it opens Repère.
share-qr-label = QR code of Repère's address: { $address }
share-address = If the code does not work, type this address:
share-network-once = Their phone needs the internet once (mobile data or Wi-Fi): open the address and keep the page open for a moment. After that, Repère works offline.
share-private = The code holds only Repère's address: nothing about you or this device.
share-install-title = Put it on the home screen
share-install-android = Android, in Chrome: open the address, tap the ⋮ menu, then “Install app” or “Add to Home screen”.
share-install-ios = iPhone, in Safari: open the address, tap Share (the square with an arrow), then “Add to Home Screen”.
share-send = Send the address
about-credits = Source credits:

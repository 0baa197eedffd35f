# Repère, English. French (locales/fr) is the reference.

## Shell

app-name = Repère
skip-to-content = Skip to content
nav-home = Home
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

## Placeholder screens

coming-title = Coming soon
coming-text = This part of Repère is being built. It will come in a next version.
facts-title = The truth about crack
finder-title = Find help
diary-title = My diary

## Not found and crash

not-found-title = Page not found
not-found-text = This page does not exist in Repère.
crash-title = Something went wrong
crash-text = Repère hit an error. Your data stayed on this phone.
crash-reload = Reload

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
rock-typical = about { $typical_mg } mg of cocaine
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

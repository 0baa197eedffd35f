# Repère, wolof. Li ci làkku français (locales/fr) mooy misaal bi.

## Shell

app-name = Repère
skip-to-content = Dem ci li ci biir
nav-home = Njëlbéen
nav-back-home = Dellu ci njëlbéen
nav-about = Ci mbirum Repère
language-label = Làkk

## Emergency bar (tel: links, always visible)

emergency-label = Ndimbal bu gaaw, woote bu amul pay
emergency-samu-number = 15
emergency-samu-name = Ambulaas
emergency-eu-number = 112
emergency-eu-name = Ndimbal bu gaaw
emergency-dis-number = 0800 23 13 13
emergency-dis-name = Drogues Info Service

## Home

home-title = Lan nga bëgg def?
home-facts-title = Dëgg-dëgg ci crack
home-facts-text = Li ñu gis ci { $count } doj yu ñu saytu.
home-finder-title = Wut ndimbal fu jege
home-finder-text = CAARUD ak CSAPA yu Île-de-France, bu internet amul it.
home-diary-title = Sama kàrne
home-diary-text = Yaw rekk. Mi ngi des ci telefon bii.
home-private-note = Repère dafay dox bu internet amul, te du yónnee dara.

## Placeholder screens

coming-title = Dina ñëw ci kanam
coming-text = Wàll bii ci Repère ñu ngi koy defar. Dina ñëw ci sumb bu topp.
facts-title = Dëgg-dëgg ci crack
finder-title = Wut ndimbal
diary-title = Sama kàrne

## Not found and crash

not-found-title = Xët wii amul
not-found-text = Xët wii nekkul ci Repère.
crash-title = Am na lu baaxul
crash-text = Repère am na njuumte. Say xibaar des nañu ci telefon bii.
crash-reload = Tambali waat

## Facts

facts-intro = Benn laboratoire saytu na { $count } doj crack yu ñi koy tux indi ci Île-de-France. Li mu gis a ngi nii.
facts-nav-label = Ci wàll wii
facts-nav-cards = Jàng kart yi
facts-nav-rock = Sama doj: ñaata cocaïne?
facts-nav-quiz = Laaj-laaj: dëgg walla du dëgg?
facts-nav-present = Wone ko (tablette)
facts-back = Dellu ci dëgg-dëgg ci crack

fact-label-belief = Nit ñi dañuy wax
fact-label-finding = Li saytu bi won
fact-label-caveat = Li nga war a xam
fact-label-takeaway = Li nga mën a def
fact-source = Fi mu jóge:
fact-finder-link = Wut CAARUD fu jege
fact-listen = Déglu

fact-basing-does-not-purify-belief = «Baase cocaïne dafay set ko.»
fact-basing-does-not-purify-finding = Baase mën na dëgëral cocaïne bi, waaye lu ñu boole ci poudre bi dafay des ci crack bi.
fact-basing-does-not-purify-takeaway = Crack gënul a set poudre. Tàmbalil ak tuuti.

fact-size-tells-amount-belief = «Njëg gi dafay wone ñaata cocaïne moo nekk ci doj bi.»
fact-size-tells-amount-finding = Li gën a am solo mooy mag ga: lu doj bi gën a diis, lu mu gën a am cocaïne. Lëkkaloo bi dafa dëgër (corrélation { $weight_correlation }). Ak njëg gi, lëkkaloo bi néew na lool ({ $price_correlation }).
fact-size-tells-amount-takeaway = Seetal mag ga doj bi, bañ a seet njëg gi. Bu doj bi magee, tàmbalil ak tuuti.

fact-looks-dont-tell-belief = «Doj bu baax, dangay xam ko ci melokaanam walla ci ki koy jaay.»
fact-looks-dont-tell-finding = Melokaan bi, ki koy jaay, walla fi ñu ko jënde: benn ci ñoom waxul li nekk ci doj bi. Ñi koy tux dañoo defe ne am na { $estimated_level_pct } % cocaïne ci moyenne. Ci dëgg, { $real_level_pct } % la woon.
fact-looks-dont-tell-takeaway = Doj mën na gën a dëgër li nga xalaat. Saa su nekk, tàmbalil ak tuuti.

fact-rocks-smaller-than-said-belief = «Doj dafay diis { $said_weight_mg } mg walla lu ko ëpp.»
fact-rocks-smaller-than-said-finding = Ci laboratoire bi, doj yi dañoo diisoon { $average_weight_mg } mg ci moyenne: lu néew lool. Lu jege { $share_100_to_150_mg_pct } % ci doj yi diisoon nañu diggante { $share_low_mg } ak { $share_high_mg } mg.
fact-rocks-smaller-than-said-takeaway = Doj bu ndaw dafay gaaw a jeex, te dangay bëgg a jënd beneen. Ci diggante yi, lekkal, naanal ndox te noppalu.

fact-content-high-and-steady-belief = «Cocaïne bi dafay wuute lool ci benn doj ba ci beneen.»
fact-content-high-and-steady-finding = Cocaïne bi bari na ba noppi, te wuuteewul lool: genn-wàllu doj yi amoon nañu { $half_low_pct } ba { $half_high_pct } % cocaïne (moyenne { $average_level_pct } %, médiane { $median_level_pct } %). Li gën a wuute mooy dayob cocaïne bi ci doj bi: { $min_amount_mg } ba { $max_amount_mg } mg, { $average_amount_mg } mg ci moyenne (médiane { $median_amount_mg } mg).
fact-content-high-and-steady-takeaway = Doj bi, dañuy faral di ko tux ba mu jeex: mag ga moo tëral li ngay jël. Tàmbalil ak tuuti.

fact-no-amphetamine-no-subutex-belief = «Crack, dañu ciy boole amphétamine walla Subutex.»
fact-no-amphetamine-no-subutex-finding = Amul benn doj bu ñu saytu bu amoon amphétamine walla Subutex® (buprénorphine). Teewul { $amphetamine_believers_pct } % ci ñi ñu laaj dañoo defe ne amphétamine a ngi ci, te { $subutex_believers_pct } % defe ne Subutex a ngi ci.
fact-no-amphetamine-no-subutex-caveat = Gisuñu ammoniaque it. Waaye saytu bi mënul woon a dindi ne doj yi ñu saytu yépp, bicarbonate lañu leen defare. Tux crack bu ammoniaque des ci, dafay lor.
fact-no-amphetamine-no-subutex-takeaway = Yorel sa pip ak sa bopp pip, bul leen abal kenn mukk. CAARUD yi dañuy joxe kit yu amul pay.

fact-effects-come-from-cocaine-belief = «Xol buy gaaw a dal, tiit, gémmiñ guy tëju: lu ñu ci boole moo koy indi.»
fact-effects-come-from-cocaine-finding = Déedéet: cocaïne bi ci boppam moo koy indi. Ci li mu doon, { $believers_low_pct } ba { $believers_high_pct } % ci ñi koy tux dañoo defe ne du noonu.
fact-effects-come-from-cocaine-takeaway = Bu loolu dikkee, taxawal tuuti te wàññi li ngay jël. Lekkal, naanal ndox, noppalu.

fact-real-cutting-agents-belief = «Xam naa li nekk ci sama doj.»
fact-real-cutting-agents-finding = Lu ñu boole ci doj yi, ñoo ngi nekk it ci cocaïne poudre: lévamisole, ci { $levamisole_pct } % ci doj yi, ak phénacétine, ci { $phenacetin_pct } %. { $levamisole_named_pct } % rekk ci ñi koy tux ñoo tudd lévamisole. Lévamisole mën na indi jàngoro ci deret, yu barewul waaye yu metti. Ci dayo bi ñu gis, musibab phénacétine dafa néew lool.
fact-real-cutting-agents-takeaway = Yorel sa jumtukaay, bul ko séddoo kenn mukk. CAARUD yi dañuy joxe kit yu amul pay.

fact-price-of-pure-cocaine-belief = «Crack moo gën a yomb poudre.»
fact-price-of-pure-cocaine-finding = Doj dafay jar { $average_price_eur } € ci moyenne (médiane { $median_price_eur } €). Waaye benn gramme cocaïne bu set, ci crack, dafay tollu ci { $pure_gram_as_crack_eur } € (moyenne { $pure_gram_average_eur } €, médiane { $pure_gram_median_eur } €). Ci poudre, gramme boobu dañu ko xayma ci { $pure_gram_as_powder_eur } €.
fact-price-of-pure-cocaine-takeaway = Bul fey sa jumtukaay: CAARUD yi dañuy joxe pip, bopp pip ak kit yu amul pay. Bul séddoo sa pip kenn mukk.

quiz-title = Dëgg walla du dëgg?
quiz-intro = Benn kàddu ci yoon wu nekk. Waxal ndax dëgg la walla du dëgg.
quiz-progress = Laaj { $number } ci { $total }
quiz-true = Dëgg
quiz-false = Du dëgg
quiz-right = Yaa ko am!
quiz-wrong = Déedéet, du loolu.
quiz-it-is-true = Dëgg la.
quiz-it-is-a-myth = Du dëgg: lu nit ñi defe rekk la.
quiz-next = Laaj bi ci topp
quiz-see-score = Seet li ma am
quiz-end-title = Jeex na!
quiz-score = { $score } tontu yu baax ci { $total }.
quiz-again = Waat ko
quiz-private = Dara du denc: say tontu dañuy far bu nga génnee ci xët wi.
quiz-basing-does-not-purify-statement = Baase cocaïne dafay gën a set ko.
quiz-size-tells-amount-statement = Ci lu ëpp, lu doj bi gën a mag, lu mu gën a am cocaïne.
quiz-looks-dont-tell-statement = Mën nga xam doj bu baax ci melokaanam walla ci ki koy jaay.
quiz-rocks-smaller-than-said-statement = Doj dafay diis { $said_weight_mg } mg walla lu ko ëpp.
quiz-content-high-and-steady-statement = Genn-wàllu doj yi am nañu { $half_low_pct } ba { $half_high_pct } % cocaïne.
quiz-no-amphetamine-no-subutex-statement = Crack, dañu ciy boole amphétamine walla Subutex.
quiz-effects-come-from-cocaine-statement = Xol buy gaaw a dal ak gémmiñ guy tëju, cocaïne bi ci boppam moo koy indi.
quiz-real-cutting-agents-statement = Li ëpp ci doj yi am nañu lévamisole.
quiz-price-of-pure-cocaine-statement = Ci benn gramme cocaïne bu set, crack moo gën a seer poudre.

rock-title = Ñaata cocaïne moo nekk ci sama doj?
rock-intro = Bësal nataal bi gën a niróo ak sa doj, walla bindal diisaayam bu nga ko xamee.
rock-pick-title = Tànnal mag ga
rock-ref-lightest = Bi gën a woyof ci yi ñu saytu
rock-ref-median = Genn-wàll gën a woyof
rock-ref-average = Diisaay bu moyenne
rock-ref-said = Li nit ñi wax
rock-ref-heaviest = Bi gën a diis ci yi ñu saytu
rock-amount-mg = { $amount_mg } mg
rock-drawings-note = Nataal yi dañuy méngale doj yi. Du seen mag ci dëgg.
rock-weight-label = Diisaayu doj bi, ci milligramme (mg)
rock-error-not-a-number = Bindal diisaay bi ak ay chiffre.
rock-error-not-positive = Diisaay bi war na ëpp zéro.
rock-error-too-heavy = Loolu diis na lool ngir doj. Bindal diisaay bu ëppul { $max_weight_mg } mg.
rock-result-title = Ci doj bii
rock-typical = lu tollu ci { $typical_mg } mg cocaïne
rock-legend-typical = Ci lu ëpp: lu tollu ci { $typical_mg } mg
rock-legend-usual = Ci genn-wàllu doj yi: { $usual_low_mg } ba { $usual_high_mg } mg
rock-legend-possible = Bi gën a néew ba bi gën a set: { $possible_low_mg } ba { $possible_high_mg } mg
rock-estimate = Doj bu diis { $weight_mg } mg, ci lu ëpp dafay am lu tollu ci { $typical_mg } mg cocaïne, lu bari { $usual_low_mg } ba { $usual_high_mg } mg, te ci doj bu nekk { $possible_low_mg } ba { $possible_high_mg } mg.
rock-estimate-beyond-survey = Moytul: doj yi ñu saytu diisoon nañu { $lightest_rock_mg } ba { $heaviest_rock_mg } mg. Ci diisaay bii, xayma bi wóorul lool.
rock-takeaway = Lu doj bi gën a mag, lu mu gën a am cocaïne. Tàmbalil ak tuuti.
rock-basis-title = Naka lañu koy xayme
rock-estimate-basis = Dañuy ful diisaay bi ak dayob cocaïne bi ñu natt ci { $rocks_analysed } doj yi ñu saytu: { $typical_level_pct } % ci moyenne, { $usual_low_pct } ba { $usual_high_pct } % ci genn-wàllu doj yi, te { $possible_low_pct } ba { $possible_high_pct } % ci ñoom ñépp. Dañu defe ne dayob cocaïne bi aajul ci mag ga doj bi. Xayma yii, ci doj yi amoon lu ëpp { $counted_above_pct } % cocaïne lañu leen defe.

present-title = Wone ko
present-second-language = Ñaareelu làkk
present-second-none = Dara
present-nav-label = Soppi kart
present-previous = Ginnaaw
present-next = Kanam
present-position = Kart { $number } ci { $total }
present-hint = Ngir soppi kart: butoŋ yi, fetal yi ci klawie bi, walla yëngal sa baaraam ci kaw ekraŋ bi.

# Repère, wolof. Li ci làkku français (locales/fr) mooy misaal bi.

## Shell

app-name = Repère
skip-to-content = Dem ci li ci biir
nav-back-home = Dellu ci njëlbéen
nav-about = Ci mbirum Repère
language-label = Làkk
leave-now = Génn
copy-address = Duppi adrees bi
copy-address-done = Duppi nañu adrees bi.
copy-address-failed = Mënuñu ko duppi. Adrees bi, bind nañu ko ci kaw.
share-title = Jox Repère

## Emergency bar (tel: links, always visible)

emergency-label = Ndimbal bu gaaw, woote bi gratuit la
emergency-samu-number = 15
emergency-samu-name = Ambulaas
emergency-eu-number = 112
emergency-eu-name = Ndimbal bu gaaw
emergency-dis-number = 0800 23 13 13
emergency-dis-name = Drogues Info Service
emergency-help = Lan laa wara def?

## Home

home-title = Lan nga bëgg a def?
home-facts-title = Dëgg gi ci crack
home-facts-text = Li njàng mi gis ci { $count } doj yu ñu saytu.
home-finder-title = Wut ndimbal fu jege
home-finder-text = CAARUD ak CSAPA yu Île-de-France, su internet amul sax.
home-diary-title = Sama kàrne
home-diary-text = Ngir yaw rekk la. Dafay des ci telefon bii.
home-help-title = Lan laa wara def bu musiba amee?
home-help-text = Kañ lañuy woo 15, li ñuy jëkk a def, tux te wàññi musiba.
home-private-note = Repère dafay dox bu internet amul, te du yónnee dara.

## Screen titles

facts-title = Dëgg gi ci crack
finder-title = Wut ndimbal
diary-title = Sama kàrne

## Not found and crash

not-found-title = Gisuñu xët wi
not-found-text = Xët wii nekkul ci Repère.
crash-title = Am na lu baaxul
crash-text = Repère am na njuumte. Li nga denc des na ci telefon bii.
crash-reload = Tàmbaliwaat
sw-offline-text = Repère mënul a ubbiku bu internet amul. Bu nga amee internet, tàmbaliwaat xët wi.
screen-loading = Nu ngi ubbi xët wi…
start-failed = Repère mënul a tàmbali. Tàmbaliwaat xët wi, ak internet bu mënee. Nimero yi ci ndimbal bu gaaw ak « Lan laa wara def? » dañuy dox ba tey.

## Facts

facts-intro = Benn laboratoire saytu na { $count } doju crack, yu ñi koy tux ci Île-de-France indi; ñoom itam tontu nañu ay laaj. Li njàng mi gis a ngi nii.
facts-nav-label = Ci wàll wii
facts-nav-cards = Jàng kart yi
facts-nav-rock = Sama doj: ñaata cocaïne la am?
facts-nav-quiz = Laaj-laaj: dëgg walla du dëgg?
facts-nav-present = Wone ko (tablet)
facts-nav-print = Kart yi ñuy génne ci kayit
facts-back = Dellu ci dëgg gi ci crack

fact-label-belief = Li nit ñi di wax
fact-label-finding = Li njàng mi wone
fact-label-caveat = Li nga war a xam
fact-label-takeaway = Li nga mën a def
fact-source = Fi mu jóge:
fact-finder-link = Wut CAARUD fu jege
fact-listen = Déglu
fact-origin-label = Fi lim yi jóge:
fact-origin-lab = saytu doj yi ci laboratoire
fact-origin-questionnaire = li ñi koy tux tontu ci laaj yi
fact-origin-price-and-lab = njëg yi ñu fey ak taux yi ñu natt
fact-origin-seizures = xayma OFDT, ci li alkaati yi jàpp
fact-origin-hearsay = li ñuy wax (jaaykat yi, kayitu alkaati)
fact-table-note = Taux, diisaay ak njëg: ñu ngi leen lim ci doj yi amoon lu ëpp { $counted_above_pct } % cocaïne.

fact-basing-does-not-purify-belief = «Baser cocaïne dafay setal ko.»
fact-basing-does-not-purify-finding = Baser mën na tax cocaïne bi gën a bari ci biir, waaye lu ñu ci boole ci poudre bi dafay des ci crack bi.
fact-basing-does-not-purify-takeaway = Crack gënul a set poudre. Tàmbalil ak tuuti.

fact-size-tells-amount-belief = «Njëg gi dafay wone ñaata cocaïne la doj bi am.»
fact-size-tells-amount-finding = Li gën a am solo mooy dayob doj bi: lu doj bi gën a diis, lu mu gën a am cocaïne. Lëkkaloo bi dafa dëgër (natt bi: { $weight_correlation }). Ak njëg gi, lëkkaloo bi gën a néew lool ({ $price_correlation }).
fact-size-tells-amount-takeaway = Xoolal dayob doj bi, bañ a xool njëgam. Bu doj bi rëyee, tàmbalil ak tuuti.

fact-looks-dont-tell-belief = «Doj bu baax, dangay xam ko ci melokaanam walla ci ki koy jaay.»
fact-looks-dont-tell-finding = Melokaan bi, ki koy jaay, fi ñu ko jënde: lenn ci loolu du wax li nekk ci doj bi. Ñi ñu laaj dañoo defe ne doj bi am na lu tollu ci { $estimated_level_pct } % cocaïne. Laboratoire bi natt na ko: lu tollu ci { $real_level_pct } % la woon.
fact-looks-dont-tell-takeaway = Doj mën na am doole lu ëpp li nga defe. Saa su nekk, tàmbalil ak tuuti.

fact-rocks-smaller-than-said-belief = «Doj dafay diis { $said_weight_mg } mg walla lu ko ëpp.»
fact-rocks-smaller-than-said-finding = Bi ñu leen nattee ci laboratoire bi, doj yi diisoon nañu lu tollu ci { $average_weight_mg } mg: lu gën a néew lool li ñu wax. Lu jege { $share_100_to_150_mg_pct } % ci doj yi diisoon nañu diggante { $share_low_mg } ak { $share_high_mg } mg.
fact-rocks-smaller-than-said-takeaway = Doj bu ndaw dafay gaaw a jeex, te dangay bëgg a jënd beneen. Ci diggante ñaari yoon, lekkal, naanal ndox te noppalu.

fact-content-high-and-steady-belief = «Cocaïne bi dafay wuute lool ci benn doj ba ci beneen.»
fact-content-high-and-steady-finding = Taux cocaïne bi kawe na ba noppi, te dafay soppiku, waaye du lool: { $min_level_pct } ba { $max_level_pct } %, te genn-wàllu doj yi amoon nañu { $half_low_pct } ba { $half_high_pct } % cocaïne (lu tollu ci { $average_level_pct } %; genn-wàllu doj yi amoon nañu lu gën a néew { $median_level_pct } %). Li gën a soppiku mooy dayob cocaïne bi ci doj bi: { $min_amount_mg } ba { $max_amount_mg } mg, lu tollu ci { $average_amount_mg } mg (genn-wàll gi, lu gën a néew { $median_amount_mg } mg).
fact-content-high-and-steady-takeaway = Doj bi, dañuy faral di ko tux ba mu jeex: kon li ngay jël, ci dayob doj bi la aju. Tàmbalil ak tuuti.

fact-no-amphetamine-no-subutex-belief = «Crack, dañu ciy boole amphétamine walla Subutex.»
fact-no-amphetamine-no-subutex-finding = Amul benn doj bu ñu saytu bu amoon amphétamine walla Subutex® (buprénorphine). Teewul { $amphetamine_believers_pct } % ci ñi ñu laaj dañoo defe ne amphétamine a ngi ci, te { $subutex_believers_pct } % defe ne Subutex a ngi ci.
fact-no-amphetamine-no-subutex-caveat = Gisuñu ammoniaque it. Waaye mën na am ne doj yi ñu saytu yépp, bicarbonate lañu leen defare; kon ammoniaque mën na des ci yeneen doj. Tux crack bu ammoniaque des ci, dafay lor yaram bi.
fact-no-amphetamine-no-subutex-takeaway = Yoral sa pip ak sa embout, bul leen abal kenn mukk. CAARUD yi dañuy joxe kit gratuit.

fact-effects-come-from-cocaine-belief = «Xol buy gaaw lool, tiitaange, bëñ yuy bësante: lu ñu ci boole moo koy indi.»
fact-effects-come-from-cocaine-finding = Déedéet: cocaïne bi ci boppam moo koy indi. { $believers_low_pct } ba { $believers_high_pct } % ci ñi ñu laaj (mu aju ci yëf bi) dañoo defe ne lu ñu ci boole la.
fact-effects-come-from-cocaine-takeaway = Bu loolu dikkee, taxawal tuuti te wàññi li ngay jël. Lekkal, naanal ndox, noppalu.

fact-real-cutting-agents-belief = «Xam naa li nekk ci sama doj.»
fact-real-cutting-agents-finding = Lu ñu ci boole te ñu gis ko, li ëpp ci ñoom ñoo ngi nekk it ci cocaïne poudre: lévamisole, ci { $levamisole_pct } % ci doj yi, ak phénacétine, ci { $phenacetin_pct } %. Ci ñi ñu laaj, { $levamisole_named_pct } % rekk ñoo tudd lévamisole. Lévamisole mën na indi ay jàngoro ci deret, yu bariwul waaye yu metti. Phénacétine nekkul ci doj yépp, te ci li ñuy tux, mel na ni lorul lu bari.
fact-real-cutting-agents-takeaway = Yoral sa jumtukaay, bul ko séddoo ak kenn mukk. CAARUD yi dañuy joxe kit gratuit.

fact-price-of-pure-cocaine-belief = «Crack moo gën a yomb poudre.»
fact-price-of-pure-cocaine-finding = Ñi koy tux nee nañu doj dafay jar lu tollu ci { $average_price_eur } € (genn-wàllu doj yi, lu gën a néew { $median_price_eur } €). Ak taux bi ñu natt, benn garaam cocaïne bu set, ci crack, dafay tollu ci { $pure_gram_as_crack_eur } € (lu tollu ci { $pure_gram_average_eur } €; genn-wàll gi, lu gën a néew { $pure_gram_median_eur } €). Ci poudre, OFDT xayma na garaam boobu ci { $pure_gram_as_powder_eur } € ({ $powder_estimate_year }, Faraans, ci li alkaati yi jàpp).
fact-price-of-pure-cocaine-takeaway = Bul fey sa jumtukaay: CAARUD yi dañuy joxe pip, embout ak kit gratuit. Bul séddoo sa pip ak kenn mukk.

quiz-title = Dëgg walla du dëgg?
quiz-intro = Benn kàddu ci yoon wu nekk. Waxal ndax dëgg la walla du dëgg.
quiz-progress = Laaj { $number } ci { $total }
quiz-true = Dëgg
quiz-false = Du dëgg
quiz-right = Tontu bu baax!
quiz-wrong = Du noonu.
quiz-it-is-true = Dëgg la.
quiz-it-is-a-myth = Du dëgg: lu nit ñi defe rekk la.
quiz-next = Laaj bi ci topp
quiz-see-score = Seet li ma am
quiz-end-title = Jeex na!
quiz-score = { $score ->
    [1] { $score } tontu bu baax ci { $total }.
   *[other] { $score } tontu yu baax ci { $total }.
}
quiz-again = Defaat ko
quiz-private = Duñu denc dara: say tontu dinañu réer bu nga génnee xët wi.
quiz-basing-does-not-purify-statement = Bu ñu baser cocaïne, lu ñu ci boole dafay génn.
quiz-size-tells-amount-statement = Ci lu ëpp, lu doj bi gën a rëy, lu mu gën a am cocaïne.
quiz-looks-dont-tell-statement = Mën nga xam doj bu baax ci melokaanam walla ci ki koy jaay.
quiz-rocks-smaller-than-said-statement = Doj dafay diis { $said_weight_mg } mg walla lu ko ëpp.
quiz-content-high-and-steady-statement = Genn-wàllu doj yi am nañu { $half_low_pct } ba { $half_high_pct } % cocaïne.
quiz-no-amphetamine-no-subutex-statement = Crack, dañu ciy boole amphétamine walla Subutex.
quiz-effects-come-from-cocaine-statement = Xol buy gaaw lool ak bëñ yuy bësante, cocaïne bi ci boppam moo koy indi.
quiz-real-cutting-agents-statement = Li ëpp ci doj yi am nañu lévamisole.
quiz-price-of-pure-cocaine-statement = Ci benn garaam cocaïne bu set, crack moo gën a seer poudre.

rock-title = Ñaata cocaïne la sama doj am?
rock-intro = Bësal nataal bi gën a niru sa doj, walla bindal diisaayam bu nga ko xamee.
rock-pick-title = Tànnal benn dayo
rock-ref-lightest = Bi gën a woyof ci yi ñu saytu
rock-ref-median = Genn-wàll gi gën ko woyof
rock-ref-average = Diisaay bu diggante
rock-ref-said = Diisaay bi nit ñi di wax
rock-ref-heaviest = Bi gën a diis ci yi ñu saytu
rock-amount-mg = { $amount_mg } mg
rock-drawings-note = Nataal yi dañuy méngale doj yi. Du seen dayo ci dëgg.
rock-weight-label = Diisaayu doj bi, ci mg
rock-error-not-a-number = Bindal diisaay bi ak ay siifar.
rock-error-not-positive = Diisaay bi war na ëpp zéro.
rock-error-too-heavy = Loolu dafa diis lool ngir doj. Bindal diisaay bu ëppul { $max_weight_mg } mg.
rock-result-title = Ci doj bii
rock-typical = Lu tollu ci { $typical_mg } mg cocaïne
rock-legend-typical = Ci lu ëpp: lu tollu ci { $typical_mg } mg
rock-legend-usual = Ci genn-wàllu doj yi: { $usual_low_mg } ba { $usual_high_mg } mg
rock-legend-possible = Bi gën a néew doole ba bi gën a am doole: { $possible_low_mg } ba { $possible_high_mg } mg
rock-estimate = Doj bu diis { $weight_mg } mg, ci lu ëpp dafay am lu tollu ci { $typical_mg } mg cocaïne. Dafay faral di am { $usual_low_mg } ba { $usual_high_mg } mg, te mu aju ci doj bi, { $possible_low_mg } ba { $possible_high_mg } mg.
rock-estimate-beyond-survey = Moytul: doj yi ñu saytu diisoon nañu { $lightest_rock_mg } ba { $heaviest_rock_mg } mg. Ci diisaay bii, xayma bi wóorul bu baax.
rock-takeaway = Lu doj bi gën a rëy, lu mu gën a am cocaïne. Tàmbalil ak tuuti.
rock-basis-title = Naka lanu koy xayma
rock-estimate-basis = Danuy ful diisaay bi ak taux cocaïne bi laboratoire bi natt. Ci { $rocks_analysed } doj yi ñu saytu, taux yooyu ñu ngi leen lim ci doj yi amoon lu ëpp { $counted_above_pct } % cocaïne: lu tollu ci { $typical_level_pct } %, { $usual_low_pct } ba { $usual_high_pct } % ci genn-wàllu doj yi, te { $possible_low_pct } ba { $possible_high_pct } % ci yépp. Danu defe ne taux cocaïne bi ajuwul ci dayob doj bi.

present-title = Wone ko
present-second-language = Ñaareelu làkk
present-second-none = Amul
present-nav-label = Soppi kart
present-previous = Bi ci jiitu
present-next = Bi ci topp
present-position = Kart { $number } ci { $total }
present-hint = Ngir soppi kart: butoŋ yi, fett yi ci klawie bi, walla yëngal sa baaraam ci kaw ekraŋ bi.
present-jump = Dem ci kart
present-fullscreen = Ekraŋ bi yépp
present-fullscreen-exit = Génn ci ekraŋ bi yépp
print-title = Kart yi ñuy génne ci kayit
print-intro = Benn kart ci genn-wàllu xët A4. Bu ñu ko génnee ci ñuul ak weex sax, mën nañu ko jàng. Nimero yi ci ndimbal bu gaaw ñu ngi ci suufu xët wu nekk. Ngir am ñaari làkk, benn ci wetu beneen, tànnal ñaareelu làkk bi.
print-button = Génne ci kayit

## Diary

diary-private-note = Kàrne bii ci telefon bii rekk la des. Repère du ko yónnee fenn.
diary-log-title = Bind
diary-used-now = Léegi laa jëfandikoo
diary-since-last = Yoon wu mujj:
diary-empty = Amagul dara fii. Bësal butoŋ bi benn yoon, doy na.
diary-duration-minutes = am na { $minutes } minit
diary-duration-hours = am na { $hours } waxtu ak { $minutes } minit
diary-duration-days = am na { $days } fan ak { $hours } waxtu
diary-past-title = Bind benn yoon bu weesu
diary-past-save = Bind yoon wii
diary-past-incomplete = Bindal bés bi ak waxtu wi.
diary-past-future = Waxtu woowu jotagul.
diary-field-date = Bés
diary-field-time = Waxtu
diary-toast-recorded = Bind nañu ko ci { $time }.
diary-toast-deleted = Far nañu ko.
diary-toast-undone = Dindi nañu ko.
diary-toast-saved = Denc nañu ko.
diary-add-details = Yokk ay leeral
diary-undo = Dindi
diary-close = Tëj
diary-cancel = Bàyyi
diary-save = Denc
diary-delete = Far
diary-edit = Soppi
diary-yes = Waaw
diary-no = Déedéet
diary-not-said = Waxuloo ko
diary-details-title = Leeral yi
diary-details-hint = Dara warul. Bindal li nga bëgg, léegi walla ci ginnaaw.
diary-field-amount = Dayo
diary-field-unit = Natt
diary-unit-rocks = doj
diary-unit-mg = mg
diary-field-spent = Xaalis bi nga jënde (€)
diary-field-route = Naka nga ko jële
diary-route-smoked = Tux ak pip
diary-route-inhaled = Noyyi ko
diary-route-injected = Jam ko (piqûre)
diary-route-other = Yeneen
diary-field-company = Yaw rekk walla ak ñeneen
diary-company-alone = Man rekk
diary-company-others = Ak ñeneen
diary-field-shared-pipe = Pip bu ñu bokk
diary-field-burns = Lakk walla dagg
diary-field-craving = Bëgg-bëgg (0 = amul, 10 = bu metti lool)
diary-field-slept = Nelaw
diary-field-ate = Lekk
diary-field-note = Li nga bind
diary-note-keyboard-hint = Klawie telefon bi mën na fàttaliku baat yi nga fi bind.
diary-rocks = { $count } doj
diary-mg = { $count } mg
diary-euros = { $amount } €
diary-at-least = lu mu néew néew { $amount }
diary-list-title = { $count ->
    [0] Yoon yi nga bind
   *[other] Yoon yi nga bind ({ $count })
}
diary-list-empty = Yoon yi nga bind dinañu feeñ fii.
diary-list-more = Wone yeneen
diary-stats-title = Ci lim
diary-today = Tey
diary-this-week = Ayubés gii
diary-this-month = Weer wii
diary-budget-title = Xaalisu ayubés gi
diary-budget-spent = Génne nga { $spent } ci { $budget }.
diary-budget-left = Des na { $amount } ci ayubés gii.
diary-budget-over = Ayubés gii, jéggi nga sa xaalis ak { $amount }.
diary-chart-title = { $days } fan yu mujj yi
diary-chart-summary = { $total ->
    [0] Binduloo dara ci { $days } fan yi.
    [1] { $total } yoon ci { $days } fan.
   *[other] { $total } yoon ci { $days } fan, ba { $max } ci benn bés.
}
diary-patterns-title = Li faral a am
diary-patterns-wait = Bu nga bindee lu mu néew néew { $count } yoon ci 30 fan, Repère dina wone fii li faral a am.
diary-pattern-peak = Li ëpp ci diggante { $from } ak { $to } ({ $uses } yoon ci { $total }).
diary-pattern-with-others = Ak ñeneen: { $percent } % ci yoon yi.
diary-pattern-shared-pipe = Pip bu ñu bokk: { $percent } % ci yoon yi.
diary-pattern-burns = Lakk walla dagg: { $percent } % ci yoon yi.
diary-tip-own-pipe = Sa pip ak sa embout dañuy wàññi musibay epatit ak lakk. CAARUD yi dañuy joxe pip ak embout gratuit.
diary-tip-caarud-link = Wut CAARUD
diary-goals-title = Sama jubluwaay
diary-goals-intro = Jubluwaay, bu nga ko bëggee. Bu nga daanoo, loo def ba noppi du far.
diary-goal-kind = Jubluwaay
diary-goal-kind-pause = Taxawal ay fan
diary-goal-kind-day = Du ëpp ay yoon ci bés
diary-goal-kind-week = Du ëpp ay yoon ci ayubés
diary-goal-kind-stop = Bàyyi ko
diary-goal-number-days = Limu fan yi (1 ba { $max })
diary-goal-number-uses = Limu yoon yi (0 ba { $max })
diary-goal-start = Tàmbali tey
diary-goal-end = Soppi jubluwaay bi
diary-goal-stop-now = Jubluwaay: bàyyi ko.
diary-goal-pause-now = Jubluwaay: taxawal { $days } fan.
diary-goal-day-now = { $limit ->
    [0] Jubluwaay: benn yoon sax du am ci bés bi.
   *[other] Jubluwaay: du ëpp { $limit } yoon ci bés.
}
diary-goal-week-now = { $limit ->
    [0] Jubluwaay: benn yoon sax du am ci ayubés gi.
   *[other] Jubluwaay: du ëpp { $limit } yoon ci ayubés.
}
diary-goal-today = Tey: { $uses } ci { $limit }.
diary-goal-this-week = Ayubés gii: { $uses } ci { $limit }.
diary-goal-days-kept = Téye nga { $kept } fan ci { $total }.
diary-goal-weeks-kept = Téye nga { $kept } ayubés ci { $total }.
diary-goal-pause-left = { $days ->
    [0] Bés bu mujj bi ci taxaw gi.
   *[other] Des na { $days } fan ginnaaw tey.
}
diary-goal-pause-done = Taxaw gi jeex na. Ndokkale ci li nga def! Soo ko jëfandikoowaat, tàmbalil ak tuuti lool: yaram wi miinatul ko.
diary-goal-streak = Li nga téye léegi: { $current }. Li gën a bari: { $best }.
diary-goal-slip = Ku nekk mën na daanu. Li nga téye ba noppi, dañu koy lim ba tey, te mën nga tàmbaliwaat léegi.
diary-help-text = Bëgg nga ci waxtaan? CSAPA dina la dimbali gratuit, te du la àtte. Drogues Info Service dafay tontu bés bu nekk (ci français), woote bi gratuit la, te kenn du xam ki woo.
diary-help-csapa = Wut CSAPA
diary-help-dis = Woo Drogues Info Service (ci français)
diary-settings-title = Defaru kàrne bi
diary-budget-label = Xaalisu ayubés (€, neen = amul)
diary-budget-saved = Denc nañu xaalisu ayubés gi.
diary-pin-title = Kood bu kumpa
diary-protect-intro = Bu kàrne bi amee kood, dafay tëju bu nga bàyyee Repère, te dangay soxla kood bi ngir ubbi ko.
diary-pin-warning = Moytul: bu nga fàttee kood bi, kenn du mën a ubbi kàrne bi. Repère sax mënu koo ubbi. Bu loolu amee, benn duppi ci fisye rekk moo koy mën a delloo.
diary-pin-on = Kood moo aar kàrne bi.
diary-password-on = Mot de passe moo aar kàrne bi.
diary-pin-auto-lock = { $minutes ->
    [1] Kàrne bi dina tëju boppam bu nga bàyyee Repère lu ëpp benn minit.
   *[other] Kàrne bi dina tëju boppam bu nga bàyyee Repère lu ëpp { $minutes } minit.
}
diary-secret-kind = Naka ngay aar kàrne bi?
diary-secret-kind-pin = Kood bu am 6 siifar walla lu ëpp
diary-secret-kind-pin-protects = Dafay aar ci ku jël telefon bi: ginnaaw ay njuumte, fàww mu xaar. Waaye ku duppi lépp li nekk ci telefon bi, ak ay jumtukaay yu ñu defar ngir loolu, mën na gis kood bu am 6 siifar ci ay minit.
diary-secret-kind-password = Mot de passe bu am 10 araf walla lu ëpp (mën nga boole araf ak siifar)
diary-secret-kind-password-protects = Dafay aar ci loolu lépp, ak it ci ku duppi lépp li nekk ci telefon bi, bu mot de passe bi guddee te yombul a xam: misaal ñeenti baat yu bokkul dara.
diary-secret-not-phone-code = Bul jëfandikoo kood bi ngay ubbee sa telefon: xëy na ñeneen xam nañu ko.
diary-pin-new = Kood bu bees
diary-pin-again = Bindaatal kood bi
diary-password-new = Mot de passe bu bees
diary-password-again = Bindaatal mot de passe bi
diary-pin-current = Kood bi nga am léegi
diary-password-current = Mot de passe bi nga am léegi
diary-pin-set = Aar kàrne bi
diary-pin-change = Soppi kood bi
diary-pin-changed = Soppi nañu kood bi.
diary-pin-remove = Dindi kood bi
diary-pin-remove-text = Bu amul kood, kàrne bi dafa chiffré ba tey ci telefon bii. Waaye dafay ubbiku te du la laaj dara. Ngir dindi kood bi, soxla nga kood bi nga am léegi.
diary-pin-removed = Dindi nañu kood bi. Léegi kàrne bi dafay ubbiku bu amul kood.
diary-pin-set-done = Def nañu ko. Kàrne bi dafa chiffré te dafa takku ci telefon bii: ngir ubbi ko, soxla nga telefon bii ak sa kood.
diary-pin-not-set = Dara soppikuwul.
diary-weak-pin-short = Lu mu néew néew { $count } siifar.
diary-weak-password-short = Lu mu néew néew { $count } araf.
diary-weak-export-short = Ngir fisye, lu mu néew néew { $count } araf: caabiy telefon bii du aar fisye bi.
diary-weak-too-long = Dafa gudd lool: du ëpp 128 araf.
diary-weak-not-digits = Kood, siifar rekk lay am. Bu nga bëggee araf, tànnal mot de passe.
diary-weak-repeated = Dafa yomb lool a xam: siifar walla araf yu bokk ñoo ciy dellusi.
diary-weak-sequence = Dafa yomb lool a xam: siifar walla araf yu toppante.
diary-weak-date = Dafa yomb lool a xam: dafa niru bés walla at.
diary-weak-common = Dafa yomb lool a xam: nit ñu bari ñoo koy tànn.
diary-pin-mismatch = Ñaar yi yemuñu.
diary-secret-tablet = Ci anam tablet bu ñu bokk, dara du des: soxlawoo kood.
diary-secret-busy = Am na leneen lu ñuy def ci kood bi léegi. Xaaral tuuti, nga jéemaat.
diary-lock-now = Tëj kàrne bi
diary-locked-title = Kàrne bi tëju na
diary-toast-noted = Bind nañu ko ci { $time }. Dina nekk ci kàrne bi bu nga ko ubbee.
diary-locked-note-hint = Soxlawoo ubbi kàrne bi ngir bind: li nga bind dafa chiffré, te dina dugg ci kàrne bi bu nga ko ubbee.
diary-note-unavailable = Mënuñu koo bind te ubbiwoo kàrne bi. Ubbil ko ak sa kood.
diary-note-full = Yoon yu bari ñoo ngi xaar. Ubbil kàrne bi ak sa kood ngir yokk leen ci.
diary-note-altered = Caabi bi ñuy bindee ci kàrne bu tëju soppiku na: binduñu dara. Ubbil kàrne bi ak sa kood.
diary-pin-label = Kood
diary-password-label = Mot de passe
diary-unlock = Ubbi
diary-unlocking = Mu ngi ubbiku…
diary-closing = Mu ngi tëju…
diary-opening = Nu ngi ubbi kàrne bi…
diary-pin-wrong = Kood bi baaxul.
diary-pin-wrong-wait = Kood bi baaxul. Xaaral { $seconds } s, nga jéemaat.
diary-pin-wait = Xaaral { $seconds } s balaa ngay jéemaat.
diary-unlock-damaged = Kood bi baax na, waaye kàrne bi ñu dencoon yàqu na. Faruñu dara. Mën nga yebbi mbind mi, chiffré ni mu nekk, ngir denc ko.
diary-unlock-altered = Caabiy telefon bii mënul ubbi kàrne bii: dañu ko soppi, walla mu jóge feneen, ñu duppi ko fii. Faruñu dara.
diary-download-sealed = Yebbi mbind mi (chiffré)
diary-pin-forgot = Fàtte nga kood bi?
diary-pin-forgot-text = Bu amul kood bi, kenn du mën a ubbi kàrne bi. Repère sax mënu koo ubbi. Mën nga far lépp te tàmbaliwaat, ba noppi nga delloo sa duppi, bu nga amee benn.
diary-attempts-report = { $count ->
    [1] Ginnaaw bi nga mujjee ubbi kàrne bi, jéem nañu benn kood bu baaxul, ci { $when }.
   *[other] Ginnaaw bi nga mujjee ubbi kàrne bi, jéem nañu { $count } kood yu baaxul. Bi mujj am na ci { $when }.
}
diary-notes-added = { $count ->
    [1] Yokk nañu ci kàrne bi { $count } yoon wu nga bind ci kàrne bu tëju.
   *[other] Yokk nañu ci kàrne bi { $count } yoon yu nga bind ci kàrne bu tëju.
}
diary-notes-kept = { $count ->
    [1] Benn yoon wu nga bind ci kàrne bu tëju mënul woon a ubbiku: yokkuñu ko, waaye dañu ko teg ci wet.
   *[other] { $count } yoon yu nga bind ci kàrne bu tëju mënuñu woon a ubbiku: yokkuñu leen, waaye dañu leen teg ci wet.
}
diary-notes-key-replaced = Caabi bi ñuy bindee ci kàrne bu tëju méngoowatul ak kàrne bi: xëy na am na ku bëgg a xam kañ ngay jëfandikoo. Li doon xaar, dañu ko teg ci wet, te def nañu caabi bu bees.
diary-carried-over = Soppi nañu kood bi ci beneen palanteer. Li ñu dencagul fii dina dugg ci kàrne bi bu nga ko ubbee.
diary-carry-added = { $count ->
    [0] Coppite yi jóge ci beneen palanteer nekkoon nañu ci kàrne bi ba noppi.
    [1] Yokk nañu { $count } yoon wu jóge ci beneen palanteer.
   *[other] Yokk nañu { $count } yoon yu jóge ci beneen palanteer.
}
diary-kept-copy-dropped = Am na ay coppite yu ñu denc ci onglet bii, te mënuñu leen yokk: kood bi soppiku na ci ginnaaw.
diary-weak-secret-notice = Sa kood dafa gatt walla dafa yomb a xam. Tànnal bu bees ci defaru kàrne bi.
diary-must-protect = Duñu denc kàrne bu bees bi bu amul kood: tànnal kood ci defaru kàrne bi.
diary-backup-reminder = Bu nga soppee telefon, walla bu navigatëer bi faree li mu denc, kàrne bi dina réer. Li koy mën a musal rekk mooy benn duppi ci fisye bu am mot de passe.
diary-backup-make = Denc benn duppi
diary-backup-later = Ci ginnaaw
diary-unreadable-title = Kàrne bii du ubbiku fii
diary-unreadable-device-lost = Caabi bi koy ubbi nekkul ci navigatëer bii: ci beneen telefon walla beneen navigatëer lañu def kàrne bi, walla far nañu lenn ci li Repère denc.
diary-unreadable-device-unavailable = Léegi, navigatëer bii mayul Repère mu ubbi bérab bu aar bi mu am: xëy na anam bu nëbbu la (navigation privée), walla dañu tëj li xët yi di denc. Jéemaatal ci palanteer bu dul anam bu nëbbu.
diary-unreadable-future = Kàrne bii, Repère bu gën a bees moo ko denc. Tëjal Repère, ba noppi ubbiwaat ko bu nga amee internet, ngir mu yeesalu.
diary-unreadable-damaged = Kàrne bi ñu aar ak kood yàqu na.
diary-unreadable-replaced = Kood moo aaroon kàrne bi, te léegi dañu ko wecci walla dindi ko. Xëy na am na ku laal li nekk ci telefon bii.
diary-unreadable-kept = Faruñu dara: mbind mi dañu ko denc ni mu nekk, te mën nga ko yebbi.
diary-start-again-title = Tàmbaliwaat
diary-start-again-text = Mën nga tàmbali kàrne bu bees. Bu nga amee duppi, mën nga koo delloo ci biir. Li nekkoon ci kàrne bi nga amoon dina des ci wet.
diary-start-again-protected = Kàrne bi nga amoon, kood moo ko aaroon: bu bees bi itam dina am kood.
diary-start-again = Tàmbali kàrne bu bees
diary-memory-only-blocked = Navigatëer bii du denc dara ngir Repère: xëy na anam bu nëbbu la (navigation privée), walla dañu tëj li xët yi di denc. Kàrne bi dafay dox, waaye dina réer bu ñu tëjee xët wi.
diary-memory-only-unsafe = Navigatëer bii mënul denc kàrne bi ci anam bu wóor. Kàrne bi dafay dox, waaye dina réer bu ñu tëjee xët wi.
diary-tablet-title = Tablet bu ñu bokk
diary-tablet-text = Ci masin bu ñeneen di jëfandikoo: kàrne bi ci memwaar bi rekk la nekk te duñu ko denc mukk. Dina réer bu ñu tëjee xët wi.
diary-tablet-turn-on = Taal anam tablet bu ñu bokk
diary-tablet-turn-off = Fey anam tablet bu ñu bokk
diary-tablet-on = Anam tablet bu ñu bokk: dara du des ci masin bii. Lépp dina réer bu ñu tëjee xët wi.
diary-tablet-not-with-secret = Mënuñu koo def ak kood: jëkkal dindi kood bi.
diary-wipe-title = Far lépp
diary-wipe-text = Dafay far li Repère denc ci navigatëer bii: kàrne bi, kood bi, duppi yi ak caabi bi, ci palanteer yu ubbiku yépp. Fisye yi nga yebbi ak limu xët yi nga ubbi (historique) dañuy des: faral leen ci sa bopp.
diary-wipe = Far lépp
diary-wipe-confirm-text = Ndax dëgg-dëgg nga bëgg a far lépp? Li Repère denc fii, kenn du ko mën a delloo.
diary-wipe-confirm = Waaw, far lépp
diary-data-title = Denc duppi walla delloo
diary-export-text = Dencal kàrne bi ci benn fisye, ngir mën koo delloo ci kanam, walla ci beneen telefon.
diary-export-warning = Ku nekk mën na jàng fisye bu amul mot de passe. Dafay des ci fisye yi nga yebbi (téléchargements), ba ci ginnaaw «Far lépp» sax.
diary-export-json = Fisye bu mat (JSON)
diary-export-csv = Tablo (CSV)
diary-export-sealed-title = Fisye bu am mot de passe
diary-export-password = Mot de passe fisye bi
diary-export-password-hint = Lu mu néew néew 12 araf. Bindal ko feneen: bu amul moom, fisye bi du ubbiku.
diary-export-sealed = Yebbi fisye bu aar bi
diary-export-plain-title = Fisye bu amul mot de passe
diary-export-plain-needs-secret = Jëkkal bind sa kood.
diary-export-failed = Mënuñu def fisye bi.
diary-import-title = Delloo benn duppi
diary-import-text = Repère dafay seet fisye bi ba mu jeex, wone la li muy yokk, te xaar ba nga nangu.
diary-import-choose = Tànn benn fisye
diary-import-password = Mot de passe fisye bi
diary-import-open = Ubbi fisye bi
diary-import-preview = { $count } yoon ci fisye bi: { $present } nekk nañu ci kàrne bi ba noppi, { $new } yu bees.
diary-import-confirm = { $count ->
    [0] Amul dara lu bees
   *[other] Yokk { $count } yoon
}
diary-import-done = { $count ->
    [0] Amul dara lu bees: kàrne bi am na lépp ba noppi.
   *[other] Yokk nañu { $count } yoon ci kàrne bi.
}
diary-import-unchanged = Kàrne bi soppikuwul.
diary-import-no-file = Tànnuloo benn fisye.
diary-import-unreadable = Fisye bii mënuñu koo jàng.
diary-import-device-bound = Fisye bii, duppi bi Repère di denc ci biir telefon la: ci telefon bi mu jóge rekk lay ubbiku. Dencal benn duppi ci telefon boobu.
diary-storage-full = Bérab bi Repère am ci telefon bi fees na: coppite bu mujj bi dencaguñu ko.
diary-storage-unavailable = Navigatëer bii mayul Repère mu denc dara. Ndax dangay ubbi xët yi ci anam bu nëbbu (navigation privée)?
diary-storage-kept = Feek xët wi ubbiku, dara du réer. Repère dafay jéemaat moom ci boppam. Ngir gën a wóor, dencal benn duppi ci fisye.
diary-damaged-found = Kàrne bi ñu dencoon yàqu na.
diary-damaged-kept = Mbind mi dañu ko teg ci wet, soppiwuñu dara. Mën nga ko yebbi ngir denc ko.
diary-damaged-not-moved = Mbind mi nekk na fa mu nekkoon, soppiwuñu dara: amul bérab ngir teg ko ci wet. Dara du bind ci kawam.
diary-damaged-export = Yebbi mbind mi yàqu
diary-crypto-unavailable = Fii, navigatëer bii mënul chiffrer.
diary-password-wrong = Mot de passe bi baaxul, walla dañu soppi fisye bi.
diary-invalid-time = Bés boobu mënul nekk.
diary-invalid-offset = Waxtu bi ci telefon bi baaxul.
diary-invalid-amount = Dayo bi dafa bari lool (du ëpp 100 doj walla 10 000 mg).
diary-invalid-spent = Xaalis bi dafa bari lool (du ëpp 1 000 €).
diary-invalid-craving = Bëgg-bëgg bi dafay jóge 0 ba 10.
diary-invalid-note = Li nga bind dafa gudd lool (du ëpp 280 araf).
diary-invalid-budget = Xaalisu ayubés boobu baaxul (benn lim, du ëpp 10 000 €).
diary-invalid-goal = Jubluwaay boobu baaxul: seetal lim bi.
diary-edit-not-found = Yoon wii nekkatul (far nañu ko feneen?).
diary-edit-duplicate = Yoon wii nekk na ci kàrne bi ba noppi.
diary-edit-full = Kàrne bi fees na (20 000 yoon). Dencal ko ci benn fisye, ba noppi nga far ko.
diary-data-too-large = Fisye bii dafa rëy lool ngir nekk kàrne Repère.
diary-data-truncated = Fisye bi dagg na: mujjam ñàkk na.
diary-data-not-json = Lii du fisye kàrne Repère.
diary-data-wrong-shape = Fisye bii niruwul kàrne Repère.
diary-data-no-version = Fisye bii jógewul ci Repère.
diary-data-future-version = Fisye bii jóge na ci Repère bu gën a bees. Yeesalal aplikasioŋ bi.
diary-data-unknown-version = Fisye bii am na wersioŋ bu ñu xamul.
diary-data-too-many = Yoon yi dañoo bari: kàrne bi dina jéggi 20 000.
diary-data-duplicate = Fisye bi am na benn yoon ñaari yoon.
diary-data-invalid-entry = { $number }eelu yoon: { $problem }
diary-data-invalid-settings = Defaru fisye bi: { $problem }
diary-envelope-malformed = Fisye bu aar bii yàqu na.
diary-envelope-algorithm = Fisye bii dañu ko aar ci anam bu Repère xamul.
diary-envelope-iterations = Fisye bu aar bii am na defar yu wóorul. Ubbiwuñu ko.
diary-envelope-damaged = Fisye bu aar bii yàqu na walla matul.
diary-duration-now = léegi-léegi
diary-times = { $count } yoon

## Finder

finder-intro = CAARUD ak CSAPA yu Île-de-France. Lépp a ngi ci telefon bi: doo soxla internet.
finder-data-age = Reesistar FINESS, { $date }: xëy na ay bérab toxu nañu. Wootal balaa ngay dem.
finder-where-title = Fan nga nekk?
finder-locate-privacy = Fi nga nekk dafay des ci telefon bi rekk. Duñu ko yónnee, duñu ko denc.
finder-locate-button = Jëfandikool fi ma nekk
finder-locating = Nu ngi seet fi nga nekk…
finder-locate-denied = Telefon bi joxul fi nga nekk. Tànnal benn gaar walla benn dëkk.
finder-locate-unavailable = Mënuñu xam fi nga nekk. Tànnal benn gaar walla benn dëkk.
finder-locate-timeout = Fi nga nekk dafa yàgg a feeñ. Jéemaatal, walla nga tànn benn gaar walla benn dëkk.
finder-locate-far = Mel na ni sore nga Île-de-France: bérab yi sore nañu.
finder-search-label = Walla bindal benn gaar, benn dëkk walla benn arrondissement
finder-search-hint = Misaal: Gare du Nord, Saint-Denis, 18e
finder-search-none = Gisuñu dara. Jéemal beneen tur.
finder-option-arrondissement = Arrondissement bu Paris
finder-option-commune = Dëkk, departement { $departement }
finder-option-station = Gaar: { $lines }
finder-from-position = Fu jege fi nga nekk
finder-from-place = Fu jege: { $name }
finder-change = Soppi
finder-choose-first = Waxal fi nga nekk, ngir bérab yi gën a jege jëkk.
finder-results-title = Bérab yu ñuy dimbali
finder-filter-kind = Xeetu bérab
finder-filter-all = Yépp
finder-caarud-explained = CAARUD: wàññi musiba. Jumtukaay yu gratuit, sangu, kafe, nit ku nga mën a waxtaan ak moom. Duñu la laaj dara.
finder-csapa-explained = CSAPA: faj ak topp, ngir wàññi walla bàyyi.
finder-filter-departement = Departement
finder-departement-all = Île-de-France gépp
finder-assumption = Diggante bi ci lu jub. Waxtu ci tànk: diggante × 1,3, ci 4,5 km ci waxtu.
finder-count = { $count } bérab
finder-none-here = Amul bérab fii ak li nga tànn. Soppil xeet bi walla departement bi.
finder-distance-m = { $metres } m
finder-distance-km = { $km } km
finder-walk = { $minutes } minit ci tànk
finder-call = Woo { $phone }
finder-no-phone = Xamuñu nimerog telefonu bérab bii.
finder-hours-unknown = Xamuñu waxtu yi: wootal balaa ngay dem.
finder-directions = Yoon wi (aplikasioŋu kaart)
finder-osm = Xool ko ci OpenStreetMap
finder-osm-warning = Lëkkalekaay bii dafay génn Repère te jëfandikoo internet.
finder-share = Séddoo
finder-map-link = Xool kaart bi
finder-list-link = Xool limu bérab yi
finder-about-link = Fi mu jóge ak sutura
finder-back = Dellu ci bérab yi
finder-not-found = Bérab bii nekkul ci Repère.
finder-address-title = Adrees
finder-map-title = Kaartu bérab yu ñuy dimbali
finder-map-zoom = Yaatal kaart bi
finder-map-paris = Paris
finder-map-region = Île-de-France gépp
finder-map-you = Fii nga nekk
finder-map-text = Kaart bi dafay wone bérab yi nekk ci lim bi. Laal benn tomb ngir xool bérab bi.
finder-map-label = Kaart: departement yi, arrondissement yu Paris ak bérab yu ñuy dimbali

## About

about-title = Ci mbirum Repère
about-privacy-title = Sutura
about-privacy = Repère dafay dox bu internet amul. Dara ci li ngay def fii du génn telefon bi: amul kont, kenn du la topp, amul pib.
about-privacy-position = Fi nga nekk, bu nga ko joxee, dañu koy jëfandikoo rekk ngir toftale bérab yi. Duñu ko yónnee, duñu ko denc.
about-sources-title = Fi mu jóge
about-finess = Bérab yu ñuy dimbali: reesistaru FINESS bu ministeeru wér-gi-yaram, { $date }, Licence Ouverte 2.0. Lenn mën na soppiku: wootal balaa ngay dem.
about-boundaries = Digi departement yi ak dëkk yi: IGN Admin Express ak INSEE, 2018, Licence Ouverte.
about-arrondissements = Arrondissement yu Paris: Ville de Paris, lisaas ODbL.
about-stations = Gaar yi: Île-de-France Mobilités, lisaas ODbL.
about-sintes = Lim yi ci crack: njàngum SINTES Observation crack bu OFDT, { $count } doj yu ñu saytu ci { $first_year } ak { $last_year }.
about-help = Xët « Lan laa wara def? » tënk na, ak ay waxam, xët yii ñépp mën a gis; ñu jàng leen ci { $date }. Adreesu xët yépp a ngi ci xët woowu.
about-help-link = Xool xët wi ak fi mu jóge
about-share-text = Ngir def Repère ci telefonu keneen. Doo soxla bitigu aplikasioŋ walla kont.
share-intro = Nit ki na jublu kameray telefonam ci kood QR bii: dina ubbi Repère.
share-qr-label = Kood QR bu am adreesu Repère: { $address }
share-address = Su kood bi doxul, bindal adrees bii:
share-network-once = Telefonam dafa soxla internet benn yoon rekk (data walla wifi): ubbi adrees bi te bàyyi xët wi mu ubbiku ab diir. Ginnaaw loolu, Repère dafay dox bu internet amul.
share-private = Ci kood bi, adreesu Repère rekk a ci nekk: amul dara ci yaw walla ci masin bii.
share-install-title = Def ko ci njëlbéenu telefon bi (écran d'accueil)
share-install-android = Android, ak Chrome: ubbi adrees bi, bësal ñetti tomb yi ⋮, ba noppi bësal « Installer l'application » walla « Ajouter à l'écran d'accueil ».
share-install-ios = iPhone, ak Safari: ubbi adrees bi, bësal Partager (nataal bu am fett buy jëm kaw), ba noppi bësal « Sur l'écran d'accueil ».
share-send = Yónnee adrees bi
about-credits = Turu fi mu jóge:

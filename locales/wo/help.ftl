# Repère, xët « Lan laa wara def ? » (help/wo.html). Français moo di royuwaay (locales/fr/help.ftl).
# Loanwords follow locales/GLOSSARY.md (spelling policy there). Every line here needs a
# native speaker's check before release: see the review notes in the report.

help-page-title = Lan laa wara def bu musiba amee?
help-intro = Li ngay def, ngir yaw walla ngir keneen.
help-call = Wootal 15
help-call-detail = Ambulaas (SAMU), gratuit, guddi ak bëccëg
help-languages = Làkku xët wii
help-listen = Déglu
help-listen-stop = Taxawal
help-print = Génne ci kayit xët wii
help-sources-label = Fi mu jóge:

## Call 15 now

help-signs-title = Wootal 15 léegi léegi bu amee:
help-sign-chest = Metit ci dënn bi, walla mel ni ñuy bës dënn bi
help-sign-breath = Noyyi dafa jafe
help-sign-seizure = Yaram wi dafay dëgër te di lox
help-sign-faint = Xëm, walla nit ki tontuwul
help-sign-heat = Der bi tàng lool, walla yaram wi tàng te waxam jaxasoo
help-sign-stroke = Gémmiñ gi wàcc ci benn wet, benn loxo amul doole, walla wax jafe ko
help-sign-panic = Tiitaange bu rëy, walla mu defe ne ñu ngi koy topp, te du wàcc
help-signs-doubt = Boo xamul, wootal rekk. Ci 15, dees na la wax li nga wara def.

## On the phone

help-phone-title = Ci telefon bi, waxal:
help-phone-where = Fi nga nekk: adrees bi, gaar bi, walla lu fa jege te ñu xam ko.
help-phone-what = Li xew, ak li nit ki jël.
help-phone-since = Kañ la tàmbali.
help-phone-listen = Tontul laaj yi. Bul dagg woote bi balaa ñu la ko wax.
help-secrecy = Ñiy indi ndimbal bu gaaw war nañu denc sutura, ni fajkat yi. Wootal, bul ragal.

## While waiting

help-wait-title = Balaa ndimbal bi ñëw
help-wait-stay = Nekkal ci wetu nit ki. Waxal ak moom ndànk, dalal xelam.
help-wait-cool = Bu tàngee lool: yóbbu ko fu sedd, summi ko ay yére, tooyal deram, defal ko ngelaw.
help-wait-seizure = Bu yaram wi di lox: bul ko téye. Teg ab yére bu ñu lemm ci suufu boppam. Dindil lu dëgër lépp ci wetam. Bul def dara ci gémmiñam.
help-wait-recovery = Tontuwul, waaye mu ngi noyyi: tëral ko ci wetam (PLS).
help-pls-title = Tëral ko ci wetam, ci 4 jëf
help-pls-1 = Loxoom bi gën a jege la: tàllal ko ci wet, bànkal ko ci digg, taatu loxo bi jëm kaw.
help-pls-2 = Beneen loxoom: teg ginnaaw loxo bi ci lexam, ci sa wet. Téye ko fa.
help-pls-3 = Tànkam bi gën a sore la: bànkal óom bi, tànk bi des ci suuf.
help-pls-4 = Xëccal óom bi ci sa wet: mu walbatiku ci wetam. Ubbil gémmiñam. Xoolal ndax mu ngi noyyi.
help-wait-not-breathing = Noyyiwul: wootal 15 te def li ñu la wax. Ci lu ëpp: bësal ci digg dënn bi, bu dëgër te gaaw, te bul noppi.
help-wait-nothing = Bul ko may dara mu naan walla mu lekk, su yewwuwul bu baax.

## Mixing

help-mix-title = Boole ay dorog
help-mix-alcohol = Sangara ak cocaïne: yaram wi dafay def ak ñoom cocaéthylène, lu gën a bon ci xol bi.
help-mix-downers = Héroïne, méthadone walla beneen opioïde, walla garab buy nelawloo (benzodiazépine) ci kaw cocaïne: noyyi gi mën na taxaw. Cocaïne dafay nëbb seen doole, mu feeñ bu cocaïne jeexee.
help-naloxone-what = Soo jëfandikoo itam ay opioïde: naloxone garab la buy dindi doole opioïde bu ëpp. Ñu koy def ci bakkan bi walla ñu jam ko ci yaram wi.
help-naloxone-where = Laajal ko ci CAARUD walla ci CSAPA. Ci farmasi, am na benn bu ñuy jaay te soxlawul ordonans.
help-naloxone-then = Boo ko joxee ba noppi, wootal 15 tamit: dooleem du yàgg.

## Safer smoking

help-smoke-title = Tux te wàññi musiba
help-smoke-own = Sa pip ak sa embout, yu yaw rekk. Bul leen abal kenn, doonte sa mbokk la.
help-smoke-filter = Jëfandikool filtre yi nekk ci kit bu CAARUD. Paille de fer ak filtre yu ñu defaral seen bopp dañuy lakk gémmiñ gi, te mën nañu dugg ci noyyi gi.
help-smoke-lips = Pip bu xar walla bu tàng lool dafay gaañ tuñ yi: sànni ko. Deret ju génn ci gaañu tuñ dafay des ci pip bi, te mën na jox epatit C.
help-smoke-care = Naanal ndox, lekkal dara, noppalu. Xaaral tuuti diggante ñaari tux.
help-smoke-base = Soo koy baser sa bopp: bicarbonate, du ammoniaque.
help-smoke-pause = Ginnaaw ab taxaw (kaso, lopitaan, bàyyi ko), yaram wi miinatul ko: tàmbali ak tuuti lool.
help-smoke-alone = Bul tux sa kenn: kenn ku la ànd mën na woo ndimbal.

## More numbers

help-numbers-title = Yeneen nimero yu gratuit
help-number-112 = Ndimbal bu gaaw, ci réew yépp yu Union européenne.
help-number-115 = Samu social: fu ñuy fanaan, fu ñuy lekk, fu ñuy sangu. Guddi ak bëccëg.
help-number-3114 = Xalaat ci rey sa bopp walla tiis wu rëy, ci yaw walla ci sa mbokk. Guddi ak bëccëg, ci français.
help-number-3919 = Jigéen ñi ñuy fitnaal walla dóor: ñu déglu la, te sa tur du feeñ. Guddi ak bëccëg.
help-number-dis = Drogues Info Service: wax ci li nga jëfandikoo, gis ndimbal. Bés bu nekk, sa tur du feeñ, ci français.
help-numbers-languages = 115 mën na la tontu ci làkk bu nekk, ak ku lay firi.

## Sources

help-sources-title = Fi ndigal yii jóge
help-sources-intro = Repère tënk na xët yu ñépp mën a gis, ak ay waxam. Ndigal yii wuutuwuñu li 15 di wax.
help-source-read-at = ñu jàng ko ci:
help-source-read-on = Ñu jàng xët yi ci { $date }.

# Repère, "What to do" guide (help/en.html). French (locales/fr/help.ftl) is the reference.

help-page-title = What to do in an emergency
help-intro = What to do, for yourself or for someone else.
help-call = Call 15
help-call-detail = Ambulance (SAMU), free, day and night
help-languages = Language of this page
help-listen = Listen
help-listen-stop = Stop
help-print = Print this page
help-sources-label = Sources:

## Call 15 now

help-signs-title = Call 15 straight away for:
help-sign-chest = Pain or tightness in the chest
help-sign-breath = Trouble breathing
help-sign-seizure = A seizure: the body goes stiff and shakes
help-sign-faint = Fainting, or the person does not respond
help-sign-heat = Very hot skin, or fever with confused talk
help-sign-stroke = Mouth drooping on one side, a weak arm, or trouble speaking
help-sign-panic = Panic or paranoia that does not pass
help-signs-doubt = If in doubt, call anyway. At 15, they will tell you what to do.

## On the phone

help-phone-title = On the phone, say:
help-phone-where = Where you are: the address, the station or a landmark.
help-phone-what = What is happening, and what the person took.
help-phone-since = Since when.
help-phone-listen = Answer the questions. Do not hang up until they tell you to.
help-secrecy = The emergency services are bound by medical secrecy. Call without hesitating.

## While waiting

help-wait-title = While you wait for help
help-wait-stay = Stay with the person. Talk to them gently, keep them calm.
help-wait-cool = If they are very hot: move them somewhere cool, take off some clothes, wet their skin, fan them.
help-wait-seizure = During a seizure: do not hold them down. Put a folded piece of clothing under their head. Move hard things away. Nothing in their mouth.
help-wait-recovery = They do not respond but they are breathing: turn them on their side, in the recovery position.
help-pls-title = Turning them on their side, in 4 moves
help-pls-1 = Their arm nearest to you: out at a right angle, elbow bent, hand facing up.
help-pls-2 = Their other hand: the back of it against their cheek, on your side. Hold it there.
help-pls-3 = Their leg furthest from you: bend the knee, with the foot on the ground.
help-pls-4 = Pull the knee towards you: they roll onto their side. Open their mouth. Check that they are breathing.
help-wait-not-breathing = They are not breathing: call 15 and do what they tell you. Usually: press hard and fast in the middle of the chest, without stopping.
help-wait-nothing = Nothing to drink or eat until they are fully awake.

## Mixing

help-mix-title = Mixing
help-mix-alcohol = Alcohol and cocaine: the body turns them into cocaethylene, even harder on the heart.
help-mix-downers = Heroin, methadone or another opioid, or a sleeping pill (benzodiazepine), on top: breathing can stop. Cocaine hides their effect, which hits when the cocaine wears off.
help-naloxone-what = If you also use opioids: naloxone is an antidote to an opioid overdose. It is given in the nose or as an injection into a muscle.
help-naloxone-where = Ask for it at a CAARUD or a CSAPA. Pharmacies sell one kind without a prescription.
help-naloxone-then = After giving it, still call 15: its effect does not last long.

## Safer smoking

help-smoke-title = Smoking with fewer risks
help-smoke-own = Your own pipe and your own mouthpiece. Do not lend them, not even to someone close.
help-smoke-filter = Use the filters from the CAARUD kit. Steel wool and home-made filters burn the mouth and can be breathed in.
help-smoke-lips = A cracked or very hot pipe hurts the lips: throw it away. Blood from a cut lip stays on the pipe and can pass on hepatitis C.
help-smoke-care = Drink water, eat something, rest. Leave time between hits.
help-smoke-base = If you base it yourself: bicarbonate, not ammonia.
help-smoke-pause = After a break (prison, hospital, stopping), your body is not used to it any more: take much less at first.
help-smoke-alone = Try not to use alone: someone can call for help.

## More numbers

help-numbers-title = Other free numbers
help-number-112 = Emergencies, anywhere in the European Union.
help-number-115 = Samu social: a bed for the night, where to eat, where to wash. Day and night.
help-number-3114 = Thoughts of suicide or deep distress, for you or someone close. Day and night, in French.
help-number-3919 = Violence against women: anonymous listening, day and night.
help-number-dis = Drogues Info Service, the drugs helpline: talk about your use, find help. Every day, anonymous, in French.
help-numbers-languages = The 115 can answer in any language, with an interpreting service. The 3919 also answers in English at some hours.

## Sources

help-sources-title = Where this advice comes from
help-sources-intro = Repère sums up these public pages in its own words. This advice does not replace what 15 tells you.
help-source-read-at = read in:
help-source-read-on = Pages read on { $date }.

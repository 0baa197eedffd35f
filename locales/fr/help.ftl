# Repère, guide « Que faire ? » (help/fr.html). French is the reference: en, ru and wo
# have exactly these messages. Built into static pages by src/bin/static-pages; the
# sources of each part are listed in src/help.rs and locales/HELP-SOURCES.md.
# Short sentences, one idea each: the reader may be in a panic or read little.

help-page-title = Que faire en cas d'urgence
help-intro = Ce qu'il faut faire pour vous ou pour quelqu'un d'autre.
help-call = Appeler le 15
help-call-detail = SAMU, gratuit, jour et nuit
help-languages = Langue de la page
help-listen = Écouter
help-listen-stop = Arrêter
help-print = Imprimer cette page
help-sources-label = Sources :

## Call 15 now

help-signs-title = Appelez le 15 tout de suite en cas de :
help-sign-chest = Douleur ou serrement dans la poitrine
help-sign-breath = Mal à respirer
help-sign-seizure = Convulsions : le corps se raidit et tremble
help-sign-faint = Malaise, ou la personne ne répond plus
help-sign-heat = Peau très chaude, ou fièvre avec des propos confus
help-sign-stroke = Bouche qui tombe d'un côté, bras faible, ou mal à parler
help-sign-panic = Panique ou paranoïa qui ne passe pas
help-signs-doubt = Dans le doute, appelez quand même. Au 15, on vous dira quoi faire.

## On the phone

help-phone-title = Au téléphone, dites :
help-phone-where = Où vous êtes : l'adresse, la station ou un repère.
help-phone-what = Ce qui se passe, et ce que la personne a pris.
help-phone-since = Depuis quand.
help-phone-listen = Répondez aux questions. Ne raccrochez pas avant qu'on vous le dise.
help-secrecy = Les secours sont tenus au secret médical. Appelez sans hésiter.

## While waiting

help-wait-title = En attendant les secours
help-wait-stay = Restez avec la personne. Parlez-lui doucement, gardez-la au calme.
help-wait-cool = Si elle a très chaud : mettez-la au frais, enlevez des vêtements, mouillez sa peau, faites de l'air.
help-wait-seizure = Pendant des convulsions : ne la tenez pas. Mettez un vêtement plié sous sa tête. Écartez ce qui est dur. Rien dans sa bouche.
help-wait-recovery = Elle ne répond pas mais elle respire : mettez-la sur le côté, en position latérale de sécurité (PLS).
help-pls-title = La mettre sur le côté, en 4 gestes
help-pls-1 = Son bras le plus près de vous : à angle droit, coude plié, main vers le haut.
help-pls-2 = Son autre main : le dos contre sa joue, de votre côté. Tenez-la là.
help-pls-3 = Sa jambe la plus loin de vous : pliez le genou, le pied reste au sol.
help-pls-4 = Tirez le genou vers vous : elle roule sur le côté. Ouvrez-lui la bouche. Regardez si elle respire.
help-wait-not-breathing = Elle ne respire pas : appelez le 15 et faites ce qu'on vous dit. En général : appuyer fort et vite au milieu de la poitrine, sans arrêter.
help-wait-nothing = Rien à boire ni à manger tant qu'elle n'est pas bien réveillée.

## Mixing

help-mix-title = Les mélanges
help-mix-alcohol = Alcool et cocaïne : le corps en fait du cocaéthylène, encore plus dur pour le cœur.
help-mix-downers = Héroïne, méthadone ou autre opioïde, ou médicament pour dormir (benzodiazépine) en plus : la respiration peut s'arrêter. La cocaïne cache leur effet, qui tombe quand elle s'arrête.
help-naloxone-what = Si vous prenez aussi des opioïdes : la naloxone est un antidote à leur surdose. Elle se donne dans le nez ou en piqûre dans le muscle.
help-naloxone-where = Demandez-la dans un CAARUD ou un CSAPA. En pharmacie, une forme est vendue sans ordonnance.
help-naloxone-then = Après l'avoir donnée, appelez quand même le 15 : son effet ne dure pas longtemps.

## Safer smoking

help-smoke-title = Fumer avec moins de risques
help-smoke-own = Votre pipe et votre embout à vous. Ne les prêtez pas, même à un proche.
help-smoke-filter = Prenez les filtres du kit du CAARUD. La paille de fer et les filtres bricolés brûlent la bouche et peuvent être respirés.
help-smoke-lips = Une pipe fêlée ou trop chaude blesse les lèvres : jetez-la. Le sang d'une plaie aux lèvres reste sur la pipe et peut donner l'hépatite C.
help-smoke-care = Buvez de l'eau, mangez quelque chose, reposez-vous. Laissez du temps entre deux prises.
help-smoke-base = Si vous basez vous-même : du bicarbonate, pas d'ammoniaque.
help-smoke-pause = Après une pause (prison, hôpital, arrêt), le corps n'a plus l'habitude : prenez beaucoup moins au début.
help-smoke-alone = Évitez de consommer seul : quelqu'un pourra appeler.

## More numbers

help-numbers-title = D'autres numéros gratuits
help-number-112 = Urgences, dans toute l'Union européenne.
help-number-115 = Samu social : un abri pour la nuit, où manger, où se laver. Jour et nuit.
help-number-3114 = Idées de suicide ou grande détresse, pour vous ou un proche. Jour et nuit.
help-number-3919 = Violences faites aux femmes : écoute anonyme, jour et nuit.
help-number-dis = Drogues Info Service : parler de sa consommation, trouver de l'aide. Tous les jours, anonyme.
help-numbers-languages = Le 115 peut répondre dans toutes les langues, avec un service de traduction. Le 3919 répond aussi dans d'autres langues, dont l'anglais et l'arabe, à certaines heures.

## Sources

help-sources-title = D'où viennent ces conseils
help-sources-intro = Repère résume ces pages publiques avec ses propres mots. Ces conseils ne remplacent pas ce que dit le 15.
help-source-read-at = lu dans :
help-source-read-on = Pages lues le { $date }.

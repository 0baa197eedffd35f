# Repère: French is the reference. Every message here must exist in en, ru and wo.
# See locales/GLOSSARY.md for the words we use.

## Shell

app-name = Repère
skip-to-content = Aller au contenu
nav-home = Accueil
nav-back-home = Retour à l'accueil
nav-about = À propos
language-label = Langue

## Emergency bar (tel: links, always visible)

emergency-label = Urgences, appel gratuit
emergency-samu-number = 15
emergency-samu-name = SAMU
emergency-eu-number = 112
emergency-eu-name = Urgences
emergency-dis-number = 0800 23 13 13
emergency-dis-name = Drogues Info Service

## Home

home-title = Que voulez-vous faire ?
home-facts-title = Le vrai sur le crack
home-facts-text = { $count ->
    [one] Ce que l'analyse d'un caillou a montré.
   *[other] Ce que l'analyse de { $count } cailloux a montré.
}
home-finder-title = Trouver de l'aide près de moi
home-finder-text = CAARUD et CSAPA d'Île-de-France, même sans internet.
home-diary-title = Mon carnet
home-diary-text = Pour vous seul, il reste dans ce téléphone.
home-private-note = Repère marche sans internet et n'envoie rien.

## Placeholder screens

coming-title = Bientôt ici
coming-text = Cette partie de Repère est en préparation. Elle arrive dans une prochaine version.
facts-title = Le vrai sur le crack
finder-title = Trouver de l'aide
diary-title = Mon carnet

## Not found and crash

not-found-title = Page introuvable
not-found-text = Cette page n'existe pas dans Repère.
crash-title = Un problème est survenu
crash-text = Repère a rencontré une erreur. Vos données sont restées sur ce téléphone.
crash-reload = Recharger

## Facts
# Figures always come as variables from src/facts (never type a survey figure here).
# A no-break space goes between a number and %, mg or €.

facts-intro = { $count ->
    [one] Un laboratoire a analysé { $count } caillou de crack apporté par des usagers d'Île-de-France. Voici ce qu'il a trouvé.
   *[other] Un laboratoire a analysé { $count } cailloux de crack apportés par des usagers d'Île-de-France. Voici ce qu'il a trouvé.
}
facts-nav-label = Dans cette partie
facts-nav-cards = Lire les cartes
facts-nav-rock = Mon caillou : combien de cocaïne ?
facts-nav-quiz = Quiz : vrai ou faux ?
facts-nav-present = Mode présentation (tablette)
facts-back = Retour au vrai sur le crack

fact-label-belief = On dit
fact-label-finding = L'analyse a montré
fact-label-caveat = À savoir
fact-label-takeaway = Ce que vous pouvez faire
fact-source = Source :
fact-finder-link = Trouver un CAARUD près de moi
fact-listen = Écouter

fact-basing-does-not-purify-belief = « Baser la cocaïne, ça la purifie. »
fact-basing-does-not-purify-finding = Baser peut concentrer la cocaïne, mais les produits de coupe de la poudre restent dans le crack.
fact-basing-does-not-purify-takeaway = Le crack n'est pas plus « propre » que la poudre. Commencez par une petite quantité.

fact-size-tells-amount-belief = « Le prix dit combien il y a de cocaïne dans le caillou. »
fact-size-tells-amount-finding = C'est surtout la taille qui compte : plus un caillou est lourd, plus il contient de cocaïne. Le lien est fort (corrélation de { $weight_correlation }). Avec le prix, le lien est bien plus faible ({ $price_correlation }).
fact-size-tells-amount-takeaway = Regardez la taille du caillou, pas son prix. Avec un gros caillou, commencez par un petit bout.

fact-looks-dont-tell-belief = « On reconnaît un bon caillou à son aspect, ou au vendeur. »
fact-looks-dont-tell-finding = Ni l'aspect, ni le vendeur, ni le lieu d'achat ne disent ce que le caillou contient. Les usagers pensaient qu'il y avait en moyenne { $estimated_level_pct } % de cocaïne. En vrai, il y en avait { $real_level_pct } %.
fact-looks-dont-tell-takeaway = Un caillou peut être plus fort que vous ne le pensez. Commencez toujours par une petite quantité.

fact-rocks-smaller-than-said-belief = « Un caillou pèse au moins { $said_weight_mg } mg. »
fact-rocks-smaller-than-said-finding = Pesés au laboratoire, les cailloux faisaient en moyenne { $average_weight_mg } mg : bien moins. Près de { $share_100_to_150_mg_pct } % pesaient entre { $share_low_mg } et { $share_high_mg } mg.
fact-rocks-smaller-than-said-takeaway = Un petit caillou part vite, et on a envie d'en racheter. Entre deux prises, mangez, buvez de l'eau et reposez-vous.

fact-content-high-and-steady-belief = « D'un caillou à l'autre, la cocaïne change du tout au tout. »
fact-content-high-and-steady-finding = Le taux de cocaïne est déjà élevé et change peu : la moitié des cailloux en contenaient de { $half_low_pct } à { $half_high_pct } % (en moyenne { $average_level_pct } %, médiane { $median_level_pct } %). Ce qui change le plus, c'est la quantité de cocaïne dans le caillou : de { $min_amount_mg } à { $max_amount_mg } mg, { $average_amount_mg } mg en moyenne (médiane { $median_amount_mg } mg).
fact-content-high-and-steady-takeaway = On fume souvent le caillou jusqu'au bout : c'est donc sa taille qui décide de ce que vous prenez. Commencez par un petit bout.

fact-no-amphetamine-no-subutex-belief = « Le crack est coupé avec de l'amphétamine ou du Subutex. »
fact-no-amphetamine-no-subutex-finding = Aucun caillou analysé ne contenait d'amphétamine ni de Subutex® (buprénorphine). Pourtant, { $amphetamine_believers_pct } % des usagers interrogés pensaient qu'il y avait de l'amphétamine, et { $subutex_believers_pct } % du Subutex.
fact-no-amphetamine-no-subutex-caveat = Aucune trace d'ammoniaque non plus. Mais l'étude n'a pas pu exclure que tous les cailloux analysés aient été faits au bicarbonate. Respirer du crack qui contient encore de l'ammoniaque est toxique.
fact-no-amphetamine-no-subutex-takeaway = Gardez votre pipe et votre embout à vous, ne les prêtez jamais. Les CAARUD donnent des kits gratuits.

fact-effects-come-from-cocaine-belief = « Le cœur qui s'emballe, l'angoisse, la mâchoire serrée : c'est la faute des produits de coupe. »
fact-effects-come-from-cocaine-finding = Non : ce sont des effets de la cocaïne elle-même. Selon l'effet, { $believers_low_pct } à { $believers_high_pct } % des usagers pensaient le contraire.
fact-effects-come-from-cocaine-takeaway = Si ces effets arrivent, faites une pause et prenez moins. Mangez, buvez de l'eau, reposez-vous.

fact-real-cutting-agents-belief = « Je sais ce qu'il y a dans mon caillou. »
fact-real-cutting-agents-finding = Les produits de coupe trouvés sont ceux de la cocaïne en poudre : le lévamisole, dans { $levamisole_pct } % des cailloux, et la phénacétine, dans { $phenacetin_pct } %. Seuls { $levamisole_named_pct } % des usagers ont cité le lévamisole. Le lévamisole peut causer des problèmes du sang rares mais graves. Aux quantités trouvées, le risque de la phénacétine semble très faible.
fact-real-cutting-agents-takeaway = Gardez votre matériel à vous et ne le partagez jamais. Les CAARUD donnent des kits gratuits.

fact-price-of-pure-cocaine-belief = « Le crack, c'est moins cher que la poudre. »
fact-price-of-pure-cocaine-finding = Un caillou coûte en moyenne { $average_price_eur } € (médiane { $median_price_eur } €). Mais pour un gramme de cocaïne pure, le crack revient à environ { $pure_gram_as_crack_eur } € (en moyenne { $pure_gram_average_eur } €, médiane { $pure_gram_median_eur } €). En poudre, ce gramme est estimé à { $pure_gram_as_powder_eur } €.
fact-price-of-pure-cocaine-takeaway = Ne payez pas en plus votre matériel : les CAARUD donnent des pipes, des embouts et des kits gratuits. Ne partagez jamais votre pipe.

quiz-title = Vrai ou faux ?
quiz-intro = Une phrase à la fois. Dites si elle est vraie ou fausse.
quiz-progress = Question { $number } sur { $total }
quiz-true = Vrai
quiz-false = Faux
quiz-right = Bonne réponse !
quiz-wrong = Pas tout à fait.
quiz-it-is-true = C'est vrai.
quiz-it-is-a-myth = C'est faux : c'est une idée reçue.
quiz-next = Question suivante
quiz-see-score = Voir mon score
quiz-end-title = C'est fini !
quiz-score = { $score ->
    [one] { $score } bonne réponse sur { $total }.
   *[other] { $score } bonnes réponses sur { $total }.
}
quiz-again = Rejouer
quiz-private = Rien n'est enregistré : vos réponses disparaissent quand vous quittez la page.
quiz-basing-does-not-purify-statement = Baser la cocaïne la rend plus pure.
quiz-size-tells-amount-statement = En général, plus le caillou est gros, plus il contient de cocaïne.
quiz-looks-dont-tell-statement = On peut reconnaître un bon caillou à son aspect ou au vendeur.
quiz-rocks-smaller-than-said-statement = Un caillou pèse au moins { $said_weight_mg } mg.
quiz-content-high-and-steady-statement = La moitié des cailloux contiennent de { $half_low_pct } à { $half_high_pct } % de cocaïne.
quiz-no-amphetamine-no-subutex-statement = Le crack est coupé avec de l'amphétamine ou du Subutex.
quiz-effects-come-from-cocaine-statement = Le cœur qui s'emballe et la mâchoire serrée viennent de la cocaïne elle-même.
quiz-real-cutting-agents-statement = La plupart des cailloux contiennent du lévamisole.
quiz-price-of-pure-cocaine-statement = Pour la même quantité de cocaïne pure, le crack coûte plus cher que la poudre.

rock-title = Combien de cocaïne dans mon caillou ?
rock-intro = Touchez le dessin qui ressemble le plus à votre caillou, ou tapez son poids si vous le connaissez.
rock-pick-title = Choisir une taille
rock-ref-lightest = Le plus léger analysé
rock-ref-median = La moitié pèse moins
rock-ref-average = Poids moyen
rock-ref-said = Le poids qu'on dit
rock-ref-heaviest = Le plus lourd analysé
rock-amount-mg = { $amount_mg } mg
rock-drawings-note = Les dessins comparent les cailloux entre eux. Ils ne sont pas en taille réelle.
rock-weight-label = Poids du caillou, en milligrammes (mg)
rock-error-not-a-number = Tapez le poids en chiffres.
rock-error-not-positive = Le poids doit être plus grand que zéro.
rock-error-too-heavy = C'est trop lourd pour un caillou. Tapez un poids de { $max_weight_mg } mg au plus.
rock-result-title = Dans ce caillou
rock-typical = environ { $typical_mg } mg de cocaïne
rock-legend-typical = En général : environ { $typical_mg } mg
rock-legend-usual = Pour la moitié des cailloux : de { $usual_low_mg } à { $usual_high_mg } mg
rock-legend-possible = Du plus faible au plus pur : de { $possible_low_mg } à { $possible_high_mg } mg
rock-estimate = Un caillou de { $weight_mg } mg contient en général environ { $typical_mg } mg de cocaïne, souvent de { $usual_low_mg } à { $usual_high_mg } mg, et selon le caillou de { $possible_low_mg } à { $possible_high_mg } mg.
rock-estimate-beyond-survey = Attention : les cailloux analysés pesaient de { $lightest_rock_mg } à { $heaviest_rock_mg } mg. Pour ce poids, le calcul est moins sûr.
rock-takeaway = Plus le caillou est gros, plus il contient de cocaïne. Commencez par un petit bout.
rock-basis-title = Comment on calcule
rock-estimate-basis = On multiplie le poids par le taux de cocaïne mesuré dans les { $rocks_analysed } cailloux analysés : { $typical_level_pct } % en moyenne, de { $usual_low_pct } à { $usual_high_pct } % pour la moitié d'entre eux, et de { $possible_low_pct } à { $possible_high_pct } % en tout. On suppose que le taux ne dépend pas de la taille du caillou. Ces taux sont calculés sur les cailloux qui contenaient plus de { $counted_above_pct } % de cocaïne.

present-title = Mode présentation
present-second-language = Deuxième langue
present-second-none = Aucune
present-nav-label = Changer de carte
present-previous = Précédente
present-next = Suivante
present-position = Carte { $number } sur { $total }
present-hint = Pour changer de carte : les boutons, les flèches du clavier, ou glisser le doigt.

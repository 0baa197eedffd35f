# Repère: French is the reference. Every message here must exist in en, ru and wo.
# See locales/GLOSSARY.md for the words we use.

## Shell

app-name = Repère
skip-to-content = Aller au contenu
nav-back-home = Retour à l'accueil
nav-about = À propos
language-label = Langue
leave-now = Partir
copy-address = Copier l'adresse
copy-address-done = Adresse copiée.
copy-address-failed = Copie impossible. L'adresse est écrite plus haut.
share-title = Donner l'application

## Emergency bar (tel: links, always visible)

emergency-label = Urgences, appel gratuit
emergency-samu-number = 15
emergency-samu-name = SAMU
emergency-eu-number = 112
emergency-eu-name = Urgences
emergency-dis-number = 0800 23 13 13
emergency-dis-name = Drogues Info Service
emergency-help = Que faire ?

## Home

home-title = Que voulez-vous faire ?
home-facts-title = Le vrai sur le crack
home-facts-text = { $count ->
    [one] Ce que l'enquête sur un caillou a montré.
   *[other] Ce que l'enquête sur { $count } cailloux a montré.
}
home-finder-title = Trouver de l'aide près de moi
home-finder-text = CAARUD et CSAPA d'Île-de-France, même sans internet.
home-diary-title = Mon carnet
home-diary-text = Pour vous seul, il reste dans ce téléphone.
home-help-title = Que faire en cas d'urgence ?
home-help-text = Quand appeler le 15, les premiers gestes, fumer avec moins de risques.
home-private-note = Repère marche sans internet et n'envoie rien.

## Screen titles

facts-title = Le vrai sur le crack
finder-title = Trouver de l'aide
diary-title = Mon carnet

## Not found and crash

not-found-title = Page introuvable
not-found-text = Cette page n'existe pas dans Repère.
crash-title = Un problème est survenu
crash-text = Repère a rencontré une erreur. Vos données sont restées sur ce téléphone.
crash-reload = Recharger
sw-offline-text = Repère n'a pas pu s'ouvrir sans internet. Connectez-vous à internet, puis rechargez la page.
screen-loading = Ouverture de la page…
start-failed = Repère n'a pas pu démarrer. Rechargez la page, avec internet si possible. Les numéros d'urgence et « Que faire ? » marchent quand même.

## Facts
# Figures always come as variables from src/facts (never type a survey figure here).
# A no-break space goes between a number and %, mg or €.

facts-intro = { $count ->
    [one] Un laboratoire a analysé { $count } caillou de crack apporté par un usager d'Île-de-France, qui a aussi répondu à des questions. Voici ce que l'enquête a trouvé.
   *[other] Un laboratoire a analysé { $count } cailloux de crack apportés par des usagers d'Île-de-France, qui ont aussi répondu à des questions. Voici ce que l'enquête a trouvé.
}
facts-nav-label = Dans cette partie
facts-nav-cards = Lire les cartes
facts-nav-rock = Mon caillou : combien de cocaïne ?
facts-nav-quiz = Quiz : vrai ou faux ?
facts-nav-present = Mode présentation (tablette)
facts-nav-print = Cartes à imprimer
facts-back = Retour au vrai sur le crack

fact-label-belief = On dit
fact-label-finding = L'enquête a montré
fact-label-caveat = À savoir
fact-label-takeaway = Ce que vous pouvez faire
fact-source = Source :
fact-finder-link = Trouver un CAARUD près de moi
fact-listen = Écouter
fact-origin-label = D'où viennent les chiffres :
fact-origin-lab = analyse des cailloux en laboratoire
fact-origin-questionnaire = réponses des usagers au questionnaire
fact-origin-price-and-lab = prix payés et taux mesurés
fact-origin-seizures = estimation de l'OFDT d'après les saisies
fact-origin-hearsay = ce qui se dit (vendeurs, dossiers de police)
fact-table-note = Taux, poids et prix : calculés sur les cailloux qui contenaient plus de { $counted_above_pct } % de cocaïne.

fact-basing-does-not-purify-belief = « Baser la cocaïne, ça la purifie. »
fact-basing-does-not-purify-finding = Baser peut concentrer la cocaïne, mais les produits de coupe de la poudre restent dans le crack.
fact-basing-does-not-purify-takeaway = Le crack n'est pas plus « propre » que la poudre. Commencez par une petite quantité.

fact-size-tells-amount-belief = « Le prix dit combien il y a de cocaïne dans le caillou. »
fact-size-tells-amount-finding = C'est surtout la taille qui compte : plus un caillou est lourd, plus il contient de cocaïne. Le lien est fort (corrélation de { $weight_correlation }). Avec le prix, le lien est bien plus faible ({ $price_correlation }).
fact-size-tells-amount-takeaway = Regardez la taille du caillou, pas son prix. Avec un gros caillou, commencez par un petit bout.

fact-looks-dont-tell-belief = « On reconnaît un bon caillou à son aspect, ou au vendeur. »
fact-looks-dont-tell-finding = Ni l'aspect, ni le vendeur, ni le lieu d'achat ne disent ce que le caillou contient. Interrogés, les usagers pensaient qu'il y avait en moyenne { $estimated_level_pct } % de cocaïne. Mesuré au laboratoire, il y en avait en moyenne { $real_level_pct } %.
fact-looks-dont-tell-takeaway = Un caillou peut être plus fort que vous ne le pensez. Commencez toujours par une petite quantité.

fact-rocks-smaller-than-said-belief = « Un caillou pèse au moins { $said_weight_mg } mg. »
fact-rocks-smaller-than-said-finding = Pesés au laboratoire, les cailloux faisaient en moyenne { $average_weight_mg } mg : bien moins. Près de { $share_100_to_150_mg_pct } % pesaient entre { $share_low_mg } et { $share_high_mg } mg.
fact-rocks-smaller-than-said-takeaway = Un petit caillou part vite, et on a envie d'en racheter. Entre deux prises, mangez, buvez de l'eau et reposez-vous.

fact-content-high-and-steady-belief = « D'un caillou à l'autre, la cocaïne change du tout au tout. »
fact-content-high-and-steady-finding = Le taux de cocaïne est déjà élevé et varie modérément : de { $min_level_pct } à { $max_level_pct } %, et la moitié des cailloux en contenaient de { $half_low_pct } à { $half_high_pct } % (en moyenne { $average_level_pct } %, médiane { $median_level_pct } %). Ce qui change le plus, c'est la quantité de cocaïne dans le caillou : de { $min_amount_mg } à { $max_amount_mg } mg, { $average_amount_mg } mg en moyenne (médiane { $median_amount_mg } mg).
fact-content-high-and-steady-takeaway = On fume souvent le caillou jusqu'au bout : c'est donc sa taille qui décide de ce que vous prenez. Commencez par un petit bout.

fact-no-amphetamine-no-subutex-belief = « Le crack est coupé avec de l'amphétamine ou du Subutex. »
fact-no-amphetamine-no-subutex-finding = Aucun caillou analysé ne contenait d'amphétamine ni de Subutex® (buprénorphine). Pourtant, { $amphetamine_believers_pct } % des usagers interrogés pensaient qu'il y avait de l'amphétamine, et { $subutex_believers_pct } % du Subutex.
fact-no-amphetamine-no-subutex-caveat = Aucune trace d'ammoniaque non plus. Mais l'étude n'a pas pu exclure que tous les cailloux analysés aient été faits au bicarbonate. Respirer du crack qui contient encore de l'ammoniaque est toxique.
fact-no-amphetamine-no-subutex-takeaway = Gardez votre pipe et votre embout à vous, ne les prêtez jamais. Les CAARUD donnent des kits gratuits.

fact-effects-come-from-cocaine-belief = « Le cœur qui s'emballe, l'angoisse, la mâchoire serrée : c'est la faute des produits de coupe. »
fact-effects-come-from-cocaine-finding = Non : ce sont des effets de la cocaïne elle-même. Selon l'effet, { $believers_low_pct } à { $believers_high_pct } % des usagers interrogés pensaient le contraire.
fact-effects-come-from-cocaine-takeaway = Si ces effets arrivent, faites une pause et prenez moins. Mangez, buvez de l'eau, reposez-vous.

fact-real-cutting-agents-belief = « Je sais ce qu'il y a dans mon caillou. »
fact-real-cutting-agents-finding = Les produits de coupe trouvés sont surtout ceux de la cocaïne en poudre : le lévamisole, dans { $levamisole_pct } % des cailloux, et la phénacétine, dans { $phenacetin_pct } %. Interrogés, seuls { $levamisole_named_pct } % des usagers ont cité le lévamisole. Le lévamisole peut causer des problèmes du sang rares mais graves. Comme la phénacétine n'est pas dans tous les cailloux, et vu les quantités fumées, son risque semble très faible.
fact-real-cutting-agents-takeaway = Gardez votre matériel à vous et ne le partagez jamais. Les CAARUD donnent des kits gratuits.

fact-price-of-pure-cocaine-belief = « Le crack, c'est moins cher que la poudre. »
fact-price-of-pure-cocaine-finding = D'après les usagers, un caillou coûte en moyenne { $average_price_eur } € (médiane { $median_price_eur } €). Avec le taux mesuré, un gramme de cocaïne pure revient à environ { $pure_gram_as_crack_eur } € en crack (en moyenne { $pure_gram_average_eur } €, médiane { $pure_gram_median_eur } €). En poudre, l'OFDT estime ce gramme à { $pure_gram_as_powder_eur } € ({ $powder_estimate_year }, France métropolitaine, d'après les saisies).
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
quiz-basing-does-not-purify-statement = Baser la cocaïne enlève les produits de coupe.
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
rock-typical = Environ { $typical_mg } mg de cocaïne
rock-legend-typical = En général : environ { $typical_mg } mg
rock-legend-usual = Pour la moitié des cailloux : de { $usual_low_mg } à { $usual_high_mg } mg
rock-legend-possible = Du plus faible au plus pur : de { $possible_low_mg } à { $possible_high_mg } mg
rock-estimate = Un caillou de { $weight_mg } mg contient en général environ { $typical_mg } mg de cocaïne, souvent de { $usual_low_mg } à { $usual_high_mg } mg, et selon le caillou de { $possible_low_mg } à { $possible_high_mg } mg.
rock-estimate-beyond-survey = Attention : les cailloux analysés pesaient de { $lightest_rock_mg } à { $heaviest_rock_mg } mg. Pour ce poids, le calcul est moins sûr.
rock-takeaway = Plus le caillou est gros, plus il contient de cocaïne. Commencez par un petit bout.
rock-basis-title = Comment on calcule
rock-estimate-basis = On multiplie le poids par le taux de cocaïne mesuré au laboratoire. Sur les { $rocks_analysed } cailloux analysés, ces taux sont calculés sur ceux qui contenaient plus de { $counted_above_pct } % de cocaïne : { $typical_level_pct } % en moyenne, de { $usual_low_pct } à { $usual_high_pct } % pour la moitié d'entre eux, et de { $possible_low_pct } à { $possible_high_pct } % en tout. On suppose que le taux ne dépend pas de la taille du caillou.

present-title = Mode présentation
present-second-language = Deuxième langue
present-second-none = Aucune
present-nav-label = Changer de carte
present-previous = Précédente
present-next = Suivante
present-position = Carte { $number } sur { $total }
present-hint = Pour changer de carte : les boutons, les flèches du clavier, ou glisser le doigt.
present-jump = Aller à la carte
present-fullscreen = Plein écran
present-fullscreen-exit = Quitter le plein écran
print-title = Cartes à imprimer
print-intro = Une carte par demi-page A4, lisible en noir et blanc, avec les numéros d'urgence en bas de chaque page. Pour avoir deux langues côte à côte, choisissez la deuxième.
print-button = Imprimer

## Diary

diary-private-note = Ce carnet reste dans ce téléphone. Repère ne l'envoie nulle part.
diary-log-title = Noter
diary-used-now = J'ai consommé maintenant
diary-since-last = Dernière fois :
diary-empty = Rien de noté pour l'instant. Un appui sur le bouton suffit.
diary-duration-minutes = il y a { $minutes } min
diary-duration-hours = il y a { $hours } h { $minutes } min
diary-duration-days = { $days ->
    [one] il y a { $days } jour { $hours } h
   *[other] il y a { $days } jours { $hours } h
}
diary-past-title = Noter une fois passée
diary-past-save = Noter cette fois
diary-past-incomplete = Indiquez le jour et l'heure.
diary-past-future = Cette heure n'est pas encore passée.
diary-field-date = Jour
diary-field-time = Heure
diary-toast-recorded = Noté à { $time }.
diary-toast-deleted = Supprimé.
diary-toast-undone = Annulé.
diary-toast-saved = Enregistré.
diary-add-details = Ajouter des détails
diary-undo = Annuler
diary-close = Fermer
diary-cancel = Annuler
diary-save = Enregistrer
diary-delete = Supprimer
diary-edit = Modifier
diary-yes = Oui
diary-no = Non
diary-not-said = Pas dit
diary-details-title = Détails
diary-details-hint = Tout est facultatif. Remplissez ce que vous voulez, maintenant ou plus tard.
diary-field-amount = Quantité
diary-field-unit = Unité
diary-unit-rocks = cailloux
diary-unit-mg = mg
diary-field-spent = Dépensé (€)
diary-field-route = Comment
diary-route-smoked = Fumé à la pipe
diary-route-inhaled = Inhalé
diary-route-injected = Injecté
diary-route-other = Autre
diary-field-company = Seul ou pas
diary-company-alone = Seul
diary-company-others = Avec d'autres
diary-field-shared-pipe = Pipe partagée
diary-field-burns = Brûlures ou coupures
diary-field-craving = Envie (0 = aucune, 10 = très forte)
diary-field-slept = Dormi
diary-field-ate = Mangé
diary-field-note = Note
diary-note-keyboard-hint = Le clavier du téléphone peut retenir les mots tapés ici.
diary-rocks = { $count ->
    [one] { $count } caillou
   *[other] { $count } cailloux
}
diary-mg = { $count } mg
diary-euros = { $amount } €
diary-at-least = au moins { $amount }
diary-list-title = { $count ->
    [0] Les fois notées
    [one] { $count } fois notée
   *[other] { $count } fois notées
}
diary-list-empty = Les fois notées s'afficheront ici.
diary-list-more = Voir plus
diary-stats-title = En chiffres
diary-today = Aujourd'hui
diary-this-week = Cette semaine
diary-this-month = Ce mois-ci
diary-budget-title = Budget de la semaine
diary-budget-spent = { $spent } dépensés sur { $budget }.
diary-budget-left = Il reste { $amount } cette semaine.
diary-budget-over = { $amount } au-dessus du budget cette semaine.
diary-chart-title = Les { $days } derniers jours
diary-chart-summary = { $total ->
    [0] Aucune fois notée sur { $days } jours.
    [one] { $total } fois sur { $days } jours.
   *[other] { $total } fois sur { $days } jours, jusqu'à { $max } en un jour.
}
diary-patterns-title = Ce qui revient
diary-patterns-wait = Quand vous aurez noté au moins { $count } fois en 30 jours, Repère dira ici ce qui revient souvent.
diary-pattern-peak = Le plus souvent entre { $from } et { $to } ({ $uses } fois sur { $total }).
diary-pattern-with-others = Avec d'autres : { $percent } % des fois.
diary-pattern-shared-pipe = Pipe partagée : { $percent } % des fois.
diary-pattern-burns = Brûlures ou coupures : { $percent } % des fois.
diary-tip-own-pipe = Une pipe et un embout à soi protègent des hépatites et des brûlures. Les CAARUD en donnent gratuitement.
diary-tip-caarud-link = Trouver un CAARUD
diary-goals-title = Mon objectif
diary-goals-intro = Un objectif, si vous voulez. Un écart n'efface rien de ce qui est fait.
diary-goal-kind = Objectif
diary-goal-kind-pause = Faire une pause de quelques jours
diary-goal-kind-day = Pas plus de tant de fois par jour
diary-goal-kind-week = Pas plus de tant de fois par semaine
diary-goal-kind-stop = Arrêter
diary-goal-number-days = Nombre de jours (1 à { $max })
diary-goal-number-uses = Nombre de fois (0 à { $max })
diary-goal-start = Commencer aujourd'hui
diary-goal-end = Changer d'objectif
diary-goal-stop-now = Objectif : arrêter.
diary-goal-pause-now = { $days ->
    [one] Objectif : une pause d'un jour.
   *[other] Objectif : une pause de { $days } jours.
}
diary-goal-day-now = { $limit ->
    [0] Objectif : aucune fois dans la journée.
   *[other] Objectif : pas plus de { $limit } fois par jour.
}
diary-goal-week-now = { $limit ->
    [0] Objectif : aucune fois dans la semaine.
   *[other] Objectif : pas plus de { $limit } fois par semaine.
}
diary-goal-today = Aujourd'hui : { $uses } sur { $limit }.
diary-goal-this-week = Cette semaine : { $uses } sur { $limit }.
diary-goal-days-kept = { $kept ->
    [one] { $kept } jour tenu sur { $total }.
   *[other] { $kept } jours tenus sur { $total }.
}
diary-goal-weeks-kept = { $kept ->
    [one] { $kept } semaine tenue sur { $total }.
   *[other] { $kept } semaines tenues sur { $total }.
}
diary-goal-pause-left = { $days ->
    [0] Dernier jour de la pause.
    [one] Encore { $days } jour après aujourd'hui.
   *[other] Encore { $days } jours après aujourd'hui.
}
diary-goal-pause-done = La pause est terminée : bravo. Si vous reprenez, commencez par beaucoup moins : le corps n'a plus l'habitude.
diary-goal-streak = Série en cours : { $current }. Meilleure série : { $best }.
diary-goal-slip = Un écart arrive. Ce que vous avez tenu compte toujours, et vous pouvez reprendre dès maintenant.
diary-help-text = Envie d'en parler ? Un CSAPA accompagne gratuitement, sans jugement. Drogues Info Service répond tous les jours, appel gratuit et anonyme.
diary-help-csapa = Trouver un CSAPA
diary-help-dis = Appeler Drogues Info Service
diary-settings-title = Réglages du carnet
diary-budget-label = Budget par semaine (€, vide = aucun)
diary-budget-saved = Budget enregistré.
diary-pin-title = Code secret
diary-protect-intro = Avec un code, le carnet se ferme quand Repère passe en arrière-plan, et il faut le code pour l'ouvrir.
diary-pin-warning = Attention : si vous oubliez le code, personne ne peut ouvrir le carnet, pas même Repère. Seule une sauvegarde permet alors de le retrouver.
diary-pin-on = Le carnet est protégé par un code.
diary-password-on = Le carnet est protégé par un mot de passe.
diary-pin-auto-lock = { $minutes ->
    [one] Il se ferme tout seul quand Repère reste plus d'une minute en arrière-plan.
   *[other] Il se ferme tout seul quand Repère reste plus de { $minutes } minutes en arrière-plan.
}
diary-secret-kind = Ce qui protège le carnet
diary-secret-kind-pin = Un code de 6 chiffres ou plus
diary-secret-kind-pin-protects = Contre quelqu'un qui prend le téléphone : après quelques erreurs, il faut attendre. Mais avec une copie complète du téléphone, faite avec des outils spéciaux, un code de 6 chiffres peut être trouvé en quelques minutes.
diary-secret-kind-password = Un mot de passe de 10 caractères ou plus, lettres permises
diary-secret-kind-password-protects = Contre tout cela, et aussi contre une copie complète du téléphone, s'il est long et ne se devine pas : par exemple quatre mots sans rapport entre eux.
diary-secret-not-phone-code = Ne prenez pas le code qui déverrouille le téléphone : d'autres le connaissent peut-être.
diary-pin-new = Nouveau code
diary-pin-again = Le même code encore
diary-password-new = Nouveau mot de passe
diary-password-again = Le même mot de passe encore
diary-pin-current = Code actuel
diary-password-current = Mot de passe actuel
diary-pin-set = Protéger le carnet
diary-pin-change = Changer le code
diary-pin-changed = Code changé.
diary-pin-remove = Enlever le code
diary-pin-remove-text = Sans code, le carnet reste chiffré dans ce téléphone, mais s'ouvre sans rien demander. Il faut le code actuel pour l'enlever.
diary-pin-removed = Code enlevé. Le carnet s'ouvre maintenant sans code.
diary-pin-set-done = C'est fait. Le carnet est chiffré et lié à ce téléphone : il faut ce téléphone et votre code pour l'ouvrir.
diary-pin-not-set = Rien n'a changé.
diary-weak-pin-short = Au moins { $count } chiffres.
diary-weak-password-short = Au moins { $count } caractères.
diary-weak-export-short = Pour un fichier, au moins { $count } caractères : il voyage sans la clé de ce téléphone.
diary-weak-too-long = Trop long : 128 caractères au plus.
diary-weak-not-digits = Un code n'a que des chiffres. Pour des lettres, choisissez un mot de passe.
diary-weak-repeated = Trop facile à deviner : les mêmes chiffres ou lettres reviennent.
diary-weak-sequence = Trop facile à deviner : des chiffres ou des lettres qui se suivent.
diary-weak-date = Trop facile à deviner : cela ressemble à une date ou une année.
diary-weak-common = Trop facile à deviner : beaucoup de gens choisissent celui-là.
diary-pin-mismatch = Les deux ne sont pas pareils.
diary-secret-tablet = En mode tablette partagée, rien n'est gardé : pas besoin de code.
diary-secret-busy = Une autre action sur le code est en cours. Réessayez dans un instant.
diary-lock-now = Fermer le carnet
diary-locked-title = Carnet fermé
diary-toast-noted = Noté à { $time }. Ce sera dans le carnet quand vous l'ouvrirez.
diary-locked-note-hint = Pas besoin d'ouvrir le carnet pour noter : c'est chiffré et ajouté quand vous l'ouvrez.
diary-note-unavailable = Impossible de noter sans ouvrir le carnet. Ouvrez-le avec votre code.
diary-note-full = Beaucoup de fois attendent déjà. Ouvrez le carnet avec votre code pour les ajouter.
diary-note-altered = La clé qui sert à noter carnet fermé a été modifiée : rien n'a été noté. Ouvrez le carnet avec votre code.
diary-pin-label = Code
diary-password-label = Mot de passe
diary-unlock = Ouvrir
diary-unlocking = Ouverture…
diary-closing = Fermeture…
diary-opening = Ouverture du carnet…
diary-pin-wrong = Ce n'est pas le bon code.
diary-pin-wrong-wait = Ce n'est pas le bon code. Réessayez dans { $seconds } s.
diary-pin-wait = Attendez { $seconds } s avant de réessayer.
diary-unlock-damaged = Le code est bon, mais le carnet enregistré est abîmé. Rien n'a été effacé. Vous pouvez télécharger son texte chiffré pour le garder.
diary-unlock-altered = Ce carnet ne s'ouvre pas avec la clé de ce téléphone : il a été modifié, ou copié ici d'ailleurs. Rien n'a été effacé.
diary-download-sealed = Télécharger le texte chiffré
diary-pin-forgot = Code oublié ?
diary-pin-forgot-text = Sans le code, personne ne peut ouvrir le carnet, pas même Repère. Vous pouvez tout effacer et recommencer, puis reprendre une sauvegarde si vous en avez une.
diary-attempts-report = { $count ->
    [one] Un mauvais code a été essayé depuis la dernière ouverture du carnet, le { $when }.
   *[other] { $count } mauvais codes ont été essayés depuis la dernière ouverture du carnet, le dernier le { $when }.
}
diary-notes-added = { $count ->
    [one] { $count } fois notée carnet fermé a été ajoutée.
   *[other] { $count } fois notées carnet fermé ont été ajoutées.
}
diary-notes-kept = { $count ->
    [one] Une fois notée carnet fermé ne s'est pas ouverte : elle n'est pas ajoutée, mais gardée à part.
   *[other] { $count } fois notées carnet fermé ne se sont pas ouvertes : elles ne sont pas ajoutées, mais gardées à part.
}
diary-notes-key-replaced = La clé pour noter carnet fermé ne correspondait plus au carnet : quelqu'un a peut-être voulu savoir quand vous consommez. Ce qui attendait est gardé à part, et une nouvelle clé a été faite.
diary-carried-over = Le code a été changé dans une autre fenêtre. Ce qui n'était pas encore enregistré ici sera ajouté quand vous ouvrirez le carnet.
diary-carry-added = { $count ->
    [0] Les changements d'une autre fenêtre étaient déjà dans le carnet.
    [one] { $count } fois venue d'une autre fenêtre a été ajoutée.
   *[other] { $count } fois venues d'une autre fenêtre ont été ajoutées.
}
diary-kept-copy-dropped = Des changements gardés dans cet onglet n'ont pas pu être ajoutés : le code a changé depuis.
diary-weak-secret-notice = Votre code est court ou facile à deviner. Choisissez-en un nouveau dans les réglages du carnet.
diary-must-protect = Le nouveau carnet n'est enregistré qu'une fois protégé : choisissez un code dans les réglages du carnet.
diary-backup-reminder = Seul un fichier de sauvegarde protégé par mot de passe permet de garder le carnet si vous changez de téléphone, ou si le navigateur efface ses données.
diary-backup-make = Faire une sauvegarde
diary-backup-later = Plus tard
diary-unreadable-title = Ce carnet ne s'ouvre pas ici
diary-unreadable-device-lost = Sa clé n'est pas dans ce navigateur : le carnet a été fait sur un autre téléphone ou navigateur, ou une partie des données de Repère a été effacée.
diary-unreadable-device-unavailable = Ce navigateur ne laisse pas Repère ouvrir sa mémoire sûre en ce moment (navigation privée, ou données des sites bloquées ?). Réessayez dans une fenêtre normale.
diary-unreadable-future = Ce carnet a été enregistré par une version plus récente de Repère. Fermez Repère et rouvrez-le avec internet pour le mettre à jour.
diary-unreadable-damaged = Le carnet protégé par un code est abîmé.
diary-unreadable-replaced = Le carnet était protégé par un code, et il a été remplacé ou enlevé. Quelqu'un a peut-être touché aux données de ce téléphone.
diary-unreadable-kept = Rien n'est effacé : son texte est gardé tel quel, et vous pouvez le télécharger.
diary-start-again-title = Recommencer
diary-start-again-text = Vous pouvez commencer un nouveau carnet, puis y reprendre une sauvegarde si vous en avez une. L'ancien texte reste gardé à part.
diary-start-again-protected = L'ancien carnet avait un code : le nouveau en aura un aussi.
diary-start-again = Commencer un nouveau carnet
diary-memory-only-blocked = Ce navigateur ne garde rien pour Repère (données des sites bloquées, ou navigation privée). Le carnet marche, mais il disparaît quand la page est fermée.
diary-memory-only-unsafe = Ce navigateur ne peut pas garder le carnet en sûreté. Le carnet marche, mais il disparaît quand la page est fermée.
diary-tablet-title = Tablette partagée
diary-tablet-text = Sur un appareil que d'autres utilisent : le carnet reste en mémoire et n'est jamais enregistré. Il disparaît quand on ferme la page.
diary-tablet-turn-on = Activer le mode tablette partagée
diary-tablet-turn-off = Désactiver le mode tablette partagée
diary-tablet-on = Mode tablette partagée : rien n'est enregistré sur cet appareil. Tout disparaît quand la page est fermée.
diary-tablet-not-with-secret = Pas avec un code : enlevez d'abord le code.
diary-wipe-title = Tout effacer
diary-wipe-text = Efface ce que Repère garde dans ce navigateur : le carnet, son code, ses copies et sa clé, dans toutes les fenêtres ouvertes. Les fichiers de sauvegarde et l'historique du navigateur restent : effacez-les vous-même.
diary-wipe = Tout effacer
diary-wipe-confirm-text = Vraiment tout effacer ? Ce que Repère garde ici ne pourra pas être récupéré.
diary-wipe-confirm = Oui, tout effacer
diary-data-title = Sauvegarder ou reprendre
diary-export-text = Gardez une copie du carnet dans un fichier, pour la remettre plus tard ou sur un autre téléphone.
diary-export-warning = N'importe qui peut lire un fichier sans mot de passe. Il reste dans les téléchargements, même après « Tout effacer ».
diary-export-json = Fichier complet (JSON)
diary-export-csv = Tableau (CSV)
diary-export-sealed-title = Fichier protégé par mot de passe
diary-export-password = Mot de passe du fichier
diary-export-password-hint = Au moins 12 caractères. Notez-le ailleurs : sans lui, le fichier ne s'ouvre pas.
diary-export-sealed = Télécharger le fichier protégé
diary-export-plain-title = Fichier sans mot de passe
diary-export-plain-needs-secret = Entrez d'abord le code du carnet.
diary-export-failed = Le fichier n'a pas pu être créé.
diary-import-title = Reprendre une sauvegarde
diary-import-text = Repère vérifie tout le fichier, vous montre ce qu'il ajoute, puis attend votre accord.
diary-import-choose = Choisir un fichier
diary-import-password = Mot de passe du fichier
diary-import-open = Ouvrir le fichier
diary-import-preview = { $count ->
    [one] { $count } fois dans le fichier : { $present } déjà dans le carnet, { $new } nouvelle(s).
   *[other] { $count } fois dans le fichier : { $present } déjà dans le carnet, { $new } nouvelle(s).
}
diary-import-confirm = { $count ->
    [0] Rien à ajouter
    [one] Ajouter { $count } fois
   *[other] Ajouter { $count } fois
}
diary-import-done = { $count ->
    [0] Rien de nouveau : le carnet avait déjà tout.
    [one] { $count } fois ajoutée au carnet.
   *[other] { $count } fois ajoutées au carnet.
}
diary-import-unchanged = Le carnet n'a pas changé.
diary-import-no-file = Aucun fichier choisi.
diary-import-unreadable = Ce fichier ne peut pas être lu.
diary-import-device-bound = Ce fichier est la copie interne d'un carnet : il ne s'ouvre que sur son téléphone. Faites une sauvegarde depuis ce téléphone.
diary-storage-full = La mémoire du téléphone pour Repère est pleine : le dernier changement n'est pas encore enregistré.
diary-storage-unavailable = Ce navigateur ne laisse pas Repère enregistrer (navigation privée ?).
diary-storage-kept = Rien n'est perdu tant que la page reste ouverte. Repère réessaie tout seul. Pour plus de sûreté, sauvegardez dans un fichier.
diary-damaged-found = Le carnet enregistré était abîmé.
diary-damaged-kept = Son texte est gardé à part, intact. Vous pouvez le télécharger pour le garder.
diary-damaged-not-moved = Son texte reste en place, intact : il n'y a pas la place de le mettre à part. Rien ne l'écrasera.
diary-damaged-export = Télécharger le texte abîmé
diary-crypto-unavailable = Ce navigateur ne sait pas chiffrer ici.
diary-password-wrong = Mauvais mot de passe, ou fichier modifié.
diary-invalid-time = Cette date n'est pas possible.
diary-invalid-offset = Le fuseau horaire n'est pas possible.
diary-invalid-amount = Quantité trop grande (100 cailloux ou 10 000 mg au plus).
diary-invalid-spent = Montant trop grand (1 000 € au plus).
diary-invalid-craving = L'envie va de 0 à 10.
diary-invalid-note = Note trop longue (280 caractères au plus).
diary-invalid-budget = Budget pas possible (un nombre, 10 000 € au plus).
diary-invalid-goal = Objectif pas possible : vérifiez le nombre.
diary-edit-not-found = Cette fois n'existe plus (supprimée ailleurs ?).
diary-edit-duplicate = Cette fois est déjà dans le carnet.
diary-edit-full = Le carnet est plein (20 000 fois). Sauvegardez-le dans un fichier, puis effacez-le.
diary-data-too-large = Fichier trop gros pour être un carnet Repère.
diary-data-truncated = Le fichier est coupé : il manque la fin.
diary-data-not-json = Ce n'est pas un fichier de carnet Repère.
diary-data-wrong-shape = Ce fichier ne ressemble pas à un carnet Repère.
diary-data-no-version = Ce fichier ne vient pas de Repère.
diary-data-future-version = Ce fichier vient d'une version plus récente de Repère. Mettez l'application à jour.
diary-data-unknown-version = Ce fichier a une version inconnue.
diary-data-too-many = Trop de fois : le carnet dépasserait 20 000.
diary-data-duplicate = Le fichier contient deux fois la même entrée.
diary-data-invalid-entry = Entrée n° { $number } : { $problem }
diary-data-invalid-settings = Réglages du fichier : { $problem }
diary-envelope-malformed = Ce fichier protégé est abîmé.
diary-envelope-algorithm = Ce fichier est protégé d'une façon que Repère ne connaît pas.
diary-envelope-iterations = Ce fichier protégé a des réglages pas sûrs. Il n'est pas ouvert.
diary-envelope-damaged = Ce fichier protégé est abîmé ou incomplet.
diary-duration-now = à l'instant
diary-times = { $count ->
    [one] { $count } fois
   *[other] { $count } fois
}

## Finder

finder-intro = Les CAARUD et CSAPA d'Île-de-France. Tout est dans le téléphone : pas besoin d'internet.
finder-data-age = Registre FINESS, { $date } : des lieux ont pu déménager. Appelez avant d'y aller.
finder-where-title = Où êtes-vous ?
finder-locate-privacy = Votre position reste dans ce téléphone. Elle n'est ni envoyée ni gardée.
finder-locate-button = Utiliser ma position
finder-locating = On cherche votre position…
finder-locate-denied = Le téléphone n'a pas donné votre position. Choisissez plutôt une gare ou une ville.
finder-locate-unavailable = Votre position n'est pas disponible. Choisissez plutôt une gare ou une ville.
finder-locate-timeout = Votre position met trop de temps à venir. Réessayez, ou choisissez une gare ou une ville.
finder-locate-far = Vous semblez loin de l'Île-de-France : les lieux sont loin.
finder-search-label = Ou tapez une gare, une ville ou un arrondissement
finder-search-hint = Par exemple : Gare du Nord, Saint-Denis, 18e
finder-search-none = Rien trouvé. Essayez un autre nom.
finder-option-arrondissement = Arrondissement de Paris
finder-option-commune = Ville, département { $departement }
finder-option-station = Gare : { $lines }
finder-from-position = Près de votre position
finder-from-place = Près de : { $name }
finder-change = Changer
finder-choose-first = Dites où vous êtes pour voir les lieux les plus proches en premier.
finder-results-title = Lieux d'aide
finder-filter-kind = Type de lieu
finder-filter-all = Tous
finder-caarud-explained = CAARUD : réduction des risques. Matériel gratuit, une douche, un café, quelqu'un à qui parler. Sans questions.
finder-csapa-explained = CSAPA : soins et accompagnement, pour diminuer ou arrêter.
finder-filter-departement = Département
finder-departement-all = Toute l'Île-de-France
finder-assumption = Distance à vol d'oiseau. Temps à pied : distance × 1,3, à 4,5 km/h.
finder-count = { $count ->
    [one] { $count } lieu
   *[other] { $count } lieux
}
finder-none-here = Aucun lieu ici avec ces choix. Changez le type ou le département.
finder-distance-m = { $metres } m
finder-distance-km = { $km } km
finder-walk = { $minutes ->
    [one] { $minutes } minute à pied
   *[other] { $minutes } minutes à pied
}
finder-call = Appeler { $phone }
finder-no-phone = Pas de numéro connu pour ce lieu.
finder-hours-unknown = Horaires inconnus : appelez avant d'y aller.
finder-directions = Itinéraire (appli de cartes)
finder-osm = Voir sur OpenStreetMap
finder-osm-warning = Ce lien quitte Repère et utilise internet.
finder-share = Partager
finder-map-link = Voir la carte
finder-list-link = Voir la liste
finder-about-link = Sources et vie privée
finder-back = Retour aux lieux
finder-not-found = Ce lieu n'est pas dans Repère.
finder-address-title = Adresse
finder-map-title = Carte des lieux d'aide
finder-map-zoom = Zoom de la carte
finder-map-paris = Paris
finder-map-region = Toute l'Île-de-France
finder-map-you = Vous êtes ici
finder-map-text = La carte montre les mêmes lieux que la liste. Touchez un point pour voir le lieu.
finder-map-label = Carte : départements, arrondissements de Paris et lieux d'aide

## About

about-title = À propos de Repère
about-privacy-title = Vie privée
about-privacy = Repère marche sans internet. Rien de ce que vous faites ici ne quitte ce téléphone : pas de compte, pas de suivi, pas de publicité.
about-privacy-position = Votre position, si vous la donnez, sert seulement à trier les lieux. Elle n'est ni envoyée ni gardée.
about-sources-title = Sources
about-finess = Lieux d'aide : registre FINESS du ministère chargé de la santé, extraction du { $date }, Licence Ouverte 2.0. Des lieux ont pu changer depuis : appelez avant d'y aller.
about-boundaries = Contours des départements et des villes : IGN Admin Express et INSEE, 2018, Licence Ouverte.
about-arrondissements = Arrondissements de Paris : Ville de Paris, licence ODbL.
about-stations = Gares : Île-de-France Mobilités, licence ODbL.
about-sintes = Chiffres sur le crack : enquête SINTES Observation crack de l'OFDT, { $count } cailloux analysés en { $first_year } et { $last_year }.
about-help = Le guide « Que faire ? » résume, avec nos propres mots, ces sources publiques, lues le { $date }. Les adresses de chaque page sont dans le guide.
about-help-link = Voir le guide et ses sources
about-share-text = Pour mettre Repère sur le téléphone de quelqu'un, sans magasin d'applications ni compte.
share-intro = La personne vise ce code avec l'appareil photo de son téléphone : il ouvre Repère.
share-qr-label = Code QR de l'adresse de Repère : { $address }
share-address = Si le code ne marche pas, tapez cette adresse :
share-network-once = Son téléphone a besoin d'internet une seule fois (données ou wifi) : ouvrir l'adresse et garder la page ouverte un moment. Ensuite, Repère marche sans internet.
share-private = Le code contient seulement l'adresse de Repère : rien sur vous ni sur cet appareil.
share-install-title = Le mettre sur l'écran d'accueil
share-install-android = Android, avec Chrome : ouvrir l'adresse, toucher le menu ⋮, puis « Installer l'application » ou « Ajouter à l'écran d'accueil ».
share-install-ios = iPhone, avec Safari : ouvrir l'adresse, toucher Partager (le carré avec une flèche), puis « Sur l'écran d'accueil ».
share-send = Envoyer l'adresse
about-credits = Mentions des sources :

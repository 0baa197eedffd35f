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

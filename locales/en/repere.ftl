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

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

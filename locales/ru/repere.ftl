# Repère, русский. Образец — французский (locales/fr).

## Shell

app-name = Repère
skip-to-content = Перейти к содержанию
nav-home = Главная
nav-back-home = На главную
nav-about = О приложении
language-label = Язык

## Emergency bar (tel: links, always visible)

emergency-label = Экстренные номера, звонок бесплатный
emergency-samu-number = 15
emergency-samu-name = Скорая помощь
emergency-eu-number = 112
emergency-eu-name = Экстренная служба
emergency-dis-number = 0800 23 13 13
emergency-dis-name = Горячая линия по наркотикам

## Home

home-title = Что вы хотите сделать?
home-facts-title = Правда о крэке
home-facts-text = { $count ->
    [one] Проверен { $count } камень. Вот что показал анализ.
    [few] Проверено { $count } камня. Вот что показал анализ.
   *[many] Проверено { $count } камней. Вот что показал анализ.
}
home-finder-title = Найти помощь рядом
home-finder-text = CAARUD и CSAPA в Иль-де-Франс, даже без интернета.
home-diary-title = Мой дневник
home-diary-text = Только для вас. Он хранится в этом телефоне.
home-private-note = Repère работает без интернета и ничего не отправляет.

## Placeholder screens

coming-title = Скоро здесь
coming-text = Этот раздел Repère ещё готовится. Он появится в следующей версии.
facts-title = Правда о крэке
finder-title = Найти помощь
diary-title = Мой дневник

## Not found and crash

not-found-title = Страница не найдена
not-found-text = Такой страницы в Repère нет.
crash-title = Что-то пошло не так
crash-text = В Repère произошла ошибка. Ваши данные остались в этом телефоне.
crash-reload = Перезагрузить

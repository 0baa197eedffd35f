# Repère, русский. Образец — французский (locales/fr).

## Shell

app-name = Repère
skip-to-content = Перейти к содержанию
nav-back-home = На главную
nav-about = О приложении
language-label = Язык
leave-now = Уйти
copy-address = Скопировать адрес
copy-address-done = Адрес скопирован.
copy-address-failed = Не удалось скопировать. Адрес написан выше.
share-title = Передать приложение

## Emergency bar (tel: links, always visible)

emergency-label = Экстренные номера, звонок бесплатный
emergency-samu-number = 15
emergency-samu-name = Скорая помощь
emergency-eu-number = 112
emergency-eu-name = Экстренная служба
emergency-dis-number = 0800 23 13 13
emergency-dis-name = Горячая линия по наркотикам
emergency-help = Что делать

## Home

home-title = Что вы хотите сделать?
home-facts-title = Правда о крэке
home-facts-text = { $count ->
    [one] Проверен { $count } камень. Вот что показало исследование.
    [few] Проверено { $count } камня. Вот что показало исследование.
   *[many] Проверено { $count } камней. Вот что показало исследование.
}
home-finder-title = Найти помощь рядом
home-finder-text = CAARUD и CSAPA в Иль-де-Франсе, даже без интернета.
home-diary-title = Мой дневник
home-diary-text = Только для вас. Он хранится в этом телефоне.
home-help-title = Что делать в экстренной ситуации
home-help-text = Когда звонить 15, первая помощь, как курить с меньшим риском.
home-private-note = Repère работает без интернета и ничего не отправляет.

## Screen titles

facts-title = Правда о крэке
finder-title = Найти помощь
diary-title = Мой дневник

## Not found and crash

not-found-title = Страница не найдена
not-found-text = Такой страницы в Repère нет.
crash-title = Что-то пошло не так
crash-text = В Repère произошла ошибка. Ваши данные остались в этом телефоне.
crash-reload = Обновить страницу
sw-offline-text = Не удалось открыть Repère без интернета. Подключитесь к интернету и обновите страницу.
screen-loading = Страница открывается…
start-failed = Repère не смог запуститься. Обновите страницу, лучше с интернетом. Экстренные номера и «Что делать» всё равно работают.

## Facts

facts-intro = Лаборатория проверила { $count ->
    [one] { $count } камень крэка, который принесли
    [few] { $count } камня крэка, которые принесли
    [many] { $count } камней крэка, которые принесли
   *[other] { $count } камня крэка, которые принесли
} люди, употребляющие крэк, в Иль-де-Франсе. Они же ответили на вопросы анкеты. Вот что показало исследование.
facts-nav-label = В этом разделе
facts-nav-cards = Читать карточки
facts-nav-rock = Мой камень: сколько в нём кокаина?
facts-nav-quiz = Тест: правда или нет?
facts-nav-present = Режим показа (планшет)
facts-nav-print = Карточки для печати
facts-back = Назад к разделу «Правда о крэке»

fact-label-belief = Говорят
fact-label-finding = Исследование показало
fact-label-caveat = Важно знать
fact-label-takeaway = Что можно сделать
fact-source = Источник:
fact-finder-link = Найти CAARUD рядом
fact-listen = Слушать
fact-origin-label = Откуда цифры:
fact-origin-lab = анализ камней в лаборатории
fact-origin-questionnaire = ответы потребителей крэка на анкету
fact-origin-price-and-lab = уплаченные цены и измеренная доля кокаина
fact-origin-seizures = оценка OFDT по изъятиям
fact-origin-hearsay = то, что говорят (продавцы, материалы полиции)
fact-table-note = Доля кокаина, вес и цена посчитаны по камням, в которых было больше { $counted_above_pct } % кокаина.

fact-basing-does-not-purify-belief = «Если сварить кокаин, он станет чище».
fact-basing-does-not-purify-finding = При варке кокаин может стать крепче, но примеси из порошка остаются в крэке.
fact-basing-does-not-purify-takeaway = Крэк не «чище» порошка. Начинайте с маленькой дозы.

fact-size-tells-amount-belief = «По цене понятно, сколько в камне кокаина».
fact-size-tells-amount-finding = Главное — размер: чем тяжелее камень, тем больше в нём кокаина. Связь сильная (корреляция { $weight_correlation }). С ценой связь намного слабее ({ $price_correlation }).
fact-size-tells-amount-takeaway = Смотрите на размер камня, а не на цену. Если камень большой, начните с маленького кусочка.

fact-looks-dont-tell-belief = «Хороший камень можно узнать по виду или по продавцу».
fact-looks-dont-tell-finding = Ни вид камня, ни продавец, ни место покупки не подскажут, что внутри камня. Опрошенные потребители крэка думали, что кокаина в камне в среднем { $estimated_level_pct } %. Анализ в лаборатории показал: в среднем { $real_level_pct } %.
fact-looks-dont-tell-takeaway = Камень может оказаться крепче, чем вы думаете. Всегда начинайте с маленькой дозы.

fact-rocks-smaller-than-said-belief = «Камень весит не меньше { $said_weight_mg } мг».
fact-rocks-smaller-than-said-finding = Когда камни взвесили в лаборатории, в среднем они весили { $average_weight_mg } мг — намного меньше. Почти { $share_100_to_150_mg_pct } % камней весили от { $share_low_mg } до { $share_high_mg } мг.
fact-rocks-smaller-than-said-takeaway = Маленький камень быстро кончается, и хочется купить ещё. Между приёмами ешьте, пейте воду и отдыхайте.

fact-content-high-and-steady-belief = «От камня к камню кокаин совсем разный».
fact-content-high-and-steady-finding = Доля кокаина уже высокая и меняется умеренно: от { $min_level_pct } до { $max_level_pct } %, а в половине камней — от { $half_low_pct } до { $half_high_pct } % (в среднем { $average_level_pct } %, медиана { $median_level_pct } %). Сильнее всего меняется количество кокаина в камне: от { $min_amount_mg } до { $max_amount_mg } мг, в среднем { $average_amount_mg } мг (медиана { $median_amount_mg } мг).
fact-content-high-and-steady-takeaway = Камень часто докуривают до конца, поэтому то, сколько вы примете, зависит от его размера. Начинайте с маленького кусочка.

fact-no-amphetamine-no-subutex-belief = «В крэк подмешивают амфетамин или Субутекс».
fact-no-amphetamine-no-subutex-finding = Ни в одном проверенном камне не нашли ни амфетамина, ни Субутекса® (бупренорфина). И всё же { $amphetamine_believers_pct } % опрошенных потребителей крэка думали, что там есть амфетамин, а { $subutex_believers_pct } % — что Субутекс.
fact-no-amphetamine-no-subutex-caveat = Следов аммиака тоже не нашли. Но исследование не смогло исключить, что все проверенные камни были сделаны на соде. Вдыхать крэк, в котором остался аммиак, опасно для здоровья.
fact-no-amphetamine-no-subutex-takeaway = Пользуйтесь только своей трубкой и своим мундштуком и никогда не давайте их другим. В CAARUD выдают бесплатные наборы.

fact-effects-come-from-cocaine-belief = «Сердце колотится, тревога, сводит челюсть — это всё от примесей».
fact-effects-come-from-cocaine-finding = Нет: это действие самого кокаина. От { $believers_low_pct } до { $believers_high_pct } % опрошенных потребителей крэка (смотря о каком эффекте речь) думали иначе.
fact-effects-come-from-cocaine-takeaway = Если такое началось, сделайте перерыв и употребляйте меньше. Ешьте, пейте воду, отдыхайте.

fact-real-cutting-agents-belief = «Я знаю, что в моём камне».
fact-real-cutting-agents-finding = Найденные примеси — в основном те же, что в порошковом кокаине: левамизол — в { $levamisole_pct } % камней, фенацетин — в { $phenacetin_pct } %. Из опрошенных потребителей крэка только { $levamisole_named_pct } % назвали левамизол. Левамизол может вызывать редкие, но опасные нарушения крови. Фенацетин есть не во всех камнях, и с учётом того, сколько крэка выкуривают, риск от него, похоже, очень низкий.
fact-real-cutting-agents-takeaway = Пользуйтесь только своими принадлежностями и никогда ими не делитесь. В CAARUD выдают бесплатные наборы.

fact-price-of-pure-cocaine-belief = «Крэк дешевле порошка».
fact-price-of-pure-cocaine-finding = По словам потребителей крэка, камень стоит в среднем { $average_price_eur } € (медиана { $median_price_eur } €). С учётом измеренной доли кокаина грамм чистого кокаина в виде крэка обходится примерно в { $pure_gram_as_crack_eur } € (в среднем { $pure_gram_average_eur } €, медиана { $pure_gram_median_eur } €). В виде порошка OFDT оценивает этот грамм в { $pure_gram_as_powder_eur } € (данные за { $powder_estimate_year } год по материковой Франции, по изъятиям).
fact-price-of-pure-cocaine-takeaway = Не тратьте деньги ещё и на принадлежности: в CAARUD бесплатно дают трубки, мундштуки и наборы. Никогда не делитесь своей трубкой.

quiz-title = Правда или нет?
quiz-intro = Фразы идут по одной. Скажите, правда это или нет.
quiz-progress = Вопрос { $number } из { $total }
quiz-true = Правда
quiz-false = Неправда
quiz-right = Верно!
quiz-wrong = Не совсем.
quiz-it-is-true = Это правда.
quiz-it-is-a-myth = Это неправда: это миф.
quiz-next = Следующий вопрос
quiz-see-score = Посмотреть результат
quiz-end-title = Готово!
quiz-score = { $score ->
    [one] { $score } правильный ответ из { $total }.
    [few] { $score } правильных ответа из { $total }.
    [many] { $score } правильных ответов из { $total }.
   *[other] { $score } правильного ответа из { $total }.
}
quiz-again = Ещё раз
quiz-private = Ничего не сохраняется: ответы исчезнут, когда вы уйдёте со страницы.
quiz-basing-does-not-purify-statement = Если сварить кокаин, примеси из него уходят.
quiz-size-tells-amount-statement = Как правило, чем больше камень, тем больше в нём кокаина.
quiz-looks-dont-tell-statement = Хороший камень можно узнать по виду или по продавцу.
quiz-rocks-smaller-than-said-statement = Камень весит не меньше { $said_weight_mg } мг.
quiz-content-high-and-steady-statement = В половине камней от { $half_low_pct } до { $half_high_pct } % кокаина.
quiz-no-amphetamine-no-subutex-statement = В крэк подмешивают амфетамин или Субутекс.
quiz-effects-come-from-cocaine-statement = Сердце колотится и сводит челюсть из-за самого кокаина.
quiz-real-cutting-agents-statement = В большинстве камней есть левамизол.
quiz-price-of-pure-cocaine-statement = В пересчёте на грамм чистого кокаина крэк дороже порошка.

rock-title = Сколько кокаина в моём камне?
rock-intro = Нажмите на рисунок, который больше всего похож на ваш камень, или введите его вес, если знаете.
rock-pick-title = Выберите размер
rock-ref-lightest = Самый лёгкий из проверенных
rock-ref-median = Половина весит меньше
rock-ref-average = Средний вес
rock-ref-said = Вес, о котором говорят
rock-ref-heaviest = Самый тяжёлый из проверенных
rock-amount-mg = { $amount_mg } мг
rock-drawings-note = Рисунки только сравнивают камни между собой. Они не в натуральную величину.
rock-weight-label = Вес камня в миллиграммах (мг)
rock-error-not-a-number = Введите вес цифрами.
rock-error-not-positive = Вес должен быть больше нуля.
rock-error-too-heavy = Для одного камня это слишком много. Введите вес не больше { $max_weight_mg } мг.
rock-result-title = В этом камне
rock-typical = Около { $typical_mg } мг кокаина
rock-legend-typical = Обычно: около { $typical_mg } мг
rock-legend-usual = В половине камней: от { $usual_low_mg } до { $usual_high_mg } мг
rock-legend-possible = От самого слабого до самого крепкого: от { $possible_low_mg } до { $possible_high_mg } мг
rock-estimate = В камне весом { $weight_mg } мг обычно около { $typical_mg } мг кокаина, часто от { $usual_low_mg } до { $usual_high_mg } мг, а в зависимости от камня — от { $possible_low_mg } до { $possible_high_mg } мг.
rock-estimate-beyond-survey = Внимание: проверенные камни весили от { $lightest_rock_mg } до { $heaviest_rock_mg } мг. Для такого веса расчёт менее точный.
rock-takeaway = Чем больше камень, тем больше в нём кокаина. Начинайте с маленького кусочка.
rock-basis-title = Как мы считаем
rock-estimate-basis = Мы умножаем вес на долю кокаина, измеренную в лаборатории. Из { $rocks_analysed ->
    [one] { $rocks_analysed } проверенного камня
   *[other] { $rocks_analysed } проверенных камней
} эти доли посчитаны по тем, в которых было больше { $counted_above_pct } % кокаина: в среднем { $typical_level_pct } %, в половине камней — от { $usual_low_pct } до { $usual_high_pct } %, а в целом — от { $possible_low_pct } до { $possible_high_pct } %. Мы исходим из того, что доля кокаина не зависит от размера камня.

present-title = Режим показа
present-second-language = Второй язык
present-second-none = Нет
present-nav-label = Смена карточки
present-previous = Предыдущая
present-next = Следующая
present-position = Карточка { $number } из { $total }
present-hint = Чтобы сменить карточку, нажмите кнопку или стрелку на клавиатуре либо проведите пальцем по экрану.
present-jump = Перейти к карточке
present-fullscreen = Во весь экран
present-fullscreen-exit = Выйти из полноэкранного режима
print-title = Карточки для печати
print-intro = На половине листа А4 — одна карточка. Её легко читать и при чёрно-белой печати. Внизу каждой страницы — экстренные номера. Чтобы карточки были на двух языках рядом, выберите второй язык.
print-button = Распечатать

## Diary

diary-private-note = Дневник хранится только в этом телефоне. Repère никуда его не отправляет.
diary-log-title = Записать
diary-used-now = Я только что употребил(а)
diary-since-last = В последний раз:
diary-empty = Пока ничего не записано. Достаточно одного нажатия на кнопку.
diary-duration-minutes = { $minutes } мин назад
diary-duration-hours = { $hours } ч { $minutes } мин назад
diary-duration-days = { $days ->
    [one] { $days } день { $hours } ч назад
    [few] { $days } дня { $hours } ч назад
   *[many] { $days } дней { $hours } ч назад
}
diary-past-title = Записать то, что было раньше
diary-past-save = Записать
diary-past-incomplete = Укажите день и время.
diary-past-future = Это время ещё не наступило.
diary-field-date = День
diary-field-time = Время
diary-toast-recorded = Записано в { $time }.
diary-toast-deleted = Удалено.
diary-toast-undone = Отменено.
diary-toast-saved = Сохранено.
diary-add-details = Добавить подробности
diary-undo = Отменить
diary-close = Закрыть
diary-cancel = Отмена
diary-save = Сохранить
diary-delete = Удалить
diary-edit = Изменить
diary-yes = Да
diary-no = Нет
diary-not-said = Не указано
diary-details-title = Подробности
diary-details-hint = Все поля необязательные. Заполните, что хотите, — сейчас или позже.
diary-field-amount = Количество
diary-field-unit = Единица
diary-unit-rocks = камни
diary-unit-mg = мг
diary-field-spent = Потрачено (€)
diary-field-route = Способ
diary-route-smoked = Курение через трубку
diary-route-inhaled = Вдыхание
diary-route-injected = Укол
diary-route-other = Другое
diary-field-company = В одиночку или с другими
diary-company-alone = В одиночку
diary-company-others = С другими
diary-field-shared-pipe = Общая трубка
diary-field-burns = Ожоги или порезы
diary-field-craving = Тяга (0 — нет, 10 — очень сильная)
diary-field-slept = Спал(а)
diary-field-ate = Ел(а)
diary-field-note = Заметка
diary-note-keyboard-hint = Клавиатура телефона может запомнить слова, которые вы здесь пишете.
diary-rocks = { $count ->
    [one] { $count } камень
    [few] { $count } камня
   *[many] { $count } камней
}
diary-mg = { $count } мг
diary-euros = { $amount } €
diary-at-least = не меньше { $amount }
diary-list-title = { $count ->
    [0] Записи
    [one] { $count } запись
    [few] { $count } записи
   *[many] { $count } записей
}
diary-list-empty = Здесь появятся ваши записи.
diary-list-more = Показать ещё
diary-stats-title = В цифрах
diary-today = Сегодня
diary-this-week = На этой неделе
diary-this-month = В этом месяце
diary-budget-title = Бюджет на неделю
diary-budget-spent = Потрачено { $spent } из { $budget }.
diary-budget-left = На этой неделе осталось { $amount }.
diary-budget-over = На этой неделе бюджет превышен на { $amount }.
diary-chart-title = { $days ->
    [one] Последний { $days } день
    [few] Последние { $days } дня
   *[many] Последние { $days } дней
}
diary-chart-summary = { $total ->
    [0] Нет записей за { $days } дней.
    [1] { $total } раз за { $days } дней.
    [one] { $total } раз за { $days } дней, максимум { $max } за день.
    [few] { $total } раза за { $days } дней, максимум { $max } за день.
   *[many] { $total } раз за { $days } дней, максимум { $max } за день.
}
diary-patterns-title = Что повторяется
diary-patterns-wait = Когда за 30 дней наберётся не меньше { $count } записей, Repère покажет здесь, что повторяется чаще всего.
diary-pattern-peak = Чаще всего с { $from } до { $to } ({ $uses } из { $total }).
diary-pattern-with-others = С другими: в { $percent } % случаев.
diary-pattern-shared-pipe = Общая трубка: в { $percent } % случаев.
diary-pattern-burns = Ожоги или порезы: в { $percent } % случаев.
diary-tip-own-pipe = Своя трубка и свой мундштук защищают от гепатитов и ожогов. В CAARUD их дают бесплатно.
diary-tip-caarud-link = Найти CAARUD
diary-goals-title = Моя цель
diary-goals-intro = Можно поставить цель, если хотите. Если не получится — это не перечёркивает того, что вы уже сделали.
diary-goal-kind = Цель
diary-goal-kind-pause = Сделать перерыв на несколько дней
diary-goal-kind-day = Ограничить число раз в день
diary-goal-kind-week = Ограничить число раз в неделю
diary-goal-kind-stop = Бросить
diary-goal-number-days = Сколько дней (от 1 до { $max })
diary-goal-number-uses = Сколько раз (от 0 до { $max })
diary-goal-start = Начать сегодня
diary-goal-end = Сменить цель
diary-goal-stop-now = Цель: бросить.
diary-goal-pause-now = { $days ->
    [one] Цель: перерыв на { $days } день.
    [few] Цель: перерыв на { $days } дня.
   *[many] Цель: перерыв на { $days } дней.
}
diary-goal-day-now = { $limit ->
    [0] Цель: ни разу за день.
    [one] Цель: не больше { $limit } раза в день.
   *[other] Цель: не больше { $limit } раз в день.
}
diary-goal-week-now = { $limit ->
    [0] Цель: ни разу за неделю.
    [one] Цель: не больше { $limit } раза в неделю.
   *[other] Цель: не больше { $limit } раз в неделю.
}
diary-goal-today = Сегодня: { $uses } из { $limit }.
diary-goal-this-week = На этой неделе: { $uses } из { $limit }.
diary-goal-days-kept = { $total ->
    [one] Удалось { $kept } из { $total } дня.
   *[other] Удалось { $kept } из { $total } дней.
}
diary-goal-weeks-kept = { $total ->
    [one] Удалось { $kept } из { $total } недели.
   *[other] Удалось { $kept } из { $total } недель.
}
diary-goal-pause-left = { $days ->
    [0] Последний день перерыва.
    [one] Ещё { $days } день, не считая сегодняшнего.
    [few] Ещё { $days } дня, не считая сегодняшнего.
   *[many] Ещё { $days } дней, не считая сегодняшнего.
}
diary-goal-pause-done = Перерыв закончился. Вы справились! Если снова будете употреблять, начните с гораздо меньшей дозы, чем раньше: организм отвык.
diary-goal-streak = Сейчас подряд: { $current }. Рекорд: { $best }.
diary-goal-slip = Бывает, что не получается. То, что вы уже выдержали, всё равно считается, и начать снова можно прямо сейчас.
diary-help-text = Хочется с кем-то поговорить? В CSAPA помогут бесплатно и без осуждения. Горячая линия Drogues Info Service (на французском) работает каждый день, звонок бесплатный и анонимный.
diary-help-csapa = Найти CSAPA
diary-help-dis = Позвонить в Drogues Info Service (на французском)
diary-settings-title = Настройки дневника
diary-budget-label = Бюджет на неделю (€, пусто — без бюджета)
diary-budget-saved = Бюджет сохранён.
diary-pin-title = Секретный код
diary-protect-intro = С кодом дневник закрывается, когда Repère свёрнут, и открыть его можно только этим кодом.
diary-pin-warning = Внимание: если вы забудете код, дневник не откроет никто, даже Repère. Вернуть его тогда поможет только файл резервной копии.
diary-pin-on = Дневник защищён ПИН-кодом.
diary-password-on = Дневник защищён паролем.
diary-pin-auto-lock = { $minutes ->
    [one] Дневник сам закроется, если Repère свёрнут больше { $minutes } минуты.
    [few] Дневник сам закроется, если Repère свёрнут больше { $minutes } минут.
   *[many] Дневник сам закроется, если Repère свёрнут больше { $minutes } минут.
}
diary-secret-kind = Чем защитить дневник
diary-secret-kind-pin = ПИН-код из 6 цифр или больше
diary-secret-kind-pin-protects = От того, кто возьмёт телефон в руки: после нескольких ошибок приходится ждать. Но если снять полную копию телефона специальными программами, код из 6 цифр можно подобрать за несколько минут.
diary-secret-kind-password = Пароль из 10 знаков или больше, можно с буквами
diary-secret-kind-password-protects = От всего этого, а также от полной копии телефона, если пароль длинный и его не угадать: например, четыре слова, не связанных между собой.
diary-secret-not-phone-code = Не ставьте код, которым открывается телефон: его могут знать другие.
diary-pin-new = Новый ПИН-код
diary-pin-again = Повторите ПИН-код
diary-password-new = Новый пароль
diary-password-again = Повторите пароль
diary-pin-current = Текущий ПИН-код
diary-password-current = Текущий пароль
diary-pin-set = Защитить дневник
diary-pin-change = Сменить код
diary-pin-changed = Код сменён.
diary-pin-remove = Убрать код
diary-pin-remove-text = Без кода дневник остаётся зашифрованным в этом телефоне, но открывается сразу, ничего не спрашивая. Чтобы убрать код, нужно ввести текущий код.
diary-pin-removed = Код убран. Теперь дневник открывается без кода.
diary-pin-set-done = Готово. Дневник зашифрован и привязан к этому телефону: чтобы его открыть, нужны этот телефон и ваш код.
diary-pin-not-set = Ничего не изменилось.
diary-weak-pin-short = { $count ->
    [one] Не меньше { $count } цифры.
    [few] Не меньше { $count } цифр.
   *[many] Не меньше { $count } цифр.
}
diary-weak-password-short = { $count ->
    [one] Не меньше { $count } знака.
    [few] Не меньше { $count } знаков.
   *[many] Не меньше { $count } знаков.
}
diary-weak-export-short = { $count ->
    [one] Для файла — не меньше { $count } знака: ключ этого телефона его не защищает.
    [few] Для файла — не меньше { $count } знаков: ключ этого телефона его не защищает.
   *[many] Для файла — не меньше { $count } знаков: ключ этого телефона его не защищает.
}
diary-weak-too-long = Слишком длинно: не больше 128 знаков.
diary-weak-not-digits = В ПИН-коде только цифры. Если нужны буквы, выберите пароль.
diary-weak-repeated = Слишком легко угадать: повторяются одни и те же цифры или буквы.
diary-weak-sequence = Слишком легко угадать: цифры или буквы идут подряд.
diary-weak-date = Слишком легко угадать: похоже на дату или год.
diary-weak-common = Слишком легко угадать: такой выбирают многие.
diary-pin-mismatch = Не совпадает: введите одно и то же оба раза.
diary-secret-tablet = В режиме общего планшета ничего не сохраняется, поэтому код не нужен.
diary-secret-busy = С кодом сейчас уже идёт другое действие. Попробуйте чуть позже.
diary-lock-now = Закрыть дневник
diary-locked-title = Дневник закрыт
diary-toast-noted = Записано в { $time }. Запись появится в дневнике, когда вы его откроете.
diary-locked-note-hint = Чтобы записать, открывать дневник не нужно: запись зашифрована и добавится, когда вы его откроете.
diary-note-unavailable = Записать, не открывая дневник, не получилось. Откройте его своим кодом.
diary-note-full = Уже много записей ждут добавления. Откройте дневник своим кодом, чтобы их добавить.
diary-note-altered = Ключ для записей при закрытом дневнике был изменён: ничего не записано. Откройте дневник своим кодом.
diary-pin-label = ПИН-код
diary-password-label = Пароль
diary-unlock = Открыть
diary-unlocking = Открывается…
diary-closing = Закрывается…
diary-opening = Дневник открывается…
diary-pin-wrong = Неверный код.
diary-pin-wrong-wait = { $seconds ->
    [one] Неверный код. Попробуйте снова через { $seconds } секунду.
    [few] Неверный код. Попробуйте снова через { $seconds } секунды.
   *[many] Неверный код. Попробуйте снова через { $seconds } секунд.
}
diary-pin-wait = { $seconds ->
    [one] Подождите { $seconds } секунду и попробуйте снова.
    [few] Подождите { $seconds } секунды и попробуйте снова.
   *[many] Подождите { $seconds } секунд и попробуйте снова.
}
diary-unlock-damaged = Код верный, но сохранённый дневник повреждён. Ничего не стёрто. Можно скачать его зашифрованный текст и сохранить.
diary-unlock-altered = Этот дневник не открывается ключом этого телефона: его изменили или скопировали сюда с другого устройства. Ничего не стёрто.
diary-download-sealed = Скачать зашифрованный текст
diary-pin-forgot = Забыли код?
diary-pin-forgot-text = Без кода дневник не откроет никто, даже Repère. Можно всё стереть и начать заново, а потом восстановить резервную копию, если она есть.
diary-attempts-report = { $count ->
    [1] С прошлого открытия дневника один раз ввели неверный код: { $when }.
    [one] С прошлого открытия дневника неверный код вводили { $count } раз, последний — { $when }.
    [few] С прошлого открытия дневника неверный код вводили { $count } раза, последний — { $when }.
   *[many] С прошлого открытия дневника неверный код вводили { $count } раз, последний — { $when }.
}
diary-notes-added = { $count ->
    [one] Добавлена { $count } запись, сделанная при закрытом дневнике.
    [few] Добавлены { $count } записи, сделанные при закрытом дневнике.
   *[many] Добавлено { $count } записей, сделанных при закрытом дневнике.
}
diary-notes-kept = { $count ->
    [one] { $count } запись, сделанную при закрытом дневнике, не удалось открыть: она не добавлена, а сохранена отдельно.
    [few] { $count } записи, сделанные при закрытом дневнике, не удалось открыть: они не добавлены, а сохранены отдельно.
   *[many] { $count } записей, сделанных при закрытом дневнике, не удалось открыть: они не добавлены, а сохранены отдельно.
}
diary-notes-key-replaced = Ключ для записей при закрытом дневнике больше не подходил к дневнику: возможно, кто-то хотел узнать, когда вы употребляете. Записи, которые ждали добавления, сохранены отдельно, и создан новый ключ.
diary-carried-over = Код сменили в другом окне. То, что здесь ещё не сохранилось, добавится, когда вы откроете дневник.
diary-carry-added = { $count ->
    [0] Изменения из другого окна уже были в дневнике.
    [one] Добавлена { $count } запись из другого окна.
    [few] Добавлены { $count } записи из другого окна.
   *[many] Добавлено { $count } записей из другого окна.
}
diary-kept-copy-dropped = Изменения, сохранённые в этой вкладке, добавить не удалось: с тех пор код сменили.
diary-weak-secret-notice = Ваш код короткий или его легко угадать. Выберите новый в настройках дневника.
diary-must-protect = Новый дневник сохранится, только когда вы поставите код: выберите его в настройках дневника.
diary-backup-reminder = Если вы смените телефон или браузер сотрёт свои данные, дневник сохранится только в файле резервной копии с паролем.
diary-backup-make = Сделать резервную копию
diary-backup-later = Позже
diary-unreadable-title = Этот дневник здесь не открывается
diary-unreadable-device-lost = В этом браузере нет ключа от дневника: дневник создали на другом телефоне или в другом браузере, или часть данных Repère стёрли.
diary-unreadable-device-unavailable = Этот браузер сейчас не даёт Repère открыть защищённое хранилище (режим инкогнито или данные сайтов заблокированы?). Попробуйте ещё раз в обычном окне.
diary-unreadable-future = Этот дневник сохранён более новой версией Repère. Закройте Repère и откройте снова, когда будет интернет: приложение обновится.
diary-unreadable-damaged = Дневник, защищённый кодом, повреждён.
diary-unreadable-replaced = Дневник был защищён кодом, а теперь его заменили или убрали. Возможно, кто-то менял данные на этом телефоне.
diary-unreadable-kept = Ничего не стёрто: текст дневника сохранён как есть, его можно скачать.
diary-start-again-title = Начать заново
diary-start-again-text = Можно начать новый дневник, а потом восстановить в нём резервную копию, если она есть. Старый текст будет храниться отдельно.
diary-start-again-protected = У старого дневника был код, поэтому у нового он тоже будет.
diary-start-again = Начать новый дневник
diary-memory-only-blocked = Этот браузер ничего не сохраняет для Repère (данные сайтов заблокированы или включён режим инкогнито). Дневник работает, но исчезнет, когда страницу закроют.
diary-memory-only-unsafe = Этот браузер не может надёжно хранить дневник. Дневник работает, но исчезнет, когда страницу закроют.
diary-tablet-title = Общий планшет
diary-tablet-text = Для устройства, которым пользуются и другие: дневник хранится только в памяти и никогда не сохраняется. Он исчезнет, когда страницу закроют.
diary-tablet-turn-on = Включить режим общего планшета
diary-tablet-turn-off = Выключить режим общего планшета
diary-tablet-on = Режим общего планшета: на этом устройстве ничего не сохраняется. Всё исчезнет, когда страницу закроют.
diary-tablet-not-with-secret = С кодом этот режим не включить: сначала уберите код.
diary-wipe-title = Стереть всё
diary-wipe-text = Стирает всё, что Repère хранит в этом браузере: дневник, его код, копии и ключ — во всех открытых окнах. Файлы резервных копий и история браузера остаются: удалите их сами.
diary-wipe = Стереть всё
diary-wipe-confirm-text = Точно стереть всё? То, что Repère хранит здесь, восстановить будет нельзя.
diary-wipe-confirm = Да, стереть всё
diary-data-title = Сохранить копию или восстановить
diary-export-text = Сохраните копию дневника в файл, чтобы потом восстановить его здесь или на другом телефоне.
diary-export-warning = Файл без пароля может прочитать кто угодно. Он остаётся в загрузках даже после «Стереть всё».
diary-export-json = Полный файл (JSON)
diary-export-csv = Таблица (CSV)
diary-export-sealed-title = Файл с паролем
diary-export-password = Пароль для файла
diary-export-password-hint = Не меньше 12 знаков. Запишите его в другом месте: без него файл не откроется.
diary-export-sealed = Скачать файл с паролем
diary-export-plain-title = Файл без пароля
diary-export-plain-needs-secret = Сначала введите код дневника.
diary-export-failed = Не удалось создать файл.
diary-import-title = Восстановить из копии
diary-import-text = Repère проверит весь файл, покажет, что будет добавлено, и добавит только с вашего согласия.
diary-import-choose = Выбрать файл
diary-import-password = Пароль от файла
diary-import-open = Открыть файл
diary-import-preview = { $count ->
    [one] В файле { $count } запись: уже в дневнике — { $present }, новых — { $new }.
    [few] В файле { $count } записи: уже в дневнике — { $present }, новых — { $new }.
   *[many] В файле { $count } записей: уже в дневнике — { $present }, новых — { $new }.
}
diary-import-confirm = { $count ->
    [0] Нечего добавить
    [one] Добавить { $count } запись
    [few] Добавить { $count } записи
   *[many] Добавить { $count } записей
}
diary-import-done = { $count ->
    [0] Ничего нового: всё уже было в дневнике.
    [one] В дневник добавлена { $count } запись.
    [few] В дневник добавлено { $count } записи.
   *[many] В дневник добавлено { $count } записей.
}
diary-import-unchanged = Дневник не изменился.
diary-import-no-file = Файл не выбран.
diary-import-unreadable = Этот файл не удаётся прочитать.
diary-import-device-bound = Этот файл — внутренняя копия дневника: она открывается только на том телефоне, где её сделали. Сделайте резервную копию на том телефоне.
diary-storage-full = Место для Repère в телефоне закончилось: последнее изменение ещё не сохранено.
diary-storage-unavailable = Этот браузер не даёт Repère ничего сохранять (режим инкогнито?).
diary-storage-kept = Пока страница открыта, ничего не потеряно. Repère сам попробует сохранить ещё раз. Для надёжности сохраните копию в файл.
diary-damaged-found = Сохранённый дневник был повреждён.
diary-damaged-kept = Его содержимое сохранено отдельно, без изменений. Вы можете скачать его себе.
diary-damaged-not-moved = Его содержимое осталось на месте, без изменений: сохранить его отдельно не хватает места. Поверх него ничего не будет записано.
diary-damaged-export = Скачать повреждённые данные
diary-crypto-unavailable = Этот браузер не умеет здесь шифровать.
diary-password-wrong = Неверный пароль или файл был изменён.
diary-invalid-time = Такой даты быть не может.
diary-invalid-offset = Такого часового пояса не бывает.
diary-invalid-amount = Слишком много (не больше 100 камней или 10 000 мг).
diary-invalid-spent = Слишком большая сумма (не больше 1000 €).
diary-invalid-craving = Тяга — от 0 до 10.
diary-invalid-note = Заметка слишком длинная (не больше 280 знаков).
diary-invalid-budget = Такой бюджет не подходит (нужно число не больше 10 000 €).
diary-invalid-goal = Такая цель не подходит: проверьте число.
diary-edit-not-found = Этой записи больше нет (удалена в другом окне?).
diary-edit-duplicate = Эта запись уже есть в дневнике.
diary-edit-full = Дневник заполнен (20 000 записей). Сохраните копию в файл, а потом сотрите дневник.
diary-data-too-large = Файл слишком большой для дневника Repère.
diary-data-truncated = Файл обрезан: не хватает конца.
diary-data-not-json = Это не файл дневника Repère.
diary-data-wrong-shape = Этот файл не похож на дневник Repère.
diary-data-no-version = Этот файл не из Repère.
diary-data-future-version = Файл из более новой версии Repère. Обновите приложение.
diary-data-unknown-version = У файла неизвестная версия.
diary-data-too-many = Слишком много записей: в дневнике стало бы больше 20 000.
diary-data-duplicate = В файле одна и та же запись повторяется дважды.
diary-data-invalid-entry = Запись № { $number }: { $problem }
diary-data-invalid-settings = Настройки в файле: { $problem }
diary-envelope-malformed = Этот защищённый файл повреждён.
diary-envelope-algorithm = Этот файл защищён способом, который Repère не знает.
diary-envelope-iterations = У этого защищённого файла небезопасные настройки, поэтому он не открыт.
diary-envelope-damaged = Этот защищённый файл повреждён или записан не полностью.
diary-duration-now = только что
diary-times = { $count ->
    [one] { $count } раз
    [few] { $count } раза
   *[many] { $count } раз
}

## Finder

finder-intro = CAARUD и CSAPA Иль-де-Франса. Всё хранится в телефоне: интернет не нужен.
finder-data-age = Реестр FINESS, { $date }: адреса могли измениться. Позвоните, прежде чем идти.
finder-where-title = Где вы?
finder-locate-privacy = Ваше местоположение остаётся в этом телефоне. Оно никуда не отправляется и не сохраняется.
finder-locate-button = Определить, где я
finder-locating = Ищем, где вы…
finder-locate-denied = Телефон не сообщил, где вы. Выберите станцию или город.
finder-locate-unavailable = Местоположение недоступно. Выберите станцию или город.
finder-locate-timeout = Местоположение определяется слишком долго. Попробуйте ещё раз или выберите станцию или город.
finder-locate-far = Похоже, вы далеко от Иль-де-Франса: все места далеко.
finder-search-label = Или введите станцию, город или округ Парижа
finder-search-hint = Например: Gare du Nord, Saint-Denis, 18e
finder-search-none = Ничего не найдено. Попробуйте другое название.
finder-option-arrondissement = Округ Парижа
finder-option-commune = Город, департамент { $departement }
finder-option-station = Станция: { $lines }
finder-from-position = Рядом с вами
finder-from-place = Рядом: { $name }
finder-change = Изменить
finder-choose-first = Укажите, где вы, и ближайшие места будут первыми.
finder-results-title = Где помогут
finder-filter-kind = Тип места
finder-filter-all = Все
finder-caarud-explained = CAARUD: снижение вреда. Бесплатные наборы, душ, кофе, можно поговорить. Без лишних вопросов.
finder-csapa-explained = CSAPA: лечение и поддержка, чтобы употреблять меньше или бросить.
finder-filter-departement = Департамент
finder-departement-all = Весь Иль-де-Франс
finder-assumption = Расстояние по прямой. Время пешком: расстояние × 1,3, со скоростью 4,5 км/ч.
finder-count = { $count ->
    [one] { $count } место
    [few] { $count } места
   *[many] { $count } мест
}
finder-none-here = Здесь нет мест с такими условиями. Измените тип или департамент.
finder-distance-m = { $metres } м
finder-distance-km = { $km } км
finder-walk = { $minutes ->
    [one] { $minutes } минута пешком
    [few] { $minutes } минуты пешком
   *[many] { $minutes } минут пешком
}
finder-call = Позвонить: { $phone }
finder-no-phone = Номер телефона этого места неизвестен.
finder-hours-unknown = Часы работы неизвестны: позвоните, прежде чем идти.
finder-directions = Маршрут (в приложении карт)
finder-osm = Открыть в OpenStreetMap
finder-osm-warning = Эта ссылка уводит из Repère и использует интернет.
finder-share = Поделиться
finder-map-link = Показать карту
finder-list-link = Показать список
finder-about-link = Источники и конфиденциальность
finder-back = Назад к списку мест
finder-not-found = Этого места нет в Repère.
finder-address-title = Адрес
finder-map-title = Карта мест, где помогут
finder-map-zoom = Масштаб карты
finder-map-paris = Париж
finder-map-region = Весь Иль-де-Франс
finder-map-you = Вы здесь
finder-map-text = На карте те же места, что и в списке. Нажмите на точку, чтобы открыть место.
finder-map-label = Карта: департаменты, округа Парижа и места, где помогут

## About

about-title = О приложении Repère
about-privacy-title = Конфиденциальность
about-privacy = Repère работает без интернета. Ничто из того, что вы здесь делаете, не покидает телефон: ни учётной записи, ни слежки, ни рекламы.
about-privacy-position = Ваше местоположение, если вы разрешите его определить, используется только для того, чтобы отсортировать места. Оно не отправляется и не сохраняется.
about-sources-title = Источники
about-finess = Места, где помогут: реестр FINESS министерства здравоохранения Франции, выгрузка от { $date }, лицензия Licence Ouverte 2.0. С тех пор что-то могло измениться: позвоните, прежде чем идти.
about-boundaries = Границы департаментов и городов: IGN Admin Express и INSEE, 2018, лицензия Licence Ouverte.
about-arrondissements = Округа Парижа: Ville de Paris, лицензия ODbL.
about-stations = Станции: Île-de-France Mobilités, лицензия ODbL.
about-sintes = Данные о крэке: исследование SINTES Observation crack (OFDT), { $count ->
    [one] { $count } камень, проверенный
    [few] { $count } камня, проверенных
   *[many] { $count } камней, проверенных
} в { $first_year } и { $last_year } годах.
about-help = Памятка «Что делать» своими словами пересказывает эти открытые источники, прочитанные { $date }. Адреса страниц указаны в памятке.
about-help-link = Открыть памятку и её источники
about-share-text = Чтобы поставить Repère на телефон другого человека, без магазина приложений и без учётной записи.
share-intro = Человек наводит камеру своего телефона на этот код, и открывается Repère.
share-qr-label = QR-код с адресом Repère: { $address }
share-address = Если код не читается, наберите этот адрес:
share-network-once = Телефону этого человека интернет нужен только один раз (мобильный интернет или Wi-Fi): открыть адрес и немного подождать, не закрывая страницу. Потом Repère работает без интернета.
share-private = В коде только адрес Repère: ничего ни о вас, ни об этом устройстве.
share-install-title = Добавить на главный экран телефона
share-install-android = Android, в Chrome: откройте адрес, нажмите меню ⋮, затем «Установить приложение» или «Добавить на главный экран».
share-install-ios = iPhone, в Safari: откройте адрес, нажмите «Поделиться» (квадрат со стрелкой), затем «На экран „Домой“».
share-send = Отправить адрес
about-credits = Указание источников:

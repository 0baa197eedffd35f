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

## Facts

facts-intro = Лаборатория проверила { $count ->
    [one] { $count } камень крэка, который принесли
    [few] { $count } камня крэка, которые принесли
    [many] { $count } камней крэка, которые принесли
   *[other] { $count } камня крэка, которые принесли
} потребители в Иль-де-Франс. Вот что она нашла.
facts-nav-label = В этом разделе
facts-nav-cards = Читать карточки
facts-nav-rock = Мой камень: сколько в нём кокаина?
facts-nav-quiz = Тест: правда или нет?
facts-nav-present = Режим показа (планшет)
facts-back = Назад: правда о крэке

fact-label-belief = Говорят
fact-label-finding = Анализ показал
fact-label-caveat = Важно знать
fact-label-takeaway = Что можно сделать
fact-source = Источник:
fact-finder-link = Найти CAARUD рядом
fact-listen = Слушать

fact-basing-does-not-purify-belief = «Если сварить кокаин, он станет чище».
fact-basing-does-not-purify-finding = При варке кокаин может стать крепче, но примеси из порошка остаются в крэке.
fact-basing-does-not-purify-takeaway = Крэк не «чище» порошка. Начинайте с маленькой дозы.

fact-size-tells-amount-belief = «По цене понятно, сколько в камне кокаина».
fact-size-tells-amount-finding = Главное — размер: чем тяжелее камень, тем больше в нём кокаина. Связь сильная (корреляция { $weight_correlation }). С ценой связь намного слабее ({ $price_correlation }).
fact-size-tells-amount-takeaway = Смотрите на размер камня, а не на цену. Если камень большой, начните с маленького кусочка.

fact-looks-dont-tell-belief = «Хороший камень видно по виду или по продавцу».
fact-looks-dont-tell-finding = Ни вид камня, ни продавец, ни место покупки не говорят, что в нём. Потребители думали, что кокаина в среднем { $estimated_level_pct } %. На деле его было { $real_level_pct } %.
fact-looks-dont-tell-takeaway = Камень может оказаться крепче, чем вы думаете. Всегда начинайте с маленькой дозы.

fact-rocks-smaller-than-said-belief = «Камень весит не меньше { $said_weight_mg } мг».
fact-rocks-smaller-than-said-finding = В лаборатории камни весили в среднем { $average_weight_mg } мг — намного меньше. Почти { $share_100_to_150_mg_pct } % весили от { $share_low_mg } до { $share_high_mg } мг.
fact-rocks-smaller-than-said-takeaway = Маленький камень быстро кончается, и хочется купить ещё. Между затяжками ешьте, пейте воду и отдыхайте.

fact-content-high-and-steady-belief = «От камня к камню кокаин совсем разный».
fact-content-high-and-steady-finding = Доля кокаина уже высокая и меняется мало: в половине камней было от { $half_low_pct } до { $half_high_pct } % кокаина (в среднем { $average_level_pct } %, медиана { $median_level_pct } %). Сильнее всего меняется количество кокаина в камне: от { $min_amount_mg } до { $max_amount_mg } мг, в среднем { $average_amount_mg } мг (медиана { $median_amount_mg } мг).
fact-content-high-and-steady-takeaway = Камень часто докуривают до конца, поэтому сколько вы примете, решает его размер. Начинайте с маленького кусочка.

fact-no-amphetamine-no-subutex-belief = «В крэк подмешивают амфетамин или Субутекс».
fact-no-amphetamine-no-subutex-finding = Ни в одном проверенном камне не нашли ни амфетамина, ни Субутекса® (бупренорфина). Но { $amphetamine_believers_pct } % опрошенных думали, что там есть амфетамин, а { $subutex_believers_pct } % — что Субутекс.
fact-no-amphetamine-no-subutex-caveat = Следов аммиака тоже не нашли. Но исследование не смогло исключить, что все проверенные камни были сварены на соде. Вдыхать крэк, в котором остался аммиак, — токсично.
fact-no-amphetamine-no-subutex-takeaway = Курите только из своей трубки и своего мундштука и никогда не давайте их другим. В CAARUD выдают бесплатные наборы.

fact-effects-come-from-cocaine-belief = «Сердце колотится, тревога, сводит челюсть — это всё от примесей».
fact-effects-come-from-cocaine-finding = Нет: это действие самого кокаина. В зависимости от эффекта от { $believers_low_pct } до { $believers_high_pct } % потребителей думали иначе.
fact-effects-come-from-cocaine-takeaway = Если это началось, сделайте перерыв и примите меньше. Ешьте, пейте воду, отдыхайте.

fact-real-cutting-agents-belief = «Я знаю, что в моём камне».
fact-real-cutting-agents-finding = Найденные примеси — те же, что в порошковом кокаине: левамизол — в { $levamisole_pct } % камней, фенацетин — в { $phenacetin_pct } %. Только { $levamisole_named_pct } % потребителей назвали левамизол. Левамизол может вызывать редкие, но серьёзные проблемы с кровью. В найденных количествах риск от фенацетина, похоже, очень низкий.
fact-real-cutting-agents-takeaway = Пользуйтесь только своими принадлежностями и никогда ими не делитесь. В CAARUD выдают бесплатные наборы.

fact-price-of-pure-cocaine-belief = «Крэк дешевле порошка».
fact-price-of-pure-cocaine-finding = Камень стоит в среднем { $average_price_eur } € (медиана { $median_price_eur } €). Но грамм чистого кокаина в виде крэка обходится примерно в { $pure_gram_as_crack_eur } € (в среднем { $pure_gram_average_eur } €, медиана { $pure_gram_median_eur } €). В виде порошка этот грамм оценивают в { $pure_gram_as_powder_eur } €.
fact-price-of-pure-cocaine-takeaway = Не тратьте деньги ещё и на принадлежности: в CAARUD бесплатно дают трубки, мундштуки и наборы. Никогда не давайте свою трубку другим.

quiz-title = Правда или нет?
quiz-intro = По одной фразе. Скажите, правда это или нет.
quiz-progress = Вопрос { $number } из { $total }
quiz-true = Правда
quiz-false = Неправда
quiz-right = Верно!
quiz-wrong = Не совсем.
quiz-it-is-true = Это правда.
quiz-it-is-a-myth = Это неправда: это миф.
quiz-next = Следующий вопрос
quiz-see-score = Мой результат
quiz-end-title = Готово!
quiz-score = { $score ->
    [one] { $score } правильный ответ из { $total }.
    [few] { $score } правильных ответа из { $total }.
    [many] { $score } правильных ответов из { $total }.
   *[other] { $score } правильного ответа из { $total }.
}
quiz-again = Ещё раз
quiz-private = Ничего не сохраняется: ответы исчезнут, когда вы уйдёте со страницы.
quiz-basing-does-not-purify-statement = Если сварить кокаин, он станет чище.
quiz-size-tells-amount-statement = Как правило, чем больше камень, тем больше в нём кокаина.
quiz-looks-dont-tell-statement = Хороший камень можно узнать по виду или по продавцу.
quiz-rocks-smaller-than-said-statement = Камень весит не меньше { $said_weight_mg } мг.
quiz-content-high-and-steady-statement = В половине камней от { $half_low_pct } до { $half_high_pct } % кокаина.
quiz-no-amphetamine-no-subutex-statement = В крэк подмешивают амфетамин или Субутекс.
quiz-effects-come-from-cocaine-statement = Сердце колотится и сводит челюсть от самого кокаина.
quiz-real-cutting-agents-statement = В большинстве камней есть левамизол.
quiz-price-of-pure-cocaine-statement = Если считать на грамм чистого кокаина, крэк дороже порошка.

rock-title = Сколько кокаина в моём камне?
rock-intro = Нажмите на рисунок, который больше всего похож на ваш камень, или введите его вес, если знаете.
rock-pick-title = Выберите размер
rock-ref-lightest = Самый лёгкий из проверенных
rock-ref-median = Половина весит меньше
rock-ref-average = Средний вес
rock-ref-said = Вес, о котором говорят
rock-ref-heaviest = Самый тяжёлый из проверенных
rock-amount-mg = { $amount_mg } мг
rock-drawings-note = Рисунки сравнивают камни между собой. Это не настоящий размер.
rock-weight-label = Вес камня в миллиграммах (мг)
rock-error-not-a-number = Введите вес цифрами.
rock-error-not-positive = Вес должен быть больше нуля.
rock-error-too-heavy = Для камня это слишком много. Введите вес не больше { $max_weight_mg } мг.
rock-result-title = В этом камне
rock-typical = около { $typical_mg } мг кокаина
rock-legend-typical = Обычно: около { $typical_mg } мг
rock-legend-usual = В половине камней: от { $usual_low_mg } до { $usual_high_mg } мг
rock-legend-possible = От самого слабого до самого чистого: от { $possible_low_mg } до { $possible_high_mg } мг
rock-estimate = В камне весом { $weight_mg } мг обычно около { $typical_mg } мг кокаина, часто от { $usual_low_mg } до { $usual_high_mg } мг, а в зависимости от камня — от { $possible_low_mg } до { $possible_high_mg } мг.
rock-estimate-beyond-survey = Внимание: проверенные камни весили от { $lightest_rock_mg } до { $heaviest_rock_mg } мг. Для такого веса расчёт менее точный.
rock-takeaway = Чем больше камень, тем больше в нём кокаина. Начинайте с маленького кусочка.
rock-basis-title = Как мы считаем
rock-estimate-basis = Мы умножаем вес на долю кокаина, измеренную в { $rocks_analysed ->
    [one] { $rocks_analysed } проверенном камне
    [few] { $rocks_analysed } проверенных камнях
    [many] { $rocks_analysed } проверенных камнях
   *[other] { $rocks_analysed } проверенных камнях
}: в среднем { $typical_level_pct } %, от { $usual_low_pct } до { $usual_high_pct } % в половине из них и от { $possible_low_pct } до { $possible_high_pct } % во всех. Мы считаем, что доля кокаина не зависит от размера камня. Эти доли посчитаны по камням, в которых было больше { $counted_above_pct } % кокаина.

present-title = Режим показа
present-second-language = Второй язык
present-second-none = Нет
present-nav-label = Смена карточки
present-previous = Назад
present-next = Дальше
present-position = Карточка { $number } из { $total }
present-hint = Чтобы сменить карточку: кнопки, стрелки на клавиатуре или проведите пальцем по экрану.

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>The analysis region: type a country's name in any language Natural Earth knows</source>
        <translation>Регион анализа: введите название страны на любом языке, известном Natural Earth</translation>
    </message>
    <message>
        <source>Country (type to search)…</source>
        <translation>Страна (введите для поиска)…</translation>
    </message>
    <message>
        <source>Click a country</source>
        <translation>Щелчок по стране</translation>
    </message>
    <message>
        <source>Then click a country on the map to make it the region</source>
        <translation>Затем щёлкните по стране на карте, чтобы сделать её регионом</translation>
    </message>
    <message>
        <source>Draw a box</source>
        <translation>Прямоугольник</translation>
    </message>
    <message>
        <source>Then drag on the map to draw a latitude/longitude box</source>
        <translation>Затем протяните мышью по карте, чтобы задать прямоугольник по широте и долготе</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Круг</translation>
    </message>
    <message>
        <source>Then click on the map to place a circle of the radius beside</source>
        <translation>Затем щёлкните по карте, чтобы поставить круг с радиусом, указанным рядом</translation>
    </message>
    <message>
        <source> km</source>
        <translation> км</translation>
    </message>
    <message>
        <source>Radius of the circle placed by clicking on the map</source>
        <translation>Радиус круга, который ставится щелчком по карте</translation>
    </message>
    <message>
        <source>&lt;i&gt;No region yet&lt;/i&gt;</source>
        <translation>&lt;i&gt;Регион ещё не выбран&lt;/i&gt;</translation>
    </message>
    <message>
        <source>What counts as 'over the region': camera reach, directly overhead, or radio contact</source>
        <translation>Что значит «над регионом»: досягаемость камеры, точно над головой или радиосвязь</translation>
    </message>
    <message>
        <source>Camera can see it (off-nadir angle)</source>
        <translation>Камера видит его (угол от надира)</translation>
    </message>
    <message>
        <source>Directly overhead (ground track crosses)</source>
        <translation>Точно над головой (трасса пересекает регион)</translation>
    </message>
    <message>
        <source>Radio contact (elevation mask)</source>
        <translation>Радиосвязь (маска угла места)</translation>
    </message>
    <message>
        <source>Camera: largest angle from straight down; radio: lowest elevation above the horizon</source>
        <translation>Камера: наибольший угол от направления вниз; радио: наименьший угол места над горизонтом</translation>
    </message>
    <message>
        <source>Off-nadir angle</source>
        <translation>Угол отклонения от надира</translation>
    </message>
    <message>
        <source>Daylight only, Sun above</source>
        <translation>Только днём, Солнце выше</translation>
    </message>
    <message>
        <source>Keep only passes with the Sun above this height at the region (a camera needs light)</source>
        <translation>Оставить только пролёты, когда Солнце в регионе выше этой высоты (камере нужен свет)</translation>
    </message>
    <message>
        <source>Lowest Sun elevation at the region that counts as daylight</source>
        <translation>Наименьшая высота Солнца в регионе, которая считается дневной</translation>
    </message>
    <message>
        <source>Ranges from the elements' uncertainty</source>
        <translation>Разброс из-за неточности элементов</translation>
    </message>
    <message>
        <source>Also sample 32 element sets from the uncertainty model: pass start windows and 5-95 % ranges of the statistics (takes several seconds more)</source>
        <translation>Дополнительно взять 32 набора элементов из модели неопределённости: окна начала пролётов и диапазоны статистики 5–95 % (ещё несколько секунд)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> сут</translation>
    </message>
    <message>
        <source>Analysis window, from the time bar's start</source>
        <translation>Окно анализа от начала шкалы времени</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Рассчитать</translation>
    </message>
    <message>
        <source>Compute the passes (Ctrl+R)</source>
        <translation>Рассчитать пролёты (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop the computation (Esc); the last result stays</source>
        <translation>Остановить расчёт (Esc); последний результат сохранится</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Zoom to region</source>
        <translation>К региону</translation>
    </message>
    <message>
        <source>Fit the map to the region (Ctrl+Shift+R, or double-click the region)</source>
        <translation>Вписать регион в карту (Ctrl+Shift+R или двойной щелчок по региону)</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Elevation mask</source>
        <translation>Маска угла места</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Угол</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>box</source>
        <translation>прямоугольник</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>круг</translation>
    </message>
    <message>
        <source>polygon</source>
        <translation>многоугольник</translation>
    </message>
    <message>
        <source>geojson</source>
        <translation>GeoJSON</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Overflight could not start</source>
        <translation>Не удалось запустить Overflight</translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>Open an article: text, Markdown or HTML (Ctrl+Shift+O)</source>
        <translation>Открыть статью: текст, Markdown или HTML (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>Paste an article's text</source>
        <translation>Вставить текст статьи</translation>
    </message>
    <message>
        <source>Context note</source>
        <translation>Справка по теме</translation>
    </message>
    <message>
        <source>Show Overflight's own background note</source>
        <translation>Показать справочную заметку Overflight по теме</translation>
    </message>
    <message>
        <source>The article's date, for 'on Tuesday', 'last week' and dates without a year</source>
        <translation>Дата статьи — для «во вторник», «на прошлой неделе» и дат без года</translation>
    </message>
    <message>
        <source>Article dated</source>
        <translation>Дата статьи</translation>
    </message>
    <message>
        <source>Untick when the article's date is not known</source>
        <translation>Снимите флажок, если дата статьи неизвестна</translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>Открыть статью</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>Статьи (*.txt *.md *.markdown *.html *.htm);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Paste article</source>
        <translation>Вставить статью</translation>
    </message>
    <message>
        <source>Article: {title} ({source})</source>
        <translation>Статья: {title} ({source})</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>без названия</translation>
    </message>
    <message>
        <source>&lt;i&gt;Open an article to read it beside the map.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Откройте статью, чтобы читать её рядом с картой.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Context note: {0}</source>
        <translation>Справка по теме: {0}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Checking claims…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Проверка утверждений…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Links in the article&lt;/b&gt; (open in your browser when clicked):</source>
        <translation>&lt;b&gt;Ссылки в статье&lt;/b&gt; (открываются в браузере по щелчку):</translation>
    </message>
    <message>
        <source>&lt;i&gt;No satellites, places or dates found.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Спутники, места и даты не найдены.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Found in the text</source>
        <translation>Найдено в тексте</translation>
    </message>
    <message>
        <source>&lt;i&gt;No statement found that Overflight can check (passes a day, orbit height, period, resolution, launch time).&lt;/i&gt;</source>
        <translation>&lt;i&gt;Нет утверждений, которые Overflight может проверить (пролёты в сутки, высота орбиты, период, разрешение, время запуска).&lt;/i&gt;</translation>
    </message>
    <message>
        <source>article:</source>
        <translation>в статье:</translation>
    </message>
    <message>
        <source>computed:</source>
        <translation>расчёт:</translation>
    </message>
    <message>
        <source>Claims checked</source>
        <translation>Проверенные утверждения</translation>
    </message>
    <message>
        <source>Satellite: {0}</source>
        <translation>Спутник: {0}</translation>
    </message>
    <message>
        <source>Analysis region: {0}. Press Run (Ctrl+R).</source>
        <translation>Регион анализа: {0}. Нажмите «Рассчитать» (Ctrl+R).</translation>
    </message>
    <message>
        <source>Time set to {0}</source>
        <translation>Время установлено на {0}</translation>
    </message>
    <message>
        <source>satellite</source>
        <translation>спутник</translation>
    </message>
    <message>
        <source>launch vehicle</source>
        <translation>ракета-носитель</translation>
    </message>
    <message>
        <source>launch site</source>
        <translation>космодром</translation>
    </message>
    <message>
        <source>ground station</source>
        <translation>наземная станция</translation>
    </message>
    <message>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>Open &amp;article…</source>
        <translation>Открыть с&amp;татью…</translation>
    </message>
    <message>
        <source>Paste a&amp;rticle</source>
        <translation>Вставить стать&amp;ю</translation>
    </message>
</context>
<context>
    <name>BurnSection</name>
    <message>
        <source>Next perigee</source>
        <translation>Ближайший перигей</translation>
    </message>
    <message>
        <source>Next apogee</source>
        <translation>Ближайший апогей</translation>
    </message>
    <message>
        <source>Next ascending node</source>
        <translation>Ближайший восходящий узел</translation>
    </message>
    <message>
        <source>Next descending node</source>
        <translation>Ближайший нисходящий узел</translation>
    </message>
    <message>
        <source>Perigee</source>
        <translation>Перигей</translation>
    </message>
    <message>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <source>Apogee</source>
        <translation>Апогей</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>Inclination</source>
        <translation>Наклонение</translation>
    </message>
    <message>
        <source>Track shift</source>
        <translation>Сдвиг трассы</translation>
    </message>
    <message>
        <source>{0:+,.1f} km a day at the equator (+ westward)</source>
        <translation>{0:+,.1f} км в сутки на экваторе (+ к западу)</translation>
    </message>
    <message>
        <source>At the clock's time</source>
        <translation>В момент на часах</translation>
    </message>
    <message>
        <source>When the engine fires: searched after the clock's time</source>
        <translation>Когда включается двигатель: поиск ведётся после момента на часах</translation>
    </message>
    <message>
        <source>Velocity change in metres per second; type up to 10,000 in the box</source>
        <translation>Изменение скорости в метрах в секунду; в поле можно ввести до 10 000</translation>
    </message>
    <message>
        <source> m/s</source>
        <translation> м/с</translation>
    </message>
    <message>
        <source>Burn this satellite</source>
        <translation>Манёвр этого спутника</translation>
    </message>
    <message>
        <source>Use the satellite selected in the list as the one that burns</source>
        <translation>Взять спутник, выбранный в списке, как совершающий манёвр</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Remove the orbit after the burn from the map</source>
        <translation>Убрать с карты орбиту после манёвра</translation>
    </message>
    <message>
        <source>Hohmann transfer to a height</source>
        <translation>Гомановский переход на высоту</translation>
    </message>
    <message>
        <source>Plane change</source>
        <translation>Смена плоскости</translation>
    </message>
    <message>
        <source>Hohmann with plane change at apogee</source>
        <translation>Гоман со сменой плоскости в апогее</translation>
    </message>
    <message>
        <source>Phasing: move along the orbit</source>
        <translation>Фазирование: сдвиг вдоль орбиты</translation>
    </message>
    <message>
        <source>A classic transfer from the satellite's circular height, with its budget</source>
        <translation>Классический переход с круговой высоты спутника, с бюджетом Δv</translation>
    </message>
    <message>
        <source> km</source>
        <translation> км</translation>
    </message>
    <message>
        <source>Height of the final circular orbit</source>
        <translation>Высота конечной круговой орбиты</translation>
    </message>
    <message>
        <source>Plane change, or how far to move along the orbit (negative: fall behind)</source>
        <translation>Смена плоскости или сдвиг вдоль орбиты (отрицательный: отстать)</translation>
    </message>
    <message>
        <source>Phasing: revolutions of the phasing orbit</source>
        <translation>Фазирование: число витков фазирующей орбиты</translation>
    </message>
    <message>
        <source>Apply the transfer</source>
        <translation>Применить переход</translation>
    </message>
    <message>
        <source>Make the transfer's burns on the selected satellite</source>
        <translation>Выполнить импульсы перехода для выбранного спутника</translation>
    </message>
    <message>
        <source>Watch it on the globe</source>
        <translation>Посмотреть на глобусе</translation>
    </message>
    <message>
        <source>Show the globe and play the clock from the first burn to the last, the whole transfer in about half a minute</source>
        <translation>Показать глобус и запустить часы от первого импульса до последнего: весь переход примерно за полминуты</translation>
    </message>
    <message>
        <source>Burn</source>
        <translation>Импульс</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Prograde</source>
        <translation>По скорости</translation>
    </message>
    <message>
        <source>Radial</source>
        <translation>Радиальный</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>По нормали</translation>
    </message>
    <message>
        <source>Transfers (vis-viva)</source>
        <translation>Переходы (vis-viva)</translation>
    </message>
    <message>
        <source>To height</source>
        <translation>На высоту</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Угол</translation>
    </message>
    <message>
        <source>Revolutions</source>
        <translation>Витки</translation>
    </message>
    <message>
        <source>Select a satellite in the Satellites list first.</source>
        <translation>Сначала выберите спутник в списке «Спутники».</translation>
    </message>
    <message>
        <source>Satellite: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Спутник: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a satellite and press “Burn this satellite”.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Выберите спутник и нажмите «Манёвр этого спутника».&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Move a slider to burn.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Сдвиньте ползунок, чтобы дать импульс.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Re-enters at once</source>
        <translation>Сразу входит в атмосферу</translation>
    </message>
    <message>
        <source>Perigee {0:,.0f} km: below the surface. No orbit is made.</source>
        <translation>Перигей {0:,.0f} км: ниже поверхности. Орбита не получается.</translation>
    </message>
    <message>
        <source>Burn at</source>
        <translation>Момент импульса</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose the satellite first.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Сначала выберите спутник.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Burn {0}</source>
        <translation>Импульс {0}</translation>
    </message>
    <message>
        <source>{0:+,.1f} m/s</source>
        <translation>{0:+,.1f} м/с</translation>
    </message>
    <message>
        <source>Total Δv</source>
        <translation>Суммарная Δv</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,.1f} m/s&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0:,.1f} м/с&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>{0:.2f} h</source>
        <translation>{0:.2f} ч</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <source>{0} passes a day over {1}</source>
        <translation>пролётов в сутки: {0} (регион: {1})</translation>
    </message>
    <message>
        <source>{0} contacts a day with {1}</source>
        <translation>сеансов связи в сутки: {0} (пункт: {1})</translation>
    </message>
    <message>
        <source>orbit height {0} km</source>
        <translation>высота орбиты {0} км</translation>
    </message>
    <message>
        <source>period {0} minutes</source>
        <translation>период {0} мин</translation>
    </message>
    <message>
        <source>{0} m resolution from {1} km</source>
        <translation>разрешение {0} м с высоты {1} км</translation>
    </message>
    <message>
        <source>{0} m resolution</source>
        <translation>разрешение {0} м</translation>
    </message>
    <message>
        <source>{0} a day (ground track crossing {1}: {2} a day)</source>
        <translation>{0} в сутки (трасса пересекает регион {1}: {2} в сутки)</translation>
    </message>
    <message>
        <source>{0} a day</source>
        <translation>{0} в сутки</translation>
    </message>
    <message>
        <source>{0} to {1} km (mean {2} km)</source>
        <translation>от {0} до {1} км (в среднем {2} км)</translation>
    </message>
    <message>
        <source>{0} minutes</source>
        <translation>{0} мин</translation>
    </message>
    <message>
        <source>{0}, contact at 10° elevation from anywhere in {1}, {2} days from the element epoch, approximate elements</source>
        <translation>{0}, связь при угле места 10° из любой точки региона {1}, {2} сут от эпохи элементов, приближённые элементы</translation>
    </message>
    <message>
        <source>{0}, contact at 10° elevation from anywhere in {1}, {2} days from the element epoch</source>
        <translation>{0}, связь при угле места 10° из любой точки региона {1}, {2} сут от эпохи элементов</translation>
    </message>
    <message>
        <source>{0}, contact above 5° elevation at {1}, {2} days from the element epoch, approximate elements</source>
        <translation>{0}, связь при угле места выше 5° в пункте {1}, {2} сут от эпохи элементов, приближённые элементы</translation>
    </message>
    <message>
        <source>{0}, contact above 5° elevation at {1}, {2} days from the element epoch</source>
        <translation>{0}, связь при угле места выше 5° в пункте {1}, {2} сут от эпохи элементов</translation>
    </message>
    <message>
        <source>{0} mean elements, approximate elements</source>
        <translation>средние элементы {0}, приближённые элементы</translation>
    </message>
    <message>
        <source>{0} mean elements</source>
        <translation>средние элементы {0}</translation>
    </message>
    <message>
        <source>{0} mean motion, approximate elements</source>
        <translation>среднее движение {0}, приближённые элементы</translation>
    </message>
    <message>
        <source>{0} mean motion</source>
        <translation>среднее движение {0}</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>согласуется</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>расходится</translation>
    </message>
    <message>
        <source>for comparison</source>
        <translation>для сравнения</translation>
    </message>
    <message>
        <source>cannot tell with these elements</source>
        <translation>по этим элементам нельзя сказать</translation>
    </message>
</context>
<context>
    <name>Compass</name>
    <message>
        <source>N</source>
        <translation>С</translation>
    </message>
    <message>
        <source>NNE</source>
        <translation>ССВ</translation>
    </message>
    <message>
        <source>NE</source>
        <translation>СВ</translation>
    </message>
    <message>
        <source>ENE</source>
        <translation>ВСВ</translation>
    </message>
    <message>
        <source>E</source>
        <translation>В</translation>
    </message>
    <message>
        <source>ESE</source>
        <translation>ВЮВ</translation>
    </message>
    <message>
        <source>SE</source>
        <translation>ЮВ</translation>
    </message>
    <message>
        <source>SSE</source>
        <translation>ЮЮВ</translation>
    </message>
    <message>
        <source>S</source>
        <translation>Ю</translation>
    </message>
    <message>
        <source>SSW</source>
        <translation>ЮЮЗ</translation>
    </message>
    <message>
        <source>SW</source>
        <translation>ЮЗ</translation>
    </message>
    <message>
        <source>WSW</source>
        <translation>ЗЮЗ</translation>
    </message>
    <message>
        <source>W</source>
        <translation>З</translation>
    </message>
    <message>
        <source>WNW</source>
        <translation>ЗСЗ</translation>
    </message>
    <message>
        <source>NW</source>
        <translation>СЗ</translation>
    </message>
    <message>
        <source>NNW</source>
        <translation>ССЗ</translation>
    </message>
</context>
<context>
    <name>CoverageFigures</name>
    <message>
        <source>accesses in the window</source>
        <translation>сеансов в окне</translation>
    </message>
    <message>
        <source>accesses a day</source>
        <translation>сеансов в сутки</translation>
    </message>
    <message>
        <source>mean gap (h)</source>
        <translation>средний перерыв (ч)</translation>
    </message>
    <message>
        <source>median gap (h)</source>
        <translation>медианный перерыв (ч)</translation>
    </message>
    <message>
        <source>longest gap (h)</source>
        <translation>наибольший перерыв (ч)</translation>
    </message>
    <message>
        <source>time in view (%)</source>
        <translation>время в зоне видимости (%)</translation>
    </message>
    <message>
        <source>time to first access (h)</source>
        <translation>время до первого сеанса (ч)</translation>
    </message>
    <message>
        <source>satellites in view (mean)</source>
        <translation>спутников в зоне видимости (в среднем)</translation>
    </message>
    <message>
        <source>satellites in view (minimum)</source>
        <translation>спутников в зоне видимости (минимум)</translation>
    </message>
</context>
<context>
    <name>CoverageLayer</name>
    <message>
        <source>{0:.0f} accesses ({1:.2f}/day)</source>
        <translation>сеансов: {0:.0f} ({1:.2f} в сутки)</translation>
    </message>
    <message>
        <source>gap mean {0:.1f} h, max {1:.1f} h</source>
        <translation>перерыв: средний {0:.1f} ч, наибольший {1:.1f} ч</translation>
    </message>
    <message>
        <source>in view {0:.2f} %</source>
        <translation>в зоне видимости {0:.2f} %</translation>
    </message>
    <message>
        <source>cell: {0}</source>
        <translation>ячейка: {0}</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>не определено</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Cell size: finer grids take longer (0.25° is about 28 km)</source>
        <translation>Размер ячейки: мелкая сетка считается дольше (0,25° — около 28 км)</translation>
    </message>
    <message>
        <source>Whole globe</source>
        <translation>Весь земной шар</translation>
    </message>
    <message>
        <source>The analysis region</source>
        <translation>Регион анализа</translation>
    </message>
    <message>
        <source>Where the grid lies</source>
        <translation>Где лежит сетка</translation>
    </message>
    <message>
        <source>Land only</source>
        <translation>Только суша</translation>
    </message>
    <message>
        <source>Only the cells whose centre is on land (Natural Earth countries); the summary covers those cells alone</source>
        <translation>Только ячейки, центр которых на суше (страны Natural Earth); сводка учитывает только их</translation>
    </message>
    <message>
        <source>The figure of merit shown on the map</source>
        <translation>Показатель, показываемый на карте</translation>
    </message>
    <message>
        <source>Show the coverage layer</source>
        <translation>Показать слой покрытия</translation>
    </message>
    <message>
        <source>Show or hide the heat map under the tracks</source>
        <translation>Показать или скрыть тепловую карту под трассами</translation>
    </message>
    <message>
        <source>none (this process)</source>
        <translation>нет (этот процесс)</translation>
    </message>
    <message>
        <source>Split the grid's rows over this many processes on this computer (Dask; for the largest jobs: many satellites, fine grids)</source>
        <translation>Разделить строки сетки между этим числом процессов на этом компьютере (Dask; для самых больших задач: много спутников, мелкая сетка)</translation>
    </message>
    <message>
        <source>tcp://HOST:PORT (optional)</source>
        <translation>tcp://HOST:PORT (необязательно)</translation>
    </message>
    <message>
        <source>Send the job to an existing Dask cluster whose workers have Overflight installed</source>
        <translation>Отправить задачу в существующий кластер Dask, на рабочих узлах которого установлен Overflight</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Вычислить</translation>
    </message>
    <message>
        <source>Coverage of the selected satellites with the Analysis panel's settings</source>
        <translation>Покрытие выбранными спутниками с настройками панели «Анализ»</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop the computation; the last map stays</source>
        <translation>Остановить расчёт; последняя карта сохранится</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select satellites, then Compute.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Выберите спутники, затем «Вычислить».&lt;/i&gt;</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Every cell's figures as CSV</source>
        <translation>Показатели каждой ячейки в CSV</translation>
    </message>
    <message>
        <source>GeoJSON…</source>
        <translation>GeoJSON…</translation>
    </message>
    <message>
        <source>Cells as GeoJSON polygons with their figures</source>
        <translation>Ячейки как многоугольники GeoJSON с показателями</translation>
    </message>
    <message>
        <source>T: satellites in all</source>
        <translation>T: всего спутников</translation>
    </message>
    <message>
        <source>P: orbital planes (T must be a multiple of P)</source>
        <translation>P: орбитальных плоскостей (T должно делиться на P)</translation>
    </message>
    <message>
        <source>F: phasing between planes, 0 to P-1</source>
        <translation>F: фазирование между плоскостями, от 0 до P-1</translation>
    </message>
    <message>
        <source>Delta (nodes over 360°)</source>
        <translation>Дельта (узлы на 360°)</translation>
    </message>
    <message>
        <source>Star (nodes over 180°)</source>
        <translation>Звезда (узлы на 180°)</translation>
    </message>
    <message>
        <source>How the planes' nodes are spread</source>
        <translation>Как распределены узлы плоскостей</translation>
    </message>
    <message>
        <source>Add constellation from the selected satellite</source>
        <translation>Добавить группировку на основе выбранного спутника</translation>
    </message>
    <message>
        <source>Walker members join the catalogue as DESIGNED satellites and are selected</source>
        <translation>Спутники группировки Уокера добавляются в каталог с пометкой DESIGNED и выбираются</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Сетка</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Ячейки</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Each satellite's sensor</source>
        <translation>Датчик каждого спутника</translation>
    </message>
    <message>
        <source>Large jobs</source>
        <translation>Большие задачи</translation>
    </message>
    <message>
        <source>Worker processes</source>
        <translation>Рабочие процессы</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Walker constellation</source>
        <translation>Группировка Уокера</translation>
    </message>
    <message>
        <source>Satellites</source>
        <translation>Спутники</translation>
    </message>
    <message>
        <source>Planes</source>
        <translation>Плоскости</translation>
    </message>
    <message>
        <source>Phasing</source>
        <translation>Фазирование</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Select one or more satellites first.</source>
        <translation>Сначала выберите один или несколько спутников.</translation>
    </message>
    <message>
        <source>about {0:,.0f} million accesses: over the 1 GB budget; choose larger cells, the region only or a shorter window</source>
        <translation>около {0:,.0f} млн сеансов: больше лимита в 1 ГБ; выберите ячейки крупнее, только регион или окно короче</translation>
    </message>
    <message>
        <source>Cancelled; the last map stays.</source>
        <translation>Отменено; последняя карта сохранится.</translation>
    </message>
    <message>
        <source>Coarse map shown; refining at {spacing_deg:g}°…</source>
        <translation>Показана грубая карта; уточнение до {spacing_deg:g}°…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} satellite(s)&lt;/b&gt;, {days:g} days, {criterion}, daylight</source>
        <translation>&lt;b&gt;Спутников: {count}&lt;/b&gt;, {days:g} сут, {criterion}, днём</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} satellite(s)&lt;/b&gt;, {days:g} days, {criterion}</source>
        <translation>&lt;b&gt;Спутников: {count}&lt;/b&gt;, {days:g} сут, {criterion}</translation>
    </message>
    <message>
        <source>Flagged elements: {0}</source>
        <translation>Помеченные элементы: {0}</translation>
    </message>
    <message>
        <source>Compute a coverage map first.</source>
        <translation>Сначала рассчитайте карту покрытия.</translation>
    </message>
    <message>
        <source>Export coverage</source>
        <translation>Экспорт покрытия</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>Coverage saved to {path}</source>
        <translation>Покрытие сохранено в {path}</translation>
    </message>
    <message>
        <source>Select the seed satellite first.</source>
        <translation>Сначала выберите исходный спутник.</translation>
    </message>
    <message>
        <source>Could not keep the members: {0}</source>
        <translation>Не удалось сохранить спутники группировки: {0}</translation>
    </message>
    <message>
        <source>{0} DESIGNED members added and selected; Compute to see their coverage.</source>
        <translation>Добавлено и выбрано спутников с пометкой DESIGNED: {0}; нажмите «Вычислить», чтобы увидеть их покрытие.</translation>
    </message>
</context>
<context>
    <name>Criterion</name>
    <message>
        <source>directly overhead (ground track crosses the region)</source>
        <translation>точно над головой (трасса пересекает регион)</translation>
    </message>
    <message>
        <source>radio contact ({0:g}° elevation mask)</source>
        <translation>радиосвязь (маска угла места {0:g}°)</translation>
    </message>
    <message>
        <source>camera ({0:g} km swath)</source>
        <translation>камера (полоса обзора {0:g} км)</translation>
    </message>
    <message>
        <source>camera ({0:g}° off nadir)</source>
        <translation>камера ({0:g}° от надира)</translation>
    </message>
    <message>
        <source>{criterion}, {days:g} days</source>
        <translation>{criterion}, {days:g} сут</translation>
    </message>
    <message>
        <source>{criterion}, daylight only (Sun ≥ {sun:g}°), {days:g} days</source>
        <translation>{criterion}, только днём (Солнце ≥ {sun:g}°), {days:g} сут</translation>
    </message>
</context>
<context>
    <name>DecayPlot</name>
    <message>
        <source>low</source>
        <translation>низкая</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>умеренная</translation>
    </message>
    <message>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <source>space-weather file</source>
        <translation>файл космической погоды</translation>
    </message>
    <message>
        <source>height (km); band: high to low solar activity</source>
        <translation>высота (км); полоса: от высокой до низкой солнечной активности</translation>
    </message>
    <message>
        <source>red bar: re-entry range (uncertain)</source>
        <translation>красная полоса: интервал входа в атмосферу (неточно)</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>неопределённо</translation>
    </message>
    <message>
        <source>CelesTrak space weather, bundled copy updated {0}</source>
        <translation>космическая погода CelesTrak, прилагаемая копия от {0}</translation>
    </message>
    <message>
        <source>CelesTrak space weather, fetched {0}</source>
        <translation>космическая погода CelesTrak, загружена {0}</translation>
    </message>
    <message>
        <source>observed to {0}, predicted to {1}</source>
        <translation>наблюдения до {0}, прогноз до {1}</translation>
    </message>
    <message>
        <source>rows to {0}</source>
        <translation>строки до {0}</translation>
    </message>
    <message>
        <source>Space weather: {0} ({1}); after {2} the mean of its last 11 years is held.</source>
        <translation>Космическая погода: {0} ({1}); после {2} берётся среднее за последние 11 лет файла.</translation>
    </message>
    <message>
        <source>Solar activity at the epoch, {0}: F10.7 {1:.1f}, Ap {2:.1f}; nearest scenario: {3}.</source>
        <translation>Солнечная активность на эпоху, {0}: F10.7 {1:.1f}, Ap {2:.1f}; ближайший сценарий: {3}.</translation>
    </message>
    <message>
        <source>No estimate yet</source>
        <translation>Оценки пока нет</translation>
    </message>
</context>
<context>
    <name>ElementRefresh</name>
    <message>
        <source>&amp;Refresh elements of the selection</source>
        <translation>Об&amp;новить элементы выбранных</translation>
    </message>
    <message>
        <source>Fetch current element sets for the selected satellites from CelesTrak</source>
        <translation>Загрузить с CelesTrak текущие наборы элементов для выбранных спутников</translation>
    </message>
    <message>
        <source>Refresh &amp;all elements</source>
        <translation>Обновить в&amp;се элементы</translation>
    </message>
    <message>
        <source>Fetch current element sets for every satellite, and the satellite catalogue (owners, launches, types), from CelesTrak</source>
        <translation>Загрузить с CelesTrak текущие наборы элементов для всех спутников и каталог спутников (владельцы, запуски, типы)</translation>
    </message>
    <message>
        <source>Refresh satellite &amp;catalogue (owners, launches, types)</source>
        <translation>Обновить &amp;каталог спутников (владельцы, запуски, типы)</translation>
    </message>
    <message>
        <source>Fetch CelesTrak's satellite catalogue (SATCAT, about 7 MB) for the list's owner and type filters</source>
        <translation>Загрузить каталог спутников CelesTrak (SATCAT, около 7 МБ) для фильтров списка по владельцу и типу</translation>
    </message>
    <message>
        <source>CelesTrak &amp;address…</source>
        <translation>А&amp;дрес CelesTrak…</translation>
    </message>
    <message>
        <source>Use a mirror of CelesTrak (the environment variable OVERFLIGHT_CELESTRAK_URL also works)</source>
        <translation>Использовать зеркало CelesTrak (также работает переменная окружения OVERFLIGHT_CELESTRAK_URL)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Fetching the satellite catalogue from CelesTrak…</source>
        <translation>Загрузка каталога спутников с CelesTrak…</translation>
    </message>
    <message>
        <source>Refresh satellite catalogue</source>
        <translation>Обновить каталог спутников</translation>
    </message>
    <message>
        <source>Fetching {0} element set(s) from CelesTrak…</source>
        <translation>Загрузка наборов элементов с CelesTrak: {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>satellite catalogue (SATCAT): {0}</source>
        <translation>каталог спутников (SATCAT): {0}</translation>
    </message>
    <message>
        <source>satellite catalogue (SATCAT): not updated: {0}; {1}</source>
        <translation>каталог спутников (SATCAT): не обновлён: {0}; {1}</translation>
    </message>
    <message>
        <source>satellite catalogue (SATCAT): failed: {0}</source>
        <translation>каталог спутников (SATCAT): ошибка: {0}</translation>
    </message>
    <message>
        <source>Refresh elements</source>
        <translation>Обновить элементы</translation>
    </message>
    <message>
        <source>CelesTrak address</source>
        <translation>Адрес CelesTrak</translation>
    </message>
    <message>
        <source>Base address (empty for the default, {DEFAULT_BASE_URL}):</source>
        <translation>Базовый адрес (пусто — по умолчанию, {DEFAULT_BASE_URL}):</translation>
    </message>
    <message>
        <source>'{text}' is not an http(s) address</source>
        <translation>«{text}» — не адрес http(s)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{names}: {criterion}, {days:g} days, daylight</source>
        <translation>{names}: {criterion}, {days:g} сут, днём</translation>
    </message>
    <message>
        <source>{names}: {criterion}, {days:g} days</source>
        <translation>{names}: {criterion}, {days:g} сут</translation>
    </message>
    <message>
        <source>Map: Natural Earth (public domain). Made with Overflight.</source>
        <translation>Карта: Natural Earth (общественное достояние). Сделано в Overflight.</translation>
    </message>
</context>
<context>
    <name>FleetLayer</name>
    <message>
        <source>LEO</source>
        <translation>LEO</translation>
    </message>
    <message>
        <source>sun-synchronous</source>
        <translation>солнечно-синхронные</translation>
    </message>
    <message>
        <source>MEO</source>
        <translation>MEO</translation>
    </message>
    <message>
        <source>GEO</source>
        <translation>GEO</translation>
    </message>
    <message>
        <source>HEO</source>
        <translation>HEO</translation>
    </message>
    <message>
        <source>All satellites: {0}</source>
        <translation>Все спутники: {0}</translation>
    </message>
    <message>
        <source>{0} without a position now</source>
        <translation>{0} без текущего положения</translation>
    </message>
</context>
<context>
    <name>GlobeView</name>
    <message>
        <source>Drag to turn the globe, wheel to zoom; the ring is the orbit in space</source>
        <translation>Перетаскивайте, чтобы вращать глобус, колесо — масштаб; кольцо — орбита в пространстве</translation>
    </message>
    <message>
        <source>ring: the orbit in space; the Earth turns beneath it</source>
        <translation>кольцо: орбита в пространстве; Земля вращается под ней</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Satellite</source>
        <translation>Спутник</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Начало (UTC)</translation>
    </message>
    <message>
        <source>Dur. (s)</source>
        <translation>Длит. (с)</translation>
    </message>
    <message>
        <source>Closest (UTC)</source>
        <translation>Сближение (UTC)</translation>
    </message>
    <message>
        <source>Off-nadir°</source>
        <translation>От надира°</translation>
    </message>
    <message>
        <source>Max el.°</source>
        <translation>Макс. выс.°</translation>
    </message>
    <message>
        <source>Sun°</source>
        <translation>Солнце°</translation>
    </message>
    <message>
        <source>LST</source>
        <translation>Мест. вр.</translation>
    </message>
    <message>
        <source>How this was computed: positions come from SGP4 (the sgp4 library, as skyfield uses it) with the element sets listed below; Earth rotation from UT1 and WGS84 coordinates. A satellite is over the region while the great-circle distance from the point below it to the region is at most the reach of the criterion at its height (0 overhead; from the off-nadir angle for a camera; from the elevation mask for radio contact). Passes are found by sampling with a proven speed bound and bisecting every edge to 0.01 s; daylight means the Sun at least the chosen height above the horizon at the region's nearest point at closest approach. Revisit time is the gap from the end of one pass to the start of the next within the window. Elements marked APPROXIMATE were built from published figures (where the satellite is along its orbit is unknown); DESIGNED orbits were made in the Orbit lab.</source>
        <translation>Как это рассчитано: положения получены по SGP4 (библиотека sgp4 в том виде, как её использует skyfield) с наборами элементов, перечисленными ниже; вращение Земли — по UT1, координаты — WGS84. Спутник находится над регионом, пока расстояние по большому кругу от подспутниковой точки до региона не превышает досягаемости критерия на его высоте (0 для «точно над головой»; по углу от надира для камеры; по маске угла места для радиосвязи). Пролёты находятся выборкой с доказанной оценкой скорости и делением каждой границы пополам до 0.01 с; «днём» означает, что Солнце в ближайшей точке региона в момент сближения не ниже выбранной высоты над горизонтом. Интервал повторного обзора — промежуток от конца одного пролёта до начала следующего в пределах окна. Элементы с пометкой APPROXIMATE построены по опубликованным данным (положение спутника на орбите неизвестно); орбиты DESIGNED созданы в лаборатории орбит.</translation>
    </message>
    <message>
        <source>Overflight handout</source>
        <translation>Раздаточный материал Overflight</translation>
    </message>
    <message>
        <source>No satellite chosen</source>
        <translation>Спутник не выбран</translation>
    </message>
    <message>
        <source>Overflight: {0}</source>
        <translation>Overflight: {0}</translation>
    </message>
    <message>
        <source>over {region}. Printed {time}.</source>
        <translation>над регионом {region}. Напечатано {time}.</translation>
    </message>
    <message>
        <source>(no analysis run). Printed {time}.</source>
        <translation>(анализ не запускался). Напечатано {time}.</translation>
    </message>
    <message>
        <source>Run an analysis to add passes and revisit statistics to the handout.</source>
        <translation>Запустите анализ, чтобы добавить в раздаточный материал пролёты и статистику повторного обзора.</translation>
    </message>
    <message>
        <source>Revisit statistics</source>
        <translation>Статистика повторного обзора</translation>
    </message>
    <message>
        <source>{region}: {settings}, from {start} to {end}.</source>
        <translation>{region}: {settings}, с {start} по {end}.</translation>
    </message>
    <message>
        <source>revisit mean {mean}, median {median}, longest {longest}.</source>
        <translation>повторный обзор: в среднем {mean}, медиана {median}, наибольший интервал {longest}.</translation>
    </message>
    <message>
        <source>no gap to measure.</source>
        <translation>нет интервала для измерения.</translation>
    </message>
    <message>
        <source>{name}: {rate:.2f} passes a day ({count} in all), {in_view} in view; {gap}</source>
        <translation>{name}: {rate:.2f} пролёта в сутки (всего {count}), в зоне видимости {in_view}; {gap}</translation>
    </message>
    <message>
        <source>All together: {rate:.2f} passes a day, revisit mean {mean}, longest {longest}.</source>
        <translation>Все вместе: {rate:.2f} пролёта в сутки, повторный обзор в среднем {mean}, наибольший интервал {longest}.</translation>
    </message>
    <message>
        <source>Claims in the article, checked</source>
        <translation>Утверждения статьи, проверенные</translation>
    </message>
    <message>
        <source>How this was computed</source>
        <translation>Как это рассчитано</translation>
    </message>
    <message>
        <source>Where the data come from</source>
        <translation>Откуда данные</translation>
    </message>
    <message>
        <source>{name} (NORAD {satnum}): {flag}elements of {epoch} ({age:.0f} days old), source: {source}.</source>
        <translation>{name} (NORAD {satnum}): {flag}элементы на {epoch} (возраст {age:.0f} сут), источник: {source}.</translation>
    </message>
    <message>
        <source>Map: Natural Earth (public domain). Sun: JPL DE421. Made with Overflight.</source>
        <translation>Карта: Natural Earth (общественное достояние). Солнце: JPL DE421. Сделано в Overflight.</translation>
    </message>
    <message>
        <source>Delta-v budget</source>
        <translation>Бюджет Δv</translation>
    </message>
    <message>
        <source>Burns of {0}, impulsive, in the orbit's own frame:</source>
        <translation>Импульсные манёвры {0} в орбитальной системе координат:</translation>
    </message>
    <message>
        <source>Burn {0} ({1}): prograde {2:+.1f}, radial {3:+.1f}, normal {4:+.1f} m/s; {5:.1f} m/s</source>
        <translation>Импульс {0} ({1}): по скорости {2:+.1f}, радиальный {3:+.1f}, по нормали {4:+.1f} м/с; {5:.1f} м/с</translation>
    </message>
    <message>
        <source>Total: {0:.1f} m/s (vis-viva; the orbit after each burn is a DESIGNED element set)</source>
        <translation>Итого: {0:.1f} м/с (vis-viva; орбита после каждого импульса — набор элементов с пометкой DESIGNED)</translation>
    </message>
    <message>
        <source>Orbit decay of {0}</source>
        <translation>Снижение орбиты {0}</translation>
    </message>
    <message>
        <source>after {0}</source>
        <translation>после {0}</translation>
    </message>
    <message>
        <source>{0} ({1}): re-entry {2}; decaying {3:.3f} km a day at the start</source>
        <translation>{0} ({1}): вход в атмосферу {2}; снижение {3:.3f} км в сутки в начале</translation>
    </message>
    <message>
        <source>Drag: {0}.</source>
        <translation>Сопротивление: {0}.</translation>
    </message>
    <message>
        <source>This is an estimate</source>
        <translation>Это оценка</translation>
    </message>
    <message>
        <source>day {0}</source>
        <translation>день {0}</translation>
    </message>
    <message>
        <source>Passes ({0})</source>
        <translation>Пролёты ({0})</translation>
    </message>
    <message>
        <source>(no passes in the window with these settings)</source>
        <translation>(с этими настройками пролётов в окне нет)</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>&lt;p style='color:#1d3f8a'&gt;&lt;b&gt;Designed orbit.&lt;/b&gt; {name} was made in the Orbit lab; no real satellite flies it. Each control changes one thing:&lt;/p&gt;</source>
        <translation>&lt;p style='color:#1d3f8a'&gt;&lt;b&gt;Спроектированная орбита.&lt;/b&gt; {name} создан в лаборатории орбит; ни один реальный спутник по ней не летает. Каждый параметр меняет что-то одно:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Height&lt;/b&gt; ({height} km): 100 km higher, one orbit takes {minutes} min longer, so {revs} fewer orbits a day and fewer passes, while the footprint grows by {reach} km.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Высота&lt;/b&gt; ({height} км): на 100 км выше — виток длится на {minutes} мин дольше, поэтому витков в сутки на {revs} меньше и пролётов меньше, зато зона обзора растёт на {reach} км.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Height&lt;/b&gt; ({height} km): 100 km higher, one orbit takes {minutes} min longer, so {revs} fewer orbits a day and fewer passes.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Высота&lt;/b&gt; ({height} км): на 100 км выше — виток длится на {minutes} мин дольше, поэтому витков в сутки на {revs} меньше и пролётов меньше.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Inclination&lt;/b&gt; ({inclination}°): the track reaches latitudes up to {latitude}° N and S; places further from the equator are never overflown.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Наклонение&lt;/b&gt; ({inclination}°): трасса доходит до широт {latitude}° с. ш. и ю. ш.; места дальше от экватора никогда не оказываются под спутником.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Sun-synchronous&lt;/b&gt;: the tilt at which the Earth's bulge turns the orbit {drift}° a day here (0.986° is needed), so passes come at the same local time every day.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Солнечно-синхронная&lt;/b&gt;: наклонение, при котором экваториальное вздутие Земли поворачивает орбиту здесь на {drift}° в сутки (нужно 0.986°), поэтому пролёты приходятся на одно и то же местное время каждый день.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Node time&lt;/b&gt;: the local solar time at which the satellite crosses the equator northbound; it sets whether passes are in the morning, at noon or at night.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Время узла&lt;/b&gt;: местное солнечное время, когда спутник пересекает экватор, двигаясь на север; от него зависит, будут пролёты утром, в полдень или ночью.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Repeat R/D&lt;/b&gt;: after R orbits in D days the track lies exactly on itself again; a longer cycle leaves narrower gaps between neighbouring tracks.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Повтор R/D&lt;/b&gt;: после R витков за D суток трасса снова точно ложится сама на себя; чем длиннее цикл, тем уже промежутки между соседними трассами.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Phase&lt;/b&gt; (mean anomaly, or over a place at a time): where on the orbit the satellite is; it moves the passes in time but not the track's pattern.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Фаза&lt;/b&gt; (средняя аномалия или положение над местом в заданное время): где на орбите находится спутник; она сдвигает пролёты во времени, но не меняет рисунок трассы.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>A designed orbit is exact by definition: no uncertainty is shown.</source>
        <translation>Спроектированная орбита точна по определению: неопределённость не показывается.</translation>
    </message>
    <message>
        <source>The elements of {name} are built from published figures: where it is along its orbit is unknown (any position is equally likely), its node's local time is uncertain by about ±{minutes} min and its height by ±{km} km. The track's pattern and the passes a day are well determined; the time of each pass is not (within about one orbit).</source>
        <translation>Элементы {name} построены по опубликованным данным: положение спутника на орбите неизвестно (любое положение равновероятно), местное время его узла известно с точностью около ±{minutes} мин, высота — ±{km} км. Рисунок трассы и число пролётов в сутки определены хорошо, время каждого пролёта — нет (в пределах примерно одного витка).</translation>
    </message>
    <message>
        <source>The elements of {name} are {days} days from their epoch. Element sets drift mostly along the track: about {along} km (1 sigma; {seconds} s of timing at 90 %) here, from 1 km at epoch growing 2 km a day (Vallado &amp; Cefola 2012) plus a drag term fitted to our own data; across the track about {across} km.</source>
        <translation>Элементы {name} отстоят от своей эпохи на {days} сут. Ошибка наборов элементов растёт в основном вдоль трассы: здесь около {along} км (1 сигма; {seconds} с по времени при 90 %) — от 1 км в эпоху с ростом на 2 км в сутки (Vallado &amp; Cefola 2012) плюс член сопротивления, подобранный по нашим данным; поперёк трассы — около {across} км.</translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation>Что я вижу?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a satellite in the list on the left.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Выберите спутник в списке слева.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Ground track.&lt;/b&gt; The coloured line is the path of the point directly below {name}. One orbit takes {period} minutes, so it circles the Earth {revs} times a day. While it goes round once, the Earth turns beneath it, so each new track lies {shift}° of longitude further west (about {shift_km} km at 40° latitude). The dashed part is the past, the solid part the future.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Трасса.&lt;/b&gt; Цветная линия — путь точки прямо под спутником {name}. Один виток длится {period} мин, так что он облетает Землю {revs} раз в сутки. Пока он делает виток, Земля поворачивается под ним, поэтому каждая новая трасса ложится на {shift}° долготы западнее (около {shift_km} км на широте 40°). Пунктир — прошлое, сплошная линия — будущее.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Footprint.&lt;/b&gt; The shaded circle around the satellite is what it can reach with the chosen setting ({setting}): everything within {reach} km of the point below it, from its height of {height} km.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Зона обзора.&lt;/b&gt; Закрашенный круг вокруг спутника — то, что он может охватить при выбранной настройке ({setting}): всё в пределах {reach} км от подспутниковой точки, с его высоты {height} км.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sun-synchronous orbit.&lt;/b&gt; The orbit is tilted {inclination}°, just past the pole, so that Earth's bulge turns it {drift}° a day, as fast as the Earth goes round the Sun. It therefore crosses the equator northbound at the same local solar time every day, {time}, and passes over any one place at about the same local time: good light for a camera, day after day.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Солнечно-синхронная орбита.&lt;/b&gt; Орбита наклонена на {inclination}°, чуть за полюс, чтобы экваториальное вздутие Земли поворачивало её на {drift}° в сутки — так же быстро, как Земля обходит Солнце. Поэтому она пересекает экватор, двигаясь на север, каждый день в одно и то же местное солнечное время, {time}, и проходит над любым местом примерно в одно и то же местное время: хорошее освещение для камеры день за днём.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Revisit time.&lt;/b&gt; Over {region} the satellite came back on average every {mean} (longest wait {longest}). That is the gap between the end of one pass and the start of the next, within the analysis window.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Интервал повторного обзора.&lt;/b&gt; Над регионом {region} спутник возвращался в среднем каждые {mean} (дольше всего ждали {longest}). Это промежуток между концом одного пролёта и началом следующего в пределах окна анализа.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;How sure?&lt;/b&gt; {model} View ▸ Uncertainty band (Ctrl+U) draws where the satellite may be.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Насколько это точно?&lt;/b&gt; {model} Вид ▸ Полоса неопределённости (Ctrl+U) показывает, где может находиться спутник.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style='color:#8a3a00'&gt;&lt;b&gt;Approximate.&lt;/b&gt; These elements were built from published orbit figures, not tracked observations: the shape of the orbit and the local time of its passes are meaningful, the satellite's exact position is not.&lt;/p&gt;</source>
        <translation>&lt;p style='color:#8a3a00'&gt;&lt;b&gt;Приближённо.&lt;/b&gt; Эти элементы построены по опубликованным параметрам орбиты, а не по данным слежения: форма орбиты и местное время пролётов осмысленны, точное положение спутника — нет.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LessonIo</name>
    <message>
        <source>Save lesson</source>
        <translation>Сохранить урок</translation>
    </message>
    <message>
        <source>Overflight lesson (*{SUFFIX})</source>
        <translation>Урок Overflight (*{SUFFIX})</translation>
    </message>
    <message>
        <source>Could not write {path}: {0}</source>
        <translation>Не удалось записать {path}: {0}</translation>
    </message>
    <message>
        <source>Lesson saved to {path}.</source>
        <translation>Урок сохранён в {path}.</translation>
    </message>
    <message>
        <source>Lesson saved to {path}</source>
        <translation>Урок сохранён в {path}</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Открыть урок</translation>
    </message>
    <message>
        <source>Overflight lesson (*{SUFFIX});;All files (*)</source>
        <translation>Урок Overflight (*{SUFFIX});;Все файлы (*)</translation>
    </message>
    <message>
        <source> (and {0} more)</source>
        <translation> (и ещё {0})</translation>
    </message>
    <message>
        <source>{name}: opened; not loaded: {problem}{more}</source>
        <translation>{name}: открыт; не загружено: {problem}{more}</translation>
    </message>
    <message>
        <source>{name}: lesson opened</source>
        <translation>{name}: урок открыт</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>Открыть &amp;урок…</translation>
    </message>
    <message>
        <source>&amp;Save lesson…</source>
        <translation>Со&amp;хранить урок…</translation>
    </message>
</context>
<context>
    <name>LifetimeSection</name>
    <message>
        <source> kg</source>
        <translation> кг</translation>
    </message>
    <message>
        <source>from B* or published</source>
        <translation>из B* или опубликованная</translation>
    </message>
    <message>
        <source>Mass; leave at the start for a real set's B*, else the published mass</source>
        <translation>Масса; оставьте в начале шкалы, чтобы взять B* реального набора, иначе — опубликованную массу</translation>
    </message>
    <message>
        <source> m²</source>
        <translation> м²</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>Cross-section against the flow (with a mass)</source>
        <translation>Площадь сечения поперёк набегающего потока (вместе с массой)</translation>
    </message>
    <message>
        <source>Drag coefficient (2.2 is usual for a compact satellite)</source>
        <translation>Коэффициент сопротивления (2.2 — обычное значение для компактного спутника)</translation>
    </message>
    <message>
        <source>Three scenarios</source>
        <translation>Три сценария</translation>
    </message>
    <message>
        <source>Scenarios and CelesTrak space weather</source>
        <translation>Сценарии и космическая погода CelesTrak</translation>
    </message>
    <message>
        <source>Add a curve under CelesTrak's observed and predicted activity: the copy fetched last, else the copy bundled with Overflight</source>
        <translation>Добавить кривую по наблюдаемой и прогнозируемой активности из CelesTrak: последняя загруженная копия, иначе копия, поставляемая с Overflight</translation>
    </message>
    <message>
        <source>Estimate decay</source>
        <translation>Оценить снижение</translation>
    </message>
    <message>
        <source>Estimate the decay of the selected satellite under low, moderate and high solar activity</source>
        <translation>Оценить снижение орбиты выбранного спутника при низкой, умеренной и высокой солнечной активности</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop the estimate</source>
        <translation>Остановить оценку</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Срок существования</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Масса</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Площадь</translation>
    </message>
    <message>
        <source>Drag coeff.</source>
        <translation>Коэф. сопр.</translation>
    </message>
    <message>
        <source>Solar activity</source>
        <translation>Солнечная активность</translation>
    </message>
    <message>
        <source>Select a satellite first.</source>
        <translation>Сначала выберите спутник.</translation>
    </message>
    <message>
        <source>after {0}</source>
        <translation>после {0}</translation>
    </message>
    <message>
        <source>{0} ({1}); now {2:+.3f} km a day</source>
        <translation>{0} ({1}); сейчас {2:+.3f} км в сутки</translation>
    </message>
    <message>
        <source>This is an estimate</source>
        <translation>Это оценка</translation>
    </message>
</context>
<context>
    <name>LiveClock</name>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} ч {m:02d} мин</translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation>{m} мин {s:02d} с</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} с</translation>
    </message>
    <message>
        <source>Live: choose a satellite and where you are to see when it rises</source>
        <translation>Реальное время: выберите спутник и своё местоположение, чтобы узнать, когда он взойдёт</translation>
    </message>
    <message>
        <source>{sat} does not rise above {mask:g}° here in the next two days</source>
        <translation>{sat} не поднимается здесь выше {mask:g}° в ближайшие двое суток</translation>
    </message>
    <message>
        <source>{sat} is up now: highest {el:.0f}° in the {dir}, sets in {left} ({time})</source>
        <translation>{sat} сейчас над горизонтом: высшая точка {el:.0f}° на {dir}, заходит через {left} ({time})</translation>
    </message>
    <message>
        <source>{sat} rises in {left}: {time} in the {dir}, up to {el:.0f}°</source>
        <translation>{sat} взойдёт через {left}: {time} на {dir}, до {el:.0f}°</translation>
    </message>
    <message>
        <source>&amp;Live clock</source>
        <translation>&amp;Часы реального времени</translation>
    </message>
    <message>
        <source>The clock follows the wall clock; the map, the globe and the sky plot move once a second</source>
        <translation>Часы идут по реальному времени; карта, глобус и карта неба обновляются раз в секунду</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Satellites</source>
        <translation>Спутники</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation>Что я вижу?</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Пролёты</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Orbit lab</source>
        <translation>Лаборатория орбит</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <source>Overflight</source>
        <translation>Overflight</translation>
    </message>
    <message>
        <source>Analysis cancelled</source>
        <translation>Анализ отменён</translation>
    </message>
    <message>
        <source>Could not write {path}: {0}</source>
        <translation>Не удалось записать {path}: {0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open element file…</source>
        <translation>&amp;Открыть файл элементов…</translation>
    </message>
    <message>
        <source>Add TLE or OMM element sets</source>
        <translation>Добавить наборы элементов TLE или OMM</translation>
    </message>
    <message>
        <source>&amp;Paste element sets</source>
        <translation>&amp;Вставить наборы элементов</translation>
    </message>
    <message>
        <source>Add TLE or OMM text from the clipboard</source>
        <translation>Добавить текст TLE или OMM из буфера обмена</translation>
    </message>
    <message>
        <source>Export map as &amp;PNG…</source>
        <translation>Экспорт карты в &amp;PNG…</translation>
    </message>
    <message>
        <source>Export map as &amp;SVG…</source>
        <translation>Экспорт карты в &amp;SVG…</translation>
    </message>
    <message>
        <source>Export passes as &amp;CSV…</source>
        <translation>Экспорт пролётов в &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Анализ</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Рассчитать</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>Region from &amp;GeoJSON…</source>
        <translation>Регион из &amp;GeoJSON…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Режим пре&amp;зентации</translation>
    </message>
    <message>
        <source>Full-screen map for a room: large type, clock and statistics on the map (Esc leaves)</source>
        <translation>Карта на весь экран для класса: крупный шрифт, часы и статистика на карте (Esc — выход)</translation>
    </message>
    <message>
        <source>&amp;Globe</source>
        <translation>&amp;Глобус</translation>
    </message>
    <message>
        <source>An orthographic globe with the orbit as a ring in space (Ctrl+G again: the map)</source>
        <translation>Ортографический глобус с орбитой в виде кольца в пространстве (Ctrl+G ещё раз — карта)</translation>
    </message>
    <message>
        <source>&amp;Follow the satellite</source>
        <translation>&amp;Следить за спутником</translation>
    </message>
    <message>
        <source>Keep the first satellite centred while time runs</source>
        <translation>Держать первый спутник в центре, пока идёт время</translation>
    </message>
    <message>
        <source>&amp;Uncertainty band</source>
        <translation>&amp;Полоса неопределённости</translation>
    </message>
    <message>
        <source>Draw where the first satellite may be (90 % of its uncertainty model)</source>
        <translation>Показать, где может быть первый спутник (90 % его модели неопределённости)</translation>
    </message>
    <message>
        <source>&amp;All satellites</source>
        <translation>&amp;Все спутники</translation>
    </message>
    <message>
        <source>Every loaded satellite as a dot at the clock's time, coloured by orbit class; hover names one, a click selects it</source>
        <translation>Все загруженные спутники точками на момент часов, цвет — по классу орбиты; наведите, чтобы увидеть название, щёлкните, чтобы выбрать</translation>
    </message>
    <message>
        <source>Colour-&amp;blind-safe colours</source>
        <translation>Цвета для &amp;дальтоников</translation>
    </message>
    <message>
        <source>Okabe-Ito colours for tracks and passes (the default)</source>
        <translation>Цвета Окабе — Ито для трасс и пролётов (по умолчанию)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>С&amp;бросить расположение</translation>
    </message>
    <message>
        <source>Put every panel back in its place</source>
        <translation>Вернуть все панели на место</translation>
    </message>
    <message>
        <source>Whole &amp;world</source>
        <translation>Весь &amp;мир</translation>
    </message>
    <message>
        <source>Zoom to &amp;region</source>
        <translation>К &amp;региону</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Пуск / пауза</translation>
    </message>
    <message>
        <source>Go to &amp;now</source>
        <translation>&amp;Текущее время</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;What am I looking at?</source>
        <translation>&amp;Что я вижу?</translation>
    </message>
    <message>
        <source>&amp;About Overflight</source>
        <translation>&amp;О программе Overflight</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Solar &amp;Hijri dates</source>
        <translation>Даты по солнечной &amp;хиджре</translation>
    </message>
    <message>
        <source>Show dates in the Solar Hijri calendar beside UTC</source>
        <translation>Показывать даты по календарю солнечной хиджры рядом с UTC</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Overflight will start in {language} the next time it is opened.</source>
        <translation>При следующем запуске Overflight откроется на языке: {language}.</translation>
    </message>
    <message>
        <source>speed {0}  ·  Space: play/pause  ·  +/-: speed  ·  arrows: step  ·  K: sky  ·  Esc: leave</source>
        <translation>скорость {0}  ·  Пробел: пуск/пауза  ·  +/-: скорость  ·  стрелки: шаг  ·  K: небо  ·  Esc: выход</translation>
    </message>
    <message>
        <source>Over {region} ({settings}):</source>
        <translation>Над регионом {region} ({settings}):</translation>
    </message>
    <message>
        <source>{name}: {rate:.2f} passes a day, revisit mean {gap}</source>
        <translation>{name}: {rate:.2f} пролёта в сутки, повторный обзор в среднем {gap}</translation>
    </message>
    <message>
        <source>{name}: {rate:.2f} passes a day</source>
        <translation>{name}: {rate:.2f} пролёта в сутки</translation>
    </message>
    <message>
        <source>Region: {name}</source>
        <translation>Регион: {name}</translation>
    </message>
    <message>
        <source>No country there (open sea): click on land</source>
        <translation>Здесь нет страны (открытое море): щёлкните по суше</translation>
    </message>
    <message>
        <source>Region from GeoJSON</source>
        <translation>Регион из GeoJSON</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON (*.geojson *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Choose a satellite on the left and a region above, then Run.</source>
        <translation>Выберите спутник слева и регион выше, затем нажмите «Рассчитать».</translation>
    </message>
    <message>
        <source>Computing passes over {name}…</source>
        <translation>Расчёт пролётов над регионом {name}…</translation>
    </message>
    <message>
        <source>{n} passes over {region} in {days:g} days</source>
        <translation>Пролётов над регионом {region} за {days:g} сут: {n}</translation>
    </message>
    <message>
        <source>Analysis failed: {0}</source>
        <translation>Ошибка анализа: {0}</translation>
    </message>
    <message>
        <source>{file}: {0} element sets read, {1} new or newer</source>
        <translation>{file}: прочитано наборов элементов: {0}, новых или более свежих: {1}</translation>
    </message>
    <message>
        <source>; {0} records skipped (first: {1})</source>
        <translation>; пропущено записей: {0} (первая: {1})</translation>
    </message>
    <message>
        <source>Open element sets</source>
        <translation>Открыть наборы элементов</translation>
    </message>
    <message>
        <source>Element sets (*.tle *.txt *.3le *.json *.csv);;All files (*)</source>
        <translation>Наборы элементов (*.tle *.txt *.3le *.json *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Element sets</source>
        <translation>Наборы элементов</translation>
    </message>
    <message>
        <source>Paste element sets</source>
        <translation>Вставить наборы элементов</translation>
    </message>
    <message>
        <source>The clipboard holds {0:.0f} million characters: too much for element sets (limit {1:.0f} MB)</source>
        <translation>В буфере обмена {0:.0f} млн символов: слишком много для наборов элементов (предел {1:.0f} МБ)</translation>
    </message>
    <message>
        <source>The clipboard holds no TLE or OMM element sets</source>
        <translation>В буфере обмена нет наборов элементов TLE или OMM</translation>
    </message>
    <message>
        <source>{0} element sets pasted, {1} skipped</source>
        <translation>Вставлено наборов элементов: {0}, пропущено: {1}</translation>
    </message>
    <message>
        <source>{0} element sets pasted</source>
        <translation>Вставлено наборов элементов: {0}</translation>
    </message>
    <message>
        <source>Export map as PNG</source>
        <translation>Экспорт карты в PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>Map saved to {path}</source>
        <translation>Карта сохранена в {path}</translation>
    </message>
    <message>
        <source>Export map as SVG</source>
        <translation>Экспорт карты в SVG</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Overflight map</source>
        <translation>Карта Overflight</translation>
    </message>
    <message>
        <source>Export passes</source>
        <translation>Экспорт пролётов</translation>
    </message>
    <message>
        <source>Run an analysis first.</source>
        <translation>Сначала запустите анализ.</translation>
    </message>
    <message>
        <source>Export passes as CSV</source>
        <translation>Экспорт пролётов в CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{0} passes saved to {path}</source>
        <translation>Пролёты ({0}) сохранены в {path}</translation>
    </message>
    <message>
        <source>About Overflight</source>
        <translation>О программе Overflight</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overflight&lt;/b&gt;: satellite ground tracks, revisit analysis and news context.&lt;br&gt;Orbits: SGP4 (sgp4, skyfield). Sun: JPL DE421. Map: Natural Earth (public domain).&lt;br&gt;Element sets marked APPROXIMATE are built from published orbit figures.</source>
        <translation>&lt;b&gt;Overflight&lt;/b&gt;: трассы спутников, анализ повторного обзора и контекст новостей.&lt;br&gt;Орбиты: SGP4 (sgp4, skyfield). Солнце: JPL DE421. Карта: Natural Earth (общественное достояние).&lt;br&gt;Наборы элементов с пометкой APPROXIMATE построены по опубликованным параметрам орбит.</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Над регионом</translation>
    </message>
    <message>
        <source>&amp;Overhead: who passes over the region</source>
        <translation>&amp;Над регионом: кто пролетает</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Set observer here ({lat:.2f}, {lon:.2f})</source>
        <translation>Наблюдатель здесь ({lat:.2f}, {lon:.2f})</translation>
    </message>
    <message>
        <source>elements {0:.0f} d old</source>
        <translation>возраст элементов {0:.0f} сут</translation>
    </message>
    <message>
        <source>elements {0:.0f} d ahead</source>
        <translation>до эпохи элементов {0:.0f} сут</translation>
    </message>
    <message>
        <source>in a pass over {0}</source>
        <translation>в пролёте над регионом {0}</translation>
    </message>
    <message>
        <source>Map: Natural Earth (public domain). Made with Overflight.</source>
        <translation>Карта: Natural Earth (общественное достояние). Сделано в Overflight.</translation>
    </message>
</context>
<context>
    <name>ObserverBox</name>
    <message>
        <source>Type a city…</source>
        <translation>Введите город…</translation>
    </message>
    <message>
        <source>Type a city's name (in any language the gazetteer knows) and pick it</source>
        <translation>Введите название города (на любом языке, известном справочнику) и выберите его</translation>
    </message>
    <message>
        <source>Latitude and longitude in degrees, then Enter: 51.48, -0.01 or 51.48N 0.01W</source>
        <translation>Широта и долгота в градусах, затем Enter: 51.48, -0.01 или 51.48N 0.01W</translation>
    </message>
    <message>
        <source>or lat, lon: 51.48, -0.01</source>
        <translation>или шир., долг.: 51.48, -0.01</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>No city called “{name}” in the gazetteer: try its English name, or type coordinates</source>
        <translation>Города «{name}» нет в справочнике: попробуйте английское название или введите координаты</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>пока не выбрано</translation>
    </message>
</context>
<context>
    <name>OrbitClasses</name>
    <message>
        <source>low Earth orbit</source>
        <translation>низкая околоземная орбита</translation>
    </message>
    <message>
        <source>sun-synchronous (low)</source>
        <translation>солнечно-синхронная (низкая)</translation>
    </message>
    <message>
        <source>medium Earth orbit</source>
        <translation>средняя околоземная орбита</translation>
    </message>
    <message>
        <source>geostationary / geosynchronous</source>
        <translation>геостационарная / геосинхронная</translation>
    </message>
    <message>
        <source>highly elliptical</source>
        <translation>высокоэллиптическая</translation>
    </message>
</context>
<context>
    <name>OrbitLab</name>
    <message>
        <source>Your kept designs</source>
        <translation>Ваши сохранённые проекты</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Start a new design from the current settings</source>
        <translation>Начать новый проект с текущих настроек</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete this design</source>
        <translation>Удалить этот проект</translation>
    </message>
    <message>
        <source>Start from a preset…</source>
        <translation>Начать с шаблона…</translation>
    </message>
    <message>
        <source>Load a classic orbit into the lab</source>
        <translation>Загрузить в лабораторию классическую орбиту</translation>
    </message>
    <message>
        <source>From selected satellite</source>
        <translation>Из выбранного спутника</translation>
    </message>
    <message>
        <source>Copy the mean elements of the satellite selected in the list into the lab</source>
        <translation>Скопировать в лабораторию средние элементы спутника, выбранного в списке</translation>
    </message>
    <message>
        <source>Name of the designed satellite</source>
        <translation>Название спроектированного спутника</translation>
    </message>
    <message>
        <source>Circular, height</source>
        <translation>Круговая, высота</translation>
    </message>
    <message>
        <source>Perigee and apogee</source>
        <translation>Перигей и апогей</translation>
    </message>
    <message>
        <source>Repeat ground track (R orbits in D days)</source>
        <translation>Повторяющаяся трасса (R витков за D сут)</translation>
    </message>
    <message>
        <source>How the size of the orbit is given</source>
        <translation>Как задаётся размер орбиты</translation>
    </message>
    <message>
        <source>Height above the equator (circular orbit); type larger values in the box</source>
        <translation>Высота над экватором (круговая орбита); большие значения введите в поле</translation>
    </message>
    <message>
        <source> km</source>
        <translation> км</translation>
    </message>
    <message>
        <source>Lowest point of the orbit above the equator</source>
        <translation>Низшая точка орбиты над экватором</translation>
    </message>
    <message>
        <source>Highest point of the orbit above the equator</source>
        <translation>Высшая точка орбиты над экватором</translation>
    </message>
    <message>
        <source>R: orbits in one repeat cycle</source>
        <translation>R: витков в одном цикле повторения</translation>
    </message>
    <message>
        <source> orbits</source>
        <translation> витков</translation>
    </message>
    <message>
        <source>D: days in one repeat cycle</source>
        <translation>D: суток в одном цикле повторения</translation>
    </message>
    <message>
        <source> days</source>
        <translation> сут</translation>
    </message>
    <message>
        <source>Repeat cycles near the current height (sun-synchronous when ticked)</source>
        <translation>Циклы повторения рядом с текущей высотой (солнечно-синхронные, если отмечено)</translation>
    </message>
    <message>
        <source>Eccentricity: 0 is a circle; with a height, perigee and apogee follow from it</source>
        <translation>Эксцентриситет: 0 — окружность; при заданной высоте перигей и апогей следуют из него</translation>
    </message>
    <message>
        <source>Sun-synchronous</source>
        <translation>Солнечно-синхронная</translation>
    </message>
    <message>
        <source>Inclination computed so the Earth's bulge turns the orbit once a year: same local time every day</source>
        <translation>Наклонение рассчитывается так, чтобы экваториальное вздутие Земли поворачивало орбиту раз в год: каждый день одно и то же местное время</translation>
    </message>
    <message>
        <source>Inclination: the tilt of the orbit to the equator</source>
        <translation>Наклонение: угол между плоскостью орбиты и экватором</translation>
    </message>
    <message>
        <source>Local time of the ascending node</source>
        <translation>Местное время восходящего узла</translation>
    </message>
    <message>
        <source>Local time of the descending node</source>
        <translation>Местное время нисходящего узла</translation>
    </message>
    <message>
        <source>Right ascension of the node</source>
        <translation>Долгота восходящего узла</translation>
    </message>
    <message>
        <source>Where the orbit crosses the equator northbound</source>
        <translation>Где орбита пересекает экватор, двигаясь на север</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>Local mean solar time at the node (hours)</source>
        <translation>Местное среднее солнечное время в узле (часы)</translation>
    </message>
    <message>
        <source>Right ascension of the ascending node</source>
        <translation>Долгота восходящего узла</translation>
    </message>
    <message>
        <source>Argument of perigee: where on the orbit the perigee lies (matters when eccentric)</source>
        <translation>Аргумент перигея: где на орбите лежит перигей (важно при эксцентриситете)</translation>
    </message>
    <message>
        <source>Mean anomaly</source>
        <translation>Средняя аномалия</translation>
    </message>
    <message>
        <source>Over a place at the clock's time (ascending)</source>
        <translation>Над местом в момент на часах (восходящий)</translation>
    </message>
    <message>
        <source>Over a place at the clock's time (descending)</source>
        <translation>Над местом в момент на часах (нисходящий)</translation>
    </message>
    <message>
        <source>Where the satellite is on its orbit at the epoch</source>
        <translation>Где спутник находится на орбите в эпоху</translation>
    </message>
    <message>
        <source>Mean anomaly at the epoch</source>
        <translation>Средняя аномалия в эпоху</translation>
    </message>
    <message>
        <source>° N</source>
        <translation>° с. ш.</translation>
    </message>
    <message>
        <source>Latitude of the place (negative: south)</source>
        <translation>Широта места (отрицательная — южная)</translation>
    </message>
    <message>
        <source>° E</source>
        <translation>° в. д.</translation>
    </message>
    <message>
        <source>Longitude of the place (negative: west)</source>
        <translation>Долгота места (отрицательная — западная)</translation>
    </message>
    <message>
        <source>Export TLE…</source>
        <translation>Экспорт TLE…</translation>
    </message>
    <message>
        <source>Export OMM…</source>
        <translation>Экспорт OMM…</translation>
    </message>
    <message>
        <source>Save the elements as a TLE file (the DESIGNED mark travels with it)</source>
        <translation>Сохранить элементы в файл TLE (пометка DESIGNED сохраняется)</translation>
    </message>
    <message>
        <source>Save the elements as OMM JSON</source>
        <translation>Сохранить элементы как OMM JSON</translation>
    </message>
    <message>
        <source>Orbit</source>
        <translation>Орбита</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Высота</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Perigee / apogee</source>
        <translation>Перигей / апогей</translation>
    </message>
    <message>
        <source>in</source>
        <translation>за</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Eccentricity</source>
        <translation>Эксцентриситет</translation>
    </message>
    <message>
        <source>Inclination</source>
        <translation>Наклонение</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Узел</translation>
    </message>
    <message>
        <source>Node time</source>
        <translation>Время узла</translation>
    </message>
    <message>
        <source>Node RA</source>
        <translation>Долгота узла</translation>
    </message>
    <message>
        <source>Arg. of perigee</source>
        <translation>Аргумент перигея</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Фаза</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>What this orbit does</source>
        <translation>Что делает эта орбита</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a preset or move a slider.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Выберите шаблон или сдвиньте ползунок.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Pick a repeat cycle near this height…</source>
        <translation>Выбрать цикл повторения рядом с этой высотой…</translation>
    </message>
    <message>
        <source>{revs}/{days}: {height_km:.0f} km, tracks {spacing_km:.0f} km apart</source>
        <translation>{revs}/{days}: {height_km:.0f} км, трассы через {spacing_km:.0f} км</translation>
    </message>
    <message>
        <source>(no designs kept yet)</source>
        <translation>(сохранённых проектов пока нет)</translation>
    </message>
    <message>
        <source>Select a catalogue satellite in the Satellites list first.</source>
        <translation>Сначала выберите спутник из каталога в списке «Спутники».</translation>
    </message>
    <message>
        <source>Could not keep the design: {0}</source>
        <translation>Не удалось сохранить проект: {0}</translation>
    </message>
    <message>
        <source>Export design</source>
        <translation>Экспорт проекта</translation>
    </message>
    <message>
        <source>{name} saved to {path}</source>
        <translation>{name} сохранён в {path}</translation>
    </message>
    <message>
        <source>Open the Orbit &amp;lab</source>
        <translation>Открыть &amp;лабораторию орбит</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <source>Print handout</source>
        <translation>Печать раздаточного материала</translation>
    </message>
    <message>
        <source>PDF, A4 (*.pdf);;PDF, US Letter (*.pdf)</source>
        <translation>PDF, A4 (*.pdf);;PDF, US Letter (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write {path}: {0}</source>
        <translation>Не удалось записать {path}: {0}</translation>
    </message>
    <message>
        <source>Handout ({pages} pages) saved to {path}</source>
        <translation>Раздаточный материал сохранён в {path} (страниц: {pages})</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Анимация</translation>
    </message>
    <message>
        <source>Slide size</source>
        <translation>Размер слайда</translation>
    </message>
    <message>
        <source>Save animation</source>
        <translation>Сохранить анимацию</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>Анимация GIF (*.gif)</translation>
    </message>
    <message>
        <source>Painting {0} frames…</source>
        <translation>Отрисовка кадров: {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Animation cancelled</source>
        <translation>Анимация отменена</translation>
    </message>
    <message>
        <source>{0} frames saved to {path}</source>
        <translation>Анимация сохранена в {path} (кадров: {0})</translation>
    </message>
    <message>
        <source>&amp;Print handout (PDF)…</source>
        <translation>&amp;Печать раздаточного материала (PDF)…</translation>
    </message>
    <message>
        <source>Make an a&amp;nimation (GIF)…</source>
        <translation>Создать &amp;анимацию (GIF)…</translation>
    </message>
</context>
<context>
    <name>OverheadModel</name>
    <message>
        <source>Satellite</source>
        <translation>Спутник</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Начало (UTC)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Max elev.</source>
        <translation>Макс. угол места</translation>
    </message>
    <message>
        <source>Off-nadir</source>
        <translation>От надира</translation>
    </message>
    <message>
        <source>{0} (under way)</source>
        <translation>{0} (идёт)</translation>
    </message>
    <message>
        <source>≥ {0}</source>
        <translation>≥ {0}</translation>
    </message>
    <message>
        <source>NORAD {0}: click to select it and set the clock to the pass's start</source>
        <translation>NORAD {0}: щёлкните, чтобы выбрать его и поставить часы на начало пролёта</translation>
    </message>
</context>
<context>
    <name>OverheadPanel</name>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>How far ahead of the clock to look (up to a week)</source>
        <translation>На сколько вперёд от часов смотреть (до недели)</translation>
    </message>
    <message>
        <source>Find passes</source>
        <translation>Найти пролёты</translation>
    </message>
    <message>
        <source>Passes of every satellite of the layer over the analysis region, with the Analysis panel's criterion</source>
        <translation>Пролёты всех спутников слоя над регионом анализа по критерию панели «Анализ»</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop the search; the last list stays</source>
        <translation>Остановить поиск; последний список сохранится</translation>
    </message>
    <message>
        <source>Choose a region (a point, a circle or a country), then Find passes.</source>
        <translation>Выберите регион (точку, круг или страну), затем «Найти пролёты».</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Ближайшие</translation>
    </message>
    <message>
        <source>Choose a region first: a point, a circle or a country (Analysis panel).</source>
        <translation>Сначала выберите регион: точку, круг или страну (панель «Анализ»).</translation>
    </message>
    <message>
        <source>No satellites loaded.</source>
        <translation>Спутники не загружены.</translation>
    </message>
    <message>
        <source>{0} satellites for {1} h need about {2} GB (budget {3} GB): look fewer hours ahead</source>
        <translation>Спутников: {0}, на {1} ч нужно около {2} ГБ (лимит {3} ГБ): уменьшите число часов вперёд</translation>
    </message>
    <message>
        <source>Searching {0} satellites over {1}…</source>
        <translation>Поиск пролётов над регионом {1} (спутников: {0})…</translation>
    </message>
    <message>
        <source>{0} passes of {1} satellites over {2} ({3}), in time order.</source>
        <translation>Пролётов: {0}, спутников: {1}, над регионом {2} ({3}), по времени.</translation>
    </message>
    <message>
        <source>{0} of them by APPROXIMATE or DESIGNED element sets.</source>
        <translation>Из них по наборам элементов APPROXIMATE или DESIGNED: {0}.</translation>
    </message>
    <message>
        <source>Cancelled; the last list stays.</source>
        <translation>Отменено; последний список сохранится.</translation>
    </message>
</context>
<context>
    <name>PassTableModel</name>
    <message>
        <source>Satellite</source>
        <translation>Спутник</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Начало (UTC)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Closest (UTC)</source>
        <translation>Сближение (UTC)</translation>
    </message>
    <message>
        <source>Off-nadir</source>
        <translation>От надира</translation>
    </message>
    <message>
        <source>Max elev.</source>
        <translation>Макс. угол места</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Солнце</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Местное время</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Start window (share)</source>
        <translation>Окно начала (доля)</translation>
    </message>
    <message>
        <source>Where the pass may start, 5-95 % of the sampled element sets, and how many of them have it</source>
        <translation>Где может начаться пролёт: 5–95 % выборки наборов элементов, и у скольких из них он есть</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>восходящий</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>нисходящий</translation>
    </message>
    <message>
        <source>Sun elevation at the nearest point of the region, at closest approach</source>
        <translation>Высота Солнца в ближайшей точке региона в момент сближения</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>ISS-like (420 km, 51.6 deg)</source>
        <translation>Как у МКС (420 км, 51,6°)</translation>
    </message>
    <message>
        <source>Sun-synchronous 705 km, 10:00 descending</source>
        <translation>Солнечно-синхронная 705 км, нисх. узел 10:00</translation>
    </message>
    <message>
        <source>10-day repeat (about 790 km)</source>
        <translation>Повтор за 10 сут (около 790 км)</translation>
    </message>
    <message>
        <source>Geostationary (over 0 deg)</source>
        <translation>Геостационарная (над 0°)</translation>
    </message>
    <message>
        <source>Molniya (63.4 deg, 12 h)</source>
        <translation>«Молния» (63,4°, 12 ч)</translation>
    </message>
    <message>
        <source>Khayyam as published</source>
        <translation>Хайям по опубликованным данным</translation>
    </message>
</context>
<context>
    <name>Readouts</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Revolutions a day</source>
        <translation>Витков в сутки</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Высота</translation>
    </message>
    <message>
        <source>Inclination</source>
        <translation>Наклонение</translation>
    </message>
    <message>
        <source>Node drift</source>
        <translation>Дрейф узла</translation>
    </message>
    <message>
        <source>Node local time</source>
        <translation>Местное время узла</translation>
    </message>
    <message>
        <source>Track shift</source>
        <translation>Сдвиг трассы</translation>
    </message>
    <message>
        <source>Repeat cycle</source>
        <translation>Цикл повторения</translation>
    </message>
    <message>
        <source>Ground speed</source>
        <translation>Путевая скорость</translation>
    </message>
    <message>
        <source>Footprint radius</source>
        <translation>Радиус зоны обзора</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} мин</translation>
    </message>
    <message>
        <source>{0} km</source>
        <translation>{0} км</translation>
    </message>
    <message>
        <source>{0} to {1} km</source>
        <translation>от {0} до {1} км</translation>
    </message>
    <message>
        <source>{0}° a day</source>
        <translation>{0}° в сутки</translation>
    </message>
    <message>
        <source>{0} ascending, {1} descending (sun-synchronous)</source>
        <translation>{0} восходящий, {1} нисходящий (солнечно-синхронная)</translation>
    </message>
    <message>
        <source>drifts (not sun-synchronous)</source>
        <translation>дрейфует (не солнечно-синхронная)</translation>
    </message>
    <message>
        <source>{0}° west per orbit ({1} km at the equator)</source>
        <translation>{0}° к западу за виток ({1} км на экваторе)</translation>
    </message>
    <message>
        <source>{0} orbits in {1} days</source>
        <translation>{0} вит. за {1} сут</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>не выбран</translation>
    </message>
    <message>
        <source>{0} km/s at the mean height</source>
        <translation>{0} км/с на средней высоте</translation>
    </message>
    <message>
        <source>{0} km ({1})</source>
        <translation>{0} км ({1})</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>&lt;i&gt;Choose a satellite and a region, then press Run.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Выберите спутник и регион, затем нажмите «Рассчитать».&lt;/i&gt;</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <comment>a satellite's name and its owner</comment>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>revisit mean {mean}, median {median}, longest {longest}</source>
        <translation>повторный обзор: в среднем {mean}, медиана {median}, наибольший интервал {longest}</translation>
    </message>
    <message>
        <source>no gap to measure</source>
        <translation>нет интервала для измерения</translation>
    </message>
    <message>
        <source>no pass in {days:g} days</source>
        <translation>ни одного пролёта за {days:g} сут</translation>
    </message>
    <message>
        <source> (nominal {rate:.2f}, 5-95 % of 32 sets)</source>
        <translation> (номинально {rate:.2f}, 5–95 % по 32 наборам)</translation>
    </message>
    <message>
        <source> (mean gap {low}–{high})</source>
        <translation> (средний интервал {low}–{high})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: &lt;span style='font-size:large'&gt;&lt;b&gt;{rate}&lt;/b&gt;&lt;/span&gt; passes a day{nominal} ({count} in all), {in_view} in view; {gap}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: &lt;span style='font-size:large'&gt;&lt;b&gt;{rate}&lt;/b&gt;&lt;/span&gt; пролёта в сутки{nominal} (всего {count}), в зоне видимости {in_view}; {gap}</translation>
    </message>
    <message>
        <source>&lt;b&gt;All together&lt;/b&gt;: {rate:.2f} a day, revisit mean {mean}, longest {longest}</source>
        <translation>&lt;b&gt;Все вместе&lt;/b&gt;: {rate:.2f} в сутки, повторный обзор в среднем {mean}, наибольший интервал {longest}</translation>
    </message>
    <message>
        <source>Local solar time of passes: {0}</source>
        <translation>Местное солнечное время пролётов: {0}</translation>
    </message>
    <message>
        <source>Designed orbits: {0} (made in the Orbit lab).</source>
        <translation>Спроектированные орбиты: {0} (созданы в лаборатории орбит).</translation>
    </message>
    <message>
        <source>Approximate elements for {0}: counts and local times are indicative, exact times are not.</source>
        <translation>Приближённые элементы для {0}: число пролётов и местное время ориентировочны, точное время — нет.</translation>
    </message>
    <message>
        <source>owner unknown</source>
        <translation>владелец неизвестен</translation>
    </message>
    <message>
        <source>owner {0}</source>
        <translation>владелец: {0}</translation>
    </message>
</context>
<context>
    <name>Satellite</name>
    <message>
        <source>{name} (approximate)</source>
        <translation>{name} (приближённо)</translation>
    </message>
    <message>
        <source>{name} (designed)</source>
        <translation>{name} (спроектирован)</translation>
    </message>
</context>
<context>
    <name>SatelliteMetadata</name>
    <message>
        <source>Orbit class</source>
        <translation>Класс орбиты</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Метаданные</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>COSPAR ID</source>
        <translation>Обозначение COSPAR</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Тип объекта</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Radar size</source>
        <translation>Радарный размер</translation>
    </message>
</context>
<context>
    <name>SatelliteModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>NORAD</source>
        <translation>NORAD</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Orbit</source>
        <translation>Орбита</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>{0} · DECAYED</source>
        <translation>{0} · СОШЁЛ С ОРБИТЫ</translation>
    </message>
    <message>
        <source>{0}
elements {1} ({2:.0f} days old)
source: {3}</source>
        <translation>{0}
элементы {1} (возраст {2:.0f} сут)
источник: {3}</translation>
    </message>
    <message>
        <source>orbit: {0} ({1})</source>
        <translation>орбита: {0} ({1})</translation>
    </message>
    <message>
        <source>owner: {0}</source>
        <translation>владелец: {0}</translation>
    </message>
    <message>
        <source>decayed (re-entered) {0}</source>
        <translation>сошёл с орбиты (вошёл в атмосферу) {0}</translation>
    </message>
    <message>
        <source>older than two weeks: positions drift</source>
        <translation>старше двух недель: положения смещаются</translation>
    </message>
</context>
<context>
    <name>SatellitePanel</name>
    <message>
        <source>Search satellites (name or number)…</source>
        <translation>Поиск спутников (название или номер)…</translation>
    </message>
    <message>
        <source>Type part of a name or a catalogue number to filter the list</source>
        <translation>Введите часть названия или номер по каталогу, чтобы отфильтровать список</translation>
    </message>
    <message>
        <source>Only the satellites of one country or organisation (SATCAT owner)</source>
        <translation>Только спутники одной страны или организации (владелец по SATCAT)</translation>
    </message>
    <message>
        <source>All orbits</source>
        <translation>Все орбиты</translation>
    </message>
    <message>
        <source>LEO includes the sun-synchronous (SSO) orbits</source>
        <translation>LEO включает солнечно-синхронные (SSO) орбиты</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>Полезные нагрузки</translation>
    </message>
    <message>
        <source>Rocket bodies</source>
        <translation>Ступени ракет</translation>
    </message>
    <message>
        <source>Debris</source>
        <translation>Обломки</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Тип неизвестен</translation>
    </message>
    <message>
        <source>Object type from the satellite catalogue (SATCAT)</source>
        <translation>Тип объекта по каталогу спутников (SATCAT)</translation>
    </message>
    <message>
        <source>Members of a CelesTrak group fetched with Refresh (e.g. weather, stations)</source>
        <translation>Члены группы CelesTrak, загруженной через «Обновить» (например, weather, stations)</translation>
    </message>
    <message>
        <source>Select one satellite, or several with Ctrl/Shift, to compare them</source>
        <translation>Выберите один спутник или несколько с Ctrl/Shift, чтобы сравнить их</translation>
    </message>
    <message>
        <source>Open elements…</source>
        <translation>Открыть элементы…</translation>
    </message>
    <message>
        <source>Add element sets from a TLE or OMM file (Ctrl+O)</source>
        <translation>Добавить наборы элементов из файла TLE или OMM (Ctrl+O)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>Add TLE or OMM text from the clipboard</source>
        <translation>Добавить текст TLE или OMM из буфера обмена</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Все владельцы</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <source>Group: {0}</source>
        <translation>Группа: {0}</translation>
    </message>
    <message>
        <source>{0} of {1} satellites</source>
        <translation>Спутников: {0} из {1}</translation>
    </message>
    <message>
        <source>{0} satellites</source>
        <translation>Спутников: {0}</translation>
    </message>
    <message>
        <source>group not applied: {0}</source>
        <translation>группа не применена: {0}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a satellite.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Выберите спутник.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Decayed</source>
        <translation>Сошёл с орбиты</translation>
    </message>
    <message>
        <source>the SATCAT says this object re-entered the atmosphere on {0}; its elements describe an orbit it no longer flies.</source>
        <translation>по SATCAT этот объект вошёл в атмосферу {0}; его элементы описывают орбиту, по которой он больше не летает.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approximate elements&lt;/b&gt;: {0}. Where the satellite is along its orbit is not known.</source>
        <translation>&lt;b&gt;Приближённые элементы&lt;/b&gt;: {0}. Положение спутника на орбите неизвестно.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Designed orbit&lt;/b&gt;: {0}. Made in the Orbit lab: no real satellite flies it.</source>
        <translation>&lt;b&gt;Спроектированная орбита&lt;/b&gt;: {0}. Создана в лаборатории орбит: ни один реальный спутник по ней не летает.</translation>
    </message>
    <message>
        <source>These elements are {0:.0f} days old: use File ▸ Refresh elements (F5) when online.</source>
        <translation>Этим элементам {0:.0f} сут: при подключении к сети выберите Файл ▸ Обновить элементы (F5).</translation>
    </message>
    <message>
        <source>predictions {0:.0f} days from the element epoch: positions along the track may be off by many kilometres (timing by minutes); revisit statistics stay indicative</source>
        <translation>прогноз на {0:.0f} сут от эпохи элементов: положения вдоль трассы могут отличаться на многие километры (по времени — на минуты); статистика повторного обзора остаётся ориентировочной</translation>
    </message>
    <message>
        <source>{0:.1f} days old</source>
        <translation>возраст {0:.1f} сут</translation>
    </message>
    <message>
        <source>{0:.1f} days in the future</source>
        <translation>на {0:.1f} сут в будущем</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Элементы</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Эпоха</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>{0:.2f} min ({1:.3f} revolutions per day)</source>
        <translation>{0:.2f} мин ({1:.3f} витка в сутки)</translation>
    </message>
    <message>
        <source>Perigee / apogee</source>
        <translation>Перигей / апогей</translation>
    </message>
    <message>
        <source>{0:.1f} km / {1:.1f} km above the equator</source>
        <translation>{0:.1f} км / {1:.1f} км над экватором</translation>
    </message>
    <message>
        <source>Inclination</source>
        <translation>Наклонение</translation>
    </message>
    <message>
        <source>Eccentricity</source>
        <translation>Эксцентриситет</translation>
    </message>
    <message>
        <source>Node drift</source>
        <translation>Дрейф узла</translation>
    </message>
    <message>
        <source>{0:+.3f}° a day</source>
        <translation>{0:+.3f}° в сутки</translation>
    </message>
    <message>
        <source>Sun-synchronous</source>
        <translation>Солнечно-синхронная</translation>
    </message>
    <message>
        <source>yes, ascending node at {0} local mean solar time</source>
        <translation>да, восходящий узел в {0} по местному среднему солнечному времени</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Track shift</source>
        <translation>Сдвиг трассы</translation>
    </message>
    <message>
        <source>{0:.2f}° west per orbit</source>
        <translation>{0:.2f}° к западу за виток</translation>
    </message>
</context>
<context>
    <name>SensorTable</name>
    <message>
        <source>Satellite</source>
        <translation>Спутник</translation>
    </message>
    <message>
        <source>Own swath</source>
        <translation>Своя полоса</translation>
    </message>
    <message>
        <source>A satellite's own sensor: its full swath width on the ground (Landsat 185 km, Sentinel-2 290 km). Without one it uses the Analysis panel's criterion.</source>
        <translation>Собственный датчик спутника: полная ширина полосы обзора на земле (Landsat 185 км, Sentinel-2 290 км). Без него используется критерий панели анализа.</translation>
    </message>
    <message>
        <source> km</source>
        <translation> км</translation>
    </message>
    <message>
        <source>the panel's</source>
        <translation>как в панели</translation>
    </message>
    <message>
        <source>%1: its sensor's full swath width on the ground; 0 uses the Analysis panel's criterion</source>
        <translation>%1: полная ширина полосы обзора его датчика на земле; 0 — критерий панели анализа</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>no cached CelesTrak group '{0}'</source>
        <translation>нет группы CelesTrak «{0}» в кэше</translation>
    </message>
</context>
<context>
    <name>SkyHandout</name>
    <message>
        <source>Where to look: satellites you can see from {place}</source>
        <translation>Куда смотреть: видимые спутники ({place})</translation>
    </message>
    <message>
        <source>{start} to {end}. A pass is listed while the satellite is sunlit, at least {mask:g}° up, and the Sun is below {sun:g}° here.</source>
        <translation>С {start} по {end}. Пролёт включён в список, пока спутник освещён Солнцем, находится не ниже {mask:g}° над горизонтом, а Солнце здесь ниже {sun:g}°.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Макс. высота</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Откуда → куда</translation>
    </message>
    <message>
        <source>Mag. (est.)</source>
        <translation>Зв. вел. (оц.)</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>Спутник</translation>
    </message>
    <message>
        <source>… and {n} more passes (the Tonight panel lists them all).</source>
        <translation>… и ещё пролётов: {n} (полный список — на панели «Сегодня ночью»).</translation>
    </message>
    <message>
        <source>No visible pass in this week.</source>
        <translation>За эту неделю видимых пролётов нет.</translation>
    </message>
    <message>
        <source>Charts: the sky as seen looking up, north at the top, east on the LEFT; the centre is overhead, the rim the horizon. Solid: sunlit; dashed: in Earth's shadow (invisible). Brightness is an estimate (smaller is brighter). Times: local ({zone}) and UTC.</source>
        <translation>Карты: небо при взгляде вверх, север сверху, восток СЛЕВА; центр — зенит, край — горизонт. Сплошная линия: спутник освещён Солнцем; пунктир: в тени Земли (не виден). Яркость — оценка (чем меньше звёздная величина, тем ярче). Время: местное ({zone}) и UTC.</translation>
    </message>
    <message>
        <source>Orbits: SGP4 with the element sets of {epochs}. Sun and Moon: JPL DE421. Stars: {stars}. Made with Overflight.</source>
        <translation>Орбиты: SGP4 с наборами элементов на {epochs}. Солнце и Луна: JPL DE421. Звёзды: {stars}. Сделано в Overflight.</translation>
    </message>
    <message>
        <source>Sky handout cancelled</source>
        <translation>Памятка наблюдателя отменена</translation>
    </message>
    <message>
        <source>Finding a week of visible passes… {pc:.0f} %</source>
        <translation>Поиск видимых пролётов на неделю… {pc:.0f} %</translation>
    </message>
    <message>
        <source>Choose where you are first (Tonight panel, or right-click the map)</source>
        <translation>Сначала укажите своё местоположение (панель «Сегодня ночью» или щелчок правой кнопкой по карте)</translation>
    </message>
    <message>
        <source>Choose a satellite first</source>
        <translation>Сначала выберите спутник</translation>
    </message>
    <message>
        <source>Print sky handout</source>
        <translation>Печать памятки наблюдателя</translation>
    </message>
    <message>
        <source>PDF, A4 (*.pdf);;PDF, US Letter (*.pdf)</source>
        <translation>PDF, A4 (*.pdf);;PDF, US Letter (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write {path}: {why}</source>
        <translation>Не удалось записать {path}: {why}</translation>
    </message>
    <message>
        <source>Sky handout: {n} passes, {charts} charts, saved to {path}</source>
        <translation>Памятка наблюдателя (пролётов: {n}, карт: {charts}) сохранена в {path}</translation>
    </message>
    <message>
        <source>Sky handout saved to {path}: no visible pass ({why})</source>
        <translation>Памятка наблюдателя сохранена в {path}: видимых пролётов нет ({why})</translation>
    </message>
    <message>
        <source>Print s&amp;ky handout (PDF)…</source>
        <translation>Печать памятки на&amp;блюдателя (PDF)…</translation>
    </message>
    <message>
        <source>One page: a week of visible passes at the observer, each with its sky plot</source>
        <translation>Одна страница: видимые пролёты за неделю в месте наблюдателя, у каждого своя карта неба</translation>
    </message>
</context>
<context>
    <name>SkyPlot</name>
    <message>
        <source>AOS</source>
        <translation>AOS</translation>
    </message>
    <message>
        <source>TCA</source>
        <translation>TCA</translation>
    </message>
    <message>
        <source>LOS</source>
        <translation>LOS</translation>
    </message>
    <message>
        <source>Every loaded satellite above the horizon</source>
        <translation>Все загруженные спутники над горизонтом</translation>
    </message>
    <message>
        <source>Choose where you are: type a city in the Tonight panel, or right-click the map and choose 'Set observer here'.</source>
        <translation>Укажите своё местоположение: введите город на панели «Сегодня ночью» или щёлкните правой кнопкой по карте и выберите «Наблюдатель здесь».</translation>
    </message>
    <message>
        <source>As seen looking up: north at the top, east on the left. Centre: overhead; rim: the horizon.</source>
        <translation>Вид при взгляде вверх: север сверху, восток слева. Центр — зенит, край — горизонт.</translation>
    </message>
    <message>
        <source>Looking up: N top, E left</source>
        <translation>Взгляд вверх: С сверху, В слева</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Солнце</translation>
    </message>
    <message>
        <source>Moon</source>
        <translation>Луна</translation>
    </message>
    <message>
        <source>Sky over {place} at {time}</source>
        <translation>Небо: {place}, {time}</translation>
    </message>
    <message>
        <source>Sun {deg:.0f}° above the horizon</source>
        <translation>Солнце на {deg:.0f}° выше горизонта</translation>
    </message>
    <message>
        <source>Sun {deg:.0f}° below the horizon</source>
        <translation>Солнце на {deg:.0f}° ниже горизонта</translation>
    </message>
    <message>
        <source>The sky as seen looking up; right-click: every loaded satellite</source>
        <translation>Небо при взгляде вверх; правый щелчок — все загруженные спутники</translation>
    </message>
    <message>
        <source>Sky</source>
        <translation>Небо</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>1.5 hours</source>
        <translation>1,5 часа</translation>
    </message>
    <message>
        <source>3 hours</source>
        <translation>3 часа</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 часов</translation>
    </message>
    <message>
        <source>12 hours</source>
        <translation>12 часов</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 сутки</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 суток</translation>
    </message>
    <message>
        <source>10 s</source>
        <translation>10 с</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 мин</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10 мин</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 ч</translation>
    </message>
    <message>
        <source>Start of the track shown (UTC)</source>
        <translation>Начало показанной трассы (UTC)</translation>
    </message>
    <message>
        <source>Current time within the span</source>
        <translation>Текущее время внутри интервала</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Пуск</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Пуск / пауза (Пробел)</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Шаг назад</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>Шаг вперёд</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Element epoch</source>
        <translation>Эпоха элементов</translation>
    </message>
    <message>
        <source>The time shown on the map (UTC)</source>
        <translation>Время, показанное на карте (UTC)</translation>
    </message>
    <message>
        <source>Go to the current time (Ctrl+N)</source>
        <translation>Перейти к текущему времени (Ctrl+N)</translation>
    </message>
    <message>
        <source>Go to the epoch of the selected satellite's elements</source>
        <translation>Перейти к эпохе элементов выбранного спутника</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Скорость воспроизведения</translation>
    </message>
    <message>
        <source>How far the step buttons move the time</source>
        <translation>На сколько кнопки шага сдвигают время</translation>
    </message>
    <message>
        <source>Length of the track shown</source>
        <translation>Длина показанной трассы</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Длина</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Пауза</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Passes in the analysis window; shading is night at the region. Click to go to a time.</source>
        <translation>Пролёты в окне анализа; затенение — ночь в регионе. Щёлкните, чтобы перейти к моменту.</translation>
    </message>
    <message>
        <source>Run an analysis to see its passes here</source>
        <translation>Запустите анализ, чтобы увидеть здесь его пролёты</translation>
    </message>
</context>
<context>
    <name>TonightPanel</name>
    <message>
        <source>dark: civil (Sun below -6°)</source>
        <translation>после гражданских сумерек (-6°)</translation>
    </message>
    <message>
        <source>dark: nautical (-12°)</source>
        <translation>после навигационных сумерек (-12°)</translation>
    </message>
    <message>
        <source>dark: astronomical (-18°)</source>
        <translation>после астрономических сумерек (-18°)</translation>
    </message>
    <message>
        <source>after sunset (0°)</source>
        <translation>после заката (0°)</translation>
    </message>
    <message>
        <source>Type the latitude and the longitude, e.g. 51.48, -0.01 or 51.48N 0.01W</source>
        <translation>Введите широту и долготу, например 51.48, -0.01 или 51.48N 0.01W</translation>
    </message>
    <message>
        <source>The latitude comes first (N or S), then the longitude (E or W)</source>
        <translation>Сначала широта (N или S), затем долгота (E или W)</translation>
    </message>
    <message>
        <source>Latitude {value:g}° is beyond ±90°</source>
        <translation>Широта {value:g}° выходит за пределы ±90°</translation>
    </message>
    <message>
        <source>Longitude {value:g}° is beyond ±180°</source>
        <translation>Долгота {value:g}° выходит за пределы ±180°</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>Спутник</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Max el.</source>
        <translation>Макс. высота</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Mag. (est.)</source>
        <translation>Зв. вел. (оц.)</translation>
    </message>
    <message>
        <source> nights</source>
        <translation> ночей</translation>
    </message>
    <message>
        <source>Elevation mask: passes count above this height over the horizon</source>
        <translation>Маска угла места: пролёты учитываются выше этой высоты над горизонтом</translation>
    </message>
    <message>
        <source>Chosen satellites</source>
        <translation>Выбранные спутники</translation>
    </message>
    <message>
        <source>Every loaded satellite</source>
        <translation>Все загруженные спутники</translation>
    </message>
    <message>
        <source>Find passes</source>
        <translation>Найти пролёты</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Find the visible passes at the observer for the next nights</source>
        <translation>Найти видимые пролёты в месте наблюдателя на ближайшие ночи</translation>
    </message>
    <message>
        <source>Stop the search</source>
        <translation>Остановить поиск</translation>
    </message>
    <message>
        <source>Whose passes: the satellites chosen in the Satellites panel, or every loaded one</source>
        <translation>Чьи пролёты: спутники, выбранные на панели «Спутники», или все загруженные</translation>
    </message>
    <message>
        <source>Click a pass: the sky plot shows its path and the clock goes to its start</source>
        <translation>Щёлкните пролёт: на карте неба появится его путь, а часы перейдут к его началу</translation>
    </message>
    <message>
        <source>A pass counts while the Sun at the observer is below this height</source>
        <translation>Пролёт учитывается, пока Солнце у наблюдателя ниже этой высоты</translation>
    </message>
    <message>
        <source>How many nights from the clock's time</source>
        <translation>Сколько ночей от момента на часах</translation>
    </message>
    <message>
        <source>Sun below {deg:g}°</source>
        <translation>Солнце ниже {deg:g}°</translation>
    </message>
    <message>
        <source>Choose where you are first: a city, coordinates, or right-click the map.</source>
        <translation>Сначала укажите своё местоположение: город, координаты или щелчок правой кнопкой по карте.</translation>
    </message>
    <message>
        <source>Choose a satellite first (Satellites panel).</source>
        <translation>Сначала выберите спутник (панель «Спутники»).</translation>
    </message>
    <message>
        <source>Looking for visible passes of {n} satellites…</source>
        <translation>Поиск видимых пролётов (спутников: {n})…</translation>
    </message>
    <message>
        <source>Cancelled: the list is not complete.</source>
        <translation>Отменено: список неполный.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <source>{n} visible passes, {span}. Magnitudes are estimates (smaller is brighter).</source>
        <translation>Видимых пролётов: {n}, {span}. Звёздные величины — оценки (чем меньше, тем ярче).</translation>
    </message>
    <message>
        <source>No visible pass, {span}.</source>
        <translation>Видимых пролётов нет, {span}.</translation>
    </message>
    <message>
        <source>{mag:+.1f} (size unknown)</source>
        <translation>{mag:+.1f} (размер неизвестен)</translation>
    </message>
    <message>
        <source>Rises (AOS)</source>
        <translation>Восход (AOS)</translation>
    </message>
    <message>
        <source>Highest (TCA)</source>
        <translation>Высшая точка (TCA)</translation>
    </message>
    <message>
        <source>{time}, {el:.0f}° up in the {dir} ({az:.0f}°), {km:,.0f} km away</source>
        <translation>{time}, высота {el:.0f}° на {dir} (азимут {az:.0f}°), расстояние {km:,.0f} км</translation>
    </message>
    <message>
        <source>Sets (LOS)</source>
        <translation>Заход (LOS)</translation>
    </message>
    <message>
        <source>none during the pass</source>
        <translation>нет во время пролёта</translation>
    </message>
    <message>
        <source>leaves it {time}</source>
        <translation>выходит из неё {time}</translation>
    </message>
    <message>
        <source>enters it {time}</source>
        <translation>входит в неё {time}</translation>
    </message>
    <message>
        <source>Earth's shadow</source>
        <translation>Тень Земли</translation>
    </message>
    <message>
        <source>Sun at the observer</source>
        <translation>Солнце у наблюдателя</translation>
    </message>
    <message>
        <source>{deg:.0f}° (at TCA)</source>
        <translation>{deg:.0f}° (в момент TCA)</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Видимость</translation>
    </message>
    <message>
        <source>{start} to {end}, from the {a} to the {b}</source>
        <translation>{start} – {end}, с {a} на {b}</translation>
    </message>
    <message>
        <source>Brightness (estimate)</source>
        <translation>Яркость (оценка)</translation>
    </message>
    <message>
        <source>magnitude {mag} at its brightest (smaller is brighter; Venus is about -4, the faintest stars in a city about +3)</source>
        <translation>звёздная величина {mag} в максимуме блеска (чем меньше, тем ярче; у Венеры около -4, у самых слабых звёзд в городе около +3)</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Элементы</translation>
    </message>
    <message>
        <source>Tonight</source>
        <translation>Сегодня ночью</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>{0} s</source>
        <translation>{0} с</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} мин</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} ч</translation>
    </message>
    <message>
        <source>{0} d</source>
        <translation>{0} сут</translation>
    </message>
</context>
</TS>

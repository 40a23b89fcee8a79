<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>The analysis region: type a country's name in any language Natural Earth knows</source>
        <translation>Регіон аналізу: введіть назву країни будь-якою мовою, відомою Natural Earth</translation>
    </message>
    <message>
        <source>Country (type to search)…</source>
        <translation>Країна (введіть для пошуку)…</translation>
    </message>
    <message>
        <source>Click a country</source>
        <translation>Клацніть країну</translation>
    </message>
    <message>
        <source>Then click a country on the map to make it the region</source>
        <translation>Потім клацніть країну на карті, щоб зробити її регіоном</translation>
    </message>
    <message>
        <source>Draw a box</source>
        <translation>Прямокутник</translation>
    </message>
    <message>
        <source>Then drag on the map to draw a latitude/longitude box</source>
        <translation>Потім протягніть мишею по карті, щоб задати прямокутник широт і довгот</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Коло</translation>
    </message>
    <message>
        <source>Then click on the map to place a circle of the radius beside</source>
        <translation>Потім клацніть на карті, щоб поставити коло з радіусом, указаним поруч</translation>
    </message>
    <message>
        <source> km</source>
        <translation> км</translation>
    </message>
    <message>
        <source>Radius of the circle placed by clicking on the map</source>
        <translation>Радіус кола, яке ставиться клацанням на карті</translation>
    </message>
    <message>
        <source>&lt;i&gt;No region yet&lt;/i&gt;</source>
        <translation>&lt;i&gt;Регіон ще не задано&lt;/i&gt;</translation>
    </message>
    <message>
        <source>What counts as 'over the region': camera reach, directly overhead, or radio contact</source>
        <translation>Що означає «над регіоном»: досяжність камери, точно над головою чи радіозв’язок</translation>
    </message>
    <message>
        <source>Camera can see it (off-nadir angle)</source>
        <translation>Камера бачить (кут від надиру)</translation>
    </message>
    <message>
        <source>Directly overhead (ground track crosses)</source>
        <translation>Точно над ним (траса перетинає)</translation>
    </message>
    <message>
        <source>Radio contact (elevation mask)</source>
        <translation>Радіозв’язок (мінімальний кут місця)</translation>
    </message>
    <message>
        <source>Camera: largest angle from straight down; radio: lowest elevation above the horizon</source>
        <translation>Камера: найбільший кут від прямовисного напрямку вниз; радіо: найменший кут місця над горизонтом</translation>
    </message>
    <message>
        <source>Off-nadir angle</source>
        <translation>Кут від надиру</translation>
    </message>
    <message>
        <source>Daylight only, Sun above</source>
        <translation>Лише вдень, Сонце вище</translation>
    </message>
    <message>
        <source>Keep only passes with the Sun above this height at the region (a camera needs light)</source>
        <translation>Залишити лише прольоти, коли Сонце над регіоном вище за цю висоту (камері потрібне світло)</translation>
    </message>
    <message>
        <source>Lowest Sun elevation at the region that counts as daylight</source>
        <translation>Найменша висота Сонця над регіоном, яка вважається денним світлом</translation>
    </message>
    <message>
        <source>Ranges from the elements' uncertainty</source>
        <translation>Діапазони з невизначеності елементів</translation>
    </message>
    <message>
        <source>Also sample 32 element sets from the uncertainty model: pass start windows and 5-95 % ranges of the statistics (takes several seconds more)</source>
        <translation>Також взяти 32 набори елементів з моделі невизначеності: вікна початку прольотів і діапазони статистики 5–95 % (ще кілька секунд)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Analysis window, from the time bar's start</source>
        <translation>Вікно аналізу від початку шкали часу</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запустити</translation>
    </message>
    <message>
        <source>Compute the passes (Ctrl+R)</source>
        <translation>Обчислити прольоти (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Stop the computation (Esc); the last result stays</source>
        <translation>Зупинити обчислення (Esc); останній результат залишиться</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <source>Zoom to region</source>
        <translation>Наблизити регіон</translation>
    </message>
    <message>
        <source>Fit the map to the region (Ctrl+Shift+R, or double-click the region)</source>
        <translation>Вписати регіон у карту (Ctrl+Shift+R або подвійне клацання по регіону)</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Як</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Вікно</translation>
    </message>
    <message>
        <source>Elevation mask</source>
        <translation>Мін. кут місця</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Кут</translation>
    </message>
    <message>
        <source>country</source>
        <translation>країна</translation>
    </message>
    <message>
        <source>box</source>
        <translation>прямокутник</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>коло</translation>
    </message>
    <message>
        <source>polygon</source>
        <translation>багатокутник</translation>
    </message>
    <message>
        <source>geojson</source>
        <translation>geojson</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Overflight could not start</source>
        <translation>Не вдалося запустити Overflight</translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <source>Open…</source>
        <translation>Відкрити…</translation>
    </message>
    <message>
        <source>Open an article: text, Markdown or HTML (Ctrl+Shift+O)</source>
        <translation>Відкрити статтю: текст, Markdown або HTML (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Вставити</translation>
    </message>
    <message>
        <source>Paste an article's text</source>
        <translation>Вставити текст статті</translation>
    </message>
    <message>
        <source>Context note</source>
        <translation>Довідка до теми</translation>
    </message>
    <message>
        <source>Show Overflight's own background note</source>
        <translation>Показати власну довідку Overflight до цієї теми</translation>
    </message>
    <message>
        <source>The article's date, for 'on Tuesday', 'last week' and dates without a year</source>
        <translation>Дата статті — для «у вівторок», «минулого тижня» і дат без року</translation>
    </message>
    <message>
        <source>Article dated</source>
        <translation>Дата статті</translation>
    </message>
    <message>
        <source>Untick when the article's date is not known</source>
        <translation>Зніміть позначку, якщо дата статті невідома</translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>Відкрити статтю</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>Статті (*.txt *.md *.markdown *.html *.htm);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Paste article</source>
        <translation>Вставити статтю</translation>
    </message>
    <message>
        <source>Article: {title} ({source})</source>
        <translation>Стаття: {title} ({source})</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>без назви</translation>
    </message>
    <message>
        <source>&lt;i&gt;Open an article to read it beside the map.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Відкрийте статтю, щоб читати її поруч із картою.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Стаття</translation>
    </message>
    <message>
        <source>Context note: {0}</source>
        <translation>Довідка до теми: {0}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Checking claims…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Перевірка тверджень…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Links in the article&lt;/b&gt; (open in your browser when clicked):</source>
        <translation>&lt;b&gt;Посилання в статті&lt;/b&gt; (відкриваються в браузері після клацання):</translation>
    </message>
    <message>
        <source>&lt;i&gt;No satellites, places or dates found.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Не знайдено ні супутників, ні місць, ні дат.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Found in the text</source>
        <translation>Знайдено в тексті</translation>
    </message>
    <message>
        <source>&lt;i&gt;No statement found that Overflight can check (passes a day, orbit height, period, resolution, launch time).&lt;/i&gt;</source>
        <translation>&lt;i&gt;Не знайдено тверджень, які Overflight може перевірити (прольоти на добу, висота орбіти, період, роздільна здатність, час запуску).&lt;/i&gt;</translation>
    </message>
    <message>
        <source>article:</source>
        <translation>стаття:</translation>
    </message>
    <message>
        <source>computed:</source>
        <translation>розраховано:</translation>
    </message>
    <message>
        <source>Claims checked</source>
        <translation>Перевірені твердження</translation>
    </message>
    <message>
        <source>Satellite: {0}</source>
        <translation>Супутник: {0}</translation>
    </message>
    <message>
        <source>Analysis region: {0}. Press Run (Ctrl+R).</source>
        <translation>Регіон аналізу: {0}. Натисніть «Запустити» (Ctrl+R).</translation>
    </message>
    <message>
        <source>Time set to {0}</source>
        <translation>Час встановлено: {0}</translation>
    </message>
    <message>
        <source>satellite</source>
        <translation>супутник</translation>
    </message>
    <message>
        <source>launch vehicle</source>
        <translation>ракета-носій</translation>
    </message>
    <message>
        <source>launch site</source>
        <translation>космодром</translation>
    </message>
    <message>
        <source>ground station</source>
        <translation>наземна станція</translation>
    </message>
    <message>
        <source>city</source>
        <translation>місто</translation>
    </message>
    <message>
        <source>country</source>
        <translation>країна</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регіон</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>time</source>
        <translation>час</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>організація</translation>
    </message>
    <message>
        <source>Open &amp;article…</source>
        <translation>Відкрити с&amp;таттю…</translation>
    </message>
    <message>
        <source>Paste a&amp;rticle</source>
        <translation>Вставити статт&amp;ю</translation>
    </message>
</context>
<context>
    <name>BurnSection</name>
    <message>
        <source>Next perigee</source>
        <translation>Найближчий перигей</translation>
    </message>
    <message>
        <source>Next apogee</source>
        <translation>Найближчий апогей</translation>
    </message>
    <message>
        <source>Next ascending node</source>
        <translation>Найближчий висхідний вузол</translation>
    </message>
    <message>
        <source>Next descending node</source>
        <translation>Найближчий низхідний вузол</translation>
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
        <translation>Період</translation>
    </message>
    <message>
        <source>min</source>
        <translation>хв</translation>
    </message>
    <message>
        <source>Inclination</source>
        <translation>Нахил</translation>
    </message>
    <message>
        <source>Track shift</source>
        <translation>Зсув траси</translation>
    </message>
    <message>
        <source>{0:+,.1f} km a day at the equator (+ westward)</source>
        <translation>{0:+,.1f} км на добу на екваторі (+ на захід)</translation>
    </message>
    <message>
        <source>At the clock's time</source>
        <translation>На час годинника</translation>
    </message>
    <message>
        <source>When the engine fires: searched after the clock's time</source>
        <translation>Коли вмикається двигун: пошук після часу годинника</translation>
    </message>
    <message>
        <source>Velocity change in metres per second; type up to 10,000 in the box</source>
        <translation>Зміна швидкості в метрах за секунду; у полі можна ввести до 10 000</translation>
    </message>
    <message>
        <source> m/s</source>
        <translation> м/с</translation>
    </message>
    <message>
        <source>Burn this satellite</source>
        <translation>Маневр цього супутника</translation>
    </message>
    <message>
        <source>Use the satellite selected in the list as the one that burns</source>
        <translation>Зробити супутник, вибраний у списку, тим, що виконує маневр</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <source>Remove the orbit after the burn from the map</source>
        <translation>Прибрати з карти орбіту після імпульсу</translation>
    </message>
    <message>
        <source>Hohmann transfer to a height</source>
        <translation>Перехід Гомана на висоту</translation>
    </message>
    <message>
        <source>Plane change</source>
        <translation>Зміна площини</translation>
    </message>
    <message>
        <source>Hohmann with plane change at apogee</source>
        <translation>Гоман зі зміною площини в апогеї</translation>
    </message>
    <message>
        <source>Phasing: move along the orbit</source>
        <translation>Фазування: зсув уздовж орбіти</translation>
    </message>
    <message>
        <source>A classic transfer from the satellite's circular height, with its budget</source>
        <translation>Класичний перехід із колової висоти супутника, з бюджетом Δv</translation>
    </message>
    <message>
        <source> km</source>
        <translation> км</translation>
    </message>
    <message>
        <source>Height of the final circular orbit</source>
        <translation>Висота кінцевої колової орбіти</translation>
    </message>
    <message>
        <source>Plane change, or how far to move along the orbit (negative: fall behind)</source>
        <translation>Зміна площини або наскільки зсунутися вздовж орбіти (від’ємне: відстати)</translation>
    </message>
    <message>
        <source>Phasing: revolutions of the phasing orbit</source>
        <translation>Фазування: витки фазувальної орбіти</translation>
    </message>
    <message>
        <source>Apply the transfer</source>
        <translation>Застосувати перехід</translation>
    </message>
    <message>
        <source>Make the transfer's burns on the selected satellite</source>
        <translation>Виконати імпульси переходу для вибраного супутника</translation>
    </message>
    <message>
        <source>Watch it on the globe</source>
        <translation>Переглянути на глобусі</translation>
    </message>
    <message>
        <source>Show the globe and play the clock from the first burn to the last, the whole transfer in about half a minute</source>
        <translation>Показати глобус і запустити годинник від першого імпульсу до останнього: весь перехід приблизно за пів хвилини</translation>
    </message>
    <message>
        <source>Burn</source>
        <translation>Імпульс</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Prograde</source>
        <translation>Уздовж руху</translation>
    </message>
    <message>
        <source>Radial</source>
        <translation>Радіальний</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Нормальний</translation>
    </message>
    <message>
        <source>Transfers (vis-viva)</source>
        <translation>Переходи (vis-viva)</translation>
    </message>
    <message>
        <source>To height</source>
        <translation>На висоту</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Кут</translation>
    </message>
    <message>
        <source>Revolutions</source>
        <translation>Витки</translation>
    </message>
    <message>
        <source>Select a satellite in the Satellites list first.</source>
        <translation>Спершу виберіть супутник у списку «Супутники».</translation>
    </message>
    <message>
        <source>Satellite: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Супутник: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a satellite and press “Burn this satellite”.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Виберіть супутник і натисніть «Маневр цього супутника».&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Move a slider to burn.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Посуньте повзунок, щоб дати імпульс.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Re-enters at once</source>
        <translation>Одразу входить в атмосферу</translation>
    </message>
    <message>
        <source>Perigee {0:,.0f} km: below the surface. No orbit is made.</source>
        <translation>Перигей {0:,.0f} км: під поверхнею. Орбіти не буде.</translation>
    </message>
    <message>
        <source>Burn at</source>
        <translation>Момент імпульсу</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose the satellite first.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Спершу виберіть супутник.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Burn {0}</source>
        <translation>Імпульс {0}</translation>
    </message>
    <message>
        <source>{0:+,.1f} m/s</source>
        <translation>{0:+,.1f} м/с</translation>
    </message>
    <message>
        <source>Total Δv</source>
        <translation>Сумарна Δv</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,.1f} m/s&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0:,.1f} м/с&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>{0:.2f} h</source>
        <translation>{0:.2f} год</translation>
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
        <translation>прольотів на добу над регіоном {1}: {0}</translation>
    </message>
    <message>
        <source>{0} contacts a day with {1}</source>
        <translation>сеансів зв’язку на добу ({1}): {0}</translation>
    </message>
    <message>
        <source>orbit height {0} km</source>
        <translation>висота орбіти {0} км</translation>
    </message>
    <message>
        <source>period {0} minutes</source>
        <translation>період {0} хв</translation>
    </message>
    <message>
        <source>{0} m resolution from {1} km</source>
        <translation>роздільна здатність {0} м з {1} км</translation>
    </message>
    <message>
        <source>{0} m resolution</source>
        <translation>роздільна здатність {0} м</translation>
    </message>
    <message>
        <source>{0} a day (ground track crossing {1}: {2} a day)</source>
        <translation>{0} на добу (перетини траси з регіоном {1}: {2} на добу)</translation>
    </message>
    <message>
        <source>{0} a day</source>
        <translation>{0} на добу</translation>
    </message>
    <message>
        <source>{0} to {1} km (mean {2} km)</source>
        <translation>від {0} до {1} км (середня {2} км)</translation>
    </message>
    <message>
        <source>{0} minutes</source>
        <translation>{0} хв</translation>
    </message>
    <message>
        <source>{0}, contact at 10° elevation from anywhere in {1}, {2} days from the element epoch, approximate elements</source>
        <translation>{0}, зв’язок при куті місця 10° з будь-якої точки регіону {1}, {2} дн. від епохи елементів, наближені елементи</translation>
    </message>
    <message>
        <source>{0}, contact at 10° elevation from anywhere in {1}, {2} days from the element epoch</source>
        <translation>{0}, зв’язок при куті місця 10° з будь-якої точки регіону {1}, {2} дн. від епохи елементів</translation>
    </message>
    <message>
        <source>{0}, contact above 5° elevation at {1}, {2} days from the element epoch, approximate elements</source>
        <translation>{0}, зв’язок при куті місця понад 5° у пункті {1}, {2} дн. від епохи елементів, наближені елементи</translation>
    </message>
    <message>
        <source>{0}, contact above 5° elevation at {1}, {2} days from the element epoch</source>
        <translation>{0}, зв’язок при куті місця понад 5° у пункті {1}, {2} дн. від епохи елементів</translation>
    </message>
    <message>
        <source>{0} mean elements, approximate elements</source>
        <translation>середні елементи {0}, наближені елементи</translation>
    </message>
    <message>
        <source>{0} mean elements</source>
        <translation>середні елементи {0}</translation>
    </message>
    <message>
        <source>{0} mean motion, approximate elements</source>
        <translation>середній рух {0}, наближені елементи</translation>
    </message>
    <message>
        <source>{0} mean motion</source>
        <translation>середній рух {0}</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>збігається</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>відрізняється</translation>
    </message>
    <message>
        <source>for comparison</source>
        <translation>для порівняння</translation>
    </message>
    <message>
        <source>cannot tell with these elements</source>
        <translation>з цими елементами не визначити</translation>
    </message>
</context>
<context>
    <name>Compass</name>
    <message>
        <source>N</source>
        <translation>Пн</translation>
    </message>
    <message>
        <source>NNE</source>
        <translation>ПнПнСх</translation>
    </message>
    <message>
        <source>NE</source>
        <translation>ПнСх</translation>
    </message>
    <message>
        <source>ENE</source>
        <translation>СхПнСх</translation>
    </message>
    <message>
        <source>E</source>
        <translation>Сх</translation>
    </message>
    <message>
        <source>ESE</source>
        <translation>СхПдСх</translation>
    </message>
    <message>
        <source>SE</source>
        <translation>ПдСх</translation>
    </message>
    <message>
        <source>SSE</source>
        <translation>ПдПдСх</translation>
    </message>
    <message>
        <source>S</source>
        <translation>Пд</translation>
    </message>
    <message>
        <source>SSW</source>
        <translation>ПдПдЗх</translation>
    </message>
    <message>
        <source>SW</source>
        <translation>ПдЗх</translation>
    </message>
    <message>
        <source>WSW</source>
        <translation>ЗхПдЗх</translation>
    </message>
    <message>
        <source>W</source>
        <translation>Зх</translation>
    </message>
    <message>
        <source>WNW</source>
        <translation>ЗхПнЗх</translation>
    </message>
    <message>
        <source>NW</source>
        <translation>ПнЗх</translation>
    </message>
    <message>
        <source>NNW</source>
        <translation>ПнПнЗх</translation>
    </message>
</context>
<context>
    <name>CoverageFigures</name>
    <message>
        <source>accesses in the window</source>
        <translation>сеансів у вікні</translation>
    </message>
    <message>
        <source>accesses a day</source>
        <translation>сеансів на добу</translation>
    </message>
    <message>
        <source>mean gap (h)</source>
        <translation>середня перерва (год)</translation>
    </message>
    <message>
        <source>median gap (h)</source>
        <translation>медіанна перерва (год)</translation>
    </message>
    <message>
        <source>longest gap (h)</source>
        <translation>найдовша перерва (год)</translation>
    </message>
    <message>
        <source>time in view (%)</source>
        <translation>час у полі зору (%)</translation>
    </message>
    <message>
        <source>time to first access (h)</source>
        <translation>час до першого сеансу (год)</translation>
    </message>
    <message>
        <source>satellites in view (mean)</source>
        <translation>супутників у зоні видимості (у середньому)</translation>
    </message>
    <message>
        <source>satellites in view (minimum)</source>
        <translation>супутників у зоні видимості (мінімум)</translation>
    </message>
</context>
<context>
    <name>CoverageLayer</name>
    <message>
        <source>{0:.0f} accesses ({1:.2f}/day)</source>
        <translation>сеансів: {0:.0f} ({1:.2f}/добу)</translation>
    </message>
    <message>
        <source>gap mean {0:.1f} h, max {1:.1f} h</source>
        <translation>перерва: середня {0:.1f} год, макс. {1:.1f} год</translation>
    </message>
    <message>
        <source>in view {0:.2f} %</source>
        <translation>у полі зору {0:.2f} %</translation>
    </message>
    <message>
        <source>cell: {0}</source>
        <translation>комірка: {0}</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>не визначено</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Cell size: finer grids take longer (0.25° is about 28 km)</source>
        <translation>Розмір комірки: дрібніша сітка рахується довше (0,25° — це близько 28 км)</translation>
    </message>
    <message>
        <source>Whole globe</source>
        <translation>Уся Земля</translation>
    </message>
    <message>
        <source>The analysis region</source>
        <translation>Регіон аналізу</translation>
    </message>
    <message>
        <source>Where the grid lies</source>
        <translation>Де лежить сітка</translation>
    </message>
    <message>
        <source>Land only</source>
        <translation>Лише суходіл</translation>
    </message>
    <message>
        <source>Only the cells whose centre is on land (Natural Earth countries); the summary covers those cells alone</source>
        <translation>Лише комірки, центр яких на суходолі (країни Natural Earth); підсумок охоплює лише їх</translation>
    </message>
    <message>
        <source>The figure of merit shown on the map</source>
        <translation>Показник, який показано на карті</translation>
    </message>
    <message>
        <source>Show the coverage layer</source>
        <translation>Показати шар покриття</translation>
    </message>
    <message>
        <source>Show or hide the heat map under the tracks</source>
        <translation>Показати або сховати теплову карту під трасами</translation>
    </message>
    <message>
        <source>none (this process)</source>
        <translation>немає (цей процес)</translation>
    </message>
    <message>
        <source>Split the grid's rows over this many processes on this computer (Dask; for the largest jobs: many satellites, fine grids)</source>
        <translation>Розподілити рядки сітки між цією кількістю процесів на цьому комп’ютері (Dask; для найбільших задач: багато супутників, дрібна сітка)</translation>
    </message>
    <message>
        <source>tcp://HOST:PORT (optional)</source>
        <translation>tcp://HOST:PORT (необов’язково)</translation>
    </message>
    <message>
        <source>Send the job to an existing Dask cluster whose workers have Overflight installed</source>
        <translation>Надіслати задачу до наявного кластера Dask, на робочих вузлах якого встановлено Overflight</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Обчислити</translation>
    </message>
    <message>
        <source>Coverage of the selected satellites with the Analysis panel's settings</source>
        <translation>Покриття вибраних супутників із налаштуваннями панелі «Аналіз»</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Stop the computation; the last map stays</source>
        <translation>Зупинити обчислення; остання карта залишиться</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select satellites, then Compute.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Виберіть супутники, потім «Обчислити».&lt;/i&gt;</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Every cell's figures as CSV</source>
        <translation>Показники кожної комірки у CSV</translation>
    </message>
    <message>
        <source>GeoJSON…</source>
        <translation>GeoJSON…</translation>
    </message>
    <message>
        <source>Cells as GeoJSON polygons with their figures</source>
        <translation>Комірки як багатокутники GeoJSON з їхніми показниками</translation>
    </message>
    <message>
        <source>T: satellites in all</source>
        <translation>T: усього супутників</translation>
    </message>
    <message>
        <source>P: orbital planes (T must be a multiple of P)</source>
        <translation>P: орбітальні площини (T має бути кратним P)</translation>
    </message>
    <message>
        <source>F: phasing between planes, 0 to P-1</source>
        <translation>F: фазування між площинами, від 0 до P-1</translation>
    </message>
    <message>
        <source>Delta (nodes over 360°)</source>
        <translation>Дельта (вузли на 360°)</translation>
    </message>
    <message>
        <source>Star (nodes over 180°)</source>
        <translation>Зірка (вузли на 180°)</translation>
    </message>
    <message>
        <source>How the planes' nodes are spread</source>
        <translation>Як розподілено вузли площин</translation>
    </message>
    <message>
        <source>Add constellation from the selected satellite</source>
        <translation>Додати угруповання з вибраного супутника</translation>
    </message>
    <message>
        <source>Walker members join the catalogue as DESIGNED satellites and are selected</source>
        <translation>Члени угруповання Walker додаються до каталогу як СПРОЄКТОВАНІ супутники й стають вибраними</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Сітка</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Комірки</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показник</translation>
    </message>
    <message>
        <source>Each satellite's sensor</source>
        <translation>Датчик кожного супутника</translation>
    </message>
    <message>
        <source>Large jobs</source>
        <translation>Великі задачі</translation>
    </message>
    <message>
        <source>Worker processes</source>
        <translation>Робочі процеси</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Walker constellation</source>
        <translation>Угруповання Walker</translation>
    </message>
    <message>
        <source>Satellites</source>
        <translation>Супутники</translation>
    </message>
    <message>
        <source>Planes</source>
        <translation>Площини</translation>
    </message>
    <message>
        <source>Phasing</source>
        <translation>Фазування</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Select one or more satellites first.</source>
        <translation>Спершу виберіть один або кілька супутників.</translation>
    </message>
    <message>
        <source>about {0:,.0f} million accesses: over the 1 GB budget; choose larger cells, the region only or a shorter window</source>
        <translation>близько {0:,.0f} млн сеансів: понад ліміт 1 ГБ; виберіть більші комірки, лише регіон або коротше вікно</translation>
    </message>
    <message>
        <source>Cancelled; the last map stays.</source>
        <translation>Скасовано; остання карта залишається.</translation>
    </message>
    <message>
        <source>Coarse map shown; refining at {spacing_deg:g}°…</source>
        <translation>Показано грубу карту; уточнення з кроком {spacing_deg:g}°…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} satellite(s)&lt;/b&gt;, {days:g} days, {criterion}, daylight</source>
        <translation>&lt;b&gt;Супутників: {count}&lt;/b&gt;, {days:g} дн., {criterion}, вдень</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} satellite(s)&lt;/b&gt;, {days:g} days, {criterion}</source>
        <translation>&lt;b&gt;Супутників: {count}&lt;/b&gt;, {days:g} дн., {criterion}</translation>
    </message>
    <message>
        <source>Flagged elements: {0}</source>
        <translation>Позначені елементи: {0}</translation>
    </message>
    <message>
        <source>Compute a coverage map first.</source>
        <translation>Спершу обчисліть карту покриття.</translation>
    </message>
    <message>
        <source>Export coverage</source>
        <translation>Експорт покриття</translation>
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
        <translation>Покриття збережено в {path}</translation>
    </message>
    <message>
        <source>Select the seed satellite first.</source>
        <translation>Спершу виберіть вихідний супутник.</translation>
    </message>
    <message>
        <source>Could not keep the members: {0}</source>
        <translation>Не вдалося зберегти членів угруповання: {0}</translation>
    </message>
    <message>
        <source>{0} DESIGNED members added and selected; Compute to see their coverage.</source>
        <translation>Додано й вибрано СПРОЄКТОВАНИХ членів: {0}; натисніть «Обчислити», щоб побачити їхнє покриття.</translation>
    </message>
</context>
<context>
    <name>Criterion</name>
    <message>
        <source>directly overhead (ground track crosses the region)</source>
        <translation>точно над головою (траса перетинає регіон)</translation>
    </message>
    <message>
        <source>radio contact ({0:g}° elevation mask)</source>
        <translation>радіозв’язок (мін. кут місця {0:g}°)</translation>
    </message>
    <message>
        <source>camera ({0:g} km swath)</source>
        <translation>камера (смуга огляду {0:g} км)</translation>
    </message>
    <message>
        <source>camera ({0:g}° off nadir)</source>
        <translation>камера ({0:g}° від надиру)</translation>
    </message>
    <message>
        <source>{criterion}, {days:g} days</source>
        <translation>{criterion}, {days:g} дн.</translation>
    </message>
    <message>
        <source>{criterion}, daylight only (Sun ≥ {sun:g}°), {days:g} days</source>
        <translation>{criterion}, лише вдень (Сонце ≥ {sun:g}°), {days:g} дн.</translation>
    </message>
</context>
<context>
    <name>DecayPlot</name>
    <message>
        <source>low</source>
        <translation>низька</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>помірна</translation>
    </message>
    <message>
        <source>high</source>
        <translation>висока</translation>
    </message>
    <message>
        <source>space-weather file</source>
        <translation>файл космічної погоди</translation>
    </message>
    <message>
        <source>height (km); band: high to low solar activity</source>
        <translation>висота (км); смуга: від високої до низької сонячної активності</translation>
    </message>
    <message>
        <source>red bar: re-entry range (uncertain)</source>
        <translation>червона смуга: діапазон входу в атмосферу (невизначений)</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>невизначено</translation>
    </message>
    <message>
        <source>CelesTrak space weather, bundled copy updated {0}</source>
        <translation>космічна погода CelesTrak, додана копія від {0}</translation>
    </message>
    <message>
        <source>CelesTrak space weather, fetched {0}</source>
        <translation>космічна погода CelesTrak, завантажена {0}</translation>
    </message>
    <message>
        <source>observed to {0}, predicted to {1}</source>
        <translation>спостереження до {0}, прогноз до {1}</translation>
    </message>
    <message>
        <source>rows to {0}</source>
        <translation>рядки до {0}</translation>
    </message>
    <message>
        <source>Space weather: {0} ({1}); after {2} the mean of its last 11 years is held.</source>
        <translation>Космічна погода: {0} ({1}); після {2} береться середнє за останні 11 років файлу.</translation>
    </message>
    <message>
        <source>Solar activity at the epoch, {0}: F10.7 {1:.1f}, Ap {2:.1f}; nearest scenario: {3}.</source>
        <translation>Сонячна активність на епоху, {0}: F10.7 {1:.1f}, Ap {2:.1f}; найближчий сценарій: {3}.</translation>
    </message>
    <message>
        <source>No estimate yet</source>
        <translation>Оцінки ще немає</translation>
    </message>
</context>
<context>
    <name>ElementRefresh</name>
    <message>
        <source>&amp;Refresh elements of the selection</source>
        <translation>&amp;Оновити елементи вибраних</translation>
    </message>
    <message>
        <source>Fetch current element sets for the selected satellites from CelesTrak</source>
        <translation>Завантажити з CelesTrak актуальні набори елементів для вибраних супутників</translation>
    </message>
    <message>
        <source>Refresh &amp;all elements</source>
        <translation>Оновити всі &amp;елементи</translation>
    </message>
    <message>
        <source>Fetch current element sets for every satellite, and the satellite catalogue (owners, launches, types), from CelesTrak</source>
        <translation>Завантажити з CelesTrak актуальні набори елементів для всіх супутників і каталог супутників (власники, запуски, типи)</translation>
    </message>
    <message>
        <source>Refresh satellite &amp;catalogue (owners, launches, types)</source>
        <translation>Оновити &amp;каталог супутників (власники, запуски, типи)</translation>
    </message>
    <message>
        <source>Fetch CelesTrak's satellite catalogue (SATCAT, about 7 MB) for the list's owner and type filters</source>
        <translation>Завантажити каталог супутників CelesTrak (SATCAT, близько 7 МБ) для фільтрів списку за власником і типом</translation>
    </message>
    <message>
        <source>CelesTrak &amp;address…</source>
        <translation>А&amp;дреса CelesTrak…</translation>
    </message>
    <message>
        <source>Use a mirror of CelesTrak (the environment variable OVERFLIGHT_CELESTRAK_URL also works)</source>
        <translation>Використовувати дзеркало CelesTrak (змінна середовища OVERFLIGHT_CELESTRAK_URL теж працює)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>Fetching the satellite catalogue from CelesTrak…</source>
        <translation>Завантаження каталогу супутників з CelesTrak…</translation>
    </message>
    <message>
        <source>Refresh satellite catalogue</source>
        <translation>Оновлення каталогу супутників</translation>
    </message>
    <message>
        <source>Fetching {0} element set(s) from CelesTrak…</source>
        <translation>Завантаження наборів елементів з CelesTrak ({0})…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>satellite catalogue (SATCAT): {0}</source>
        <translation>каталог супутників (SATCAT): {0}</translation>
    </message>
    <message>
        <source>satellite catalogue (SATCAT): not updated: {0}; {1}</source>
        <translation>каталог супутників (SATCAT): не оновлено: {0}; {1}</translation>
    </message>
    <message>
        <source>satellite catalogue (SATCAT): failed: {0}</source>
        <translation>каталог супутників (SATCAT): помилка: {0}</translation>
    </message>
    <message>
        <source>Refresh elements</source>
        <translation>Оновлення елементів</translation>
    </message>
    <message>
        <source>CelesTrak address</source>
        <translation>Адреса CelesTrak</translation>
    </message>
    <message>
        <source>Base address (empty for the default, {DEFAULT_BASE_URL}):</source>
        <translation>Базова адреса (порожньо — типова, {DEFAULT_BASE_URL}):</translation>
    </message>
    <message>
        <source>'{text}' is not an http(s) address</source>
        <translation>«{text}» — не адреса http(s)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{names}: {criterion}, {days:g} days, daylight</source>
        <translation>{names}: {criterion}, {days:g} дн., вдень</translation>
    </message>
    <message>
        <source>{names}: {criterion}, {days:g} days</source>
        <translation>{names}: {criterion}, {days:g} дн.</translation>
    </message>
    <message>
        <source>Map: Natural Earth (public domain). Made with Overflight.</source>
        <translation>Карта: Natural Earth (суспільне надбання). Створено в Overflight.</translation>
    </message>
</context>
<context>
    <name>FleetLayer</name>
    <message>
        <source>LEO</source>
        <translation>НОО</translation>
    </message>
    <message>
        <source>sun-synchronous</source>
        <translation>сонячно-синхронна</translation>
    </message>
    <message>
        <source>MEO</source>
        <translation>СОО</translation>
    </message>
    <message>
        <source>GEO</source>
        <translation>ГСО</translation>
    </message>
    <message>
        <source>HEO</source>
        <translation>ВЕО</translation>
    </message>
    <message>
        <source>All satellites: {0}</source>
        <translation>Усі супутники: {0}</translation>
    </message>
    <message>
        <source>{0} without a position now</source>
        <translation>Без положення зараз: {0}</translation>
    </message>
</context>
<context>
    <name>GlobeView</name>
    <message>
        <source>Drag to turn the globe, wheel to zoom; the ring is the orbit in space</source>
        <translation>Перетягуйте, щоб повертати глобус, коліщатко — масштаб; кільце — орбіта в просторі</translation>
    </message>
    <message>
        <source>ring: the orbit in space; the Earth turns beneath it</source>
        <translation>кільце: орбіта в просторі; Земля обертається під нею</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Спостерігач</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Satellite</source>
        <translation>Супутник</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Початок (UTC)</translation>
    </message>
    <message>
        <source>Dur. (s)</source>
        <translation>Трив. (с)</translation>
    </message>
    <message>
        <source>Closest (UTC)</source>
        <translation>Найближче (UTC)</translation>
    </message>
    <message>
        <source>Off-nadir°</source>
        <translation>Від надиру°</translation>
    </message>
    <message>
        <source>Max el.°</source>
        <translation>Макс. кут°</translation>
    </message>
    <message>
        <source>Sun°</source>
        <translation>Сонце°</translation>
    </message>
    <message>
        <source>LST</source>
        <translation>Місц. час</translation>
    </message>
    <message>
        <source>How this was computed: positions come from SGP4 (the sgp4 library, as skyfield uses it) with the element sets listed below; Earth rotation from UT1 and WGS84 coordinates. A satellite is over the region while the great-circle distance from the point below it to the region is at most the reach of the criterion at its height (0 overhead; from the off-nadir angle for a camera; from the elevation mask for radio contact). Passes are found by sampling with a proven speed bound and bisecting every edge to 0.01 s; daylight means the Sun at least the chosen height above the horizon at the region's nearest point at closest approach. Revisit time is the gap from the end of one pass to the start of the next within the window. Elements marked APPROXIMATE were built from published figures (where the satellite is along its orbit is unknown); DESIGNED orbits were made in the Orbit lab.</source>
        <translation>Як це обчислено: положення отримано з SGP4 (бібліотека sgp4 у тому вигляді, як її використовує skyfield) за наборами елементів, переліченими нижче; обертання Землі — з UT1, координати — WGS84. Супутник перебуває над регіоном, поки відстань по великому колу від точки під ним до регіону не перевищує досяжності критерію на його висоті (0 — точно над головою; з кута від надиру — для камери; з мінімального кута місця — для радіозв’язку). Прольоти знаходяться вибіркою з доведеною межею швидкості й поділом навпіл кожної межі до 0,01 с; «вдень» означає, що в момент найбільшого зближення Сонце стоїть щонайменше на вибраній висоті над горизонтом у найближчій точці регіону. Інтервал повторного огляду — проміжок від кінця одного прольоту до початку наступного в межах вікна. Елементи з позначкою НАБЛИЖЕНІ побудовано з опублікованих даних (де саме супутник перебуває на орбіті, невідомо); СПРОЄКТОВАНІ орбіти створено в Лабораторії орбіт.</translation>
    </message>
    <message>
        <source>Overflight handout</source>
        <translation>Роздатковий матеріал Overflight</translation>
    </message>
    <message>
        <source>No satellite chosen</source>
        <translation>Супутник не вибрано</translation>
    </message>
    <message>
        <source>Overflight: {0}</source>
        <translation>Overflight: {0}</translation>
    </message>
    <message>
        <source>over {region}. Printed {time}.</source>
        <translation>над регіоном {region}. Надруковано {time}.</translation>
    </message>
    <message>
        <source>(no analysis run). Printed {time}.</source>
        <translation>(аналіз не запускали). Надруковано {time}.</translation>
    </message>
    <message>
        <source>Run an analysis to add passes and revisit statistics to the handout.</source>
        <translation>Запустіть аналіз, щоб додати до матеріалу прольоти й статистику повторного огляду.</translation>
    </message>
    <message>
        <source>Revisit statistics</source>
        <translation>Статистика повторного огляду</translation>
    </message>
    <message>
        <source>{region}: {settings}, from {start} to {end}.</source>
        <translation>{region}: {settings}, з {start} до {end}.</translation>
    </message>
    <message>
        <source>revisit mean {mean}, median {median}, longest {longest}.</source>
        <translation>повторний огляд: середній {mean}, медіана {median}, найдовший {longest}.</translation>
    </message>
    <message>
        <source>no gap to measure.</source>
        <translation>немає перерви для вимірювання.</translation>
    </message>
    <message>
        <source>{name}: {rate:.2f} passes a day ({count} in all), {in_view} in view; {gap}</source>
        <translation>{name}: {rate:.2f} прольоту на добу (усього {count}), у полі зору {in_view}; {gap}</translation>
    </message>
    <message>
        <source>All together: {rate:.2f} passes a day, revisit mean {mean}, longest {longest}.</source>
        <translation>Усі разом: {rate:.2f} прольоту на добу, повторний огляд: середній {mean}, найдовший {longest}.</translation>
    </message>
    <message>
        <source>Claims in the article, checked</source>
        <translation>Перевірені твердження статті</translation>
    </message>
    <message>
        <source>How this was computed</source>
        <translation>Як це обчислено</translation>
    </message>
    <message>
        <source>Where the data come from</source>
        <translation>Звідки дані</translation>
    </message>
    <message>
        <source>{name} (NORAD {satnum}): {flag}elements of {epoch} ({age:.0f} days old), source: {source}.</source>
        <translation>{name} (NORAD {satnum}): {flag}елементи на {epoch} (вік {age:.0f} дн.), джерело: {source}.</translation>
    </message>
    <message>
        <source>Map: Natural Earth (public domain). Sun: JPL DE421. Made with Overflight.</source>
        <translation>Карта: Natural Earth (суспільне надбання). Сонце: JPL DE421. Створено в Overflight.</translation>
    </message>
    <message>
        <source>Delta-v budget</source>
        <translation>Бюджет Δv</translation>
    </message>
    <message>
        <source>Burns of {0}, impulsive, in the orbit's own frame:</source>
        <translation>Імпульси {0} (миттєві) у власній системі відліку орбіти:</translation>
    </message>
    <message>
        <source>Burn {0} ({1}): prograde {2:+.1f}, radial {3:+.1f}, normal {4:+.1f} m/s; {5:.1f} m/s</source>
        <translation>Імпульс {0} ({1}): уздовж руху {2:+.1f}, радіально {3:+.1f}, по нормалі {4:+.1f} м/с; {5:.1f} м/с</translation>
    </message>
    <message>
        <source>Total: {0:.1f} m/s (vis-viva; the orbit after each burn is a DESIGNED element set)</source>
        <translation>Разом: {0:.1f} м/с (vis-viva; орбіта після кожного імпульсу — СПРОЄКТОВАНИЙ набір елементів)</translation>
    </message>
    <message>
        <source>Orbit decay of {0}</source>
        <translation>Зниження орбіти {0}</translation>
    </message>
    <message>
        <source>after {0}</source>
        <translation>після {0}</translation>
    </message>
    <message>
        <source>{0} ({1}): re-entry {2}; decaying {3:.3f} km a day at the start</source>
        <translation>{0} ({1}): вхід в атмосферу {2}; на початку знижується на {3:.3f} км на добу</translation>
    </message>
    <message>
        <source>Drag: {0}.</source>
        <translation>Опір: {0}.</translation>
    </message>
    <message>
        <source>This is an estimate</source>
        <translation>Це оцінка</translation>
    </message>
    <message>
        <source>day {0}</source>
        <translation>день {0}</translation>
    </message>
    <message>
        <source>Passes ({0})</source>
        <translation>Прольоти ({0})</translation>
    </message>
    <message>
        <source>(no passes in the window with these settings)</source>
        <translation>(у вікні немає прольотів із цими налаштуваннями)</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>&lt;p style='color:#1d3f8a'&gt;&lt;b&gt;Designed orbit.&lt;/b&gt; {name} was made in the Orbit lab; no real satellite flies it. Each control changes one thing:&lt;/p&gt;</source>
        <translation>&lt;p style='color:#1d3f8a'&gt;&lt;b&gt;Спроєктована орбіта.&lt;/b&gt; {name} створено в Лабораторії орбіт; жоден справжній супутник нею не літає. Кожен елемент керування змінює щось одне:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Height&lt;/b&gt; ({height} km): 100 km higher, one orbit takes {minutes} min longer, so {revs} fewer orbits a day and fewer passes, while the footprint grows by {reach} km.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Висота&lt;/b&gt; ({height} км): на 100 км вище один виток триває на {minutes} хв довше, тож за добу на {revs} витка менше й менше прольотів, а зона огляду збільшується на {reach} км.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Height&lt;/b&gt; ({height} km): 100 km higher, one orbit takes {minutes} min longer, so {revs} fewer orbits a day and fewer passes.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Висота&lt;/b&gt; ({height} км): на 100 км вище один виток триває на {minutes} хв довше, тож за добу на {revs} витка менше й менше прольотів.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Inclination&lt;/b&gt; ({inclination}°): the track reaches latitudes up to {latitude}° N and S; places further from the equator are never overflown.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Нахил&lt;/b&gt; ({inclination}°): траса сягає широт до {latitude}° пн. і пд. ш.; над місцями, далі від екватора, супутник ніколи не пролітає.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Sun-synchronous&lt;/b&gt;: the tilt at which the Earth's bulge turns the orbit {drift}° a day here (0.986° is needed), so passes come at the same local time every day.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Сонячно-синхронна&lt;/b&gt;: нахил, за якого екваторіальне здуття Землі повертає орбіту тут на {drift}° на добу (потрібно 0,986°), тож прольоти щодня відбуваються в той самий місцевий час.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Node time&lt;/b&gt;: the local solar time at which the satellite crosses the equator northbound; it sets whether passes are in the morning, at noon or at night.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Час вузла&lt;/b&gt;: місцевий сонячний час, коли супутник перетинає екватор, рухаючись на північ; від нього залежить, чи прольоти будуть уранці, опівдні чи вночі.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Repeat R/D&lt;/b&gt;: after R orbits in D days the track lies exactly on itself again; a longer cycle leaves narrower gaps between neighbouring tracks.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Повторення R/D&lt;/b&gt;: після R витків за D діб траса знову точно лягає сама на себе; довший цикл залишає вужчі проміжки між сусідніми трасами.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Phase&lt;/b&gt; (mean anomaly, or over a place at a time): where on the orbit the satellite is; it moves the passes in time but not the track's pattern.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Фаза&lt;/b&gt; (середня аномалія або «над місцем у певний час»): де на орбіті перебуває супутник; вона зсуває прольоти в часі, але не змінює візерунок траси.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>A designed orbit is exact by definition: no uncertainty is shown.</source>
        <translation>Спроєктована орбіта точна за визначенням: невизначеність не показується.</translation>
    </message>
    <message>
        <source>The elements of {name} are built from published figures: where it is along its orbit is unknown (any position is equally likely), its node's local time is uncertain by about ±{minutes} min and its height by ±{km} km. The track's pattern and the passes a day are well determined; the time of each pass is not (within about one orbit).</source>
        <translation>Елементи {name} побудовано з опублікованих даних: де супутник перебуває на орбіті, невідомо (будь-яке положення рівноймовірне), місцевий час його вузла відомий з точністю близько ±{minutes} хв, а висота — ±{km} км. Візерунок траси й кількість прольотів на добу визначено добре; час кожного прольоту — ні (у межах приблизно одного витка).</translation>
    </message>
    <message>
        <source>The elements of {name} are {days} days from their epoch. Element sets drift mostly along the track: about {along} km (1 sigma; {seconds} s of timing at 90 %) here, from 1 km at epoch growing 2 km a day (Vallado &amp; Cefola 2012) plus a drag term fitted to our own data; across the track about {across} km.</source>
        <translation>Елементи {name} віддалені від своєї епохи на {days} дн. Похибка наборів елементів зростає переважно вздовж траси: тут близько {along} км (1 сигма; {seconds} с за часом при 90 %), від 1 км в епоху з приростом 2 км на добу (Vallado &amp; Cefola 2012) плюс член опору, підібраний за нашими власними даними; поперек траси — близько {across} км.</translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation>Що я бачу?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a satellite in the list on the left.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Виберіть супутник у списку ліворуч.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Ground track.&lt;/b&gt; The coloured line is the path of the point directly below {name}. One orbit takes {period} minutes, so it circles the Earth {revs} times a day. While it goes round once, the Earth turns beneath it, so each new track lies {shift}° of longitude further west (about {shift_km} km at 40° latitude). The dashed part is the past, the solid part the future.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Наземна траса.&lt;/b&gt; Кольорова лінія — шлях точки, що лежить точно під {name}. Один виток триває {period} хв, тож кількість обертів навколо Землі за добу становить {revs}. Поки супутник робить один оберт, Земля повертається під ним, тому кожна нова траса лягає на {shift}° довготи західніше (близько {shift_km} км на широті 40°). Пунктир — минуле, суцільна лінія — майбутнє.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Footprint.&lt;/b&gt; The shaded circle around the satellite is what it can reach with the chosen setting ({setting}): everything within {reach} km of the point below it, from its height of {height} km.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Зона огляду.&lt;/b&gt; Затінене коло навколо супутника — те, що він може охопити за вибраного налаштування ({setting}): усе в межах {reach} км від точки під ним, з його висоти {height} км.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sun-synchronous orbit.&lt;/b&gt; The orbit is tilted {inclination}°, just past the pole, so that Earth's bulge turns it {drift}° a day, as fast as the Earth goes round the Sun. It therefore crosses the equator northbound at the same local solar time every day, {time}, and passes over any one place at about the same local time: good light for a camera, day after day.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Сонячно-синхронна орбіта.&lt;/b&gt; Орбіта нахилена на {inclination}°, трохи за полюс, тож екваторіальне здуття Землі повертає її на {drift}° на добу — так само швидко, як Земля рухається навколо Сонця. Тому вона щодня перетинає екватор у напрямку на північ в той самий місцевий сонячний час, {time}, і пролітає над будь-яким місцем приблизно в той самий місцевий час: добре освітлення для камери день у день.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Revisit time.&lt;/b&gt; Over {region} the satellite came back on average every {mean} (longest wait {longest}). That is the gap between the end of one pass and the start of the next, within the analysis window.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Інтервал повторного огляду.&lt;/b&gt; Над регіоном {region} супутник повертався в середньому кожні {mean} (найдовше очікування {longest}). Це проміжок між кінцем одного прольоту й початком наступного в межах вікна аналізу.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;How sure?&lt;/b&gt; {model} View ▸ Uncertainty band (Ctrl+U) draws where the satellite may be.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Наскільки точно?&lt;/b&gt; {model} Вигляд ▸ Смуга невизначеності (Ctrl+U) показує, де може бути супутник.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style='color:#8a3a00'&gt;&lt;b&gt;Approximate.&lt;/b&gt; These elements were built from published orbit figures, not tracked observations: the shape of the orbit and the local time of its passes are meaningful, the satellite's exact position is not.&lt;/p&gt;</source>
        <translation>&lt;p style='color:#8a3a00'&gt;&lt;b&gt;Наближено.&lt;/b&gt; Ці елементи побудовано з опублікованих параметрів орбіти, а не зі спостережень: форма орбіти й місцевий час прольотів мають сенс, а точне положення супутника — ні.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LessonIo</name>
    <message>
        <source>Save lesson</source>
        <translation>Зберегти урок</translation>
    </message>
    <message>
        <source>Overflight lesson (*{SUFFIX})</source>
        <translation>Урок Overflight (*{SUFFIX})</translation>
    </message>
    <message>
        <source>Could not write {path}: {0}</source>
        <translation>Не вдалося записати {path}: {0}</translation>
    </message>
    <message>
        <source>Lesson saved to {path}.</source>
        <translation>Урок збережено в {path}.</translation>
    </message>
    <message>
        <source>Lesson saved to {path}</source>
        <translation>Урок збережено в {path}</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Відкрити урок</translation>
    </message>
    <message>
        <source>Overflight lesson (*{SUFFIX});;All files (*)</source>
        <translation>Урок Overflight (*{SUFFIX});;Усі файли (*)</translation>
    </message>
    <message>
        <source> (and {0} more)</source>
        <translation> (і ще {0})</translation>
    </message>
    <message>
        <source>{name}: opened; not loaded: {problem}{more}</source>
        <translation>{name}: відкрито; не завантажено: {problem}{more}</translation>
    </message>
    <message>
        <source>{name}: lesson opened</source>
        <translation>{name}: урок відкрито</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>Відкрити &amp;урок…</translation>
    </message>
    <message>
        <source>&amp;Save lesson…</source>
        <translation>&amp;Зберегти урок…</translation>
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
        <translation>з B* або опублікована</translation>
    </message>
    <message>
        <source>Mass; leave at the start for a real set's B*, else the published mass</source>
        <translation>Маса; залиште на початку шкали, щоб узяти B* справжнього набору, інакше — опубліковану масу</translation>
    </message>
    <message>
        <source> m²</source>
        <translation> м²</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>оцінена</translation>
    </message>
    <message>
        <source>Cross-section against the flow (with a mass)</source>
        <translation>Площа перерізу поперек потоку (разом із масою)</translation>
    </message>
    <message>
        <source>Drag coefficient (2.2 is usual for a compact satellite)</source>
        <translation>Коефіцієнт опору (2,2 — типово для компактного супутника)</translation>
    </message>
    <message>
        <source>Three scenarios</source>
        <translation>Три сценарії</translation>
    </message>
    <message>
        <source>Scenarios and CelesTrak space weather</source>
        <translation>Сценарії та космічна погода CelesTrak</translation>
    </message>
    <message>
        <source>Add a curve under CelesTrak's observed and predicted activity: the copy fetched last, else the copy bundled with Overflight</source>
        <translation>Додати криву за спостережуваною і прогнозованою активністю з CelesTrak: остання завантажена копія, інакше копія, що постачається з Overflight</translation>
    </message>
    <message>
        <source>Estimate decay</source>
        <translation>Оцінити зниження</translation>
    </message>
    <message>
        <source>Estimate the decay of the selected satellite under low, moderate and high solar activity</source>
        <translation>Оцінити зниження орбіти вибраного супутника за низької, помірної та високої сонячної активності</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Stop the estimate</source>
        <translation>Зупинити оцінку</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Час існування</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Маса</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Площа</translation>
    </message>
    <message>
        <source>Drag coeff.</source>
        <translation>Коеф. опору</translation>
    </message>
    <message>
        <source>Solar activity</source>
        <translation>Сонячна активність</translation>
    </message>
    <message>
        <source>Select a satellite first.</source>
        <translation>Спершу виберіть супутник.</translation>
    </message>
    <message>
        <source>after {0}</source>
        <translation>після {0}</translation>
    </message>
    <message>
        <source>{0} ({1}); now {2:+.3f} km a day</source>
        <translation>{0} ({1}); зараз {2:+.3f} км на добу</translation>
    </message>
    <message>
        <source>This is an estimate</source>
        <translation>Це оцінка</translation>
    </message>
</context>
<context>
    <name>LiveClock</name>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} год {m:02d} хв</translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation>{m} хв {s:02d} с</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} с</translation>
    </message>
    <message>
        <source>Live: choose a satellite and where you are to see when it rises</source>
        <translation>Наживо: виберіть супутник і своє місце, щоб побачити, коли він зійде</translation>
    </message>
    <message>
        <source>{sat} does not rise above {mask:g}° here in the next two days</source>
        <translation>{sat} не підніметься вище {mask:g}° тут у найближчі дві доби</translation>
    </message>
    <message>
        <source>{sat} is up now: highest {el:.0f}° in the {dir}, sets in {left} ({time})</source>
        <translation>{sat} зараз над горизонтом: найвище {el:.0f}° на {dir}, зайде через {left} ({time})</translation>
    </message>
    <message>
        <source>{sat} rises in {left}: {time} in the {dir}, up to {el:.0f}°</source>
        <translation>{sat} зійде через {left}: {time} на {dir}, до {el:.0f}°</translation>
    </message>
    <message>
        <source>&amp;Live clock</source>
        <translation>&amp;Живий годинник</translation>
    </message>
    <message>
        <source>The clock follows the wall clock; the map, the globe and the sky plot move once a second</source>
        <translation>Годинник іде за реальним часом; карта, глобус і карта неба оновлюються щосекунди</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Satellites</source>
        <translation>Супутники</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Аналіз</translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation>Що я бачу?</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Прольоти</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Orbit lab</source>
        <translation>Лабораторія орбіт</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Стаття</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Покриття</translation>
    </message>
    <message>
        <source>Overflight</source>
        <translation>Overflight</translation>
    </message>
    <message>
        <source>Analysis cancelled</source>
        <translation>Аналіз скасовано</translation>
    </message>
    <message>
        <source>Could not write {path}: {0}</source>
        <translation>Не вдалося записати {path}: {0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open element file…</source>
        <translation>&amp;Відкрити файл елементів…</translation>
    </message>
    <message>
        <source>Add TLE or OMM element sets</source>
        <translation>Додати набори елементів TLE або OMM</translation>
    </message>
    <message>
        <source>&amp;Paste element sets</source>
        <translation>Вст&amp;авити набори елементів</translation>
    </message>
    <message>
        <source>Add TLE or OMM text from the clipboard</source>
        <translation>Додати текст TLE або OMM з буфера обміну</translation>
    </message>
    <message>
        <source>Export map as &amp;PNG…</source>
        <translation>Експорт карти в &amp;PNG…</translation>
    </message>
    <message>
        <source>Export map as &amp;SVG…</source>
        <translation>Експорт карти в &amp;SVG…</translation>
    </message>
    <message>
        <source>Export passes as &amp;CSV…</source>
        <translation>Експорт прольотів у &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Аналіз</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Запустити</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>Region from &amp;GeoJSON…</source>
        <translation>Регіон із &amp;GeoJSON…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Режим &amp;презентації</translation>
    </message>
    <message>
        <source>Full-screen map for a room: large type, clock and statistics on the map (Esc leaves)</source>
        <translation>Карта на весь екран для класу: великий шрифт, годинник і статистика на карті (Esc — вихід)</translation>
    </message>
    <message>
        <source>&amp;Globe</source>
        <translation>&amp;Глобус</translation>
    </message>
    <message>
        <source>An orthographic globe with the orbit as a ring in space (Ctrl+G again: the map)</source>
        <translation>Ортографічний глобус з орбітою у вигляді кільця в просторі (Ctrl+G ще раз — карта)</translation>
    </message>
    <message>
        <source>&amp;Follow the satellite</source>
        <translation>&amp;Стежити за супутником</translation>
    </message>
    <message>
        <source>Keep the first satellite centred while time runs</source>
        <translation>Тримати перший супутник у центрі, поки йде час</translation>
    </message>
    <message>
        <source>&amp;Uncertainty band</source>
        <translation>Смуга н&amp;евизначеності</translation>
    </message>
    <message>
        <source>Draw where the first satellite may be (90 % of its uncertainty model)</source>
        <translation>Показати, де може бути перший супутник (90 % його моделі невизначеності)</translation>
    </message>
    <message>
        <source>&amp;All satellites</source>
        <translation>&amp;Усі супутники</translation>
    </message>
    <message>
        <source>Every loaded satellite as a dot at the clock's time, coloured by orbit class; hover names one, a click selects it</source>
        <translation>Кожен завантажений супутник — точка на час годинника, колір за класом орбіти; наведіть, щоб побачити назву, клацніть, щоб вибрати</translation>
    </message>
    <message>
        <source>Colour-&amp;blind-safe colours</source>
        <translation>Кольори для &amp;дальтоніків</translation>
    </message>
    <message>
        <source>Okabe-Ito colours for tracks and passes (the default)</source>
        <translation>Кольори Okabe-Ito для трас і прольотів (типово)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Ск&amp;инути розміщення</translation>
    </message>
    <message>
        <source>Put every panel back in its place</source>
        <translation>Повернути кожну панель на її місце</translation>
    </message>
    <message>
        <source>Whole &amp;world</source>
        <translation>Увесь с&amp;віт</translation>
    </message>
    <message>
        <source>Zoom to &amp;region</source>
        <translation>Наблизити &amp;регіон</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Відтворення / пауза</translation>
    </message>
    <message>
        <source>Go to &amp;now</source>
        <translation>Поточний &amp;час</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;What am I looking at?</source>
        <translation>&amp;Що я бачу?</translation>
    </message>
    <message>
        <source>&amp;About Overflight</source>
        <translation>&amp;Про Overflight</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>Solar &amp;Hijri dates</source>
        <translation>Дати за сонячною &amp;хіджрою</translation>
    </message>
    <message>
        <source>Show dates in the Solar Hijri calendar beside UTC</source>
        <translation>Показувати дати за календарем сонячної хіджри поряд з UTC</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Overflight will start in {language} the next time it is opened.</source>
        <translation>Під час наступного запуску Overflight відкриється мовою: {language}.</translation>
    </message>
    <message>
        <source>speed {0}  ·  Space: play/pause  ·  +/-: speed  ·  arrows: step  ·  K: sky  ·  Esc: leave</source>
        <translation>швидкість {0}  ·  Space: пуск/пауза  ·  +/-: швидкість  ·  стрілки: крок  ·  K: небо  ·  Esc: вихід</translation>
    </message>
    <message>
        <source>Over {region} ({settings}):</source>
        <translation>Над регіоном {region} ({settings}):</translation>
    </message>
    <message>
        <source>{name}: {rate:.2f} passes a day, revisit mean {gap}</source>
        <translation>{name}: {rate:.2f} прольоту на добу, повторний огляд у середньому {gap}</translation>
    </message>
    <message>
        <source>{name}: {rate:.2f} passes a day</source>
        <translation>{name}: {rate:.2f} прольоту на добу</translation>
    </message>
    <message>
        <source>Region: {name}</source>
        <translation>Регіон: {name}</translation>
    </message>
    <message>
        <source>No country there (open sea): click on land</source>
        <translation>Там немає країни (відкрите море): клацніть на суходолі</translation>
    </message>
    <message>
        <source>Region from GeoJSON</source>
        <translation>Регіон із GeoJSON</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON (*.geojson *.json);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>Choose a satellite on the left and a region above, then Run.</source>
        <translation>Виберіть супутник ліворуч і регіон вище, потім «Запустити».</translation>
    </message>
    <message>
        <source>Computing passes over {name}…</source>
        <translation>Обчислення прольотів над регіоном {name}…</translation>
    </message>
    <message>
        <source>{n} passes over {region} in {days:g} days</source>
        <translation>Прольотів над регіоном {region} за {days:g} дн.: {n}</translation>
    </message>
    <message>
        <source>Analysis failed: {0}</source>
        <translation>Помилка аналізу: {0}</translation>
    </message>
    <message>
        <source>{file}: {0} element sets read, {1} new or newer</source>
        <translation>{file}: прочитано наборів елементів: {0}, нових або новіших: {1}</translation>
    </message>
    <message>
        <source>; {0} records skipped (first: {1})</source>
        <translation>; пропущено записів: {0} (перший: {1})</translation>
    </message>
    <message>
        <source>Open element sets</source>
        <translation>Відкрити набори елементів</translation>
    </message>
    <message>
        <source>Element sets (*.tle *.txt *.3le *.json *.csv);;All files (*)</source>
        <translation>Набори елементів (*.tle *.txt *.3le *.json *.csv);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Element sets</source>
        <translation>Набори елементів</translation>
    </message>
    <message>
        <source>Paste element sets</source>
        <translation>Вставити набори елементів</translation>
    </message>
    <message>
        <source>The clipboard holds {0:.0f} million characters: too much for element sets (limit {1:.0f} MB)</source>
        <translation>У буфері обміну {0:.0f} млн символів: забагато для наборів елементів (ліміт {1:.0f} МБ)</translation>
    </message>
    <message>
        <source>The clipboard holds no TLE or OMM element sets</source>
        <translation>У буфері обміну немає наборів елементів TLE чи OMM</translation>
    </message>
    <message>
        <source>{0} element sets pasted, {1} skipped</source>
        <translation>Вставлено наборів елементів: {0}, пропущено: {1}</translation>
    </message>
    <message>
        <source>{0} element sets pasted</source>
        <translation>Вставлено наборів елементів: {0}</translation>
    </message>
    <message>
        <source>Export map as PNG</source>
        <translation>Експорт карти в PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
        <source>Map saved to {path}</source>
        <translation>Карту збережено в {path}</translation>
    </message>
    <message>
        <source>Export map as SVG</source>
        <translation>Експорт карти в SVG</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Малюнок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Overflight map</source>
        <translation>Карта Overflight</translation>
    </message>
    <message>
        <source>Export passes</source>
        <translation>Експорт прольотів</translation>
    </message>
    <message>
        <source>Run an analysis first.</source>
        <translation>Спершу запустіть аналіз.</translation>
    </message>
    <message>
        <source>Export passes as CSV</source>
        <translation>Експорт прольотів у CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{0} passes saved to {path}</source>
        <translation>Збережено прольотів: {0} у {path}</translation>
    </message>
    <message>
        <source>About Overflight</source>
        <translation>Про Overflight</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overflight&lt;/b&gt;: satellite ground tracks, revisit analysis and news context.&lt;br&gt;Orbits: SGP4 (sgp4, skyfield). Sun: JPL DE421. Map: Natural Earth (public domain).&lt;br&gt;Element sets marked APPROXIMATE are built from published orbit figures.</source>
        <translation>&lt;b&gt;Overflight&lt;/b&gt;: наземні траси супутників, аналіз повторного огляду та контекст новин.&lt;br&gt;Орбіти: SGP4 (sgp4, skyfield). Сонце: JPL DE421. Карта: Natural Earth (суспільне надбання).&lt;br&gt;Набори елементів з позначкою НАБЛИЖЕНІ побудовано з опублікованих параметрів орбіт.</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Над регіоном</translation>
    </message>
    <message>
        <source>&amp;Overhead: who passes over the region</source>
        <translation>&amp;Над регіоном: хто пролітає</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Observer</source>
        <translation>Спостерігач</translation>
    </message>
    <message>
        <source>Set observer here ({lat:.2f}, {lon:.2f})</source>
        <translation>Поставити спостерігача тут ({lat:.2f}, {lon:.2f})</translation>
    </message>
    <message>
        <source>elements {0:.0f} d old</source>
        <translation>вік елементів {0:.0f} дн.</translation>
    </message>
    <message>
        <source>elements {0:.0f} d ahead</source>
        <translation>елементи на {0:.0f} дн. наперед</translation>
    </message>
    <message>
        <source>in a pass over {0}</source>
        <translation>у прольоті над регіоном {0}</translation>
    </message>
    <message>
        <source>Map: Natural Earth (public domain). Made with Overflight.</source>
        <translation>Карта: Natural Earth (суспільне надбання). Створено в Overflight.</translation>
    </message>
</context>
<context>
    <name>ObserverBox</name>
    <message>
        <source>Type a city…</source>
        <translation>Введіть місто…</translation>
    </message>
    <message>
        <source>Type a city's name (in any language the gazetteer knows) and pick it</source>
        <translation>Введіть назву міста (будь-якою мовою, відомою довіднику) і виберіть його</translation>
    </message>
    <message>
        <source>Latitude and longitude in degrees, then Enter: 51.48, -0.01 or 51.48N 0.01W</source>
        <translation>Широта й довгота в градусах, потім Enter: 51.48, -0.01 або 51.48N 0.01W</translation>
    </message>
    <message>
        <source>or lat, lon: 51.48, -0.01</source>
        <translation>або шир., довг.: 51.48, -0.01</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Спостерігач</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <source>No city called “{name}” in the gazetteer: try its English name, or type coordinates</source>
        <translation>У довіднику немає міста «{name}»: спробуйте англійську назву або введіть координати</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>ще не вибрано</translation>
    </message>
</context>
<context>
    <name>OrbitClasses</name>
    <message>
        <source>low Earth orbit</source>
        <translation>низька навколоземна орбіта</translation>
    </message>
    <message>
        <source>sun-synchronous (low)</source>
        <translation>сонячно-синхронна (низька)</translation>
    </message>
    <message>
        <source>medium Earth orbit</source>
        <translation>середня навколоземна орбіта</translation>
    </message>
    <message>
        <source>geostationary / geosynchronous</source>
        <translation>геостаціонарна / геосинхронна</translation>
    </message>
    <message>
        <source>highly elliptical</source>
        <translation>високоеліптична</translation>
    </message>
</context>
<context>
    <name>OrbitLab</name>
    <message>
        <source>Your kept designs</source>
        <translation>Ваші збережені проєкти</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новий</translation>
    </message>
    <message>
        <source>Start a new design from the current settings</source>
        <translation>Почати новий проєкт із поточних налаштувань</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Delete this design</source>
        <translation>Видалити цей проєкт</translation>
    </message>
    <message>
        <source>Start from a preset…</source>
        <translation>Почати із шаблону…</translation>
    </message>
    <message>
        <source>Load a classic orbit into the lab</source>
        <translation>Завантажити класичну орбіту в лабораторію</translation>
    </message>
    <message>
        <source>From selected satellite</source>
        <translation>З вибраного супутника</translation>
    </message>
    <message>
        <source>Copy the mean elements of the satellite selected in the list into the lab</source>
        <translation>Скопіювати в лабораторію середні елементи супутника, вибраного у списку</translation>
    </message>
    <message>
        <source>Name of the designed satellite</source>
        <translation>Назва спроєктованого супутника</translation>
    </message>
    <message>
        <source>Circular, height</source>
        <translation>Колова, висота</translation>
    </message>
    <message>
        <source>Perigee and apogee</source>
        <translation>Перигей і апогей</translation>
    </message>
    <message>
        <source>Repeat ground track (R orbits in D days)</source>
        <translation>Повторювана траса (R витків за D діб)</translation>
    </message>
    <message>
        <source>How the size of the orbit is given</source>
        <translation>Як задано розмір орбіти</translation>
    </message>
    <message>
        <source>Height above the equator (circular orbit); type larger values in the box</source>
        <translation>Висота над екватором (колова орбіта); більші значення введіть у полі</translation>
    </message>
    <message>
        <source> km</source>
        <translation> км</translation>
    </message>
    <message>
        <source>Lowest point of the orbit above the equator</source>
        <translation>Найнижча точка орбіти над екватором</translation>
    </message>
    <message>
        <source>Highest point of the orbit above the equator</source>
        <translation>Найвища точка орбіти над екватором</translation>
    </message>
    <message>
        <source>R: orbits in one repeat cycle</source>
        <translation>R: витків за один цикл повторення</translation>
    </message>
    <message>
        <source> orbits</source>
        <translation> вит.</translation>
    </message>
    <message>
        <source>D: days in one repeat cycle</source>
        <translation>D: діб в одному циклі повторення</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Repeat cycles near the current height (sun-synchronous when ticked)</source>
        <translation>Цикли повторення поблизу поточної висоти (сонячно-синхронні, якщо позначено)</translation>
    </message>
    <message>
        <source>Eccentricity: 0 is a circle; with a height, perigee and apogee follow from it</source>
        <translation>Ексцентриситет: 0 — коло; за заданої висоти перигей і апогей випливають із нього</translation>
    </message>
    <message>
        <source>Sun-synchronous</source>
        <translation>Сонячно-синхронна</translation>
    </message>
    <message>
        <source>Inclination computed so the Earth's bulge turns the orbit once a year: same local time every day</source>
        <translation>Нахил обчислюється так, щоб екваторіальне здуття Землі повертало орбіту раз на рік: щодня той самий місцевий час</translation>
    </message>
    <message>
        <source>Inclination: the tilt of the orbit to the equator</source>
        <translation>Нахил: кут між площиною орбіти та екватором</translation>
    </message>
    <message>
        <source>Local time of the ascending node</source>
        <translation>Місцевий час висхідного вузла</translation>
    </message>
    <message>
        <source>Local time of the descending node</source>
        <translation>Місцевий час низхідного вузла</translation>
    </message>
    <message>
        <source>Right ascension of the node</source>
        <translation>Пряме піднесення вузла</translation>
    </message>
    <message>
        <source>Where the orbit crosses the equator northbound</source>
        <translation>Де орбіта перетинає екватор, рухаючись на північ</translation>
    </message>
    <message>
        <source> h</source>
        <translation> год</translation>
    </message>
    <message>
        <source>Local mean solar time at the node (hours)</source>
        <translation>Місцевий середній сонячний час у вузлі (години)</translation>
    </message>
    <message>
        <source>Right ascension of the ascending node</source>
        <translation>Пряме піднесення висхідного вузла</translation>
    </message>
    <message>
        <source>Argument of perigee: where on the orbit the perigee lies (matters when eccentric)</source>
        <translation>Аргумент перигею: де на орбіті лежить перигей (важливо для еліптичної орбіти)</translation>
    </message>
    <message>
        <source>Mean anomaly</source>
        <translation>Середня аномалія</translation>
    </message>
    <message>
        <source>Over a place at the clock's time (ascending)</source>
        <translation>Над місцем у час годинника (висхідна гілка)</translation>
    </message>
    <message>
        <source>Over a place at the clock's time (descending)</source>
        <translation>Над місцем у час годинника (низхідна гілка)</translation>
    </message>
    <message>
        <source>Where the satellite is on its orbit at the epoch</source>
        <translation>Де супутник перебуває на орбіті в епоху</translation>
    </message>
    <message>
        <source>Mean anomaly at the epoch</source>
        <translation>Середня аномалія в епоху</translation>
    </message>
    <message>
        <source>° N</source>
        <translation>° пн. ш.</translation>
    </message>
    <message>
        <source>Latitude of the place (negative: south)</source>
        <translation>Широта місця (від’ємна: південна)</translation>
    </message>
    <message>
        <source>° E</source>
        <translation>° сх. д.</translation>
    </message>
    <message>
        <source>Longitude of the place (negative: west)</source>
        <translation>Довгота місця (від’ємна: західна)</translation>
    </message>
    <message>
        <source>Export TLE…</source>
        <translation>Експорт TLE…</translation>
    </message>
    <message>
        <source>Export OMM…</source>
        <translation>Експорт OMM…</translation>
    </message>
    <message>
        <source>Save the elements as a TLE file (the DESIGNED mark travels with it)</source>
        <translation>Зберегти елементи у файл TLE (позначка DESIGNED зберігається в ньому)</translation>
    </message>
    <message>
        <source>Save the elements as OMM JSON</source>
        <translation>Зберегти елементи як OMM JSON</translation>
    </message>
    <message>
        <source>Orbit</source>
        <translation>Орбіта</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Висота</translation>
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
        <translation>Повторення</translation>
    </message>
    <message>
        <source>Eccentricity</source>
        <translation>Ексцентриситет</translation>
    </message>
    <message>
        <source>Inclination</source>
        <translation>Нахил</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Вузол</translation>
    </message>
    <message>
        <source>Node time</source>
        <translation>Час вузла</translation>
    </message>
    <message>
        <source>Node RA</source>
        <translation>Пр. підн. вузла</translation>
    </message>
    <message>
        <source>Arg. of perigee</source>
        <translation>Арг. перигею</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Фаза</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>What this orbit does</source>
        <translation>Що робить ця орбіта</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a preset or move a slider.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Виберіть шаблон або посуньте повзунок.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Pick a repeat cycle near this height…</source>
        <translation>Виберіть цикл повторення поблизу цієї висоти…</translation>
    </message>
    <message>
        <source>{revs}/{days}: {height_km:.0f} km, tracks {spacing_km:.0f} km apart</source>
        <translation>{revs}/{days}: {height_km:.0f} км, траси через {spacing_km:.0f} км</translation>
    </message>
    <message>
        <source>(no designs kept yet)</source>
        <translation>(збережених проєктів ще немає)</translation>
    </message>
    <message>
        <source>Select a catalogue satellite in the Satellites list first.</source>
        <translation>Спершу виберіть супутник з каталогу у списку «Супутники».</translation>
    </message>
    <message>
        <source>Could not keep the design: {0}</source>
        <translation>Не вдалося зберегти проєкт: {0}</translation>
    </message>
    <message>
        <source>Export design</source>
        <translation>Експорт проєкту</translation>
    </message>
    <message>
        <source>{name} saved to {path}</source>
        <translation>{name} збережено в {path}</translation>
    </message>
    <message>
        <source>Open the Orbit &amp;lab</source>
        <translation>Відкрити &amp;лабораторію орбіт</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <source>Print handout</source>
        <translation>Друк роздаткового матеріалу</translation>
    </message>
    <message>
        <source>PDF, A4 (*.pdf);;PDF, US Letter (*.pdf)</source>
        <translation>PDF, A4 (*.pdf);;PDF, US Letter (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write {path}: {0}</source>
        <translation>Не вдалося записати {path}: {0}</translation>
    </message>
    <message>
        <source>Handout ({pages} pages) saved to {path}</source>
        <translation>Роздатковий матеріал (сторінок: {pages}) збережено в {path}</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Анімація</translation>
    </message>
    <message>
        <source>Slide size</source>
        <translation>Розмір слайда</translation>
    </message>
    <message>
        <source>Save animation</source>
        <translation>Зберегти анімацію</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>Анімація GIF (*.gif)</translation>
    </message>
    <message>
        <source>Painting {0} frames…</source>
        <translation>Малювання кадрів: {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Animation cancelled</source>
        <translation>Анімацію скасовано</translation>
    </message>
    <message>
        <source>{0} frames saved to {path}</source>
        <translation>Збережено кадрів: {0} у {path}</translation>
    </message>
    <message>
        <source>&amp;Print handout (PDF)…</source>
        <translation>Д&amp;рук роздаткового матеріалу (PDF)…</translation>
    </message>
    <message>
        <source>Make an a&amp;nimation (GIF)…</source>
        <translation>Створити а&amp;німацію (GIF)…</translation>
    </message>
</context>
<context>
    <name>OverheadModel</name>
    <message>
        <source>Satellite</source>
        <translation>Супутник</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Власник</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Початок (UTC)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>Max elev.</source>
        <translation>Макс. кут</translation>
    </message>
    <message>
        <source>Off-nadir</source>
        <translation>Від надиру</translation>
    </message>
    <message>
        <source>{0} (under way)</source>
        <translation>{0} (триває)</translation>
    </message>
    <message>
        <source>≥ {0}</source>
        <translation>≥ {0}</translation>
    </message>
    <message>
        <source>NORAD {0}: click to select it and set the clock to the pass's start</source>
        <translation>NORAD {0}: клацніть, щоб вибрати супутник і перевести годинник на початок прольоту</translation>
    </message>
</context>
<context>
    <name>OverheadPanel</name>
    <message>
        <source> h</source>
        <translation> год</translation>
    </message>
    <message>
        <source>How far ahead of the clock to look (up to a week)</source>
        <translation>Наскільки далеко вперед від годинника шукати (до тижня)</translation>
    </message>
    <message>
        <source>Find passes</source>
        <translation>Знайти прольоти</translation>
    </message>
    <message>
        <source>Passes of every satellite of the layer over the analysis region, with the Analysis panel's criterion</source>
        <translation>Прольоти кожного супутника шару над регіоном аналізу за критерієм панелі «Аналіз»</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Stop the search; the last list stays</source>
        <translation>Зупинити пошук; останній список залишиться</translation>
    </message>
    <message>
        <source>Choose a region (a point, a circle or a country), then Find passes.</source>
        <translation>Виберіть регіон (точку, коло або країну), потім «Знайти прольоти».</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Наступні</translation>
    </message>
    <message>
        <source>Choose a region first: a point, a circle or a country (Analysis panel).</source>
        <translation>Спершу виберіть регіон: точку, коло або країну (панель «Аналіз»).</translation>
    </message>
    <message>
        <source>No satellites loaded.</source>
        <translation>Супутники не завантажено.</translation>
    </message>
    <message>
        <source>{0} satellites for {1} h need about {2} GB (budget {3} GB): look fewer hours ahead</source>
        <translation>Супутників: {0}, на {1} год потрібно близько {2} ГБ (ліміт {3} ГБ): шукайте на менше годин уперед</translation>
    </message>
    <message>
        <source>Searching {0} satellites over {1}…</source>
        <translation>Пошук серед супутників ({0}) над регіоном {1}…</translation>
    </message>
    <message>
        <source>{0} passes of {1} satellites over {2} ({3}), in time order.</source>
        <translation>Прольоти над регіоном {2} ({3}) у порядку часу: {0}, супутників: {1}.</translation>
    </message>
    <message>
        <source>{0} of them by APPROXIMATE or DESIGNED element sets.</source>
        <translation>З них за НАБЛИЖЕНИМИ або СПРОЄКТОВАНИМИ наборами елементів: {0}.</translation>
    </message>
    <message>
        <source>Cancelled; the last list stays.</source>
        <translation>Скасовано; останній список залишається.</translation>
    </message>
</context>
<context>
    <name>PassTableModel</name>
    <message>
        <source>Satellite</source>
        <translation>Супутник</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Початок (UTC)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>Closest (UTC)</source>
        <translation>Найближче (UTC)</translation>
    </message>
    <message>
        <source>Off-nadir</source>
        <translation>Від надиру</translation>
    </message>
    <message>
        <source>Max elev.</source>
        <translation>Макс. кут</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Сонце</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Місцевий час</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Напрямок</translation>
    </message>
    <message>
        <source>Start window (share)</source>
        <translation>Вікно початку (частка)</translation>
    </message>
    <message>
        <source>Where the pass may start, 5-95 % of the sampled element sets, and how many of them have it</source>
        <translation>Де може початися проліт: 5–95 % вибраних наборів елементів і скільки з них його мають</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>висхідний</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>низхідний</translation>
    </message>
    <message>
        <source>Sun elevation at the nearest point of the region, at closest approach</source>
        <translation>Висота Сонця в найближчій точці регіону в момент найбільшого зближення</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>ISS-like (420 km, 51.6 deg)</source>
        <translation>Як МКС (420 км, 51,6°)</translation>
    </message>
    <message>
        <source>Sun-synchronous 705 km, 10:00 descending</source>
        <translation>Сонячно-синхронна 705 км, 10:00 низх.</translation>
    </message>
    <message>
        <source>10-day repeat (about 790 km)</source>
        <translation>Повторення за 10 діб (близько 790 км)</translation>
    </message>
    <message>
        <source>Geostationary (over 0 deg)</source>
        <translation>Геостаціонарна (над 0°)</translation>
    </message>
    <message>
        <source>Molniya (63.4 deg, 12 h)</source>
        <translation>«Молнія» (63,4°, 12 год)</translation>
    </message>
    <message>
        <source>Khayyam as published</source>
        <translation>Хайям за опублікованими даними</translation>
    </message>
</context>
<context>
    <name>Readouts</name>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Revolutions a day</source>
        <translation>Витків на добу</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Висота</translation>
    </message>
    <message>
        <source>Inclination</source>
        <translation>Нахил</translation>
    </message>
    <message>
        <source>Node drift</source>
        <translation>Дрейф вузла</translation>
    </message>
    <message>
        <source>Node local time</source>
        <translation>Місцевий час вузла</translation>
    </message>
    <message>
        <source>Track shift</source>
        <translation>Зсув траси</translation>
    </message>
    <message>
        <source>Repeat cycle</source>
        <translation>Цикл повторення</translation>
    </message>
    <message>
        <source>Ground speed</source>
        <translation>Наземна швидкість</translation>
    </message>
    <message>
        <source>Footprint radius</source>
        <translation>Радіус зони огляду</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} хв</translation>
    </message>
    <message>
        <source>{0} km</source>
        <translation>{0} км</translation>
    </message>
    <message>
        <source>{0} to {1} km</source>
        <translation>від {0} до {1} км</translation>
    </message>
    <message>
        <source>{0}° a day</source>
        <translation>{0}° на добу</translation>
    </message>
    <message>
        <source>{0} ascending, {1} descending (sun-synchronous)</source>
        <translation>{0} висх., {1} низх. (сонячно-синхронна)</translation>
    </message>
    <message>
        <source>drifts (not sun-synchronous)</source>
        <translation>дрейфує (не сонячно-синхронна)</translation>
    </message>
    <message>
        <source>{0}° west per orbit ({1} km at the equator)</source>
        <translation>{0}° на захід за виток ({1} км на екваторі)</translation>
    </message>
    <message>
        <source>{0} orbits in {1} days</source>
        <translation>{0} вит. за {1} дн.</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>не вибрано</translation>
    </message>
    <message>
        <source>{0} km/s at the mean height</source>
        <translation>{0} км/с на середній висоті</translation>
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
        <translation>&lt;i&gt;Виберіть супутник і регіон, потім натисніть «Запустити».&lt;/i&gt;</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <comment>a satellite's name and its owner</comment>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>revisit mean {mean}, median {median}, longest {longest}</source>
        <translation>повторний огляд: середній {mean}, медіана {median}, найдовший {longest}</translation>
    </message>
    <message>
        <source>no gap to measure</source>
        <translation>немає перерви для вимірювання</translation>
    </message>
    <message>
        <source>no pass in {days:g} days</source>
        <translation>жодного прольоту за {days:g} дн.</translation>
    </message>
    <message>
        <source> (nominal {rate:.2f}, 5-95 % of 32 sets)</source>
        <translation> (номінально {rate:.2f}, 5–95 % з 32 наборів)</translation>
    </message>
    <message>
        <source> (mean gap {low}–{high})</source>
        <translation> (середня перерва {low}–{high})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: &lt;span style='font-size:large'&gt;&lt;b&gt;{rate}&lt;/b&gt;&lt;/span&gt; passes a day{nominal} ({count} in all), {in_view} in view; {gap}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: &lt;span style='font-size:large'&gt;&lt;b&gt;{rate}&lt;/b&gt;&lt;/span&gt; прольоту на добу{nominal} (усього {count}), у полі зору {in_view}; {gap}</translation>
    </message>
    <message>
        <source>&lt;b&gt;All together&lt;/b&gt;: {rate:.2f} a day, revisit mean {mean}, longest {longest}</source>
        <translation>&lt;b&gt;Усі разом&lt;/b&gt;: {rate:.2f} на добу, повторний огляд: середній {mean}, найдовший {longest}</translation>
    </message>
    <message>
        <source>Local solar time of passes: {0}</source>
        <translation>Місцевий сонячний час прольотів: {0}</translation>
    </message>
    <message>
        <source>Designed orbits: {0} (made in the Orbit lab).</source>
        <translation>Спроєктовані орбіти: {0} (створено в Лабораторії орбіт).</translation>
    </message>
    <message>
        <source>Approximate elements for {0}: counts and local times are indicative, exact times are not.</source>
        <translation>Наближені елементи для {0}: кількість і місцевий час орієнтовні, точний час — ні.</translation>
    </message>
    <message>
        <source>owner unknown</source>
        <translation>власник невідомий</translation>
    </message>
    <message>
        <source>owner {0}</source>
        <translation>власник: {0}</translation>
    </message>
</context>
<context>
    <name>Satellite</name>
    <message>
        <source>{name} (approximate)</source>
        <translation>{name} (наближено)</translation>
    </message>
    <message>
        <source>{name} (designed)</source>
        <translation>{name} (спроєктований)</translation>
    </message>
</context>
<context>
    <name>SatelliteMetadata</name>
    <message>
        <source>Orbit class</source>
        <translation>Клас орбіти</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Метадані</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Власник</translation>
    </message>
    <message>
        <source>COSPAR ID</source>
        <translation>Позначення COSPAR</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Тип об’єкта</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Radar size</source>
        <translation>Радарний розмір</translation>
    </message>
</context>
<context>
    <name>SatelliteModel</name>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>NORAD</source>
        <translation>NORAD</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Власник</translation>
    </message>
    <message>
        <source>Orbit</source>
        <translation>Орбіта</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Вік</translation>
    </message>
    <message>
        <source>{0} · DECAYED</source>
        <translation>{0} · НЕ НА ОРБІТІ</translation>
    </message>
    <message>
        <source>{0}
elements {1} ({2:.0f} days old)
source: {3}</source>
        <translation>{0}
елементи {1} (вік {2:.0f} дн.)
джерело: {3}</translation>
    </message>
    <message>
        <source>orbit: {0} ({1})</source>
        <translation>орбіта: {0} ({1})</translation>
    </message>
    <message>
        <source>owner: {0}</source>
        <translation>власник: {0}</translation>
    </message>
    <message>
        <source>decayed (re-entered) {0}</source>
        <translation>зійшов з орбіти (увійшов в атмосферу) {0}</translation>
    </message>
    <message>
        <source>older than two weeks: positions drift</source>
        <translation>старші за два тижні: положення зміщуються</translation>
    </message>
</context>
<context>
    <name>SatellitePanel</name>
    <message>
        <source>Search satellites (name or number)…</source>
        <translation>Пошук супутників (назва або номер)…</translation>
    </message>
    <message>
        <source>Type part of a name or a catalogue number to filter the list</source>
        <translation>Введіть частину назви або каталожний номер, щоб відфільтрувати список</translation>
    </message>
    <message>
        <source>Only the satellites of one country or organisation (SATCAT owner)</source>
        <translation>Лише супутники однієї країни чи організації (власник за SATCAT)</translation>
    </message>
    <message>
        <source>All orbits</source>
        <translation>Усі орбіти</translation>
    </message>
    <message>
        <source>LEO includes the sun-synchronous (SSO) orbits</source>
        <translation>LEO включає сонячно-синхронні (SSO) орбіти</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Усі типи</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>Корисні навантаження</translation>
    </message>
    <message>
        <source>Rocket bodies</source>
        <translation>Ступені ракет</translation>
    </message>
    <message>
        <source>Debris</source>
        <translation>Уламки</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Невідомий тип</translation>
    </message>
    <message>
        <source>Object type from the satellite catalogue (SATCAT)</source>
        <translation>Тип об’єкта з каталогу супутників (SATCAT)</translation>
    </message>
    <message>
        <source>Members of a CelesTrak group fetched with Refresh (e.g. weather, stations)</source>
        <translation>Члени групи CelesTrak, завантаженої через «Оновити» (напр., погодні, станції)</translation>
    </message>
    <message>
        <source>Select one satellite, or several with Ctrl/Shift, to compare them</source>
        <translation>Виберіть один супутник або кілька з Ctrl/Shift, щоб порівняти їх</translation>
    </message>
    <message>
        <source>Open elements…</source>
        <translation>Відкрити елементи…</translation>
    </message>
    <message>
        <source>Add element sets from a TLE or OMM file (Ctrl+O)</source>
        <translation>Додати набори елементів з файлу TLE або OMM (Ctrl+O)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Вставити</translation>
    </message>
    <message>
        <source>Add TLE or OMM text from the clipboard</source>
        <translation>Додати текст TLE або OMM з буфера обміну</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Усі власники</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Усі групи</translation>
    </message>
    <message>
        <source>Group: {0}</source>
        <translation>Група: {0}</translation>
    </message>
    <message>
        <source>{0} of {1} satellites</source>
        <translation>Супутників: {0} з {1}</translation>
    </message>
    <message>
        <source>{0} satellites</source>
        <translation>Супутників: {0}</translation>
    </message>
    <message>
        <source>group not applied: {0}</source>
        <translation>групу не застосовано: {0}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a satellite.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Виберіть супутник.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Decayed</source>
        <translation>Зійшов з орбіти</translation>
    </message>
    <message>
        <source>the SATCAT says this object re-entered the atmosphere on {0}; its elements describe an orbit it no longer flies.</source>
        <translation>за SATCAT цей об’єкт увійшов в атмосферу {0}; його елементи описують орбіту, якою він уже не літає.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approximate elements&lt;/b&gt;: {0}. Where the satellite is along its orbit is not known.</source>
        <translation>&lt;b&gt;Наближені елементи&lt;/b&gt;: {0}. Де супутник перебуває на орбіті, невідомо.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Designed orbit&lt;/b&gt;: {0}. Made in the Orbit lab: no real satellite flies it.</source>
        <translation>&lt;b&gt;Спроєктована орбіта&lt;/b&gt;: {0}. Створено в Лабораторії орбіт: жоден справжній супутник нею не літає.</translation>
    </message>
    <message>
        <source>These elements are {0:.0f} days old: use File ▸ Refresh elements (F5) when online.</source>
        <translation>Цим елементам {0:.0f} дн.: коли будете в мережі, скористайтеся Файл ▸ Оновити елементи вибраних (F5).</translation>
    </message>
    <message>
        <source>predictions {0:.0f} days from the element epoch: positions along the track may be off by many kilometres (timing by minutes); revisit statistics stay indicative</source>
        <translation>прогноз на {0:.0f} дн. від епохи елементів: положення вздовж траси можуть відхилятися на багато кілометрів (за часом — на хвилини); статистика повторного огляду залишається орієнтовною</translation>
    </message>
    <message>
        <source>{0:.1f} days old</source>
        <translation>вік {0:.1f} дн.</translation>
    </message>
    <message>
        <source>{0:.1f} days in the future</source>
        <translation>{0:.1f} дн. у майбутньому</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Елементи</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Епоха</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>{0:.2f} min ({1:.3f} revolutions per day)</source>
        <translation>{0:.2f} хв ({1:.3f} витка на добу)</translation>
    </message>
    <message>
        <source>Perigee / apogee</source>
        <translation>Перигей / апогей</translation>
    </message>
    <message>
        <source>{0:.1f} km / {1:.1f} km above the equator</source>
        <translation>{0:.1f} км / {1:.1f} км над екватором</translation>
    </message>
    <message>
        <source>Inclination</source>
        <translation>Нахил</translation>
    </message>
    <message>
        <source>Eccentricity</source>
        <translation>Ексцентриситет</translation>
    </message>
    <message>
        <source>Node drift</source>
        <translation>Дрейф вузла</translation>
    </message>
    <message>
        <source>{0:+.3f}° a day</source>
        <translation>{0:+.3f}° на добу</translation>
    </message>
    <message>
        <source>Sun-synchronous</source>
        <translation>Сонячно-синхронна</translation>
    </message>
    <message>
        <source>yes, ascending node at {0} local mean solar time</source>
        <translation>так, висхідний вузол о {0} за місцевим середнім сонячним часом</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>Track shift</source>
        <translation>Зсув траси</translation>
    </message>
    <message>
        <source>{0:.2f}° west per orbit</source>
        <translation>{0:.2f}° на захід за виток</translation>
    </message>
</context>
<context>
    <name>SensorTable</name>
    <message>
        <source>Satellite</source>
        <translation>Супутник</translation>
    </message>
    <message>
        <source>Own swath</source>
        <translation>Власна смуга</translation>
    </message>
    <message>
        <source>A satellite's own sensor: its full swath width on the ground (Landsat 185 km, Sentinel-2 290 km). Without one it uses the Analysis panel's criterion.</source>
        <translation>Власний датчик супутника: повна ширина смуги огляду на землі (Landsat 185 км, Sentinel-2 290 км). Без нього застосовується критерій панелі аналізу.</translation>
    </message>
    <message>
        <source> km</source>
        <translation> км</translation>
    </message>
    <message>
        <source>the panel's</source>
        <translation>як у панелі</translation>
    </message>
    <message>
        <source>%1: its sensor's full swath width on the ground; 0 uses the Analysis panel's criterion</source>
        <translation>%1: повна ширина смуги огляду його датчика на землі; 0 — критерій панелі аналізу</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>no cached CelesTrak group '{0}'</source>
        <translation>немає збереженої групи CelesTrak «{0}»</translation>
    </message>
</context>
<context>
    <name>SkyHandout</name>
    <message>
        <source>Where to look: satellites you can see from {place}</source>
        <translation>Куди дивитися: супутники, видимі з пункту {place}</translation>
    </message>
    <message>
        <source>{start} to {end}. A pass is listed while the satellite is sunlit, at least {mask:g}° up, and the Sun is below {sun:g}° here.</source>
        <translation>З {start} до {end}. Проліт наведено, поки супутник освітлений Сонцем, піднімається щонайменше на {mask:g}°, а Сонце тут нижче {sun:g}°.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Найвище</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Звідки → куди</translation>
    </message>
    <message>
        <source>Mag. (est.)</source>
        <translation>Зор. вел. (оц.)</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>Супутник</translation>
    </message>
    <message>
        <source>… and {n} more passes (the Tonight panel lists them all).</source>
        <translation>… і ще прольотів: {n} (усі вони є на панелі «Сьогодні вночі»).</translation>
    </message>
    <message>
        <source>No visible pass in this week.</source>
        <translation>Цього тижня видимих прольотів немає.</translation>
    </message>
    <message>
        <source>Charts: the sky as seen looking up, north at the top, east on the LEFT; the centre is overhead, the rim the horizon. Solid: sunlit; dashed: in Earth's shadow (invisible). Brightness is an estimate (smaller is brighter). Times: local ({zone}) and UTC.</source>
        <translation>Діаграми: небо, як його видно, дивлячись угору, північ угорі, схід ЛІВОРУЧ; центр — зеніт, край — горизонт. Суцільна лінія: освітлений Сонцем; пунктир: у тіні Землі (невидимий). Яскравість оцінена (менше число — яскравіше). Час: місцевий ({zone}) і UTC.</translation>
    </message>
    <message>
        <source>Orbits: SGP4 with the element sets of {epochs}. Sun and Moon: JPL DE421. Stars: {stars}. Made with Overflight.</source>
        <translation>Орбіти: SGP4 з наборами елементів на {epochs}. Сонце й Місяць: JPL DE421. Зорі: {stars}. Створено в Overflight.</translation>
    </message>
    <message>
        <source>Sky handout cancelled</source>
        <translation>Пам’ятку спостерігача скасовано</translation>
    </message>
    <message>
        <source>Finding a week of visible passes… {pc:.0f} %</source>
        <translation>Пошук видимих прольотів на тиждень… {pc:.0f} %</translation>
    </message>
    <message>
        <source>Choose where you are first (Tonight panel, or right-click the map)</source>
        <translation>Спершу виберіть, де ви перебуваєте (панель «Сьогодні вночі» або клацання правою кнопкою на карті)</translation>
    </message>
    <message>
        <source>Choose a satellite first</source>
        <translation>Спершу виберіть супутник</translation>
    </message>
    <message>
        <source>Print sky handout</source>
        <translation>Друк пам’ятки спостерігача</translation>
    </message>
    <message>
        <source>PDF, A4 (*.pdf);;PDF, US Letter (*.pdf)</source>
        <translation>PDF, A4 (*.pdf);;PDF, US Letter (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write {path}: {why}</source>
        <translation>Не вдалося записати {path}: {why}</translation>
    </message>
    <message>
        <source>Sky handout: {n} passes, {charts} charts, saved to {path}</source>
        <translation>Пам’ятку спостерігача (прольотів: {n}, діаграм: {charts}) збережено в {path}</translation>
    </message>
    <message>
        <source>Sky handout saved to {path}: no visible pass ({why})</source>
        <translation>Пам’ятку спостерігача збережено в {path}: видимих прольотів немає ({why})</translation>
    </message>
    <message>
        <source>Print s&amp;ky handout (PDF)…</source>
        <translation>Друк пам’ятки &amp;спостерігача (PDF)…</translation>
    </message>
    <message>
        <source>One page: a week of visible passes at the observer, each with its sky plot</source>
        <translation>Одна сторінка: видимі прольоти за тиждень для спостерігача, кожен зі своєю картою неба</translation>
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
        <translation>Усі завантажені супутники над горизонтом</translation>
    </message>
    <message>
        <source>Choose where you are: type a city in the Tonight panel, or right-click the map and choose 'Set observer here'.</source>
        <translation>Виберіть, де ви перебуваєте: введіть місто на панелі «Сьогодні вночі» або клацніть правою кнопкою на карті й виберіть «Поставити спостерігача тут».</translation>
    </message>
    <message>
        <source>As seen looking up: north at the top, east on the left. Centre: overhead; rim: the horizon.</source>
        <translation>Як видно, дивлячись угору: північ угорі, схід ліворуч. Центр — зеніт, край — горизонт.</translation>
    </message>
    <message>
        <source>Looking up: N top, E left</source>
        <translation>Погляд угору: Пн угорі, Сх ліворуч</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Сонце</translation>
    </message>
    <message>
        <source>Moon</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Sky over {place} at {time}</source>
        <translation>Небо: {place}, {time}</translation>
    </message>
    <message>
        <source>Sun {deg:.0f}° above the horizon</source>
        <translation>Сонце на {deg:.0f}° над горизонтом</translation>
    </message>
    <message>
        <source>Sun {deg:.0f}° below the horizon</source>
        <translation>Сонце на {deg:.0f}° під горизонтом</translation>
    </message>
    <message>
        <source>The sky as seen looking up; right-click: every loaded satellite</source>
        <translation>Небо, як його видно, дивлячись угору; правий клік — усі завантажені супутники</translation>
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
        <translation>1,5 год</translation>
    </message>
    <message>
        <source>3 hours</source>
        <translation>3 год</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 год</translation>
    </message>
    <message>
        <source>12 hours</source>
        <translation>12 год</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 доба</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 доби</translation>
    </message>
    <message>
        <source>10 s</source>
        <translation>10 с</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 хв</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10 хв</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 год</translation>
    </message>
    <message>
        <source>Start of the track shown (UTC)</source>
        <translation>Початок показаної траси (UTC)</translation>
    </message>
    <message>
        <source>Current time within the span</source>
        <translation>Поточний час у межах інтервалу</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Пуск</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Пуск / пауза (Space)</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Крок назад</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>Крок уперед</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Зараз</translation>
    </message>
    <message>
        <source>Element epoch</source>
        <translation>Епоха елементів</translation>
    </message>
    <message>
        <source>The time shown on the map (UTC)</source>
        <translation>Час, показаний на карті (UTC)</translation>
    </message>
    <message>
        <source>Go to the current time (Ctrl+N)</source>
        <translation>Перейти до поточного часу (Ctrl+N)</translation>
    </message>
    <message>
        <source>Go to the epoch of the selected satellite's elements</source>
        <translation>Перейти до епохи елементів вибраного супутника</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Швидкість відтворення</translation>
    </message>
    <message>
        <source>How far the step buttons move the time</source>
        <translation>На скільки кнопки кроку зсувають час</translation>
    </message>
    <message>
        <source>Length of the track shown</source>
        <translation>Довжина показаної траси</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Інтервал</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Крок</translation>
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
        <translation>Прольоти у вікні аналізу; затінення — ніч у регіоні. Клацніть, щоб перейти до моменту.</translation>
    </message>
    <message>
        <source>Run an analysis to see its passes here</source>
        <translation>Запустіть аналіз, щоб побачити тут його прольоти</translation>
    </message>
</context>
<context>
    <name>TonightPanel</name>
    <message>
        <source>dark: civil (Sun below -6°)</source>
        <translation>після громадянських сутінків (Сонце нижче -6°)</translation>
    </message>
    <message>
        <source>dark: nautical (-12°)</source>
        <translation>після навігаційних сутінків (-12°)</translation>
    </message>
    <message>
        <source>dark: astronomical (-18°)</source>
        <translation>після астрономічних сутінків (-18°)</translation>
    </message>
    <message>
        <source>after sunset (0°)</source>
        <translation>після заходу Сонця (0°)</translation>
    </message>
    <message>
        <source>Type the latitude and the longitude, e.g. 51.48, -0.01 or 51.48N 0.01W</source>
        <translation>Введіть широту й довготу, напр. 51.48, -0.01 або 51.48N 0.01W</translation>
    </message>
    <message>
        <source>The latitude comes first (N or S), then the longitude (E or W)</source>
        <translation>Спочатку широта (N або S), потім довгота (E або W)</translation>
    </message>
    <message>
        <source>Latitude {value:g}° is beyond ±90°</source>
        <translation>Широта {value:g}° виходить за межі ±90°</translation>
    </message>
    <message>
        <source>Longitude {value:g}° is beyond ±180°</source>
        <translation>Довгота {value:g}° виходить за межі ±180°</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>Супутник</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <source>Max el.</source>
        <translation>Макс. кут</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Напрямок</translation>
    </message>
    <message>
        <source>Mag. (est.)</source>
        <translation>Зор. вел. (оц.)</translation>
    </message>
    <message>
        <source> nights</source>
        <translation> ноч.</translation>
    </message>
    <message>
        <source>Elevation mask: passes count above this height over the horizon</source>
        <translation>Мінімальний кут місця: враховуються прольоти вище за цей кут над горизонтом</translation>
    </message>
    <message>
        <source>Chosen satellites</source>
        <translation>Вибрані супутники</translation>
    </message>
    <message>
        <source>Every loaded satellite</source>
        <translation>Усі завантажені супутники</translation>
    </message>
    <message>
        <source>Find passes</source>
        <translation>Знайти прольоти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Find the visible passes at the observer for the next nights</source>
        <translation>Знайти видимі прольоти для спостерігача на найближчі ночі</translation>
    </message>
    <message>
        <source>Stop the search</source>
        <translation>Зупинити пошук</translation>
    </message>
    <message>
        <source>Whose passes: the satellites chosen in the Satellites panel, or every loaded one</source>
        <translation>Чиї прольоти: супутники, вибрані на панелі «Супутники», або всі завантажені</translation>
    </message>
    <message>
        <source>Click a pass: the sky plot shows its path and the clock goes to its start</source>
        <translation>Клацніть проліт: карта неба покаже його шлях, а годинник перейде на його початок</translation>
    </message>
    <message>
        <source>A pass counts while the Sun at the observer is below this height</source>
        <translation>Проліт враховується, поки Сонце в точці спостерігача нижче цієї висоти</translation>
    </message>
    <message>
        <source>How many nights from the clock's time</source>
        <translation>Скільки ночей від часу годинника</translation>
    </message>
    <message>
        <source>Sun below {deg:g}°</source>
        <translation>Сонце нижче {deg:g}°</translation>
    </message>
    <message>
        <source>Choose where you are first: a city, coordinates, or right-click the map.</source>
        <translation>Спершу виберіть, де ви: місто, координати або клацання правою кнопкою на карті.</translation>
    </message>
    <message>
        <source>Choose a satellite first (Satellites panel).</source>
        <translation>Спершу виберіть супутник (панель «Супутники»).</translation>
    </message>
    <message>
        <source>Looking for visible passes of {n} satellites…</source>
        <translation>Пошук видимих прольотів (супутників: {n})…</translation>
    </message>
    <message>
        <source>Cancelled: the list is not complete.</source>
        <translation>Скасовано: список неповний.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>з {start} до {end}</translation>
    </message>
    <message>
        <source>{n} visible passes, {span}. Magnitudes are estimates (smaller is brighter).</source>
        <translation>Видимих прольотів: {n}, {span}. Зоряні величини оцінені (менше число — яскравіше).</translation>
    </message>
    <message>
        <source>No visible pass, {span}.</source>
        <translation>Видимих прольотів немає, {span}.</translation>
    </message>
    <message>
        <source>{mag:+.1f} (size unknown)</source>
        <translation>{mag:+.1f} (розмір невідомий)</translation>
    </message>
    <message>
        <source>Rises (AOS)</source>
        <translation>Сходить (AOS)</translation>
    </message>
    <message>
        <source>Highest (TCA)</source>
        <translation>Найвище (TCA)</translation>
    </message>
    <message>
        <source>{time}, {el:.0f}° up in the {dir} ({az:.0f}°), {km:,.0f} km away</source>
        <translation>{time}, {el:.0f}° над горизонтом на {dir} (азимут {az:.0f}°), відстань {km:,.0f} км</translation>
    </message>
    <message>
        <source>Sets (LOS)</source>
        <translation>Заходить (LOS)</translation>
    </message>
    <message>
        <source>none during the pass</source>
        <translation>немає під час прольоту</translation>
    </message>
    <message>
        <source>leaves it {time}</source>
        <translation>виходить з неї {time}</translation>
    </message>
    <message>
        <source>enters it {time}</source>
        <translation>входить у неї {time}</translation>
    </message>
    <message>
        <source>Earth's shadow</source>
        <translation>Тінь Землі</translation>
    </message>
    <message>
        <source>Sun at the observer</source>
        <translation>Сонце для спостерігача</translation>
    </message>
    <message>
        <source>{deg:.0f}° (at TCA)</source>
        <translation>{deg:.0f}° (у TCA)</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Видимий</translation>
    </message>
    <message>
        <source>{start} to {end}, from the {a} to the {b}</source>
        <translation>з {start} до {end}, з {a} на {b}</translation>
    </message>
    <message>
        <source>Brightness (estimate)</source>
        <translation>Яскравість (оцінка)</translation>
    </message>
    <message>
        <source>magnitude {mag} at its brightest (smaller is brighter; Venus is about -4, the faintest stars in a city about +3)</source>
        <translation>зоряна величина {mag} у найяскравішій точці (менше число — яскравіше; Венера — близько -4, найслабші зорі в місті — близько +3)</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Елементи</translation>
    </message>
    <message>
        <source>Tonight</source>
        <translation>Сьогодні вночі</translation>
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
        <translation>{0} хв</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} год</translation>
    </message>
    <message>
        <source>{0} d</source>
        <translation>{0} дн.</translation>
    </message>
</context>
</TS>

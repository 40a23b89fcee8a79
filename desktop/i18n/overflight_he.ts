<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>The analysis region: type a country's name in any language Natural Earth knows</source>
        <translation>אזור הניתוח: הקלידו שם של מדינה בכל שפה ש-Natural Earth מכיר</translation>
    </message>
    <message>
        <source>Country (type to search)…</source>
        <translation>מדינה (הקלידו לחיפוש)…</translation>
    </message>
    <message>
        <source>Click a country</source>
        <translation>לחיצה על מדינה</translation>
    </message>
    <message>
        <source>Then click a country on the map to make it the region</source>
        <translation>ואז לחצו על מדינה במפה כדי שתהיה לאזור הניתוח</translation>
    </message>
    <message>
        <source>Draw a box</source>
        <translation>ציור מלבן</translation>
    </message>
    <message>
        <source>Then drag on the map to draw a latitude/longitude box</source>
        <translation>ואז גררו על המפה כדי לצייר מלבן של קווי רוחב ואורך</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>עיגול</translation>
    </message>
    <message>
        <source>Then click on the map to place a circle of the radius beside</source>
        <translation>ואז לחצו על המפה כדי להציב עיגול ברדיוס שלצד הכפתור</translation>
    </message>
    <message>
        <source> km</source>
        <translation> ק"מ</translation>
    </message>
    <message>
        <source>Radius of the circle placed by clicking on the map</source>
        <translation>רדיוס העיגול שמוצב בלחיצה על המפה</translation>
    </message>
    <message>
        <source>&lt;i&gt;No region yet&lt;/i&gt;</source>
        <translation>&lt;i&gt;עדיין אין אזור&lt;/i&gt;</translation>
    </message>
    <message>
        <source>What counts as 'over the region': camera reach, directly overhead, or radio contact</source>
        <translation>מה נחשב 'מעל האזור': טווח הראייה של מצלמה, ישירות מעל, או קשר רדיו</translation>
    </message>
    <message>
        <source>Camera can see it (off-nadir angle)</source>
        <translation>המצלמה רואה אותו (זווית סטייה מהנדיר)</translation>
    </message>
    <message>
        <source>Directly overhead (ground track crosses)</source>
        <translation>ישירות מעל (העקבה הקרקעית חוצה)</translation>
    </message>
    <message>
        <source>Radio contact (elevation mask)</source>
        <translation>קשר רדיו (סף זווית הגבהה)</translation>
    </message>
    <message>
        <source>Camera: largest angle from straight down; radio: lowest elevation above the horizon</source>
        <translation>מצלמה: הזווית הגדולה ביותר מהאנך כלפי מטה; רדיו: זווית ההגבהה הנמוכה ביותר מעל האופק</translation>
    </message>
    <message>
        <source>Off-nadir angle</source>
        <translation>זווית סטייה מהנדיר</translation>
    </message>
    <message>
        <source>Daylight only, Sun above</source>
        <translation>רק באור יום, השמש מעל</translation>
    </message>
    <message>
        <source>Keep only passes with the Sun above this height at the region (a camera needs light)</source>
        <translation>לשמור רק מעברים שבהם השמש באזור גבוהה מזווית זו (מצלמה צריכה אור)</translation>
    </message>
    <message>
        <source>Lowest Sun elevation at the region that counts as daylight</source>
        <translation>זווית ההגבהה הנמוכה ביותר של השמש באזור שנחשבת אור יום</translation>
    </message>
    <message>
        <source>Ranges from the elements' uncertainty</source>
        <translation>טווחים מאי-הוודאות של האלמנטים</translation>
    </message>
    <message>
        <source>Also sample 32 element sets from the uncertainty model: pass start windows and 5-95 % ranges of the statistics (takes several seconds more)</source>
        <translation>לדגום גם 32 ערכות אלמנטים ממודל אי-הוודאות: חלונות תחילת מעבר וטווחי 5-95 % של הסטטיסטיקות (לוקח עוד כמה שניות)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ימים</translation>
    </message>
    <message>
        <source>Analysis window, from the time bar's start</source>
        <translation>חלון הניתוח, מתחילת סרגל הזמן</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>הרצה</translation>
    </message>
    <message>
        <source>Compute the passes (Ctrl+R)</source>
        <translation>חישוב המעברים (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Stop the computation (Esc); the last result stays</source>
        <translation>עצירת החישוב (Esc); התוצאה האחרונה נשארת</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>איפה</translation>
    </message>
    <message>
        <source>Zoom to region</source>
        <translation>התמקדות באזור</translation>
    </message>
    <message>
        <source>Fit the map to the region (Ctrl+Shift+R, or double-click the region)</source>
        <translation>התאמת המפה לאזור (Ctrl+Shift+R, או לחיצה כפולה על האזור)</translation>
    </message>
    <message>
        <source>How</source>
        <translation>איך</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>חלון זמן</translation>
    </message>
    <message>
        <source>Elevation mask</source>
        <translation>סף זווית הגבהה</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>זווית</translation>
    </message>
    <message>
        <source>country</source>
        <translation>מדינה</translation>
    </message>
    <message>
        <source>box</source>
        <translation>מלבן</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>עיגול</translation>
    </message>
    <message>
        <source>polygon</source>
        <translation>מצולע</translation>
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
        <translation>Overflight לא הצליחה להיפתח</translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <source>Open…</source>
        <translation>פתיחה…</translation>
    </message>
    <message>
        <source>Open an article: text, Markdown or HTML (Ctrl+Shift+O)</source>
        <translation>פתיחת כתבה: טקסט, Markdown או HTML (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>הדבקה</translation>
    </message>
    <message>
        <source>Paste an article's text</source>
        <translation>הדבקת טקסט של כתבה</translation>
    </message>
    <message>
        <source>Context note</source>
        <translation>הערת רקע</translation>
    </message>
    <message>
        <source>Show Overflight's own background note</source>
        <translation>הצגת הערת הרקע של Overflight</translation>
    </message>
    <message>
        <source>The article's date, for 'on Tuesday', 'last week' and dates without a year</source>
        <translation>תאריך הכתבה, עבור 'ביום שלישי', 'בשבוע שעבר' ותאריכים ללא שנה</translation>
    </message>
    <message>
        <source>Article dated</source>
        <translation>לכתבה יש תאריך</translation>
    </message>
    <message>
        <source>Untick when the article's date is not known</source>
        <translation>בטלו את הסימון כשתאריך הכתבה אינו ידוע</translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>פתיחת כתבה</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>כתבות (*.txt *.md *.markdown *.html *.htm);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Paste article</source>
        <translation>הדבקת כתבה</translation>
    </message>
    <message>
        <source>Article: {title} ({source})</source>
        <translation>כתבה: {title} ({source})</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ללא כותרת</translation>
    </message>
    <message>
        <source>&lt;i&gt;Open an article to read it beside the map.&lt;/i&gt;</source>
        <translation>&lt;i&gt;פתחו כתבה כדי לקרוא אותה לצד המפה.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>כתבה</translation>
    </message>
    <message>
        <source>Context note: {0}</source>
        <translation>הערת רקע: {0}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Checking claims…&lt;/i&gt;</source>
        <translation>&lt;i&gt;בודק טענות…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Links in the article&lt;/b&gt; (open in your browser when clicked):</source>
        <translation>&lt;b&gt;קישורים בכתבה&lt;/b&gt; (נפתחים בדפדפן בלחיצה):</translation>
    </message>
    <message>
        <source>&lt;i&gt;No satellites, places or dates found.&lt;/i&gt;</source>
        <translation>&lt;i&gt;לא נמצאו לוויינים, מקומות או תאריכים.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Found in the text</source>
        <translation>נמצא בטקסט</translation>
    </message>
    <message>
        <source>&lt;i&gt;No statement found that Overflight can check (passes a day, orbit height, period, resolution, launch time).&lt;/i&gt;</source>
        <translation>&lt;i&gt;לא נמצאה טענה ש-Overflight יכולה לבדוק (מעברים ביום, גובה מסלול, זמן מחזור, רזולוציה, זמן שיגור).&lt;/i&gt;</translation>
    </message>
    <message>
        <source>article:</source>
        <translation>כתבה:</translation>
    </message>
    <message>
        <source>computed:</source>
        <translation>חישוב:</translation>
    </message>
    <message>
        <source>Claims checked</source>
        <translation>טענות שנבדקו</translation>
    </message>
    <message>
        <source>Satellite: {0}</source>
        <translation>לוויין: {0}</translation>
    </message>
    <message>
        <source>Analysis region: {0}. Press Run (Ctrl+R).</source>
        <translation>אזור הניתוח: {0}. לחצו על הרצה (Ctrl+R).</translation>
    </message>
    <message>
        <source>Time set to {0}</source>
        <translation>הזמן הוגדר ל-{0}</translation>
    </message>
    <message>
        <source>satellite</source>
        <translation>לוויין</translation>
    </message>
    <message>
        <source>launch vehicle</source>
        <translation>משגר</translation>
    </message>
    <message>
        <source>launch site</source>
        <translation>אתר שיגור</translation>
    </message>
    <message>
        <source>ground station</source>
        <translation>תחנה קרקעית</translation>
    </message>
    <message>
        <source>city</source>
        <translation>עיר</translation>
    </message>
    <message>
        <source>country</source>
        <translation>מדינה</translation>
    </message>
    <message>
        <source>region</source>
        <translation>אזור</translation>
    </message>
    <message>
        <source>date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>time</source>
        <translation>שעה</translation>
    </message>
    <message>
        <source>number</source>
        <translation>מספר</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>ארגון</translation>
    </message>
    <message>
        <source>Open &amp;article…</source>
        <translation>פתיחת &amp;כתבה…</translation>
    </message>
    <message>
        <source>Paste a&amp;rticle</source>
        <translation>הדבקת כ&amp;תבה</translation>
    </message>
</context>
<context>
    <name>BurnSection</name>
    <message>
        <source>Next perigee</source>
        <translation>הפריגאה הבאה</translation>
    </message>
    <message>
        <source>Next apogee</source>
        <translation>האפוגאה הבאה</translation>
    </message>
    <message>
        <source>Next ascending node</source>
        <translation>הצומת העולה הבא</translation>
    </message>
    <message>
        <source>Next descending node</source>
        <translation>הצומת היורד הבא</translation>
    </message>
    <message>
        <source>Perigee</source>
        <translation>פריגאה</translation>
    </message>
    <message>
        <source>km</source>
        <translation>ק"מ</translation>
    </message>
    <message>
        <source>Apogee</source>
        <translation>אפוגאה</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>זמן מחזור</translation>
    </message>
    <message>
        <source>min</source>
        <translation>דק'</translation>
    </message>
    <message>
        <source>Inclination</source>
        <translation>נטייה</translation>
    </message>
    <message>
        <source>Track shift</source>
        <translation>הזזת העקבה</translation>
    </message>
    <message>
        <source>{0:+,.1f} km a day at the equator (+ westward)</source>
        <translation>{0:+,.1f} ק"מ ביום בקו המשווה (+ מערבה)</translation>
    </message>
    <message>
        <source>At the clock's time</source>
        <translation>בשעת השעון</translation>
    </message>
    <message>
        <source>When the engine fires: searched after the clock's time</source>
        <translation>מתי המנוע פועל: החיפוש מתחיל משעת השעון</translation>
    </message>
    <message>
        <source>Velocity change in metres per second; type up to 10,000 in the box</source>
        <translation>שינוי המהירות במטרים לשנייה; בתיבה אפשר להקליד עד 10,000</translation>
    </message>
    <message>
        <source> m/s</source>
        <translation> מ'/שנ'</translation>
    </message>
    <message>
        <source>Burn this satellite</source>
        <translation>הבערה בלוויין הזה</translation>
    </message>
    <message>
        <source>Use the satellite selected in the list as the one that burns</source>
        <translation>הלוויין שנבחר ברשימה יהיה הלוויין שמבצע את ההבערה</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ניקוי</translation>
    </message>
    <message>
        <source>Remove the orbit after the burn from the map</source>
        <translation>הסרת המסלול שאחרי ההבערה מהמפה</translation>
    </message>
    <message>
        <source>Hohmann transfer to a height</source>
        <translation>העברת הוהמן לגובה</translation>
    </message>
    <message>
        <source>Plane change</source>
        <translation>שינוי מישור</translation>
    </message>
    <message>
        <source>Hohmann with plane change at apogee</source>
        <translation>הוהמן עם שינוי מישור באפוגאה</translation>
    </message>
    <message>
        <source>Phasing: move along the orbit</source>
        <translation>שינוי מופע: תזוזה לאורך המסלול</translation>
    </message>
    <message>
        <source>A classic transfer from the satellite's circular height, with its budget</source>
        <translation>העברה קלאסית מהגובה המעגלי של הלוויין, עם תקציב ה-Δv שלה</translation>
    </message>
    <message>
        <source> km</source>
        <translation> ק"מ</translation>
    </message>
    <message>
        <source>Height of the final circular orbit</source>
        <translation>גובה המסלול המעגלי הסופי</translation>
    </message>
    <message>
        <source>Plane change, or how far to move along the orbit (negative: fall behind)</source>
        <translation>שינוי המישור, או כמה לזוז לאורך המסלול (שלילי: לפגר מאחור)</translation>
    </message>
    <message>
        <source>Phasing: revolutions of the phasing orbit</source>
        <translation>שינוי מופע: הקפות של מסלול המופע</translation>
    </message>
    <message>
        <source>Apply the transfer</source>
        <translation>החלת ההעברה</translation>
    </message>
    <message>
        <source>Make the transfer's burns on the selected satellite</source>
        <translation>ביצוע ההבערות של ההעברה בלוויין הנבחר</translation>
    </message>
    <message>
        <source>Watch it on the globe</source>
        <translation>צפייה על הגלובוס</translation>
    </message>
    <message>
        <source>Show the globe and play the clock from the first burn to the last, the whole transfer in about half a minute</source>
        <translation>הצגת הגלובוס והרצת השעון מההבערה הראשונה עד האחרונה, כל ההעברה בכחצי דקה</translation>
    </message>
    <message>
        <source>Burn</source>
        <translation>הבערה</translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>Prograde</source>
        <translation>פרוגרדי</translation>
    </message>
    <message>
        <source>Radial</source>
        <translation>רדיאלי</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>נורמלי</translation>
    </message>
    <message>
        <source>Transfers (vis-viva)</source>
        <translation>העברות (vis-viva)</translation>
    </message>
    <message>
        <source>To height</source>
        <translation>לגובה</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>זווית</translation>
    </message>
    <message>
        <source>Revolutions</source>
        <translation>הקפות</translation>
    </message>
    <message>
        <source>Select a satellite in the Satellites list first.</source>
        <translation>בחרו קודם לוויין ברשימת הלוויינים.</translation>
    </message>
    <message>
        <source>Satellite: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>לוויין: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a satellite and press “Burn this satellite”.&lt;/i&gt;</source>
        <translation>&lt;i&gt;בחרו לוויין ולחצו על “הבערה בלוויין הזה”.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Move a slider to burn.&lt;/i&gt;</source>
        <translation>&lt;i&gt;הזיזו מחוון כדי לבצע הבערה.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Re-enters at once</source>
        <translation>נכנס מיד לאטמוספרה</translation>
    </message>
    <message>
        <source>Perigee {0:,.0f} km: below the surface. No orbit is made.</source>
        <translation>פריגאה ⁦{0:,.0f}⁩ ק"מ: מתחת לפני השטח. לא נוצר מסלול.</translation>
    </message>
    <message>
        <source>Burn at</source>
        <translation>מועד ההבערה</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose the satellite first.&lt;/i&gt;</source>
        <translation>&lt;i&gt;בחרו קודם את הלוויין.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Burn {0}</source>
        <translation>הבערה {0}</translation>
    </message>
    <message>
        <source>{0:+,.1f} m/s</source>
        <translation>⁦{0:+,.1f}⁩ מ'/שנ'</translation>
    </message>
    <message>
        <source>Total Δv</source>
        <translation>Δv כולל</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,.1f} m/s&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0:,.1f} מ'/שנ'&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>זמן</translation>
    </message>
    <message>
        <source>{0:.2f} h</source>
        <translation>{0:.2f} שעות</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>נוסחה</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <source>{0} passes a day over {1}</source>
        <translation>{0} מעברים ביום מעל {1}</translation>
    </message>
    <message>
        <source>{0} contacts a day with {1}</source>
        <translation>{0} קשרים ביום עם {1}</translation>
    </message>
    <message>
        <source>orbit height {0} km</source>
        <translation>גובה מסלול {0} ק"מ</translation>
    </message>
    <message>
        <source>period {0} minutes</source>
        <translation>זמן מחזור {0} דקות</translation>
    </message>
    <message>
        <source>{0} m resolution from {1} km</source>
        <translation>רזולוציה של {0} מ' מגובה {1} ק"מ</translation>
    </message>
    <message>
        <source>{0} m resolution</source>
        <translation>רזולוציה של {0} מ'</translation>
    </message>
    <message>
        <source>{0} a day (ground track crossing {1}: {2} a day)</source>
        <translation>{0} ביום (העקבה הקרקעית חוצה את {1}: {2} ביום)</translation>
    </message>
    <message>
        <source>{0} a day</source>
        <translation>{0} ביום</translation>
    </message>
    <message>
        <source>{0} to {1} km (mean {2} km)</source>
        <translation>{0} עד {1} ק"מ (ממוצע {2} ק"מ)</translation>
    </message>
    <message>
        <source>{0} minutes</source>
        <translation>{0} דקות</translation>
    </message>
    <message>
        <source>{0}, contact at 10° elevation from anywhere in {1}, {2} days from the element epoch, approximate elements</source>
        <translation>{0}, קשר בזווית הגבהה 10° מכל מקום ב{1}, {2} ימים ממועד הייחוס, אלמנטים משוערים</translation>
    </message>
    <message>
        <source>{0}, contact at 10° elevation from anywhere in {1}, {2} days from the element epoch</source>
        <translation>{0}, קשר בזווית הגבהה 10° מכל מקום ב{1}, {2} ימים ממועד הייחוס</translation>
    </message>
    <message>
        <source>{0}, contact above 5° elevation at {1}, {2} days from the element epoch, approximate elements</source>
        <translation>{0}, קשר מעל זווית הגבהה 5° ב{1}, {2} ימים ממועד הייחוס, אלמנטים משוערים</translation>
    </message>
    <message>
        <source>{0}, contact above 5° elevation at {1}, {2} days from the element epoch</source>
        <translation>{0}, קשר מעל זווית הגבהה 5° ב{1}, {2} ימים ממועד הייחוס</translation>
    </message>
    <message>
        <source>{0} mean elements, approximate elements</source>
        <translation>האלמנטים הממוצעים של {0}, אלמנטים משוערים</translation>
    </message>
    <message>
        <source>{0} mean elements</source>
        <translation>האלמנטים הממוצעים של {0}</translation>
    </message>
    <message>
        <source>{0} mean motion, approximate elements</source>
        <translation>התנועה הממוצעת של {0}, אלמנטים משוערים</translation>
    </message>
    <message>
        <source>{0} mean motion</source>
        <translation>התנועה הממוצעת של {0}</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>תואם</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>שונה</translation>
    </message>
    <message>
        <source>for comparison</source>
        <translation>להשוואה</translation>
    </message>
    <message>
        <source>cannot tell with these elements</source>
        <translation>אי אפשר לקבוע עם האלמנטים האלה</translation>
    </message>
</context>
<context>
    <name>Compass</name>
    <message>
        <source>N</source>
        <translation>צ</translation>
    </message>
    <message>
        <source>NNE</source>
        <translation>צ-צ-מז</translation>
    </message>
    <message>
        <source>NE</source>
        <translation>צ-מז</translation>
    </message>
    <message>
        <source>ENE</source>
        <translation>מז-צ-מז</translation>
    </message>
    <message>
        <source>E</source>
        <translation>מז</translation>
    </message>
    <message>
        <source>ESE</source>
        <translation>מז-ד-מז</translation>
    </message>
    <message>
        <source>SE</source>
        <translation>ד-מז</translation>
    </message>
    <message>
        <source>SSE</source>
        <translation>ד-ד-מז</translation>
    </message>
    <message>
        <source>S</source>
        <translation>ד</translation>
    </message>
    <message>
        <source>SSW</source>
        <translation>ד-ד-מע</translation>
    </message>
    <message>
        <source>SW</source>
        <translation>ד-מע</translation>
    </message>
    <message>
        <source>WSW</source>
        <translation>מע-ד-מע</translation>
    </message>
    <message>
        <source>W</source>
        <translation>מע</translation>
    </message>
    <message>
        <source>WNW</source>
        <translation>מע-צ-מע</translation>
    </message>
    <message>
        <source>NW</source>
        <translation>צ-מע</translation>
    </message>
    <message>
        <source>NNW</source>
        <translation>צ-צ-מע</translation>
    </message>
</context>
<context>
    <name>CoverageFigures</name>
    <message>
        <source>accesses in the window</source>
        <translation>גישות בחלון</translation>
    </message>
    <message>
        <source>accesses a day</source>
        <translation>גישות ביום</translation>
    </message>
    <message>
        <source>mean gap (h)</source>
        <translation>מרווח ממוצע (שעות)</translation>
    </message>
    <message>
        <source>median gap (h)</source>
        <translation>מרווח חציוני (שעות)</translation>
    </message>
    <message>
        <source>longest gap (h)</source>
        <translation>המרווח הארוך ביותר (שעות)</translation>
    </message>
    <message>
        <source>time in view (%)</source>
        <translation>זמן בטווח ראייה (%)</translation>
    </message>
    <message>
        <source>time to first access (h)</source>
        <translation>זמן עד הגישה הראשונה (שעות)</translation>
    </message>
    <message>
        <source>satellites in view (mean)</source>
        <translation>לוויינים בטווח ראייה (ממוצע)</translation>
    </message>
    <message>
        <source>satellites in view (minimum)</source>
        <translation>לוויינים בטווח ראייה (מינימום)</translation>
    </message>
</context>
<context>
    <name>CoverageLayer</name>
    <message>
        <source>{0:.0f} accesses ({1:.2f}/day)</source>
        <translation>{0:.0f} גישות ({1:.2f} ביום)</translation>
    </message>
    <message>
        <source>gap mean {0:.1f} h, max {1:.1f} h</source>
        <translation>מרווח ממוצע {0:.1f} שעות, מרבי {1:.1f} שעות</translation>
    </message>
    <message>
        <source>in view {0:.2f} %</source>
        <translation>בטווח ראייה {0:.2f} %</translation>
    </message>
    <message>
        <source>cell: {0}</source>
        <translation>תא: {0}</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>לא מוגדר</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Cell size: finer grids take longer (0.25° is about 28 km)</source>
        <translation>גודל תא: רשת עדינה יותר לוקחת זמן רב יותר (0.25° הם כ-28 ק"מ)</translation>
    </message>
    <message>
        <source>Whole globe</source>
        <translation>כל כדור הארץ</translation>
    </message>
    <message>
        <source>The analysis region</source>
        <translation>אזור הניתוח</translation>
    </message>
    <message>
        <source>Where the grid lies</source>
        <translation>היכן נמצאת הרשת</translation>
    </message>
    <message>
        <source>Land only</source>
        <translation>יבשה בלבד</translation>
    </message>
    <message>
        <source>Only the cells whose centre is on land (Natural Earth countries); the summary covers those cells alone</source>
        <translation>רק תאים שמרכזם ביבשה (מדינות Natural Earth); הסיכום מתייחס לתאים אלה בלבד</translation>
    </message>
    <message>
        <source>The figure of merit shown on the map</source>
        <translation>מדד הביצוע שמוצג על המפה</translation>
    </message>
    <message>
        <source>Show the coverage layer</source>
        <translation>הצגת שכבת הכיסוי</translation>
    </message>
    <message>
        <source>Show or hide the heat map under the tracks</source>
        <translation>הצגה או הסתרה של מפת החום מתחת לעקבות</translation>
    </message>
    <message>
        <source>none (this process)</source>
        <translation>ללא (התהליך הזה)</translation>
    </message>
    <message>
        <source>Split the grid's rows over this many processes on this computer (Dask; for the largest jobs: many satellites, fine grids)</source>
        <translation>פיצול שורות הרשת בין מספר זה של תהליכים במחשב הזה (Dask; למשימות הגדולות ביותר: לוויינים רבים, רשתות צפופות)</translation>
    </message>
    <message>
        <source>tcp://HOST:PORT (optional)</source>
        <translation>tcp://HOST:PORT (רשות)</translation>
    </message>
    <message>
        <source>Send the job to an existing Dask cluster whose workers have Overflight installed</source>
        <translation>שליחת המשימה לאשכול Dask קיים שבעובדיו מותקן Overflight</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>חישוב</translation>
    </message>
    <message>
        <source>Coverage of the selected satellites with the Analysis panel's settings</source>
        <translation>כיסוי של הלוויינים הנבחרים לפי הגדרות חלונית הניתוח</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Stop the computation; the last map stays</source>
        <translation>עצירת החישוב; המפה האחרונה נשארת</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select satellites, then Compute.&lt;/i&gt;</source>
        <translation>&lt;i&gt;בחרו לוויינים, ואז חישוב.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Every cell's figures as CSV</source>
        <translation>נתוני כל תא כ-CSV</translation>
    </message>
    <message>
        <source>GeoJSON…</source>
        <translation>GeoJSON…</translation>
    </message>
    <message>
        <source>Cells as GeoJSON polygons with their figures</source>
        <translation>התאים כמצולעי GeoJSON עם הנתונים שלהם</translation>
    </message>
    <message>
        <source>T: satellites in all</source>
        <translation>T: סך כל הלוויינים</translation>
    </message>
    <message>
        <source>P: orbital planes (T must be a multiple of P)</source>
        <translation>P: מישורי מסלול (T חייב להיות כפולה של P)</translation>
    </message>
    <message>
        <source>F: phasing between planes, 0 to P-1</source>
        <translation>F: הפרש מופע בין המישורים, 0 עד P-1</translation>
    </message>
    <message>
        <source>Delta (nodes over 360°)</source>
        <translation>דלתא (צמתים על פני 360°)</translation>
    </message>
    <message>
        <source>Star (nodes over 180°)</source>
        <translation>כוכב (צמתים על פני 180°)</translation>
    </message>
    <message>
        <source>How the planes' nodes are spread</source>
        <translation>כיצד מפוזרים צמתי המישורים</translation>
    </message>
    <message>
        <source>Add constellation from the selected satellite</source>
        <translation>הוספת מערך מהלוויין הנבחר</translation>
    </message>
    <message>
        <source>Walker members join the catalogue as DESIGNED satellites and are selected</source>
        <translation>חברי מערך ווקר מצטרפים לקטלוג כלוויינים מתוכננים (DESIGNED) ונבחרים</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>רשת</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>תאים</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>תחום</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>מדד</translation>
    </message>
    <message>
        <source>Each satellite's sensor</source>
        <translation>החיישן של כל לוויין</translation>
    </message>
    <message>
        <source>Large jobs</source>
        <translation>משימות גדולות</translation>
    </message>
    <message>
        <source>Worker processes</source>
        <translation>תהליכי עבודה</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>אשכול</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <source>Walker constellation</source>
        <translation>מערך ווקר</translation>
    </message>
    <message>
        <source>Satellites</source>
        <translation>לוויינים</translation>
    </message>
    <message>
        <source>Planes</source>
        <translation>מישורים</translation>
    </message>
    <message>
        <source>Phasing</source>
        <translation>הפרש מופע</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Select one or more satellites first.</source>
        <translation>בחרו קודם לוויין אחד או יותר.</translation>
    </message>
    <message>
        <source>about {0:,.0f} million accesses: over the 1 GB budget; choose larger cells, the region only or a shorter window</source>
        <translation>כ-{0:,.0f} מיליון גישות: מעבר לתקציב של 1 GB; בחרו תאים גדולים יותר, רק את האזור או חלון קצר יותר</translation>
    </message>
    <message>
        <source>Cancelled; the last map stays.</source>
        <translation>בוטל; המפה האחרונה נשארת.</translation>
    </message>
    <message>
        <source>Coarse map shown; refining at {spacing_deg:g}°…</source>
        <translation>מוצגת מפה גסה; מעדן ל-{spacing_deg:g}°…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} satellite(s)&lt;/b&gt;, {days:g} days, {criterion}, daylight</source>
        <translation>&lt;b&gt;{count} לוויינים&lt;/b&gt;, {days:g} ימים, {criterion}, רק באור יום</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} satellite(s)&lt;/b&gt;, {days:g} days, {criterion}</source>
        <translation>&lt;b&gt;{count} לוויינים&lt;/b&gt;, {days:g} ימים, {criterion}</translation>
    </message>
    <message>
        <source>Flagged elements: {0}</source>
        <translation>אלמנטים מסומנים: {0}</translation>
    </message>
    <message>
        <source>Compute a coverage map first.</source>
        <translation>חשבו קודם מפת כיסוי.</translation>
    </message>
    <message>
        <source>Export coverage</source>
        <translation>ייצוא כיסוי</translation>
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
        <translation>הכיסוי נשמר ב-{path}</translation>
    </message>
    <message>
        <source>Select the seed satellite first.</source>
        <translation>בחרו קודם את לוויין הבסיס.</translation>
    </message>
    <message>
        <source>Could not keep the members: {0}</source>
        <translation>לא ניתן היה לשמור את החברים: {0}</translation>
    </message>
    <message>
        <source>{0} DESIGNED members added and selected; Compute to see their coverage.</source>
        <translation>{0} חברים מתוכננים (DESIGNED) נוספו ונבחרו; לחצו חישוב כדי לראות את הכיסוי שלהם.</translation>
    </message>
</context>
<context>
    <name>Criterion</name>
    <message>
        <source>directly overhead (ground track crosses the region)</source>
        <translation>ישירות מעל (העקבה הקרקעית חוצה את האזור)</translation>
    </message>
    <message>
        <source>radio contact ({0:g}° elevation mask)</source>
        <translation>קשר רדיו (סף זווית הגבהה {0:g}°)</translation>
    </message>
    <message>
        <source>camera ({0:g} km swath)</source>
        <translation>מצלמה (רוחב רצועה {0:g} ק"מ)</translation>
    </message>
    <message>
        <source>camera ({0:g}° off nadir)</source>
        <translation>מצלמה ({0:g}° סטייה מהנדיר)</translation>
    </message>
    <message>
        <source>{criterion}, {days:g} days</source>
        <translation>{criterion}, {days:g} ימים</translation>
    </message>
    <message>
        <source>{criterion}, daylight only (Sun ≥ {sun:g}°), {days:g} days</source>
        <translation>{criterion}, רק באור יום (שמש ≥ {sun:g}°), {days:g} ימים</translation>
    </message>
</context>
<context>
    <name>DecayPlot</name>
    <message>
        <source>low</source>
        <translation>נמוכה</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>בינונית</translation>
    </message>
    <message>
        <source>high</source>
        <translation>גבוהה</translation>
    </message>
    <message>
        <source>space-weather file</source>
        <translation>קובץ מזג אוויר בחלל</translation>
    </message>
    <message>
        <source>height (km); band: high to low solar activity</source>
        <translation>גובה (ק"מ); רצועה: פעילות סולרית גבוהה עד נמוכה</translation>
    </message>
    <message>
        <source>red bar: re-entry range (uncertain)</source>
        <translation>פס אדום: טווח הכניסה החוזרת לאטמוספרה (לא ודאי)</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>לא ודאי</translation>
    </message>
    <message>
        <source>CelesTrak space weather, bundled copy updated {0}</source>
        <translation>מזג אוויר בחלל של CelesTrak, עותק מצורף שעודכן ב-{0}</translation>
    </message>
    <message>
        <source>CelesTrak space weather, fetched {0}</source>
        <translation>מזג אוויר בחלל של CelesTrak, הורד ב-{0}</translation>
    </message>
    <message>
        <source>observed to {0}, predicted to {1}</source>
        <translation>נצפה עד {0}, חזוי עד {1}</translation>
    </message>
    <message>
        <source>rows to {0}</source>
        <translation>שורות עד {0}</translation>
    </message>
    <message>
        <source>Space weather: {0} ({1}); after {2} the mean of its last 11 years is held.</source>
        <translation>מזג אוויר בחלל: {0} ({1}); אחרי {2} נשמר הממוצע של 11 השנים האחרונות בו.</translation>
    </message>
    <message>
        <source>Solar activity at the epoch, {0}: F10.7 {1:.1f}, Ap {2:.1f}; nearest scenario: {3}.</source>
        <translation>פעילות סולרית באפוכה, {0}: F10.7 {1:.1f}, Ap {2:.1f}; התרחיש הקרוב ביותר: {3}.</translation>
    </message>
    <message>
        <source>No estimate yet</source>
        <translation>עדיין אין הערכה</translation>
    </message>
</context>
<context>
    <name>ElementRefresh</name>
    <message>
        <source>&amp;Refresh elements of the selection</source>
        <translation>&amp;רענון האלמנטים של הנבחרים</translation>
    </message>
    <message>
        <source>Fetch current element sets for the selected satellites from CelesTrak</source>
        <translation>הורדת ערכות אלמנטים עדכניות ללוויינים הנבחרים מ-CelesTrak</translation>
    </message>
    <message>
        <source>Refresh &amp;all elements</source>
        <translation>רענון &amp;כל האלמנטים</translation>
    </message>
    <message>
        <source>Fetch current element sets for every satellite, and the satellite catalogue (owners, launches, types), from CelesTrak</source>
        <translation>הורדת ערכות אלמנטים עדכניות לכל הלוויינים ואת קטלוג הלוויינים (בעלים, שיגורים, סוגים) מ-CelesTrak</translation>
    </message>
    <message>
        <source>Refresh satellite &amp;catalogue (owners, launches, types)</source>
        <translation>רענון &amp;קטלוג הלוויינים (בעלים, שיגורים, סוגים)</translation>
    </message>
    <message>
        <source>Fetch CelesTrak's satellite catalogue (SATCAT, about 7 MB) for the list's owner and type filters</source>
        <translation>הורדת קטלוג הלוויינים של CelesTrak (SATCAT, כ-7 MB) עבור מסנני הבעלים והסוג ברשימה</translation>
    </message>
    <message>
        <source>CelesTrak &amp;address…</source>
        <translation>&amp;כתובת CelesTrak…</translation>
    </message>
    <message>
        <source>Use a mirror of CelesTrak (the environment variable OVERFLIGHT_CELESTRAK_URL also works)</source>
        <translation>שימוש באתר מראה של CelesTrak (גם משתנה הסביבה OVERFLIGHT_CELESTRAK_URL עובד)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <source>Fetching the satellite catalogue from CelesTrak…</source>
        <translation>מוריד את קטלוג הלוויינים מ-CelesTrak…</translation>
    </message>
    <message>
        <source>Refresh satellite catalogue</source>
        <translation>רענון קטלוג הלוויינים</translation>
    </message>
    <message>
        <source>Fetching {0} element set(s) from CelesTrak…</source>
        <translation>מוריד {0} ערכות אלמנטים מ-CelesTrak…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>satellite catalogue (SATCAT): {0}</source>
        <translation>קטלוג הלוויינים (SATCAT): {0}</translation>
    </message>
    <message>
        <source>satellite catalogue (SATCAT): not updated: {0}; {1}</source>
        <translation>קטלוג הלוויינים (SATCAT): לא עודכן: {0}; {1}</translation>
    </message>
    <message>
        <source>satellite catalogue (SATCAT): failed: {0}</source>
        <translation>קטלוג הלוויינים (SATCAT): נכשל: {0}</translation>
    </message>
    <message>
        <source>Refresh elements</source>
        <translation>רענון אלמנטים</translation>
    </message>
    <message>
        <source>CelesTrak address</source>
        <translation>כתובת CelesTrak</translation>
    </message>
    <message>
        <source>Base address (empty for the default, {DEFAULT_BASE_URL}):</source>
        <translation>כתובת בסיס (ריק לברירת המחדל, {DEFAULT_BASE_URL}):</translation>
    </message>
    <message>
        <source>'{text}' is not an http(s) address</source>
        <translation>'{text}' אינה כתובת http(s)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{names}: {criterion}, {days:g} days, daylight</source>
        <translation>{names}: {criterion}, {days:g} ימים, רק באור יום</translation>
    </message>
    <message>
        <source>{names}: {criterion}, {days:g} days</source>
        <translation>{names}: {criterion}, {days:g} ימים</translation>
    </message>
    <message>
        <source>Map: Natural Earth (public domain). Made with Overflight.</source>
        <translation>מפה: Natural Earth (נחלת הכלל). נוצר עם Overflight.</translation>
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
        <translation>סינכרוני לשמש</translation>
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
        <translation>כל הלוויינים: {0}</translation>
    </message>
    <message>
        <source>{0} without a position now</source>
        <translation>{0} ללא מיקום כעת</translation>
    </message>
</context>
<context>
    <name>GlobeView</name>
    <message>
        <source>Drag to turn the globe, wheel to zoom; the ring is the orbit in space</source>
        <translation>גררו כדי לסובב את הגלובוס, גלגלו כדי להתקרב; הטבעת היא המסלול בחלל</translation>
    </message>
    <message>
        <source>ring: the orbit in space; the Earth turns beneath it</source>
        <translation>טבעת: המסלול בחלל; כדור הארץ מסתובב מתחתיו</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>צופה</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Satellite</source>
        <translation>לוויין</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>התחלה (UTC)</translation>
    </message>
    <message>
        <source>Dur. (s)</source>
        <translation>משך (שנ')</translation>
    </message>
    <message>
        <source>Closest (UTC)</source>
        <translation>הכי קרוב (UTC)</translation>
    </message>
    <message>
        <source>Off-nadir°</source>
        <translation>סטייה מהנדיר°</translation>
    </message>
    <message>
        <source>Max el.°</source>
        <translation>הגבהה מרבית°</translation>
    </message>
    <message>
        <source>Sun°</source>
        <translation>שמש°</translation>
    </message>
    <message>
        <source>LST</source>
        <translation>זמן שמש מקומי</translation>
    </message>
    <message>
        <source>How this was computed: positions come from SGP4 (the sgp4 library, as skyfield uses it) with the element sets listed below; Earth rotation from UT1 and WGS84 coordinates. A satellite is over the region while the great-circle distance from the point below it to the region is at most the reach of the criterion at its height (0 overhead; from the off-nadir angle for a camera; from the elevation mask for radio contact). Passes are found by sampling with a proven speed bound and bisecting every edge to 0.01 s; daylight means the Sun at least the chosen height above the horizon at the region's nearest point at closest approach. Revisit time is the gap from the end of one pass to the start of the next within the window. Elements marked APPROXIMATE were built from published figures (where the satellite is along its orbit is unknown); DESIGNED orbits were made in the Orbit lab.</source>
        <translation>כיצד זה חושב: המיקומים מגיעים מ-SGP4 (ספריית sgp4, כפי ש-skyfield משתמשת בה) עם ערכות האלמנטים שמפורטות למטה; סיבוב כדור הארץ מ-UT1 וקואורדינטות WGS84. לוויין נמצא מעל האזור כל עוד המרחק במעגל גדול מהנקודה שמתחתיו אל האזור אינו עולה על טווח הקריטריון בגובה שלו (0 ישירות מעל; מזווית הסטייה מהנדיר עבור מצלמה; מסף זווית ההגבהה עבור קשר רדיו). המעברים נמצאים בדגימה עם חסם מהירות מוכח ובחציית כל קצה עד 0.01 שנ'; אור יום פירושו שהשמש לפחות בגובה שנבחר מעל האופק בנקודה הקרובה ביותר של האזור ברגע הגישה הקרובה ביותר. זמן ביקור חוזר הוא המרווח מסוף מעבר אחד לתחילת הבא בתוך החלון. אלמנטים שמסומנים APPROXIMATE נבנו מנתונים שפורסמו (מיקום הלוויין לאורך מסלולו אינו ידוע); מסלולים מסוג DESIGNED נוצרו במעבדת המסלולים.</translation>
    </message>
    <message>
        <source>Overflight handout</source>
        <translation>דף הסבר של Overflight</translation>
    </message>
    <message>
        <source>No satellite chosen</source>
        <translation>לא נבחר לוויין</translation>
    </message>
    <message>
        <source>Overflight: {0}</source>
        <translation>Overflight: {0}</translation>
    </message>
    <message>
        <source>over {region}. Printed {time}.</source>
        <translation>מעל {region}. הודפס {time}.</translation>
    </message>
    <message>
        <source>(no analysis run). Printed {time}.</source>
        <translation>(לא הורץ ניתוח). הודפס {time}.</translation>
    </message>
    <message>
        <source>Run an analysis to add passes and revisit statistics to the handout.</source>
        <translation>הריצו ניתוח כדי להוסיף לדף את המעברים ואת סטטיסטיקת הביקור החוזר.</translation>
    </message>
    <message>
        <source>Revisit statistics</source>
        <translation>סטטיסטיקת ביקור חוזר</translation>
    </message>
    <message>
        <source>{region}: {settings}, from {start} to {end}.</source>
        <translation>{region}: {settings}, מ-{start} עד {end}.</translation>
    </message>
    <message>
        <source>revisit mean {mean}, median {median}, longest {longest}.</source>
        <translation>ביקור חוזר ממוצע {mean}, חציון {median}, הארוך ביותר {longest}.</translation>
    </message>
    <message>
        <source>no gap to measure.</source>
        <translation>אין מרווח למדידה.</translation>
    </message>
    <message>
        <source>{name}: {rate:.2f} passes a day ({count} in all), {in_view} in view; {gap}</source>
        <translation>{name}: {rate:.2f} מעברים ביום ({count} בסך הכול), {in_view} בטווח ראייה; {gap}</translation>
    </message>
    <message>
        <source>All together: {rate:.2f} passes a day, revisit mean {mean}, longest {longest}.</source>
        <translation>כולם יחד: {rate:.2f} מעברים ביום, ביקור חוזר ממוצע {mean}, הארוך ביותר {longest}.</translation>
    </message>
    <message>
        <source>Claims in the article, checked</source>
        <translation>הטענות בכתבה, נבדקו</translation>
    </message>
    <message>
        <source>How this was computed</source>
        <translation>כיצד זה חושב</translation>
    </message>
    <message>
        <source>Where the data come from</source>
        <translation>מאין הנתונים</translation>
    </message>
    <message>
        <source>{name} (NORAD {satnum}): {flag}elements of {epoch} ({age:.0f} days old), source: {source}.</source>
        <translation>{name} (NORAD {satnum}): {flag}אלמנטים מ-{epoch} (בני {age:.0f} ימים), מקור: {source}.</translation>
    </message>
    <message>
        <source>Map: Natural Earth (public domain). Sun: JPL DE421. Made with Overflight.</source>
        <translation>מפה: Natural Earth (נחלת הכלל). שמש: JPL DE421. נוצר עם Overflight.</translation>
    </message>
    <message>
        <source>Delta-v budget</source>
        <translation>תקציב Δv</translation>
    </message>
    <message>
        <source>Burns of {0}, impulsive, in the orbit's own frame:</source>
        <translation>הבערות של {0}, אימפולסיביות, במערכת הצירים של המסלול:</translation>
    </message>
    <message>
        <source>Burn {0} ({1}): prograde {2:+.1f}, radial {3:+.1f}, normal {4:+.1f} m/s; {5:.1f} m/s</source>
        <translation>הבערה {0} ({1}): פרוגרדי {2:+.1f}, רדיאלי {3:+.1f}, נורמלי {4:+.1f} מ'/שנ'; {5:.1f} מ'/שנ'</translation>
    </message>
    <message>
        <source>Total: {0:.1f} m/s (vis-viva; the orbit after each burn is a DESIGNED element set)</source>
        <translation>סך הכול: {0:.1f} מ'/שנ' (vis-viva; המסלול אחרי כל הבערה הוא ערכת אלמנטים מסוג DESIGNED)</translation>
    </message>
    <message>
        <source>Orbit decay of {0}</source>
        <translation>דעיכת המסלול של {0}</translation>
    </message>
    <message>
        <source>after {0}</source>
        <translation>אחרי {0}</translation>
    </message>
    <message>
        <source>{0} ({1}): re-entry {2}; decaying {3:.3f} km a day at the start</source>
        <translation>{0} ({1}): כניסה חוזרת לאטמוספרה {2}; דעיכה של {3:.3f} ק"מ ביום בהתחלה</translation>
    </message>
    <message>
        <source>Drag: {0}.</source>
        <translation>גרר: {0}.</translation>
    </message>
    <message>
        <source>This is an estimate</source>
        <translation>זוהי הערכה</translation>
    </message>
    <message>
        <source>day {0}</source>
        <translation>יום {0}</translation>
    </message>
    <message>
        <source>Passes ({0})</source>
        <translation>מעברים ({0})</translation>
    </message>
    <message>
        <source>(no passes in the window with these settings)</source>
        <translation>(אין מעברים בחלון עם ההגדרות האלה)</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>&lt;p style='color:#1d3f8a'&gt;&lt;b&gt;Designed orbit.&lt;/b&gt; {name} was made in the Orbit lab; no real satellite flies it. Each control changes one thing:&lt;/p&gt;</source>
        <translation>&lt;p style='color:#1d3f8a'&gt;&lt;b&gt;מסלול מתוכנן.&lt;/b&gt; {name} נוצר במעבדת המסלולים; אף לוויין אמיתי אינו טס בו. כל פקד משנה דבר אחד:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Height&lt;/b&gt; ({height} km): 100 km higher, one orbit takes {minutes} min longer, so {revs} fewer orbits a day and fewer passes, while the footprint grows by {reach} km.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;גובה&lt;/b&gt; ({height} ק"מ): 100 ק"מ גבוה יותר, הקפה אחת אורכת {minutes} דק' יותר, ולכן {revs} הקפות פחות ביום ופחות מעברים, בעוד טביעת הרגל גדלה ב-{reach} ק"מ.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Height&lt;/b&gt; ({height} km): 100 km higher, one orbit takes {minutes} min longer, so {revs} fewer orbits a day and fewer passes.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;גובה&lt;/b&gt; ({height} ק"מ): 100 ק"מ גבוה יותר, הקפה אחת אורכת {minutes} דק' יותר, ולכן {revs} הקפות פחות ביום ופחות מעברים.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Inclination&lt;/b&gt; ({inclination}°): the track reaches latitudes up to {latitude}° N and S; places further from the equator are never overflown.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;נטייה&lt;/b&gt; ({inclination}°): העקבה מגיעה עד קווי רוחב {latitude}° צפון ודרום; מקומות רחוקים יותר מקו המשווה לעולם אינם נמצאים מתחת ללוויין.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Sun-synchronous&lt;/b&gt;: the tilt at which the Earth's bulge turns the orbit {drift}° a day here (0.986° is needed), so passes come at the same local time every day.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;סינכרוני לשמש&lt;/b&gt;: הנטייה שבה הבליטה של כדור הארץ מסובבת את המסלול {drift}° ביום כאן (נדרשות 0.986°), כך שהמעברים מגיעים באותה שעה מקומית בכל יום.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Node time&lt;/b&gt;: the local solar time at which the satellite crosses the equator northbound; it sets whether passes are in the morning, at noon or at night.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;שעת הצומת&lt;/b&gt;: זמן השמש המקומי שבו הלוויין חוצה את קו המשווה צפונה; הוא קובע אם המעברים בבוקר, בצהריים או בלילה.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Repeat R/D&lt;/b&gt;: after R orbits in D days the track lies exactly on itself again; a longer cycle leaves narrower gaps between neighbouring tracks.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;חזרה R/D&lt;/b&gt;: אחרי R הקפות ב-D ימים העקבה חוזרת בדיוק על עצמה; מחזור ארוך יותר משאיר פערים צרים יותר בין עקבות סמוכות.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Phase&lt;/b&gt; (mean anomaly, or over a place at a time): where on the orbit the satellite is; it moves the passes in time but not the track's pattern.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;מופע&lt;/b&gt; (אנומליה ממוצעת, או מעל מקום בזמן מסוים): היכן במסלולו נמצא הלוויין; הוא מזיז את המעברים בזמן אך לא את תבנית העקבה.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>A designed orbit is exact by definition: no uncertainty is shown.</source>
        <translation>מסלול מתוכנן הוא מדויק מעצם הגדרתו: לא מוצגת אי-ודאות.</translation>
    </message>
    <message>
        <source>The elements of {name} are built from published figures: where it is along its orbit is unknown (any position is equally likely), its node's local time is uncertain by about ±{minutes} min and its height by ±{km} km. The track's pattern and the passes a day are well determined; the time of each pass is not (within about one orbit).</source>
        <translation>האלמנטים של {name} נבנו מנתונים שפורסמו: מיקומו לאורך המסלול אינו ידוע (כל מיקום סביר באותה מידה), השעה המקומית של הצומת שלו אינה ודאית בכ-±{minutes} דק' והגובה שלו ב-±{km} ק"מ. תבנית העקבה ומספר המעברים ביום נקבעים היטב; זמן כל מעבר לא (בתוך כהקפה אחת).</translation>
    </message>
    <message>
        <source>The elements of {name} are {days} days from their epoch. Element sets drift mostly along the track: about {along} km (1 sigma; {seconds} s of timing at 90 %) here, from 1 km at epoch growing 2 km a day (Vallado &amp; Cefola 2012) plus a drag term fitted to our own data; across the track about {across} km.</source>
        <translation>האלמנטים של {name} רחוקים {days} ימים ממועד הייחוס שלהם. ערכות אלמנטים נסחפות בעיקר לאורך העקבה: כאן בערך {along} ק"מ (סטיית תקן אחת; {seconds} שנ' של תזמון ב-90 %), מ-1 ק"מ במועד הייחוס וגדל ב-2 ק"מ ביום (Vallado &amp; Cefola 2012) ועוד איבר גרר שהותאם לנתונים שלנו; לרוחב העקבה בערך {across} ק"מ.</translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation>על מה אני מסתכל?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a satellite in the list on the left.&lt;/p&gt;</source>
        <translation>&lt;p&gt;בחרו לוויין ברשימה שבצד.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Ground track.&lt;/b&gt; The coloured line is the path of the point directly below {name}. One orbit takes {period} minutes, so it circles the Earth {revs} times a day. While it goes round once, the Earth turns beneath it, so each new track lies {shift}° of longitude further west (about {shift_km} km at 40° latitude). The dashed part is the past, the solid part the future.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;עקבה קרקעית.&lt;/b&gt; הקו הצבעוני הוא מסלול הנקודה שנמצאת ישירות מתחת ל-{name}. הקפה אחת אורכת {period} דקות, ולכן הוא מקיף את כדור הארץ {revs} פעמים ביום. בזמן שהוא מקיף פעם אחת, כדור הארץ מסתובב מתחתיו, ולכן כל עקבה חדשה נמצאת {shift}° קו אורך מערבה יותר (כ-{shift_km} ק"מ בקו רוחב 40°). החלק המקווקו הוא העבר, החלק הרציף הוא העתיד.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Footprint.&lt;/b&gt; The shaded circle around the satellite is what it can reach with the chosen setting ({setting}): everything within {reach} km of the point below it, from its height of {height} km.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;טביעת רגל.&lt;/b&gt; העיגול המוצל סביב הלוויין הוא מה שהוא יכול להגיע אליו בהגדרה שנבחרה ({setting}): כל מה שנמצא עד {reach} ק"מ מהנקודה שמתחתיו, מגובה של {height} ק"מ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sun-synchronous orbit.&lt;/b&gt; The orbit is tilted {inclination}°, just past the pole, so that Earth's bulge turns it {drift}° a day, as fast as the Earth goes round the Sun. It therefore crosses the equator northbound at the same local solar time every day, {time}, and passes over any one place at about the same local time: good light for a camera, day after day.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;מסלול סינכרוני לשמש.&lt;/b&gt; המסלול נוטה {inclination}°, מעט מעבר לקוטב, כך שהבליטה של כדור הארץ מסובבת אותו {drift}° ביום, באותו קצב שבו כדור הארץ סובב סביב השמש. לכן הוא חוצה את קו המשווה צפונה באותו זמן שמש מקומי בכל יום, {time}, ועובר מעל כל מקום בערך באותה שעה מקומית: אור טוב למצלמה, יום אחרי יום.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Revisit time.&lt;/b&gt; Over {region} the satellite came back on average every {mean} (longest wait {longest}). That is the gap between the end of one pass and the start of the next, within the analysis window.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;זמן ביקור חוזר.&lt;/b&gt; מעל {region} הלוויין חזר בממוצע כל {mean} (ההמתנה הארוכה ביותר {longest}). זהו המרווח בין סוף מעבר אחד לתחילת הבא, בתוך חלון הניתוח.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;How sure?&lt;/b&gt; {model} View ▸ Uncertainty band (Ctrl+U) draws where the satellite may be.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;עד כמה בטוח?&lt;/b&gt; {model} תצוגה ▸ רצועת אי-ודאות (Ctrl+U) מציגה היכן הלוויין עשוי להיות.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style='color:#8a3a00'&gt;&lt;b&gt;Approximate.&lt;/b&gt; These elements were built from published orbit figures, not tracked observations: the shape of the orbit and the local time of its passes are meaningful, the satellite's exact position is not.&lt;/p&gt;</source>
        <translation>&lt;p style='color:#8a3a00'&gt;&lt;b&gt;משוער.&lt;/b&gt; האלמנטים האלה נבנו מנתוני מסלול שפורסמו, לא מתצפיות מעקב: לצורת המסלול ולשעה המקומית של המעברים יש משמעות, למיקום המדויק של הלוויין אין.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LessonIo</name>
    <message>
        <source>Save lesson</source>
        <translation>שמירת שיעור</translation>
    </message>
    <message>
        <source>Overflight lesson (*{SUFFIX})</source>
        <translation>שיעור Overflight (*{SUFFIX})</translation>
    </message>
    <message>
        <source>Could not write {path}: {0}</source>
        <translation>לא ניתן היה לכתוב את {path}: {0}</translation>
    </message>
    <message>
        <source>Lesson saved to {path}.</source>
        <translation>השיעור נשמר ב-{path}.</translation>
    </message>
    <message>
        <source>Lesson saved to {path}</source>
        <translation>השיעור נשמר ב-{path}</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>פתיחת שיעור</translation>
    </message>
    <message>
        <source>Overflight lesson (*{SUFFIX});;All files (*)</source>
        <translation>שיעור Overflight (*{SUFFIX});;כל הקבצים (*)</translation>
    </message>
    <message>
        <source> (and {0} more)</source>
        <translation> (ועוד {0})</translation>
    </message>
    <message>
        <source>{name}: opened; not loaded: {problem}{more}</source>
        <translation>{name}: נפתח; לא נטען: {problem}{more}</translation>
    </message>
    <message>
        <source>{name}: lesson opened</source>
        <translation>{name}: השיעור נפתח</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>פתיחת &amp;שיעור…</translation>
    </message>
    <message>
        <source>&amp;Save lesson…</source>
        <translation>&amp;שמירת שיעור…</translation>
    </message>
</context>
<context>
    <name>LifetimeSection</name>
    <message>
        <source> kg</source>
        <translation> ק"ג</translation>
    </message>
    <message>
        <source>from B* or published</source>
        <translation>מ-B* או מהנתונים שפורסמו</translation>
    </message>
    <message>
        <source>Mass; leave at the start for a real set's B*, else the published mass</source>
        <translation>מסה; השאירו בהתחלה כדי להשתמש ב-B* של ערכה אמיתית, אחרת במסה שפורסמה</translation>
    </message>
    <message>
        <source> m²</source>
        <translation> מ"ר</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>משוער</translation>
    </message>
    <message>
        <source>Cross-section against the flow (with a mass)</source>
        <translation>שטח החתך מול הזרימה (יחד עם מסה)</translation>
    </message>
    <message>
        <source>Drag coefficient (2.2 is usual for a compact satellite)</source>
        <translation>מקדם גרר (2.2 מקובל ללוויין קומפקטי)</translation>
    </message>
    <message>
        <source>Three scenarios</source>
        <translation>שלושה תרחישים</translation>
    </message>
    <message>
        <source>Scenarios and CelesTrak space weather</source>
        <translation>תרחישים ומזג אוויר בחלל של CelesTrak</translation>
    </message>
    <message>
        <source>Add a curve under CelesTrak's observed and predicted activity: the copy fetched last, else the copy bundled with Overflight</source>
        <translation>הוספת עקומה לפי הפעילות הנצפית והחזויה של CelesTrak: העותק שהורד אחרון, אחרת העותק המצורף ל-Overflight</translation>
    </message>
    <message>
        <source>Estimate decay</source>
        <translation>הערכת דעיכה</translation>
    </message>
    <message>
        <source>Estimate the decay of the selected satellite under low, moderate and high solar activity</source>
        <translation>הערכת הדעיכה של הלוויין הנבחר בפעילות סולרית נמוכה, בינונית וגבוהה</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Stop the estimate</source>
        <translation>עצירת ההערכה</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>משך חיים</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>מסה</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>שטח</translation>
    </message>
    <message>
        <source>Drag coeff.</source>
        <translation>מקדם גרר</translation>
    </message>
    <message>
        <source>Solar activity</source>
        <translation>פעילות סולרית</translation>
    </message>
    <message>
        <source>Select a satellite first.</source>
        <translation>בחרו קודם לוויין.</translation>
    </message>
    <message>
        <source>after {0}</source>
        <translation>אחרי {0}</translation>
    </message>
    <message>
        <source>{0} ({1}); now {2:+.3f} km a day</source>
        <translation>{0} ({1}); כעת ⁦{2:+.3f}⁩ ק"מ ביום</translation>
    </message>
    <message>
        <source>This is an estimate</source>
        <translation>זוהי הערכה</translation>
    </message>
</context>
<context>
    <name>LiveClock</name>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} שע' {m:02d} דק'</translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation>{m} דק' {s:02d} שנ'</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} שנ'</translation>
    </message>
    <message>
        <source>Live: choose a satellite and where you are to see when it rises</source>
        <translation>חי: בחרו לוויין ואת המקום שלכם כדי לראות מתי הוא עולה</translation>
    </message>
    <message>
        <source>{sat} does not rise above {mask:g}° here in the next two days</source>
        <translation>{sat} לא עולה מעל {mask:g}° כאן ביומיים הקרובים</translation>
    </message>
    <message>
        <source>{sat} is up now: highest {el:.0f}° in the {dir}, sets in {left} ({time})</source>
        <translation>{sat} מעל האופק כעת: שיא {el:.0f}° בכיוון {dir}, שוקע בעוד {left} ({time})</translation>
    </message>
    <message>
        <source>{sat} rises in {left}: {time} in the {dir}, up to {el:.0f}°</source>
        <translation>{sat} עולה בעוד {left}: {time} בכיוון {dir}, עד {el:.0f}°</translation>
    </message>
    <message>
        <source>&amp;Live clock</source>
        <translation>&amp;שעון חי</translation>
    </message>
    <message>
        <source>The clock follows the wall clock; the map, the globe and the sky plot move once a second</source>
        <translation>השעון עוקב אחרי שעון הקיר; המפה, הגלובוס ומפת השמיים זזים פעם בשנייה</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Satellites</source>
        <translation>לוויינים</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>ניתוח</translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation>על מה אני מסתכל?</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>מעברים</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>זמן</translation>
    </message>
    <message>
        <source>Orbit lab</source>
        <translation>מעבדת מסלולים</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>כתבה</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>כיסוי</translation>
    </message>
    <message>
        <source>Overflight</source>
        <translation>Overflight</translation>
    </message>
    <message>
        <source>Analysis cancelled</source>
        <translation>הניתוח בוטל</translation>
    </message>
    <message>
        <source>Could not write {path}: {0}</source>
        <translation>לא ניתן היה לכתוב את {path}: {0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>&amp;Open element file…</source>
        <translation>&amp;פתיחת קובץ אלמנטים…</translation>
    </message>
    <message>
        <source>Add TLE or OMM element sets</source>
        <translation>הוספת ערכות אלמנטים TLE או OMM</translation>
    </message>
    <message>
        <source>&amp;Paste element sets</source>
        <translation>&amp;הדבקת ערכות אלמנטים</translation>
    </message>
    <message>
        <source>Add TLE or OMM text from the clipboard</source>
        <translation>הוספת טקסט TLE או OMM מהלוח</translation>
    </message>
    <message>
        <source>Export map as &amp;PNG…</source>
        <translation>ייצוא המפה כ-&amp;PNG…</translation>
    </message>
    <message>
        <source>Export map as &amp;SVG…</source>
        <translation>ייצוא המפה כ-&amp;SVG…</translation>
    </message>
    <message>
        <source>Export passes as &amp;CSV…</source>
        <translation>ייצוא המעברים כ-&amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>י&amp;ציאה</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;ניתוח</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;הרצה</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;ביטול</translation>
    </message>
    <message>
        <source>Region from &amp;GeoJSON…</source>
        <translation>אזור מ-&amp;GeoJSON…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>מצב &amp;הצגה</translation>
    </message>
    <message>
        <source>Full-screen map for a room: large type, clock and statistics on the map (Esc leaves)</source>
        <translation>מפה במסך מלא לכיתה: אותיות גדולות, שעון וסטטיסטיקה על המפה (Esc ליציאה)</translation>
    </message>
    <message>
        <source>&amp;Globe</source>
        <translation>&amp;גלובוס</translation>
    </message>
    <message>
        <source>An orthographic globe with the orbit as a ring in space (Ctrl+G again: the map)</source>
        <translation>גלובוס אורתוגרפי עם המסלול כטבעת בחלל (Ctrl+G שוב: המפה)</translation>
    </message>
    <message>
        <source>&amp;Follow the satellite</source>
        <translation>&amp;מעקב אחרי הלוויין</translation>
    </message>
    <message>
        <source>Keep the first satellite centred while time runs</source>
        <translation>שמירת הלוויין הראשון במרכז בזמן שהזמן רץ</translation>
    </message>
    <message>
        <source>&amp;Uncertainty band</source>
        <translation>רצועת &amp;אי-ודאות</translation>
    </message>
    <message>
        <source>Draw where the first satellite may be (90 % of its uncertainty model)</source>
        <translation>הצגת המקום שבו הלוויין הראשון עשוי להיות (90 % ממודל אי-הוודאות שלו)</translation>
    </message>
    <message>
        <source>&amp;All satellites</source>
        <translation>&amp;כל הלוויינים</translation>
    </message>
    <message>
        <source>Every loaded satellite as a dot at the clock's time, coloured by orbit class; hover names one, a click selects it</source>
        <translation>כל לוויין טעון כנקודה בשעת השעון, בצבע לפי סוג המסלול; ריחוף מציג את שמו, לחיצה בוחרת אותו</translation>
    </message>
    <message>
        <source>Colour-&amp;blind-safe colours</source>
        <translation>צבעים &amp;בטוחים לעיוורי צבעים</translation>
    </message>
    <message>
        <source>Okabe-Ito colours for tracks and passes (the default)</source>
        <translation>צבעי Okabe-Ito לעקבות ולמעברים (ברירת המחדל)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;איפוס הפריסה</translation>
    </message>
    <message>
        <source>Put every panel back in its place</source>
        <translation>החזרת כל חלונית למקומה</translation>
    </message>
    <message>
        <source>Whole &amp;world</source>
        <translation>כל ה&amp;עולם</translation>
    </message>
    <message>
        <source>Zoom to &amp;region</source>
        <translation>התמקדות ב&amp;אזור</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>ניגון / השהיה</translation>
    </message>
    <message>
        <source>Go to &amp;now</source>
        <translation>מעבר ל&amp;עכשיו</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;עזרה</translation>
    </message>
    <message>
        <source>&amp;What am I looking at?</source>
        <translation>&amp;על מה אני מסתכל?</translation>
    </message>
    <message>
        <source>&amp;About Overflight</source>
        <translation>&amp;אודות Overflight</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;שפה</translation>
    </message>
    <message>
        <source>Solar &amp;Hijri dates</source>
        <translation>תאריכים ב&amp;לוח ההג'רי הסולארי</translation>
    </message>
    <message>
        <source>Show dates in the Solar Hijri calendar beside UTC</source>
        <translation>הצגת תאריכים בלוח ההג'רי הסולארי לצד UTC</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Overflight will start in {language} the next time it is opened.</source>
        <translation>Overflight תיפתח ב{language} בפעם הבאה שתופעל.</translation>
    </message>
    <message>
        <source>speed {0}  ·  Space: play/pause  ·  +/-: speed  ·  arrows: step  ·  K: sky  ·  Esc: leave</source>
        <translation>מהירות {0}  ·  רווח: ניגון/השהיה  ·  +/-: מהירות  ·  חיצים: צעד  ·  K: שמיים  ·  Esc: יציאה</translation>
    </message>
    <message>
        <source>Over {region} ({settings}):</source>
        <translation>מעל {region} ({settings}):</translation>
    </message>
    <message>
        <source>{name}: {rate:.2f} passes a day, revisit mean {gap}</source>
        <translation>{name}: {rate:.2f} מעברים ביום, ביקור חוזר ממוצע {gap}</translation>
    </message>
    <message>
        <source>{name}: {rate:.2f} passes a day</source>
        <translation>{name}: {rate:.2f} מעברים ביום</translation>
    </message>
    <message>
        <source>Region: {name}</source>
        <translation>אזור: {name}</translation>
    </message>
    <message>
        <source>No country there (open sea): click on land</source>
        <translation>אין שם מדינה (ים פתוח): לחצו על יבשה</translation>
    </message>
    <message>
        <source>Region from GeoJSON</source>
        <translation>אזור מ-GeoJSON</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON (*.geojson *.json);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>אזור</translation>
    </message>
    <message>
        <source>Choose a satellite on the left and a region above, then Run.</source>
        <translation>בחרו לוויין בצד ואזור למעלה, ואז הרצה.</translation>
    </message>
    <message>
        <source>Computing passes over {name}…</source>
        <translation>מחשב מעברים מעל {name}…</translation>
    </message>
    <message>
        <source>{n} passes over {region} in {days:g} days</source>
        <translation>{n} מעברים מעל {region} ב-{days:g} ימים</translation>
    </message>
    <message>
        <source>Analysis failed: {0}</source>
        <translation>הניתוח נכשל: {0}</translation>
    </message>
    <message>
        <source>{file}: {0} element sets read, {1} new or newer</source>
        <translation>{file}: נקראו {0} ערכות אלמנטים, {1} חדשות או עדכניות יותר</translation>
    </message>
    <message>
        <source>; {0} records skipped (first: {1})</source>
        <translation>; {0} רשומות דולגו (הראשונה: {1})</translation>
    </message>
    <message>
        <source>Open element sets</source>
        <translation>פתיחת ערכות אלמנטים</translation>
    </message>
    <message>
        <source>Element sets (*.tle *.txt *.3le *.json *.csv);;All files (*)</source>
        <translation>ערכות אלמנטים (*.tle *.txt *.3le *.json *.csv);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Element sets</source>
        <translation>ערכות אלמנטים</translation>
    </message>
    <message>
        <source>Paste element sets</source>
        <translation>הדבקת ערכות אלמנטים</translation>
    </message>
    <message>
        <source>The clipboard holds {0:.0f} million characters: too much for element sets (limit {1:.0f} MB)</source>
        <translation>בלוח יש {0:.0f} מיליון תווים: יותר מדי לערכות אלמנטים (המגבלה {1:.0f} MB)</translation>
    </message>
    <message>
        <source>The clipboard holds no TLE or OMM element sets</source>
        <translation>אין בלוח ערכות אלמנטים TLE או OMM</translation>
    </message>
    <message>
        <source>{0} element sets pasted, {1} skipped</source>
        <translation>הודבקו {0} ערכות אלמנטים, {1} דולגו</translation>
    </message>
    <message>
        <source>{0} element sets pasted</source>
        <translation>הודבקו {0} ערכות אלמנטים</translation>
    </message>
    <message>
        <source>Export map as PNG</source>
        <translation>ייצוא המפה כ-PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>תמונת PNG (*.png)</translation>
    </message>
    <message>
        <source>Map saved to {path}</source>
        <translation>המפה נשמרה ב-{path}</translation>
    </message>
    <message>
        <source>Export map as SVG</source>
        <translation>ייצוא המפה כ-SVG</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>ציור SVG (*.svg)</translation>
    </message>
    <message>
        <source>Overflight map</source>
        <translation>מפת Overflight</translation>
    </message>
    <message>
        <source>Export passes</source>
        <translation>ייצוא מעברים</translation>
    </message>
    <message>
        <source>Run an analysis first.</source>
        <translation>הריצו קודם ניתוח.</translation>
    </message>
    <message>
        <source>Export passes as CSV</source>
        <translation>ייצוא המעברים כ-CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{0} passes saved to {path}</source>
        <translation>{0} מעברים נשמרו ב-{path}</translation>
    </message>
    <message>
        <source>About Overflight</source>
        <translation>אודות Overflight</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overflight&lt;/b&gt;: satellite ground tracks, revisit analysis and news context.&lt;br&gt;Orbits: SGP4 (sgp4, skyfield). Sun: JPL DE421. Map: Natural Earth (public domain).&lt;br&gt;Element sets marked APPROXIMATE are built from published orbit figures.</source>
        <translation>&lt;b&gt;Overflight&lt;/b&gt;: עקבות קרקעיות של לוויינים, ניתוח ביקור חוזר והקשר לחדשות.&lt;br&gt;מסלולים: SGP4 (sgp4, skyfield). שמש: JPL DE421. מפה: Natural Earth (נחלת הכלל).&lt;br&gt;ערכות אלמנטים שמסומנות APPROXIMATE נבנו מנתוני מסלול שפורסמו.</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>מעל האזור</translation>
    </message>
    <message>
        <source>&amp;Overhead: who passes over the region</source>
        <translation>מעל האזור: מי &amp;עובר מעליו</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Observer</source>
        <translation>צופה</translation>
    </message>
    <message>
        <source>Set observer here ({lat:.2f}, {lon:.2f})</source>
        <translation>הצבת הצופה כאן (⁦{lat:.2f}, {lon:.2f}⁩)</translation>
    </message>
    <message>
        <source>elements {0:.0f} d old</source>
        <translation>אלמנטים בני {0:.0f} ימים</translation>
    </message>
    <message>
        <source>elements {0:.0f} d ahead</source>
        <translation>אלמנטים {0:.0f} ימים קדימה</translation>
    </message>
    <message>
        <source>in a pass over {0}</source>
        <translation>במעבר מעל {0}</translation>
    </message>
    <message>
        <source>Map: Natural Earth (public domain). Made with Overflight.</source>
        <translation>מפה: Natural Earth (נחלת הכלל). נוצר עם Overflight.</translation>
    </message>
</context>
<context>
    <name>ObserverBox</name>
    <message>
        <source>Type a city…</source>
        <translation>הקלידו עיר…</translation>
    </message>
    <message>
        <source>Type a city's name (in any language the gazetteer knows) and pick it</source>
        <translation>הקלידו שם של עיר (בכל שפה שהמילון הגאוגרפי מכיר) ובחרו בה</translation>
    </message>
    <message>
        <source>Latitude and longitude in degrees, then Enter: 51.48, -0.01 or 51.48N 0.01W</source>
        <translation>קו רוחב וקו אורך במעלות, ואז Enter: ⁦51.48, -0.01⁩ או ⁦51.48N 0.01W⁩</translation>
    </message>
    <message>
        <source>or lat, lon: 51.48, -0.01</source>
        <translation>או רוחב, אורך: ⁦51.48, -0.01⁩</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>צופה</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>איפה</translation>
    </message>
    <message>
        <source>No city called “{name}” in the gazetteer: try its English name, or type coordinates</source>
        <translation>אין עיר בשם “{name}” במילון הגאוגרפי: נסו את שמה באנגלית, או הקלידו קואורדינטות</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>עדיין לא נבחר</translation>
    </message>
</context>
<context>
    <name>OrbitClasses</name>
    <message>
        <source>low Earth orbit</source>
        <translation>מסלול נמוך</translation>
    </message>
    <message>
        <source>sun-synchronous (low)</source>
        <translation>סינכרוני לשמש (נמוך)</translation>
    </message>
    <message>
        <source>medium Earth orbit</source>
        <translation>מסלול בינוני</translation>
    </message>
    <message>
        <source>geostationary / geosynchronous</source>
        <translation>גאוסטציונרי / גאוסינכרוני</translation>
    </message>
    <message>
        <source>highly elliptical</source>
        <translation>אליפטי מאוד</translation>
    </message>
</context>
<context>
    <name>OrbitLab</name>
    <message>
        <source>Your kept designs</source>
        <translation>התכנונים ששמרתם</translation>
    </message>
    <message>
        <source>New</source>
        <translation>חדש</translation>
    </message>
    <message>
        <source>Start a new design from the current settings</source>
        <translation>התחלת תכנון חדש מההגדרות הנוכחיות</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <source>Delete this design</source>
        <translation>מחיקת התכנון הזה</translation>
    </message>
    <message>
        <source>Start from a preset…</source>
        <translation>התחלה מתבנית…</translation>
    </message>
    <message>
        <source>Load a classic orbit into the lab</source>
        <translation>טעינת מסלול קלאסי למעבדה</translation>
    </message>
    <message>
        <source>From selected satellite</source>
        <translation>מהלוויין הנבחר</translation>
    </message>
    <message>
        <source>Copy the mean elements of the satellite selected in the list into the lab</source>
        <translation>העתקת האלמנטים הממוצעים של הלוויין שנבחר ברשימה אל המעבדה</translation>
    </message>
    <message>
        <source>Name of the designed satellite</source>
        <translation>שם הלוויין המתוכנן</translation>
    </message>
    <message>
        <source>Circular, height</source>
        <translation>מעגלי, גובה</translation>
    </message>
    <message>
        <source>Perigee and apogee</source>
        <translation>פריגאה ואפוגאה</translation>
    </message>
    <message>
        <source>Repeat ground track (R orbits in D days)</source>
        <translation>עקבה קרקעית חוזרת (R הקפות ב-D ימים)</translation>
    </message>
    <message>
        <source>How the size of the orbit is given</source>
        <translation>כיצד נקבע גודל המסלול</translation>
    </message>
    <message>
        <source>Height above the equator (circular orbit); type larger values in the box</source>
        <translation>גובה מעל קו המשווה (מסלול מעגלי); ערכים גדולים יותר הקלידו בתיבה</translation>
    </message>
    <message>
        <source> km</source>
        <translation> ק"מ</translation>
    </message>
    <message>
        <source>Lowest point of the orbit above the equator</source>
        <translation>הנקודה הנמוכה ביותר של המסלול מעל קו המשווה</translation>
    </message>
    <message>
        <source>Highest point of the orbit above the equator</source>
        <translation>הנקודה הגבוהה ביותר של המסלול מעל קו המשווה</translation>
    </message>
    <message>
        <source>R: orbits in one repeat cycle</source>
        <translation>R: הקפות במחזור חזרה אחד</translation>
    </message>
    <message>
        <source> orbits</source>
        <translation> הקפות</translation>
    </message>
    <message>
        <source>D: days in one repeat cycle</source>
        <translation>D: ימים במחזור חזרה אחד</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ימים</translation>
    </message>
    <message>
        <source>Repeat cycles near the current height (sun-synchronous when ticked)</source>
        <translation>מחזורי חזרה קרובים לגובה הנוכחי (סינכרוניים לשמש כשמסומן)</translation>
    </message>
    <message>
        <source>Eccentricity: 0 is a circle; with a height, perigee and apogee follow from it</source>
        <translation>אקסצנטריות: 0 הוא מעגל; עם גובה, הפריגאה והאפוגאה נגזרות ממנה</translation>
    </message>
    <message>
        <source>Sun-synchronous</source>
        <translation>סינכרוני לשמש</translation>
    </message>
    <message>
        <source>Inclination computed so the Earth's bulge turns the orbit once a year: same local time every day</source>
        <translation>נטייה שמחושבת כך שהבליטה של כדור הארץ מסובבת את המסלול פעם בשנה: אותה שעה מקומית בכל יום</translation>
    </message>
    <message>
        <source>Inclination: the tilt of the orbit to the equator</source>
        <translation>נטייה: זווית המסלול ביחס לקו המשווה</translation>
    </message>
    <message>
        <source>Local time of the ascending node</source>
        <translation>שעה מקומית של הצומת העולה</translation>
    </message>
    <message>
        <source>Local time of the descending node</source>
        <translation>שעה מקומית של הצומת היורד</translation>
    </message>
    <message>
        <source>Right ascension of the node</source>
        <translation>עלייה ישרה של הצומת</translation>
    </message>
    <message>
        <source>Where the orbit crosses the equator northbound</source>
        <translation>המקום שבו המסלול חוצה את קו המשווה צפונה</translation>
    </message>
    <message>
        <source> h</source>
        <translation> שעות</translation>
    </message>
    <message>
        <source>Local mean solar time at the node (hours)</source>
        <translation>זמן שמש ממוצע מקומי בצומת (שעות)</translation>
    </message>
    <message>
        <source>Right ascension of the ascending node</source>
        <translation>עלייה ישרה של הצומת העולה</translation>
    </message>
    <message>
        <source>Argument of perigee: where on the orbit the perigee lies (matters when eccentric)</source>
        <translation>ארגומנט הפריגאה: היכן במסלול נמצאת הפריגאה (חשוב כשהמסלול אקסצנטרי)</translation>
    </message>
    <message>
        <source>Mean anomaly</source>
        <translation>אנומליה ממוצעת</translation>
    </message>
    <message>
        <source>Over a place at the clock's time (ascending)</source>
        <translation>מעל מקום בשעת השעון (עולה)</translation>
    </message>
    <message>
        <source>Over a place at the clock's time (descending)</source>
        <translation>מעל מקום בשעת השעון (יורד)</translation>
    </message>
    <message>
        <source>Where the satellite is on its orbit at the epoch</source>
        <translation>היכן במסלולו נמצא הלוויין במועד הייחוס</translation>
    </message>
    <message>
        <source>Mean anomaly at the epoch</source>
        <translation>אנומליה ממוצעת במועד הייחוס</translation>
    </message>
    <message>
        <source>° N</source>
        <translation>° צפון</translation>
    </message>
    <message>
        <source>Latitude of the place (negative: south)</source>
        <translation>קו הרוחב של המקום (שלילי: דרום)</translation>
    </message>
    <message>
        <source>° E</source>
        <translation>° מזרח</translation>
    </message>
    <message>
        <source>Longitude of the place (negative: west)</source>
        <translation>קו האורך של המקום (שלילי: מערב)</translation>
    </message>
    <message>
        <source>Export TLE…</source>
        <translation>ייצוא TLE…</translation>
    </message>
    <message>
        <source>Export OMM…</source>
        <translation>ייצוא OMM…</translation>
    </message>
    <message>
        <source>Save the elements as a TLE file (the DESIGNED mark travels with it)</source>
        <translation>שמירת האלמנטים כקובץ TLE (הסימון DESIGNED עובר איתם)</translation>
    </message>
    <message>
        <source>Save the elements as OMM JSON</source>
        <translation>שמירת האלמנטים כ-OMM JSON</translation>
    </message>
    <message>
        <source>Orbit</source>
        <translation>מסלול</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>גודל</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>גובה</translation>
    </message>
    <message>
        <source>to</source>
        <translation>עד</translation>
    </message>
    <message>
        <source>Perigee / apogee</source>
        <translation>פריגאה / אפוגאה</translation>
    </message>
    <message>
        <source>in</source>
        <translation>ב-</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>חזרה</translation>
    </message>
    <message>
        <source>Eccentricity</source>
        <translation>אקסצנטריות</translation>
    </message>
    <message>
        <source>Inclination</source>
        <translation>נטייה</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>צומת</translation>
    </message>
    <message>
        <source>Node time</source>
        <translation>שעת הצומת</translation>
    </message>
    <message>
        <source>Node RA</source>
        <translation>עלייה ישרה של הצומת</translation>
    </message>
    <message>
        <source>Arg. of perigee</source>
        <translation>ארגומנט הפריגאה</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>מופע</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>מקום</translation>
    </message>
    <message>
        <source>What this orbit does</source>
        <translation>מה המסלול הזה עושה</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a preset or move a slider.&lt;/i&gt;</source>
        <translation>&lt;i&gt;בחרו תבנית או הזיזו מחוון.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Pick a repeat cycle near this height…</source>
        <translation>בחרו מחזור חזרה קרוב לגובה הזה…</translation>
    </message>
    <message>
        <source>{revs}/{days}: {height_km:.0f} km, tracks {spacing_km:.0f} km apart</source>
        <translation>{revs}/{days}: {height_km:.0f} ק"מ, עקבות במרחק {spacing_km:.0f} ק"מ זו מזו</translation>
    </message>
    <message>
        <source>(no designs kept yet)</source>
        <translation>(עדיין לא נשמרו תכנונים)</translation>
    </message>
    <message>
        <source>Select a catalogue satellite in the Satellites list first.</source>
        <translation>בחרו קודם לוויין מהקטלוג ברשימת הלוויינים.</translation>
    </message>
    <message>
        <source>Could not keep the design: {0}</source>
        <translation>לא ניתן היה לשמור את התכנון: {0}</translation>
    </message>
    <message>
        <source>Export design</source>
        <translation>ייצוא תכנון</translation>
    </message>
    <message>
        <source>{name} saved to {path}</source>
        <translation>{name} נשמר ב-{path}</translation>
    </message>
    <message>
        <source>Open the Orbit &amp;lab</source>
        <translation>פתיחת &amp;מעבדת המסלולים</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <source>Print handout</source>
        <translation>הדפסת דף הסבר</translation>
    </message>
    <message>
        <source>PDF, A4 (*.pdf);;PDF, US Letter (*.pdf)</source>
        <translation>PDF, A4 (*.pdf);;PDF, US Letter (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write {path}: {0}</source>
        <translation>לא ניתן היה לכתוב את {path}: {0}</translation>
    </message>
    <message>
        <source>Handout ({pages} pages) saved to {path}</source>
        <translation>דף ההסבר ({pages} עמודים) נשמר ב-{path}</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>הנפשה</translation>
    </message>
    <message>
        <source>Slide size</source>
        <translation>גודל שקופית</translation>
    </message>
    <message>
        <source>Save animation</source>
        <translation>שמירת הנפשה</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>הנפשת GIF (*.gif)</translation>
    </message>
    <message>
        <source>Painting {0} frames…</source>
        <translation>מצייר {0} תמונות…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Animation cancelled</source>
        <translation>ההנפשה בוטלה</translation>
    </message>
    <message>
        <source>{0} frames saved to {path}</source>
        <translation>{0} תמונות נשמרו ב-{path}</translation>
    </message>
    <message>
        <source>&amp;Print handout (PDF)…</source>
        <translation>&amp;הדפסת דף הסבר (PDF)…</translation>
    </message>
    <message>
        <source>Make an a&amp;nimation (GIF)…</source>
        <translation>יצירת &amp;הנפשה (GIF)…</translation>
    </message>
</context>
<context>
    <name>OverheadModel</name>
    <message>
        <source>Satellite</source>
        <translation>לוויין</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>בעלים</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>התחלה (UTC)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>משך</translation>
    </message>
    <message>
        <source>Max elev.</source>
        <translation>הגבהה מרבית</translation>
    </message>
    <message>
        <source>Off-nadir</source>
        <translation>סטייה מהנדיר</translation>
    </message>
    <message>
        <source>{0} (under way)</source>
        <translation>{0} (מתרחש כעת)</translation>
    </message>
    <message>
        <source>≥ {0}</source>
        <translation>≥ {0}</translation>
    </message>
    <message>
        <source>NORAD {0}: click to select it and set the clock to the pass's start</source>
        <translation>NORAD {0}: לחצו כדי לבחור בו ולכוון את השעון לתחילת המעבר</translation>
    </message>
</context>
<context>
    <name>OverheadPanel</name>
    <message>
        <source> h</source>
        <translation> שעות</translation>
    </message>
    <message>
        <source>How far ahead of the clock to look (up to a week)</source>
        <translation>כמה זמן קדימה משעת השעון לחפש (עד שבוע)</translation>
    </message>
    <message>
        <source>Find passes</source>
        <translation>חיפוש מעברים</translation>
    </message>
    <message>
        <source>Passes of every satellite of the layer over the analysis region, with the Analysis panel's criterion</source>
        <translation>מעברים של כל לוויין בשכבה מעל אזור הניתוח, לפי הקריטריון של חלונית הניתוח</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Stop the search; the last list stays</source>
        <translation>עצירת החיפוש; הרשימה האחרונה נשארת</translation>
    </message>
    <message>
        <source>Choose a region (a point, a circle or a country), then Find passes.</source>
        <translation>בחרו אזור (נקודה, עיגול או מדינה), ואז חיפוש מעברים.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>הבא</translation>
    </message>
    <message>
        <source>Choose a region first: a point, a circle or a country (Analysis panel).</source>
        <translation>בחרו קודם אזור: נקודה, עיגול או מדינה (חלונית הניתוח).</translation>
    </message>
    <message>
        <source>No satellites loaded.</source>
        <translation>לא נטענו לוויינים.</translation>
    </message>
    <message>
        <source>{0} satellites for {1} h need about {2} GB (budget {3} GB): look fewer hours ahead</source>
        <translation>{0} לוויינים למשך {1} שעות דורשים כ-{2} GB (התקציב {3} GB): חפשו פחות שעות קדימה</translation>
    </message>
    <message>
        <source>Searching {0} satellites over {1}…</source>
        <translation>מחפש {0} לוויינים מעל {1}…</translation>
    </message>
    <message>
        <source>{0} passes of {1} satellites over {2} ({3}), in time order.</source>
        <translation>{0} מעברים של {1} לוויינים מעל {2} ({3}), לפי סדר הזמן.</translation>
    </message>
    <message>
        <source>{0} of them by APPROXIMATE or DESIGNED element sets.</source>
        <translation>{0} מהם לפי ערכות אלמנטים מסוג APPROXIMATE או DESIGNED.</translation>
    </message>
    <message>
        <source>Cancelled; the last list stays.</source>
        <translation>בוטל; הרשימה האחרונה נשארת.</translation>
    </message>
</context>
<context>
    <name>PassTableModel</name>
    <message>
        <source>Satellite</source>
        <translation>לוויין</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>התחלה (UTC)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>משך</translation>
    </message>
    <message>
        <source>Closest (UTC)</source>
        <translation>הכי קרוב (UTC)</translation>
    </message>
    <message>
        <source>Off-nadir</source>
        <translation>סטייה מהנדיר</translation>
    </message>
    <message>
        <source>Max elev.</source>
        <translation>הגבהה מרבית</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>שמש</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>שעה מקומית</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>כיוון</translation>
    </message>
    <message>
        <source>Start window (share)</source>
        <translation>חלון התחלה (חלק)</translation>
    </message>
    <message>
        <source>Where the pass may start, 5-95 % of the sampled element sets, and how many of them have it</source>
        <translation>היכן המעבר עשוי להתחיל, 5-95 % מערכות האלמנטים שנדגמו, וכמה מהן כוללות אותו</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>עולה</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>יורד</translation>
    </message>
    <message>
        <source>Sun elevation at the nearest point of the region, at closest approach</source>
        <translation>זווית ההגבהה של השמש בנקודה הקרובה ביותר של האזור, ברגע הגישה הקרובה ביותר</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>ISS-like (420 km, 51.6 deg)</source>
        <translation>כמו תחנת החלל (420 ק"מ, 51.6°)</translation>
    </message>
    <message>
        <source>Sun-synchronous 705 km, 10:00 descending</source>
        <translation>סינכרוני לשמש 705 ק"מ, 10:00 צומת יורד</translation>
    </message>
    <message>
        <source>10-day repeat (about 790 km)</source>
        <translation>חזרה כל 10 ימים (כ-790 ק"מ)</translation>
    </message>
    <message>
        <source>Geostationary (over 0 deg)</source>
        <translation>גאוסטציונרי (מעל 0°)</translation>
    </message>
    <message>
        <source>Molniya (63.4 deg, 12 h)</source>
        <translation>מולניה (63.4°, 12 שעות)</translation>
    </message>
    <message>
        <source>Khayyam as published</source>
        <translation>כיאם, לפי הנתונים שפורסמו</translation>
    </message>
</context>
<context>
    <name>Readouts</name>
    <message>
        <source>Period</source>
        <translation>זמן מחזור</translation>
    </message>
    <message>
        <source>Revolutions a day</source>
        <translation>הקפות ביום</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>גובה</translation>
    </message>
    <message>
        <source>Inclination</source>
        <translation>נטייה</translation>
    </message>
    <message>
        <source>Node drift</source>
        <translation>נדידת הצומת</translation>
    </message>
    <message>
        <source>Node local time</source>
        <translation>שעה מקומית של הצומת</translation>
    </message>
    <message>
        <source>Track shift</source>
        <translation>הזזת העקבה</translation>
    </message>
    <message>
        <source>Repeat cycle</source>
        <translation>מחזור חזרה</translation>
    </message>
    <message>
        <source>Ground speed</source>
        <translation>מהירות קרקעית</translation>
    </message>
    <message>
        <source>Footprint radius</source>
        <translation>רדיוס טביעת הרגל</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} דק'</translation>
    </message>
    <message>
        <source>{0} km</source>
        <translation>{0} ק"מ</translation>
    </message>
    <message>
        <source>{0} to {1} km</source>
        <translation>{0} עד {1} ק"מ</translation>
    </message>
    <message>
        <source>{0}° a day</source>
        <translation>{0}° ביום</translation>
    </message>
    <message>
        <source>{0} ascending, {1} descending (sun-synchronous)</source>
        <translation>{0} עולה, {1} יורד (סינכרוני לשמש)</translation>
    </message>
    <message>
        <source>drifts (not sun-synchronous)</source>
        <translation>נודד (לא סינכרוני לשמש)</translation>
    </message>
    <message>
        <source>{0}° west per orbit ({1} km at the equator)</source>
        <translation>{0}° מערבה בכל הקפה ({1} ק"מ בקו המשווה)</translation>
    </message>
    <message>
        <source>{0} orbits in {1} days</source>
        <translation>{0} הקפות ב-{1} ימים</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>לא נבחר</translation>
    </message>
    <message>
        <source>{0} km/s at the mean height</source>
        <translation>{0} ק"מ/שנ' בגובה הממוצע</translation>
    </message>
    <message>
        <source>{0} km ({1})</source>
        <translation>{0} ק"מ ({1})</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>&lt;i&gt;Choose a satellite and a region, then press Run.&lt;/i&gt;</source>
        <translation>&lt;i&gt;בחרו לוויין ואזור, ואז לחצו הרצה.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <comment>a satellite's name and its owner</comment>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>revisit mean {mean}, median {median}, longest {longest}</source>
        <translation>ביקור חוזר ממוצע {mean}, חציון {median}, הארוך ביותר {longest}</translation>
    </message>
    <message>
        <source>no gap to measure</source>
        <translation>אין מרווח למדידה</translation>
    </message>
    <message>
        <source>no pass in {days:g} days</source>
        <translation>אין מעבר ב-{days:g} ימים</translation>
    </message>
    <message>
        <source> (nominal {rate:.2f}, 5-95 % of 32 sets)</source>
        <translation> (נומינלי {rate:.2f}, 5-95 % מתוך 32 ערכות)</translation>
    </message>
    <message>
        <source> (mean gap {low}–{high})</source>
        <translation> (מרווח ממוצע {low}–{high})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: &lt;span style='font-size:large'&gt;&lt;b&gt;{rate}&lt;/b&gt;&lt;/span&gt; passes a day{nominal} ({count} in all), {in_view} in view; {gap}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: &lt;span style='font-size:large'&gt;&lt;b&gt;{rate}&lt;/b&gt;&lt;/span&gt; מעברים ביום{nominal} ({count} בסך הכול), {in_view} בטווח ראייה; {gap}</translation>
    </message>
    <message>
        <source>&lt;b&gt;All together&lt;/b&gt;: {rate:.2f} a day, revisit mean {mean}, longest {longest}</source>
        <translation>&lt;b&gt;כולם יחד&lt;/b&gt;: {rate:.2f} ביום, ביקור חוזר ממוצע {mean}, הארוך ביותר {longest}</translation>
    </message>
    <message>
        <source>Local solar time of passes: {0}</source>
        <translation>זמן שמש מקומי של המעברים: {0}</translation>
    </message>
    <message>
        <source>Designed orbits: {0} (made in the Orbit lab).</source>
        <translation>מסלולים מתוכננים: {0} (נוצרו במעבדת המסלולים).</translation>
    </message>
    <message>
        <source>Approximate elements for {0}: counts and local times are indicative, exact times are not.</source>
        <translation>אלמנטים משוערים עבור {0}: מספרי המעברים והשעות המקומיות הם אינדיקציה, הזמנים המדויקים לא.</translation>
    </message>
    <message>
        <source>owner unknown</source>
        <translation>בעלים לא ידועים</translation>
    </message>
    <message>
        <source>owner {0}</source>
        <translation>בעלים: {0}</translation>
    </message>
</context>
<context>
    <name>Satellite</name>
    <message>
        <source>{name} (approximate)</source>
        <translation>{name} (משוער)</translation>
    </message>
    <message>
        <source>{name} (designed)</source>
        <translation>{name} (מתוכנן)</translation>
    </message>
</context>
<context>
    <name>SatelliteMetadata</name>
    <message>
        <source>Orbit class</source>
        <translation>סוג מסלול</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>מטא-נתונים</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>בעלים</translation>
    </message>
    <message>
        <source>COSPAR ID</source>
        <translation>מזהה COSPAR</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>שוגר</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>סוג עצם</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Radar size</source>
        <translation>גודל מכ"מי</translation>
    </message>
</context>
<context>
    <name>SatelliteModel</name>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>NORAD</source>
        <translation>NORAD</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>בעלים</translation>
    </message>
    <message>
        <source>Orbit</source>
        <translation>מסלול</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>גיל</translation>
    </message>
    <message>
        <source>{0} · DECAYED</source>
        <translation>{0} · נכנס לאטמוספרה</translation>
    </message>
    <message>
        <source>{0}
elements {1} ({2:.0f} days old)
source: {3}</source>
        <translation>{0}
אלמנטים {1} (בני {2:.0f} ימים)
מקור: {3}</translation>
    </message>
    <message>
        <source>orbit: {0} ({1})</source>
        <translation>מסלול: {0} ({1})</translation>
    </message>
    <message>
        <source>owner: {0}</source>
        <translation>בעלים: {0}</translation>
    </message>
    <message>
        <source>decayed (re-entered) {0}</source>
        <translation>נכנס לאטמוספרה (כניסה חוזרת) {0}</translation>
    </message>
    <message>
        <source>older than two weeks: positions drift</source>
        <translation>ישנים משבועיים: המיקומים נסחפים</translation>
    </message>
</context>
<context>
    <name>SatellitePanel</name>
    <message>
        <source>Search satellites (name or number)…</source>
        <translation>חיפוש לוויינים (שם או מספר)…</translation>
    </message>
    <message>
        <source>Type part of a name or a catalogue number to filter the list</source>
        <translation>הקלידו חלק משם או מספר קטלוג כדי לסנן את הרשימה</translation>
    </message>
    <message>
        <source>Only the satellites of one country or organisation (SATCAT owner)</source>
        <translation>רק הלוויינים של מדינה או ארגון אחד (הבעלים לפי SATCAT)</translation>
    </message>
    <message>
        <source>All orbits</source>
        <translation>כל המסלולים</translation>
    </message>
    <message>
        <source>LEO includes the sun-synchronous (SSO) orbits</source>
        <translation>LEO כולל את המסלולים הסינכרוניים לשמש (SSO)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>כל הסוגים</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>מטענים</translation>
    </message>
    <message>
        <source>Rocket bodies</source>
        <translation>גופי משגרים</translation>
    </message>
    <message>
        <source>Debris</source>
        <translation>פסולת חלל</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>סוג לא ידוע</translation>
    </message>
    <message>
        <source>Object type from the satellite catalogue (SATCAT)</source>
        <translation>סוג העצם לפי קטלוג הלוויינים (SATCAT)</translation>
    </message>
    <message>
        <source>Members of a CelesTrak group fetched with Refresh (e.g. weather, stations)</source>
        <translation>חברי קבוצה של CelesTrak שהורדו ברענון (למשל מזג אוויר, תחנות)</translation>
    </message>
    <message>
        <source>Select one satellite, or several with Ctrl/Shift, to compare them</source>
        <translation>בחרו לוויין אחד, או כמה עם Ctrl/Shift, כדי להשוות ביניהם</translation>
    </message>
    <message>
        <source>Open elements…</source>
        <translation>פתיחת אלמנטים…</translation>
    </message>
    <message>
        <source>Add element sets from a TLE or OMM file (Ctrl+O)</source>
        <translation>הוספת ערכות אלמנטים מקובץ TLE או OMM (Ctrl+O)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>הדבקה</translation>
    </message>
    <message>
        <source>Add TLE or OMM text from the clipboard</source>
        <translation>הוספת טקסט TLE או OMM מהלוח</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>כל הבעלים</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>כל הקבוצות</translation>
    </message>
    <message>
        <source>Group: {0}</source>
        <translation>קבוצה: {0}</translation>
    </message>
    <message>
        <source>{0} of {1} satellites</source>
        <translation>{0} מתוך {1} לוויינים</translation>
    </message>
    <message>
        <source>{0} satellites</source>
        <translation>{0} לוויינים</translation>
    </message>
    <message>
        <source>group not applied: {0}</source>
        <translation>הקבוצה לא הוחלה: {0}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a satellite.&lt;/i&gt;</source>
        <translation>&lt;i&gt;בחרו לוויין.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Decayed</source>
        <translation>נכנס לאטמוספרה</translation>
    </message>
    <message>
        <source>the SATCAT says this object re-entered the atmosphere on {0}; its elements describe an orbit it no longer flies.</source>
        <translation>לפי SATCAT העצם הזה נכנס חזרה לאטמוספרה ב-{0}; האלמנטים שלו מתארים מסלול שהוא כבר לא טס בו.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approximate elements&lt;/b&gt;: {0}. Where the satellite is along its orbit is not known.</source>
        <translation>&lt;b&gt;אלמנטים משוערים&lt;/b&gt;: {0}. מיקום הלוויין לאורך מסלולו אינו ידוע.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Designed orbit&lt;/b&gt;: {0}. Made in the Orbit lab: no real satellite flies it.</source>
        <translation>&lt;b&gt;מסלול מתוכנן&lt;/b&gt;: {0}. נוצר במעבדת המסלולים: אף לוויין אמיתי אינו טס בו.</translation>
    </message>
    <message>
        <source>These elements are {0:.0f} days old: use File ▸ Refresh elements (F5) when online.</source>
        <translation>האלמנטים האלה בני {0:.0f} ימים: השתמשו ב'קובץ ▸ רענון אלמנטים' (F5) כשאתם מחוברים.</translation>
    </message>
    <message>
        <source>predictions {0:.0f} days from the element epoch: positions along the track may be off by many kilometres (timing by minutes); revisit statistics stay indicative</source>
        <translation>התחזיות רחוקות {0:.0f} ימים ממועד הייחוס של האלמנטים: המיקומים לאורך העקבה עשויים לסטות בקילומטרים רבים (התזמון בדקות); סטטיסטיקת הביקור החוזר נשארת אינדיקציה</translation>
    </message>
    <message>
        <source>{0:.1f} days old</source>
        <translation>בני {0:.1f} ימים</translation>
    </message>
    <message>
        <source>{0:.1f} days in the future</source>
        <translation>{0:.1f} ימים בעתיד</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>אלמנטים</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>מועד ייחוס</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>זמן מחזור</translation>
    </message>
    <message>
        <source>{0:.2f} min ({1:.3f} revolutions per day)</source>
        <translation>{0:.2f} דק' ({1:.3f} הקפות ביום)</translation>
    </message>
    <message>
        <source>Perigee / apogee</source>
        <translation>פריגאה / אפוגאה</translation>
    </message>
    <message>
        <source>{0:.1f} km / {1:.1f} km above the equator</source>
        <translation>{0:.1f} ק"מ / {1:.1f} ק"מ מעל קו המשווה</translation>
    </message>
    <message>
        <source>Inclination</source>
        <translation>נטייה</translation>
    </message>
    <message>
        <source>Eccentricity</source>
        <translation>אקסצנטריות</translation>
    </message>
    <message>
        <source>Node drift</source>
        <translation>נדידת הצומת</translation>
    </message>
    <message>
        <source>{0:+.3f}° a day</source>
        <translation>{0:+.3f}° ביום</translation>
    </message>
    <message>
        <source>Sun-synchronous</source>
        <translation>סינכרוני לשמש</translation>
    </message>
    <message>
        <source>yes, ascending node at {0} local mean solar time</source>
        <translation>כן, צומת עולה ב-{0} זמן שמש ממוצע מקומי</translation>
    </message>
    <message>
        <source>no</source>
        <translation>לא</translation>
    </message>
    <message>
        <source>Track shift</source>
        <translation>הזזת העקבה</translation>
    </message>
    <message>
        <source>{0:.2f}° west per orbit</source>
        <translation>{0:.2f}° מערבה בכל הקפה</translation>
    </message>
</context>
<context>
    <name>SensorTable</name>
    <message>
        <source>Satellite</source>
        <translation>לוויין</translation>
    </message>
    <message>
        <source>Own swath</source>
        <translation>רוחב רצועה משלו</translation>
    </message>
    <message>
        <source>A satellite's own sensor: its full swath width on the ground (Landsat 185 km, Sentinel-2 290 km). Without one it uses the Analysis panel's criterion.</source>
        <translation>החיישן של הלוויין עצמו: רוחב הרצועה המלא על הקרקע (Landsat ‏185 ק"מ, Sentinel-2 ‏290 ק"מ). בלעדיו משמש הקריטריון של לוח הניתוח.</translation>
    </message>
    <message>
        <source> km</source>
        <translation> ק"מ</translation>
    </message>
    <message>
        <source>the panel's</source>
        <translation>של הלוח</translation>
    </message>
    <message>
        <source>%1: its sensor's full swath width on the ground; 0 uses the Analysis panel's criterion</source>
        <translation>%1: רוחב הרצועה המלא של החיישן שלו על הקרקע; 0 משתמש בקריטריון של לוח הניתוח</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>no cached CelesTrak group '{0}'</source>
        <translation>אין במטמון קבוצת CelesTrak בשם '{0}'</translation>
    </message>
</context>
<context>
    <name>SkyHandout</name>
    <message>
        <source>Where to look: satellites you can see from {place}</source>
        <translation>לאן להסתכל: לוויינים שאפשר לראות מ{place}</translation>
    </message>
    <message>
        <source>{start} to {end}. A pass is listed while the satellite is sunlit, at least {mask:g}° up, and the Sun is below {sun:g}° here.</source>
        <translation>{start} עד {end}. מעבר מופיע ברשימה כל עוד הלוויין מואר בשמש, בגובה {mask:g}° לפחות, והשמש כאן מתחת לגובה ⁦{sun:g}°⁩.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>סיום</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>שיא</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>מאיפה לאן</translation>
    </message>
    <message>
        <source>Mag. (est.)</source>
        <translation>מגניטודה (הערכה)</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>לוויין</translation>
    </message>
    <message>
        <source>… and {n} more passes (the Tonight panel lists them all).</source>
        <translation>… ועוד {n} מעברים (חלונית הלילה מציגה את כולם).</translation>
    </message>
    <message>
        <source>No visible pass in this week.</source>
        <translation>אין מעבר נראה השבוע.</translation>
    </message>
    <message>
        <source>Charts: the sky as seen looking up, north at the top, east on the LEFT; the centre is overhead, the rim the horizon. Solid: sunlit; dashed: in Earth's shadow (invisible). Brightness is an estimate (smaller is brighter). Times: local ({zone}) and UTC.</source>
        <translation>תרשימים: השמיים כפי שנראים במבט למעלה, צפון למעלה, מזרח משמאל; המרכז הוא נקודת הזנית, השוליים הם האופק. קו רציף: מואר בשמש; קו מקווקו: בצל כדור הארץ (לא נראה). הבהירות היא הערכה (מספר קטן יותר = בהיר יותר). זמנים: מקומי ({zone}) ו-UTC.</translation>
    </message>
    <message>
        <source>Orbits: SGP4 with the element sets of {epochs}. Sun and Moon: JPL DE421. Stars: {stars}. Made with Overflight.</source>
        <translation>מסלולים: SGP4 עם ערכות האלמנטים מ-{epochs}. שמש וירח: JPL DE421. כוכבים: {stars}. נוצר עם Overflight.</translation>
    </message>
    <message>
        <source>Sky handout cancelled</source>
        <translation>דף התצפית בוטל</translation>
    </message>
    <message>
        <source>Finding a week of visible passes… {pc:.0f} %</source>
        <translation>מחפש מעברים נראים לשבוע… {pc:.0f} %</translation>
    </message>
    <message>
        <source>Choose where you are first (Tonight panel, or right-click the map)</source>
        <translation>בחרו קודם את המקום שלכם (חלונית הלילה, או לחיצה ימנית על המפה)</translation>
    </message>
    <message>
        <source>Choose a satellite first</source>
        <translation>בחרו קודם לוויין</translation>
    </message>
    <message>
        <source>Print sky handout</source>
        <translation>הדפסת דף תצפית</translation>
    </message>
    <message>
        <source>PDF, A4 (*.pdf);;PDF, US Letter (*.pdf)</source>
        <translation>PDF, A4 (*.pdf);;PDF, US Letter (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write {path}: {why}</source>
        <translation>לא ניתן היה לכתוב את {path}: {why}</translation>
    </message>
    <message>
        <source>Sky handout: {n} passes, {charts} charts, saved to {path}</source>
        <translation>דף תצפית: {n} מעברים, {charts} תרשימים, נשמר ב-{path}</translation>
    </message>
    <message>
        <source>Sky handout saved to {path}: no visible pass ({why})</source>
        <translation>דף התצפית נשמר ב-{path}: אין מעבר נראה ({why})</translation>
    </message>
    <message>
        <source>Print s&amp;ky handout (PDF)…</source>
        <translation>הדפסת דף &amp;תצפית (PDF)…</translation>
    </message>
    <message>
        <source>One page: a week of visible passes at the observer, each with its sky plot</source>
        <translation>עמוד אחד: שבוע של מעברים נראים אצל הצופה, כל אחד עם מפת השמיים שלו</translation>
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
        <translation>כל לוויין טעון שנמצא מעל האופק</translation>
    </message>
    <message>
        <source>Choose where you are: type a city in the Tonight panel, or right-click the map and choose 'Set observer here'.</source>
        <translation>בחרו את המקום שלכם: הקלידו עיר בחלונית הלילה, או לחצו לחיצה ימנית על המפה ובחרו 'הצבת הצופה כאן'.</translation>
    </message>
    <message>
        <source>As seen looking up: north at the top, east on the left. Centre: overhead; rim: the horizon.</source>
        <translation>כפי שנראה במבט למעלה: צפון למעלה, מזרח משמאל. מרכז: הזנית; שוליים: האופק.</translation>
    </message>
    <message>
        <source>Looking up: N top, E left</source>
        <translation>במבט למעלה: צ למעלה, מז משמאל</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>שמש</translation>
    </message>
    <message>
        <source>Moon</source>
        <translation>ירח</translation>
    </message>
    <message>
        <source>Sky over {place} at {time}</source>
        <translation>השמיים מעל {place} ב-{time}</translation>
    </message>
    <message>
        <source>Sun {deg:.0f}° above the horizon</source>
        <translation>השמש {deg:.0f}° מעל האופק</translation>
    </message>
    <message>
        <source>Sun {deg:.0f}° below the horizon</source>
        <translation>השמש {deg:.0f}° מתחת לאופק</translation>
    </message>
    <message>
        <source>The sky as seen looking up; right-click: every loaded satellite</source>
        <translation>השמיים כפי שנראים במבט למעלה; לחיצה ימנית: כל לוויין טעון</translation>
    </message>
    <message>
        <source>Sky</source>
        <translation>שמיים</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>1.5 hours</source>
        <translation>1.5 שעות</translation>
    </message>
    <message>
        <source>3 hours</source>
        <translation>3 שעות</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 שעות</translation>
    </message>
    <message>
        <source>12 hours</source>
        <translation>12 שעות</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>יום אחד</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 ימים</translation>
    </message>
    <message>
        <source>10 s</source>
        <translation>10 שנ'</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>דקה אחת</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10 דק'</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>שעה אחת</translation>
    </message>
    <message>
        <source>Start of the track shown (UTC)</source>
        <translation>תחילת העקבה המוצגת (UTC)</translation>
    </message>
    <message>
        <source>Current time within the span</source>
        <translation>הזמן הנוכחי בתוך הטווח</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ ניגון</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>ניגון / השהיה (רווח)</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>צעד אחורה</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>צעד קדימה</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>עכשיו</translation>
    </message>
    <message>
        <source>Element epoch</source>
        <translation>מועד האלמנטים</translation>
    </message>
    <message>
        <source>The time shown on the map (UTC)</source>
        <translation>הזמן שמוצג על המפה (UTC)</translation>
    </message>
    <message>
        <source>Go to the current time (Ctrl+N)</source>
        <translation>מעבר לזמן הנוכחי (Ctrl+N)</translation>
    </message>
    <message>
        <source>Go to the epoch of the selected satellite's elements</source>
        <translation>מעבר למועד הייחוס של אלמנטי הלוויין הנבחר</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>מהירות ניגון</translation>
    </message>
    <message>
        <source>How far the step buttons move the time</source>
        <translation>כמה מזיזים כפתורי הצעד את הזמן</translation>
    </message>
    <message>
        <source>Length of the track shown</source>
        <translation>אורך העקבה המוצגת</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>טווח</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>צעד</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ השהיה</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Passes in the analysis window; shading is night at the region. Click to go to a time.</source>
        <translation>מעברים בחלון הניתוח; ההצללה היא לילה באזור. לחצו כדי לעבור לזמן.</translation>
    </message>
    <message>
        <source>Run an analysis to see its passes here</source>
        <translation>הריצו ניתוח כדי לראות כאן את המעברים</translation>
    </message>
</context>
<context>
    <name>TonightPanel</name>
    <message>
        <source>dark: civil (Sun below -6°)</source>
        <translation>חשכה: אזרחית (השמש מתחת ל-⁦−6°⁩)</translation>
    </message>
    <message>
        <source>dark: nautical (-12°)</source>
        <translation>חשכה: ימית (⁦−12°⁩)</translation>
    </message>
    <message>
        <source>dark: astronomical (-18°)</source>
        <translation>חשכה: אסטרונומית (⁦−18°⁩)</translation>
    </message>
    <message>
        <source>after sunset (0°)</source>
        <translation>אחרי השקיעה (0°)</translation>
    </message>
    <message>
        <source>Type the latitude and the longitude, e.g. 51.48, -0.01 or 51.48N 0.01W</source>
        <translation>הקלידו את קו הרוחב ואת קו האורך, למשל ⁦51.48, -0.01⁩ או ⁦51.48N 0.01W⁩</translation>
    </message>
    <message>
        <source>The latitude comes first (N or S), then the longitude (E or W)</source>
        <translation>קו הרוחב קודם (N או S), ואחריו קו האורך (E או W)</translation>
    </message>
    <message>
        <source>Latitude {value:g}° is beyond ±90°</source>
        <translation>קו רוחב ⁦{value:g}°⁩ חורג מ-±90°</translation>
    </message>
    <message>
        <source>Longitude {value:g}° is beyond ±180°</source>
        <translation>קו אורך ⁦{value:g}°⁩ חורג מ-±180°</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>לוויין</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <source>End</source>
        <translation>סיום</translation>
    </message>
    <message>
        <source>Max el.</source>
        <translation>הגבהה מרבית</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>כיוון</translation>
    </message>
    <message>
        <source>Mag. (est.)</source>
        <translation>מגניטודה (הערכה)</translation>
    </message>
    <message>
        <source> nights</source>
        <translation> לילות</translation>
    </message>
    <message>
        <source>Elevation mask: passes count above this height over the horizon</source>
        <translation>סף זווית הגבהה: מעברים נספרים מעל גובה זה מעל האופק</translation>
    </message>
    <message>
        <source>Chosen satellites</source>
        <translation>הלוויינים שנבחרו</translation>
    </message>
    <message>
        <source>Every loaded satellite</source>
        <translation>כל לוויין טעון</translation>
    </message>
    <message>
        <source>Find passes</source>
        <translation>חיפוש מעברים</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Find the visible passes at the observer for the next nights</source>
        <translation>חיפוש המעברים הנראים אצל הצופה בלילות הקרובים</translation>
    </message>
    <message>
        <source>Stop the search</source>
        <translation>עצירת החיפוש</translation>
    </message>
    <message>
        <source>Whose passes: the satellites chosen in the Satellites panel, or every loaded one</source>
        <translation>המעברים של מי: הלוויינים שנבחרו בחלונית הלוויינים, או כל לוויין טעון</translation>
    </message>
    <message>
        <source>Click a pass: the sky plot shows its path and the clock goes to its start</source>
        <translation>לחצו על מעבר: מפת השמיים מציגה את מסלולו והשעון עובר לתחילתו</translation>
    </message>
    <message>
        <source>A pass counts while the Sun at the observer is below this height</source>
        <translation>מעבר נספר כל עוד השמש אצל הצופה נמוכה מגובה זה</translation>
    </message>
    <message>
        <source>How many nights from the clock's time</source>
        <translation>כמה לילות משעת השעון</translation>
    </message>
    <message>
        <source>Sun below {deg:g}°</source>
        <translation>השמש מתחת לגובה ⁦{deg:g}°⁩</translation>
    </message>
    <message>
        <source>Choose where you are first: a city, coordinates, or right-click the map.</source>
        <translation>בחרו קודם את המקום שלכם: עיר, קואורדינטות, או לחיצה ימנית על המפה.</translation>
    </message>
    <message>
        <source>Choose a satellite first (Satellites panel).</source>
        <translation>בחרו קודם לוויין (חלונית הלוויינים).</translation>
    </message>
    <message>
        <source>Looking for visible passes of {n} satellites…</source>
        <translation>מחפש מעברים נראים של {n} לוויינים…</translation>
    </message>
    <message>
        <source>Cancelled: the list is not complete.</source>
        <translation>בוטל: הרשימה אינה שלמה.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} עד {end}</translation>
    </message>
    <message>
        <source>{n} visible passes, {span}. Magnitudes are estimates (smaller is brighter).</source>
        <translation>{n} מעברים נראים, {span}. המגניטודות הן הערכה (מספר קטן יותר = בהיר יותר).</translation>
    </message>
    <message>
        <source>No visible pass, {span}.</source>
        <translation>אין מעבר נראה, {span}.</translation>
    </message>
    <message>
        <source>{mag:+.1f} (size unknown)</source>
        <translation>⁦{mag:+.1f}⁩ (גודל לא ידוע)</translation>
    </message>
    <message>
        <source>Rises (AOS)</source>
        <translation>עולה (AOS)</translation>
    </message>
    <message>
        <source>Highest (TCA)</source>
        <translation>שיא (TCA)</translation>
    </message>
    <message>
        <source>{time}, {el:.0f}° up in the {dir} ({az:.0f}°), {km:,.0f} km away</source>
        <translation>{time}, {el:.0f}° מעל האופק בכיוון {dir} ({az:.0f}°), במרחק {km:,.0f} ק"מ</translation>
    </message>
    <message>
        <source>Sets (LOS)</source>
        <translation>שוקע (LOS)</translation>
    </message>
    <message>
        <source>none during the pass</source>
        <translation>אין במהלך המעבר</translation>
    </message>
    <message>
        <source>leaves it {time}</source>
        <translation>יוצא ממנו {time}</translation>
    </message>
    <message>
        <source>enters it {time}</source>
        <translation>נכנס אליו {time}</translation>
    </message>
    <message>
        <source>Earth's shadow</source>
        <translation>צל כדור הארץ</translation>
    </message>
    <message>
        <source>Sun at the observer</source>
        <translation>השמש אצל הצופה</translation>
    </message>
    <message>
        <source>{deg:.0f}° (at TCA)</source>
        <translation>⁦{deg:.0f}°⁩ (ב-TCA)</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>נראה</translation>
    </message>
    <message>
        <source>{start} to {end}, from the {a} to the {b}</source>
        <translation>{start} עד {end}, מכיוון {a} לכיוון {b}</translation>
    </message>
    <message>
        <source>Brightness (estimate)</source>
        <translation>בהירות (הערכה)</translation>
    </message>
    <message>
        <source>magnitude {mag} at its brightest (smaller is brighter; Venus is about -4, the faintest stars in a city about +3)</source>
        <translation>מגניטודה ⁦{mag}⁩ בשיא הבהירות (מספר קטן יותר = בהיר יותר; נוגה בערך ⁦−4⁩, הכוכבים החלשים ביותר בעיר בערך ⁦+3⁩)</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>אלמנטים</translation>
    </message>
    <message>
        <source>Tonight</source>
        <translation>הלילה</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>{0} s</source>
        <translation>{0} שנ'</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} דק'</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} שעות</translation>
    </message>
    <message>
        <source>{0} d</source>
        <translation>{0} ימים</translation>
    </message>
</context>
</TS>

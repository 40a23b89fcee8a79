<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>The analysis region: type a country's name in any language Natural Earth knows</source>
        <translation>منطقة التحليل: اكتب اسم الدولة بأي لغة تعرفها Natural Earth</translation>
    </message>
    <message>
        <source>Country (type to search)…</source>
        <translation>الدولة (اكتب للبحث)…</translation>
    </message>
    <message>
        <source>Click a country</source>
        <translation>انقر دولة</translation>
    </message>
    <message>
        <source>Then click a country on the map to make it the region</source>
        <translation>ثم انقر دولة على الخريطة لجعلها المنطقة</translation>
    </message>
    <message>
        <source>Draw a box</source>
        <translation>ارسم مستطيلًا</translation>
    </message>
    <message>
        <source>Then drag on the map to draw a latitude/longitude box</source>
        <translation>ثم اسحب على الخريطة لرسم مستطيل بخطوط العرض والطول</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>دائرة</translation>
    </message>
    <message>
        <source>Then click on the map to place a circle of the radius beside</source>
        <translation>ثم انقر على الخريطة لوضع دائرة بنصف القطر المجاور</translation>
    </message>
    <message>
        <source> km</source>
        <translation> كم</translation>
    </message>
    <message>
        <source>Radius of the circle placed by clicking on the map</source>
        <translation>نصف قطر الدائرة التي توضع بالنقر على الخريطة</translation>
    </message>
    <message>
        <source>&lt;i&gt;No region yet&lt;/i&gt;</source>
        <translation>&lt;i&gt;لا منطقة بعد&lt;/i&gt;</translation>
    </message>
    <message>
        <source>What counts as 'over the region': camera reach, directly overhead, or radio contact</source>
        <translation>ما المقصود بـ«فوق المنطقة»: مدى الكاميرا، أو فوقها مباشرة، أو اتصال لاسلكي</translation>
    </message>
    <message>
        <source>Camera can see it (off-nadir angle)</source>
        <translation>الكاميرا تراها (زاوية الانحراف عن النظير)</translation>
    </message>
    <message>
        <source>Directly overhead (ground track crosses)</source>
        <translation>فوقها مباشرة (المسار الأرضي يعبرها)</translation>
    </message>
    <message>
        <source>Radio contact (elevation mask)</source>
        <translation>اتصال لاسلكي (زاوية الارتفاع الدنيا)</translation>
    </message>
    <message>
        <source>Camera: largest angle from straight down; radio: lowest elevation above the horizon</source>
        <translation>الكاميرا: أكبر زاوية عن الاتجاه الرأسي للأسفل؛ اللاسلكي: أدنى زاوية ارتفاع فوق الأفق</translation>
    </message>
    <message>
        <source>Off-nadir angle</source>
        <translation>زاوية الانحراف عن النظير</translation>
    </message>
    <message>
        <source>Daylight only, Sun above</source>
        <translation>في النهار فقط، الشمس فوق</translation>
    </message>
    <message>
        <source>Keep only passes with the Sun above this height at the region (a camera needs light)</source>
        <translation>احتفظ فقط بمرات المرور والشمس فوق هذا الارتفاع عند المنطقة (الكاميرا تحتاج إلى ضوء)</translation>
    </message>
    <message>
        <source>Lowest Sun elevation at the region that counts as daylight</source>
        <translation>أدنى ارتفاع للشمس عند المنطقة يُعدّ نهارًا</translation>
    </message>
    <message>
        <source>Ranges from the elements' uncertainty</source>
        <translation>نطاقات من عدم يقين العناصر</translation>
    </message>
    <message>
        <source>Also sample 32 element sets from the uncertainty model: pass start windows and 5-95 % ranges of the statistics (takes several seconds more)</source>
        <translation>اسحب أيضًا 32 مجموعة عناصر من نموذج عدم اليقين: نوافذ بدء المرور ونطاقات 5-95 % للإحصاءات (يستغرق بضع ثوانٍ إضافية)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>Analysis window, from the time bar's start</source>
        <translation>نافذة التحليل، من بداية شريط الوقت</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Compute the passes (Ctrl+R)</source>
        <translation>احسب مرات المرور (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop the computation (Esc); the last result stays</source>
        <translation>أوقف الحساب (Esc)؛ تبقى النتيجة الأخيرة</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Zoom to region</source>
        <translation>تكبير إلى المنطقة</translation>
    </message>
    <message>
        <source>Fit the map to the region (Ctrl+Shift+R, or double-click the region)</source>
        <translation>لاءم الخريطة مع المنطقة (Ctrl+Shift+R، أو انقر المنطقة نقرًا مزدوجًا)</translation>
    </message>
    <message>
        <source>How</source>
        <translation>كيف</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>النافذة</translation>
    </message>
    <message>
        <source>Elevation mask</source>
        <translation>زاوية الارتفاع الدنيا</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>الزاوية</translation>
    </message>
    <message>
        <source>country</source>
        <translation>دولة</translation>
    </message>
    <message>
        <source>box</source>
        <translation>مستطيل</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>دائرة</translation>
    </message>
    <message>
        <source>polygon</source>
        <translation>مضلع</translation>
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
        <translation>تعذّر بدء تشغيل Overflight</translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <source>Open…</source>
        <translation>فتح…</translation>
    </message>
    <message>
        <source>Open an article: text, Markdown or HTML (Ctrl+Shift+O)</source>
        <translation>افتح مقالًا: نص أو Markdown أو HTML (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>لصق</translation>
    </message>
    <message>
        <source>Paste an article's text</source>
        <translation>الصق نص مقال</translation>
    </message>
    <message>
        <source>Context note</source>
        <translation>ملاحظة سياقية</translation>
    </message>
    <message>
        <source>Show Overflight's own background note</source>
        <translation>اعرض ملاحظة Overflight الخلفية الخاصة</translation>
    </message>
    <message>
        <source>The article's date, for 'on Tuesday', 'last week' and dates without a year</source>
        <translation>تاريخ المقال، لعبارات مثل «يوم الثلاثاء» و«الأسبوع الماضي» والتواريخ بلا سنة</translation>
    </message>
    <message>
        <source>Article dated</source>
        <translation>تاريخ المقال</translation>
    </message>
    <message>
        <source>Untick when the article's date is not known</source>
        <translation>ألغِ التحديد إذا كان تاريخ المقال غير معروف</translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>فتح مقال</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>مقالات (*.txt *.md *.markdown *.html *.htm);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Paste article</source>
        <translation>لصق مقال</translation>
    </message>
    <message>
        <source>Article: {title} ({source})</source>
        <translation>المقال: {title} ({source})</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>&lt;i&gt;Open an article to read it beside the map.&lt;/i&gt;</source>
        <translation>&lt;i&gt;افتح مقالًا لقراءته بجانب الخريطة.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Context note: {0}</source>
        <translation>ملاحظة سياقية: {0}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Checking claims…&lt;/i&gt;</source>
        <translation>&lt;i&gt;جارٍ التحقق من الادعاءات…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Links in the article&lt;/b&gt; (open in your browser when clicked):</source>
        <translation>&lt;b&gt;روابط في المقال&lt;/b&gt; (تُفتح في متصفحك عند النقر):</translation>
    </message>
    <message>
        <source>&lt;i&gt;No satellites, places or dates found.&lt;/i&gt;</source>
        <translation>&lt;i&gt;لم يُعثر على أقمار صناعية أو أماكن أو تواريخ.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Found in the text</source>
        <translation>وُجد في النص</translation>
    </message>
    <message>
        <source>&lt;i&gt;No statement found that Overflight can check (passes a day, orbit height, period, resolution, launch time).&lt;/i&gt;</source>
        <translation>&lt;i&gt;لم يُعثر على عبارة يستطيع Overflight التحقق منها (مرات المرور يوميًا، ارتفاع المدار، الدورة، الدقة، موعد الإطلاق).&lt;/i&gt;</translation>
    </message>
    <message>
        <source>article:</source>
        <translation>المقال:</translation>
    </message>
    <message>
        <source>computed:</source>
        <translation>المحسوب:</translation>
    </message>
    <message>
        <source>Claims checked</source>
        <translation>الادعاءات المُتحقَّق منها</translation>
    </message>
    <message>
        <source>Satellite: {0}</source>
        <translation>القمر الصناعي: {0}</translation>
    </message>
    <message>
        <source>Analysis region: {0}. Press Run (Ctrl+R).</source>
        <translation>منطقة التحليل: {0}. اضغط تشغيل (Ctrl+R).</translation>
    </message>
    <message>
        <source>Time set to {0}</source>
        <translation>ضُبط الوقت على {0}</translation>
    </message>
    <message>
        <source>satellite</source>
        <translation>قمر صناعي</translation>
    </message>
    <message>
        <source>launch vehicle</source>
        <translation>مركبة إطلاق</translation>
    </message>
    <message>
        <source>launch site</source>
        <translation>موقع إطلاق</translation>
    </message>
    <message>
        <source>ground station</source>
        <translation>محطة أرضية</translation>
    </message>
    <message>
        <source>city</source>
        <translation>مدينة</translation>
    </message>
    <message>
        <source>country</source>
        <translation>دولة</translation>
    </message>
    <message>
        <source>region</source>
        <translation>منطقة</translation>
    </message>
    <message>
        <source>date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <source>time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>Open &amp;article…</source>
        <translation>فتح م&amp;قال…</translation>
    </message>
    <message>
        <source>Paste a&amp;rticle</source>
        <translation>لصق م&amp;قال</translation>
    </message>
</context>
<context>
    <name>BurnSection</name>
    <message>
        <source>Next perigee</source>
        <translation>الحضيض التالي</translation>
    </message>
    <message>
        <source>Next apogee</source>
        <translation>الأوج التالي</translation>
    </message>
    <message>
        <source>Next ascending node</source>
        <translation>العقدة الصاعدة التالية</translation>
    </message>
    <message>
        <source>Next descending node</source>
        <translation>العقدة الهابطة التالية</translation>
    </message>
    <message>
        <source>Perigee</source>
        <translation>الحضيض</translation>
    </message>
    <message>
        <source>km</source>
        <translation>كم</translation>
    </message>
    <message>
        <source>Apogee</source>
        <translation>الأوج</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>min</source>
        <translation>دقيقة</translation>
    </message>
    <message>
        <source>Inclination</source>
        <translation>الميل</translation>
    </message>
    <message>
        <source>Track shift</source>
        <translation>إزاحة المسار</translation>
    </message>
    <message>
        <source>{0:+,.1f} km a day at the equator (+ westward)</source>
        <translation>{0:+,.1f} كم يوميًا عند خط الاستواء (+ غربًا)</translation>
    </message>
    <message>
        <source>At the clock's time</source>
        <translation>عند وقت الساعة</translation>
    </message>
    <message>
        <source>When the engine fires: searched after the clock's time</source>
        <translation>متى يعمل المحرك: يُبحث بعد وقت الساعة</translation>
    </message>
    <message>
        <source>Velocity change in metres per second; type up to 10,000 in the box</source>
        <translation>تغيّر السرعة بالمتر في الثانية؛ اكتب حتى 10,000 في الخانة</translation>
    </message>
    <message>
        <source> m/s</source>
        <translation> م/ث</translation>
    </message>
    <message>
        <source>Burn this satellite</source>
        <translation>طبّق الدفعات على هذا القمر</translation>
    </message>
    <message>
        <source>Use the satellite selected in the list as the one that burns</source>
        <translation>استخدم القمر المحدد في القائمة بوصفه القمر الذي تُطبَّق عليه الدفعات</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Remove the orbit after the burn from the map</source>
        <translation>أزل المدار الناتج بعد الدفعة من الخريطة</translation>
    </message>
    <message>
        <source>Hohmann transfer to a height</source>
        <translation>انتقال هوهمان إلى ارتفاع</translation>
    </message>
    <message>
        <source>Plane change</source>
        <translation>تغيير المستوى</translation>
    </message>
    <message>
        <source>Hohmann with plane change at apogee</source>
        <translation>هوهمان مع تغيير المستوى عند الأوج</translation>
    </message>
    <message>
        <source>Phasing: move along the orbit</source>
        <translation>ضبط الطور: التحرك على المدار</translation>
    </message>
    <message>
        <source>A classic transfer from the satellite's circular height, with its budget</source>
        <translation>انتقال كلاسيكي من الارتفاع الدائري للقمر، مع ميزانيته</translation>
    </message>
    <message>
        <source> km</source>
        <translation> كم</translation>
    </message>
    <message>
        <source>Height of the final circular orbit</source>
        <translation>ارتفاع المدار الدائري النهائي</translation>
    </message>
    <message>
        <source>Plane change, or how far to move along the orbit (negative: fall behind)</source>
        <translation>تغيير المستوى، أو مقدار التحرك على المدار (سالب: التأخر)</translation>
    </message>
    <message>
        <source>Phasing: revolutions of the phasing orbit</source>
        <translation>ضبط الطور: عدد دورات مدار الطور</translation>
    </message>
    <message>
        <source>Apply the transfer</source>
        <translation>طبّق الانتقال</translation>
    </message>
    <message>
        <source>Make the transfer's burns on the selected satellite</source>
        <translation>نفّذ دفعات الانتقال على القمر المحدد</translation>
    </message>
    <message>
        <source>Watch it on the globe</source>
        <translation>شاهده على الكرة الأرضية</translation>
    </message>
    <message>
        <source>Show the globe and play the clock from the first burn to the last, the whole transfer in about half a minute</source>
        <translation>اعرض الكرة الأرضية وشغّل الساعة من أول دفعة إلى آخرها، الانتقال كله في نحو نصف دقيقة</translation>
    </message>
    <message>
        <source>Burn</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Prograde</source>
        <translation>أمامية</translation>
    </message>
    <message>
        <source>Radial</source>
        <translation>شعاعية</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عمودية</translation>
    </message>
    <message>
        <source>Transfers (vis-viva)</source>
        <translation>الانتقالات (vis-viva)</translation>
    </message>
    <message>
        <source>To height</source>
        <translation>إلى ارتفاع</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>الزاوية</translation>
    </message>
    <message>
        <source>Revolutions</source>
        <translation>الدورات</translation>
    </message>
    <message>
        <source>Select a satellite in the Satellites list first.</source>
        <translation>حدّد قمرًا صناعيًا في قائمة الأقمار الصناعية أولًا.</translation>
    </message>
    <message>
        <source>Satellite: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>القمر الصناعي: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a satellite and press “Burn this satellite”.&lt;/i&gt;</source>
        <translation>&lt;i&gt;حدّد قمرًا صناعيًا واضغط «طبّق الدفعات على هذا القمر».&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Move a slider to burn.&lt;/i&gt;</source>
        <translation>&lt;i&gt;حرّك منزلقًا لتطبيق دفعة.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Re-enters at once</source>
        <translation>يعود إلى الغلاف الجوي فورًا</translation>
    </message>
    <message>
        <source>Perigee {0:,.0f} km: below the surface. No orbit is made.</source>
        <translation>الحضيض {0:,.0f} كم: تحت السطح. لا ينشأ مدار.</translation>
    </message>
    <message>
        <source>Burn at</source>
        <translation>الدفعة عند</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose the satellite first.&lt;/i&gt;</source>
        <translation>&lt;i&gt;اختر القمر الصناعي أولًا.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Burn {0}</source>
        <translation>الدفعة {0}</translation>
    </message>
    <message>
        <source>{0:+,.1f} m/s</source>
        <translation>{0:+,.1f} م/ث</translation>
    </message>
    <message>
        <source>Total Δv</source>
        <translation>مجموع Δv</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,.1f} m/s&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0:,.1f} م/ث&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>{0:.2f} h</source>
        <translation>{0:.2f} ساعة</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>الصيغة</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <source>{0} passes a day over {1}</source>
        <translation>{0} مرة مرور يوميًا فوق {1}</translation>
    </message>
    <message>
        <source>{0} contacts a day with {1}</source>
        <translation>{0} اتصال يوميًا مع {1}</translation>
    </message>
    <message>
        <source>orbit height {0} km</source>
        <translation>ارتفاع المدار {0} كم</translation>
    </message>
    <message>
        <source>period {0} minutes</source>
        <translation>الدورة {0} دقيقة</translation>
    </message>
    <message>
        <source>{0} m resolution from {1} km</source>
        <translation>دقة {0} م من {1} كم</translation>
    </message>
    <message>
        <source>{0} m resolution</source>
        <translation>دقة {0} م</translation>
    </message>
    <message>
        <source>{0} a day (ground track crossing {1}: {2} a day)</source>
        <translation>{0} يوميًا (عبور المسار الأرضي لـ {1}: {2} يوميًا)</translation>
    </message>
    <message>
        <source>{0} a day</source>
        <translation>{0} يوميًا</translation>
    </message>
    <message>
        <source>{0} to {1} km (mean {2} km)</source>
        <translation>من {0} إلى {1} كم (المتوسط {2} كم)</translation>
    </message>
    <message>
        <source>{0} minutes</source>
        <translation>{0} دقيقة</translation>
    </message>
    <message>
        <source>{0}, contact at 10° elevation from anywhere in {1}, {2} days from the element epoch, approximate elements</source>
        <translation>{0}، اتصال عند ارتفاع 10° من أي مكان في {1}، بعد {2} يوم من حقبة العناصر، عناصر تقريبية</translation>
    </message>
    <message>
        <source>{0}, contact at 10° elevation from anywhere in {1}, {2} days from the element epoch</source>
        <translation>{0}، اتصال عند ارتفاع 10° من أي مكان في {1}، بعد {2} يوم من حقبة العناصر</translation>
    </message>
    <message>
        <source>{0}, contact above 5° elevation at {1}, {2} days from the element epoch, approximate elements</source>
        <translation>{0}، اتصال فوق ارتفاع 5° في {1}، بعد {2} يوم من حقبة العناصر، عناصر تقريبية</translation>
    </message>
    <message>
        <source>{0}, contact above 5° elevation at {1}, {2} days from the element epoch</source>
        <translation>{0}، اتصال فوق ارتفاع 5° في {1}، بعد {2} يوم من حقبة العناصر</translation>
    </message>
    <message>
        <source>{0} mean elements, approximate elements</source>
        <translation>عناصر {0} المتوسطة، عناصر تقريبية</translation>
    </message>
    <message>
        <source>{0} mean elements</source>
        <translation>عناصر {0} المتوسطة</translation>
    </message>
    <message>
        <source>{0} mean motion, approximate elements</source>
        <translation>الحركة المتوسطة لـ {0}، عناصر تقريبية</translation>
    </message>
    <message>
        <source>{0} mean motion</source>
        <translation>الحركة المتوسطة لـ {0}</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>متسق</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>مختلف</translation>
    </message>
    <message>
        <source>for comparison</source>
        <translation>للمقارنة</translation>
    </message>
    <message>
        <source>cannot tell with these elements</source>
        <translation>لا يمكن الحكم بهذه العناصر</translation>
    </message>
</context>
<context>
    <name>Compass</name>
    <message>
        <source>N</source>
        <translation>ش</translation>
    </message>
    <message>
        <source>NNE</source>
        <translation>ش ش ق</translation>
    </message>
    <message>
        <source>NE</source>
        <translation>ش ق</translation>
    </message>
    <message>
        <source>ENE</source>
        <translation>ق ش ق</translation>
    </message>
    <message>
        <source>E</source>
        <translation>ق</translation>
    </message>
    <message>
        <source>ESE</source>
        <translation>ق ج ق</translation>
    </message>
    <message>
        <source>SE</source>
        <translation>ج ق</translation>
    </message>
    <message>
        <source>SSE</source>
        <translation>ج ج ق</translation>
    </message>
    <message>
        <source>S</source>
        <translation>ج</translation>
    </message>
    <message>
        <source>SSW</source>
        <translation>ج ج غ</translation>
    </message>
    <message>
        <source>SW</source>
        <translation>ج غ</translation>
    </message>
    <message>
        <source>WSW</source>
        <translation>غ ج غ</translation>
    </message>
    <message>
        <source>W</source>
        <translation>غ</translation>
    </message>
    <message>
        <source>WNW</source>
        <translation>غ ش غ</translation>
    </message>
    <message>
        <source>NW</source>
        <translation>ش غ</translation>
    </message>
    <message>
        <source>NNW</source>
        <translation>ش ش غ</translation>
    </message>
</context>
<context>
    <name>CoverageFigures</name>
    <message>
        <source>accesses in the window</source>
        <translation>مرات الوصول في النافذة</translation>
    </message>
    <message>
        <source>accesses a day</source>
        <translation>مرات الوصول يوميًا</translation>
    </message>
    <message>
        <source>mean gap (h)</source>
        <translation>متوسط الفجوة (ساعة)</translation>
    </message>
    <message>
        <source>median gap (h)</source>
        <translation>وسيط الفجوة (ساعة)</translation>
    </message>
    <message>
        <source>longest gap (h)</source>
        <translation>أطول فجوة (ساعة)</translation>
    </message>
    <message>
        <source>time in view (%)</source>
        <translation>زمن الرؤية (%)</translation>
    </message>
    <message>
        <source>time to first access (h)</source>
        <translation>الزمن حتى أول وصول (ساعة)</translation>
    </message>
    <message>
        <source>satellites in view (mean)</source>
        <translation>الأقمار في مجال الرؤية (المتوسط)</translation>
    </message>
    <message>
        <source>satellites in view (minimum)</source>
        <translation>الأقمار في مجال الرؤية (الحد الأدنى)</translation>
    </message>
</context>
<context>
    <name>CoverageLayer</name>
    <message>
        <source>{0:.0f} accesses ({1:.2f}/day)</source>
        <translation>{0:.0f} مرة وصول ({1:.2f}/يوم)</translation>
    </message>
    <message>
        <source>gap mean {0:.1f} h, max {1:.1f} h</source>
        <translation>متوسط الفجوة {0:.1f} ساعة، الأقصى {1:.1f} ساعة</translation>
    </message>
    <message>
        <source>in view {0:.2f} %</source>
        <translation>في مجال الرؤية {0:.2f} %</translation>
    </message>
    <message>
        <source>cell: {0}</source>
        <translation>الخلية: {0}</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>غير معرّف</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Cell size: finer grids take longer (0.25° is about 28 km)</source>
        <translation>حجم الخلية: الشبكات الأدق تستغرق وقتًا أطول (0.25° تساوي نحو 28 كم)</translation>
    </message>
    <message>
        <source>Whole globe</source>
        <translation>الكرة الأرضية كلها</translation>
    </message>
    <message>
        <source>The analysis region</source>
        <translation>منطقة التحليل</translation>
    </message>
    <message>
        <source>Where the grid lies</source>
        <translation>موضع الشبكة</translation>
    </message>
    <message>
        <source>Land only</source>
        <translation>اليابسة فقط</translation>
    </message>
    <message>
        <source>Only the cells whose centre is on land (Natural Earth countries); the summary covers those cells alone</source>
        <translation>الخلايا التي يقع مركزها على اليابسة فقط (دول Natural Earth)؛ ويشمل الملخص هذه الخلايا وحدها</translation>
    </message>
    <message>
        <source>The figure of merit shown on the map</source>
        <translation>مقياس الأداء المعروض على الخريطة</translation>
    </message>
    <message>
        <source>Show the coverage layer</source>
        <translation>اعرض طبقة التغطية</translation>
    </message>
    <message>
        <source>Show or hide the heat map under the tracks</source>
        <translation>أظهر أو أخفِ الخريطة الحرارية تحت المسارات</translation>
    </message>
    <message>
        <source>none (this process)</source>
        <translation>لا شيء (هذه العملية)</translation>
    </message>
    <message>
        <source>Split the grid's rows over this many processes on this computer (Dask; for the largest jobs: many satellites, fine grids)</source>
        <translation>توزيع صفوف الشبكة على هذا العدد من العمليات في هذا الحاسوب (Dask؛ لأكبر المهام: أقمار كثيرة وشبكات دقيقة)</translation>
    </message>
    <message>
        <source>tcp://HOST:PORT (optional)</source>
        <translation>tcp://HOST:PORT (اختياري)</translation>
    </message>
    <message>
        <source>Send the job to an existing Dask cluster whose workers have Overflight installed</source>
        <translation>إرسال المهمة إلى عنقود Dask قائم ثُبّت Overflight على عُمّاله</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>احسب</translation>
    </message>
    <message>
        <source>Coverage of the selected satellites with the Analysis panel's settings</source>
        <translation>تغطية الأقمار المحددة بإعدادات لوحة التحليل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop the computation; the last map stays</source>
        <translation>أوقف الحساب؛ تبقى الخريطة الأخيرة</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select satellites, then Compute.&lt;/i&gt;</source>
        <translation>&lt;i&gt;حدّد أقمارًا صناعية، ثم احسب.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Every cell's figures as CSV</source>
        <translation>أرقام كل خلية بصيغة CSV</translation>
    </message>
    <message>
        <source>GeoJSON…</source>
        <translation>GeoJSON…</translation>
    </message>
    <message>
        <source>Cells as GeoJSON polygons with their figures</source>
        <translation>الخلايا مضلعات GeoJSON مع أرقامها</translation>
    </message>
    <message>
        <source>T: satellites in all</source>
        <translation>T: مجموع الأقمار الصناعية</translation>
    </message>
    <message>
        <source>P: orbital planes (T must be a multiple of P)</source>
        <translation>P: المستويات المدارية (يجب أن يكون T مضاعفًا لـ P)</translation>
    </message>
    <message>
        <source>F: phasing between planes, 0 to P-1</source>
        <translation>F: الطور بين المستويات، من 0 إلى P-1</translation>
    </message>
    <message>
        <source>Delta (nodes over 360°)</source>
        <translation>Delta (العقد على 360°)</translation>
    </message>
    <message>
        <source>Star (nodes over 180°)</source>
        <translation>Star (العقد على 180°)</translation>
    </message>
    <message>
        <source>How the planes' nodes are spread</source>
        <translation>كيفية توزيع عقد المستويات</translation>
    </message>
    <message>
        <source>Add constellation from the selected satellite</source>
        <translation>أضف كوكبة من القمر المحدد</translation>
    </message>
    <message>
        <source>Walker members join the catalogue as DESIGNED satellites and are selected</source>
        <translation>ينضم أعضاء Walker إلى الفهرس أقمارًا مُصمَّمة DESIGNED ويُحدَّدون</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>الخلايا</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Each satellite's sensor</source>
        <translation>مستشعر كل قمر</translation>
    </message>
    <message>
        <source>Large jobs</source>
        <translation>المهام الكبيرة</translation>
    </message>
    <message>
        <source>Worker processes</source>
        <translation>العمليات العاملة</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>العنقود</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Walker constellation</source>
        <translation>كوكبة Walker</translation>
    </message>
    <message>
        <source>Satellites</source>
        <translation>الأقمار</translation>
    </message>
    <message>
        <source>Planes</source>
        <translation>المستويات</translation>
    </message>
    <message>
        <source>Phasing</source>
        <translation>الطور</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Select one or more satellites first.</source>
        <translation>حدّد قمرًا صناعيًا واحدًا أو أكثر أولًا.</translation>
    </message>
    <message>
        <source>about {0:,.0f} million accesses: over the 1 GB budget; choose larger cells, the region only or a shorter window</source>
        <translation>نحو {0:,.0f} مليون مرة وصول: تتجاوز ميزانية 1 GB؛ اختر خلايا أكبر، أو المنطقة فقط، أو نافذة أقصر</translation>
    </message>
    <message>
        <source>Cancelled; the last map stays.</source>
        <translation>أُلغي؛ تبقى الخريطة الأخيرة.</translation>
    </message>
    <message>
        <source>Coarse map shown; refining at {spacing_deg:g}°…</source>
        <translation>عُرضت خريطة تقريبية؛ جارٍ التحسين عند {spacing_deg:g}°…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} satellite(s)&lt;/b&gt;, {days:g} days, {criterion}, daylight</source>
        <translation>&lt;b&gt;{count} قمر صناعي&lt;/b&gt;، {days:g} يوم، {criterion}، نهارًا</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} satellite(s)&lt;/b&gt;, {days:g} days, {criterion}</source>
        <translation>&lt;b&gt;{count} قمر صناعي&lt;/b&gt;، {days:g} يوم، {criterion}</translation>
    </message>
    <message>
        <source>Flagged elements: {0}</source>
        <translation>عناصر موسومة: {0}</translation>
    </message>
    <message>
        <source>Compute a coverage map first.</source>
        <translation>احسب خريطة تغطية أولًا.</translation>
    </message>
    <message>
        <source>Export coverage</source>
        <translation>تصدير التغطية</translation>
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
        <translation>حُفظت التغطية في {path}</translation>
    </message>
    <message>
        <source>Select the seed satellite first.</source>
        <translation>حدّد القمر الأساس أولًا.</translation>
    </message>
    <message>
        <source>Could not keep the members: {0}</source>
        <translation>تعذّر الاحتفاظ بالأعضاء: {0}</translation>
    </message>
    <message>
        <source>{0} DESIGNED members added and selected; Compute to see their coverage.</source>
        <translation>أُضيف {0} عضوًا مُصمَّمًا DESIGNED وحُدِّدوا؛ احسب لرؤية تغطيتهم.</translation>
    </message>
</context>
<context>
    <name>Criterion</name>
    <message>
        <source>directly overhead (ground track crosses the region)</source>
        <translation>فوقها مباشرة (المسار الأرضي يعبر المنطقة)</translation>
    </message>
    <message>
        <source>radio contact ({0:g}° elevation mask)</source>
        <translation>اتصال لاسلكي (زاوية ارتفاع دنيا {0:g}°)</translation>
    </message>
    <message>
        <source>camera ({0:g} km swath)</source>
        <translation>كاميرا (نطاق مسح {0:g} كم)</translation>
    </message>
    <message>
        <source>camera ({0:g}° off nadir)</source>
        <translation>كاميرا ({0:g}° عن النظير)</translation>
    </message>
    <message>
        <source>{criterion}, {days:g} days</source>
        <translation>{criterion}، {days:g} يوم</translation>
    </message>
    <message>
        <source>{criterion}, daylight only (Sun ≥ {sun:g}°), {days:g} days</source>
        <translation>{criterion}، نهارًا فقط (الشمس ≥ {sun:g}°)، {days:g} يوم</translation>
    </message>
</context>
<context>
    <name>DecayPlot</name>
    <message>
        <source>low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>معتدل</translation>
    </message>
    <message>
        <source>high</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <source>space-weather file</source>
        <translation>ملف طقس الفضاء</translation>
    </message>
    <message>
        <source>height (km); band: high to low solar activity</source>
        <translation>الارتفاع (كم)؛ النطاق: من نشاط شمسي مرتفع إلى منخفض</translation>
    </message>
    <message>
        <source>red bar: re-entry range (uncertain)</source>
        <translation>الشريط الأحمر: نطاق العودة إلى الغلاف الجوي (غير مؤكد)</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>غير مؤكد</translation>
    </message>
    <message>
        <source>CelesTrak space weather, bundled copy updated {0}</source>
        <translation>طقس الفضاء من CelesTrak، النسخة المرفقة المحدَّثة في {0}</translation>
    </message>
    <message>
        <source>CelesTrak space weather, fetched {0}</source>
        <translation>طقس الفضاء من CelesTrak، مجلوب في {0}</translation>
    </message>
    <message>
        <source>observed to {0}, predicted to {1}</source>
        <translation>مرصود حتى {0}، ومتوقع حتى {1}</translation>
    </message>
    <message>
        <source>rows to {0}</source>
        <translation>صفوف حتى {0}</translation>
    </message>
    <message>
        <source>Space weather: {0} ({1}); after {2} the mean of its last 11 years is held.</source>
        <translation>طقس الفضاء: {0} ({1})؛ بعد {2} يُثبَّت متوسط آخر 11 سنة منه.</translation>
    </message>
    <message>
        <source>Solar activity at the epoch, {0}: F10.7 {1:.1f}, Ap {2:.1f}; nearest scenario: {3}.</source>
        <translation>النشاط الشمسي عند الحقبة، {0}: F10.7 {1:.1f}، Ap {2:.1f}؛ أقرب سيناريو: {3}.</translation>
    </message>
    <message>
        <source>No estimate yet</source>
        <translation>لا تقدير بعد</translation>
    </message>
</context>
<context>
    <name>ElementRefresh</name>
    <message>
        <source>&amp;Refresh elements of the selection</source>
        <translation>&amp;حدّث عناصر التحديد</translation>
    </message>
    <message>
        <source>Fetch current element sets for the selected satellites from CelesTrak</source>
        <translation>اجلب مجموعات العناصر الحالية للأقمار المحددة من CelesTrak</translation>
    </message>
    <message>
        <source>Refresh &amp;all elements</source>
        <translation>حدّث &amp;كل العناصر</translation>
    </message>
    <message>
        <source>Fetch current element sets for every satellite, and the satellite catalogue (owners, launches, types), from CelesTrak</source>
        <translation>اجلب مجموعات العناصر الحالية لكل الأقمار، وفهرس الأقمار الصناعية (المالكون، الإطلاقات، الأنواع)، من CelesTrak</translation>
    </message>
    <message>
        <source>Refresh satellite &amp;catalogue (owners, launches, types)</source>
        <translation>حدّث &amp;فهرس الأقمار الصناعية (المالكون، عمليات الإطلاق، الأنواع)</translation>
    </message>
    <message>
        <source>Fetch CelesTrak's satellite catalogue (SATCAT, about 7 MB) for the list's owner and type filters</source>
        <translation>اجلب فهرس الأقمار الصناعية من CelesTrak (SATCAT، نحو 7 MB) لمرشحَي المالك والنوع في القائمة</translation>
    </message>
    <message>
        <source>CelesTrak &amp;address…</source>
        <translation>&amp;عنوان CelesTrak…</translation>
    </message>
    <message>
        <source>Use a mirror of CelesTrak (the environment variable OVERFLIGHT_CELESTRAK_URL also works)</source>
        <translation>استخدم مرآة لـ CelesTrak (يعمل أيضًا متغير البيئة OVERFLIGHT_CELESTRAK_URL)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Fetching the satellite catalogue from CelesTrak…</source>
        <translation>جارٍ جلب فهرس الأقمار الصناعية من CelesTrak…</translation>
    </message>
    <message>
        <source>Refresh satellite catalogue</source>
        <translation>تحديث فهرس الأقمار الصناعية</translation>
    </message>
    <message>
        <source>Fetching {0} element set(s) from CelesTrak…</source>
        <translation>جارٍ جلب {0} مجموعة عناصر من CelesTrak…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>satellite catalogue (SATCAT): {0}</source>
        <translation>كتالوج الأقمار الصناعية (SATCAT): {0}</translation>
    </message>
    <message>
        <source>satellite catalogue (SATCAT): not updated: {0}; {1}</source>
        <translation>كتالوج الأقمار الصناعية (SATCAT): لم يُحدَّث: {0}؛ {1}</translation>
    </message>
    <message>
        <source>satellite catalogue (SATCAT): failed: {0}</source>
        <translation>كتالوج الأقمار الصناعية (SATCAT): فشل: {0}</translation>
    </message>
    <message>
        <source>Refresh elements</source>
        <translation>تحديث العناصر</translation>
    </message>
    <message>
        <source>CelesTrak address</source>
        <translation>عنوان CelesTrak</translation>
    </message>
    <message>
        <source>Base address (empty for the default, {DEFAULT_BASE_URL}):</source>
        <translation>العنوان الأساسي (فارغ للافتراضي، {DEFAULT_BASE_URL}):</translation>
    </message>
    <message>
        <source>'{text}' is not an http(s) address</source>
        <translation>'{text}' ليس عنوان http(s)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{names}: {criterion}, {days:g} days, daylight</source>
        <translation>{names}: {criterion}، {days:g} يوم، نهارًا</translation>
    </message>
    <message>
        <source>{names}: {criterion}, {days:g} days</source>
        <translation>{names}: {criterion}، {days:g} يوم</translation>
    </message>
    <message>
        <source>Map: Natural Earth (public domain). Made with Overflight.</source>
        <translation>الخريطة: Natural Earth (ملكية عامة). صُنعت باستخدام Overflight.</translation>
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
        <translation>متزامن مع الشمس</translation>
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
        <translation>كل الأقمار الصناعية: {0}</translation>
    </message>
    <message>
        <source>{0} without a position now</source>
        <translation>{0} بلا موقع الآن</translation>
    </message>
</context>
<context>
    <name>GlobeView</name>
    <message>
        <source>Drag to turn the globe, wheel to zoom; the ring is the orbit in space</source>
        <translation>اسحب لتدوير الكرة، والعجلة للتكبير؛ الحلقة هي المدار في الفضاء</translation>
    </message>
    <message>
        <source>ring: the orbit in space; the Earth turns beneath it</source>
        <translation>الحلقة: المدار في الفضاء؛ والأرض تدور تحته</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>الراصد</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Satellite</source>
        <translation>القمر الصناعي</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>البدء (UTC)</translation>
    </message>
    <message>
        <source>Dur. (s)</source>
        <translation>المدة (ث)</translation>
    </message>
    <message>
        <source>Closest (UTC)</source>
        <translation>الأقرب (UTC)</translation>
    </message>
    <message>
        <source>Off-nadir°</source>
        <translation>عن النظير°</translation>
    </message>
    <message>
        <source>Max el.°</source>
        <translation>أقصى ارتفاع°</translation>
    </message>
    <message>
        <source>Sun°</source>
        <translation>الشمس°</translation>
    </message>
    <message>
        <source>LST</source>
        <translation>LST</translation>
    </message>
    <message>
        <source>How this was computed: positions come from SGP4 (the sgp4 library, as skyfield uses it) with the element sets listed below; Earth rotation from UT1 and WGS84 coordinates. A satellite is over the region while the great-circle distance from the point below it to the region is at most the reach of the criterion at its height (0 overhead; from the off-nadir angle for a camera; from the elevation mask for radio contact). Passes are found by sampling with a proven speed bound and bisecting every edge to 0.01 s; daylight means the Sun at least the chosen height above the horizon at the region's nearest point at closest approach. Revisit time is the gap from the end of one pass to the start of the next within the window. Elements marked APPROXIMATE were built from published figures (where the satellite is along its orbit is unknown); DESIGNED orbits were made in the Orbit lab.</source>
        <translation>طريقة الحساب: تأتي المواقع من SGP4 (مكتبة sgp4، كما تستخدمها skyfield) مع مجموعات العناصر المدرجة أدناه؛ ودوران الأرض من UT1 وإحداثيات WGS84. يكون القمر الصناعي فوق المنطقة ما دامت مسافة الدائرة العظمى من النقطة التي تحته إلى المنطقة لا تتجاوز مدى المعيار عند ارتفاعه (0 للمرور المباشر فوقها؛ ومن زاوية الانحراف عن النظير للكاميرا؛ ومن زاوية الارتفاع الدنيا للاتصال اللاسلكي). تُوجد مرات المرور بأخذ عينات بحدّ سرعة مُثبت وتنصيف كل حافة حتى 0.01 ث؛ ويعني النهار أن الشمس على الأقل بالارتفاع المختار فوق الأفق عند أقرب نقطة من المنطقة لحظة أقرب اقتراب. زمن إعادة الزيارة هو الفجوة من نهاية مرور إلى بداية المرور التالي داخل النافذة. العناصر الموسومة APPROXIMATE (تقريبية) بُنيت من أرقام منشورة (موضع القمر على مداره غير معروف)؛ والمدارات DESIGNED (المُصمَّمة) صُنعت في مختبر المدارات.</translation>
    </message>
    <message>
        <source>Overflight handout</source>
        <translation>نشرة Overflight</translation>
    </message>
    <message>
        <source>No satellite chosen</source>
        <translation>لم يُختر قمر صناعي</translation>
    </message>
    <message>
        <source>Overflight: {0}</source>
        <translation>Overflight: {0}</translation>
    </message>
    <message>
        <source>over {region}. Printed {time}.</source>
        <translation>فوق {region}. طُبعت {time}.</translation>
    </message>
    <message>
        <source>(no analysis run). Printed {time}.</source>
        <translation>(لم يُجرَ تحليل). طُبعت {time}.</translation>
    </message>
    <message>
        <source>Run an analysis to add passes and revisit statistics to the handout.</source>
        <translation>أجرِ تحليلًا لإضافة مرات المرور وإحصاءات إعادة الزيارة إلى النشرة.</translation>
    </message>
    <message>
        <source>Revisit statistics</source>
        <translation>إحصاءات إعادة الزيارة</translation>
    </message>
    <message>
        <source>{region}: {settings}, from {start} to {end}.</source>
        <translation>{region}: {settings}، من {start} إلى {end}.</translation>
    </message>
    <message>
        <source>revisit mean {mean}, median {median}, longest {longest}.</source>
        <translation>إعادة الزيارة: المتوسط {mean}، الوسيط {median}، الأطول {longest}.</translation>
    </message>
    <message>
        <source>no gap to measure.</source>
        <translation>لا فجوة لقياسها.</translation>
    </message>
    <message>
        <source>{name}: {rate:.2f} passes a day ({count} in all), {in_view} in view; {gap}</source>
        <translation>{name}: {rate:.2f} مرة مرور يوميًا ({count} إجمالًا)، {in_view} في مجال الرؤية؛ {gap}</translation>
    </message>
    <message>
        <source>All together: {rate:.2f} passes a day, revisit mean {mean}, longest {longest}.</source>
        <translation>الكل معًا: {rate:.2f} مرة مرور يوميًا، متوسط إعادة الزيارة {mean}، الأطول {longest}.</translation>
    </message>
    <message>
        <source>Claims in the article, checked</source>
        <translation>الادعاءات في المقال، بعد التحقق</translation>
    </message>
    <message>
        <source>How this was computed</source>
        <translation>طريقة الحساب</translation>
    </message>
    <message>
        <source>Where the data come from</source>
        <translation>مصادر البيانات</translation>
    </message>
    <message>
        <source>{name} (NORAD {satnum}): {flag}elements of {epoch} ({age:.0f} days old), source: {source}.</source>
        <translation>{name} (NORAD {satnum}): {flag}عناصر {epoch} (عمرها {age:.0f} يوم)، المصدر: {source}.</translation>
    </message>
    <message>
        <source>Map: Natural Earth (public domain). Sun: JPL DE421. Made with Overflight.</source>
        <translation>الخريطة: Natural Earth (ملكية عامة). الشمس: JPL DE421. صُنعت باستخدام Overflight.</translation>
    </message>
    <message>
        <source>Delta-v budget</source>
        <translation>ميزانية Δv</translation>
    </message>
    <message>
        <source>Burns of {0}, impulsive, in the orbit's own frame:</source>
        <translation>دفعات {0}، لحظية، في إطار المدار نفسه:</translation>
    </message>
    <message>
        <source>Burn {0} ({1}): prograde {2:+.1f}, radial {3:+.1f}, normal {4:+.1f} m/s; {5:.1f} m/s</source>
        <translation>الدفعة {0} ({1}): أمامية {2:+.1f}، شعاعية {3:+.1f}، عمودية {4:+.1f} م/ث؛ {5:.1f} م/ث</translation>
    </message>
    <message>
        <source>Total: {0:.1f} m/s (vis-viva; the orbit after each burn is a DESIGNED element set)</source>
        <translation>المجموع: {0:.1f} م/ث (معادلة vis-viva؛ المدار بعد كل دفعة مجموعة عناصر مُصمَّمة DESIGNED)</translation>
    </message>
    <message>
        <source>Orbit decay of {0}</source>
        <translation>الاضمحلال المداري لـ {0}</translation>
    </message>
    <message>
        <source>after {0}</source>
        <translation>بعد {0}</translation>
    </message>
    <message>
        <source>{0} ({1}): re-entry {2}; decaying {3:.3f} km a day at the start</source>
        <translation>{0} ({1}): العودة إلى الغلاف الجوي {2}؛ انخفاض {3:.3f} كم يوميًا في البداية</translation>
    </message>
    <message>
        <source>Drag: {0}.</source>
        <translation>السحب: {0}.</translation>
    </message>
    <message>
        <source>This is an estimate</source>
        <translation>هذا تقدير</translation>
    </message>
    <message>
        <source>day {0}</source>
        <translation>اليوم {0}</translation>
    </message>
    <message>
        <source>Passes ({0})</source>
        <translation>مرات المرور ({0})</translation>
    </message>
    <message>
        <source>(no passes in the window with these settings)</source>
        <translation>(لا مرور في النافذة بهذه الإعدادات)</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>&lt;p style='color:#1d3f8a'&gt;&lt;b&gt;Designed orbit.&lt;/b&gt; {name} was made in the Orbit lab; no real satellite flies it. Each control changes one thing:&lt;/p&gt;</source>
        <translation>&lt;p style='color:#1d3f8a'&gt;&lt;b&gt;مدار مُصمَّم.&lt;/b&gt; صُنع {name} في مختبر المدارات؛ لا يطير فيه أي قمر حقيقي. كل أداة تحكم تغيّر شيئًا واحدًا:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Height&lt;/b&gt; ({height} km): 100 km higher, one orbit takes {minutes} min longer, so {revs} fewer orbits a day and fewer passes, while the footprint grows by {reach} km.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;الارتفاع&lt;/b&gt; ({height} كم): عند زيادته 100 كم تطول الدورة الواحدة {minutes} دقيقة، فتقل الدورات اليومية {revs} وتقل مرات المرور، بينما تكبر البصمة {reach} كم.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Height&lt;/b&gt; ({height} km): 100 km higher, one orbit takes {minutes} min longer, so {revs} fewer orbits a day and fewer passes.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;الارتفاع&lt;/b&gt; ({height} كم): عند زيادته 100 كم تطول الدورة الواحدة {minutes} دقيقة، فتقل الدورات اليومية {revs} وتقل مرات المرور.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Inclination&lt;/b&gt; ({inclination}°): the track reaches latitudes up to {latitude}° N and S; places further from the equator are never overflown.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;الميل&lt;/b&gt; ({inclination}°): يبلغ المسار خطوط عرض حتى {latitude}° شمالًا وجنوبًا؛ والأماكن الأبعد عن خط الاستواء لا يمر فوقها أبدًا.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Sun-synchronous&lt;/b&gt;: the tilt at which the Earth's bulge turns the orbit {drift}° a day here (0.986° is needed), so passes come at the same local time every day.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;متزامن مع الشمس&lt;/b&gt;: الميل الذي يجعل انتفاخ الأرض يدير المدار هنا {drift}° يوميًا (المطلوب 0.986°)، فتأتي مرات المرور في التوقيت المحلي نفسه كل يوم.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Node time&lt;/b&gt;: the local solar time at which the satellite crosses the equator northbound; it sets whether passes are in the morning, at noon or at night.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;توقيت العقدة&lt;/b&gt;: التوقيت الشمسي المحلي الذي يعبر فيه القمر خط الاستواء متجهًا شمالًا؛ وهو يحدد هل تكون مرات المرور صباحًا أم ظهرًا أم ليلًا.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Repeat R/D&lt;/b&gt;: after R orbits in D days the track lies exactly on itself again; a longer cycle leaves narrower gaps between neighbouring tracks.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;التكرار R/D&lt;/b&gt;: بعد R دورة في D يوم ينطبق المسار على نفسه تمامًا؛ والدورة الأطول تترك فجوات أضيق بين المسارات المتجاورة.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Phase&lt;/b&gt; (mean anomaly, or over a place at a time): where on the orbit the satellite is; it moves the passes in time but not the track's pattern.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;الطور&lt;/b&gt; (الشذوذ المتوسط، أو فوق مكان في وقت ما): موضع القمر على المدار؛ يحرّك مرات المرور في الزمن لكن لا يغيّر نمط المسار.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>A designed orbit is exact by definition: no uncertainty is shown.</source>
        <translation>المدار المُصمَّم دقيق بحكم تعريفه: لا يُعرض عدم يقين.</translation>
    </message>
    <message>
        <source>The elements of {name} are built from published figures: where it is along its orbit is unknown (any position is equally likely), its node's local time is uncertain by about ±{minutes} min and its height by ±{km} km. The track's pattern and the passes a day are well determined; the time of each pass is not (within about one orbit).</source>
        <translation>عناصر {name} مبنية من أرقام منشورة: موضعه على مداره غير معروف (كل موضع محتمل بالقدر نفسه)، وتوقيت عقدته المحلي غير مؤكد بنحو ±{minutes} دقيقة وارتفاعه بنحو ±{km} كم. نمط المسار وعدد مرات المرور يوميًا محددان جيدًا؛ أما توقيت كل مرور فلا (في حدود دورة واحدة تقريبًا).</translation>
    </message>
    <message>
        <source>The elements of {name} are {days} days from their epoch. Element sets drift mostly along the track: about {along} km (1 sigma; {seconds} s of timing at 90 %) here, from 1 km at epoch growing 2 km a day (Vallado &amp; Cefola 2012) plus a drag term fitted to our own data; across the track about {across} km.</source>
        <translation>عناصر {name} على بُعد {days} يوم من حقبتها. تنجرف مجموعات العناصر غالبًا على امتداد المسار: نحو {along} كم هنا (1 سيغما؛ {seconds} ث من التوقيت عند 90 %)، بدءًا من 1 كم عند الحقبة وتزداد 2 كم يوميًا (Vallado &amp; Cefola 2012) مع حدّ للسحب مُلاءَم مع بياناتنا؛ وعرضيًا نحو {across} كم.</translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation>ما الذي أنظر إليه؟</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a satellite in the list on the left.&lt;/p&gt;</source>
        <translation>&lt;p&gt;اختر قمرًا صناعيًا من القائمة على اليسار.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Ground track.&lt;/b&gt; The coloured line is the path of the point directly below {name}. One orbit takes {period} minutes, so it circles the Earth {revs} times a day. While it goes round once, the Earth turns beneath it, so each new track lies {shift}° of longitude further west (about {shift_km} km at 40° latitude). The dashed part is the past, the solid part the future.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;المسار الأرضي.&lt;/b&gt; الخط الملوّن هو مسار النقطة الواقعة تحت {name} مباشرة. تستغرق الدورة الواحدة {period} دقيقة، فيدور حول الأرض {revs} مرة يوميًا. وفي أثناء دورته الواحدة تدور الأرض تحته، فيقع كل مسار جديد على بُعد {shift}° من خط الطول غربًا (نحو {shift_km} كم عند خط العرض 40°). الجزء المتقطع هو الماضي، والجزء المتصل هو المستقبل.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Footprint.&lt;/b&gt; The shaded circle around the satellite is what it can reach with the chosen setting ({setting}): everything within {reach} km of the point below it, from its height of {height} km.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;البصمة الأرضية.&lt;/b&gt; الدائرة المظللة حول القمر هي ما يستطيع بلوغه بالإعداد المختار ({setting}): كل ما يقع ضمن {reach} كم من النقطة التي تحته، من ارتفاعه البالغ {height} كم.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sun-synchronous orbit.&lt;/b&gt; The orbit is tilted {inclination}°, just past the pole, so that Earth's bulge turns it {drift}° a day, as fast as the Earth goes round the Sun. It therefore crosses the equator northbound at the same local solar time every day, {time}, and passes over any one place at about the same local time: good light for a camera, day after day.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;مدار متزامن مع الشمس.&lt;/b&gt; يميل المدار {inclination}°، متجاوزًا القطب بقليل، كي يديره انتفاخ الأرض {drift}° يوميًا، بسرعة دوران الأرض حول الشمس نفسها. لذا يعبر خط الاستواء متجهًا شمالًا في التوقيت الشمسي المحلي نفسه كل يوم، {time}، ويمر فوق أي مكان في التوقيت المحلي نفسه تقريبًا: إضاءة جيدة للكاميرا يومًا بعد يوم.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Revisit time.&lt;/b&gt; Over {region} the satellite came back on average every {mean} (longest wait {longest}). That is the gap between the end of one pass and the start of the next, within the analysis window.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;زمن إعادة الزيارة.&lt;/b&gt; فوق {region} عاد القمر في المتوسط كل {mean} (أطول انتظار {longest}). وهو الفجوة بين نهاية مرور وبداية المرور التالي، داخل نافذة التحليل.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;How sure?&lt;/b&gt; {model} View ▸ Uncertainty band (Ctrl+U) draws where the satellite may be.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ما مدى الدقة؟&lt;/b&gt; {model} عرض ▸ نطاق عدم اليقين (Ctrl+U) يرسم المواضع التي قد يكون فيها القمر.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style='color:#8a3a00'&gt;&lt;b&gt;Approximate.&lt;/b&gt; These elements were built from published orbit figures, not tracked observations: the shape of the orbit and the local time of its passes are meaningful, the satellite's exact position is not.&lt;/p&gt;</source>
        <translation>&lt;p style='color:#8a3a00'&gt;&lt;b&gt;تقريبي.&lt;/b&gt; بُنيت هذه العناصر من أرقام مدارية منشورة، لا من أرصاد تتبّع: شكل المدار والتوقيت المحلي لمرات مروره ذوا معنى، أما الموضع الدقيق للقمر فلا.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LessonIo</name>
    <message>
        <source>Save lesson</source>
        <translation>حفظ الدرس</translation>
    </message>
    <message>
        <source>Overflight lesson (*{SUFFIX})</source>
        <translation>درس Overflight (*{SUFFIX})</translation>
    </message>
    <message>
        <source>Could not write {path}: {0}</source>
        <translation>تعذّرت كتابة {path}: {0}</translation>
    </message>
    <message>
        <source>Lesson saved to {path}.</source>
        <translation>حُفظ الدرس في {path}.</translation>
    </message>
    <message>
        <source>Lesson saved to {path}</source>
        <translation>حُفظ الدرس في {path}</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>فتح درس</translation>
    </message>
    <message>
        <source>Overflight lesson (*{SUFFIX});;All files (*)</source>
        <translation>درس Overflight (*{SUFFIX});;كل الملفات (*)</translation>
    </message>
    <message>
        <source> (and {0} more)</source>
        <translation> (و{0} أخرى)</translation>
    </message>
    <message>
        <source>{name}: opened; not loaded: {problem}{more}</source>
        <translation>{name}: فُتح؛ لم يُحمَّل: {problem}{more}</translation>
    </message>
    <message>
        <source>{name}: lesson opened</source>
        <translation>{name}: فُتح الدرس</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>فتح &amp;درس…</translation>
    </message>
    <message>
        <source>&amp;Save lesson…</source>
        <translation>&amp;حفظ الدرس…</translation>
    </message>
</context>
<context>
    <name>LifetimeSection</name>
    <message>
        <source> kg</source>
        <translation> كغ</translation>
    </message>
    <message>
        <source>from B* or published</source>
        <translation>من B* أو منشورة</translation>
    </message>
    <message>
        <source>Mass; leave at the start for a real set's B*, else the published mass</source>
        <translation>الكتلة؛ اتركها عند البداية لاستخدام B* لمجموعة حقيقية، وإلا فالكتلة المنشورة</translation>
    </message>
    <message>
        <source> m²</source>
        <translation> م²</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>مُقدَّرة</translation>
    </message>
    <message>
        <source>Cross-section against the flow (with a mass)</source>
        <translation>المقطع العرضي مقابل التدفق (مع كتلة)</translation>
    </message>
    <message>
        <source>Drag coefficient (2.2 is usual for a compact satellite)</source>
        <translation>معامل السحب (2.2 معتاد لقمر صناعي مدمج)</translation>
    </message>
    <message>
        <source>Three scenarios</source>
        <translation>ثلاثة سيناريوهات</translation>
    </message>
    <message>
        <source>Scenarios and CelesTrak space weather</source>
        <translation>السيناريوهات وطقس الفضاء من CelesTrak</translation>
    </message>
    <message>
        <source>Add a curve under CelesTrak's observed and predicted activity: the copy fetched last, else the copy bundled with Overflight</source>
        <translation>أضف منحنى وفق النشاط المرصود والمتوقع من CelesTrak: آخر نسخة مجلوبة، وإلا فالنسخة المرفقة مع Overflight</translation>
    </message>
    <message>
        <source>Estimate decay</source>
        <translation>قدّر الاضمحلال</translation>
    </message>
    <message>
        <source>Estimate the decay of the selected satellite under low, moderate and high solar activity</source>
        <translation>قدّر اضمحلال مدار القمر المحدد في ظل نشاط شمسي منخفض ومعتدل ومرتفع</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop the estimate</source>
        <translation>أوقف التقدير</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>العمر المداري</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>الكتلة</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المساحة</translation>
    </message>
    <message>
        <source>Drag coeff.</source>
        <translation>معامل السحب</translation>
    </message>
    <message>
        <source>Solar activity</source>
        <translation>النشاط الشمسي</translation>
    </message>
    <message>
        <source>Select a satellite first.</source>
        <translation>حدّد قمرًا صناعيًا أولًا.</translation>
    </message>
    <message>
        <source>after {0}</source>
        <translation>بعد {0}</translation>
    </message>
    <message>
        <source>{0} ({1}); now {2:+.3f} km a day</source>
        <translation>{0} ({1})؛ الآن {2:+.3f} كم يوميًا</translation>
    </message>
    <message>
        <source>This is an estimate</source>
        <translation>هذا تقدير</translation>
    </message>
</context>
<context>
    <name>LiveClock</name>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} ساعة {m:02d} دقيقة</translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation>{m} دقيقة {s:02d} ث</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} ث</translation>
    </message>
    <message>
        <source>Live: choose a satellite and where you are to see when it rises</source>
        <translation>مباشر: اختر قمرًا صناعيًا وموقعك لترى متى يشرق</translation>
    </message>
    <message>
        <source>{sat} does not rise above {mask:g}° here in the next two days</source>
        <translation>{sat} لا يرتفع فوق {mask:g}° هنا خلال اليومين القادمين</translation>
    </message>
    <message>
        <source>{sat} is up now: highest {el:.0f}° in the {dir}, sets in {left} ({time})</source>
        <translation>{sat} ظاهر الآن: أعلى ارتفاع {el:.0f}° جهة {dir}، يغرب خلال {left} ({time})</translation>
    </message>
    <message>
        <source>{sat} rises in {left}: {time} in the {dir}, up to {el:.0f}°</source>
        <translation>{sat} يشرق خلال {left}: {time} جهة {dir}، حتى {el:.0f}°</translation>
    </message>
    <message>
        <source>&amp;Live clock</source>
        <translation>الساعة ال&amp;مباشرة</translation>
    </message>
    <message>
        <source>The clock follows the wall clock; the map, the globe and the sky plot move once a second</source>
        <translation>تتبع الساعة الوقت الفعلي؛ وتتحرك الخريطة والكرة الأرضية ومخطط السماء مرة كل ثانية</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Satellites</source>
        <translation>الأقمار الصناعية</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>التحليل</translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation>ما الذي أنظر إليه؟</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>مرات المرور</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Orbit lab</source>
        <translation>مختبر المدارات</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Overflight</source>
        <translation>Overflight</translation>
    </message>
    <message>
        <source>Analysis cancelled</source>
        <translation>أُلغي التحليل</translation>
    </message>
    <message>
        <source>Could not write {path}: {0}</source>
        <translation>تعذّرت كتابة {path}: {0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Open element file…</source>
        <translation>&amp;فتح ملف عناصر…</translation>
    </message>
    <message>
        <source>Add TLE or OMM element sets</source>
        <translation>أضف مجموعات عناصر TLE أو OMM</translation>
    </message>
    <message>
        <source>&amp;Paste element sets</source>
        <translation>ل&amp;صق مجموعات العناصر</translation>
    </message>
    <message>
        <source>Add TLE or OMM text from the clipboard</source>
        <translation>أضف نص TLE أو OMM من الحافظة</translation>
    </message>
    <message>
        <source>Export map as &amp;PNG…</source>
        <translation>تصدير الخريطة بصيغة &amp;PNG…</translation>
    </message>
    <message>
        <source>Export map as &amp;SVG…</source>
        <translation>تصدير الخريطة بصيغة &amp;SVG…</translation>
    </message>
    <message>
        <source>Export passes as &amp;CSV…</source>
        <translation>تصدير مرات المرور بصيغة &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;تحليل</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;تشغيل</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <source>Region from &amp;GeoJSON…</source>
        <translation>منطقة من &amp;GeoJSON…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>وضع ال&amp;عرض التقديمي</translation>
    </message>
    <message>
        <source>Full-screen map for a room: large type, clock and statistics on the map (Esc leaves)</source>
        <translation>خريطة بملء الشاشة لقاعة الدرس: خط كبير، وساعة وإحصاءات على الخريطة (Esc للخروج)</translation>
    </message>
    <message>
        <source>&amp;Globe</source>
        <translation>ال&amp;كرة الأرضية</translation>
    </message>
    <message>
        <source>An orthographic globe with the orbit as a ring in space (Ctrl+G again: the map)</source>
        <translation>كرة أرضية بإسقاط متعامد والمدار حلقة في الفضاء (Ctrl+G مرة أخرى: الخريطة)</translation>
    </message>
    <message>
        <source>&amp;Follow the satellite</source>
        <translation>&amp;تتبّع القمر الصناعي</translation>
    </message>
    <message>
        <source>Keep the first satellite centred while time runs</source>
        <translation>أبقِ القمر الأول في المركز أثناء سير الوقت</translation>
    </message>
    <message>
        <source>&amp;Uncertainty band</source>
        <translation>نطاق عدم ال&amp;يقين</translation>
    </message>
    <message>
        <source>Draw where the first satellite may be (90 % of its uncertainty model)</source>
        <translation>ارسم المواضع التي قد يكون فيها القمر الأول (90 % من نموذج عدم اليقين)</translation>
    </message>
    <message>
        <source>&amp;All satellites</source>
        <translation>كل الأ&amp;قمار الصناعية</translation>
    </message>
    <message>
        <source>Every loaded satellite as a dot at the clock's time, coloured by orbit class; hover names one, a click selects it</source>
        <translation>كل قمر محمَّل نقطةً عند وقت الساعة، ملوّنة حسب فئة المدار؛ التمرير يُظهر الاسم، والنقر يحدده</translation>
    </message>
    <message>
        <source>Colour-&amp;blind-safe colours</source>
        <translation>ألوان آمنة لعمى الأ&amp;لوان</translation>
    </message>
    <message>
        <source>Okabe-Ito colours for tracks and passes (the default)</source>
        <translation>ألوان Okabe-Ito للمسارات ومرات المرور (الافتراضي)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>إعادة &amp;ضبط التخطيط</translation>
    </message>
    <message>
        <source>Put every panel back in its place</source>
        <translation>أعد كل لوحة إلى مكانها</translation>
    </message>
    <message>
        <source>Whole &amp;world</source>
        <translation>ال&amp;عالم كله</translation>
    </message>
    <message>
        <source>Zoom to &amp;region</source>
        <translation>تكبير إلى ال&amp;منطقة</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>تشغيل / إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Go to &amp;now</source>
        <translation>الانتقال إلى ال&amp;آن</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;What am I looking at?</source>
        <translation>&amp;ما الذي أنظر إليه؟</translation>
    </message>
    <message>
        <source>&amp;About Overflight</source>
        <translation>&amp;حول Overflight</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Solar &amp;Hijri dates</source>
        <translation>تواريخ ه&amp;جرية شمسية</translation>
    </message>
    <message>
        <source>Show dates in the Solar Hijri calendar beside UTC</source>
        <translation>اعرض التواريخ بالتقويم الهجري الشمسي بجانب UTC</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Overflight will start in {language} the next time it is opened.</source>
        <translation>سيبدأ Overflight باللغة {language} في المرة القادمة التي يُفتح فيها.</translation>
    </message>
    <message>
        <source>speed {0}  ·  Space: play/pause  ·  +/-: speed  ·  arrows: step  ·  K: sky  ·  Esc: leave</source>
        <translation>السرعة {0}  ·  Space: تشغيل/إيقاف مؤقت  ·  +/-: السرعة  ·  الأسهم: خطوة  ·  K: السماء  ·  Esc: خروج</translation>
    </message>
    <message>
        <source>Over {region} ({settings}):</source>
        <translation>فوق {region} ({settings}):</translation>
    </message>
    <message>
        <source>{name}: {rate:.2f} passes a day, revisit mean {gap}</source>
        <translation>{name}: {rate:.2f} مرة مرور يوميًا، متوسط إعادة الزيارة {gap}</translation>
    </message>
    <message>
        <source>{name}: {rate:.2f} passes a day</source>
        <translation>{name}: {rate:.2f} مرة مرور يوميًا</translation>
    </message>
    <message>
        <source>Region: {name}</source>
        <translation>المنطقة: {name}</translation>
    </message>
    <message>
        <source>No country there (open sea): click on land</source>
        <translation>لا دولة هنا (بحر مفتوح): انقر على اليابسة</translation>
    </message>
    <message>
        <source>Region from GeoJSON</source>
        <translation>منطقة من GeoJSON</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON (*.geojson *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Choose a satellite on the left and a region above, then Run.</source>
        <translation>اختر قمرًا صناعيًا على اليسار ومنطقة في الأعلى، ثم تشغيل.</translation>
    </message>
    <message>
        <source>Computing passes over {name}…</source>
        <translation>جارٍ حساب مرات المرور فوق {name}…</translation>
    </message>
    <message>
        <source>{n} passes over {region} in {days:g} days</source>
        <translation>{n} مرة مرور فوق {region} خلال {days:g} يوم</translation>
    </message>
    <message>
        <source>Analysis failed: {0}</source>
        <translation>فشل التحليل: {0}</translation>
    </message>
    <message>
        <source>{file}: {0} element sets read, {1} new or newer</source>
        <translation>{file}: قُرئت {0} مجموعة عناصر، منها {1} جديدة أو أحدث</translation>
    </message>
    <message>
        <source>; {0} records skipped (first: {1})</source>
        <translation>؛ تُخطّي {0} سجل (الأول: {1})</translation>
    </message>
    <message>
        <source>Open element sets</source>
        <translation>فتح مجموعات العناصر</translation>
    </message>
    <message>
        <source>Element sets (*.tle *.txt *.3le *.json *.csv);;All files (*)</source>
        <translation>مجموعات العناصر (*.tle *.txt *.3le *.json *.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Element sets</source>
        <translation>مجموعات العناصر</translation>
    </message>
    <message>
        <source>Paste element sets</source>
        <translation>لصق مجموعات العناصر</translation>
    </message>
    <message>
        <source>The clipboard holds {0:.0f} million characters: too much for element sets (limit {1:.0f} MB)</source>
        <translation>تحتوي الحافظة على {0:.0f} مليون حرف: أكثر مما ينبغي لمجموعات العناصر (الحد {1:.0f} MB)</translation>
    </message>
    <message>
        <source>The clipboard holds no TLE or OMM element sets</source>
        <translation>لا تحتوي الحافظة على مجموعات عناصر TLE أو OMM</translation>
    </message>
    <message>
        <source>{0} element sets pasted, {1} skipped</source>
        <translation>لُصقت {0} مجموعة عناصر، وتُخطّيت {1}</translation>
    </message>
    <message>
        <source>{0} element sets pasted</source>
        <translation>لُصقت {0} مجموعة عناصر</translation>
    </message>
    <message>
        <source>Export map as PNG</source>
        <translation>تصدير الخريطة بصيغة PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <source>Map saved to {path}</source>
        <translation>حُفظت الخريطة في {path}</translation>
    </message>
    <message>
        <source>Export map as SVG</source>
        <translation>تصدير الخريطة بصيغة SVG</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>رسم SVG (*.svg)</translation>
    </message>
    <message>
        <source>Overflight map</source>
        <translation>خريطة Overflight</translation>
    </message>
    <message>
        <source>Export passes</source>
        <translation>تصدير مرات المرور</translation>
    </message>
    <message>
        <source>Run an analysis first.</source>
        <translation>أجرِ تحليلًا أولًا.</translation>
    </message>
    <message>
        <source>Export passes as CSV</source>
        <translation>تصدير مرات المرور بصيغة CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{0} passes saved to {path}</source>
        <translation>حُفظت {0} مرة مرور في {path}</translation>
    </message>
    <message>
        <source>About Overflight</source>
        <translation>حول Overflight</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overflight&lt;/b&gt;: satellite ground tracks, revisit analysis and news context.&lt;br&gt;Orbits: SGP4 (sgp4, skyfield). Sun: JPL DE421. Map: Natural Earth (public domain).&lt;br&gt;Element sets marked APPROXIMATE are built from published orbit figures.</source>
        <translation>&lt;b&gt;Overflight&lt;/b&gt;: المسارات الأرضية للأقمار الصناعية، وتحليل إعادة الزيارة، وسياق الأخبار.&lt;br&gt;المدارات: SGP4 (sgp4، skyfield). الشمس: JPL DE421. الخريطة: Natural Earth (ملكية عامة).&lt;br&gt;مجموعات العناصر الموسومة APPROXIMATE مبنية من أرقام مدارية منشورة.</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>فوق المنطقة</translation>
    </message>
    <message>
        <source>&amp;Overhead: who passes over the region</source>
        <translation>&amp;فوق المنطقة: مَن يمر فوقها</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Observer</source>
        <translation>الراصد</translation>
    </message>
    <message>
        <source>Set observer here ({lat:.2f}, {lon:.2f})</source>
        <translation>ضع الراصد هنا ({lat:.2f}، {lon:.2f})</translation>
    </message>
    <message>
        <source>elements {0:.0f} d old</source>
        <translation>عمر العناصر {0:.0f} يوم</translation>
    </message>
    <message>
        <source>elements {0:.0f} d ahead</source>
        <translation>العناصر متقدمة {0:.0f} يوم</translation>
    </message>
    <message>
        <source>in a pass over {0}</source>
        <translation>في مرور فوق {0}</translation>
    </message>
    <message>
        <source>Map: Natural Earth (public domain). Made with Overflight.</source>
        <translation>الخريطة: Natural Earth (ملكية عامة). صُنعت باستخدام Overflight.</translation>
    </message>
</context>
<context>
    <name>ObserverBox</name>
    <message>
        <source>Type a city…</source>
        <translation>اكتب اسم مدينة…</translation>
    </message>
    <message>
        <source>Type a city's name (in any language the gazetteer knows) and pick it</source>
        <translation>اكتب اسم مدينة (بأي لغة يعرفها الفهرس الجغرافي) واخترها</translation>
    </message>
    <message>
        <source>Latitude and longitude in degrees, then Enter: 51.48, -0.01 or 51.48N 0.01W</source>
        <translation>خط العرض وخط الطول بالدرجات، ثم Enter: ‎51.48, -0.01 أو 51.48N 0.01W</translation>
    </message>
    <message>
        <source>or lat, lon: 51.48, -0.01</source>
        <translation>أو خط العرض، خط الطول: ‎51.48, -0.01</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>الراصد</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>No city called “{name}” in the gazetteer: try its English name, or type coordinates</source>
        <translation>لا مدينة باسم «{name}» في الفهرس الجغرافي: جرّب اسمها الإنجليزي، أو اكتب الإحداثيات</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>لم يُختر بعد</translation>
    </message>
</context>
<context>
    <name>OrbitClasses</name>
    <message>
        <source>low Earth orbit</source>
        <translation>مدار أرضي منخفض</translation>
    </message>
    <message>
        <source>sun-synchronous (low)</source>
        <translation>متزامن مع الشمس (منخفض)</translation>
    </message>
    <message>
        <source>medium Earth orbit</source>
        <translation>مدار أرضي متوسط</translation>
    </message>
    <message>
        <source>geostationary / geosynchronous</source>
        <translation>ثابت بالنسبة للأرض / متزامن مع الأرض</translation>
    </message>
    <message>
        <source>highly elliptical</source>
        <translation>إهليلجي عالي اللامركزية</translation>
    </message>
</context>
<context>
    <name>OrbitLab</name>
    <message>
        <source>Your kept designs</source>
        <translation>تصميماتك المحفوظة</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Start a new design from the current settings</source>
        <translation>ابدأ تصميمًا جديدًا من الإعدادات الحالية</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete this design</source>
        <translation>احذف هذا التصميم</translation>
    </message>
    <message>
        <source>Start from a preset…</source>
        <translation>ابدأ من إعداد مسبق…</translation>
    </message>
    <message>
        <source>Load a classic orbit into the lab</source>
        <translation>حمّل مدارًا كلاسيكيًا في المختبر</translation>
    </message>
    <message>
        <source>From selected satellite</source>
        <translation>من القمر المحدد</translation>
    </message>
    <message>
        <source>Copy the mean elements of the satellite selected in the list into the lab</source>
        <translation>انسخ العناصر المتوسطة للقمر المحدد في القائمة إلى المختبر</translation>
    </message>
    <message>
        <source>Name of the designed satellite</source>
        <translation>اسم القمر المُصمَّم</translation>
    </message>
    <message>
        <source>Circular, height</source>
        <translation>دائري، الارتفاع</translation>
    </message>
    <message>
        <source>Perigee and apogee</source>
        <translation>الحضيض والأوج</translation>
    </message>
    <message>
        <source>Repeat ground track (R orbits in D days)</source>
        <translation>مسار أرضي متكرر (R دورة في D يوم)</translation>
    </message>
    <message>
        <source>How the size of the orbit is given</source>
        <translation>كيفية تحديد حجم المدار</translation>
    </message>
    <message>
        <source>Height above the equator (circular orbit); type larger values in the box</source>
        <translation>الارتفاع فوق خط الاستواء (مدار دائري)؛ اكتب القيم الأكبر في الخانة</translation>
    </message>
    <message>
        <source> km</source>
        <translation> كم</translation>
    </message>
    <message>
        <source>Lowest point of the orbit above the equator</source>
        <translation>أدنى نقطة في المدار فوق خط الاستواء</translation>
    </message>
    <message>
        <source>Highest point of the orbit above the equator</source>
        <translation>أعلى نقطة في المدار فوق خط الاستواء</translation>
    </message>
    <message>
        <source>R: orbits in one repeat cycle</source>
        <translation>R: الدورات في دورة تكرار واحدة</translation>
    </message>
    <message>
        <source> orbits</source>
        <translation> دورة</translation>
    </message>
    <message>
        <source>D: days in one repeat cycle</source>
        <translation>D: الأيام في دورة تكرار واحدة</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>Repeat cycles near the current height (sun-synchronous when ticked)</source>
        <translation>دورات التكرار قرب الارتفاع الحالي (متزامنة مع الشمس عند التحديد)</translation>
    </message>
    <message>
        <source>Eccentricity: 0 is a circle; with a height, perigee and apogee follow from it</source>
        <translation>الاختلاف المركزي: 0 دائرة؛ ومع الارتفاع يُستنتج منه الحضيض والأوج</translation>
    </message>
    <message>
        <source>Sun-synchronous</source>
        <translation>متزامن مع الشمس</translation>
    </message>
    <message>
        <source>Inclination computed so the Earth's bulge turns the orbit once a year: same local time every day</source>
        <translation>ميل محسوب كي يدير انتفاخ الأرض المدار مرة في السنة: التوقيت المحلي نفسه كل يوم</translation>
    </message>
    <message>
        <source>Inclination: the tilt of the orbit to the equator</source>
        <translation>الميل: ميل المدار عن خط الاستواء</translation>
    </message>
    <message>
        <source>Local time of the ascending node</source>
        <translation>التوقيت المحلي للعقدة الصاعدة</translation>
    </message>
    <message>
        <source>Local time of the descending node</source>
        <translation>التوقيت المحلي للعقدة الهابطة</translation>
    </message>
    <message>
        <source>Right ascension of the node</source>
        <translation>المطلع المستقيم للعقدة</translation>
    </message>
    <message>
        <source>Where the orbit crosses the equator northbound</source>
        <translation>حيث يعبر المدار خط الاستواء متجهًا شمالًا</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ساعة</translation>
    </message>
    <message>
        <source>Local mean solar time at the node (hours)</source>
        <translation>التوقيت الشمسي المتوسط المحلي عند العقدة (بالساعات)</translation>
    </message>
    <message>
        <source>Right ascension of the ascending node</source>
        <translation>المطلع المستقيم للعقدة الصاعدة</translation>
    </message>
    <message>
        <source>Argument of perigee: where on the orbit the perigee lies (matters when eccentric)</source>
        <translation>زاوية الحضيض: موضع الحضيض على المدار (مهمة عندما يكون المدار إهليلجيًا)</translation>
    </message>
    <message>
        <source>Mean anomaly</source>
        <translation>الشذوذ المتوسط</translation>
    </message>
    <message>
        <source>Over a place at the clock's time (ascending)</source>
        <translation>فوق مكان عند وقت الساعة (صاعد)</translation>
    </message>
    <message>
        <source>Over a place at the clock's time (descending)</source>
        <translation>فوق مكان عند وقت الساعة (هابط)</translation>
    </message>
    <message>
        <source>Where the satellite is on its orbit at the epoch</source>
        <translation>موضع القمر على مداره عند الحقبة</translation>
    </message>
    <message>
        <source>Mean anomaly at the epoch</source>
        <translation>الشذوذ المتوسط عند الحقبة</translation>
    </message>
    <message>
        <source>° N</source>
        <translation>° ش</translation>
    </message>
    <message>
        <source>Latitude of the place (negative: south)</source>
        <translation>خط عرض المكان (سالب: جنوبًا)</translation>
    </message>
    <message>
        <source>° E</source>
        <translation>° ق</translation>
    </message>
    <message>
        <source>Longitude of the place (negative: west)</source>
        <translation>خط طول المكان (سالب: غربًا)</translation>
    </message>
    <message>
        <source>Export TLE…</source>
        <translation>تصدير TLE…</translation>
    </message>
    <message>
        <source>Export OMM…</source>
        <translation>تصدير OMM…</translation>
    </message>
    <message>
        <source>Save the elements as a TLE file (the DESIGNED mark travels with it)</source>
        <translation>احفظ العناصر ملف TLE (تنتقل معه علامة DESIGNED)</translation>
    </message>
    <message>
        <source>Save the elements as OMM JSON</source>
        <translation>احفظ العناصر بصيغة OMM JSON</translation>
    </message>
    <message>
        <source>Orbit</source>
        <translation>المدار</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>الارتفاع</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Perigee / apogee</source>
        <translation>الحضيض / الأوج</translation>
    </message>
    <message>
        <source>in</source>
        <translation>في</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>Eccentricity</source>
        <translation>الاختلاف المركزي</translation>
    </message>
    <message>
        <source>Inclination</source>
        <translation>الميل</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>العقدة</translation>
    </message>
    <message>
        <source>Node time</source>
        <translation>توقيت العقدة</translation>
    </message>
    <message>
        <source>Node RA</source>
        <translation>مطلع العقدة</translation>
    </message>
    <message>
        <source>Arg. of perigee</source>
        <translation>زاوية الحضيض</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>الطور</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>What this orbit does</source>
        <translation>ماذا يفعل هذا المدار</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a preset or move a slider.&lt;/i&gt;</source>
        <translation>&lt;i&gt;اختر إعدادًا مسبقًا أو حرّك منزلقًا.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Pick a repeat cycle near this height…</source>
        <translation>اختر دورة تكرار قرب هذا الارتفاع…</translation>
    </message>
    <message>
        <source>{revs}/{days}: {height_km:.0f} km, tracks {spacing_km:.0f} km apart</source>
        <translation>{revs}/{days}: {height_km:.0f} كم، والمسارات متباعدة {spacing_km:.0f} كم</translation>
    </message>
    <message>
        <source>(no designs kept yet)</source>
        <translation>(لا تصميمات محفوظة بعد)</translation>
    </message>
    <message>
        <source>Select a catalogue satellite in the Satellites list first.</source>
        <translation>حدّد قمرًا من الفهرس في قائمة الأقمار الصناعية أولًا.</translation>
    </message>
    <message>
        <source>Could not keep the design: {0}</source>
        <translation>تعذّر الاحتفاظ بالتصميم: {0}</translation>
    </message>
    <message>
        <source>Export design</source>
        <translation>تصدير التصميم</translation>
    </message>
    <message>
        <source>{name} saved to {path}</source>
        <translation>حُفظ {name} في {path}</translation>
    </message>
    <message>
        <source>Open the Orbit &amp;lab</source>
        <translation>فتح &amp;مختبر المدارات</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <source>Print handout</source>
        <translation>طباعة النشرة</translation>
    </message>
    <message>
        <source>PDF, A4 (*.pdf);;PDF, US Letter (*.pdf)</source>
        <translation>PDF، A4 (*.pdf);;PDF، US Letter (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write {path}: {0}</source>
        <translation>تعذّرت كتابة {path}: {0}</translation>
    </message>
    <message>
        <source>Handout ({pages} pages) saved to {path}</source>
        <translation>حُفظت النشرة ({pages} صفحة) في {path}</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>الرسوم المتحركة</translation>
    </message>
    <message>
        <source>Slide size</source>
        <translation>حجم الشريحة</translation>
    </message>
    <message>
        <source>Save animation</source>
        <translation>حفظ الرسوم المتحركة</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>رسوم متحركة GIF (*.gif)</translation>
    </message>
    <message>
        <source>Painting {0} frames…</source>
        <translation>جارٍ رسم {0} إطار…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Animation cancelled</source>
        <translation>أُلغيت الرسوم المتحركة</translation>
    </message>
    <message>
        <source>{0} frames saved to {path}</source>
        <translation>حُفظ {0} إطار في {path}</translation>
    </message>
    <message>
        <source>&amp;Print handout (PDF)…</source>
        <translation>&amp;طباعة النشرة (PDF)…</translation>
    </message>
    <message>
        <source>Make an a&amp;nimation (GIF)…</source>
        <translation>إنشاء رسوم &amp;متحركة (GIF)…</translation>
    </message>
</context>
<context>
    <name>OverheadModel</name>
    <message>
        <source>Satellite</source>
        <translation>القمر الصناعي</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>البدء (UTC)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Max elev.</source>
        <translation>أقصى ارتفاع</translation>
    </message>
    <message>
        <source>Off-nadir</source>
        <translation>عن النظير</translation>
    </message>
    <message>
        <source>{0} (under way)</source>
        <translation>{0} (جارٍ)</translation>
    </message>
    <message>
        <source>≥ {0}</source>
        <translation>≥ {0}</translation>
    </message>
    <message>
        <source>NORAD {0}: click to select it and set the clock to the pass's start</source>
        <translation>NORAD {0}: انقر لتحديده وضبط الساعة على بداية المرور</translation>
    </message>
</context>
<context>
    <name>OverheadPanel</name>
    <message>
        <source> h</source>
        <translation> ساعة</translation>
    </message>
    <message>
        <source>How far ahead of the clock to look (up to a week)</source>
        <translation>إلى أي مدى بعد الساعة يُبحث (حتى أسبوع)</translation>
    </message>
    <message>
        <source>Find passes</source>
        <translation>ابحث عن مرات المرور</translation>
    </message>
    <message>
        <source>Passes of every satellite of the layer over the analysis region, with the Analysis panel's criterion</source>
        <translation>مرات مرور كل قمر في الطبقة فوق منطقة التحليل، بمعيار لوحة التحليل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop the search; the last list stays</source>
        <translation>أوقف البحث؛ تبقى القائمة الأخيرة</translation>
    </message>
    <message>
        <source>Choose a region (a point, a circle or a country), then Find passes.</source>
        <translation>اختر منطقة (نقطة أو دائرة أو دولة)، ثم ابحث عن مرات المرور.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Choose a region first: a point, a circle or a country (Analysis panel).</source>
        <translation>اختر منطقة أولًا: نقطة أو دائرة أو دولة (لوحة التحليل).</translation>
    </message>
    <message>
        <source>No satellites loaded.</source>
        <translation>لا أقمار صناعية محمَّلة.</translation>
    </message>
    <message>
        <source>{0} satellites for {1} h need about {2} GB (budget {3} GB): look fewer hours ahead</source>
        <translation>{0} قمر لمدة {1} ساعة تحتاج إلى نحو {2} GB (الميزانية {3} GB): ابحث ساعات أقل مقدمًا</translation>
    </message>
    <message>
        <source>Searching {0} satellites over {1}…</source>
        <translation>جارٍ البحث في {0} قمر فوق {1}…</translation>
    </message>
    <message>
        <source>{0} passes of {1} satellites over {2} ({3}), in time order.</source>
        <translation>{0} مرة مرور لـ {1} قمر فوق {2} ({3})، مرتبة زمنيًا.</translation>
    </message>
    <message>
        <source>{0} of them by APPROXIMATE or DESIGNED element sets.</source>
        <translation>{0} منها بمجموعات عناصر APPROXIMATE أو DESIGNED.</translation>
    </message>
    <message>
        <source>Cancelled; the last list stays.</source>
        <translation>أُلغي؛ تبقى القائمة الأخيرة.</translation>
    </message>
</context>
<context>
    <name>PassTableModel</name>
    <message>
        <source>Satellite</source>
        <translation>القمر الصناعي</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>البدء (UTC)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Closest (UTC)</source>
        <translation>الأقرب (UTC)</translation>
    </message>
    <message>
        <source>Off-nadir</source>
        <translation>عن النظير</translation>
    </message>
    <message>
        <source>Max elev.</source>
        <translation>أقصى ارتفاع</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>الشمس</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>التوقيت المحلي</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Start window (share)</source>
        <translation>نافذة البدء (النسبة)</translation>
    </message>
    <message>
        <source>Where the pass may start, 5-95 % of the sampled element sets, and how many of them have it</source>
        <translation>حيث قد يبدأ المرور، 5-95 % من مجموعات العناصر المأخوذة، وكم منها يتضمنه</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>صاعد</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>هابط</translation>
    </message>
    <message>
        <source>Sun elevation at the nearest point of the region, at closest approach</source>
        <translation>ارتفاع الشمس عند أقرب نقطة من المنطقة، لحظة أقرب اقتراب</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>ISS-like (420 km, 51.6 deg)</source>
        <translation>شبيه بمحطة الفضاء الدولية (420 كم، 51.6 درجة)</translation>
    </message>
    <message>
        <source>Sun-synchronous 705 km, 10:00 descending</source>
        <translation>متزامن مع الشمس 705 كم، 10:00 هابط</translation>
    </message>
    <message>
        <source>10-day repeat (about 790 km)</source>
        <translation>تكرار كل 10 أيام (نحو 790 كم)</translation>
    </message>
    <message>
        <source>Geostationary (over 0 deg)</source>
        <translation>ثابت بالنسبة للأرض (فوق 0 درجة)</translation>
    </message>
    <message>
        <source>Molniya (63.4 deg, 12 h)</source>
        <translation>مولنيا (63.4 درجة، 12 ساعة)</translation>
    </message>
    <message>
        <source>Khayyam as published</source>
        <translation>خيام كما نُشر</translation>
    </message>
</context>
<context>
    <name>Readouts</name>
    <message>
        <source>Period</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Revolutions a day</source>
        <translation>الدورات يوميًا</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>الارتفاع</translation>
    </message>
    <message>
        <source>Inclination</source>
        <translation>الميل</translation>
    </message>
    <message>
        <source>Node drift</source>
        <translation>انجراف العقدة</translation>
    </message>
    <message>
        <source>Node local time</source>
        <translation>التوقيت المحلي للعقدة</translation>
    </message>
    <message>
        <source>Track shift</source>
        <translation>إزاحة المسار</translation>
    </message>
    <message>
        <source>Repeat cycle</source>
        <translation>دورة التكرار</translation>
    </message>
    <message>
        <source>Ground speed</source>
        <translation>السرعة الأرضية</translation>
    </message>
    <message>
        <source>Footprint radius</source>
        <translation>نصف قطر البصمة</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} دقيقة</translation>
    </message>
    <message>
        <source>{0} km</source>
        <translation>{0} كم</translation>
    </message>
    <message>
        <source>{0} to {1} km</source>
        <translation>من {0} إلى {1} كم</translation>
    </message>
    <message>
        <source>{0}° a day</source>
        <translation>{0}° يوميًا</translation>
    </message>
    <message>
        <source>{0} ascending, {1} descending (sun-synchronous)</source>
        <translation>{0} صاعدة، {1} هابطة (متزامن مع الشمس)</translation>
    </message>
    <message>
        <source>drifts (not sun-synchronous)</source>
        <translation>ينجرف (غير متزامن مع الشمس)</translation>
    </message>
    <message>
        <source>{0}° west per orbit ({1} km at the equator)</source>
        <translation>{0}° غربًا لكل دورة ({1} كم عند خط الاستواء)</translation>
    </message>
    <message>
        <source>{0} orbits in {1} days</source>
        <translation>{0} دورة في {1} يوم</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>لم يُختر شيء</translation>
    </message>
    <message>
        <source>{0} km/s at the mean height</source>
        <translation>{0} كم/ث عند الارتفاع المتوسط</translation>
    </message>
    <message>
        <source>{0} km ({1})</source>
        <translation>{0} كم ({1})</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>&lt;i&gt;Choose a satellite and a region, then press Run.&lt;/i&gt;</source>
        <translation>&lt;i&gt;اختر قمرًا صناعيًا ومنطقة، ثم اضغط تشغيل.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <comment>a satellite's name and its owner</comment>
        <translation>{0}، {1}</translation>
    </message>
    <message>
        <source>revisit mean {mean}, median {median}, longest {longest}</source>
        <translation>إعادة الزيارة: المتوسط {mean}، الوسيط {median}، الأطول {longest}</translation>
    </message>
    <message>
        <source>no gap to measure</source>
        <translation>لا فجوة لقياسها</translation>
    </message>
    <message>
        <source>no pass in {days:g} days</source>
        <translation>لا مرور خلال {days:g} يوم</translation>
    </message>
    <message>
        <source> (nominal {rate:.2f}, 5-95 % of 32 sets)</source>
        <translation> (الاسمي {rate:.2f}، 5-95 % من 32 مجموعة)</translation>
    </message>
    <message>
        <source> (mean gap {low}–{high})</source>
        <translation> (متوسط الفجوة {low}–{high})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: &lt;span style='font-size:large'&gt;&lt;b&gt;{rate}&lt;/b&gt;&lt;/span&gt; passes a day{nominal} ({count} in all), {in_view} in view; {gap}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: &lt;span style='font-size:large'&gt;&lt;b&gt;{rate}&lt;/b&gt;&lt;/span&gt; مرة مرور يوميًا{nominal} ({count} إجمالًا)، {in_view} في مجال الرؤية؛ {gap}</translation>
    </message>
    <message>
        <source>&lt;b&gt;All together&lt;/b&gt;: {rate:.2f} a day, revisit mean {mean}, longest {longest}</source>
        <translation>&lt;b&gt;الكل معًا&lt;/b&gt;: {rate:.2f} يوميًا، متوسط إعادة الزيارة {mean}، الأطول {longest}</translation>
    </message>
    <message>
        <source>Local solar time of passes: {0}</source>
        <translation>التوقيت الشمسي المحلي لمرات المرور: {0}</translation>
    </message>
    <message>
        <source>Designed orbits: {0} (made in the Orbit lab).</source>
        <translation>مدارات مُصمَّمة: {0} (صُنعت في مختبر المدارات).</translation>
    </message>
    <message>
        <source>Approximate elements for {0}: counts and local times are indicative, exact times are not.</source>
        <translation>عناصر تقريبية لـ {0}: الأعداد والتوقيتات المحلية إرشادية، أما الأوقات الدقيقة فلا.</translation>
    </message>
    <message>
        <source>owner unknown</source>
        <translation>المالك غير معروف</translation>
    </message>
    <message>
        <source>owner {0}</source>
        <translation>المالك {0}</translation>
    </message>
</context>
<context>
    <name>Satellite</name>
    <message>
        <source>{name} (approximate)</source>
        <translation>{name} (تقريبي)</translation>
    </message>
    <message>
        <source>{name} (designed)</source>
        <translation>{name} (مُصمَّم)</translation>
    </message>
</context>
<context>
    <name>SatelliteMetadata</name>
    <message>
        <source>Orbit class</source>
        <translation>فئة المدار</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>البيانات الوصفية</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <source>COSPAR ID</source>
        <translation>معرّف COSPAR</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>الإطلاق</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>نوع الجسم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Radar size</source>
        <translation>الحجم الراداري</translation>
    </message>
</context>
<context>
    <name>SatelliteModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>NORAD</source>
        <translation>NORAD</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <source>Orbit</source>
        <translation>المدار</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>{0} · DECAYED</source>
        <translation>{0} · انتهى (DECAYED)</translation>
    </message>
    <message>
        <source>{0}
elements {1} ({2:.0f} days old)
source: {3}</source>
        <translation>{0}
العناصر {1} (عمرها {2:.0f} يوم)
المصدر: {3}</translation>
    </message>
    <message>
        <source>orbit: {0} ({1})</source>
        <translation>المدار: {0} ({1})</translation>
    </message>
    <message>
        <source>owner: {0}</source>
        <translation>المالك: {0}</translation>
    </message>
    <message>
        <source>decayed (re-entered) {0}</source>
        <translation>انتهى (عاد إلى الغلاف الجوي) {0}</translation>
    </message>
    <message>
        <source>older than two weeks: positions drift</source>
        <translation>أقدم من أسبوعين: المواقع تنجرف</translation>
    </message>
</context>
<context>
    <name>SatellitePanel</name>
    <message>
        <source>Search satellites (name or number)…</source>
        <translation>ابحث في الأقمار الصناعية (الاسم أو الرقم)…</translation>
    </message>
    <message>
        <source>Type part of a name or a catalogue number to filter the list</source>
        <translation>اكتب جزءًا من اسم أو رقمًا في الفهرس لتصفية القائمة</translation>
    </message>
    <message>
        <source>Only the satellites of one country or organisation (SATCAT owner)</source>
        <translation>أقمار دولة أو منظمة واحدة فقط (المالك في SATCAT)</translation>
    </message>
    <message>
        <source>All orbits</source>
        <translation>كل المدارات</translation>
    </message>
    <message>
        <source>LEO includes the sun-synchronous (SSO) orbits</source>
        <translation>يشمل LEO المدارات المتزامنة مع الشمس (SSO)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>حمولات</translation>
    </message>
    <message>
        <source>Rocket bodies</source>
        <translation>أجسام صواريخ</translation>
    </message>
    <message>
        <source>Debris</source>
        <translation>حطام</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>نوع غير معروف</translation>
    </message>
    <message>
        <source>Object type from the satellite catalogue (SATCAT)</source>
        <translation>نوع الجسم من فهرس الأقمار الصناعية (SATCAT)</translation>
    </message>
    <message>
        <source>Members of a CelesTrak group fetched with Refresh (e.g. weather, stations)</source>
        <translation>أعضاء مجموعة CelesTrak المجلوبة بالتحديث (مثل الطقس، المحطات)</translation>
    </message>
    <message>
        <source>Select one satellite, or several with Ctrl/Shift, to compare them</source>
        <translation>حدّد قمرًا واحدًا، أو عدة أقمار بـ Ctrl/Shift، للمقارنة بينها</translation>
    </message>
    <message>
        <source>Open elements…</source>
        <translation>فتح عناصر…</translation>
    </message>
    <message>
        <source>Add element sets from a TLE or OMM file (Ctrl+O)</source>
        <translation>أضف مجموعات عناصر من ملف TLE أو OMM (Ctrl+O)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>لصق</translation>
    </message>
    <message>
        <source>Add TLE or OMM text from the clipboard</source>
        <translation>أضف نص TLE أو OMM من الحافظة</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>كل المالكين</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>كل المجموعات</translation>
    </message>
    <message>
        <source>Group: {0}</source>
        <translation>المجموعة: {0}</translation>
    </message>
    <message>
        <source>{0} of {1} satellites</source>
        <translation>{0} من {1} قمر صناعي</translation>
    </message>
    <message>
        <source>{0} satellites</source>
        <translation>{0} قمر صناعي</translation>
    </message>
    <message>
        <source>group not applied: {0}</source>
        <translation>لم تُطبَّق المجموعة: {0}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a satellite.&lt;/i&gt;</source>
        <translation>&lt;i&gt;اختر قمرًا صناعيًا.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Decayed</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <source>the SATCAT says this object re-entered the atmosphere on {0}; its elements describe an orbit it no longer flies.</source>
        <translation>يفيد SATCAT بأن هذا الجسم عاد إلى الغلاف الجوي في {0}؛ وعناصره تصف مدارًا لم يعد فيه.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approximate elements&lt;/b&gt;: {0}. Where the satellite is along its orbit is not known.</source>
        <translation>&lt;b&gt;عناصر تقريبية&lt;/b&gt;: {0}. موضع القمر على مداره غير معروف.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Designed orbit&lt;/b&gt;: {0}. Made in the Orbit lab: no real satellite flies it.</source>
        <translation>&lt;b&gt;مدار مُصمَّم&lt;/b&gt;: {0}. صُنع في مختبر المدارات: لا يطير فيه أي قمر حقيقي.</translation>
    </message>
    <message>
        <source>These elements are {0:.0f} days old: use File ▸ Refresh elements (F5) when online.</source>
        <translation>عمر هذه العناصر {0:.0f} يوم: استخدم ملف ▸ تحديث العناصر (F5) عند الاتصال بالإنترنت.</translation>
    </message>
    <message>
        <source>predictions {0:.0f} days from the element epoch: positions along the track may be off by many kilometres (timing by minutes); revisit statistics stay indicative</source>
        <translation>تنبؤات على بُعد {0:.0f} يوم من حقبة العناصر: قد تنحرف المواقع على امتداد المسار كيلومترات كثيرة (والتوقيت دقائق)؛ وتبقى إحصاءات إعادة الزيارة إرشادية</translation>
    </message>
    <message>
        <source>{0:.1f} days old</source>
        <translation>عمرها {0:.1f} يوم</translation>
    </message>
    <message>
        <source>{0:.1f} days in the future</source>
        <translation>{0:.1f} يوم في المستقبل</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>العناصر</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>الحقبة</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>{0:.2f} min ({1:.3f} revolutions per day)</source>
        <translation>{0:.2f} دقيقة ({1:.3f} دورة يوميًا)</translation>
    </message>
    <message>
        <source>Perigee / apogee</source>
        <translation>الحضيض / الأوج</translation>
    </message>
    <message>
        <source>{0:.1f} km / {1:.1f} km above the equator</source>
        <translation>{0:.1f} كم / {1:.1f} كم فوق خط الاستواء</translation>
    </message>
    <message>
        <source>Inclination</source>
        <translation>الميل</translation>
    </message>
    <message>
        <source>Eccentricity</source>
        <translation>الاختلاف المركزي</translation>
    </message>
    <message>
        <source>Node drift</source>
        <translation>انجراف العقدة</translation>
    </message>
    <message>
        <source>{0:+.3f}° a day</source>
        <translation>{0:+.3f}° يوميًا</translation>
    </message>
    <message>
        <source>Sun-synchronous</source>
        <translation>متزامن مع الشمس</translation>
    </message>
    <message>
        <source>yes, ascending node at {0} local mean solar time</source>
        <translation>نعم، العقدة الصاعدة عند {0} بالتوقيت الشمسي المتوسط المحلي</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Track shift</source>
        <translation>إزاحة المسار</translation>
    </message>
    <message>
        <source>{0:.2f}° west per orbit</source>
        <translation>{0:.2f}° غربًا لكل دورة</translation>
    </message>
</context>
<context>
    <name>SensorTable</name>
    <message>
        <source>Satellite</source>
        <translation>القمر الصناعي</translation>
    </message>
    <message>
        <source>Own swath</source>
        <translation>نطاق المسح الخاص</translation>
    </message>
    <message>
        <source>A satellite's own sensor: its full swath width on the ground (Landsat 185 km, Sentinel-2 290 km). Without one it uses the Analysis panel's criterion.</source>
        <translation>مستشعر القمر الخاص: العرض الكامل لنطاق المسح على الأرض (Landsat ‏185 كم، Sentinel-2 ‏290 كم). بدونه يُستخدم معيار لوحة التحليل.</translation>
    </message>
    <message>
        <source> km</source>
        <translation> كم</translation>
    </message>
    <message>
        <source>the panel's</source>
        <translation>معيار اللوحة</translation>
    </message>
    <message>
        <source>%1: its sensor's full swath width on the ground; 0 uses the Analysis panel's criterion</source>
        <translation>%1: العرض الكامل لنطاق مسح مستشعره على الأرض؛ 0 يعني معيار لوحة التحليل</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>no cached CelesTrak group '{0}'</source>
        <translation>لا توجد مجموعة CelesTrak مخزّنة باسم '{0}'</translation>
    </message>
</context>
<context>
    <name>SkyHandout</name>
    <message>
        <source>Where to look: satellites you can see from {place}</source>
        <translation>أين تنظر: أقمار صناعية يمكنك رؤيتها من {place}</translation>
    </message>
    <message>
        <source>{start} to {end}. A pass is listed while the satellite is sunlit, at least {mask:g}° up, and the Sun is below {sun:g}° here.</source>
        <translation>من {start} إلى {end}. يُدرج المرور ما دام القمر مضاءً بالشمس، وعلى ارتفاع {mask:g}° على الأقل، والشمس تحت {sun:g}° هنا.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>يبدأ</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>ينتهي</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>الأعلى</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>من → إلى</translation>
    </message>
    <message>
        <source>Mag. (est.)</source>
        <translation>القدر (تقديري)</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>القمر الصناعي</translation>
    </message>
    <message>
        <source>… and {n} more passes (the Tonight panel lists them all).</source>
        <translation>… و{n} مرة مرور أخرى (لوحة «الليلة» تدرجها كلها).</translation>
    </message>
    <message>
        <source>No visible pass in this week.</source>
        <translation>لا مرور مرئي في هذا الأسبوع.</translation>
    </message>
    <message>
        <source>Charts: the sky as seen looking up, north at the top, east on the LEFT; the centre is overhead, the rim the horizon. Solid: sunlit; dashed: in Earth's shadow (invisible). Brightness is an estimate (smaller is brighter). Times: local ({zone}) and UTC.</source>
        <translation>المخططات: السماء كما تُرى عند النظر إلى الأعلى، الشمال في الأعلى والشرق على اليسار؛ المركز هو سمت الرأس، والحافة هي الأفق. الخط المتصل: مضاء بالشمس؛ المتقطع: في ظل الأرض (غير مرئي). السطوع تقديري (الأصغر أسطع). الأوقات: محلية ({zone}) وUTC.</translation>
    </message>
    <message>
        <source>Orbits: SGP4 with the element sets of {epochs}. Sun and Moon: JPL DE421. Stars: {stars}. Made with Overflight.</source>
        <translation>المدارات: SGP4 بمجموعات عناصر {epochs}. الشمس والقمر: JPL DE421. النجوم: {stars}. صُنعت باستخدام Overflight.</translation>
    </message>
    <message>
        <source>Sky handout cancelled</source>
        <translation>أُلغيت نشرة السماء</translation>
    </message>
    <message>
        <source>Finding a week of visible passes… {pc:.0f} %</source>
        <translation>جارٍ البحث عن أسبوع من مرات المرور المرئية… {pc:.0f} %</translation>
    </message>
    <message>
        <source>Choose where you are first (Tonight panel, or right-click the map)</source>
        <translation>اختر موقعك أولًا (لوحة «الليلة»، أو انقر الخريطة بالزر الأيمن)</translation>
    </message>
    <message>
        <source>Choose a satellite first</source>
        <translation>اختر قمرًا صناعيًا أولًا</translation>
    </message>
    <message>
        <source>Print sky handout</source>
        <translation>طباعة نشرة السماء</translation>
    </message>
    <message>
        <source>PDF, A4 (*.pdf);;PDF, US Letter (*.pdf)</source>
        <translation>PDF، A4 (*.pdf);;PDF، US Letter (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write {path}: {why}</source>
        <translation>تعذّرت كتابة {path}: {why}</translation>
    </message>
    <message>
        <source>Sky handout: {n} passes, {charts} charts, saved to {path}</source>
        <translation>نشرة السماء: {n} مرة مرور، {charts} مخطط، حُفظت في {path}</translation>
    </message>
    <message>
        <source>Sky handout saved to {path}: no visible pass ({why})</source>
        <translation>حُفظت نشرة السماء في {path}: لا مرور مرئي ({why})</translation>
    </message>
    <message>
        <source>Print s&amp;ky handout (PDF)…</source>
        <translation>طباعة نشرة ال&amp;سماء (PDF)…</translation>
    </message>
    <message>
        <source>One page: a week of visible passes at the observer, each with its sky plot</source>
        <translation>صفحة واحدة: أسبوع من مرات المرور المرئية عند الراصد، لكل منها مخطط السماء</translation>
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
        <translation>كل قمر محمَّل فوق الأفق</translation>
    </message>
    <message>
        <source>Choose where you are: type a city in the Tonight panel, or right-click the map and choose 'Set observer here'.</source>
        <translation>اختر موقعك: اكتب اسم مدينة في لوحة «الليلة»، أو انقر الخريطة بالزر الأيمن واختر «ضع الراصد هنا».</translation>
    </message>
    <message>
        <source>As seen looking up: north at the top, east on the left. Centre: overhead; rim: the horizon.</source>
        <translation>كما تُرى عند النظر إلى الأعلى: الشمال في الأعلى والشرق على اليسار. المركز: سمت الرأس؛ الحافة: الأفق.</translation>
    </message>
    <message>
        <source>Looking up: N top, E left</source>
        <translation>نحو الأعلى: ش أعلى، ق يسار</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>الشمس</translation>
    </message>
    <message>
        <source>Moon</source>
        <translation>القمر</translation>
    </message>
    <message>
        <source>Sky over {place} at {time}</source>
        <translation>السماء فوق {place} في {time}</translation>
    </message>
    <message>
        <source>Sun {deg:.0f}° above the horizon</source>
        <translation>الشمس {deg:.0f}° فوق الأفق</translation>
    </message>
    <message>
        <source>Sun {deg:.0f}° below the horizon</source>
        <translation>الشمس {deg:.0f}° تحت الأفق</translation>
    </message>
    <message>
        <source>The sky as seen looking up; right-click: every loaded satellite</source>
        <translation>السماء كما تُرى عند النظر إلى الأعلى؛ النقر بالزر الأيمن: كل قمر محمَّل</translation>
    </message>
    <message>
        <source>Sky</source>
        <translation>السماء</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>1.5 hours</source>
        <translation>1.5 ساعة</translation>
    </message>
    <message>
        <source>3 hours</source>
        <translation>3 ساعات</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 ساعات</translation>
    </message>
    <message>
        <source>12 hours</source>
        <translation>12 ساعة</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>يوم واحد</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 أيام</translation>
    </message>
    <message>
        <source>10 s</source>
        <translation>10 ث</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 دقيقة</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10 دقائق</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 ساعة</translation>
    </message>
    <message>
        <source>Start of the track shown (UTC)</source>
        <translation>بداية المسار المعروض (UTC)</translation>
    </message>
    <message>
        <source>Current time within the span</source>
        <translation>الوقت الحالي ضمن المدى</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ تشغيل</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>تشغيل / إيقاف مؤقت (Space)</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>خطوة للخلف</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>خطوة للأمام</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Element epoch</source>
        <translation>حقبة العناصر</translation>
    </message>
    <message>
        <source>The time shown on the map (UTC)</source>
        <translation>الوقت المعروض على الخريطة (UTC)</translation>
    </message>
    <message>
        <source>Go to the current time (Ctrl+N)</source>
        <translation>انتقل إلى الوقت الحالي (Ctrl+N)</translation>
    </message>
    <message>
        <source>Go to the epoch of the selected satellite's elements</source>
        <translation>انتقل إلى حقبة عناصر القمر المحدد</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>سرعة التشغيل</translation>
    </message>
    <message>
        <source>How far the step buttons move the time</source>
        <translation>مقدار تحريك أزرار الخطوة للوقت</translation>
    </message>
    <message>
        <source>Length of the track shown</source>
        <translation>طول المسار المعروض</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>المدى</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ إيقاف مؤقت</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Passes in the analysis window; shading is night at the region. Click to go to a time.</source>
        <translation>مرات المرور في نافذة التحليل؛ التظليل هو الليل في المنطقة. انقر للانتقال إلى وقت.</translation>
    </message>
    <message>
        <source>Run an analysis to see its passes here</source>
        <translation>أجرِ تحليلًا لترى مرات مروره هنا</translation>
    </message>
</context>
<context>
    <name>TonightPanel</name>
    <message>
        <source>dark: civil (Sun below -6°)</source>
        <translation>الظلام: مدني (الشمس تحت -6°)</translation>
    </message>
    <message>
        <source>dark: nautical (-12°)</source>
        <translation>الظلام: بحري (-12°)</translation>
    </message>
    <message>
        <source>dark: astronomical (-18°)</source>
        <translation>الظلام: فلكي (-18°)</translation>
    </message>
    <message>
        <source>after sunset (0°)</source>
        <translation>بعد الغروب (0°)</translation>
    </message>
    <message>
        <source>Type the latitude and the longitude, e.g. 51.48, -0.01 or 51.48N 0.01W</source>
        <translation>اكتب خط العرض وخط الطول، مثل ‎51.48, -0.01 أو 51.48N 0.01W</translation>
    </message>
    <message>
        <source>The latitude comes first (N or S), then the longitude (E or W)</source>
        <translation>خط العرض أولًا (N أو S)، ثم خط الطول (E أو W)</translation>
    </message>
    <message>
        <source>Latitude {value:g}° is beyond ±90°</source>
        <translation>خط العرض {value:g}° يتجاوز ±90°</translation>
    </message>
    <message>
        <source>Longitude {value:g}° is beyond ±180°</source>
        <translation>خط الطول {value:g}° يتجاوز ±180°</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>القمر الصناعي</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Max el.</source>
        <translation>أقصى ارتفاع</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Mag. (est.)</source>
        <translation>القدر (تقديري)</translation>
    </message>
    <message>
        <source> nights</source>
        <translation> ليلة</translation>
    </message>
    <message>
        <source>Elevation mask: passes count above this height over the horizon</source>
        <translation>زاوية الارتفاع الدنيا: يُحتسب المرور فوق هذا الارتفاع عن الأفق</translation>
    </message>
    <message>
        <source>Chosen satellites</source>
        <translation>الأقمار المختارة</translation>
    </message>
    <message>
        <source>Every loaded satellite</source>
        <translation>كل قمر محمَّل</translation>
    </message>
    <message>
        <source>Find passes</source>
        <translation>ابحث عن مرات المرور</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Find the visible passes at the observer for the next nights</source>
        <translation>ابحث عن مرات المرور المرئية عند الراصد في الليالي القادمة</translation>
    </message>
    <message>
        <source>Stop the search</source>
        <translation>أوقف البحث</translation>
    </message>
    <message>
        <source>Whose passes: the satellites chosen in the Satellites panel, or every loaded one</source>
        <translation>مرات مرور مَن: الأقمار المختارة في لوحة الأقمار الصناعية، أو كل قمر محمَّل</translation>
    </message>
    <message>
        <source>Click a pass: the sky plot shows its path and the clock goes to its start</source>
        <translation>انقر مرورًا: يُظهر مخطط السماء مساره وتنتقل الساعة إلى بدايته</translation>
    </message>
    <message>
        <source>A pass counts while the Sun at the observer is below this height</source>
        <translation>يُحتسب المرور ما دامت الشمس عند الراصد تحت هذا الارتفاع</translation>
    </message>
    <message>
        <source>How many nights from the clock's time</source>
        <translation>عدد الليالي من وقت الساعة</translation>
    </message>
    <message>
        <source>Sun below {deg:g}°</source>
        <translation>الشمس تحت {deg:g}°</translation>
    </message>
    <message>
        <source>Choose where you are first: a city, coordinates, or right-click the map.</source>
        <translation>اختر موقعك أولًا: مدينة، أو إحداثيات، أو انقر الخريطة بالزر الأيمن.</translation>
    </message>
    <message>
        <source>Choose a satellite first (Satellites panel).</source>
        <translation>اختر قمرًا صناعيًا أولًا (لوحة الأقمار الصناعية).</translation>
    </message>
    <message>
        <source>Looking for visible passes of {n} satellites…</source>
        <translation>جارٍ البحث عن مرات المرور المرئية لـ {n} قمر…</translation>
    </message>
    <message>
        <source>Cancelled: the list is not complete.</source>
        <translation>أُلغي: القائمة غير مكتملة.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <source>{n} visible passes, {span}. Magnitudes are estimates (smaller is brighter).</source>
        <translation>{n} مرة مرور مرئية، {span}. الأقدار تقديرية (الأصغر أسطع).</translation>
    </message>
    <message>
        <source>No visible pass, {span}.</source>
        <translation>لا مرور مرئي، {span}.</translation>
    </message>
    <message>
        <source>{mag:+.1f} (size unknown)</source>
        <translation>{mag:+.1f} (الحجم غير معروف)</translation>
    </message>
    <message>
        <source>Rises (AOS)</source>
        <translation>الشروق (AOS)</translation>
    </message>
    <message>
        <source>Highest (TCA)</source>
        <translation>الأعلى (TCA)</translation>
    </message>
    <message>
        <source>{time}, {el:.0f}° up in the {dir} ({az:.0f}°), {km:,.0f} km away</source>
        <translation>{time}، على ارتفاع {el:.0f}° جهة {dir} ({az:.0f}°)، على بُعد {km:,.0f} كم</translation>
    </message>
    <message>
        <source>Sets (LOS)</source>
        <translation>الغروب (LOS)</translation>
    </message>
    <message>
        <source>none during the pass</source>
        <translation>لا يوجد خلال المرور</translation>
    </message>
    <message>
        <source>leaves it {time}</source>
        <translation>يخرج منه {time}</translation>
    </message>
    <message>
        <source>enters it {time}</source>
        <translation>يدخله {time}</translation>
    </message>
    <message>
        <source>Earth's shadow</source>
        <translation>ظل الأرض</translation>
    </message>
    <message>
        <source>Sun at the observer</source>
        <translation>الشمس عند الراصد</translation>
    </message>
    <message>
        <source>{deg:.0f}° (at TCA)</source>
        <translation>{deg:.0f}° (عند TCA)</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>مرئي</translation>
    </message>
    <message>
        <source>{start} to {end}, from the {a} to the {b}</source>
        <translation>من {start} إلى {end}، من {a} إلى {b}</translation>
    </message>
    <message>
        <source>Brightness (estimate)</source>
        <translation>السطوع (تقديري)</translation>
    </message>
    <message>
        <source>magnitude {mag} at its brightest (smaller is brighter; Venus is about -4, the faintest stars in a city about +3)</source>
        <translation>القدر {mag} عند أقصى سطوعه (الأصغر أسطع؛ الزهرة نحو -4، وأخفت النجوم في المدينة نحو +3)</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>العناصر</translation>
    </message>
    <message>
        <source>Tonight</source>
        <translation>الليلة</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>{0} s</source>
        <translation>{0} ث</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} دقيقة</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} ساعة</translation>
    </message>
    <message>
        <source>{0} d</source>
        <translation>{0} يوم</translation>
    </message>
</context>
</TS>

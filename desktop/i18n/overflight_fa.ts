<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>The analysis region: type a country's name in any language Natural Earth knows</source>
        <translation>منطقهٔ تحلیل: نام یک کشور را به هر زبانی که Natural Earth می‌شناسد بنویسید</translation>
    </message>
    <message>
        <source>Country (type to search)…</source>
        <translation>کشور (برای جست‌وجو بنویسید)…</translation>
    </message>
    <message>
        <source>Click a country</source>
        <translation>کلیک روی یک کشور</translation>
    </message>
    <message>
        <source>Then click a country on the map to make it the region</source>
        <translation>سپس روی یک کشور در نقشه کلیک کنید تا منطقهٔ تحلیل شود</translation>
    </message>
    <message>
        <source>Draw a box</source>
        <translation>کشیدن یک مستطیل</translation>
    </message>
    <message>
        <source>Then drag on the map to draw a latitude/longitude box</source>
        <translation>سپس روی نقشه بکشید تا یک مستطیل عرض و طول جغرافیایی رسم شود</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>دایره</translation>
    </message>
    <message>
        <source>Then click on the map to place a circle of the radius beside</source>
        <translation>سپس روی نقشه کلیک کنید تا دایره‌ای با شعاع کنار این دکمه قرار گیرد</translation>
    </message>
    <message>
        <source> km</source>
        <translation> کیلومتر</translation>
    </message>
    <message>
        <source>Radius of the circle placed by clicking on the map</source>
        <translation>شعاع دایره‌ای که با کلیک روی نقشه قرار می‌گیرد</translation>
    </message>
    <message>
        <source>&lt;i&gt;No region yet&lt;/i&gt;</source>
        <translation>&lt;i&gt;هنوز منطقه‌ای انتخاب نشده&lt;/i&gt;</translation>
    </message>
    <message>
        <source>What counts as 'over the region': camera reach, directly overhead, or radio contact</source>
        <translation>«بر فراز منطقه» یعنی چه: دید دوربین، درست بالای سر، یا ارتباط رادیویی</translation>
    </message>
    <message>
        <source>Camera can see it (off-nadir angle)</source>
        <translation>دوربین آن را می‌بیند (زاویهٔ انحراف از نادیر)</translation>
    </message>
    <message>
        <source>Directly overhead (ground track crosses)</source>
        <translation>درست بالای سر (رد زمینی از منطقه می‌گذرد)</translation>
    </message>
    <message>
        <source>Radio contact (elevation mask)</source>
        <translation>ارتباط رادیویی (حد ارتفاع زاویه‌ای)</translation>
    </message>
    <message>
        <source>Camera: largest angle from straight down; radio: lowest elevation above the horizon</source>
        <translation>دوربین: بیشترین زاویه از راستای قائم رو به پایین؛ رادیو: کمترین ارتفاع زاویه‌ای بالای افق</translation>
    </message>
    <message>
        <source>Off-nadir angle</source>
        <translation>زاویهٔ انحراف از نادیر</translation>
    </message>
    <message>
        <source>Daylight only, Sun above</source>
        <translation>فقط در روشنایی روز، خورشید بالاتر از</translation>
    </message>
    <message>
        <source>Keep only passes with the Sun above this height at the region (a camera needs light)</source>
        <translation>فقط عبورهایی که خورشید در منطقه بالاتر از این ارتفاع است نگه داشته شوند (دوربین به نور نیاز دارد)</translation>
    </message>
    <message>
        <source>Lowest Sun elevation at the region that counts as daylight</source>
        <translation>کمترین ارتفاع زاویه‌ای خورشید در منطقه که روز به حساب می‌آید</translation>
    </message>
    <message>
        <source>Ranges from the elements' uncertainty</source>
        <translation>بازه‌ها از عدم قطعیت عناصر مداری</translation>
    </message>
    <message>
        <source>Also sample 32 element sets from the uncertainty model: pass start windows and 5-95 % ranges of the statistics (takes several seconds more)</source>
        <translation>۳۲ مجموعه عناصر نیز از مدل عدم قطعیت نمونه‌گیری شود: پنجره‌های شروع عبور و بازه‌های ۵ تا ۹۵ درصدی آمارها (چند ثانیه بیشتر طول می‌کشد)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>Analysis window, from the time bar's start</source>
        <translation>بازهٔ تحلیل، از آغاز نوار زمان</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>اجرا</translation>
    </message>
    <message>
        <source>Compute the passes (Ctrl+R)</source>
        <translation>محاسبهٔ عبورها (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Stop the computation (Esc); the last result stays</source>
        <translation>توقف محاسبه (Esc)؛ آخرین نتیجه می‌ماند</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>کجا</translation>
    </message>
    <message>
        <source>Zoom to region</source>
        <translation>بزرگ‌نمایی روی منطقه</translation>
    </message>
    <message>
        <source>Fit the map to the region (Ctrl+Shift+R, or double-click the region)</source>
        <translation>نقشه را به اندازهٔ منطقه درآور (Ctrl+Shift+R، یا دوبار کلیک روی منطقه)</translation>
    </message>
    <message>
        <source>How</source>
        <translation>چگونه</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>بازهٔ زمانی</translation>
    </message>
    <message>
        <source>Elevation mask</source>
        <translation>حد ارتفاع زاویه‌ای</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>زاویه</translation>
    </message>
    <message>
        <source>country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>box</source>
        <translation>مستطیل</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>دایره</translation>
    </message>
    <message>
        <source>polygon</source>
        <translation>چندضلعی</translation>
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
        <translation>Overflight نتوانست آغاز به کار کند</translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <source>Open…</source>
        <translation>باز کردن…</translation>
    </message>
    <message>
        <source>Open an article: text, Markdown or HTML (Ctrl+Shift+O)</source>
        <translation>باز کردن یک مقاله: متن، Markdown یا HTML (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>چسباندن</translation>
    </message>
    <message>
        <source>Paste an article's text</source>
        <translation>چسباندن متن یک مقاله</translation>
    </message>
    <message>
        <source>Context note</source>
        <translation>یادداشت زمینه</translation>
    </message>
    <message>
        <source>Show Overflight's own background note</source>
        <translation>نمایش یادداشت پس‌زمینهٔ خود Overflight</translation>
    </message>
    <message>
        <source>The article's date, for 'on Tuesday', 'last week' and dates without a year</source>
        <translation>تاریخ مقاله، برای «روز سه‌شنبه»، «هفتهٔ گذشته» و تاریخ‌های بدون سال</translation>
    </message>
    <message>
        <source>Article dated</source>
        <translation>مقاله تاریخ دارد</translation>
    </message>
    <message>
        <source>Untick when the article's date is not known</source>
        <translation>اگر تاریخ مقاله معلوم نیست، تیک را بردارید</translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>باز کردن مقاله</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>مقاله‌ها (*.txt *.md *.markdown *.html *.htm);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Paste article</source>
        <translation>چسباندن مقاله</translation>
    </message>
    <message>
        <source>Article: {title} ({source})</source>
        <translation>مقاله: {title} ({source})</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>بی‌عنوان</translation>
    </message>
    <message>
        <source>&lt;i&gt;Open an article to read it beside the map.&lt;/i&gt;</source>
        <translation>&lt;i&gt;یک مقاله باز کنید تا کنار نقشه خوانده شود.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <source>Context note: {0}</source>
        <translation>یادداشت زمینه: {0}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Checking claims…&lt;/i&gt;</source>
        <translation>&lt;i&gt;در حال بررسی ادعاها…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Links in the article&lt;/b&gt; (open in your browser when clicked):</source>
        <translation>&lt;b&gt;پیوندهای مقاله&lt;/b&gt; (با کلیک در مرورگر باز می‌شوند):</translation>
    </message>
    <message>
        <source>&lt;i&gt;No satellites, places or dates found.&lt;/i&gt;</source>
        <translation>&lt;i&gt;ماهواره، مکان یا تاریخی پیدا نشد.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Found in the text</source>
        <translation>یافته‌ها در متن</translation>
    </message>
    <message>
        <source>&lt;i&gt;No statement found that Overflight can check (passes a day, orbit height, period, resolution, launch time).&lt;/i&gt;</source>
        <translation>&lt;i&gt;گزاره‌ای که Overflight بتواند بررسی کند پیدا نشد (عبور در روز، ارتفاع مدار، دورهٔ تناوب، تفکیک‌پذیری، زمان پرتاب).&lt;/i&gt;</translation>
    </message>
    <message>
        <source>article:</source>
        <translation>مقاله:</translation>
    </message>
    <message>
        <source>computed:</source>
        <translation>محاسبه:</translation>
    </message>
    <message>
        <source>Claims checked</source>
        <translation>ادعاهای بررسی‌شده</translation>
    </message>
    <message>
        <source>Satellite: {0}</source>
        <translation>ماهواره: {0}</translation>
    </message>
    <message>
        <source>Analysis region: {0}. Press Run (Ctrl+R).</source>
        <translation>منطقهٔ تحلیل: {0}. «اجرا» را بزنید (Ctrl+R).</translation>
    </message>
    <message>
        <source>Time set to {0}</source>
        <translation>زمان روی {0} تنظیم شد</translation>
    </message>
    <message>
        <source>satellite</source>
        <translation>ماهواره</translation>
    </message>
    <message>
        <source>launch vehicle</source>
        <translation>پرتابگر</translation>
    </message>
    <message>
        <source>launch site</source>
        <translation>پایگاه پرتاب</translation>
    </message>
    <message>
        <source>ground station</source>
        <translation>ایستگاه زمینی</translation>
    </message>
    <message>
        <source>city</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>region</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>Open &amp;article…</source>
        <translation>باز کردن &amp;مقاله…</translation>
    </message>
    <message>
        <source>Paste a&amp;rticle</source>
        <translation>چسباندن م&amp;قاله</translation>
    </message>
</context>
<context>
    <name>BurnSection</name>
    <message>
        <source>Next perigee</source>
        <translation>حضیض بعدی</translation>
    </message>
    <message>
        <source>Next apogee</source>
        <translation>اوج بعدی</translation>
    </message>
    <message>
        <source>Next ascending node</source>
        <translation>گره صعودی بعدی</translation>
    </message>
    <message>
        <source>Next descending node</source>
        <translation>گره نزولی بعدی</translation>
    </message>
    <message>
        <source>Perigee</source>
        <translation>حضیض</translation>
    </message>
    <message>
        <source>km</source>
        <translation>کیلومتر</translation>
    </message>
    <message>
        <source>Apogee</source>
        <translation>اوج</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دورهٔ تناوب</translation>
    </message>
    <message>
        <source>min</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>Inclination</source>
        <translation>میل مداری</translation>
    </message>
    <message>
        <source>Track shift</source>
        <translation>جابه‌جایی رد</translation>
    </message>
    <message>
        <source>{0:+,.1f} km a day at the equator (+ westward)</source>
        <translation>{0:+,.1f} کیلومتر در روز در استوا (+ به سوی غرب)</translation>
    </message>
    <message>
        <source>At the clock's time</source>
        <translation>در زمان ساعت</translation>
    </message>
    <message>
        <source>When the engine fires: searched after the clock's time</source>
        <translation>زمان روشن شدن موتور: پس از زمان ساعت جست‌وجو می‌شود</translation>
    </message>
    <message>
        <source>Velocity change in metres per second; type up to 10,000 in the box</source>
        <translation>تغییر سرعت بر حسب متر بر ثانیه؛ تا ۱۰٬۰۰۰ را در جعبه بنویسید</translation>
    </message>
    <message>
        <source> m/s</source>
        <translation> متر/ثانیه</translation>
    </message>
    <message>
        <source>Burn this satellite</source>
        <translation>احتراق با این ماهواره</translation>
    </message>
    <message>
        <source>Use the satellite selected in the list as the one that burns</source>
        <translation>ماهوارهٔ انتخاب‌شده در فهرست، همان ماهواره‌ای باشد که موتورش روشن می‌شود</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Remove the orbit after the burn from the map</source>
        <translation>حذف مدار پس از احتراق از نقشه</translation>
    </message>
    <message>
        <source>Hohmann transfer to a height</source>
        <translation>انتقال هومان به یک ارتفاع</translation>
    </message>
    <message>
        <source>Plane change</source>
        <translation>تغییر صفحهٔ مدار</translation>
    </message>
    <message>
        <source>Hohmann with plane change at apogee</source>
        <translation>هومان با تغییر صفحه در اوج</translation>
    </message>
    <message>
        <source>Phasing: move along the orbit</source>
        <translation>فازبندی: جابه‌جایی در امتداد مدار</translation>
    </message>
    <message>
        <source>A classic transfer from the satellite's circular height, with its budget</source>
        <translation>یک انتقال کلاسیک از ارتفاع دایره‌ای ماهواره، همراه با بودجهٔ آن</translation>
    </message>
    <message>
        <source> km</source>
        <translation> کیلومتر</translation>
    </message>
    <message>
        <source>Height of the final circular orbit</source>
        <translation>ارتفاع مدار دایره‌ای نهایی</translation>
    </message>
    <message>
        <source>Plane change, or how far to move along the orbit (negative: fall behind)</source>
        <translation>تغییر صفحه، یا اندازهٔ جابه‌جایی در امتداد مدار (منفی: عقب ماندن)</translation>
    </message>
    <message>
        <source>Phasing: revolutions of the phasing orbit</source>
        <translation>فازبندی: شمار دورهای مدار فازبندی</translation>
    </message>
    <message>
        <source>Apply the transfer</source>
        <translation>اعمال انتقال</translation>
    </message>
    <message>
        <source>Make the transfer's burns on the selected satellite</source>
        <translation>احتراق‌های انتقال روی ماهوارهٔ انتخاب‌شده انجام شود</translation>
    </message>
    <message>
        <source>Watch it on the globe</source>
        <translation>تماشا روی کرهٔ زمین</translation>
    </message>
    <message>
        <source>Show the globe and play the clock from the first burn to the last, the whole transfer in about half a minute</source>
        <translation>نمایش کرهٔ زمین و پخش ساعت از نخستین احتراق تا آخرین، کل انتقال در حدود نیم دقیقه</translation>
    </message>
    <message>
        <source>Burn</source>
        <translation>احتراق</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Prograde</source>
        <translation>پیشرو</translation>
    </message>
    <message>
        <source>Radial</source>
        <translation>شعاعی</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عمودی</translation>
    </message>
    <message>
        <source>Transfers (vis-viva)</source>
        <translation>انتقال‌ها (vis-viva)</translation>
    </message>
    <message>
        <source>To height</source>
        <translation>تا ارتفاع</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>زاویه</translation>
    </message>
    <message>
        <source>Revolutions</source>
        <translation>شمار دور</translation>
    </message>
    <message>
        <source>Select a satellite in the Satellites list first.</source>
        <translation>نخست یک ماهواره از فهرست ماهواره‌ها انتخاب کنید.</translation>
    </message>
    <message>
        <source>Satellite: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>ماهواره: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a satellite and press “Burn this satellite”.&lt;/i&gt;</source>
        <translation>&lt;i&gt;یک ماهواره انتخاب کنید و «احتراق با این ماهواره» را بزنید.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Move a slider to burn.&lt;/i&gt;</source>
        <translation>&lt;i&gt;برای احتراق یک لغزنده را حرکت دهید.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Re-enters at once</source>
        <translation>بی‌درنگ به جو بازمی‌گردد</translation>
    </message>
    <message>
        <source>Perigee {0:,.0f} km: below the surface. No orbit is made.</source>
        <translation>حضیض {0:,.0f} کیلومتر: زیر سطح زمین. مداری ساخته نمی‌شود.</translation>
    </message>
    <message>
        <source>Burn at</source>
        <translation>زمان احتراق</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose the satellite first.&lt;/i&gt;</source>
        <translation>&lt;i&gt;نخست ماهواره را انتخاب کنید.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Burn {0}</source>
        <translation>احتراق {0}</translation>
    </message>
    <message>
        <source>{0:+,.1f} m/s</source>
        <translation>{0:+,.1f} متر/ثانیه</translation>
    </message>
    <message>
        <source>Total Δv</source>
        <translation>مجموع Δv</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,.1f} m/s&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0:,.1f} متر/ثانیه&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>{0:.2f} h</source>
        <translation>{0:.2f} ساعت</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>فرمول</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <source>{0} passes a day over {1}</source>
        <translation>{0} عبور در روز بر فراز {1}</translation>
    </message>
    <message>
        <source>{0} contacts a day with {1}</source>
        <translation>{0} تماس در روز با {1}</translation>
    </message>
    <message>
        <source>orbit height {0} km</source>
        <translation>ارتفاع مدار {0} کیلومتر</translation>
    </message>
    <message>
        <source>period {0} minutes</source>
        <translation>دورهٔ تناوب {0} دقیقه</translation>
    </message>
    <message>
        <source>{0} m resolution from {1} km</source>
        <translation>تفکیک‌پذیری {0} متر از ارتفاع {1} کیلومتر</translation>
    </message>
    <message>
        <source>{0} m resolution</source>
        <translation>تفکیک‌پذیری {0} متر</translation>
    </message>
    <message>
        <source>{0} a day (ground track crossing {1}: {2} a day)</source>
        <translation>{0} در روز (گذر رد زمینی از {1}: {2} در روز)</translation>
    </message>
    <message>
        <source>{0} a day</source>
        <translation>{0} در روز</translation>
    </message>
    <message>
        <source>{0} to {1} km (mean {2} km)</source>
        <translation>{0} تا {1} کیلومتر (میانگین {2} کیلومتر)</translation>
    </message>
    <message>
        <source>{0} minutes</source>
        <translation>{0} دقیقه</translation>
    </message>
    <message>
        <source>{0}, contact at 10° elevation from anywhere in {1}, {2} days from the element epoch, approximate elements</source>
        <translation>{0}، ارتباط با حد ارتفاع زاویه‌ای ۱۰ درجه از هر جای {1}، {2} روز از زمان مرجع عناصر، عناصر تقریبی</translation>
    </message>
    <message>
        <source>{0}, contact at 10° elevation from anywhere in {1}, {2} days from the element epoch</source>
        <translation>{0}، ارتباط با حد ارتفاع زاویه‌ای ۱۰ درجه از هر جای {1}، {2} روز از زمان مرجع عناصر</translation>
    </message>
    <message>
        <source>{0}, contact above 5° elevation at {1}, {2} days from the element epoch, approximate elements</source>
        <translation>{0}، ارتباط بالای ۵ درجه ارتفاع زاویه‌ای در {1}، {2} روز از زمان مرجع عناصر، عناصر تقریبی</translation>
    </message>
    <message>
        <source>{0}, contact above 5° elevation at {1}, {2} days from the element epoch</source>
        <translation>{0}، ارتباط بالای ۵ درجه ارتفاع زاویه‌ای در {1}، {2} روز از زمان مرجع عناصر</translation>
    </message>
    <message>
        <source>{0} mean elements, approximate elements</source>
        <translation>عناصر میانگین {0}، عناصر تقریبی</translation>
    </message>
    <message>
        <source>{0} mean elements</source>
        <translation>عناصر میانگین {0}</translation>
    </message>
    <message>
        <source>{0} mean motion, approximate elements</source>
        <translation>حرکت میانگین {0}، عناصر تقریبی</translation>
    </message>
    <message>
        <source>{0} mean motion</source>
        <translation>حرکت میانگین {0}</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>سازگار</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>متفاوت</translation>
    </message>
    <message>
        <source>for comparison</source>
        <translation>برای مقایسه</translation>
    </message>
    <message>
        <source>cannot tell with these elements</source>
        <translation>با این عناصر نمی‌توان گفت</translation>
    </message>
</context>
<context>
    <name>Compass</name>
    <message>
        <source>N</source>
        <translation>شمال</translation>
    </message>
    <message>
        <source>NNE</source>
        <translation>شمال‌شمال‌شرق</translation>
    </message>
    <message>
        <source>NE</source>
        <translation>شمال‌شرق</translation>
    </message>
    <message>
        <source>ENE</source>
        <translation>شرق‌شمال‌شرق</translation>
    </message>
    <message>
        <source>E</source>
        <translation>شرق</translation>
    </message>
    <message>
        <source>ESE</source>
        <translation>شرق‌جنوب‌شرق</translation>
    </message>
    <message>
        <source>SE</source>
        <translation>جنوب‌شرق</translation>
    </message>
    <message>
        <source>SSE</source>
        <translation>جنوب‌جنوب‌شرق</translation>
    </message>
    <message>
        <source>S</source>
        <translation>جنوب</translation>
    </message>
    <message>
        <source>SSW</source>
        <translation>جنوب‌جنوب‌غرب</translation>
    </message>
    <message>
        <source>SW</source>
        <translation>جنوب‌غرب</translation>
    </message>
    <message>
        <source>WSW</source>
        <translation>غرب‌جنوب‌غرب</translation>
    </message>
    <message>
        <source>W</source>
        <translation>غرب</translation>
    </message>
    <message>
        <source>WNW</source>
        <translation>غرب‌شمال‌غرب</translation>
    </message>
    <message>
        <source>NW</source>
        <translation>شمال‌غرب</translation>
    </message>
    <message>
        <source>NNW</source>
        <translation>شمال‌شمال‌غرب</translation>
    </message>
</context>
<context>
    <name>CoverageFigures</name>
    <message>
        <source>accesses in the window</source>
        <translation>دسترسی‌ها در بازه</translation>
    </message>
    <message>
        <source>accesses a day</source>
        <translation>دسترسی در روز</translation>
    </message>
    <message>
        <source>mean gap (h)</source>
        <translation>میانگین فاصله (ساعت)</translation>
    </message>
    <message>
        <source>median gap (h)</source>
        <translation>میانهٔ فاصله (ساعت)</translation>
    </message>
    <message>
        <source>longest gap (h)</source>
        <translation>بیشترین فاصله (ساعت)</translation>
    </message>
    <message>
        <source>time in view (%)</source>
        <translation>زمان در دید (درصد)</translation>
    </message>
    <message>
        <source>time to first access (h)</source>
        <translation>زمان تا نخستین دسترسی (ساعت)</translation>
    </message>
    <message>
        <source>satellites in view (mean)</source>
        <translation>ماهواره‌های در دید (میانگین)</translation>
    </message>
    <message>
        <source>satellites in view (minimum)</source>
        <translation>ماهواره‌های در دید (کمینه)</translation>
    </message>
</context>
<context>
    <name>CoverageLayer</name>
    <message>
        <source>{0:.0f} accesses ({1:.2f}/day)</source>
        <translation>{0:.0f} دسترسی ({1:.2f} در روز)</translation>
    </message>
    <message>
        <source>gap mean {0:.1f} h, max {1:.1f} h</source>
        <translation>میانگین فاصله {0:.1f} ساعت، بیشینه {1:.1f} ساعت</translation>
    </message>
    <message>
        <source>in view {0:.2f} %</source>
        <translation>در دید {0:.2f} درصد</translation>
    </message>
    <message>
        <source>cell: {0}</source>
        <translation>خانه: {0}</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>نامعین</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Cell size: finer grids take longer (0.25° is about 28 km)</source>
        <translation>اندازهٔ خانه‌ها: شبکهٔ ریزتر بیشتر طول می‌کشد (۰٫۲۵ درجه حدود ۲۸ کیلومتر است)</translation>
    </message>
    <message>
        <source>Whole globe</source>
        <translation>کل کرهٔ زمین</translation>
    </message>
    <message>
        <source>The analysis region</source>
        <translation>منطقهٔ تحلیل</translation>
    </message>
    <message>
        <source>Where the grid lies</source>
        <translation>جای شبکه</translation>
    </message>
    <message>
        <source>Land only</source>
        <translation>فقط خشکی</translation>
    </message>
    <message>
        <source>Only the cells whose centre is on land (Natural Earth countries); the summary covers those cells alone</source>
        <translation>فقط سلول‌هایی که مرکزشان روی خشکی است (کشورهای Natural Earth)؛ خلاصه فقط همین سلول‌ها را در بر می‌گیرد</translation>
    </message>
    <message>
        <source>The figure of merit shown on the map</source>
        <translation>شاخص کارایی نمایش‌داده‌شده روی نقشه</translation>
    </message>
    <message>
        <source>Show the coverage layer</source>
        <translation>نمایش لایهٔ پوشش</translation>
    </message>
    <message>
        <source>Show or hide the heat map under the tracks</source>
        <translation>نمایش یا پنهان کردن نقشهٔ حرارتی زیر ردها</translation>
    </message>
    <message>
        <source>none (this process)</source>
        <translation>هیچ (همین فرایند)</translation>
    </message>
    <message>
        <source>Split the grid's rows over this many processes on this computer (Dask; for the largest jobs: many satellites, fine grids)</source>
        <translation>ردیف‌های شبکه میان این تعداد فرایند روی همین رایانه پخش می‌شود (Dask؛ برای بزرگ‌ترین کارها: ماهواره‌های بسیار، شبکه‌های ریز)</translation>
    </message>
    <message>
        <source>tcp://HOST:PORT (optional)</source>
        <translation>tcp://HOST:PORT (اختیاری)</translation>
    </message>
    <message>
        <source>Send the job to an existing Dask cluster whose workers have Overflight installed</source>
        <translation>کار را به یک خوشهٔ Dask موجود بفرست که Overflight روی کارگزارهایش نصب است</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>محاسبه</translation>
    </message>
    <message>
        <source>Coverage of the selected satellites with the Analysis panel's settings</source>
        <translation>پوشش ماهواره‌های انتخاب‌شده با تنظیمات پنل تحلیل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Stop the computation; the last map stays</source>
        <translation>توقف محاسبه؛ آخرین نقشه می‌ماند</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select satellites, then Compute.&lt;/i&gt;</source>
        <translation>&lt;i&gt;ماهواره‌ها را انتخاب کنید، سپس «محاسبه».&lt;/i&gt;</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Every cell's figures as CSV</source>
        <translation>ارقام هر خانه به صورت CSV</translation>
    </message>
    <message>
        <source>GeoJSON…</source>
        <translation>GeoJSON…</translation>
    </message>
    <message>
        <source>Cells as GeoJSON polygons with their figures</source>
        <translation>خانه‌ها به صورت چندضلعی‌های GeoJSON با ارقامشان</translation>
    </message>
    <message>
        <source>T: satellites in all</source>
        <translation>T: شمار کل ماهواره‌ها</translation>
    </message>
    <message>
        <source>P: orbital planes (T must be a multiple of P)</source>
        <translation>P: صفحه‌های مداری (T باید مضربی از P باشد)</translation>
    </message>
    <message>
        <source>F: phasing between planes, 0 to P-1</source>
        <translation>F: فاز میان صفحه‌ها، از ۰ تا P-1</translation>
    </message>
    <message>
        <source>Delta (nodes over 360°)</source>
        <translation>دلتا (گره‌ها در ۳۶۰ درجه)</translation>
    </message>
    <message>
        <source>Star (nodes over 180°)</source>
        <translation>ستاره (گره‌ها در ۱۸۰ درجه)</translation>
    </message>
    <message>
        <source>How the planes' nodes are spread</source>
        <translation>گره‌های صفحه‌ها چگونه پخش شوند</translation>
    </message>
    <message>
        <source>Add constellation from the selected satellite</source>
        <translation>افزودن منظومه از ماهوارهٔ انتخاب‌شده</translation>
    </message>
    <message>
        <source>Walker members join the catalogue as DESIGNED satellites and are selected</source>
        <translation>اعضای منظومهٔ واکر به عنوان ماهواره‌های طراحی‌شده (DESIGNED) به فهرست افزوده و انتخاب می‌شوند</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>شبکه</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>خانه‌ها</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>گستره</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <source>Each satellite's sensor</source>
        <translation>حسگر هر ماهواره</translation>
    </message>
    <message>
        <source>Large jobs</source>
        <translation>کارهای بزرگ</translation>
    </message>
    <message>
        <source>Worker processes</source>
        <translation>فرایندهای کارگزار</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>خوشه</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>Walker constellation</source>
        <translation>منظومهٔ واکر</translation>
    </message>
    <message>
        <source>Satellites</source>
        <translation>ماهواره‌ها</translation>
    </message>
    <message>
        <source>Planes</source>
        <translation>صفحه‌ها</translation>
    </message>
    <message>
        <source>Phasing</source>
        <translation>فاز</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Select one or more satellites first.</source>
        <translation>نخست یک یا چند ماهواره انتخاب کنید.</translation>
    </message>
    <message>
        <source>about {0:,.0f} million accesses: over the 1 GB budget; choose larger cells, the region only or a shorter window</source>
        <translation>حدود {0:,.0f} میلیون دسترسی: بیش از بودجهٔ ۱ گیگابایت؛ خانه‌های بزرگ‌تر، فقط منطقه یا بازهٔ کوتاه‌تری برگزینید</translation>
    </message>
    <message>
        <source>Cancelled; the last map stays.</source>
        <translation>لغو شد؛ آخرین نقشه می‌ماند.</translation>
    </message>
    <message>
        <source>Coarse map shown; refining at {spacing_deg:g}°…</source>
        <translation>نقشهٔ درشت نمایش داده شد؛ ریزکردن تا {spacing_deg:g} درجه…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} satellite(s)&lt;/b&gt;, {days:g} days, {criterion}, daylight</source>
        <translation>&lt;b&gt;{count} ماهواره&lt;/b&gt;، {days:g} روز، {criterion}، فقط روز</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} satellite(s)&lt;/b&gt;, {days:g} days, {criterion}</source>
        <translation>&lt;b&gt;{count} ماهواره&lt;/b&gt;، {days:g} روز، {criterion}</translation>
    </message>
    <message>
        <source>Flagged elements: {0}</source>
        <translation>عناصر نشان‌دار: {0}</translation>
    </message>
    <message>
        <source>Compute a coverage map first.</source>
        <translation>نخست یک نقشهٔ پوشش محاسبه کنید.</translation>
    </message>
    <message>
        <source>Export coverage</source>
        <translation>خروجی پوشش</translation>
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
        <translation>پوشش در {path} ذخیره شد</translation>
    </message>
    <message>
        <source>Select the seed satellite first.</source>
        <translation>نخست ماهوارهٔ پایه را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Could not keep the members: {0}</source>
        <translation>اعضا نگه داشته نشدند: {0}</translation>
    </message>
    <message>
        <source>{0} DESIGNED members added and selected; Compute to see their coverage.</source>
        <translation>{0} عضو طراحی‌شده (DESIGNED) افزوده و انتخاب شدند؛ برای دیدن پوششِ آن‌ها «محاسبه» را بزنید.</translation>
    </message>
</context>
<context>
    <name>Criterion</name>
    <message>
        <source>directly overhead (ground track crosses the region)</source>
        <translation>درست بالای سر (رد زمینی از منطقه می‌گذرد)</translation>
    </message>
    <message>
        <source>radio contact ({0:g}° elevation mask)</source>
        <translation>ارتباط رادیویی (حد ارتفاع زاویه‌ای {0:g} درجه)</translation>
    </message>
    <message>
        <source>camera ({0:g} km swath)</source>
        <translation>دوربین (پهنای نوار {0:g} کیلومتر)</translation>
    </message>
    <message>
        <source>camera ({0:g}° off nadir)</source>
        <translation>دوربین ({0:g} درجه انحراف از نادیر)</translation>
    </message>
    <message>
        <source>{criterion}, {days:g} days</source>
        <translation>{criterion}، {days:g} روز</translation>
    </message>
    <message>
        <source>{criterion}, daylight only (Sun ≥ {sun:g}°), {days:g} days</source>
        <translation>{criterion}، فقط در روز (خورشید ≥ {sun:g} درجه)، {days:g} روز</translation>
    </message>
</context>
<context>
    <name>DecayPlot</name>
    <message>
        <source>low</source>
        <translation>کم</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>high</source>
        <translation>زیاد</translation>
    </message>
    <message>
        <source>space-weather file</source>
        <translation>پروندهٔ آب‌وهوای فضایی</translation>
    </message>
    <message>
        <source>height (km); band: high to low solar activity</source>
        <translation>ارتفاع (کیلومتر)؛ نوار: فعالیت خورشیدی زیاد تا کم</translation>
    </message>
    <message>
        <source>red bar: re-entry range (uncertain)</source>
        <translation>نوار قرمز: بازهٔ بازگشت به جو (نامطمئن)</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>نامطمئن</translation>
    </message>
    <message>
        <source>CelesTrak space weather, bundled copy updated {0}</source>
        <translation>آب‌وهوای فضایی CelesTrak، نسخهٔ همراه برنامه، به‌روزشده در {0}</translation>
    </message>
    <message>
        <source>CelesTrak space weather, fetched {0}</source>
        <translation>آب‌وهوای فضایی CelesTrak، دریافت‌شده در {0}</translation>
    </message>
    <message>
        <source>observed to {0}, predicted to {1}</source>
        <translation>مشاهده‌شده تا {0}، پیش‌بینی‌شده تا {1}</translation>
    </message>
    <message>
        <source>rows to {0}</source>
        <translation>ردیف‌ها تا {0}</translation>
    </message>
    <message>
        <source>Space weather: {0} ({1}); after {2} the mean of its last 11 years is held.</source>
        <translation>آب‌وهوای فضایی: {0} ({1})؛ پس از {2} میانگین ۱۱ سال آخر آن ثابت نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Solar activity at the epoch, {0}: F10.7 {1:.1f}, Ap {2:.1f}; nearest scenario: {3}.</source>
        <translation>فعالیت خورشیدی در زمان مبدأ، {0}: F10.7 {1:.1f}، Ap {2:.1f}؛ نزدیک‌ترین سناریو: {3}.</translation>
    </message>
    <message>
        <source>No estimate yet</source>
        <translation>هنوز برآوردی نیست</translation>
    </message>
</context>
<context>
    <name>ElementRefresh</name>
    <message>
        <source>&amp;Refresh elements of the selection</source>
        <translation>&amp;تازه‌سازی عناصر انتخاب‌شده‌ها</translation>
    </message>
    <message>
        <source>Fetch current element sets for the selected satellites from CelesTrak</source>
        <translation>دریافت مجموعه عناصر به‌روز ماهواره‌های انتخاب‌شده از CelesTrak</translation>
    </message>
    <message>
        <source>Refresh &amp;all elements</source>
        <translation>تازه‌سازی &amp;همهٔ عناصر</translation>
    </message>
    <message>
        <source>Fetch current element sets for every satellite, and the satellite catalogue (owners, launches, types), from CelesTrak</source>
        <translation>دریافت مجموعه عناصر به‌روز همهٔ ماهواره‌ها و کاتالوگ ماهواره‌ها (مالکان، پرتاب‌ها، انواع) از CelesTrak</translation>
    </message>
    <message>
        <source>Refresh satellite &amp;catalogue (owners, launches, types)</source>
        <translation>تازه‌سازی &amp;کاتالوگ ماهواره‌ها (مالکان، پرتاب‌ها، نوع‌ها)</translation>
    </message>
    <message>
        <source>Fetch CelesTrak's satellite catalogue (SATCAT, about 7 MB) for the list's owner and type filters</source>
        <translation>دریافت کاتالوگ ماهواره‌های CelesTrak (SATCAT، حدود ۷ مگابایت) برای پالایش فهرست بر پایهٔ مالک و نوع</translation>
    </message>
    <message>
        <source>CelesTrak &amp;address…</source>
        <translation>&amp;نشانی CelesTrak…</translation>
    </message>
    <message>
        <source>Use a mirror of CelesTrak (the environment variable OVERFLIGHT_CELESTRAK_URL also works)</source>
        <translation>استفاده از یک آینهٔ CelesTrak (متغیر محیطی OVERFLIGHT_CELESTRAK_URL هم کار می‌کند)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <source>Fetching the satellite catalogue from CelesTrak…</source>
        <translation>دریافت کاتالوگ ماهواره‌ها از CelesTrak…</translation>
    </message>
    <message>
        <source>Refresh satellite catalogue</source>
        <translation>تازه‌سازی کاتالوگ ماهواره‌ها</translation>
    </message>
    <message>
        <source>Fetching {0} element set(s) from CelesTrak…</source>
        <translation>دریافت {0} مجموعه عناصر از CelesTrak…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>satellite catalogue (SATCAT): {0}</source>
        <translation>کاتالوگ ماهواره‌ها (SATCAT): {0}</translation>
    </message>
    <message>
        <source>satellite catalogue (SATCAT): not updated: {0}; {1}</source>
        <translation>کاتالوگ ماهواره‌ها (SATCAT): به‌روز نشد: {0}؛ {1}</translation>
    </message>
    <message>
        <source>satellite catalogue (SATCAT): failed: {0}</source>
        <translation>کاتالوگ ماهواره‌ها (SATCAT): ناموفق: {0}</translation>
    </message>
    <message>
        <source>Refresh elements</source>
        <translation>تازه‌سازی عناصر</translation>
    </message>
    <message>
        <source>CelesTrak address</source>
        <translation>نشانی CelesTrak</translation>
    </message>
    <message>
        <source>Base address (empty for the default, {DEFAULT_BASE_URL}):</source>
        <translation>نشانی پایه (خالی برای پیش‌فرض، {DEFAULT_BASE_URL}):</translation>
    </message>
    <message>
        <source>'{text}' is not an http(s) address</source>
        <translation>«{text}» نشانی http(s) نیست</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{names}: {criterion}, {days:g} days, daylight</source>
        <translation>{names}: {criterion}، {days:g} روز، فقط روز</translation>
    </message>
    <message>
        <source>{names}: {criterion}, {days:g} days</source>
        <translation>{names}: {criterion}، {days:g} روز</translation>
    </message>
    <message>
        <source>Map: Natural Earth (public domain). Made with Overflight.</source>
        <translation>نقشه: Natural Earth (مالکیت عمومی). ساخته‌شده با Overflight.</translation>
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
        <translation>خورشیدآهنگ</translation>
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
        <translation>همهٔ ماهواره‌ها: {0}</translation>
    </message>
    <message>
        <source>{0} without a position now</source>
        <translation>{0} بدون موقعیت در این لحظه</translation>
    </message>
</context>
<context>
    <name>GlobeView</name>
    <message>
        <source>Drag to turn the globe, wheel to zoom; the ring is the orbit in space</source>
        <translation>برای چرخاندن کره بکشید، برای بزرگ‌نمایی چرخ را بچرخانید؛ حلقه، مدار در فضاست</translation>
    </message>
    <message>
        <source>ring: the orbit in space; the Earth turns beneath it</source>
        <translation>حلقه: مدار در فضا؛ زمین زیر آن می‌چرخد</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>ناظر</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Satellite</source>
        <translation>ماهواره</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>آغاز (UTC)</translation>
    </message>
    <message>
        <source>Dur. (s)</source>
        <translation>مدت (ثانیه)</translation>
    </message>
    <message>
        <source>Closest (UTC)</source>
        <translation>نزدیک‌ترین (UTC)</translation>
    </message>
    <message>
        <source>Off-nadir°</source>
        <translation>انحراف از نادیر°</translation>
    </message>
    <message>
        <source>Max el.°</source>
        <translation>بیشینهٔ ارتفاع°</translation>
    </message>
    <message>
        <source>Sun°</source>
        <translation>خورشید°</translation>
    </message>
    <message>
        <source>LST</source>
        <translation>زمان خورشیدی محلی</translation>
    </message>
    <message>
        <source>How this was computed: positions come from SGP4 (the sgp4 library, as skyfield uses it) with the element sets listed below; Earth rotation from UT1 and WGS84 coordinates. A satellite is over the region while the great-circle distance from the point below it to the region is at most the reach of the criterion at its height (0 overhead; from the off-nadir angle for a camera; from the elevation mask for radio contact). Passes are found by sampling with a proven speed bound and bisecting every edge to 0.01 s; daylight means the Sun at least the chosen height above the horizon at the region's nearest point at closest approach. Revisit time is the gap from the end of one pass to the start of the next within the window. Elements marked APPROXIMATE were built from published figures (where the satellite is along its orbit is unknown); DESIGNED orbits were made in the Orbit lab.</source>
        <translation>این ارقام چگونه محاسبه شده‌اند: موقعیت‌ها از SGP4 (کتابخانهٔ sgp4، همان‌گونه که skyfield به کار می‌برد) با مجموعه عناصر فهرست‌شده در پایین به دست می‌آیند؛ چرخش زمین از UT1 و مختصات WGS84. ماهواره زمانی بر فراز منطقه است که فاصلهٔ دایرهٔ عظیمه از نقطهٔ زیر آن تا منطقه حداکثر برابر برد معیار در ارتفاع آن باشد (صفر برای درست بالای سر؛ از زاویهٔ انحراف از نادیر برای دوربین؛ از حد ارتفاع زاویه‌ای برای ارتباط رادیویی). عبورها با نمونه‌برداری همراه با کران سرعتی اثبات‌شده و نصف‌کردن هر لبه تا ۰٫۰۱ ثانیه یافته می‌شوند؛ روشنایی روز یعنی خورشید دست‌کم به ارتفاع برگزیده بالای افق در نزدیک‌ترین نقطهٔ منطقه، در لحظهٔ نزدیک‌ترین عبور. زمان بازدید دوباره فاصلهٔ پایان یک عبور تا آغاز عبور بعدی در بازهٔ تحلیل است. عناصر با نشان APPROXIMATE از ارقام منتشرشده ساخته شده‌اند (جای ماهواره روی مدارش معلوم نیست)؛ مدارهای DESIGNED در آزمایشگاه مدار ساخته شده‌اند.</translation>
    </message>
    <message>
        <source>Overflight handout</source>
        <translation>برگهٔ آموزشی Overflight</translation>
    </message>
    <message>
        <source>No satellite chosen</source>
        <translation>هیچ ماهواره‌ای انتخاب نشده</translation>
    </message>
    <message>
        <source>Overflight: {0}</source>
        <translation>Overflight: {0}</translation>
    </message>
    <message>
        <source>over {region}. Printed {time}.</source>
        <translation>بر فراز {region}. چاپ‌شده در {time}.</translation>
    </message>
    <message>
        <source>(no analysis run). Printed {time}.</source>
        <translation>(تحلیلی اجرا نشده). چاپ‌شده در {time}.</translation>
    </message>
    <message>
        <source>Run an analysis to add passes and revisit statistics to the handout.</source>
        <translation>یک تحلیل اجرا کنید تا عبورها و آمار بازدید دوباره به برگه افزوده شوند.</translation>
    </message>
    <message>
        <source>Revisit statistics</source>
        <translation>آمار بازدید دوباره</translation>
    </message>
    <message>
        <source>{region}: {settings}, from {start} to {end}.</source>
        <translation>{region}: {settings}، از {start} تا {end}.</translation>
    </message>
    <message>
        <source>revisit mean {mean}, median {median}, longest {longest}.</source>
        <translation>میانگین بازدید دوباره {mean}، میانه {median}، بیشترین {longest}.</translation>
    </message>
    <message>
        <source>no gap to measure.</source>
        <translation>فاصله‌ای برای اندازه‌گیری نیست.</translation>
    </message>
    <message>
        <source>{name}: {rate:.2f} passes a day ({count} in all), {in_view} in view; {gap}</source>
        <translation>{name}: {rate:.2f} عبور در روز (در مجموع {count})، {in_view} در دید؛ {gap}</translation>
    </message>
    <message>
        <source>All together: {rate:.2f} passes a day, revisit mean {mean}, longest {longest}.</source>
        <translation>همه با هم: {rate:.2f} عبور در روز، میانگین بازدید دوباره {mean}، بیشترین {longest}.</translation>
    </message>
    <message>
        <source>Claims in the article, checked</source>
        <translation>ادعاهای مقاله، بررسی‌شده</translation>
    </message>
    <message>
        <source>How this was computed</source>
        <translation>این ارقام چگونه محاسبه شده‌اند</translation>
    </message>
    <message>
        <source>Where the data come from</source>
        <translation>داده‌ها از کجا آمده‌اند</translation>
    </message>
    <message>
        <source>{name} (NORAD {satnum}): {flag}elements of {epoch} ({age:.0f} days old), source: {source}.</source>
        <translation>{name} (NORAD {satnum}): {flag}عناصر {epoch} ({age:.0f} روز پیش)، منبع: {source}.</translation>
    </message>
    <message>
        <source>Map: Natural Earth (public domain). Sun: JPL DE421. Made with Overflight.</source>
        <translation>نقشه: Natural Earth (مالکیت عمومی). خورشید: JPL DE421. ساخته‌شده با Overflight.</translation>
    </message>
    <message>
        <source>Delta-v budget</source>
        <translation>بودجهٔ Δv (تغییر سرعت)</translation>
    </message>
    <message>
        <source>Burns of {0}, impulsive, in the orbit's own frame:</source>
        <translation>احتراق‌های {0}، آنی، در دستگاه مرجع خود مدار:</translation>
    </message>
    <message>
        <source>Burn {0} ({1}): prograde {2:+.1f}, radial {3:+.1f}, normal {4:+.1f} m/s; {5:.1f} m/s</source>
        <translation>احتراق {0} ({1}): پیشرو {2:+.1f}، شعاعی {3:+.1f}، عمودی {4:+.1f} متر بر ثانیه؛ {5:.1f} متر بر ثانیه</translation>
    </message>
    <message>
        <source>Total: {0:.1f} m/s (vis-viva; the orbit after each burn is a DESIGNED element set)</source>
        <translation>مجموع: {0:.1f} متر بر ثانیه (vis-viva؛ مدار پس از هر احتراق یک مجموعه عناصر DESIGNED است)</translation>
    </message>
    <message>
        <source>Orbit decay of {0}</source>
        <translation>افت مداری {0}</translation>
    </message>
    <message>
        <source>after {0}</source>
        <translation>پس از {0}</translation>
    </message>
    <message>
        <source>{0} ({1}): re-entry {2}; decaying {3:.3f} km a day at the start</source>
        <translation>{0} ({1}): بازگشت به جو {2}؛ افت {3:.3f} کیلومتر در روز در آغاز</translation>
    </message>
    <message>
        <source>Drag: {0}.</source>
        <translation>پسا: {0}.</translation>
    </message>
    <message>
        <source>This is an estimate</source>
        <translation>این یک برآورد است</translation>
    </message>
    <message>
        <source>day {0}</source>
        <translation>روز {0}</translation>
    </message>
    <message>
        <source>Passes ({0})</source>
        <translation>عبورها ({0})</translation>
    </message>
    <message>
        <source>(no passes in the window with these settings)</source>
        <translation>(با این تنظیمات هیچ عبوری در بازه نیست)</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>&lt;p style='color:#1d3f8a'&gt;&lt;b&gt;Designed orbit.&lt;/b&gt; {name} was made in the Orbit lab; no real satellite flies it. Each control changes one thing:&lt;/p&gt;</source>
        <translation>&lt;p style='color:#1d3f8a'&gt;&lt;b&gt;مدار طراحی‌شده.&lt;/b&gt; {name} در آزمایشگاه مدار ساخته شده است؛ هیچ ماهوارهٔ واقعی در آن پرواز نمی‌کند. هر کنترل یک چیز را تغییر می‌دهد:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Height&lt;/b&gt; ({height} km): 100 km higher, one orbit takes {minutes} min longer, so {revs} fewer orbits a day and fewer passes, while the footprint grows by {reach} km.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;ارتفاع&lt;/b&gt; ({height} کیلومتر): ۱۰۰ کیلومتر بالاتر، هر دور {minutes} دقیقه طولانی‌تر می‌شود، پس {revs} دور کمتر در روز و عبورهای کمتر، در حالی که ردپا {reach} کیلومتر بزرگ‌تر می‌شود.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Height&lt;/b&gt; ({height} km): 100 km higher, one orbit takes {minutes} min longer, so {revs} fewer orbits a day and fewer passes.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;ارتفاع&lt;/b&gt; ({height} کیلومتر): ۱۰۰ کیلومتر بالاتر، هر دور {minutes} دقیقه طولانی‌تر می‌شود، پس {revs} دور کمتر در روز و عبورهای کمتر.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Inclination&lt;/b&gt; ({inclination}°): the track reaches latitudes up to {latitude}° N and S; places further from the equator are never overflown.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;میل مداری&lt;/b&gt; ({inclination} درجه): رد تا عرض‌های {latitude} درجهٔ شمالی و جنوبی می‌رسد؛ جاهای دورتر از استوا هرگز زیر ماهواره نیستند.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Sun-synchronous&lt;/b&gt;: the tilt at which the Earth's bulge turns the orbit {drift}° a day here (0.986° is needed), so passes come at the same local time every day.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;خورشیدآهنگ&lt;/b&gt;: میلی که در آن برآمدگی استوایی زمین مدار را روزانه {drift} درجه در اینجا می‌چرخاند (۰٫۹۸۶ درجه لازم است)، تا عبورها هر روز در همان ساعت محلی باشند.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Node time&lt;/b&gt;: the local solar time at which the satellite crosses the equator northbound; it sets whether passes are in the morning, at noon or at night.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;زمان گره&lt;/b&gt;: زمان خورشیدی محلی که ماهواره در حرکت به سوی شمال از استوا می‌گذرد؛ تعیین می‌کند عبورها صبح، نیمروز یا شب باشند.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Repeat R/D&lt;/b&gt;: after R orbits in D days the track lies exactly on itself again; a longer cycle leaves narrower gaps between neighbouring tracks.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;تکرار R/D&lt;/b&gt;: پس از R دور در D روز، رد دقیقاً روی خودش می‌افتد؛ چرخهٔ بلندتر شکاف‌های باریک‌تری میان ردهای همسایه می‌گذارد.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Phase&lt;/b&gt; (mean anomaly, or over a place at a time): where on the orbit the satellite is; it moves the passes in time but not the track's pattern.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;فاز&lt;/b&gt; (آنومالی میانگین، یا بر فراز مکانی در زمانی معین): ماهواره کجای مدارش است؛ عبورها را در زمان جابه‌جا می‌کند اما الگوی رد را نه.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>A designed orbit is exact by definition: no uncertainty is shown.</source>
        <translation>مدار طراحی‌شده بنا به تعریف دقیق است: عدم قطعیتی نمایش داده نمی‌شود.</translation>
    </message>
    <message>
        <source>The elements of {name} are built from published figures: where it is along its orbit is unknown (any position is equally likely), its node's local time is uncertain by about ±{minutes} min and its height by ±{km} km. The track's pattern and the passes a day are well determined; the time of each pass is not (within about one orbit).</source>
        <translation>عناصر {name} از ارقام منتشرشده ساخته شده‌اند: جای آن روی مدارش معلوم نیست (هر موقعیتی به یک اندازه محتمل است)، زمان محلی گره‌اش حدود ±{minutes} دقیقه و ارتفاعش ±{km} کیلومتر عدم قطعیت دارد. الگوی رد و شمار عبورها در روز به خوبی تعیین شده‌اند؛ زمان هر عبور نه (تا حدود یک دور).</translation>
    </message>
    <message>
        <source>The elements of {name} are {days} days from their epoch. Element sets drift mostly along the track: about {along} km (1 sigma; {seconds} s of timing at 90 %) here, from 1 km at epoch growing 2 km a day (Vallado &amp; Cefola 2012) plus a drag term fitted to our own data; across the track about {across} km.</source>
        <translation>عناصر {name} {days} روز از زمان مرجعشان فاصله دارند. مجموعه عناصر بیشتر در امتداد رد جابه‌جا می‌شوند: اینجا حدود {along} کیلومتر (۱ سیگما؛ {seconds} ثانیه خطای زمان‌بندی در ۹۰ درصد)، از ۱ کیلومتر در زمان مرجع که روزی ۲ کیلومتر بیشتر می‌شود (Vallado &amp; Cefola 2012) به اضافهٔ یک جملهٔ پسا که بر داده‌های خود ما برازش شده است؛ در عرض رد حدود {across} کیلومتر.</translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation>به چه نگاه می‌کنم؟</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a satellite in the list on the left.&lt;/p&gt;</source>
        <translation>&lt;p&gt;یک ماهواره از فهرست کنار برگزینید.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Ground track.&lt;/b&gt; The coloured line is the path of the point directly below {name}. One orbit takes {period} minutes, so it circles the Earth {revs} times a day. While it goes round once, the Earth turns beneath it, so each new track lies {shift}° of longitude further west (about {shift_km} km at 40° latitude). The dashed part is the past, the solid part the future.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;رد زمینی.&lt;/b&gt; خط رنگی مسیر نقطه‌ای است که درست زیر {name} قرار دارد. هر دور {period} دقیقه طول می‌کشد، پس روزی {revs} بار دور زمین می‌گردد. در همان حال که یک دور می‌زند، زمین زیرش می‌چرخد، پس هر رد تازه {shift} درجهٔ طول جغرافیایی غرب‌تر می‌افتد (حدود {shift_km} کیلومتر در عرض ۴۰ درجه). بخش خط‌چین گذشته است و بخش پیوسته آینده.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Footprint.&lt;/b&gt; The shaded circle around the satellite is what it can reach with the chosen setting ({setting}): everything within {reach} km of the point below it, from its height of {height} km.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ردپا.&lt;/b&gt; دایرهٔ سایه‌دار پیرامون ماهواره جایی است که با تنظیم برگزیده ({setting}) به آن دسترسی دارد: هر چه تا {reach} کیلومتری نقطهٔ زیر آن باشد، از ارتفاع {height} کیلومتری.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sun-synchronous orbit.&lt;/b&gt; The orbit is tilted {inclination}°, just past the pole, so that Earth's bulge turns it {drift}° a day, as fast as the Earth goes round the Sun. It therefore crosses the equator northbound at the same local solar time every day, {time}, and passes over any one place at about the same local time: good light for a camera, day after day.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;مدار خورشیدآهنگ.&lt;/b&gt; مدار {inclination} درجه میل دارد، کمی آن سوی قطب، تا برآمدگی استوایی زمین آن را روزانه {drift} درجه بچرخاند، هم‌پای گردش زمین به دور خورشید. از این رو هر روز در همان زمان خورشیدی محلی، {time}، در حرکت به سوی شمال از استوا می‌گذرد و از فراز هر مکان نیز تقریباً در همان ساعت محلی عبور می‌کند: نور مناسب برای دوربین، روز پس از روز.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Revisit time.&lt;/b&gt; Over {region} the satellite came back on average every {mean} (longest wait {longest}). That is the gap between the end of one pass and the start of the next, within the analysis window.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;زمان بازدید دوباره.&lt;/b&gt; بر فراز {region} ماهواره به طور میانگین هر {mean} یک بار بازگشت (طولانی‌ترین انتظار {longest}). این فاصلهٔ میان پایان یک عبور و آغاز عبور بعدی در بازهٔ تحلیل است.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;How sure?&lt;/b&gt; {model} View ▸ Uncertainty band (Ctrl+U) draws where the satellite may be.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;چقدر مطمئن؟&lt;/b&gt; {model} «نما ▸ نوار عدم قطعیت» (Ctrl+U) نشان می‌دهد ماهواره کجا می‌تواند باشد.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style='color:#8a3a00'&gt;&lt;b&gt;Approximate.&lt;/b&gt; These elements were built from published orbit figures, not tracked observations: the shape of the orbit and the local time of its passes are meaningful, the satellite's exact position is not.&lt;/p&gt;</source>
        <translation>&lt;p style='color:#8a3a00'&gt;&lt;b&gt;تقریبی.&lt;/b&gt; این عناصر از ارقام منتشرشدهٔ مدار ساخته شده‌اند، نه از رصدهای ردیابی: شکل مدار و زمان محلی عبورهایش معنادار است، جای دقیق ماهواره نه.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LessonIo</name>
    <message>
        <source>Save lesson</source>
        <translation>ذخیرهٔ درس</translation>
    </message>
    <message>
        <source>Overflight lesson (*{SUFFIX})</source>
        <translation>درس Overflight (*{SUFFIX})</translation>
    </message>
    <message>
        <source>Could not write {path}: {0}</source>
        <translation>{path} نوشته نشد: {0}</translation>
    </message>
    <message>
        <source>Lesson saved to {path}.</source>
        <translation>درس در {path} ذخیره شد.</translation>
    </message>
    <message>
        <source>Lesson saved to {path}</source>
        <translation>درس در {path} ذخیره شد</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>باز کردن درس</translation>
    </message>
    <message>
        <source>Overflight lesson (*{SUFFIX});;All files (*)</source>
        <translation>درس Overflight (*{SUFFIX});;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source> (and {0} more)</source>
        <translation> (و {0} مورد دیگر)</translation>
    </message>
    <message>
        <source>{name}: opened; not loaded: {problem}{more}</source>
        <translation>{name}: باز شد؛ بارگذاری نشد: {problem}{more}</translation>
    </message>
    <message>
        <source>{name}: lesson opened</source>
        <translation>{name}: درس باز شد</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>باز کردن &amp;درس…</translation>
    </message>
    <message>
        <source>&amp;Save lesson…</source>
        <translation>&amp;ذخیرهٔ درس…</translation>
    </message>
</context>
<context>
    <name>LifetimeSection</name>
    <message>
        <source> kg</source>
        <translation> کیلوگرم</translation>
    </message>
    <message>
        <source>from B* or published</source>
        <translation>از B* یا ارقام منتشرشده</translation>
    </message>
    <message>
        <source>Mass; leave at the start for a real set's B*, else the published mass</source>
        <translation>جرم؛ اگر در مقدار آغازین بماند، برای مجموعه عناصر واقعی B* آن به کار می‌رود، وگرنه جرم منتشرشده</translation>
    </message>
    <message>
        <source> m²</source>
        <translation> متر مربع</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>برآوردی</translation>
    </message>
    <message>
        <source>Cross-section against the flow (with a mass)</source>
        <translation>سطح مقطع رو به جریان (همراه با جرم)</translation>
    </message>
    <message>
        <source>Drag coefficient (2.2 is usual for a compact satellite)</source>
        <translation>ضریب پسا (۲٫۲ برای ماهوارهٔ فشرده معمول است)</translation>
    </message>
    <message>
        <source>Three scenarios</source>
        <translation>سه سناریو</translation>
    </message>
    <message>
        <source>Scenarios and CelesTrak space weather</source>
        <translation>سناریوها و آب‌وهوای فضایی CelesTrak</translation>
    </message>
    <message>
        <source>Add a curve under CelesTrak's observed and predicted activity: the copy fetched last, else the copy bundled with Overflight</source>
        <translation>افزودن منحنی با فعالیت مشاهده‌شده و پیش‌بینی‌شدهٔ CelesTrak: آخرین نسخهٔ دریافت‌شده، وگرنه نسخهٔ همراه Overflight</translation>
    </message>
    <message>
        <source>Estimate decay</source>
        <translation>برآورد افت مدار</translation>
    </message>
    <message>
        <source>Estimate the decay of the selected satellite under low, moderate and high solar activity</source>
        <translation>برآورد افت مدار ماهوارهٔ انتخاب‌شده در فعالیت خورشیدی کم، متوسط و زیاد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Stop the estimate</source>
        <translation>توقف برآورد</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>عمر مداری</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>جرم</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>سطح مقطع</translation>
    </message>
    <message>
        <source>Drag coeff.</source>
        <translation>ضریب پسا</translation>
    </message>
    <message>
        <source>Solar activity</source>
        <translation>فعالیت خورشیدی</translation>
    </message>
    <message>
        <source>Select a satellite first.</source>
        <translation>نخست یک ماهواره انتخاب کنید.</translation>
    </message>
    <message>
        <source>after {0}</source>
        <translation>پس از {0}</translation>
    </message>
    <message>
        <source>{0} ({1}); now {2:+.3f} km a day</source>
        <translation>{0} ({1})؛ اکنون {2:+.3f} کیلومتر در روز</translation>
    </message>
    <message>
        <source>This is an estimate</source>
        <translation>این یک برآورد است</translation>
    </message>
</context>
<context>
    <name>LiveClock</name>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} ساعت {m:02d} دقیقه</translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation>{m} دقیقه {s:02d} ثانیه</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} ثانیه</translation>
    </message>
    <message>
        <source>Live: choose a satellite and where you are to see when it rises</source>
        <translation>زنده: یک ماهواره و جای خود را برگزینید تا ببینید کی طلوع می‌کند</translation>
    </message>
    <message>
        <source>{sat} does not rise above {mask:g}° here in the next two days</source>
        <translation>{sat} در دو روز آینده اینجا بالاتر از {mask:g}° نمی‌آید</translation>
    </message>
    <message>
        <source>{sat} is up now: highest {el:.0f}° in the {dir}, sets in {left} ({time})</source>
        <translation>{sat} اکنون بالای افق است: بیشترین ارتفاع {el:.0f}° در {dir}، غروب تا {left} دیگر ({time})</translation>
    </message>
    <message>
        <source>{sat} rises in {left}: {time} in the {dir}, up to {el:.0f}°</source>
        <translation>{sat} تا {left} دیگر طلوع می‌کند: {time} در {dir}، تا ارتفاع {el:.0f}°</translation>
    </message>
    <message>
        <source>&amp;Live clock</source>
        <translation>ساعت &amp;زنده</translation>
    </message>
    <message>
        <source>The clock follows the wall clock; the map, the globe and the sky plot move once a second</source>
        <translation>ساعت برنامه با ساعت واقعی پیش می‌رود؛ نقشه، کره و نمودار آسمان هر ثانیه یک بار جابه‌جا می‌شوند</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Satellites</source>
        <translation>ماهواره‌ها</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>تحلیل</translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation>به چه نگاه می‌کنم؟</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>عبورها</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Orbit lab</source>
        <translation>آزمایشگاه مدار</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>پوشش</translation>
    </message>
    <message>
        <source>Overflight</source>
        <translation>Overflight</translation>
    </message>
    <message>
        <source>Analysis cancelled</source>
        <translation>تحلیل لغو شد</translation>
    </message>
    <message>
        <source>Could not write {path}: {0}</source>
        <translation>{path} نوشته نشد: {0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>&amp;Open element file…</source>
        <translation>&amp;باز کردن پروندهٔ عناصر…</translation>
    </message>
    <message>
        <source>Add TLE or OMM element sets</source>
        <translation>افزودن مجموعه عناصر TLE یا OMM</translation>
    </message>
    <message>
        <source>&amp;Paste element sets</source>
        <translation>&amp;چسباندن مجموعه عناصر</translation>
    </message>
    <message>
        <source>Add TLE or OMM text from the clipboard</source>
        <translation>افزودن متن TLE یا OMM از کلیپ‌بورد</translation>
    </message>
    <message>
        <source>Export map as &amp;PNG…</source>
        <translation>خروجی نقشه به &amp;PNG…</translation>
    </message>
    <message>
        <source>Export map as &amp;SVG…</source>
        <translation>خروجی نقشه به &amp;SVG…</translation>
    </message>
    <message>
        <source>Export passes as &amp;CSV…</source>
        <translation>خروجی عبورها به &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;تحلیل</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;اجرا</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;لغو</translation>
    </message>
    <message>
        <source>Region from &amp;GeoJSON…</source>
        <translation>منطقه از &amp;GeoJSON…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>حالت &amp;ارائه</translation>
    </message>
    <message>
        <source>Full-screen map for a room: large type, clock and statistics on the map (Esc leaves)</source>
        <translation>نقشهٔ تمام‌صفحه برای کلاس: نوشته‌های درشت، ساعت و آمار روی نقشه (Esc برای خروج)</translation>
    </message>
    <message>
        <source>&amp;Globe</source>
        <translation>&amp;کرهٔ زمین</translation>
    </message>
    <message>
        <source>An orthographic globe with the orbit as a ring in space (Ctrl+G again: the map)</source>
        <translation>کره‌ای راست‌نگاشتی با مدار به صورت حلقه‌ای در فضا (دوباره Ctrl+G: نقشه)</translation>
    </message>
    <message>
        <source>&amp;Follow the satellite</source>
        <translation>&amp;دنبال کردن ماهواره</translation>
    </message>
    <message>
        <source>Keep the first satellite centred while time runs</source>
        <translation>نخستین ماهواره را هنگام گذر زمان در میانه نگه دار</translation>
    </message>
    <message>
        <source>&amp;Uncertainty band</source>
        <translation>&amp;نوار عدم قطعیت</translation>
    </message>
    <message>
        <source>Draw where the first satellite may be (90 % of its uncertainty model)</source>
        <translation>نمایش جایی که نخستین ماهواره می‌تواند باشد (۹۰ درصد مدل عدم قطعیت آن)</translation>
    </message>
    <message>
        <source>&amp;All satellites</source>
        <translation>&amp;همهٔ ماهواره‌ها</translation>
    </message>
    <message>
        <source>Every loaded satellite as a dot at the clock's time, coloured by orbit class; hover names one, a click selects it</source>
        <translation>همهٔ ماهواره‌های بارگذاری‌شده به صورت نقطه در زمان ساعت، رنگ‌شده بر پایهٔ ردهٔ مدار؛ با بردن نشانگر نامش دیده می‌شود و با کلیک انتخاب می‌شود</translation>
    </message>
    <message>
        <source>Colour-&amp;blind-safe colours</source>
        <translation>رنگ‌های &amp;مناسب کوررنگی</translation>
    </message>
    <message>
        <source>Okabe-Ito colours for tracks and passes (the default)</source>
        <translation>رنگ‌های Okabe-Ito برای ردها و عبورها (پیش‌فرض)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;بازنشانی چیدمان</translation>
    </message>
    <message>
        <source>Put every panel back in its place</source>
        <translation>هر پنل را به جای خودش برگردان</translation>
    </message>
    <message>
        <source>Whole &amp;world</source>
        <translation>کل &amp;جهان</translation>
    </message>
    <message>
        <source>Zoom to &amp;region</source>
        <translation>بزرگ‌نمایی روی &amp;منطقه</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>پخش / مکث</translation>
    </message>
    <message>
        <source>Go to &amp;now</source>
        <translation>رفتن به &amp;اکنون</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>&amp;What am I looking at?</source>
        <translation>&amp;به چه نگاه می‌کنم؟</translation>
    </message>
    <message>
        <source>&amp;About Overflight</source>
        <translation>&amp;دربارهٔ Overflight</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>Solar &amp;Hijri dates</source>
        <translation>تاریخ‌های &amp;هجری خورشیدی</translation>
    </message>
    <message>
        <source>Show dates in the Solar Hijri calendar beside UTC</source>
        <translation>نمایش تاریخ‌ها در گاه‌شماری هجری خورشیدی در کنار UTC</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Overflight will start in {language} the next time it is opened.</source>
        <translation>Overflight دفعهٔ بعد که باز شود به زبان {language} خواهد بود.</translation>
    </message>
    <message>
        <source>speed {0}  ·  Space: play/pause  ·  +/-: speed  ·  arrows: step  ·  K: sky  ·  Esc: leave</source>
        <translation>سرعت {0}  ·  فاصله: پخش/مکث  ·  +/-: سرعت  ·  پیکان‌ها: گام  ·  K: آسمان  ·  Esc: خروج</translation>
    </message>
    <message>
        <source>Over {region} ({settings}):</source>
        <translation>بر فراز {region} ({settings}):</translation>
    </message>
    <message>
        <source>{name}: {rate:.2f} passes a day, revisit mean {gap}</source>
        <translation>{name}: {rate:.2f} عبور در روز، میانگین بازدید دوباره {gap}</translation>
    </message>
    <message>
        <source>{name}: {rate:.2f} passes a day</source>
        <translation>{name}: {rate:.2f} عبور در روز</translation>
    </message>
    <message>
        <source>Region: {name}</source>
        <translation>منطقه: {name}</translation>
    </message>
    <message>
        <source>No country there (open sea): click on land</source>
        <translation>آنجا کشوری نیست (دریای آزاد): روی خشکی کلیک کنید</translation>
    </message>
    <message>
        <source>Region from GeoJSON</source>
        <translation>منطقه از GeoJSON</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON (*.geojson *.json);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Choose a satellite on the left and a region above, then Run.</source>
        <translation>یک ماهواره در کنار و یک منطقه در بالا برگزینید، سپس «اجرا».</translation>
    </message>
    <message>
        <source>Computing passes over {name}…</source>
        <translation>در حال محاسبهٔ عبورها بر فراز {name}…</translation>
    </message>
    <message>
        <source>{n} passes over {region} in {days:g} days</source>
        <translation>{n} عبور بر فراز {region} در {days:g} روز</translation>
    </message>
    <message>
        <source>Analysis failed: {0}</source>
        <translation>تحلیل ناموفق بود: {0}</translation>
    </message>
    <message>
        <source>{file}: {0} element sets read, {1} new or newer</source>
        <translation>{file}: {0} مجموعه عناصر خوانده شد، {1} تازه یا جدیدتر</translation>
    </message>
    <message>
        <source>; {0} records skipped (first: {1})</source>
        <translation>؛ {0} رکورد کنار گذاشته شد (نخستین: {1})</translation>
    </message>
    <message>
        <source>Open element sets</source>
        <translation>باز کردن مجموعه عناصر</translation>
    </message>
    <message>
        <source>Element sets (*.tle *.txt *.3le *.json *.csv);;All files (*)</source>
        <translation>مجموعه عناصر (*.tle *.txt *.3le *.json *.csv);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Element sets</source>
        <translation>مجموعه عناصر</translation>
    </message>
    <message>
        <source>Paste element sets</source>
        <translation>چسباندن مجموعه عناصر</translation>
    </message>
    <message>
        <source>The clipboard holds {0:.0f} million characters: too much for element sets (limit {1:.0f} MB)</source>
        <translation>کلیپ‌بورد {0:.0f} میلیون نویسه دارد: برای مجموعه عناصر بیش از اندازه است (حد {1:.0f} مگابایت)</translation>
    </message>
    <message>
        <source>The clipboard holds no TLE or OMM element sets</source>
        <translation>کلیپ‌بورد هیچ مجموعه عناصر TLE یا OMM ندارد</translation>
    </message>
    <message>
        <source>{0} element sets pasted, {1} skipped</source>
        <translation>{0} مجموعه عناصر چسبانده شد، {1} کنار گذاشته شد</translation>
    </message>
    <message>
        <source>{0} element sets pasted</source>
        <translation>{0} مجموعه عناصر چسبانده شد</translation>
    </message>
    <message>
        <source>Export map as PNG</source>
        <translation>خروجی نقشه به PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>تصویر PNG (*.png)</translation>
    </message>
    <message>
        <source>Map saved to {path}</source>
        <translation>نقشه در {path} ذخیره شد</translation>
    </message>
    <message>
        <source>Export map as SVG</source>
        <translation>خروجی نقشه به SVG</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>نگارهٔ SVG (*.svg)</translation>
    </message>
    <message>
        <source>Overflight map</source>
        <translation>نقشهٔ Overflight</translation>
    </message>
    <message>
        <source>Export passes</source>
        <translation>خروجی عبورها</translation>
    </message>
    <message>
        <source>Run an analysis first.</source>
        <translation>نخست یک تحلیل اجرا کنید.</translation>
    </message>
    <message>
        <source>Export passes as CSV</source>
        <translation>خروجی عبورها به CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{0} passes saved to {path}</source>
        <translation>{0} عبور در {path} ذخیره شد</translation>
    </message>
    <message>
        <source>About Overflight</source>
        <translation>دربارهٔ Overflight</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overflight&lt;/b&gt;: satellite ground tracks, revisit analysis and news context.&lt;br&gt;Orbits: SGP4 (sgp4, skyfield). Sun: JPL DE421. Map: Natural Earth (public domain).&lt;br&gt;Element sets marked APPROXIMATE are built from published orbit figures.</source>
        <translation>&lt;b&gt;Overflight&lt;/b&gt;: رد زمینی ماهواره‌ها، تحلیل بازدید دوباره و زمینهٔ خبرها.&lt;br&gt;مدارها: SGP4 (sgp4، skyfield). خورشید: JPL DE421. نقشه: Natural Earth (مالکیت عمومی).&lt;br&gt;مجموعه عناصری که با APPROXIMATE نشان خورده‌اند از ارقام منتشرشدهٔ مدار ساخته شده‌اند.</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>بالای سر</translation>
    </message>
    <message>
        <source>&amp;Overhead: who passes over the region</source>
        <translation>بالای &amp;سر: چه ماهواره‌هایی از فراز منطقه می‌گذرند</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Observer</source>
        <translation>ناظر</translation>
    </message>
    <message>
        <source>Set observer here ({lat:.2f}, {lon:.2f})</source>
        <translation>ناظر را اینجا بگذار ({lat:.2f}، {lon:.2f})</translation>
    </message>
    <message>
        <source>elements {0:.0f} d old</source>
        <translation>عناصر {0:.0f} روزه</translation>
    </message>
    <message>
        <source>elements {0:.0f} d ahead</source>
        <translation>عناصر {0:.0f} روز جلوتر</translation>
    </message>
    <message>
        <source>in a pass over {0}</source>
        <translation>در حال عبور بر فراز {0}</translation>
    </message>
    <message>
        <source>Map: Natural Earth (public domain). Made with Overflight.</source>
        <translation>نقشه: Natural Earth (مالکیت عمومی). ساخته‌شده با Overflight.</translation>
    </message>
</context>
<context>
    <name>ObserverBox</name>
    <message>
        <source>Type a city…</source>
        <translation>نام یک شهر را بنویسید…</translation>
    </message>
    <message>
        <source>Type a city's name (in any language the gazetteer knows) and pick it</source>
        <translation>نام یک شهر را (به هر زبانی که نام‌نامه می‌شناسد) بنویسید و آن را برگزینید</translation>
    </message>
    <message>
        <source>Latitude and longitude in degrees, then Enter: 51.48, -0.01 or 51.48N 0.01W</source>
        <translation>عرض و طول جغرافیایی به درجه، سپس Enter: 51.48, -0.01 یا 51.48N 0.01W</translation>
    </message>
    <message>
        <source>or lat, lon: 51.48, -0.01</source>
        <translation>یا عرض، طول: 51.48, -0.01</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>ناظر</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>کجا</translation>
    </message>
    <message>
        <source>No city called “{name}” in the gazetteer: try its English name, or type coordinates</source>
        <translation>شهری به نام «{name}» در نام‌نامه نیست: نام انگلیسی آن را امتحان کنید، یا مختصات را بنویسید</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>هنوز برگزیده نشده</translation>
    </message>
</context>
<context>
    <name>OrbitClasses</name>
    <message>
        <source>low Earth orbit</source>
        <translation>مدار پایین زمین</translation>
    </message>
    <message>
        <source>sun-synchronous (low)</source>
        <translation>خورشیدآهنگ (پایین)</translation>
    </message>
    <message>
        <source>medium Earth orbit</source>
        <translation>مدار میانی زمین</translation>
    </message>
    <message>
        <source>geostationary / geosynchronous</source>
        <translation>زمین‌ایستا / زمین‌هماهنگ</translation>
    </message>
    <message>
        <source>highly elliptical</source>
        <translation>بسیار بیضوی</translation>
    </message>
</context>
<context>
    <name>OrbitLab</name>
    <message>
        <source>Your kept designs</source>
        <translation>طرح‌های نگه‌داشتهٔ شما</translation>
    </message>
    <message>
        <source>New</source>
        <translation>تازه</translation>
    </message>
    <message>
        <source>Start a new design from the current settings</source>
        <translation>آغاز یک طرح تازه از تنظیمات کنونی</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete this design</source>
        <translation>حذف این طرح</translation>
    </message>
    <message>
        <source>Start from a preset…</source>
        <translation>آغاز از یک پیش‌تنظیم…</translation>
    </message>
    <message>
        <source>Load a classic orbit into the lab</source>
        <translation>بارگذاری یک مدار کلاسیک در آزمایشگاه</translation>
    </message>
    <message>
        <source>From selected satellite</source>
        <translation>از ماهوارهٔ انتخاب‌شده</translation>
    </message>
    <message>
        <source>Copy the mean elements of the satellite selected in the list into the lab</source>
        <translation>رونوشت عناصر میانگین ماهوارهٔ انتخاب‌شده در فهرست به آزمایشگاه</translation>
    </message>
    <message>
        <source>Name of the designed satellite</source>
        <translation>نام ماهوارهٔ طراحی‌شده</translation>
    </message>
    <message>
        <source>Circular, height</source>
        <translation>دایره‌ای، ارتفاع</translation>
    </message>
    <message>
        <source>Perigee and apogee</source>
        <translation>حضیض و اوج</translation>
    </message>
    <message>
        <source>Repeat ground track (R orbits in D days)</source>
        <translation>رد زمینی تکرارشونده (R دور در D روز)</translation>
    </message>
    <message>
        <source>How the size of the orbit is given</source>
        <translation>اندازهٔ مدار چگونه داده شود</translation>
    </message>
    <message>
        <source>Height above the equator (circular orbit); type larger values in the box</source>
        <translation>ارتفاع بالای استوا (مدار دایره‌ای)؛ مقدارهای بزرگ‌تر را در جعبه بنویسید</translation>
    </message>
    <message>
        <source> km</source>
        <translation> کیلومتر</translation>
    </message>
    <message>
        <source>Lowest point of the orbit above the equator</source>
        <translation>پایین‌ترین نقطهٔ مدار بالای استوا</translation>
    </message>
    <message>
        <source>Highest point of the orbit above the equator</source>
        <translation>بالاترین نقطهٔ مدار بالای استوا</translation>
    </message>
    <message>
        <source>R: orbits in one repeat cycle</source>
        <translation>R: شمار دورها در یک چرخهٔ تکرار</translation>
    </message>
    <message>
        <source> orbits</source>
        <translation> دور</translation>
    </message>
    <message>
        <source>D: days in one repeat cycle</source>
        <translation>D: شمار روزها در یک چرخهٔ تکرار</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>Repeat cycles near the current height (sun-synchronous when ticked)</source>
        <translation>چرخه‌های تکرار نزدیک ارتفاع کنونی (خورشیدآهنگ اگر تیک خورده باشد)</translation>
    </message>
    <message>
        <source>Eccentricity: 0 is a circle; with a height, perigee and apogee follow from it</source>
        <translation>خروج از مرکز: ۰ یعنی دایره؛ با دانستن ارتفاع، حضیض و اوج از آن به دست می‌آیند</translation>
    </message>
    <message>
        <source>Sun-synchronous</source>
        <translation>خورشیدآهنگ</translation>
    </message>
    <message>
        <source>Inclination computed so the Earth's bulge turns the orbit once a year: same local time every day</source>
        <translation>میلی که در آن برآمدگی استوایی زمین مدار را سالی یک بار می‌چرخاند: هر روز همان ساعت محلی</translation>
    </message>
    <message>
        <source>Inclination: the tilt of the orbit to the equator</source>
        <translation>میل مداری: زاویهٔ صفحهٔ مدار با استوا</translation>
    </message>
    <message>
        <source>Local time of the ascending node</source>
        <translation>زمان محلی گره صعودی</translation>
    </message>
    <message>
        <source>Local time of the descending node</source>
        <translation>زمان محلی گره نزولی</translation>
    </message>
    <message>
        <source>Right ascension of the node</source>
        <translation>بُعد گره</translation>
    </message>
    <message>
        <source>Where the orbit crosses the equator northbound</source>
        <translation>جایی که مدار در حرکت به سوی شمال از استوا می‌گذرد</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ساعت</translation>
    </message>
    <message>
        <source>Local mean solar time at the node (hours)</source>
        <translation>زمان خورشیدی میانگین محلی در گره (ساعت)</translation>
    </message>
    <message>
        <source>Right ascension of the ascending node</source>
        <translation>بُعد گره صعودی</translation>
    </message>
    <message>
        <source>Argument of perigee: where on the orbit the perigee lies (matters when eccentric)</source>
        <translation>آرگومان حضیض: حضیض کجای مدار است (وقتی مدار بیضوی است اهمیت دارد)</translation>
    </message>
    <message>
        <source>Mean anomaly</source>
        <translation>آنومالی میانگین</translation>
    </message>
    <message>
        <source>Over a place at the clock's time (ascending)</source>
        <translation>بر فراز یک مکان در زمان ساعت (صعودی)</translation>
    </message>
    <message>
        <source>Over a place at the clock's time (descending)</source>
        <translation>بر فراز یک مکان در زمان ساعت (نزولی)</translation>
    </message>
    <message>
        <source>Where the satellite is on its orbit at the epoch</source>
        <translation>ماهواره در زمان مرجع (اپک) کجای مدارش است</translation>
    </message>
    <message>
        <source>Mean anomaly at the epoch</source>
        <translation>آنومالی میانگین در زمان مرجع</translation>
    </message>
    <message>
        <source>° N</source>
        <translation>° شمالی</translation>
    </message>
    <message>
        <source>Latitude of the place (negative: south)</source>
        <translation>عرض جغرافیایی مکان (منفی: جنوب)</translation>
    </message>
    <message>
        <source>° E</source>
        <translation>° شرقی</translation>
    </message>
    <message>
        <source>Longitude of the place (negative: west)</source>
        <translation>طول جغرافیایی مکان (منفی: غرب)</translation>
    </message>
    <message>
        <source>Export TLE…</source>
        <translation>خروجی TLE…</translation>
    </message>
    <message>
        <source>Export OMM…</source>
        <translation>خروجی OMM…</translation>
    </message>
    <message>
        <source>Save the elements as a TLE file (the DESIGNED mark travels with it)</source>
        <translation>ذخیرهٔ عناصر به صورت پروندهٔ TLE (نشان DESIGNED همراهش می‌رود)</translation>
    </message>
    <message>
        <source>Save the elements as OMM JSON</source>
        <translation>ذخیرهٔ عناصر به صورت OMM JSON</translation>
    </message>
    <message>
        <source>Orbit</source>
        <translation>مدار</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>ارتفاع</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Perigee / apogee</source>
        <translation>حضیض / اوج</translation>
    </message>
    <message>
        <source>in</source>
        <translation>در</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>تکرار</translation>
    </message>
    <message>
        <source>Eccentricity</source>
        <translation>خروج از مرکز</translation>
    </message>
    <message>
        <source>Inclination</source>
        <translation>میل مداری</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>گره</translation>
    </message>
    <message>
        <source>Node time</source>
        <translation>زمان گره</translation>
    </message>
    <message>
        <source>Node RA</source>
        <translation>بُعد گره</translation>
    </message>
    <message>
        <source>Arg. of perigee</source>
        <translation>آرگومان حضیض</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>فاز</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>What this orbit does</source>
        <translation>این مدار چه می‌کند</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a preset or move a slider.&lt;/i&gt;</source>
        <translation>&lt;i&gt;یک پیش‌تنظیم برگزینید یا یک لغزنده را حرکت دهید.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Pick a repeat cycle near this height…</source>
        <translation>یک چرخهٔ تکرار نزدیک این ارتفاع برگزینید…</translation>
    </message>
    <message>
        <source>{revs}/{days}: {height_km:.0f} km, tracks {spacing_km:.0f} km apart</source>
        <translation>{revs}/{days}: {height_km:.0f} کیلومتر، ردها {spacing_km:.0f} کیلومتر از هم</translation>
    </message>
    <message>
        <source>(no designs kept yet)</source>
        <translation>(هنوز طرحی نگه داشته نشده)</translation>
    </message>
    <message>
        <source>Select a catalogue satellite in the Satellites list first.</source>
        <translation>نخست یک ماهواره از فهرست ماهواره‌ها انتخاب کنید.</translation>
    </message>
    <message>
        <source>Could not keep the design: {0}</source>
        <translation>طرح نگه داشته نشد: {0}</translation>
    </message>
    <message>
        <source>Export design</source>
        <translation>خروجی طرح</translation>
    </message>
    <message>
        <source>{name} saved to {path}</source>
        <translation>{name} در {path} ذخیره شد</translation>
    </message>
    <message>
        <source>Open the Orbit &amp;lab</source>
        <translation>باز کردن &amp;آزمایشگاه مدار</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <source>Print handout</source>
        <translation>چاپ برگهٔ آموزشی</translation>
    </message>
    <message>
        <source>PDF, A4 (*.pdf);;PDF, US Letter (*.pdf)</source>
        <translation>PDF، A4 (*.pdf);;PDF، US Letter (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write {path}: {0}</source>
        <translation>{path} نوشته نشد: {0}</translation>
    </message>
    <message>
        <source>Handout ({pages} pages) saved to {path}</source>
        <translation>برگهٔ آموزشی ({pages} صفحه) در {path} ذخیره شد</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>پویانمایی</translation>
    </message>
    <message>
        <source>Slide size</source>
        <translation>اندازهٔ اسلاید</translation>
    </message>
    <message>
        <source>Save animation</source>
        <translation>ذخیرهٔ پویانمایی</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>پویانمایی GIF (*.gif)</translation>
    </message>
    <message>
        <source>Painting {0} frames…</source>
        <translation>در حال کشیدن {0} قاب…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Animation cancelled</source>
        <translation>پویانمایی لغو شد</translation>
    </message>
    <message>
        <source>{0} frames saved to {path}</source>
        <translation>{0} قاب در {path} ذخیره شد</translation>
    </message>
    <message>
        <source>&amp;Print handout (PDF)…</source>
        <translation>&amp;چاپ برگهٔ آموزشی (PDF)…</translation>
    </message>
    <message>
        <source>Make an a&amp;nimation (GIF)…</source>
        <translation>ساختن &amp;پویانمایی (GIF)…</translation>
    </message>
</context>
<context>
    <name>OverheadModel</name>
    <message>
        <source>Satellite</source>
        <translation>ماهواره</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>آغاز (UTC)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <source>Max elev.</source>
        <translation>بیشینهٔ ارتفاع</translation>
    </message>
    <message>
        <source>Off-nadir</source>
        <translation>انحراف از نادیر</translation>
    </message>
    <message>
        <source>{0} (under way)</source>
        <translation>{0} (در جریان)</translation>
    </message>
    <message>
        <source>≥ {0}</source>
        <translation>≥ {0}</translation>
    </message>
    <message>
        <source>NORAD {0}: click to select it and set the clock to the pass's start</source>
        <translation>NORAD {0}: برای انتخاب آن و بردن ساعت به آغاز عبور کلیک کنید</translation>
    </message>
</context>
<context>
    <name>OverheadPanel</name>
    <message>
        <source> h</source>
        <translation> ساعت</translation>
    </message>
    <message>
        <source>How far ahead of the clock to look (up to a week)</source>
        <translation>تا چه اندازه جلوتر از ساعت جست‌وجو شود (تا یک هفته)</translation>
    </message>
    <message>
        <source>Find passes</source>
        <translation>یافتن عبورها</translation>
    </message>
    <message>
        <source>Passes of every satellite of the layer over the analysis region, with the Analysis panel's criterion</source>
        <translation>عبورهای همهٔ ماهواره‌های این لایه بر فراز منطقهٔ تحلیل، با معیار پنل تحلیل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Stop the search; the last list stays</source>
        <translation>توقف جست‌وجو؛ آخرین فهرست می‌ماند</translation>
    </message>
    <message>
        <source>Choose a region (a point, a circle or a country), then Find passes.</source>
        <translation>یک منطقه (نقطه، دایره یا کشور) برگزینید، سپس «یافتن عبورها».</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>در</translation>
    </message>
    <message>
        <source>Choose a region first: a point, a circle or a country (Analysis panel).</source>
        <translation>نخست یک منطقه برگزینید: نقطه، دایره یا کشور (پنل تحلیل).</translation>
    </message>
    <message>
        <source>No satellites loaded.</source>
        <translation>هیچ ماهواره‌ای بارگذاری نشده.</translation>
    </message>
    <message>
        <source>{0} satellites for {1} h need about {2} GB (budget {3} GB): look fewer hours ahead</source>
        <translation>{0} ماهواره برای {1} ساعت حدود {2} گیگابایت لازم دارد (بودجه {3} گیگابایت): ساعت‌های کمتری را جلوتر ببینید</translation>
    </message>
    <message>
        <source>Searching {0} satellites over {1}…</source>
        <translation>جست‌وجوی {0} ماهواره بر فراز {1}…</translation>
    </message>
    <message>
        <source>{0} passes of {1} satellites over {2} ({3}), in time order.</source>
        <translation>{0} عبور از {1} ماهواره بر فراز {2} ({3})، به ترتیب زمان.</translation>
    </message>
    <message>
        <source>{0} of them by APPROXIMATE or DESIGNED element sets.</source>
        <translation>{0} مورد از آن‌ها با مجموعه عناصر APPROXIMATE یا DESIGNED.</translation>
    </message>
    <message>
        <source>Cancelled; the last list stays.</source>
        <translation>لغو شد؛ آخرین فهرست می‌ماند.</translation>
    </message>
</context>
<context>
    <name>PassTableModel</name>
    <message>
        <source>Satellite</source>
        <translation>ماهواره</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>آغاز (UTC)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <source>Closest (UTC)</source>
        <translation>نزدیک‌ترین (UTC)</translation>
    </message>
    <message>
        <source>Off-nadir</source>
        <translation>انحراف از نادیر</translation>
    </message>
    <message>
        <source>Max elev.</source>
        <translation>بیشینهٔ ارتفاع</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>خورشید</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>زمان محلی</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <source>Start window (share)</source>
        <translation>پنجرهٔ آغاز (سهم)</translation>
    </message>
    <message>
        <source>Where the pass may start, 5-95 % of the sampled element sets, and how many of them have it</source>
        <translation>جایی که عبور ممکن است آغاز شود، ۵ تا ۹۵ درصد مجموعه عناصر نمونه‌گیری‌شده، و چند تا از آن‌ها این عبور را دارند</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>صعودی</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>نزولی</translation>
    </message>
    <message>
        <source>Sun elevation at the nearest point of the region, at closest approach</source>
        <translation>ارتفاع زاویه‌ای خورشید در نزدیک‌ترین نقطهٔ منطقه، در لحظهٔ نزدیک‌ترین عبور</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>ISS-like (420 km, 51.6 deg)</source>
        <translation>مانند ایستگاه فضایی (۴۲۰ کیلومتر، ۵۱٫۶ درجه)</translation>
    </message>
    <message>
        <source>Sun-synchronous 705 km, 10:00 descending</source>
        <translation>خورشیدآهنگ ۷۰۵ کیلومتر، گره نزولی ۱۰:۰۰</translation>
    </message>
    <message>
        <source>10-day repeat (about 790 km)</source>
        <translation>تکرار ۱۰ روزه (حدود ۷۹۰ کیلومتر)</translation>
    </message>
    <message>
        <source>Geostationary (over 0 deg)</source>
        <translation>زمین‌آهنگ ثابت (بر فراز ۰ درجه)</translation>
    </message>
    <message>
        <source>Molniya (63.4 deg, 12 h)</source>
        <translation>مولنیا (۶۳٫۴ درجه، ۱۲ ساعت)</translation>
    </message>
    <message>
        <source>Khayyam as published</source>
        <translation>خیام، بنا بر ارقام منتشرشده</translation>
    </message>
</context>
<context>
    <name>Readouts</name>
    <message>
        <source>Period</source>
        <translation>دورهٔ تناوب</translation>
    </message>
    <message>
        <source>Revolutions a day</source>
        <translation>دور در روز</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>ارتفاع</translation>
    </message>
    <message>
        <source>Inclination</source>
        <translation>میل مداری</translation>
    </message>
    <message>
        <source>Node drift</source>
        <translation>رانش گره</translation>
    </message>
    <message>
        <source>Node local time</source>
        <translation>زمان محلی گره</translation>
    </message>
    <message>
        <source>Track shift</source>
        <translation>جابه‌جایی رد</translation>
    </message>
    <message>
        <source>Repeat cycle</source>
        <translation>چرخهٔ تکرار</translation>
    </message>
    <message>
        <source>Ground speed</source>
        <translation>سرعت زمینی</translation>
    </message>
    <message>
        <source>Footprint radius</source>
        <translation>شعاع ردپا</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} دقیقه</translation>
    </message>
    <message>
        <source>{0} km</source>
        <translation>{0} کیلومتر</translation>
    </message>
    <message>
        <source>{0} to {1} km</source>
        <translation>{0} تا {1} کیلومتر</translation>
    </message>
    <message>
        <source>{0}° a day</source>
        <translation>{0} درجه در روز</translation>
    </message>
    <message>
        <source>{0} ascending, {1} descending (sun-synchronous)</source>
        <translation>{0} صعودی، {1} نزولی (خورشیدآهنگ)</translation>
    </message>
    <message>
        <source>drifts (not sun-synchronous)</source>
        <translation>جابه‌جا می‌شود (خورشیدآهنگ نیست)</translation>
    </message>
    <message>
        <source>{0}° west per orbit ({1} km at the equator)</source>
        <translation>{0} درجه به غرب در هر دور ({1} کیلومتر در استوا)</translation>
    </message>
    <message>
        <source>{0} orbits in {1} days</source>
        <translation>{0} دور در {1} روز</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>برگزیده نشده</translation>
    </message>
    <message>
        <source>{0} km/s at the mean height</source>
        <translation>{0} کیلومتر بر ثانیه در ارتفاع میانگین</translation>
    </message>
    <message>
        <source>{0} km ({1})</source>
        <translation>{0} کیلومتر ({1})</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>&lt;i&gt;Choose a satellite and a region, then press Run.&lt;/i&gt;</source>
        <translation>&lt;i&gt;یک ماهواره و یک منطقه برگزینید، سپس «اجرا» را بزنید.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <comment>a satellite's name and its owner</comment>
        <translation>{0}، {1}</translation>
    </message>
    <message>
        <source>revisit mean {mean}, median {median}, longest {longest}</source>
        <translation>میانگین بازدید دوباره {mean}، میانه {median}، بیشترین {longest}</translation>
    </message>
    <message>
        <source>no gap to measure</source>
        <translation>فاصله‌ای برای اندازه‌گیری نیست</translation>
    </message>
    <message>
        <source>no pass in {days:g} days</source>
        <translation>هیچ عبوری در {days:g} روز نیست</translation>
    </message>
    <message>
        <source> (nominal {rate:.2f}, 5-95 % of 32 sets)</source>
        <translation> (اسمی {rate:.2f}، ۵ تا ۹۵ درصدِ ۳۲ مجموعه)</translation>
    </message>
    <message>
        <source> (mean gap {low}–{high})</source>
        <translation> (میانگین فاصله {low}–{high})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: &lt;span style='font-size:large'&gt;&lt;b&gt;{rate}&lt;/b&gt;&lt;/span&gt; passes a day{nominal} ({count} in all), {in_view} in view; {gap}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: &lt;span style='font-size:large'&gt;&lt;b&gt;{rate}&lt;/b&gt;&lt;/span&gt; عبور در روز{nominal} (در مجموع {count})، {in_view} در دید؛ {gap}</translation>
    </message>
    <message>
        <source>&lt;b&gt;All together&lt;/b&gt;: {rate:.2f} a day, revisit mean {mean}, longest {longest}</source>
        <translation>&lt;b&gt;همه با هم&lt;/b&gt;: {rate:.2f} در روز، میانگین بازدید دوباره {mean}، بیشترین {longest}</translation>
    </message>
    <message>
        <source>Local solar time of passes: {0}</source>
        <translation>زمان خورشیدی محلی عبورها: {0}</translation>
    </message>
    <message>
        <source>Designed orbits: {0} (made in the Orbit lab).</source>
        <translation>مدارهای طراحی‌شده: {0} (ساخته‌شده در آزمایشگاه مدار).</translation>
    </message>
    <message>
        <source>Approximate elements for {0}: counts and local times are indicative, exact times are not.</source>
        <translation>عناصر تقریبی برای {0}: شمار عبورها و زمان‌های محلی نشان‌دهنده‌اند، زمان‌های دقیق نه.</translation>
    </message>
    <message>
        <source>owner unknown</source>
        <translation>مالک نامعلوم</translation>
    </message>
    <message>
        <source>owner {0}</source>
        <translation>مالک {0}</translation>
    </message>
</context>
<context>
    <name>Satellite</name>
    <message>
        <source>{name} (approximate)</source>
        <translation>{name} (تقریبی)</translation>
    </message>
    <message>
        <source>{name} (designed)</source>
        <translation>{name} (طراحی‌شده)</translation>
    </message>
</context>
<context>
    <name>SatelliteMetadata</name>
    <message>
        <source>Orbit class</source>
        <translation>رده مداری</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>فراداده</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <source>COSPAR ID</source>
        <translation>شناسه COSPAR</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>پرتاب</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>نوع شیء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Radar size</source>
        <translation>اندازهٔ راداری</translation>
    </message>
</context>
<context>
    <name>SatelliteModel</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>NORAD</source>
        <translation>NORAD</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <source>Orbit</source>
        <translation>مدار</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>قدمت</translation>
    </message>
    <message>
        <source>{0} · DECAYED</source>
        <translation>{0} · بازگشته به جو</translation>
    </message>
    <message>
        <source>{0}
elements {1} ({2:.0f} days old)
source: {3}</source>
        <translation>{0}
عناصر {1} ({2:.0f} روزه)
منبع: {3}</translation>
    </message>
    <message>
        <source>orbit: {0} ({1})</source>
        <translation>مدار: {0} ({1})</translation>
    </message>
    <message>
        <source>owner: {0}</source>
        <translation>مالک: {0}</translation>
    </message>
    <message>
        <source>decayed (re-entered) {0}</source>
        <translation>بازگشته به جو در {0}</translation>
    </message>
    <message>
        <source>older than two weeks: positions drift</source>
        <translation>قدیمی‌تر از دو هفته: موقعیت‌ها جابه‌جا می‌شوند</translation>
    </message>
</context>
<context>
    <name>SatellitePanel</name>
    <message>
        <source>Search satellites (name or number)…</source>
        <translation>جست‌وجوی ماهواره‌ها (نام یا شماره)…</translation>
    </message>
    <message>
        <source>Type part of a name or a catalogue number to filter the list</source>
        <translation>بخشی از نام یا شمارهٔ فهرست را بنویسید تا فهرست پالایش شود</translation>
    </message>
    <message>
        <source>Only the satellites of one country or organisation (SATCAT owner)</source>
        <translation>فقط ماهواره‌های یک کشور یا سازمان (مالک در SATCAT)</translation>
    </message>
    <message>
        <source>All orbits</source>
        <translation>همهٔ مدارها</translation>
    </message>
    <message>
        <source>LEO includes the sun-synchronous (SSO) orbits</source>
        <translation>LEO مدارهای خورشیدآهنگ (SSO) را هم در بر دارد</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>همهٔ نوع‌ها</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>محموله‌ها</translation>
    </message>
    <message>
        <source>Rocket bodies</source>
        <translation>بدنه‌های موشک</translation>
    </message>
    <message>
        <source>Debris</source>
        <translation>پسماند</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>نوع نامعلوم</translation>
    </message>
    <message>
        <source>Object type from the satellite catalogue (SATCAT)</source>
        <translation>نوع شیء از کاتالوگ ماهواره‌ها (SATCAT)</translation>
    </message>
    <message>
        <source>Members of a CelesTrak group fetched with Refresh (e.g. weather, stations)</source>
        <translation>اعضای یک گروه CelesTrak که با «تازه‌سازی» دریافت شده‌اند (مانند weather، stations)</translation>
    </message>
    <message>
        <source>Select one satellite, or several with Ctrl/Shift, to compare them</source>
        <translation>یک ماهواره، یا چندتا با Ctrl/Shift، برای مقایسه برگزینید</translation>
    </message>
    <message>
        <source>Open elements…</source>
        <translation>باز کردن عناصر…</translation>
    </message>
    <message>
        <source>Add element sets from a TLE or OMM file (Ctrl+O)</source>
        <translation>افزودن مجموعه عناصر از پروندهٔ TLE یا OMM (Ctrl+O)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>چسباندن</translation>
    </message>
    <message>
        <source>Add TLE or OMM text from the clipboard</source>
        <translation>افزودن متن TLE یا OMM از کلیپ‌بورد</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>همهٔ مالکان</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>همهٔ گروه‌ها</translation>
    </message>
    <message>
        <source>Group: {0}</source>
        <translation>گروه: {0}</translation>
    </message>
    <message>
        <source>{0} of {1} satellites</source>
        <translation>{0} از {1} ماهواره</translation>
    </message>
    <message>
        <source>{0} satellites</source>
        <translation>{0} ماهواره</translation>
    </message>
    <message>
        <source>group not applied: {0}</source>
        <translation>گروه اعمال نشد: {0}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a satellite.&lt;/i&gt;</source>
        <translation>&lt;i&gt;یک ماهواره برگزینید.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Decayed</source>
        <translation>بازگشته به جو</translation>
    </message>
    <message>
        <source>the SATCAT says this object re-entered the atmosphere on {0}; its elements describe an orbit it no longer flies.</source>
        <translation>بنا بر SATCAT این شیء در {0} به جو بازگشته است؛ عناصرش مداری را توصیف می‌کنند که دیگر در آن پرواز نمی‌کند.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approximate elements&lt;/b&gt;: {0}. Where the satellite is along its orbit is not known.</source>
        <translation>&lt;b&gt;عناصر تقریبی&lt;/b&gt;: {0}. جای ماهواره روی مدارش معلوم نیست.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Designed orbit&lt;/b&gt;: {0}. Made in the Orbit lab: no real satellite flies it.</source>
        <translation>&lt;b&gt;مدار طراحی‌شده&lt;/b&gt;: {0}. ساخته‌شده در آزمایشگاه مدار: هیچ ماهوارهٔ واقعی در آن پرواز نمی‌کند.</translation>
    </message>
    <message>
        <source>These elements are {0:.0f} days old: use File ▸ Refresh elements (F5) when online.</source>
        <translation>این عناصر {0:.0f} روزه‌اند: وقتی برخط هستید از «پرونده ▸ تازه‌سازی عناصر» (F5) استفاده کنید.</translation>
    </message>
    <message>
        <source>predictions {0:.0f} days from the element epoch: positions along the track may be off by many kilometres (timing by minutes); revisit statistics stay indicative</source>
        <translation>پیش‌بینی‌ها {0:.0f} روز از زمان مرجع عناصر فاصله دارند: موقعیت‌ها در امتداد رد ممکن است چندین کیلومتر خطا داشته باشند (زمان‌بندی چند دقیقه)؛ آمار بازدید دوباره تنها نشان‌دهنده است</translation>
    </message>
    <message>
        <source>{0:.1f} days old</source>
        <translation>{0:.1f} روزه</translation>
    </message>
    <message>
        <source>{0:.1f} days in the future</source>
        <translation>{0:.1f} روز در آینده</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>عناصر</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>زمان مرجع (اپک)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دورهٔ تناوب</translation>
    </message>
    <message>
        <source>{0:.2f} min ({1:.3f} revolutions per day)</source>
        <translation>{0:.2f} دقیقه ({1:.3f} دور در روز)</translation>
    </message>
    <message>
        <source>Perigee / apogee</source>
        <translation>حضیض / اوج</translation>
    </message>
    <message>
        <source>{0:.1f} km / {1:.1f} km above the equator</source>
        <translation>{0:.1f} کیلومتر / {1:.1f} کیلومتر بالای استوا</translation>
    </message>
    <message>
        <source>Inclination</source>
        <translation>میل مداری</translation>
    </message>
    <message>
        <source>Eccentricity</source>
        <translation>خروج از مرکز</translation>
    </message>
    <message>
        <source>Node drift</source>
        <translation>رانش گره</translation>
    </message>
    <message>
        <source>{0:+.3f}° a day</source>
        <translation>{0:+.3f} درجه در روز</translation>
    </message>
    <message>
        <source>Sun-synchronous</source>
        <translation>خورشیدآهنگ</translation>
    </message>
    <message>
        <source>yes, ascending node at {0} local mean solar time</source>
        <translation>بله، گره صعودی در {0} به زمان خورشیدی میانگین محلی</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>Track shift</source>
        <translation>جابه‌جایی رد</translation>
    </message>
    <message>
        <source>{0:.2f}° west per orbit</source>
        <translation>{0:.2f} درجه به غرب در هر دور</translation>
    </message>
</context>
<context>
    <name>SensorTable</name>
    <message>
        <source>Satellite</source>
        <translation>ماهواره</translation>
    </message>
    <message>
        <source>Own swath</source>
        <translation>پهنای نوار خودش</translation>
    </message>
    <message>
        <source>A satellite's own sensor: its full swath width on the ground (Landsat 185 km, Sentinel-2 290 km). Without one it uses the Analysis panel's criterion.</source>
        <translation>حسگر خود ماهواره: پهنای کامل نوار آن روی زمین (Landsat ۱۸۵ کیلومتر، Sentinel-2 ۲۹۰ کیلومتر). بدون آن، معیار پنل تحلیل به کار می‌رود.</translation>
    </message>
    <message>
        <source> km</source>
        <translation> کیلومتر</translation>
    </message>
    <message>
        <source>the panel's</source>
        <translation>معیار پنل</translation>
    </message>
    <message>
        <source>%1: its sensor's full swath width on the ground; 0 uses the Analysis panel's criterion</source>
        <translation>%1: پهنای کامل نوار حسگرش روی زمین؛ ۰ یعنی معیار پنل تحلیل</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>no cached CelesTrak group '{0}'</source>
        <translation>گروه «{0}» از CelesTrak در حافظهٔ پنهان نیست</translation>
    </message>
</context>
<context>
    <name>SkyHandout</name>
    <message>
        <source>Where to look: satellites you can see from {place}</source>
        <translation>کجا را نگاه کنیم: ماهواره‌هایی که از {place} دیده می‌شوند</translation>
    </message>
    <message>
        <source>{start} to {end}. A pass is listed while the satellite is sunlit, at least {mask:g}° up, and the Sun is below {sun:g}° here.</source>
        <translation>{start} تا {end}. عبوری فهرست می‌شود که ماهواره در نور خورشید باشد، دست‌کم {mask:g}° بالای افق، و خورشید اینجا پایین‌تر از {sun:g}° باشد.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>بیشترین ارتفاع</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>از ← به</translation>
    </message>
    <message>
        <source>Mag. (est.)</source>
        <translation>قدر (تخمینی)</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>ماهواره</translation>
    </message>
    <message>
        <source>… and {n} more passes (the Tonight panel lists them all).</source>
        <translation>… و {n} عبور دیگر (پنل «امشب» همه را فهرست می‌کند).</translation>
    </message>
    <message>
        <source>No visible pass in this week.</source>
        <translation>در این هفته هیچ عبور دیدنی‌ای نیست.</translation>
    </message>
    <message>
        <source>Charts: the sky as seen looking up, north at the top, east on the LEFT; the centre is overhead, the rim the horizon. Solid: sunlit; dashed: in Earth's shadow (invisible). Brightness is an estimate (smaller is brighter). Times: local ({zone}) and UTC.</source>
        <translation>نمودارها: آسمان آن‌گونه که رو به بالا دیده می‌شود، شمال در بالا، شرق در سمت چپ؛ مرکز بالای سر است و لبه افق. خط پیوسته: در نور خورشید؛ خط‌چین: در سایهٔ زمین (نادیدنی). درخشندگی یک برآورد است (عدد کوچک‌تر یعنی پرنورتر). زمان‌ها: محلی ({zone}) و UTC.</translation>
    </message>
    <message>
        <source>Orbits: SGP4 with the element sets of {epochs}. Sun and Moon: JPL DE421. Stars: {stars}. Made with Overflight.</source>
        <translation>مدارها: SGP4 با مجموعه عناصر {epochs}. خورشید و ماه: JPL DE421. ستارگان: {stars}. ساخته‌شده با Overflight.</translation>
    </message>
    <message>
        <source>Sky handout cancelled</source>
        <translation>برگهٔ آسمان لغو شد</translation>
    </message>
    <message>
        <source>Finding a week of visible passes… {pc:.0f} %</source>
        <translation>در حال یافتن عبورهای دیدنی یک هفته… {pc:.0f} درصد</translation>
    </message>
    <message>
        <source>Choose where you are first (Tonight panel, or right-click the map)</source>
        <translation>نخست جای خود را برگزینید (پنل «امشب»، یا کلیک راست روی نقشه)</translation>
    </message>
    <message>
        <source>Choose a satellite first</source>
        <translation>نخست یک ماهواره برگزینید</translation>
    </message>
    <message>
        <source>Print sky handout</source>
        <translation>چاپ برگهٔ آسمان</translation>
    </message>
    <message>
        <source>PDF, A4 (*.pdf);;PDF, US Letter (*.pdf)</source>
        <translation>PDF، A4 (*.pdf);;PDF، US Letter (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write {path}: {why}</source>
        <translation>{path} نوشته نشد: {why}</translation>
    </message>
    <message>
        <source>Sky handout: {n} passes, {charts} charts, saved to {path}</source>
        <translation>برگهٔ آسمان: {n} عبور، {charts} نمودار، در {path} ذخیره شد</translation>
    </message>
    <message>
        <source>Sky handout saved to {path}: no visible pass ({why})</source>
        <translation>برگهٔ آسمان در {path} ذخیره شد: عبور دیدنی‌ای نیست ({why})</translation>
    </message>
    <message>
        <source>Print s&amp;ky handout (PDF)…</source>
        <translation>چاپ برگهٔ &amp;آسمان (PDF)…</translation>
    </message>
    <message>
        <source>One page: a week of visible passes at the observer, each with its sky plot</source>
        <translation>یک صفحه: عبورهای دیدنی یک هفته برای ناظر، هر یک با نمودار آسمانش</translation>
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
        <translation>همهٔ ماهواره‌های بارگذاری‌شدهٔ بالای افق</translation>
    </message>
    <message>
        <source>Choose where you are: type a city in the Tonight panel, or right-click the map and choose 'Set observer here'.</source>
        <translation>جای خود را برگزینید: نام یک شهر را در پنل «امشب» بنویسید، یا روی نقشه کلیک راست کنید و «ناظر را اینجا بگذار» را برگزینید.</translation>
    </message>
    <message>
        <source>As seen looking up: north at the top, east on the left. Centre: overhead; rim: the horizon.</source>
        <translation>آن‌گونه که رو به بالا دیده می‌شود: شمال در بالا، شرق در چپ. مرکز: بالای سر؛ لبه: افق.</translation>
    </message>
    <message>
        <source>Looking up: N top, E left</source>
        <translation>رو به بالا: شمال بالا، شرق چپ</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>خورشید</translation>
    </message>
    <message>
        <source>Moon</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Sky over {place} at {time}</source>
        <translation>آسمان {place} در {time}</translation>
    </message>
    <message>
        <source>Sun {deg:.0f}° above the horizon</source>
        <translation>خورشید {deg:.0f}° بالای افق</translation>
    </message>
    <message>
        <source>Sun {deg:.0f}° below the horizon</source>
        <translation>خورشید {deg:.0f}° زیر افق</translation>
    </message>
    <message>
        <source>The sky as seen looking up; right-click: every loaded satellite</source>
        <translation>آسمان آن‌گونه که رو به بالا دیده می‌شود؛ کلیک راست: همهٔ ماهواره‌های بارگذاری‌شده</translation>
    </message>
    <message>
        <source>Sky</source>
        <translation>آسمان</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>1.5 hours</source>
        <translation>۱٫۵ ساعت</translation>
    </message>
    <message>
        <source>3 hours</source>
        <translation>۳ ساعت</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>۶ ساعت</translation>
    </message>
    <message>
        <source>12 hours</source>
        <translation>۱۲ ساعت</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>۱ روز</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>۳ روز</translation>
    </message>
    <message>
        <source>10 s</source>
        <translation>۱۰ ثانیه</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>۱ دقیقه</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>۱۰ دقیقه</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>۱ ساعت</translation>
    </message>
    <message>
        <source>Start of the track shown (UTC)</source>
        <translation>آغاز ردِ نمایش‌داده‌شده (UTC)</translation>
    </message>
    <message>
        <source>Current time within the span</source>
        <translation>زمان کنونی در این بازه</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ پخش</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>پخش / مکث (فاصله)</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>یک گام به عقب</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>یک گام به جلو</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>اکنون</translation>
    </message>
    <message>
        <source>Element epoch</source>
        <translation>زمان مرجع عناصر</translation>
    </message>
    <message>
        <source>The time shown on the map (UTC)</source>
        <translation>زمانی که روی نقشه نمایش داده می‌شود (UTC)</translation>
    </message>
    <message>
        <source>Go to the current time (Ctrl+N)</source>
        <translation>رفتن به زمان کنونی (Ctrl+N)</translation>
    </message>
    <message>
        <source>Go to the epoch of the selected satellite's elements</source>
        <translation>رفتن به زمان مرجع عناصر ماهوارهٔ انتخاب‌شده</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>سرعت پخش</translation>
    </message>
    <message>
        <source>How far the step buttons move the time</source>
        <translation>دکمه‌های گام زمان را چقدر جابه‌جا کنند</translation>
    </message>
    <message>
        <source>Length of the track shown</source>
        <translation>طول ردِ نمایش‌داده‌شده</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>بازه</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>گام</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ مکث</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Passes in the analysis window; shading is night at the region. Click to go to a time.</source>
        <translation>عبورها در بازهٔ تحلیل؛ سایه یعنی شب در منطقه. برای رفتن به یک زمان کلیک کنید.</translation>
    </message>
    <message>
        <source>Run an analysis to see its passes here</source>
        <translation>یک تحلیل اجرا کنید تا عبورهایش اینجا دیده شوند</translation>
    </message>
</context>
<context>
    <name>TonightPanel</name>
    <message>
        <source>dark: civil (Sun below -6°)</source>
        <translation>تاریکی: گرگ‌ومیش شهری (خورشید ۶° زیر افق)</translation>
    </message>
    <message>
        <source>dark: nautical (-12°)</source>
        <translation>تاریکی: گرگ‌ومیش دریایی (۱۲° زیر افق)</translation>
    </message>
    <message>
        <source>dark: astronomical (-18°)</source>
        <translation>تاریکی: گرگ‌ومیش نجومی (۱۸° زیر افق)</translation>
    </message>
    <message>
        <source>after sunset (0°)</source>
        <translation>پس از غروب خورشید (۰°)</translation>
    </message>
    <message>
        <source>Type the latitude and the longitude, e.g. 51.48, -0.01 or 51.48N 0.01W</source>
        <translation>عرض و طول جغرافیایی را بنویسید، مثلاً 51.48, -0.01 یا 51.48N 0.01W</translation>
    </message>
    <message>
        <source>The latitude comes first (N or S), then the longitude (E or W)</source>
        <translation>نخست عرض جغرافیایی (N یا S)، سپس طول جغرافیایی (E یا W)</translation>
    </message>
    <message>
        <source>Latitude {value:g}° is beyond ±90°</source>
        <translation>عرض جغرافیایی {value:g}° بیرون از ±۹۰° است</translation>
    </message>
    <message>
        <source>Longitude {value:g}° is beyond ±180°</source>
        <translation>طول جغرافیایی {value:g}° بیرون از ±۱۸۰° است</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>ماهواره</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>End</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Max el.</source>
        <translation>بیشینهٔ ارتفاع</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <source>Mag. (est.)</source>
        <translation>قدر (تخمینی)</translation>
    </message>
    <message>
        <source> nights</source>
        <translation> شب</translation>
    </message>
    <message>
        <source>Elevation mask: passes count above this height over the horizon</source>
        <translation>حد ارتفاع زاویه‌ای: عبورها از این ارتفاع بالای افق به حساب می‌آیند</translation>
    </message>
    <message>
        <source>Chosen satellites</source>
        <translation>ماهواره‌های انتخاب‌شده</translation>
    </message>
    <message>
        <source>Every loaded satellite</source>
        <translation>همهٔ ماهواره‌های بارگذاری‌شده</translation>
    </message>
    <message>
        <source>Find passes</source>
        <translation>یافتن عبورها</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Find the visible passes at the observer for the next nights</source>
        <translation>یافتن عبورهای دیدنی برای ناظر در شب‌های آینده</translation>
    </message>
    <message>
        <source>Stop the search</source>
        <translation>توقف جست‌وجو</translation>
    </message>
    <message>
        <source>Whose passes: the satellites chosen in the Satellites panel, or every loaded one</source>
        <translation>عبورهای کدام ماهواره‌ها: ماهواره‌های انتخاب‌شده در پنل ماهواره‌ها، یا همهٔ ماهواره‌های بارگذاری‌شده</translation>
    </message>
    <message>
        <source>Click a pass: the sky plot shows its path and the clock goes to its start</source>
        <translation>روی یک عبور کلیک کنید: نمودار آسمان مسیرش را نشان می‌دهد و ساعت به آغاز آن می‌رود</translation>
    </message>
    <message>
        <source>A pass counts while the Sun at the observer is below this height</source>
        <translation>عبور تا زمانی به حساب می‌آید که خورشید در جای ناظر پایین‌تر از این ارتفاع باشد</translation>
    </message>
    <message>
        <source>How many nights from the clock's time</source>
        <translation>چند شب از زمان ساعت</translation>
    </message>
    <message>
        <source>Sun below {deg:g}°</source>
        <translation>خورشید زیر {deg:g}°</translation>
    </message>
    <message>
        <source>Choose where you are first: a city, coordinates, or right-click the map.</source>
        <translation>نخست جای خود را برگزینید: یک شهر، مختصات، یا کلیک راست روی نقشه.</translation>
    </message>
    <message>
        <source>Choose a satellite first (Satellites panel).</source>
        <translation>نخست یک ماهواره برگزینید (پنل ماهواره‌ها).</translation>
    </message>
    <message>
        <source>Looking for visible passes of {n} satellites…</source>
        <translation>در جست‌وجوی عبورهای دیدنی {n} ماهواره…</translation>
    </message>
    <message>
        <source>Cancelled: the list is not complete.</source>
        <translation>لغو شد: فهرست کامل نیست.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} تا {end}</translation>
    </message>
    <message>
        <source>{n} visible passes, {span}. Magnitudes are estimates (smaller is brighter).</source>
        <translation>{n} عبور دیدنی، {span}. قدرها برآوردی‌اند (عدد کوچک‌تر یعنی پرنورتر).</translation>
    </message>
    <message>
        <source>No visible pass, {span}.</source>
        <translation>هیچ عبور دیدنی‌ای نیست، {span}.</translation>
    </message>
    <message>
        <source>{mag:+.1f} (size unknown)</source>
        <translation>{mag:+.1f} (اندازه نامعلوم)</translation>
    </message>
    <message>
        <source>Rises (AOS)</source>
        <translation>طلوع (AOS)</translation>
    </message>
    <message>
        <source>Highest (TCA)</source>
        <translation>بیشترین ارتفاع (TCA)</translation>
    </message>
    <message>
        <source>{time}, {el:.0f}° up in the {dir} ({az:.0f}°), {km:,.0f} km away</source>
        <translation>{time}، ارتفاع {el:.0f}° در {dir} ({az:.0f}°)، در فاصلهٔ {km:,.0f} کیلومتری</translation>
    </message>
    <message>
        <source>Sets (LOS)</source>
        <translation>غروب (LOS)</translation>
    </message>
    <message>
        <source>none during the pass</source>
        <translation>در طول عبور وارد آن نمی‌شود</translation>
    </message>
    <message>
        <source>leaves it {time}</source>
        <translation>خروج از آن {time}</translation>
    </message>
    <message>
        <source>enters it {time}</source>
        <translation>ورود به آن {time}</translation>
    </message>
    <message>
        <source>Earth's shadow</source>
        <translation>سایهٔ زمین</translation>
    </message>
    <message>
        <source>Sun at the observer</source>
        <translation>خورشید در جای ناظر</translation>
    </message>
    <message>
        <source>{deg:.0f}° (at TCA)</source>
        <translation>{deg:.0f}° (در TCA)</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>دیدنی</translation>
    </message>
    <message>
        <source>{start} to {end}, from the {a} to the {b}</source>
        <translation>{start} تا {end}، از {a} به {b}</translation>
    </message>
    <message>
        <source>Brightness (estimate)</source>
        <translation>درخشندگی (برآورد)</translation>
    </message>
    <message>
        <source>magnitude {mag} at its brightest (smaller is brighter; Venus is about -4, the faintest stars in a city about +3)</source>
        <translation>قدر {mag} در پرنورترین لحظه (عدد کوچک‌تر یعنی پرنورتر؛ ناهید حدود منفی ۴، کم‌نورترین ستارگان در آسمان شهر حدود مثبت ۳)</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>عناصر</translation>
    </message>
    <message>
        <source>Tonight</source>
        <translation>امشب</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>{0} s</source>
        <translation>{0} ثانیه</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} دقیقه</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} ساعت</translation>
    </message>
    <message>
        <source>{0} d</source>
        <translation>{0} روز</translation>
    </message>
</context>
</TS>

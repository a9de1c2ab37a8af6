# Facts: dated, sourced figures (Arabic).

facts-title = الحقائق والأرقام
facts-heading = الحقائق
facts-all = كل الحقائق مع سجلّ تغييراتها ومصادرها
facts-intro = كل رقم مع التاريخ الذي يخصّه ومصدره. البيانات متاحة لإعادة الاستخدام بحرية:
facts-json = كل السلاسل بصيغة JSON
facts-none = لم تُسجَّل أي حقائق بعد.
facts-table-caption = كل القيم، الأحدث أولًا
facts-csv = تنزيل هذه السلسلة بصيغة CSV
facts-manage = الحقائق والأرقام
fact-as-of = بتاريخ { $date }
fact-source = المصدر:
col-date = التاريخ
col-value = القيمة
col-source = المصدر
col-note = ملاحظة
col-points = القيم
col-when = الوقت
col-who = المستخدم
col-change = التغيير
col-before = القيمة السابقة
col-reason = السبب
yes = نعم
no = لا
facts-new-title = سلسلة جديدة
facts-series-title = السلسلة
field-label = التسمية
field-place = المكان الذي تخصّه
field-unit = الوحدة
field-currency = العملة
    .hint = رمز من ثلاثة أحرف مثل SYP أو TRY أو USD؛ للأسعار فقط.
field-headline = إظهارها في صفحة الحملة
field-position = الترتيب في الصفحة (٠ أولًا)
field-value = القيمة
    .hint = بالأرقام، والفاصلة العشرية ٫ أو النقطة: ٣٠٠٠٠ أو ١٫٢٥.
field-qualifier = مدى الدقة
field-low = القيمة الدنيا
    .hint = للنطاق فقط: الرقم الأصغر.
field-date = التاريخ
    .hint = بصيغة ⁨YYYY-MM-DD⁩، مثل ⁨2019-12-27⁩.
field-day = التاريخ الذي تخصّه
field-source_title = عنوان المصدر
field-source_publisher = الناشر
field-source_url = رابط المصدر
field-source_published = تاريخ نشر المصدر
field-note = ملاحظة
field-reason = سبب التغيير
points-heading = القيم
points-none = لا توجد قيم بعد.
point-withdrawn = مسحوبة
point-correct = تصحيح هذه القيمة
point-add-heading = إضافة قيمة
point-add = إضافة القيمة
import-heading = استيراد من ملف CSV
import-intro = الصقوا ملف CSV بهذه الأعمدة (يسمّيها السطر الأول). الأعمدة المطلوبة: ⁨date⁩، ⁨value⁩، ⁨source_title⁩. يُفحص كل سطر أولًا: إن كان أحدها خاطئًا فلن يُستورد شيء.
import-label = نص CSV
import-submit = استيراد
import-refused = لم يُستورد شيء. صحّحوا هذه الأسطر ثم أعيدوا الاستيراد:
history-heading = سجلّ التغييرات
history-none = لم تُصحَّح أي قيمة ولم تُسحب.
history-corrected = صُحّحت
history-withdrawn = سُحبت
point-title = تصحيح قيمة أو سحبها
point-current = الآن:
point-correct-intro = تبقى القيمة الحالية في السجلّ مع اسمكم وسببكم.
point-correct-submit = حفظ التصحيح
point-withdraw = سحب
point-withdraw-intro = القيمة المسحوبة لا تُعرض ولا تظهر في الرسم البياني، لكنها تبقى في السجلّ.
point-withdraw-submit = سحب هذه القيمة
chart-desc = { $count-n ->
    [zero] لا توجد قيم.
    [one] قيمة واحدة بتاريخ { $first }: { $latest }.
    [two] قيمتان من { $first } إلى { $last }؛ آخرهما { $latest }.
    [few] { $count } قيم من { $first } إلى { $last }؛ آخرها { $latest }.
    [many] { $count } قيمةً من { $first } إلى { $last }؛ آخرها { $latest }.
   *[other] { $count } قيمة من { $first } إلى { $last }؛ آخرها { $latest }.
}
csv-line = السطر { $line }: { $message }
csv-line-column = السطر { $line }، العمود { $column }: { $message }
unit-people = { $value-n ->
    [zero] { $value } شخص
    [one] شخص واحد
    [two] شخصين
    [few] { $value } أشخاص
    [many] { $value } شخصًا
   *[other] { $value } شخص
}
unit-households = { $value-n ->
    [zero] { $value } أسرة
    [one] أسرة واحدة
    [two] أسرتين
    [few] { $value } أسر
    [many] { $value } أسرةً
   *[other] { $value } أسرة
}
unit-count = { $value }
unit-percent = { $value }٪
unit-currency = { $value } { $currency }
unit-currency-per-litre = { $value } { $currency } للتر الواحد
unit-currency-per-kg = { $value } { $currency } للكيلوغرام
unit-name-people = أشخاص
unit-name-households = أسر
unit-name-count = عدد (بلا وحدة)
unit-name-percent = نسبة مئوية
unit-name-currency = مبلغ من المال
unit-name-currency-per-litre = سعر للتر الواحد
unit-name-currency-per-kg = سعر للكيلوغرام
qualifier-exact = { $value }
qualifier-about = نحو { $value }
qualifier-more-than = أكثر من { $value }
qualifier-up-to = ما يصل إلى { $value }
qualifier-range = من { $low } إلى { $value }
qualifier-name-exact = بالضبط
qualifier-name-about = نحو
qualifier-name-more-than = أكثر من
qualifier-name-up-to = ما يصل إلى
qualifier-name-range = نطاق (من القيمة الدنيا إلى القيمة)
fact-error-value-required = أدخلوا قيمة.
fact-error-value = اكتبوا القيمة بالأرقام، والفاصلة العشرية ٫ أو النقطة (مثل ٣٠٠٠٠ أو ١٫٢٥).
fact-error-value-size = في هذا الرقم خانات أكثر من اللازم.
fact-error-date-required = أدخلوا التاريخ.
fact-error-date = اكتبوا التاريخ بصيغة ⁨YYYY-MM-DD⁩، مثل ⁨2019-12-27⁩.
fact-error-date-far = هذا التاريخ بعيد جدًا في المستقبل: تحقّقوا من السنة.
fact-error-future = هذا التاريخ في المستقبل.
fact-error-negative = لا يمكن أن يكون العدد سالبًا.
fact-error-range = يجب أن تكون القيمة الدنيا أصغر من القيمة.
fact-error-low-without-range = القيمة الدنيا للنطاقات فقط: اختاروا «نطاق» أو اتركوها فارغة.
fact-error-qualifier = اختاروا مدى الدقة من القائمة.
fact-error-url = يجب أن يبدأ رابط المصدر بـ ⁨http://⁩ أو ⁨https://⁩ وأن يسمّي موقعًا.
fact-error-unit = اختاروا وحدة من القائمة.
fact-error-currency = اكتبوا العملة برمزها المكوّن من ثلاثة أحرف، مثل SYP.
fact-error-position = الترتيب عدد صحيح من ٠ إلى ١٠٬٠٠٠.
point-error-changed = غيّر شخص آخر هذه القيمة أثناء تعديلكم لها. انظروا إليها مجددًا ثم أجروا تغييركم.
point-error-unchanged = لم يتغيّر شيء.
point-error-already-withdrawn = سُحبت هذه القيمة من قبل.
csv-error-header = يجب أن يسمّي السطر الأول الأعمدة.
csv-error-unknown-column = يسمّي السطر الأول عمودًا لا يعرفه هذا الاستيراد.
csv-error-missing-column = هذا العمود المطلوب غير موجود.
csv-error-too-many = أسطر كثيرة جدًا: استوردوا ٥٬٠٠٠ سطر على الأكثر في كل مرة.
csv-error-row = في هذا السطر عدد خانات يختلف عن السطر الأول.
csv-error-empty = لا توجد أسطر للاستيراد.
series-create = إنشاء السلسلة
fact-error-day-taken = لهذه السلسلة قيمة في هذا التاريخ من قبل. لتغييرها صحّحوا تلك القيمة (ويحتفظ سجلّها بالقيمة القديمة).
csv-error-duplicate-date = هذا التاريخ مكرّر في الملف.
import-reason = استيراد من ملف
notice-imported-report = تمّ الاستيراد: أُضيفت { $added }، وصُحّحت { $corrected }، وبقيت { $unchanged } كما هي.
fact-corrected = صُحّحت في { $date }، وكانت { $was }.
facts-latest-of = أحدث القيم (⁨{ $shown }⁩ من ⁨{ $count }⁩)؛ وفي ملف ⁨CSV⁩ كل القيم.

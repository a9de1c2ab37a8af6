## Decision-makers (staff pages; "target" is the code's word only)
targets-title = صنّاع القرار
targets-intro = أصحاب القرار الذين ستصلهم الرسائل والمكالمات: كلٌّ بلغته، وبحسب توقيت منطقته الزمنية. تُحفظ عناوينهم وأرقامهم مشفَّرة، ولا يظهر إلا اسم من وُسم منهم للعرض العلني ومنصبه ومؤسسته وأرقام هاتفه (الأرقام في صفحات الاتصال).
target-new-title = إضافة صانع قرار
target-edit-title = تعديل بيانات صانع قرار
targets-search = الاسم أو المنصب أو المؤسسة
targets-all-countries = كل البلدان
targets-search-button = بحث
targets-count = { $count-n ->
    [zero] لا أحد من صنّاع القرار
    [one] صانع قرار واحد
    [two] اثنان من صنّاع القرار
    [few] { $count } من صنّاع القرار
    [many] { $count } من صنّاع القرار
   *[other] { $count } من صنّاع القرار
}
target-field-name = الاسم
target-field-role = المنصب
target-field-institution = المؤسسة
target-field-area = النطاق
    .hint = منطقة أو دائرة انتخابية أو مدينة، إن كان منصبه يغطي نطاقًا منها.
target-field-lang = اللغة
    .hint = اللغة التي تصله بها الرسائل.
target-field-time_zone = المنطقة الزمنية
    .hint = تصله الرسائل في ساعات عمله بحسب هذا التوقيت. اتركوه فارغًا للمنطقة الزمنية الرئيسية في البلد، أو اكتبوا منطقة مثل ⁨Europe/Berlin⁩.
target-field-emails = عناوين البريد الإلكتروني
    .hint = عنوان واحد أو أكثر، كل عنوان في سطر. بالعنوان الأول يُتعرَّف عليه عند الاستيراد.
target-field-phones = أرقام الهاتف
    .hint = بالصيغة الدولية، مثل ⁨+49 30 18681 0⁩؛ كل رقم في سطر.
target-field-public = العرض العلني
    .hint = قد يظهر اسمه ومنصبه ومؤسسته في الصفحات العامة، وأرقام هاتفه في صفحات الاتصال. أما عناوين البريد الإلكتروني فلا تظهر أبدًا.
target-public-col = علني
target-demo = بيانات تجريبية
target-choose-country = اختيار البلد
target-save = حفظ
target-delete = حذف صانع القرار هذا
target-saved = حُفظت بيانات صانع القرار.
target-deleted = حُذف صانع القرار.
target-delete-history = يحذف حذف صانع القرار هذا أيضًا، نهائيًا:
target-delete-waiting = { $count-n ->
    [zero] لا رسائل تنتظر الإرسال إليه
    [one] رسالة واحدة تنتظر الإرسال إليه (لا يُبلَّغ كاتبها)
    [two] رسالتين تنتظران الإرسال إليه (لا يُبلَّغ كاتباهما)
    [few] { $count } رسائل تنتظر الإرسال إليه (لا يُبلَّغ كاتبوها)
    [many] { $count } رسالة تنتظر الإرسال إليه (لا يُبلَّغ كاتبوها)
   *[other] { $count } رسالة تنتظر الإرسال إليه (لا يُبلَّغ كاتبوها)
}
target-delete-delivered = { $count-n ->
    [zero] لا رسائل وصلته
    [one] رسالة واحدة وصلته، من كل مجموع
    [two] رسالتين وصلتاه، من كل مجموع
    [few] { $count } رسائل وصلته، من كل مجموع
    [many] { $count } رسالة وصلته، من كل مجموع
   *[other] { $count } رسالة وصلته، من كل مجموع
}
target-delete-calls = { $count-n ->
    [zero] لا اتصالات مُبلَّغ عنها
    [one] اتصالًا واحدًا مُبلَّغًا عنه، من كل مجموع
    [two] اتصالين مُبلَّغًا عنهما، من كل مجموع
    [few] { $count } اتصالات مُبلَّغ عنها، من كل مجموع
    [many] { $count } اتصالًا مُبلَّغًا عنه، من كل مجموع
   *[other] { $count } اتصال مُبلَّغ عنه، من كل مجموع
}
target-delete-sure = أفهم ذلك: احذفوه مع كل ما سبق
target-delete-unsure = ضعوا علامة في المربع لحذفه مع رسائله واتصالاته، أو أبقوه وأزيلوا علامة «العرض العلني» بدلًا من ذلك: عندها تتوقف الرسائل عن الذهاب إليه.
targets-export = تنزيل كل صنّاع القرار بصيغة CSV (يُسجَّل التنزيل في سجل التدقيق)
target-groups-title = المجموعات
target-groups-none = لا توجد مجموعات بعد.
target-group-new = مجموعة جديدة
target-group-add = إضافة المجموعة
target-group-delete = حذف
target-group-saved = حُفظت المجموعات.
targets-import-title = الاستيراد من ملف CSV
targets-import-label = نص CSV
targets-import-hint = الأعمدة: ⁨name, role, institution, country⁩ (حرفان)، ⁨area, language⁩ (⁨ar, en, fr, es, de⁩)، ⁨time_zone⁩، ⁨emails⁩ و⁨phones⁩ (تفصل بينها فاصلة منقوطة)، ⁨public⁩ (⁨yes⁩ أو ⁨no⁩)، ⁨groups⁩ (تفصل بينها فاصلة منقوطة). يُحدَّث صانع القرار الموجود هنا إن كان عنوانه الأول هو نفسه. وإن كان في الملف سطر واحد خاطئ فلا يُستورد شيء.
targets-import-submit = استيراد
targets-import-refused = لم يُستورد شيء. صحّحوا هذه الأسطر ثم استوردوا من جديد:
targets-imported = تم الاستيراد: أُضيف { $added }، وحُدِّث { $updated }، وبقي { $unchanged } دون تغيير.
target-error-phone = اكتبوا الرقم بالصيغة الدولية، مبتدئًا بـ + ورمز البلد.
target-error-lang = اختاروا إحدى اللغات المعروضة.
target-error-email = أحد هذه العناوين ليس عنوان بريد إلكتروني.
target-error-no-email = أدخلوا عنوان بريد إلكتروني واحدًا على الأقل: لا بد للرسالة من وجهة.
target-error-too-many = { $count } على الأكثر هنا.
target-error-exists = يوجد هنا صانع قرار بالعنوان الأول نفسه.
target-error-public = اكتبوا ⁨yes⁩ أو ⁨no⁩.
target-error-group = اسم مجموعة هنا طويل جدًا أو فيه رموز لا يمكن عرضها.
target-error-group-semicolon = لا يمكن أن يحتوي اسم المجموعة على فاصلة منقوطة: فهي تفصل بين المجموعات في ملف CSV.
target-csv-too-many = أسطر كثيرة جدًا: استوردوا { $count } سطر على الأكثر في كل مرة.
target-csv-duplicate = هذا العنوان الأول موجود في سطر سابق أيضًا.
audit-target-saved = حفظ بيانات صانع قرار
audit-target-deleted = حذف صانع قرار
audit-targets-imported = استيراد صنّاع القرار
audit-targets-exported = تصدير صنّاع القرار
target-error-cap = تحتفظ الحملة بـ{ $count } من صنّاع القرار على الأكثر.

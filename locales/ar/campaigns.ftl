# Campaigns: public pages and coordinators' pages (Arabic).

home-heading = الحملات
home-empty = لم تُنشر أي حملة بعد.
campaign-count = { $count-n ->
    [zero] لا توجد حملات
    [one] حملة واحدة
    [two] حملتان
    [few] { $count } حملات
    [many] { $count } حملةً
   *[other] { $count } حملة
}
share-heading = شاركوا هذا النداء
dashboard-title = الحملات
dashboard-empty = لا توجد حملات بعد.
new-campaign-title = حملة جديدة
col-campaign = الحملة
col-status = الحالة
col-languages = اللغات
col-language = اللغة
col-missing = النصوص الناقصة
col-updated = آخر تعديل
col-actions = الإجراءات
status-published = منشورة
status-draft = مسودة: غير منشورة
overview-title = الحملة
view-public = عرض الصفحة العامة
publish = نشر
unpublish = إلغاء النشر
publish-error-incomplete = قبل النشر، اكتبوا على الأقل العنوان والنداء باللغة { $language }، وهي اللغة الافتراضية للحملة.
texts-heading = النصوص حسب اللغة
default-tag = افتراضية
not-offered-tag = غير متاحة
text-complete = مكتملة
edit = تعديل
preview = معاينة
settings-heading = الإعدادات
create = إنشاء الحملة
save-and-preview = حفظ ومعاينة
field-slug = الاسم في عنوان الصفحة
    .hint = يظهر في آخر عنوان الصفحة: ⁨/c/name⁩ للحملة و⁨…/p/name⁩ للعريضة. من ٣ إلى ٦٠ حرفًا لاتينيًا صغيرًا (a-z) وأرقامًا وشرطات.
field-languages = اللغات المتاحة
field-default-language = اللغة الافتراضية
    .hint = يراها القرّاء حيث تنقص الترجمة.
edit-title = تعديل النصوص
edit-heading = النصوص باللغة { $language }
field-title = العنوان
    .hint = عنوان قصير.
field-summary = الملخّص
    .hint = جملة أو جملتان تظهران تحت العنوان وفي القوائم.
field-call = النداء
    .hint = بصيغة Markdown: ⁨# عنوان⁩، ⁨**غامق**⁩، ⁨*مائل*⁩، [رابط](⁨https://…⁩)، وقوائم بـ ⁨-⁩ أو ⁨1.⁩
field-share = نص المشاركة
    .hint = جملة ينسخها الناس حين يشاركون الحملة.
field-lead-org = المنظمة القائدة
    .hint = المنظمة التي تقود الحملة، باسمها كما ينبغي أن يقرأه المناصرون والمناصرات: فهم يوافقون على تلقي رسائلها بهذا الاسم.
source-heading = للمرجع: النص باللغة { $language }
preview-title = معاينة
preview-banner = معاينة.
preview-language = هكذا تبدو الصفحة باللغة { $language }؛ لن يراها القرّاء إلا بعد نشر الحملة.
preview-back = العودة إلى الحملة
form-error-slug = استخدموا من ٣ إلى ٦٠ حرفًا لاتينيًا صغيرًا (a-z) وأرقامًا وشرطات مفردة، دون أن يبدأ الاسم أو ينتهي بشرطة.
form-error-slug-reserved = هذا الاسم محجوز؛ اختاروا اسمًا آخر.
form-error-slug-taken = حملة أخرى تستخدم هذا الاسم.
preview-language-draft = هكذا تبدو الصفحة باللغة { $language } مع تعديلاتكم غير المنشورة. يرى القرّاء النص المنشور إلى أن تنشروها.

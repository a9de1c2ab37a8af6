## The watch list
watch-title = قائمة الرصد
watch-intro = مساعي دعم نظام الأسد أو تعويمه أولًا بأول: مؤتمرات، وصفقات تجارية، وخطوات تطبيع، واتفاقات ترحيل. لكل منها مصادره، ويُذكر فيها صنّاع القرار المسؤولون عنها.
watch-back-to-campaign = العودة إلى الحملة
watch-when-filter = القادمة أو السابقة
watch-upcoming = القادمة والجارية
watch-past = السابقة
watch-none = لا شيء هنا.
watch-field-kind = النوع
watch-field-when = الموعد
watch-field-place = المكان
watch-people = صنّاع القرار المسؤولون
watch-sources = المصادر
watch-kind-conference = مؤتمر
watch-kind-trade-deal = صفقة تجارية
watch-kind-normalisation = خطوة تطبيع
watch-kind-deportation = اتفاق ترحيل
watch-kind-other = غير ذلك
watch-new-title = إضافة إلى قائمة الرصد
watch-edit-title = تعديل بند في قائمة الرصد
watch-public-page = الصفحة العامة
watch-saved = حُفظت قائمة الرصد.
watch-deleted = حُذف البند.
watch-choose-kind = اختيار النوع
watch-field-starts = اليوم الأول
watch-field-ends = اليوم الأخير
watch-date-hint = بالصيغة ⁨2027-03-14⁩ (السنة، الشهر، اليوم).
watch-no-country = دون بلد، أو عدة بلدان
watch-field-title = العنوان
watch-field-description = ما هو (بصيغة ⁨Markdown⁩)
watch-sources-hint = مصدر واحد على الأقل مع رابطه. اتركوا الصفوف التي لا تحتاجونها فارغة.
watch-source-n = المصدر { $count }
watch-source-title = العنوان
watch-source-publisher = الناشر
watch-source-url = الرابط
watch-source-published = تاريخ النشر (بالصيغة ⁨2027-03-14⁩)
watch-no-targets = لا يوجد صنّاع قرار بعد: أضيفوهم أولًا.
watch-save = حفظ
watch-delete = حذف هذا البند
watch-error-ends-before = اليوم الأخير يسبق اليوم الأول.
watch-error-no-source = أدخلوا مصدرًا واحدًا على الأقل مع رابطه.
audit-watch-saved = حفظ بند في قائمة الرصد
audit-watch-deleted = حذف بند من قائمة الرصد
watch-upcoming-count = { $count-n ->
    [zero] لا مساعي قادمة أو جارية لتعويم النظام.
    [one] مسعى واحد قادم أو جارٍ لتعويم النظام.
    [two] مسعيان قادمان أو جاريان لتعويم النظام.
    [few] { $count } مساعٍ قادمة أو جارية لتعويم النظام.
    [many] { $count } مسعى قادمًا أو جاريًا لتعويم النظام.
   *[other] { $count } مسعى قادم أو جارٍ لتعويم النظام.
}
watch-see = عرض قائمة الرصد

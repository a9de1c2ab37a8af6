# Supporters: mail to them and their own pages (Arabic).

email-error = لا يبدو هذا عنوان بريد إلكتروني. تحقّقوا منه وحاولوا مجددًا.
country-error = اختاروا بلدًا من القائمة.
confirm-mail-subject = أكّدوا توقيعكم: ⁨{ $title }⁩
confirm-mail-greeting-anonymous = مرحبًا،
confirm-mail-intro = وقّعتم على العريضة «⁨{ $title }⁩». لتأكيد توقيعكم افتحوا الرابط أدناه واضغطوا الزر في تلك الصفحة. لا يُحتسب توقيعكم قبل ذلك.
confirm-mail-button = أؤكّد توقيعي
confirm-mail-ignore = { $count-n ->
    [zero] إن لم توقّعوا فتجاهلوا هذه الرسالة: سيُحذف التوقيع بعد { $count } يوم.
    [one] إن لم توقّعوا فتجاهلوا هذه الرسالة: سيُحذف التوقيع بعد يوم واحد.
    [two] إن لم توقّعوا فتجاهلوا هذه الرسالة: سيُحذف التوقيع بعد يومين.
    [few] إن لم توقّعوا فتجاهلوا هذه الرسالة: سيُحذف التوقيع بعد { $count } أيام.
    [many] إن لم توقّعوا فتجاهلوا هذه الرسالة: سيُحذف التوقيع بعد { $count } يومًا.
   *[other] إن لم توقّعوا فتجاهلوا هذه الرسالة: سيُحذف التوقيع بعد { $count } يوم.
}
mail-own-page = اطّلعوا على بياناتكم أو نزّلوها أو امحوها
mail-unsubscribe = إلغاء الاشتراك
link-invalid = هذا الرابط غير صالح، أو أن البيانات التي يشير إليها قد مُحيت.
unsubscribe-title = إلغاء الاشتراك
unsubscribe-explain = اضغطوا الزر لسحب جميع موافقاتكم على تلقي أخبار منظمات الحملة.
unsubscribe-button = إلغاء اشتراكي
unsubscribe-done = أُلغي اشتراككم: لن تصلكم أخبار من منظمات الحملة.
me-title = بياناتكم
me-data-heading = ما نحفظه عنكم
me-since = تاريخ التسجيل
me-download = نزّلوا كل بياناتكم (JSON)
me-consents-heading = من وافقتم على تلقي أخباره
me-no-consents = لم توافقوا على تلقي أخبار أي منظمة.
me-consent-given = سارية
me-consent-withdrawn = مسحوبة
me-withdraw = اسحبوا الموافقة
me-signatures-heading = توقيعاتكم
me-no-signatures = لا توقيعات.
me-confirmed = مؤكَّد
me-pending = لم يُؤكَّد بعد
me-erase-heading = محو بياناتكم
me-erase-explain = يحذف هذا اسمكم وبريدكم وتوقيعاتكم وموافقاتكم نهائيًا، ولن تُحتسب توقيعاتكم بعد ذلك.
me-erase-sure = نعم، امحوا كل ما يخصّني
me-erase-button = محو بياناتي
me-erase-not-sure = علّموا المربع لتأكيد رغبتكم في محو بياناتكم؛ لم يُمحَ شيء.
me-erased-title = مُحيت بياناتكم
me-erased = حُذف كل ما كنا نحفظه عنكم.
unsubscribe-home = الانتقال إلى الصفحة الرئيسية للحملة
me-links-heading = روابط هذه الصفحة
me-links-explain = يعمل رابط هذه الصفحة مدة ٩٠ يومًا بعد الرسالة التي حملته. إن وصلت رسالة منّا إلى غيركم فأنهوا كل الروابط المرسلة حتى الآن، وستحمل رسالتنا التالية رابطًا جديدًا.
me-links-button = إنهاء كل روابط هذه الصفحة
me-links-ended-title = انتهت الروابط
me-links-ended = انتهت كل روابط صفحتكم التي أرسلناها، ومنها هذا الرابط. ستحمل رسالتنا التالية رابطًا جديدًا.

## Calls to decision-makers
calls-title = الاتصال بصنّاع القرار
calls-none = لا توجد حملات اتصال بعد.
call-new = حملة اتصال جديدة
call-form-title = حملة اتصال
call-field-title = العنوان
call-field-script = ما يُقال (بصيغة ⁨Markdown⁩)
call-whom = بمن نتصل
call-whom-hint = لا يظهر للمناصرين إلا صنّاع القرار الموسومون للعرض العلني، مع أرقامهم.
call-not-public = غير علني: لا يظهر
call-save = حفظ
call-saved = حُفظت حملة الاتصال.
call-reports-col = الاتصالات المُبلَّغ عنها
call-status-draft = مسودة
call-status-open = مفتوحة
call-status-closed = مغلقة
call-outcome-reached = تم التحدث إليه
call-outcome-voicemail = بريد صوتي
call-outcome-no-answer = لا رد
call-error-no-targets = اختاروا صانع قرار واحدًا على الأقل للاتصال به.
call-error-target = صانع القرار هذا ليس من هذه الحملة.
call-error-outcome = أخبرونا كيف جرى الاتصال.
call-closed = انتهت حملة الاتصال هذه. شكرًا لكل من اتصل.
call-script = ما تقولونه
call-total = { $count-n ->
    [zero] لم يُبلَّغ عن أي اتصال بعد.
    [one] أُبلغ عن اتصال واحد حتى الآن.
    [two] أُبلغ عن اتصالين حتى الآن.
    [few] أُبلغ عن { $count } اتصالات حتى الآن.
    [many] أُبلغ عن { $count } اتصالًا حتى الآن.
   *[other] أُبلغ عن { $count } اتصال حتى الآن.
}
call-privacy = حين تخبروننا كيف جرى الاتصال، لا نحفظ إلا النتيجة، وبلدكم إن ذكرتموه: لا رقمكم ولا اسمكم ولا عنوانكم أبدًا.
call-nobody = لا أحد للاتصال به هنا بعد.
call-speaks = يتحدث
call-no-number = لا رقم للاتصال بعد.
call-how = كيف جرى الاتصال؟
call-your-country = بلدكم (اختياري)
call-country-unsaid = أفضّل ألا أذكره
call-country-hint = تذكرونه هنا مرة واحدة، فيرافق كل اتصال تبلّغون عنه أدناه، ويُحسب اتصالكم في مجموع بلدكم.
call-country-set = اعتماد هذا البلد
call-report = إرسال
call-reported = شكرًا: احتُسب اتصالكم.
call-by-country = الاتصالات بحسب بلد المتصلين
target-calls-received = { $count-n ->
    [zero] لم يُبلَّغ عن أي اتصال به.
    [one] أُبلغ عن اتصال واحد به.
    [two] أُبلغ عن اتصالين به.
    [few] أُبلغ عن { $count } اتصالات به.
    [many] أُبلغ عن { $count } اتصالًا به.
   *[other] أُبلغ عن { $count } اتصال به.
}
target-asked = ما طُلب منه
target-watched = في قائمة الرصد
calls-open-heading = اتصلوا الآن
## Rapid response
alert-title = إطلاق تنبيه
alert-intro = حملة اتصال موجّهة إلى المسؤولين، مُعبّأة من البند بكل لغات الحملة. راجعوها ثم أطلقوها: تصبح متاحة فورًا.
alert-raise = إطلاق التنبيه
alert-from-watch = إطلاق تنبيه من قائمة الرصد
watch-raise-alert = إطلاق تنبيه من هذا البند
alert-live = التنبيه متاح الآن، { $seconds-n ->
    [zero] بعد أقل من ثانية من إطلاقه.
    [one] بعد ثانية واحدة من إطلاقه.
    [two] بعد ثانيتين من إطلاقه.
    [few] بعد { $seconds } ثوانٍ من إطلاقه.
    [many] بعد { $seconds } ثانية من إطلاقه.
   *[other] بعد { $seconds } ثانية من إطلاقه.
}
alert-live-col = من الإطلاق إلى الإتاحة
alert-seconds = { $count-n ->
    [zero] أقل من ثانية
    [one] ثانية واحدة
    [two] ثانيتان
    [few] { $count } ثوانٍ
    [many] { $count } ثانية
   *[other] { $count } ثانية
}
alert-call-title = اتصلوا بشأن «⁨{ $item }⁩»
alert-call-script = السلام عليكم. أتصل بشأن «⁨{ $item }⁩». أطلب منكم أن تعارضوه علنًا، وأن ترفضوا أي خطوة تدعم نظام الأسد أو تعوّمه. شكرًا لكم.
audit-call-saved = حفظ حملة اتصال
audit-alert-raised = إطلاق تنبيه
alert-mailing-legend = رسالة إلى المناصرين
alert-mailing-hint = تُسجَّل مع التنبيه الآن، وتُرسل حين تبدأ الحملة بإرسال الرسائل الجماعية.
alert-segment-none = دون رسالة: صفحة الحملة فقط
alert-segment-consenting = كل من وافق على تلقّي الأخبار من المنظمة القائدة
alert-segment-countries = من هؤلاء، من هم في بلدان المسؤولين
alert-message = الرسالة
alert-mailing-text = تحرّكوا الآن: «⁨{ $title }⁩». اتصلوا بالمسؤولين اليوم من صفحة الحملة.

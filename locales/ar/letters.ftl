## Letters to decision-makers
letters-title = رسائل إلى صنّاع القرار
letters-new = حملة رسائل جديدة
letters-none = لا توجد حملات رسائل بعد.
letters-saved = حُفظت حملة الرسائل.
letter-form-title = حملة رسائل
letters-delivery = الإيصال
letter-mode-spread = موزّعة على ساعات عملهم
letter-mode-digest = ملخّص واحد في اليوم
letters-per-hour = العدد الأقصى للرسائل في الساعة إلى صانع قرار واحد
letters-day-start = بداية يوم العمل (الساعة، بتوقيتهم)
letters-day-end = نهاية يوم العمل (الساعة، بتوقيتهم)
letters-test-mode = وضع الاختبار: تذهب كل رسالة إلى كاتبها لا إلى صانع القرار
letters-bounces = رفضها خادم الاستقبال
letter-status-pending = بانتظار تأكيد الكاتب
letter-status-queued = بانتظار موعدها
letter-status-sent = وصلت
letter-status-bounced = مرفوضة
letter-field-subject = الموضوع
letter-field-body = رسالتكم
    .hint = اجعلوها رسالتكم: غيّروا ما تشاؤون، لكن أبقوا على مطالب الحملة. يقرؤها صانع القرار مع اسمكم ومدينتكم.
letter-field-city = مدينتكم (اختياري)
letters-to = إلى من
letters-routing = تذهب رسالتكم إلى صنّاع القرار في بلدكم، أو إلى من تختارونهم أدناه.
letters-choose = اختاروا لمن تكتبون (اختياري)
letters-choose-hint = إن لم يكن أحد منهم من بلدكم، فاختاروا واحدًا على الأقل.
letters-write = اكتبوا رسالتكم
letters-privacy = نرسل إليكم بالبريد الإلكتروني رابطًا للتأكيد. لا تُرسل رسالتكم إلا بعد تأكيدكم، رسالة واحدة لكل صانع قرار، مع اسمكم ومدينتكم؛ ولا يُعرض عليهم بريدكم الإلكتروني أبدًا.
letters-send = أرسل رسالتي
letters-closed = انتهت حملة الرسائل هذه. شكرًا لكل من كتب.
letters-delivered = { $count-n ->
    [zero] لم تصل أي رسالة بعد.
    [one] وصلت رسالة واحدة حتى الآن.
    [two] وصلت رسالتان حتى الآن.
    [few] وصلت { $count } رسائل حتى الآن.
    [many] وصلت { $count } رسالة حتى الآن.
   *[other] وصلت { $count } رسالة حتى الآن.
}
letters-delivered-short = { $count-n ->
    [zero] لا رسائل
    [one] رسالة واحدة
    [two] رسالتان
    [few] { $count } رسائل
    [many] { $count } رسالة
   *[other] { $count } رسالة
}
letters-by-country = الرسائل بحسب بلد الكاتبين:
letter-check-mail = شكرًا لكم. تفقّدوا بريدكم: تُرسل رسالتكم حين تؤكّدونها.
letter-confirm-title = أكّدوا رسالتكم
letter-confirm-intro = { $count-n ->
    [zero] لا رسائل بانتظار التأكيد.
    [one] اضغطوا الزر لإرسال رسالتكم.
    [two] اضغطوا الزر لإرسال رسالتيكم.
    [few] اضغطوا الزر لإرسال رسائلكم الـ{ $count }.
    [many] اضغطوا الزر لإرسال رسائلكم الـ{ $count }.
   *[other] اضغطوا الزر لإرسال رسائلكم الـ{ $count }.
}
letter-confirmed = { $count-n ->
    [zero] لا شيء للتأكيد.
    [one] تم التأكيد: تصل رسالتكم إلى صانع القرار في ساعات عمله.
    [two] تم التأكيد: تصل رسالتاكم إلى صنّاع القرار في ساعات عملهم.
    [few] تم التأكيد: تصل رسائلكم الـ{ $count } إلى صنّاع القرار في ساعات عملهم.
    [many] تم التأكيد: تصل رسائلكم الـ{ $count } إلى صنّاع القرار في ساعات عملهم.
   *[other] تم التأكيد: تصل رسائلكم الـ{ $count } إلى صنّاع القرار في ساعات عملهم.
}
letter-confirm-done = أُكّدت هذه الرسائل من قبل، أو لم تعد بانتظار التأكيد.
letter-error-number = اكتبوا عددًا صحيحًا حتى { $count }.
letter-error-hours = يجب أن ينتهي يوم العمل بعد بدايته.
letter-error-emptied = أبقوا على مطالب الحملة: حُذف الكثير من نصّها.
letter-error-choose = لا أحد من صنّاع القرار في هذه الرسالة من بلدكم: اختاروا واحدًا على الأقل.
letter-mail-confirm-subject = أكّدوا رسالتكم
letter-mail-confirm-intro = { $count-n ->
    [zero] لا رسائل بانتظار التأكيد.
    [one] كتبتم رسالة إلى صانع قرار. تُرسل حين تؤكّدونها:
    [two] كتبتم رسالتين إلى صنّاع القرار. تُرسلان حين تؤكّدونهما:
    [few] كتبتم { $count } رسائل إلى صنّاع القرار. تُرسل حين تؤكّدونها:
    [many] كتبتم { $count } رسالة إلى صنّاع القرار. تُرسل حين تؤكّدونها:
   *[other] كتبتم { $count } رسالة إلى صنّاع القرار. تُرسل حين تؤكّدونها:
}
letter-mail-confirm-button = أرسل رسالتي
letter-mail-from = رسالة من ⁨{ $signed }⁩ (⁨{ $country }⁩)، مرسلة عبر حملة «⁨{ $campaign }⁩»:
letter-mail-digest-subject = { $count-n ->
    [zero] لا رسائل من حملة «⁨{ $campaign }⁩»
    [one] رسالة واحدة من حملة «⁨{ $campaign }⁩»
    [two] رسالتان من حملة «⁨{ $campaign }⁩»
    [few] { $count } رسائل من حملة «⁨{ $campaign }⁩»
    [many] { $count } رسالة من حملة «⁨{ $campaign }⁩»
   *[other] { $count } رسالة من حملة «⁨{ $campaign }⁩»
}
letter-mail-digest-intro = { $count-n ->
    [zero] حضرات السادة، لم تصلكم رسائل اليوم عبر حملة «⁨{ $campaign }⁩».
    [one] حضرات السادة، تجدون أدناه رسالة واحدة أُرسلت إليكم اليوم عبر حملة «⁨{ $campaign }⁩».
    [two] حضرات السادة، تجدون أدناه رسالتين أُرسلتا إليكم اليوم عبر حملة «⁨{ $campaign }⁩».
    [few] حضرات السادة، تجدون أدناه { $count } رسائل أُرسلت إليكم اليوم عبر حملة «⁨{ $campaign }⁩».
    [many] حضرات السادة، تجدون أدناه { $count } رسالة أُرسلت إليكم اليوم عبر حملة «⁨{ $campaign }⁩».
   *[other] حضرات السادة، تجدون أدناه { $count } رسالة أُرسلت إليكم اليوم عبر حملة «⁨{ $campaign }⁩».
}
audit-letters-saved = حفظ حملة رسائل
job-kind-letter-confirm = بريد يطلب من الكاتب تأكيد رسالته
job-kind-letter-send = رسالة إلى صانع قرار
job-kind-letter-digest = رسائل اليوم إلى صانع قرار
letters-open-heading = اكتبوا الآن
letter-demo-subject = افتحوا حدودكم أمام اللاجئين من سوريا
letter-demo-body =
    معالي الوزير،

    يقصف نظام الأسد وحلفاؤه إدلب، وقد فرّ مئات الآلاف نحو حدود مغلقة. أطلب منكم فتح حدود بلدكم أمام اللاجئين من سوريا، ووقف كل ترحيل إلى سوريا، ورفض أي خطوة تدعم نظام الأسد أو تعوّمه.

    مع خالص الاحترام،
alert-letter-title = إطلاق تنبيه بالرسائل
alert-letter-intro = حملة رسائل إلى المسؤولين، مُعبّأة من البند بكل لغات الحملة. راجعوها ثم أطلقوها: تصبح متاحة فورًا.
watch-raise-letter-alert = إطلاق تنبيه بالرسائل من هذا البند
alert-letter-subject = بشأن «⁨{ $item }⁩»
alert-letter-body =
    حضرات السادة،

    أكتب إليكم بشأن «⁨{ $item }⁩». أطلب منكم أن تعارضوه علنًا، وأن ترفضوا أي خطوة تدعم نظام الأسد أو تعوّمه.

    مع خالص الاحترام،
letter-error-links = الروابط غير مسموح بها هنا: ليست رسالة صانع القرار مكانًا لها.
letter-recipient-hidden = صانع قرار
letter-signed = التوقيع
letter-error-too-many = اختاروا { $count } على الأكثر.

## صفحة الكاتب الخاصة
me-letters-heading = الرسائل التي كتبتموها إلى صنّاع القرار
me-no-letters = لم تكتبوا أي رسالة.
me-letter-to = إلى
me-letter-pending = تنتظر تأكيدكم
me-letter-queued = مؤكَّدة، تنتظر موعد إرسالها
me-letter-sent = وصلت
me-letter-bounced = رفضها خادم بريد صانع القرار

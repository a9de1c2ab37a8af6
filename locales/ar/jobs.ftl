# Background work (jobs) page (Arabic).

jobs-title = البريد والأعمال في الخلفية
jobs-intro = تُرسل الرسائل وتُنجز أعمال أخرى في الخلفية، ويُعاد تنفيذها حين تفشل. هنا ما ينتظر وما فشل.
jobs-troubled = الأعمال الفاشلة
jobs-none-waiting = لا شيء ينتظر.
jobs-none-failed = لم يفشل شيء.
jobs-col-kind = النوع
jobs-col-attempts = المحاولات
jobs-retry = إعادة المحاولة الآن
jobs-retried = ستُعاد المحاولة بعد قليل.
jobs-next-try = المحاولة التالية { $date }
job-state-queued = في الانتظار
job-state-running = قيد التنفيذ
job-state-dead = فشلت نهائيًا
job-kind-petition-confirm-mail = بريد تأكيد توقيع
jobs-col-error = آخر خطأ (تقني، بالإنجليزية)

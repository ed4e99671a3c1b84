## المشاورات.

round-created = أُنشئت المشاورة { $id }: «{ $title }».
round-opens = الافتتاح: { $when }
round-closes = الإغلاق: { $when }
round-next-steps = الخطوة التالية: أضف الأسئلة باستخدام { $question }، ثم أعلن عن المشاورة.
question-added = أُضيف السؤال { $id } إلى { $round }: { $text }
question-line = { $id }. { $text }
round-announcement = 📣 مشاورة مفتوحة { $id }: «{ $title }»
round-members-only = (للأعضاء فقط)
round-deadline = الموعد النهائي: { $when } — الوقت المتبقي: { $left }.
button-respond = الإجابة
round-how-to-respond = للمشاركة: { $respond } (سؤالًا تلو الآخر) أو { $answer }.
round-announced = أُعلن عن المشاورة { $id } في { $channels }.
round-announce-scheduled = سيُعلن عن المشاورة { $id } في { $channels } عند افتتاحها: { $when }.
rounds-none = لا توجد مشاورات مفتوحة أو مرتقبة.
rounds-header = { $count ->
    [zero] لا توجد مشاورات.
    [one] مشاورة واحدة:
    [two] مشاورتان:
    [few] { $count } مشاورات:
    [many] { $count } مشاورة:
   *[other] { $count } مشاورة:
}
rounds-line-open = { $id } «{ $title }» — مفتوحة حتى { $closes } (الوقت المتبقي: { $left })
rounds-line-upcoming = { $id } «{ $title }» — موعد الافتتاح: { $opens }
respond-start = المشاركة في المشاورة { $id }: «{ $title }». أجب عن كل سؤال في رسالة مستقلة؛ وأرسل «-» للإبقاء على إجابتك السابقة.
respond-ask = { $round } { $id } (من أصل { $total }): { $text }{ $has_previous ->
    [yes] {" "}(إجابتك السابقة: «{ $previous }»)
   *[no] {""}
}
respond-done = شكرًا لك، سُجّلت إجاباتك في المشاورة { $id }. ويمكنك تعديلها حتى الموعد النهائي.
answer-received = إشعار بالاستلام: سُجّلت إجابتك عن { $round } { $id } (النسخة { $version }). ويمكنك تعديلها حتى { $when }.
status-header = { $id } «{ $title }» — { $state ->
    [open] مفتوحة
    [upcoming] لم تُفتح بعد
   *[closed] مغلقة
}
status-dates = موعد الافتتاح: { $opens }؛ موعد الإغلاق: { $closes }.
status-time-left = الوقت المتبقي: { $left }.
status-questions = { $count ->
    [zero] لا توجد أسئلة.
    [one] سؤال واحد.
    [two] سؤالان.
    [few] { $count } أسئلة.
    [many] { $count } سؤالًا.
   *[other] { $count } سؤال.
}
status-yours = أجبت عن { $answered } من أصل { $total }.
status-inputs = { $respondents ->
    [zero] لا توجد إجابات بعد.
    [one] الإجابات: { $count } من مشارك واحد.
    [two] الإجابات: { $count } من مشاركَيْن.
    [few] الإجابات: { $count } من { $respondents } مشاركين.
    [many] الإجابات: { $count } من { $respondents } مشاركًا.
   *[other] الإجابات: { $count } من { $respondents } مشارك.
}
status-per-question = { $id }: { $count }
status-by-group = حسب فئة أصحاب المصلحة:
status-by-country = حسب البلد:
status-by-organisation = حسب المنظمة:
status-count-line = · { $name }: { $count }
status-group-rate = · { $name }: { $count } من أصل { $invited } مدعوين ({ $rate })
status-count-more = · أخرى ({ $count }): { $respondents }
status-respondents = المشاركون: { $names }
status-waiting = لم يُجيبوا بعد: { $count }{ $count ->
    [0] {""}
   *[other] {" "}— { $names }
}
export-ready = { $count ->
    [zero] صُدِّرت المشاورة { $id } بصيغة { $format }، ولا إجابات فيها بعد: { $path }
    [one] صُدِّرت إجابة واحدة من المشاورة { $id } بصيغة { $format }: { $path }
    [two] صُدِّرت إجابتان من المشاورة { $id } بصيغة { $format }: { $path }
    [few] صُدِّرت { $count } إجابات من المشاورة { $id } بصيغة { $format }: { $path }
    [many] صُدِّرت { $count } إجابة من المشاورة { $id } بصيغة { $format }: { $path }
   *[other] صُدِّرت { $count } إجابة من المشاورة { $id } بصيغة { $format }: { $path }
}
export-col-question = السؤال
export-col-question-text = نص السؤال
export-col-respondent = المشارك
export-col-organisation = المنظمة
export-col-country = البلد
export-col-group = فئة أصحاب المصلحة
export-col-submitted = تاريخ التقديم (UTC)
export-col-version = النسخة
export-col-answer = الإجابة
export-md-period = المشاورة مفتوحة من { $opens } إلى { $closes }.
export-md-summary = الملخص
export-md-totals = { $respondents ->
    [0] لا توجد إجابات بعد.
   *[other] { $inputs ->
        [zero] لا إجابات
        [one] إجابة واحدة
        [two] إجابتان
        [few] { $inputs } إجابات
        [many] { $inputs } إجابة
       *[other] { $inputs } إجابة
    } من { $respondents ->
        [zero] { $respondents } مشارك
        [one] مشارك واحد
        [two] مشاركَيْن
        [few] { $respondents } مشاركين
        [many] { $respondents } مشاركًا
       *[other] { $respondents } مشارك
    }.
}
export-md-by-group = حسب فئة أصحاب المصلحة
export-md-by-country = حسب البلد
export-md-by-organisation = حسب المنظمة
round-closed = أُغلقت المشاورة { $id }؛ ولم تعد تُقبل أي إجابات.
round-closed-announcement = 🔒 أُغلقت الآن المشاورة { $id } «{ $title }». { $respondents ->
    [zero] لم تَرِد أي إجابات.
    [one] ونتوجه بالشكر إلى المشارك الذي قدّم إجاباته.
    [two] ونتوجه بالشكر إلى المشاركَيْن اللذين قدّما إجاباتهما.
    [few] ونتوجه بالشكر إلى المشاركين الذين قدّموا إجاباتهم، وعددهم { $respondents }.
    [many] ونتوجه بالشكر إلى جميع المشاركين، وعددهم { $respondents } مشاركًا.
   *[other] ونتوجه بالشكر إلى جميع المشاركين، وعددهم { $respondents } مشارك.
}
round-closed-announcement-organisations = 🔒 أُغلقت الآن المشاورة { $id } «{ $title }». { $organisations ->
    [zero] لم تُقدّم أي منظمة مساهمتها.
    [one] ونتوجه بالشكر إلى المنظمة التي قدّمت إجاباتها.
    [two] ونتوجه بالشكر إلى المنظمتين اللتين قدّمتا إجاباتهما.
    [few] ونتوجه بالشكر إلى المنظمات التي قدّمت إجاباتها، وعددها { $organisations }.
    [many] ونتوجه بالشكر إلى جميع المنظمات، وعددها { $organisations } منظمة.
   *[other] ونتوجه بالشكر إلى جميع المنظمات، وعددها { $organisations } منظمة.
}
round-extended = مُدِّدت المشاورة { $id }، وأصبح موعد إغلاقها { $when }.
round-extended-announcement = ⏳ مُدِّدت المشاورة { $id } «{ $title }»، وأصبح موعد إغلاقها { $when }. للمشاركة: { $respond }.
reminders-header = التذكيرات المقررة بشأن { $id } ({ $offsets }): { $count }
reminder-kind = { $kind ->
    [round-open] افتتاح المشاورة
    [round-due] قبل الموعد النهائي
    [rsvp-due] الموعد النهائي لتأكيد الحضور
    [action-due] قبل موعد الاستحقاق
    [action-overdue] متأخر
   *[meeting-start] بدء الاجتماع
}
reminders-line-person = { $when } ← { $user } ({ reminder-kind })
reminders-line-channel = { $when } ← { $channel } ({ reminder-kind })
reminders-set = أصبحت تذكيرات { $id } تُرسل الآن قبل الموعد النهائي بالمدد التالية: { $offsets }.
reminder-round-open = 📣 المشاورة { $id } «{ $title }» مفتوحة حتى { $when }. للمشاركة: { $respond }.
reminder-round-due = ⏰ تذكير: موعد إغلاق المشاورة { $id } «{ $title }» هو { $when } (الوقت المتبقي: { $left }). للمشاركة: { $respond }.
error-missing-title = اكتب العنوان بين علامتي تنصيص، مثل "تعدد اللغات على الإنترنت".
error-missing-closes = حدِّد موعد إغلاق المشاورة: closes الموعد.
error-missing-round = حدِّد المشاورة، مثل R1.
error-missing-question = حدِّد السؤال، مثل Q1.
error-missing-text = اكتب النص بين علامتي تنصيص.
error-unknown-round = لا توجد مشاورة بالمعرّف { $id }.
error-unknown-question = لا يوجد في المشاورة { $round } سؤال بالمعرّف { $id }.
error-round-closed = المشاورة { $id } مغلقة.
error-round-late = عذرًا، انتهى الموعد النهائي للمشاورة { $id } في { $when }؛ ولا تُقبل الإجابات المتأخرة.
error-round-not-open = لن تُفتح المشاورة { $id } قبل { $when }.
error-round-no-questions = لا توجد أسئلة في المشاورة { $id } بعد.
error-too-many-questions = لا يجوز أن تتضمن المشاورة أكثر من { $max ->
    [zero] { $max } سؤال
    [one] سؤال واحد
    [two] سؤالين
    [few] { $max } أسئلة
    [many] { $max } سؤالًا
   *[other] { $max } سؤال
}.
error-opens-after-closes = يجب أن يسبق موعدُ افتتاح المشاورة موعدَ إغلاقها.
error-members-only-channel = { $channel } ليست قناة مخصصة للأعضاء فقط؛ ولا يُعلن عن البنود المخصصة للأعضاء إلا في القنوات المخصصة لهم.
error-export-format = اكتب csv أو md.
form-title = الإجابة عن { $id }
form-submit = إرسال
form-received = شكرًا لك: سُجّلت إجاباتك في المشاورة { $id }.
error-extend-earlier = تُغلق المشاورة { $id } في { $current }. و{ $when } ليس بعد ذلك، فلا يمكن أن يكون تمديدًا؛ لم يُغيَّر شيء. لإغلاق المشاورة الآن استخدم { $close }.

## المشاورات حسب المنظمة.
round-per-organisation = (مساهمة واحدة لكل منظمة: يمكن لأي من مندوبيها تقديمها أو تعديلها)
round-set-per-organisation = { $id }: { $value ->
    [on] مساهمة واحدة لكل منظمة؛ يمكن لأي من مندوبيها تقديمها أو تعديلها.
   *[off] مساهمة واحدة لكل شخص.
}
error-round-setting = اكتب «per-organisation on» أو «per-organisation off» (الإعدادات: { $keys }).
error-round-set-opened = { $id } مفتوحة بالفعل: لا يمكن تغيير { $setting } إلا قبل افتتاح المشاورة.
error-round-no-organisation = تقبل { $id } مساهمة واحدة لكل منظمة، ولم تُحدَّد لك أي منظمة. حدّد منظمتك باستخدام { $setting }، ثم أجب.
answer-received-organisation = إشعار بالاستلام: سُجّلت إجابة { $organisation } عن { $round } { $id } (النسخة { $version }). ويمكن لأي مندوب من { $organisation } تعديلها حتى { $when }.
status-organisations = { $invited ->
    [zero] المنظمات التي أجابت: لم تُدعَ أي منظمة بعد.
    [one] المنظمات التي أجابت: { $count } من أصل منظمة واحدة مدعوة ({ $rate }).
    [two] المنظمات التي أجابت: { $count } من أصل منظمتين مدعوتين ({ $rate }).
    [few] المنظمات التي أجابت: { $count } من أصل { $invited } منظمات مدعوة ({ $rate }).
    [many] المنظمات التي أجابت: { $count } من أصل { $invited } منظمة مدعوة ({ $rate }).
   *[other] المنظمات التي أجابت: { $count } من أصل { $invited } منظمة مدعوة ({ $rate }).
}
status-no-organisation = { $count ->
    [zero] لا أحد من المدعوين بلا منظمة.
    [one] شخص واحد من المدعوين لم يحدّد منظمته ولا يمكنه الإجابة بعد.
    [two] شخصان من المدعوين لم يحدّدا منظمتهما ولا يمكنهما الإجابة بعد.
    [few] { $count } أشخاص من المدعوين لم يحدّدوا منظماتهم ولا يمكنهم الإجابة بعد.
    [many] { $count } شخصًا من المدعوين لم يحدّدوا منظماتهم ولا يمكنهم الإجابة بعد.
   *[other] { $count } شخص من المدعوين لم يحدّدوا منظماتهم ولا يمكنهم الإجابة بعد.
}

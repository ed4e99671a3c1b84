## الإجراءات والموجزات.

action-added = سُجِّل الإجراء { $id }:
action-line = { $has_ref ->
    [yes] { $ref } ({ $id })
   *[no] { $id }
} { $text } — { $owner } — { $status ->
    [open] مفتوح
    [in-progress] قيد التنفيذ
    [blocked] متعثّر
    [done] منجز
   *[cancelled] ملغى
}{ $has_due ->
    [yes] ، الموعد النهائي: { $due }{ $overdue ->
        [yes] {" "}⚠ متأخر
       *[no] {""}
    }
   *[no] {""}
}
actions-header = { $filter ->
    [mine] إجراءاتك
    [overdue] الإجراءات المتأخرة
    [week] الإجراءات المستحقة هذا الأسبوع
    [all] جميع الإجراءات
   *[open] الإجراءات المفتوحة
} ({ $count }):
actions-none = { $filter ->
    [mine] ليست لديك إجراءات مفتوحة.
    [overdue] لا توجد إجراءات متأخرة.
    [week] لا توجد إجراءات مستحقة هذا الأسبوع.
    [all] لم يُسجَّل أي إجراء بعد.
   *[open] لا توجد إجراءات مفتوحة.
}
action-meeting = اتُّفق عليه في الاجتماع { $id } «{ $title }».
action-history-header = السجل:
action-history-line = · { $when } { $user }: { $status ->
    [open] مفتوح
    [in-progress] قيد التنفيذ
    [blocked] متعثّر
    [done] منجز
   *[cancelled] ملغى
}{ $has_note ->
    [yes] {" "}— { $note }
   *[no] {""}
}
action-updated = أصبحت حالة الإجراء { $id } الآن: { $status ->
    [open] مفتوح
    [in-progress] قيد التنفيذ
    [blocked] متعثّر
    [done] منجز
   *[cancelled] ملغى
}.
error-missing-action = حدِّد الإجراء بمعرّفه (A1) أو برقمه المرجعي (7.3.1).
error-unknown-action = لا يوجد إجراء بالمعرّف { $id }.
error-missing-owner = حدِّد المسؤول عن الإجراء: owner @user أو owner "اسم الهيئة".
error-bad-ref = «{ $ref }» لا يصلح رقمًا مرجعيًا؛ استخدم رقمًا على غرار 7.3.1.
error-ref-taken = الرقم المرجعي { $ref } مستخدم بالفعل لإجراء آخر.
error-missing-status = اكتب: status open|in-progress|blocked|done|cancelled.
error-bad-status = «{ $value }» ليست حالة؛ اختر open أو in-progress أو blocked أو done أو cancelled.
error-action-filter = «{ $value }» ليست قائمة؛ اختر open أو mine أو overdue أو week أو all.
error-not-owner = لا يحق تحديث الإجراء { $id } إلا للمسؤول عنه أو للرئيس أو للأمانة.
action-edited = { $field ->
    [text] عُدّل نص
    [owner] عُدّل المسؤول عن
    [due] عُدّل موعد
    [ref] عُدّل الرقم المرجعي لـ
   *[meeting] عُدّل اجتماع
} الإجراء { $id }:
action-unchanged = للإجراء { $id } { $field ->
    [text] هذا النص
    [owner] هذا المسؤول
    [due] هذا الموعد
    [ref] هذا الرقم المرجعي
   *[meeting] هذا الاجتماع
} بالفعل. لم يُغيَّر شيء.
action-history-edit = · { $when } { $user }: { $field ->
    [text] عُدّل النص إلى «{ $value }»
    [owner] أصبح المسؤول { $value }
    [due] { $cleared ->
        [yes] أُلغي الموعد
       *[no] عُدّل الموعد إلى { $value }
    }
    [ref] عُدّل الرقم المرجعي إلى { $value }
   *[meeting] { $cleared ->
        [yes] لم يعد مرتبطًا باجتماع
       *[no] رُبط بالاجتماع { $value }
    }
}
error-edit-field = حدّد ما تريد تغييره: text "النص"، أو owner @المستخدم|"الجهة"، أو due الموعد|none، أو ref المرجع، أو meeting M1|none.
error-edit-organisers = لا يحق تغيير { $field ->
    [owner] المسؤول عن
    [ref] الرقم المرجعي لـ
   *[meeting] اجتماع
} الإجراء { $id } إلا للرئيس أو للأمانة.

digest-header = 📋 موجز { $channel } — { $when }
digest-section-overdue = إجراءات متأخرة ({ $count }):
digest-section-soon = إجراءات مستحقة خلال الأيام السبعة القادمة ({ $count }):
digest-section-done = إجراءات أُنجزت خلال الأيام السبعة الماضية ({ $count }):
digest-section-rounds = المشاورات المفتوحة ({ $count }):
digest-round-line = { $id } «{ $title }» — { $inputs ->
    [zero] لا مشاركين
    [one] مشارك واحد
    [two] مشاركان
    [few] { $inputs } مشاركين
    [many] { $inputs } مشاركًا
   *[other] { $inputs } مشارك
} حتى الآن، وموعد الإغلاق { $closes } (الوقت المتبقي: { $left })
digest-section-meetings = الاجتماعات المرتقبة ({ $count }):
digest-meeting-line = { $id } «{ $title }» — { $when } — حضور شخصي: { $inperson }، عن بُعد: { $remote }
digest-nothing = لا توجد إجراءات متأخرة أو مستحقة قريبًا أو منجزة مؤخرًا؛ ولا توجد مشاورات مفتوحة أو اجتماعات مرتقبة.
digest-posted = نُشر الموجز في { $channel }.
digest-scheduled = جُدوِل نشر موجز { $channel }: { $schedule } ({ $zone })؛ وموعد الموجز التالي: { $next }.
digest-schedule = { $kind ->
    [daily] يوميًا الساعة { $at }
    [weekdays] من { $first } إلى { $last } الساعة { $at }
   *[days] أسبوعيًا: { $days } الساعة { $at }
}
digest-off = أُوقف نشر الموجز المجدول في { $channel }.

## النظرة العامة الشخصية (الصفحة الرئيسية للتطبيق في Slack).

home-header = ما ينتظرك
home-inputs = { $count ->
    [zero] لا توجد مشاورات بانتظار إجاباتك.
    [one] مشاورة واحدة بانتظار إجاباتك:
    [two] مشاورتان بانتظار إجاباتك:
    [few] { $count } مشاورات بانتظار إجاباتك:
    [many] { $count } مشاورة بانتظار إجاباتك:
   *[other] { $count } مشاورة بانتظار إجاباتك:
}
home-rsvps = { $count ->
    [zero] لا توجد اجتماعات بانتظار تأكيد حضورك.
    [one] اجتماع واحد بانتظار تأكيد حضورك:
    [two] اجتماعان بانتظار تأكيد حضورك:
    [few] { $count } اجتماعات بانتظار تأكيد حضورك:
    [many] { $count } اجتماعًا بانتظار تأكيد حضورك:
   *[other] { $count } اجتماع بانتظار تأكيد حضورك:
}
home-actions = { $count ->
    [zero] لا توجد إجراءات مفتوحة مسندة إليك.
    [one] لديك إجراء مفتوح واحد:
    [two] لديك إجراءان مفتوحان:
    [few] لديك { $count } إجراءات مفتوحة:
    [many] لديك { $count } إجراءً مفتوحًا:
   *[other] لديك { $count } إجراء مفتوح:
}
button-done = وسم بأنه منجز

## تذكيرات الإجراءات والرسالة إلى المسؤول الجديد.

action-assigned = 📌 أسند إليك { $user } الإجراء { $id } «{ $text }»{ $has_due ->
    [yes] ، وموعد استحقاقه { $due }{ $overdue ->
        [yes] {" "}⚠ متأخر
       *[no] {""}
    }
   *[no] {""}
}. للاطلاع عليه: { $show }؛ وعند إنجازه: { $done }.
reminder-action-due = ⏰ { $body ->
    [yes] تذكير إلى { $owner }:
   *[no] تذكير:
} موعد استحقاق الإجراء { $id } «{ $text }» هو { $when } (الوقت المتبقي: { $left }). عند إنجازه: { $done }.
reminder-action-overdue = ⚠ { $body ->
    [yes] إلى { $owner }:
   *[no] إجراء متأخر:
} كان موعد استحقاق الإجراء { $id } «{ $text }» هو { $when } ولم يُنجز بعد. عند إنجازه: { $done }.
action-reminders-default = يُذكَّر الآن بالإجراءات التي ليست لها تذكيرات خاصة بها قبل موعد استحقاقها بالمدد التالية: { $offsets }، ومرة واحدة عند تأخرها.
action-reminders-none = { $reason ->
    [closed] لم يعد الإجراء { $id } مفتوحًا: لا يُرسل أي تذكير.
    [no-due] ليس للإجراء { $id } موعد استحقاق: لا يُرسل أي تذكير.
    [no-meeting] الإجراء { $id } مسند إلى هيئة وغير مرتبط بأي اجتماع: تُذكَّر الهيئة في قنوات اجتماع الإجراء.
    [no-channel] الإجراء { $id } مسند إلى هيئة، ولم يُعلَن عن اجتماعه في أي قناة يجوز النشر فيها.
    [hidden] لا يمكن للمسؤول عن { $id } الاطلاع على إجراءات اجتماع مقصور على الأعضاء: لا يُرسل أي تذكير.
   *[past] لم يبقَ أي تذكير مقرر للإجراء { $id }.
}
error-action-default-secretariat = لا يحق تغيير التذكيرات الافتراضية للإجراءات إلا للأمانة.

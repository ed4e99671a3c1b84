## الاجتماعات وتأكيد الحضور.

meeting-created = أُنشئ الاجتماع { $id }: «{ $title }».
meeting-when = الموعد: من { $starts } إلى { $ends }
meeting-place = المكان: { $place }
meeting-link = رابط المشاركة عن بُعد: { $link }
meeting-rsvp-by = يُرجى تأكيد الحضور في موعد أقصاه { $when }
meeting-capacity = عدد المقاعد: { $capacity }
meeting-members-only = للأعضاء فقط.
meeting-next-steps = أعلن عن الاجتماع باستخدام { $announce }.
meeting-announcement = 🗓 الاجتماع { $id }: «{ $title }»
meeting-how-to-rsvp = لتأكيد الحضور: { $rsvp }.
meeting-counts = حتى الآن — حضور شخصي: { $inperson }؛ عن بُعد: { $remote }{ $waitlist ->
    [0] {""}
   *[other] ؛ قائمة الانتظار: { $waitlist }
}.
button-rsvp = { $choice ->
    [in-person] حضور شخصي
    [remote] عن بُعد
   *[no] لن أحضر
}
meeting-announced = أُعلن عن الاجتماع { $id } في { $channels }.
rsvp-recorded = ردّك على الدعوة إلى الاجتماع { $id } «{ $title }»: { $choice ->
    [in-person] الحضور شخصيًا
    [remote] المشاركة عن بُعد
   *[no] عدم الحضور
}{ $waitlisted ->
    [yes] {" "}— القاعة ممتلئة، لذا أُدرج اسمك في قائمة الانتظار؛ وسنُبلغك إذا شغر مقعد.
   *[no] .
}
rsvp-night-warning = ملاحظة: موعد بدء الاجتماع { $when }، أي خلال ساعات الليل بحسب توقيتك.
rsvp-promoted = نبأ سار: شغر مقعد، وتأكدت مشاركتك في الاجتماع { $id } «{ $title }» في { $when }.
meetings-none = لا توجد اجتماعات مرتقبة.
meetings-header = { $count ->
    [zero] لا توجد اجتماعات مرتقبة.
    [one] اجتماع مرتقب واحد:
    [two] اجتماعان مرتقبان:
    [few] { $count } اجتماعات مرتقبة:
    [many] { $count } اجتماعًا مرتقبًا:
   *[other] { $count } اجتماع مرتقب:
}
meetings-line = { $id } «{ $title }» — { $when }{ $has_place ->
    [yes] ، { $place }
   *[no] {""}
} — ردّك: { $rsvp ->
    [in-person] حضور شخصي
    [remote] عن بُعد
    [no] عدم الحضور
    [waitlist] قائمة الانتظار
   *[none] لم تردّ بعد
}
attendees-header = الحضور في الاجتماع { $id } «{ $title }»:
attendees-counts = حضور شخصي: { $inperson } · عن بُعد: { $remote } · عدم الحضور: { $no } · قائمة الانتظار: { $waitlist }
attendees-group = { $choice ->
    [in-person] حضور شخصي
    [remote] عن بُعد
    [no] عدم الحضور
   *[waitlist] قائمة الانتظار
}: { $names }
attendees-by-country = حسب البلد: { $counts }
attendees-by-organisation = حسب المنظمة: { $counts }
attendees-count = { $name }: { $count }
ics-ready = ملف التقويم الخاص بالاجتماع { $id }: { $path }
reminder-rsvp = ⏰ يُرجى تأكيد حضورك في الاجتماع { $id } «{ $title }» في موعد أقصاه { $when }: { $rsvp }
reminder-meeting = ⏰ تذكير: موعد بدء الاجتماع { $id } «{ $title }» هو { $when }. { $place }
error-missing-meeting = حدِّد الاجتماع، مثل M1.
error-unknown-meeting = لا يوجد اجتماع بالمعرّف { $id }.
error-missing-at = حدِّد موعد بدء الاجتماع: at الموعد.
error-bad-link = «{ $link }» ليس رابطًا إلكترونيًا (https://…).
error-capacity = يجب أن يكون عدد المقاعد عددًا صحيحًا أكبر من الصفر، لا «{ $value }».
error-ends-before-start = يجب أن ينتهي الاجتماع بعد موعد بدئه.
error-rsvp-after-start = يجب أن يسبق الموعد النهائي لتأكيد الحضور بدءَ الاجتماع.
error-rsvp-choice = اكتب in-person أو remote أو no.
error-rsvp-closed = انتهت مهلة تأكيد الحضور في الاجتماع { $id } في { $when }.
error-meeting-past = بدأ الاجتماع { $id } بالفعل.

## تعديل اجتماع وإلغاؤه.

meeting-updated = عُدِّل الاجتماع { $id } «{ $title }»؛ { $count ->
    [0] لم يردّ أحد بعد، فلم يُبلَّغ أحد.
    [zero] لم يردّ أحد بعد، فلم يُبلَّغ أحد.
    [one] أُبلغ الشخص الوحيد الحاضر أو المنتظر:
    [two] أُبلغ الشخصان الحاضران أو المنتظران:
    [few] أُبلغ { $count } أشخاص حاضرين أو منتظرين:
    [many] أُبلغ { $count } شخصًا حاضرًا أو منتظرًا:
   *[other] أُبلغ { $count } شخص حاضر أو منتظر:
}
meeting-changed = 🗓 تغيّر الاجتماع { $id } «{ $title }»:
meeting-cancelled = أُلغي الاجتماع { $id } «{ $title }»؛ { $count ->
    [0] لم يردّ أحد بعد، فلم يُبلَّغ أحد.
    [zero] لم يردّ أحد بعد، فلم يُبلَّغ أحد.
    [one] أُبلغ الشخص الوحيد الحاضر أو المنتظر.
    [two] أُبلغ الشخصان الحاضران أو المنتظران.
    [few] أُبلغ { $count } أشخاص حاضرين أو منتظرين.
    [many] أُبلغ { $count } شخصًا حاضرًا أو منتظرًا.
   *[other] أُبلغ { $count } شخص حاضر أو منتظر.
}
meeting-cancelled-dm = ❌ أُلغي الاجتماع { $id } «{ $title }» المقرر في { $when }.
meeting-announcement-cancelled = ❌ أُلغي: الاجتماع { $id } «{ $title }»
meeting-cancel-reason = السبب: { $reason }
meetings-line-cancelled = { $id } «{ $title }» — { $when } — أُلغي
error-meeting-cancelled = أُلغي الاجتماع { $id }؛ لم يعد بالإمكان تعديله أو الرد عليه.
error-nothing-to-change = لا شيء لتغييره في { $id }: اذكر at أو until أو place أو link أو capacity أو rsvp-by مع قيمة جديدة.

## محضر يُدوَّن في قناة: ‎/meeting start وسطور # و‎/meeting end و‎/meeting minutes.

minutes-started = 📝 يُدوَّن محضر { $id } «{ $title }» في هذه القناة برئاسة { $chair }. تُسجَّل السطور التي تبدأ بـ #topic أو #info أو #agreed أو #action أو #link؛ ويحذف #undo آخر سطر، وينقل #chair @شخص الرئاسة، وينهيه { $end }.
minutes-recorded = ✓ سُجِّل #{ $kind }.
minutes-action-recorded = ✓ سُجِّل الإجراء { $id }:
minutes-undone = ↶ حُذف آخر سطر: #{ $kind } { $text }
minutes-chair = يرأس { $user } الآن محضر { $id }.
minutes-header = 📝 محضر { $id } «{ $title }»، منذ { $started }، برئاسة { $chair }
minutes-nothing = لم يُسجَّل شيء.
minutes-topic = { $has_number ->
    [yes] { $number } { $title }
   *[no] { $title }
}
minutes-info = معلومة: { $text } ({ $user })
minutes-agreed = اتُّفق على: { $text }
minutes-action = الإجراء { $id }: { $text } — { $owner }{ $has_due ->
    [yes] ، الموعد النهائي { $due }
   *[no] {""}
}
minutes-link = رابط: { $url } { $text } ({ $user })
minutes-file-sent = محضر { $id } «{ $title }» في ملف Markdown ‏({ $path }).
minutes-export-ready = محضر { $id } بصيغة { $format }: { $path }
error-minutes-no-channel = يُدوَّن المحضر في قناة: ابدأه هناك.
error-minutes-running = يُدوَّن محضر { $id } في هذه القناة بالفعل؛ أنهِه أولًا بـ { $end }.
error-minutes-elsewhere = يُدوَّن محضر { $id } في { $channel }؛ أنهِه هناك أولًا.
error-minutes-members-only = { $id } مقصور على الأعضاء: دوِّن محضره في قناة مقصورة على الأعضاء.
error-minutes-not-running = لا يُدوَّن أي محضر لـ { $id }.
error-minutes-none-here = لا يُدوَّن أي محضر في هذه القناة؛ ابدأ واحدًا بـ { $start }.
error-minutes-control = لا يستخدم { $what } إلا { $chair } الذي يرأس المحضر، أو الأمانة.
error-minutes-empty = يحتاج #{ $kind } إلى نص بعده، مثلًا: { $example }
error-minutes-link = يحتاج #link أولًا إلى عنوان ويب، مثلًا: #link https://www.itu.int/cwg-internet صفحة المشاورة
error-minutes-owner = ابدأ #action بالمسؤول عنه، شخص (@الاسم) أو هيئة بين علامتي تنصيص، ثم الإجراء، مثلًا: #action "أمانة الاتحاد" إطلاق المشاورة المفتوحة due 1 أكتوبر 2024
error-minutes-undo-nothing = لم يُسجَّل شيء بعد، فلا شيء يُحذف.
error-minutes-chair = اذكر من يرأس المحضر بعد ذلك، مثلًا: #chair @lena
error-minutes-chair-role = لا يستطيع { $user } رئاسة المحضر: يلزم لذلك دور العضو أو الرئيس أو الأمانة.
error-minutes-never-taken = لم يُدوَّن محضر لـ { $id }.
error-minutes-format = اذكر md أو html.

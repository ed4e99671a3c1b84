## تعليمات لكل أمر مع أمثلة. تحتفظ الأوامر بكلماتها الإنكليزية على جميع المنصات.

help-intro = أساعد الأمانة في إدارة المشاورات والاجتماعات والإجراءات. الأوامر (اكتب { $help } للاطلاع على التفاصيل والأمثلة):
help-group = — { $group } —

help-consult-new = { $p }consult new "العنوان" closes الموعد [opens الموعد] [zone المنطقة] [members-only] — إنشاء مشاورة (الأمانة).
help-consult-new-example = مثال: { $p }consult new "دور السياسات العامة في تعزيز تعدد اللغات على الإنترنت" opens 7 أكتوبر 2024 closes 31 يناير 2025 zone جنيف
help-consult-question = { $p }consult question R1 "النص" — إضافة سؤال (Q1، Q2، …) إلى مشاورة (الأمانة).
help-consult-question-example = مثال: { $p }consult question R1 "ما فوائد تعدد اللغات على الإنترنت وما التحديات التي يطرحها؟"
help-consult-announce = { $p }consult announce R1 [#القناة …] — الإعلان عن مشاورة الآن، أو عند افتتاحها إن كان موعده لاحقًا (الأمانة).
help-consult-announce-example = مثال: { $p }consult announce R1 #cwg-internet #general
help-consult-list = { $p }consult list — المشاورات المفتوحة والمرتقبة.
help-consult-list-example = مثال: { $p }consult list
help-consult-respond = { $p }consult respond R1 — الإجابة عن أسئلة المشاورة سؤالًا تلو الآخر.
help-consult-respond-example = مثال: { $p }consult respond R1، ثم أرسل كل إجابة في رسالة مستقلة.
help-consult-answer = { $p }consult answer R1 Q1 "النص" — الإجابة عن سؤال واحد دفعة واحدة (أجب مرة أخرى للتعديل؛ ويُحتفظ بجميع النسخ).
help-consult-answer-example = مثال: { $p }consult answer R1 Q1 "دعم القبول العالمي لأسماء الميادين المدوّلة في جميع الخدمات العامة."
help-consult-status = { $p }consult status R1 — الموعد النهائي والوقت المتبقي؛ وأعداد الإجابات وأسماء المشاركين للأمانة والرئيس.
help-consult-status-example = مثال: { $p }consult status R1
help-consult-export = { $p }consult export R1 csv|md [المسار] — جميع الإجابات مصنفة حسب السؤال، مع ملخص (الأمانة، الرئيس).
help-consult-export-example = مثال: { $p }consult export R1 md report.md
help-consult-close = { $p }consult close R1 — إغلاق مشاورة فورًا (الأمانة).
help-consult-close-example = مثال: { $p }consult close R1
help-consult-extend = { $p }consult extend R1 الموعد — إعادة فتح مشاورة أو تمديدها بموعد نهائي جديد (الأمانة).
help-consult-extend-example = مثال: { $p }consult extend R1 14 فبراير 2025 23:59 جنيف
help-consult-reminders = { $p }consult reminders R1 — معاينة التذكيرات المقررة: لمن، ومتى، وبأي منطقة زمنية (الأمانة).
help-consult-reminders-example = مثال: { $p }consult reminders R1
help-consult-remind = { $p }consult remind R1 7d,1d,2h — تغيير مواعيد إرسال التذكيرات قبل الموعد النهائي (الأمانة).
help-consult-remind-example = مثال: { $p }consult remind R1 14d,3d,1d

help-meeting-new = { $p }meeting new "العنوان" at الموعد [until الموعد] [zone المنطقة] [place "المكان"] [link الرابط] [members-only] [rsvp-by الموعد] [capacity العدد] — إنشاء اجتماع (الأمانة، الرئيس).
help-meeting-new-example = مثال: { $p }meeting new "مشاورة مفتوحة لفريق العمل التابع للمجلس المعني بالإنترنت في منتدى حوكمة الإنترنت 2024" at 16 ديسمبر 2024 10:00 until 11:30 zone الرياض place "منتدى حوكمة الإنترنت، الرياض" link https://example.org/join rsvp-by 10 ديسمبر 2024 capacity 60
help-meeting-announce = { $p }meeting announce M1 [#القناة …] — نشر إعلان الاجتماع مع تعليمات تأكيد الحضور (الأمانة، الرئيس).
help-meeting-announce-example = مثال: { $p }meeting announce M1 #general
help-meeting-rsvp = { $p }meeting rsvp M1 in-person|remote|no — تأكيد الحضور أو تغيير ردّك.
help-meeting-rsvp-example = مثال: { $p }meeting rsvp M1 remote
help-meeting-list = { $p }meeting list — الاجتماعات المرتقبة، بحسب منطقتك الزمنية.
help-meeting-list-example = مثال: { $p }meeting list
help-meeting-attendees = { $p }meeting attendees M1 — من سيحضر، وبأي طريقة، ومن أين (الأمانة، الرئيس).
help-meeting-attendees-example = مثال: { $p }meeting attendees M1
help-meeting-ics = { $p }meeting ics M1 [المسار] — ملف تقويم للاجتماع.
help-meeting-ics-example = مثال: { $p }meeting ics M1 igf-session.ics
help-meeting-reminders = { $p }meeting reminders M1 — معاينة التذكيرات المقررة (الأمانة، الرئيس).
help-meeting-reminders-example = مثال: { $p }meeting reminders M1
help-meeting-remind = { $p }meeting remind M1 1d,1h — تغيير مواعيد تذكير الحاضرين قبل بدء الاجتماع (الأمانة، الرئيس).
help-meeting-remind-example = مثال: { $p }meeting remind M1 2d,2h

help-action-add = { $p }action add [ref المرجع] "النص" owner @الشخص|"الجهة" [due الموعد] [meeting M1] — تسجيل إجراء (الأمانة، الرئيس).
help-action-add-example = مثال: { $p }action add ref 7.3.1 "إطلاق المشاورة المفتوحة بشأن تعدد اللغات" owner "أمانة الاتحاد" due 7 أكتوبر 2024
help-action-list = { $p }action list [open|mine|overdue|week|all] [owner @الشخص|"الجهة"] — الاستعلام عن الإجراءات.
help-action-list-example = مثال: { $p }action list overdue
help-action-show = { $p }action show A1|المرجع — عرض إجراء مع سجله.
help-action-show-example = مثال: { $p }action show 7.3.1
help-action-update = { $p }action update A1|المرجع status open|in-progress|blocked|done|cancelled ["الملاحظة"] — تحديث إجراء (المسؤول عنه، الرئيس، الأمانة).
help-action-update-example = مثال: { $p }action update 7.3.2 status in-progress "أُعدّ مشروع الملخص"
help-action-done = { $p }action done A1|المرجع ["الملاحظة"] — وسم إجراء بأنه منجز.
help-action-done-example = مثال: { $p }action done 7.3.1 "أُطلقت المشاورة في 7 أكتوبر"
help-action-edit = { $p }action edit A1|المرجع text "النص" | owner @المستخدم|"الجهة" | due الموعد|none | ref المرجع | meeting M1|none — تعديل إجراء مع تسجيله في سجله (الرئيس، الأمانة؛ المسؤول عنه: النص والموعد).
help-action-edit-example = مثال: { $p }action edit 7.3.2 due 22 October 2024

help-digest-now = { $p }digest now [#القناة] — نشر موجز: الإجراءات المتأخرة والمستحقة قريبًا والمنجزة، والمشاورات المفتوحة، والاجتماعات (الأمانة، الرئيس).
help-digest-now-example = مثال: { $p }digest now #cwg-internet
help-digest-schedule = { $p }digest schedule "الاثنين 09:00" [zone المنطقة] [#القناة] — نشر موجز وفق جدول زمني (الأمانة).
help-digest-schedule-example = مثال: { $p }digest schedule "الاثنين 09:00" zone Europe/Zurich #cwg-internet
help-digest-off = { $p }digest off [#القناة] — إيقاف الموجز المجدول (الأمانة).
help-digest-off-example = مثال: { $p }digest off

help-assistant-settings = { $p }assistant settings [tz المنطقة | language اللغة | quiet HH:MM-HH:MM | organisation "المنظمة" | country البلد | group الفئة] — عرض إعداداتك أو تغييرها.
help-assistant-settings-example = مثال: { $p }assistant settings tz America/Bogota
help-assistant-role = { $p }assistant role @الشخص secretariat|chair|member|stakeholder — إسناد دور (الأمانة).
help-assistant-role-example = مثال: { $p }assistant role @wojciech chair
help-assistant-channel = { $p }assistant channel language اللغة | members-only on|off — إعدادات هذه القناة (الأمانة).
help-assistant-channel-example = مثال: { $p }assistant channel members-only on
help-assistant-when = { $p }assistant when الموعد — عرض الطريقة التي أفهم بها تاريخًا ما، بحسب منطقتك الزمنية وبالتوقيت العالمي المنسق (UTC).
help-assistant-when-example = مثال: { $p }assistant when 15 يناير 2025 18:00 AoE
help-assistant-help = { $p }assistant help [الأمر] — هذه التعليمات.
help-assistant-help-example = مثال: { $p }assistant help consult new

## أوامر وحدة التحكم الخاصة بها.

console-welcome = مساعد المشاورات — وحدة التحكم. أنت { $user } في { $channel }. تبدأ الأوامر بالرمز /؛ جرّب /assistant help. أوامر خاصة بوحدة التحكم: /as @user، /in #channel{ $simulated ->
    [yes] ، /clock +2d أو /clock 2025-01-31T12:00Z (ساعة المحاكاة: { $now })
   *[no] {""}
}، /quit.
console-first-start = لا توجد أمانة بعد. لتصبح الأمانة، اخرج (/quit) وشغّل «{ $command }»، أو ابدأ باستخدام ASSISTANT_ADMINS={ $user }.
console-as = تتحدث الآن بصفتك { $user }.
console-as-usage = اكتب /as @user.
console-in = أنت الآن في { $channel }.
console-in-usage = اكتب /in #channel.
console-clock = الساعة: { $now }
console-clock-usage = اكتب /clock +2d (w، d، h، m) أو /clock 2025-01-31T12:00Z (لا يجوز أن يكون في الماضي).
console-clock-real = الساعة حقيقية؛ للتنقل في الزمن، شغّل وحدة التحكم مع الخيار --now 2024-10-07T08:00Z.
console-file-error = تعذّرت الكتابة في { $path }: { $reason }
console-file-progress = جارٍ كتابة { $path }… { $kilobytes } كيلوبايت حتى الآن.

## سطر الأوامر والعرض التوضيحي.

cli-adapter-unavailable = المحوِّل «{ $adapter }» غير متاح في هذا الإصدار؛ استخدم console.
cli-database-ready = قاعدة البيانات محدَّثة.
config-positive-number = خطأ في التهيئة: يجب أن تكون قيمة { $name } عددًا موجبًا.
config-log-level = خطأ في التهيئة: يجب أن تكون قيمة { $name } إحدى القيم DEBUG أو INFO أو WARNING أو ERROR.
demo-export-summary = ملخص التصدير ({ $file })
demo-explore = احتُفظ بقاعدة بيانات العرض التوضيحي. يمكنك استكشافها باستخدام: { $command }
cli-bad-instant = «{ $text }» ليس لحظة زمنية بصيغة ISO 8601 مقرونة بمنطقة زمنية، مثل 2024-10-07T08:00Z.
cli-slack-http = جارٍ استقبال أحداث Slack على المنفذ { $port } عبر المسار /slack/events.
cli-slack-socket = تم الاتصال بمنصة Slack عبر Socket Mode.
config-missing = خطأ في التهيئة: لم تُحدَّد قيمة { $name }.
cli-matrix-ready = تم الاتصال بـ Matrix بصفة { $user }.
console-file-outside = { $path } خارج مجلد التصدير { $folder }، لذلك لم يُكتب شيء. حدِّد مسارًا داخله، أو لا تحدِّد مسارًا لعرض الملف هنا.
config-export-dir = خطأ في الإعدادات: يجب أن يشير { $name } إلى مجلد موجود.

## assistant status: الرسائل المجدولة من الخارج.

cli-status-header = الرسائل المجدولة في { $now }، حسب النوع:
cli-status-kind = { $kind }: قيد الانتظار { $pending }، قيد الإرسال { $claimed }، متعذّرة { $failed }، مُرسلة { $sent }، منتهية { $dropped }، متجاوَزة { $skipped }، ملغاة { $cancelled }
cli-status-empty = لا توجد رسائل مجدولة.
cli-status-oldest = أقدم رسالة مستحقة لم تُرسل: { $key } (موعدها { $due })، مرات الأخذ: { $attempts }، المحاولات الفاشلة: { $failures }
cli-status-next-try = المحاولة التالية: { $at }
cli-status-last-error = آخر خطأ: { $error }
cli-status-none-due = لا توجد رسالة قيد الانتظار حان موعدها.

## استيراد قائمة الأشخاص وتصديرها (سطر الأوامر)
roster-line-bad = السطر { $line }: { $reason }
roster-line-added = السطر { $line }: { $platform } { $user } — أُضيف ({ $columns })
roster-line-changed = السطر { $line }: { $platform } { $user } — تغيّر: { $columns }
roster-summary = { $dryrun ->
    [yes] تشغيل تجريبي، لم يتغير شيء. ستُضاف: { $added } · ستتغير: { $changed } · ستبقى كما هي: { $unchanged } · منظمات جديدة: { $organisations }
   *[other] تم الاستيراد. أُضيفت: { $added } · تغيّرت: { $changed } · بقيت كما هي: { $unchanged } · منظمات جديدة: { $organisations }
}
roster-unchanged = لا شيء يتغير: كل سطر يطابق بالفعل ما هو معروف (الأشخاص: { $count }).
roster-refused = لم يُستورد شيء؛ الأسطر الخاطئة: { $count }. صحّحها ثم استورد الملف مرة أخرى.
roster-exported = كُتبت القائمة في { $path } (الأشخاص: { $count }).
roster-error-file = تتعذر قراءة { $path } أو الكتابة فيه: { $reason }
roster-error-header = يجب أن يكون السطر الأول بالضبط: { $header }
roster-error-cells = المتوقع { $expected } خلايا، والموجود { $count }.
roster-error-platform = «{ $value }» ليست منصة؛ استخدم إحدى المنصات التالية: { $platforms }.
roster-error-user = المعرّف user_id مفقود.
roster-error-no-organisation = يحتاج البلد أو فئة أصحاب المصلحة إلى منظمة في السطر نفسه.
roster-error-duplicate = الشخص نفسه الوارد في السطر { $other }.
roster-error-conflict = { $column ->
    [country] البلد
   *[other] فئة أصحاب المصلحة
} لمنظمة { $organisation } مذكور بشكل مختلف في السطر { $other }.

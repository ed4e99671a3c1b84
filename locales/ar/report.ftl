# /consult report: ملخص جولة التشاور، جاهز لتقرير الرئيس.
report-ready = تقرير { $id } بصيغة { $format } باللغة { $language }: { $path }
error-report-format = اكتب md أو docx.
error-report-language = «{ $value }» ليست من لغات التقرير؛ اختر واحدة من: { $languages }.
report-title = { $title }
report-period = فترة التشاور: من { $opens } إلى { $closes } ({ $zone }).
report-questions = الأسئلة
report-question = { $id }. { $text } ({ $count ->
    [0] لا توجد إجابات
    [zero] لا توجد إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
    [many] { $count } إجابة
   *[other] { $count } إجابة
})
report-contributions = المساهمات
report-totals = { $respondents ->
    [0] لم ترد أي مساهمات
   *[other] { $respondents ->
        [zero] لا مساهمات
        [one] مساهمة واحدة
        [two] مساهمتان
        [few] { $respondents } مساهمات
        [many] { $respondents } مساهمة
       *[other] { $respondents } مساهمة
    } ({ $inputs ->
        [zero] لا إجابات
        [one] إجابة واحدة
        [two] إجابتان
        [few] { $inputs } إجابات
        [many] { $inputs } إجابة
       *[other] { $inputs } إجابة
    })
} من بين { $invited ->
    [0] لا أحد من المدعوين
    [zero] لا أحد من المدعوين
    [one] مدعو واحد
    [two] مدعوَّين اثنين
    [few] { $invited } مدعوين
    [many] { $invited } مدعوًا
   *[other] { $invited } مدعو
}: نسبة الاستجابة { $rate }.
report-by-group = حسب فئة أصحاب المصلحة
report-by-country = حسب البلد
report-col-group = فئة أصحاب المصلحة
report-col-country = البلد
report-col-contributions = المساهمات
report-col-invited = المدعوون
report-col-rate = نسبة الاستجابة
report-group = { $group ->
    [government] الحكومات
    [private-sector] القطاع الخاص
    [civil-society] المجتمع المدني
    [technical-community] المجتمع التقني
    [academia] الأوساط الأكاديمية
    [intergovernmental] المنظمات الحكومية الدولية
   *[other] غير محدد
}
report-cell = { $text }
report-unknown = غير محدد
report-number = { $value }
report-rate = { $rate }
report-total = المجموع
report-organisations = المنظمات المساهمة
report-unaffiliated = { $count ->
    [0] لا توجد مساهمات من أشخاص غير منتمين إلى منظمة.
    [zero] لا توجد مساهمات من أشخاص غير منتمين إلى منظمة.
    [one] مساهمة واحدة من شخص غير منتمٍ إلى منظمة.
    [two] مساهمتان من شخصين غير منتمين إلى منظمة.
    [few] { $count } مساهمات من أشخاص غير منتمين إلى منظمة.
    [many] { $count } مساهمة من أشخاص غير منتمين إلى منظمة.
   *[other] { $count } مساهمة من أشخاص غير منتمين إلى منظمة.
}
report-annex = ملحق: الإجابات حسب السؤال
report-question-heading = { $id }. { $text }
report-input-by = { $has_country ->
    [yes] { $who } ({ $country })، { $date }
   *[no] { $who }، { $date }
}
report-no-inputs = لا توجد إجابات.
chart-over-time = المساهمات بمرور الوقت
chart-deadline = الموعد النهائي

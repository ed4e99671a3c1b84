## الرسائل العامة والأدوار والتواريخ والأخطاء.

when-in-zone = { $local } { $zone }
when-with-others = { $main } ({ $others })
when-read = فُهم «{ $text }» على أنه { $when }.
when-end-of-day = لم يُحدَّد وقت، لذا يُفترض أن المقصود نهاية ذلك اليوم (23:59).
note-dst-overlap = ملاحظة: يتكرر الوقت { $when } مرتين في ذلك اليوم (بسبب تأخير الساعة)؛ وقد اعتُمد الوقت الأول.

role-secretariat = الأمانة
role-chair = الرئيس
role-member = عضو
role-stakeholder = صاحب مصلحة

time-left = { $days ->
    [zero] { $hours ->
        [zero] { $minutes ->
            [zero] أقل من دقيقة
            [one] دقيقة واحدة
            [two] دقيقتان
            [few] { $minutes } دقائق
            [many] { $minutes } دقيقة
           *[other] { $minutes } دقيقة
        }
        [one] ساعة واحدة{ $minutes ->
            [zero] {""}
            [one] {" "}ودقيقة واحدة
            [two] {" "}ودقيقتان
            [few] {" "}و{ $minutes } دقائق
            [many] {" "}و{ $minutes } دقيقة
           *[other] {" "}و{ $minutes } دقيقة
        }
        [two] ساعتان{ $minutes ->
            [zero] {""}
            [one] {" "}ودقيقة واحدة
            [two] {" "}ودقيقتان
            [few] {" "}و{ $minutes } دقائق
            [many] {" "}و{ $minutes } دقيقة
           *[other] {" "}و{ $minutes } دقيقة
        }
        [few] { $hours } ساعات{ $minutes ->
            [zero] {""}
            [one] {" "}ودقيقة واحدة
            [two] {" "}ودقيقتان
            [few] {" "}و{ $minutes } دقائق
            [many] {" "}و{ $minutes } دقيقة
           *[other] {" "}و{ $minutes } دقيقة
        }
        [many] { $hours } ساعة{ $minutes ->
            [zero] {""}
            [one] {" "}ودقيقة واحدة
            [two] {" "}ودقيقتان
            [few] {" "}و{ $minutes } دقائق
            [many] {" "}و{ $minutes } دقيقة
           *[other] {" "}و{ $minutes } دقيقة
        }
       *[other] { $hours } ساعة{ $minutes ->
            [zero] {""}
            [one] {" "}ودقيقة واحدة
            [two] {" "}ودقيقتان
            [few] {" "}و{ $minutes } دقائق
            [many] {" "}و{ $minutes } دقيقة
           *[other] {" "}و{ $minutes } دقيقة
        }
    }
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}{ $days ->
    [0] {""}
   *[other] { $hours ->
        [zero] {""}
        [one] {" "}وساعة واحدة
        [two] {" "}وساعتان
        [few] {" "}و{ $hours } ساعات
        [many] {" "}و{ $hours } ساعة
       *[other] {" "}و{ $hours } ساعة
    }
}
unknown-value = غير محدد
list-more = … و{ $count } أخرى.

settings-show = إعداداتك — المنطقة الزمنية: { $tz }؛ اللغة: { $language }؛ فترة عدم الإزعاج: { $quiet }؛ الدور: { $role }؛ المنظمة: { $organisation }؛ البلد: { $country }؛ فئة أصحاب المصلحة: { $group }.
role-granted = أصبح دور { $user } الآن: { $role }.
channel-settings = القناة { $channel } — اللغة: { $language }؛ وضع «للأعضاء فقط»: { $membersonly ->
    [yes] مفعّل
   *[no] غير مفعّل
}.

error-internal = عذرًا، حدث خطأ من جانبنا ولم يُغيَّر أي شيء. يُرجى المحاولة مرة أخرى؛ وإذا تكرر الخطأ، فيُرجى إبلاغ الأمانة.
error-busy = المساعد مشغول ولم يتمكن من تنفيذ ذلك؛ لم يُغيَّر أي شيء. يُرجى المحاولة مرة أخرى بعد قليل.
error-empty = اكتب أمرًا، مثل { $help }.
error-unknown-command = لا أعرف الأمر «{ $command }». اكتب { $help } للاطلاع على ما يمكنني القيام به.
error-unknown-verb = الأوامر المتاحة مع { $group } هي: { $verbs }.
error-unclosed-quote = ثمة علامة تنصيص لم تُغلق. ضع النص المكوّن من عدة كلمات بين علامتي التنصيص "…".
error-unexpected = لم أفهم «{ $text }» في نهاية الأمر.
error-missing-value = يجب أن تُتبَع «{ $keyword }» بقيمة.
error-too-long = النص طويل جدًا: الحد الأقصى { $max ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفان
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}.
error-not-allowed = عذرًا، لا يسمح دورك ({ $role }) بذلك. لم يُغيَّر أي شيء. { $granted }
role-granted-by = تمنح الأمانة الأدوار: { $people }.
role-granted-by-operator = لا توجد أمانة بعد: يمكن لمن يشغّل المساعد أن يمنحك دور الأمانة بالأمر «{ $command }».
error-bad-id = «{ $id }» ليس معرّفًا صالحًا؛ تكون المعرّفات على غرار { $kind }1.
error-bad-channel = «{ $channel }» ليست قناة؛ تُكتب أسماء القنوات على غرار #name.
error-unknown-user = لا أعرف { $user } بعد؛ ينبغي أن يراسلني مرة واحدة على الأقل، أو يمكن للأمانة أن تسند إليه دورًا.
error-missing-user = حدِّد الشخص بصيغة @user.
error-missing-role = حدِّد الدور: secretariat أو chair أو member أو stakeholder.
error-role = «{ $value }» ليس دورًا؛ اختر أحد الأدوار التالية: { $roles }.
error-last-secretariat = أنت آخر من يتولى دور الأمانة؛ أسنِد هذا الدور إلى شخص آخر أولًا.
error-language = اللغة «{ $value }» غير مدعومة؛ اختر إحدى اللغات التالية: { $languages }.
error-setting-key = «{ $key }» ليس إعدادًا؛ اختر أحد الإعدادات التالية: { $keys }.
error-quiet = تُكتب فترة عدم الإزعاج على غرار 22:00-07:00، لا «{ $value }».
error-group = «{ $value }» ليست فئة من فئات أصحاب المصلحة؛ اختر إحدى الفئات التالية: { $groups }.
error-channel-key = اكتب «language اللغة» أو «members-only on|off».
error-on-off = اكتب on أو off، لا «{ $value }».

error-when-missing = حدِّد الموعد، مثل «15 يناير 2025 18:00» أو «الثلاثاء القادم 17:00» أو «2025-01-31T12:00Z».
error-when-too-long = لا يجوز أن يتجاوز التاريخ { $max ->
    [zero] { $max } حرف
    [one] حرفًا واحدًا
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}.
error-when-unreadable = تعذّرت قراءة «{ $text }» بوصفه تاريخًا. جرّب «15 يناير 2025 18:00» أو «الثلاثاء القادم 17:00 جنيف» أو «غدًا 9:30» أو «2025-01-31T12:00Z».
error-when-needs-time = لا يتضمن «{ $text }» وقتًا من اليوم؛ يُرجى إضافته، مثل «{ $text } 10:00».
error-when-past = الموعد { $when } قد مضى. يُرجى تحديد موعد في المستقبل.
error-time-impossible = «{ $text }» ليس وقتًا صحيحًا على الساعة (الساعات من 0 إلى 23، والدقائق من 0 إلى 59).
error-time-nonexistent = الوقت «{ $text }» غير موجود في المنطقة الزمنية { $zone }: إذ تُقدَّم الساعة في ذلك اليوم متجاوزةً إياه. يُرجى اختيار وقت آخر.
error-zone-unknown = لا أعرف المنطقة الزمنية «{ $zone }». استخدم اسمًا مثل Europe/Zurich، أو اسم مدينة مثل جنيف، أو UTC+3، أو AoE.
error-zone-ambiguous = قد تعني «{ $zone }» مناطق زمنية مختلفة؛ يُرجى كتابة أحد الخيارات التالية: { $choices }.
error-offsets = تُكتب مواعيد التذكير على غرار 7d,1d,2h (الأسابيع w، والأيام d، والساعات h، والدقائق m)، لا «{ $text }».
error-schedule = يُكتب جدول الموجز على غرار «الاثنين 09:00» أو «الاثنين،الخميس 17:30» أو «أيام العمل 09:00» أو «يوميًا 08:00»، لا «{ $text }».
error-missing-schedule = حدِّد موعد نشر الموجز، مثل «الاثنين 09:00».
error-platform-send = تعذّر تسليم الرسالة ({ $reason }). هل المساعد عضو في تلك القناة؟
list-more-names = { $count ->
    [zero] لا أحد غيرهم
    [one] شخص آخر
    [two] شخصان آخران
    [few] { $count } أشخاص آخرين
    [many] { $count } شخصًا آخر
   *[other] { $count } شخص آخر
}
list-more-organisations = { $count ->
    [zero] لا منظمة غيرها
    [one] منظمة أخرى
    [two] منظمتان أخريان
    [few] { $count } منظمات أخرى
    [many] { $count } منظمة أخرى
   *[other] { $count } منظمة أخرى
}
reply-moved-to-direct = { $user }، ردّي موجود في محادثتنا الخاصة.
error-direct-chat = { $user }، تعذّر عليّ فتح محادثة خاصة معك، لذلك لم يُرسَل ردّي. يُرجى بدء محادثة خاصة معي وطرح سؤالك هناك.

## رسائل مجدولة تعذّر تسليمها نهائيًا (إلى الأمانة).

delivery-failed = ⚠️ تعذّر تسليم رسالة مجدولة إلى { $to } (موعدها { $when }) بعد { $tries ->
    [zero] { $tries } محاولة
    [one] محاولة واحدة
    [two] محاولتين
    [few] { $tries } محاولات
    [many] { $tries } محاولة
   *[other] { $tries } محاولة
}: { $reason }. لن تُعاد المحاولة. المفتاح: { $key }
delivery-reason-not-in-channel = المساعد ليس عضوًا في { $channel }
delivery-reason-missing-scope = التطبيق لا يملك الإذن { $scope }
delivery-reason-other = ردّت المنصة بالرمز { $code }

# The console only: a line that is not a command, outside a guided answer.
hint-not-a-command = تبدأ الأوامر بالرمز /. اكتب { $help } للاطلاع على قائمتها.

language-name = { $language ->
    [en] الإنجليزية
    [fr] الفرنسية
    [es] الإسبانية
    [ru] الروسية
    [ar] العربية
    [zh] الصينية
   *[other] { $language }
}
when-language = لغة النص: { $language }.
error-when-languages = يدل «{ $text }» على تاريخين مختلفين بحسب اللغة: { $first } (اللغة: { $first_language })، و{ $second } (اللغة: { $second_language }). يُرجى كتابة اسم الشهر كاملًا، أو كتابة التاريخ على صيغة 2025-01-31 18:00.
error-date-impossible = «{ $text }» ليس تاريخًا صحيحًا: عدد أيام { $month } { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}.
error-offset-range = يأتي التذكير قبل الموعد النهائي أو البداية بمدة بين { $min } و{ $max }؛ و«{ $text }» خارج هذا النطاق.

## المنظمات وفئات أصحاب المصلحة
stakeholder-group-government = الحكومة
stakeholder-group-private-sector = القطاع الخاص
stakeholder-group-civil-society = المجتمع المدني
stakeholder-group-technical-community = المجتمع التقني
stakeholder-group-academia = الأوساط الأكاديمية
stakeholder-group-intergovernmental = منظمة حكومية دولية
error-country = لا أعرف البلد «{ $value }»؛ اذكر رمزه في المعيار ISO المكوّن من حرفين (DE، PY) أو اسمه.
error-no-organisation = البلد وفئة أصحاب المصلحة من صفات منظمتك: اذكر منظمتك أولاً باستخدام { $command }.
error-organisation-field-set = { $field ->
    [country] البلد
   *[other] فئة أصحاب المصلحة
} لمنظمة { $organisation } محدد بالفعل: { $value }، وليس { $new }؛ ولا يمكن تغييره إلا للأمانة.

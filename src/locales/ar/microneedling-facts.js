// The "ar" messages of <microneedling-facts>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"#12":"12","#58":"58","mm0.5":"0.5 مم","mm1.5":"1.5 مم","mm2":"2.0 مم","mm2.5":"2.5 مم"};

export const templates = {
  'microneedling-facts.aftercare': `بعد جلسة الوخز بالإبر الدقيقة، سيضع مقدّم الرعاية الصحية نوعًا من المستحضرات الموضعية للمساعدة على تعزيز إنتاج الكولاجين وتسريع الالتئام. وتحتوي هذه العلاجات عادةً على مكونات مثل فيتامين C وحمض الهيالورونيك، التي تخترق الجلد بعمق أكبر بعد الإجراء.`,
  'microneedling-facts.aftercare-heading': `العناية بعد الإجراء`,
  'microneedling-facts.aftercare-ingredients': `المكونات المعتادة`,
  'microneedling-facts.aftercare-vitamin-c-hyaluronic-acid': `فيتامين C وحمض الهيالورونيك`,
  'microneedling-facts.collagen-induction': `يُعرف الوخز بالإبر الدقيقة أيضًا باسم العلاج بتحفيز الكولاجين، وهو تقنية تُطلق سلسلة معقدة من عوامل النمو تؤدي إلى إنتاج الكولاجين.`,
  'microneedling-facts.definition': `الوخز بالإبر الدقيقة إجراء طفيف التوغل يُحدث ثقوبًا مجهرية في الجلد.`,
  'microneedling-facts.heading': `ما هو الوخز بالإبر الدقيقة تحديدًا؟`,
  'microneedling-facts.healing': `عندما تخترق الإبر الجلد محدثةً جروحًا دقيقة، تنطلق استجابة الالتئام الطبيعية في الجسم. وخلال عملية الالتئام، ينتج الجلد مزيدًا من الكولاجين والإيلاستين، مما يمنح الجلد امتلاءً ويجدد نضارته.`,
  'microneedling-facts.healing-collagen-elastin': `مزيد من الكولاجين والإيلاستين`,
  'microneedling-facts.healing-heading': `استجابة الالتئام`,
  'microneedling-facts.healing-produces': `ينتج الجلد`,
  'microneedling-facts.layer-dermis': `الأدمة`,
  'microneedling-facts.layer-epidermis': `البشرة`,
  'microneedling-facts.layer-subcutaneous': `الطبقة تحت الجلد`,
  'microneedling-facts.layers-heading': `طبقات الجلد الثلاث`,
  'microneedling-facts.layers-intro': `يتكوّن الجلد من ثلاث طبقات:`,
  'microneedling-facts.layers-micro-injuries': `يعمل الوخز بالإبر الدقيقة من خلال إحداث إصابات مجهرية دقيقة في طبقة البشرة العلوية من الجلد.`,
  'microneedling-facts.major-benefit': `غير أن فائدته الرئيسية تكمن في تقليل علامات الشيخوخة، ليصبح الجلد ناعمًا ومرنًا.`,
  'microneedling-facts.needle-diameter': `قطر الإبر`,
  'microneedling-facts.needle-diameter-range': str`من ${0} إلى ${1}`,
  'microneedling-facts.recovery': `فترة التعافي`,
  'microneedling-facts.recovery-days': `من يومين إلى ثلاثة أيام فقط`,
  'microneedling-facts.results-collagen': `يحفّز الوخز بالإبر الدقيقة إنتاج الكولاجين، مما يساعد على استعادة المظهر والملمس الشبابي لجلدك.`,
  'microneedling-facts.results-heading': `متى تظهر النتائج`,
  'microneedling-facts.results-months': str`على مدى الأشهر الـ${0} التالية`,
  'microneedling-facts.results-review': str`وفقًا لمراجعة أُجريت عام ${0} وشملت ${1} دراسة شاملة حول فعالية الوخز بالإبر الدقيقة، يمكن ملاحظة التأثيرات في غضون بضعة أسابيع أو أشهر من العلاج المنتظم.`,
  'microneedling-facts.results-smoother': `سيصبح جلدك أنعم وأكثر مرونة في الأسابيع التالية للعلاج، خاصةً إذا خضعت لجلسات متعددة.`,
  'microneedling-facts.results-texture': str`بعد ترسّب الكولاجين، سيستمر ملمس الجلد في التحسن على مدى الأشهر الـ${0} التالية.`,
  'microneedling-facts.results-weeks': `في الأسابيع التالية للعلاج`,
  'microneedling-facts.results-weeks-or-months': `في غضون بضعة أسابيع أو أشهر`,
  'microneedling-facts.roller': str`يعتمد إجراء الوخز بالإبر الدقيقة على تمرير أداة تُسمّى الأسطوانة الدوّارة (أو الأسطوانة الدوّارة الدقيقة) على الجلد. وتُغطّى الأسطوانة بعدد لا يُحصى من الإبر الدقيقة التي يتراوح قطرها بين ${0} و${1} (وبين ${2} و${3} في حالة إزالة الندبات)، وهي تخترق الجلد إلى عمق يتحكم فيه مقدّم الرعاية الصحية.`,
  'microneedling-facts.roller-heading': `الأسطوانة الدوّارة`,
  'microneedling-facts.scar-removal-diameter': `في حالة إزالة الندبات`,
  'microneedling-facts.scar-removal-diameter-range': str`من ${0} إلى ${1}`,
  'microneedling-facts.use-collagen': `تعزيز إنتاج الكولاجين`,
  'microneedling-facts.use-hair': `تحفيز نمو الشعر`,
  'microneedling-facts.use-scars': `التخفيف من مظهر الندبات`,
  'microneedling-facts.uses-heading': `استخداماته`,
  'microneedling-facts.uses-intro': `يمكن استخدامه من أجل:`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `هل يُجدي الوخز بالإبر الدقيقة في التخفيف من ندبات حب الشباب؟`,
  'source.title-only': str`المصدر: «${0}»`,
  'source.with-publisher': str`المصدر: ${0}، «${1}»`,
};

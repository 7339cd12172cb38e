// The "ar" messages of <scar-treatments>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {};

export const templates = {
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `هل يُجدي الوخز بالإبر الدقيقة في التخفيف من ندبات حب الشباب؟`,
  'scar-treatments.already-have': `إذا كانت لديك ندبات حب الشباب بالفعل، فالأرجح أنها لازمتك منذ فترة — ربما منذ الطفولة أو المراهقة.`,
  'scar-treatments.chemical-peel.effect': `إذا كانت لديك ندبات حب شباب منتشرة، فقد يساعد التقشير الكيميائي على التخفيف من مظهرها بشكل عام. وتعتمد هذه العملية على علاج كيميائي يزيل الطبقة العليا المتضررة من الجلد، مما يدفع الجلد إلى تكوين طبقة جديدة تحتها.`,
  'scar-treatments.chemical-peel.limits': `قد يستغرق هذا العلاج أسابيع حتى يلتئم الجلد وتظهر النتيجة النهائية.`,
  'scar-treatments.chemical-peel.name': `التقشير الكيميائي`,
  'scar-treatments.chemical-peel.tip': `جرّب التقشير الكيميائي.`,
  'scar-treatments.heading': `خيارات أخرى للتخفيف من ندبات حب الشباب`,
  'scar-treatments.hyaluronic-acid.effect': `يعمل هذا المكوّن كمادة مالئة جلدية، إذ يرفع المناطق الغائرة من الجلد مثل ندبات حب الشباب.`,
  'scar-treatments.hyaluronic-acid.name': `حمض الهيالورونيك`,
  'scar-treatments.hyaluronic-acid.tip': `جرّب استخدام منتج يحتوي على حمض الهيالورونيك.`,
  'scar-treatments.hyaluronic-acid.where': `للحصول على نتائج طويلة الأمد، توجّه إلى طبيب الأمراض الجلدية لتلقي علاج احترافي.`,
  'scar-treatments.intro': `إن كان هذا حالك، فلا داعي لأن تفقد الأمل! يُعدّ الوخز بالإبر الدقيقة خيارًا ممتازًا للتخفيف من ندبات حب الشباب، وإن كانت هناك خيارات أخرى متاحة.`,
  'scar-treatments.intro-list': `إليك بعض النصائح للتخفيف من مظهر ندبات حب الشباب:`,
  'scar-treatments.label-effect': `تأثيره`,
  'scar-treatments.label-limits': `القيود`,
  'scar-treatments.label-where': `أين تحصل عليه`,
  'scar-treatments.label-why': `أهمية ذلك`,
  'scar-treatments.laser.effect': `تحفّز علاجات الليزر إنتاج الكولاجين، مما قد يساعد على ملء ندبات حب الشباب وتحسين مظهر جلدك بشكل عام.`,
  'scar-treatments.laser.limits': `لن تزيل هذه العلاجات ندبات حب الشباب تمامًا، لكن يمكنها تحسين مظهرها.`,
  'scar-treatments.laser.name': `علاجات الجلد بالليزر`,
  'scar-treatments.laser.tip': `فكّر في علاجات الجلد بالليزر.`,
  'scar-treatments.retinoids.effect': `يمكن للريتينويدات الموضعية، مثل كريم التريتينوين، أن تسرّع تجدد الخلايا وتحسّن ملمس جلدك بشكل عام.`,
  'scar-treatments.retinoids.name': `الريتينويدات`,
  'scar-treatments.retinoids.tip': `ابحث عن منتجات للعناية بالبشرة تحتوي على الريتينويدات.`,
  'scar-treatments.retinoids.where': `يمكنك الحصول على هذه المنتجات دون وصفة طبية، أو الحصول على تركيز أعلى من طبيب الأمراض الجلدية.`,
  'scar-treatments.scar-types.name': `نوعا ندبات حب الشباب`,
  'scar-treatments.scar-types.tip': `تعرّف على الفرق بين نوعي ندبات حب الشباب — الضمورية والضخامية.`,
  'scar-treatments.scar-types.why': `يتطلب كل نوع منهما أساليب علاج مختلفة، والندبات الضمورية هي الأكثر شيوعًا.`,
  'source.title-only': str`المصدر: «${0}»`,
  'source.with-publisher': str`المصدر: ${0}، «${1}»`,
};

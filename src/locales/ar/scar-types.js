// The "ar" messages of <scar-types>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"kilogram/short/13.401942775":"3.4 كغم","kilogram/short/19.979032140000001":"10 كغم","pound/long/22":"22 رطلًا","pound/long/7.5":"7.5 رطل"};

export const templates = {
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `هل يُجدي الوخز بالإبر الدقيقة في التخفيف من ندبات حب الشباب؟`,
  'scar-types.appearance-label': `المظهر`,
  'scar-types.atrophic-appearance': `غائرة`,
  'scar-types.atrophic-collagen': `إنتاج ناقص`,
  'scar-types.atrophic-collagen-sentence': `يؤدي نقص إنتاج الكولاجين عادةً إلى ندبة حب شباب غائرة.`,
  'scar-types.atrophic-definition': `ندبات حب الشباب نوع من الندبات الضمورية، أي ندبات غائرة تلتئم تحت الطبقة العليا من الجلد. وتتكوّن هذه الندبات عندما يعجز الجلد عن تجديد النسيج.`,
  'scar-types.atrophic-most-common': `الندبات الضمورية هي الأكثر شيوعًا.`,
  'scar-types.atrophic-name': `الندبات الضمورية`,
  'scar-types.collagen-label': `الكولاجين`,
  'scar-types.form-cause': `بوجه عام، تنتج ندبة حب الشباب عن رضّ عميق في الجلد يسببه حب الشباب. ويمكن لعوامل إضافية، مثل العبث بالبثرة، أن تُلحق رضًّا بالجلد وتدفع القيح والبكتيريا إلى عمق أكبر تحت السطح، مما يؤدي إلى تكوّن ندبة.`,
  'scar-types.form-collagen-amount': `يتوقف تكوّن الندبة من عدمه على كمية الكولاجين التي ينتجها جسمك.`,
  'scar-types.form-collagen-role': `يؤدي الكولاجين دورًا أساسيًا في عملية الالتئام، إذ يساعد على تجديد خلايا الجلد.`,
  'scar-types.form-subheading': `ما الذي يؤدي إلى تكوّن ندبات حب الشباب؟`,
  'scar-types.form-where': `تتخذ ندبات حب الشباب عادةً شكل مناطق بارزة أو غائرة من الجلد، ورغم أنها أكثر شيوعًا على الوجه، فإنها قد تظهر في أي مكان من الجسم.`,
  'scar-types.heading': `ما أسباب ندبات حب الشباب؟`,
  'scar-types.hypertrophic-appearance': `بارزة`,
  'scar-types.hypertrophic-collagen': `إنتاج مفرط`,
  'scar-types.hypertrophic-collagen-sentence': `إذا أنتج الجلد كمية مفرطة من الكولاجين، نشأت عن ذلك ندبة حب شباب بارزة.`,
  'scar-types.hypertrophic-name': `الندبات الضخامية`,
  'scar-types.risk-genetics': `العوامل الوراثية`,
  'scar-types.risk-intro': `قد تزيد عوامل مثل هذه من خطر تكوّن ندبة لديك:`,
  'scar-types.risk-non-treatment': `عدم علاج حب الشباب`,
  'scar-types.risk-picking': `العبث بالبثرة أو لمسها`,
  'scar-types.scar-left': `لسوء الحظ، لا تسير هذه العملية دائمًا بسلاسة، وقد تتبقى لديك ندبة بحسب عمق الإصابة وشدتها.`,
  'scar-types.scars-say': `إذن، ماذا تقول ندبات حب الشباب عنك؟`,
  'scar-types.skin-barrier': `يؤدي جلدك وظائف متنوعة ومختلفة، لكن أهمها أنه يعمل حاجزًا يحميك من المواد الضارة — من البرد والرطوبة إلى الجراثيم والأشعة فوق البنفسجية والسموم البيئية.`,
  'scar-types.skin-health': `يمكن لمجرد النظر إلى جلد الشخص أن يكشف لك الكثير عن صحته.`,
  'scar-types.skin-renewing': `يجدد الجلد نفسه باستمرار، لذا فكلما تعرّض لنوع من الضرر أو الإصابة، تنتقل خلايا جديدة إلى السطح لتبدأ عملية الإصلاح.`,
  'scar-types.skin-stronger': `جلدك أقوى مما قد تعتقد.`,
  'scar-types.skin-weight': str`على الرغم من أنه رقيق جدًا (لا يتجاوز سمكه بضعة مليمترات في أقصى الحالات)، فإنه يشكّل نحو 1/7 من إجمالي مساحة سطح جسمك، ويمكن أن يتراوح وزنه بين ${0} و${1}، بحسب الشخص.`,
  'scar-types.tab-list-label': `أنواع ندبات حب الشباب`,
  'source.title-only': str`المصدر: «${0}»`,
  'source.with-publisher': str`المصدر: ${0}، «${1}»`,
};

// The "ar" messages of <med-disclaimer>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {};

export const templates = {
  's55fa598b754cc3cc': str`${0} (${1})`,
  's60ce351fc2d09d92': `اعرف المزيد عن معاييرنا التحريرية`,
  's63a38b0b6952a81c': `هل يُجدي الوخز بالإبر الدقيقة في التخفيف من ندبات حب الشباب؟`,
  's8ac7778797e4d373': `هذا المقال لأغراض إعلامية فقط ولا يُشكّل استشارة طبية. والمعلومات الواردة فيه ليست بديلًا عن الاستشارة الطبية المتخصصة، ولا ينبغي أبدًا الاعتماد عليها بوصفها استشارة طبية متخصصة. تحدّث دائمًا إلى طبيبك بشأن مخاطر أي علاج وفوائده.`,
  's93dd57502f7d6ea3': `إخلاء المسؤولية الطبية`,
  'source.title-only': str`المصدر: «${0}»`,
  'source.with-publisher': str`المصدر: ${0}، «${1}»`,
};

// The "ar" messages of <med-review>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"@2021-03-11":"11 مارس 2021"};

export const templates = {
  'med-review.next-review': str`موعد المراجعة التالية: ${0}`,
  'med-review.review-due': str`هذا المقال مستحق للمراجعة منذ ${0}.`,
  'med-review.translation-reviewed': str`مترجم من الإنجليزية؛ المراجعة الطبية: ${0}`,
  'med-review.translation-unreviewed': `مترجم من الإنجليزية؛ لم يخضع لمراجعة طبية بعد`,
  's40bfc27971e8b870': str`آخر تحديث: ${0}`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `هل يُجدي الوخز بالإبر الدقيقة في التخفيف من ندبات حب الشباب؟`,
  's7fe487d4161de1bf': str`المراجعة الطبية: ${0}`,
  's89649937ddef97b1': str`${0}، ${1}`,
  'sa99ac8502d9fddab': str`بقلم ${0}`,
  'source.title-only': str`المصدر: «${0}»`,
  'source.with-publisher': str`المصدر: ${0}، «${1}»`,
};

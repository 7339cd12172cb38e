// The "ar" messages of <promo-banner>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"USD15":"‏15 US$"};

export const templates = {
  'promo-banner.ad-tag': `إعلان`,
  'promo-banner.dismiss': `إغلاق الإعلان`,
  'promo-banner.get-started': `ابدأ الآن`,
  'promo-banner.learn-more': `اعرف المزيد`,
  'promo-banner.region-name': `إعلان`,
  's3ffeee4b0894bc7b': str`${0} في السنة`,
  's4fe11e9df26b53e4': str`${0} في اليوم`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's61a5c670d5d642f5': `علاج مخصّص لحب الشباب`,
  's63697d7a4be57816': `بشرة صافية أو نعيد إليك أموالك`,
  's63a38b0b6952a81c': `هل يُجدي الوخز بالإبر الدقيقة في التخفيف من ندبات حب الشباب؟`,
  's6e58f0d402c631ca': str`${0} في الأسبوع`,
  's888d3963099381de': `ضع حب الشباب عند حدّه بكريم بقوة الوصفات الطبية`,
  's912a1137e21598fe': str`${0}/شهر`,
  's91532637e238c1c1': str`${0}/سنة`,
  's91751537e2558b44': str`${0}/أسبوع`,
  's91a8ac405ded4fff': `انتهى هذا العرض`,
  'sd4c7998a94c46300': str`لفترة محدودة فقط: عرض للعملاء الجدد بسعر ${0}`,
  'se647326dd2c49e53': str`ينتهي العرض ${0}`,
  'see14d21361de82e0': str`${0} في الشهر`,
  'sfd82dbf54db8bfb8': str`${0}/يوم`,
  'sfe21f7c57e953f1f': `حب الشباب لدى البالغين: مُلغى`,
  'source.title-only': str`المصدر: «${0}»`,
  'source.with-publisher': str`المصدر: ${0}، «${1}»`,
};

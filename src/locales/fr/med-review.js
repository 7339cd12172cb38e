// The "fr" messages of <med-review>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"@2021-03-11":"11 mars 2021"};

export const templates = {
  'med-review.next-review': str`Prochaine révision prévue : ${0}`,
  'med-review.review-due': str`Cet article est en attente de révision depuis le ${0}.`,
  'med-review.translation-reviewed': str`Traduit de l'anglais ; relecture médicale : ${0}`,
  'med-review.translation-unreviewed': `Traduit de l'anglais ; pas encore de relecture médicale`,
  's40bfc27971e8b870': str`Dernière mise à jour : ${0}`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `Le microneedling permet-il de réduire les cicatrices d’acné ?`,
  's7fe487d4161de1bf': str`Relecture médicale par ${0}`,
  's89649937ddef97b1': str`${0}, ${1}`,
  'sa99ac8502d9fddab': str`Rédigé par ${0}`,
  'source.title-only': str`Source : « ${0} »`,
  'source.with-publisher': str`Source : ${0}, « ${1} »`,
};

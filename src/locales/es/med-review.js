// The "es" messages of <med-review>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"@2021-03-11":"11 de marzo de 2021"};

export const templates = {
  'med-review.next-review': str`Próxima revisión prevista: ${0}`,
  'med-review.review-due': str`Este artículo está pendiente de revisión desde el ${0}.`,
  'med-review.translation-reviewed': str`Traducido del inglés; revisión médica: ${0}`,
  'med-review.translation-unreviewed': `Traducido del inglés; aún sin revisión médica`,
  's40bfc27971e8b870': str`Última actualización: ${0}`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `¿Funciona el microneedling para reducir las cicatrices de acné?`,
  's7fe487d4161de1bf': str`Revisado médicamente por ${0}`,
  's89649937ddef97b1': str`${0}, ${1}`,
  'sa99ac8502d9fddab': str`Escrito por ${0}`,
  'source.title-only': str`Fuente: «${0}»`,
  'source.with-publisher': str`Fuente: ${0}, «${1}»`,
};

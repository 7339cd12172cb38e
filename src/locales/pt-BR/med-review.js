// The "pt-BR" messages of <med-review>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"@2021-03-11":"11 de março de 2021"};

export const templates = {
  'med-review.next-review': str`Próxima revisão prevista: ${0}`,
  'med-review.review-due': str`Este artigo está com a revisão pendente desde ${0}.`,
  'med-review.translation-reviewed': str`Traduzido do inglês; revisão médica em ${0}`,
  'med-review.translation-unreviewed': `Traduzido do inglês; ainda sem revisão médica`,
  's40bfc27971e8b870': str`Última atualização: ${0}`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `O microagulhamento funciona para reduzir cicatrizes de acne?`,
  's7fe487d4161de1bf': str`Revisão médica por ${0}`,
  's89649937ddef97b1': str`${0}, ${1}`,
  'sa99ac8502d9fddab': str`Escrito por ${0}`,
  'source.title-only': str`Fonte: “${0}”`,
  'source.with-publisher': str`Fonte: ${0}, “${1}”`,
};

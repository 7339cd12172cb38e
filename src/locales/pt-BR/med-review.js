// The "pt-BR" messages of <med-review>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

export const templates = {
  'med-review.translation-reviewed': str`Traduzido do inglês; revisão médica em ${0}`,
  'med-review.translation-unreviewed': `Traduzido do inglês; ainda sem revisão médica`,
  's40bfc27971e8b870': str`Última atualização: ${0}`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's7fe487d4161de1bf': str`Revisão médica por ${0}`,
  's89649937ddef97b1': str`${0}, ${1}`,
  'sa99ac8502d9fddab': str`Escrito por ${0}`,
};

// The "pt-BR" messages of <med-disclaimer>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {};

export const templates = {
  's55fa598b754cc3cc': str`${0} (${1})`,
  's60ce351fc2d09d92': `Saiba mais sobre nossos padrões editoriais`,
  's63a38b0b6952a81c': `O microagulhamento funciona para reduzir cicatrizes de acne?`,
  's8ac7778797e4d373': `Este artigo tem fins exclusivamente informativos e não constitui aconselhamento médico. As informações aqui contidas não substituem o aconselhamento médico profissional e nunca devem ser usadas como tal. Sempre converse com seu médico sobre os riscos e benefícios de qualquer tratamento.`,
  's93dd57502f7d6ea3': `Aviso médico`,
  'source.title-only': str`Fonte: “${0}”`,
  'source.with-publisher': str`Fonte: ${0}, “${1}”`,
};

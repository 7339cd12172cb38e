// The "es" messages of <med-disclaimer>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {};

export const templates = {
  's55fa598b754cc3cc': str`${0} (${1})`,
  's60ce351fc2d09d92': `Más información sobre nuestras normas editoriales`,
  's63a38b0b6952a81c': `¿Funciona el microneedling para reducir las cicatrices de acné?`,
  's8ac7778797e4d373': `Este artículo tiene fines exclusivamente informativos y no constituye asesoramiento médico. La información aquí contenida no sustituye al asesoramiento médico profesional y nunca debe utilizarse como tal. Consulte siempre a su médico sobre los riesgos y beneficios de cualquier tratamiento.`,
  's93dd57502f7d6ea3': `Aviso médico`,
  'source.title-only': str`Fuente: «${0}»`,
  'source.with-publisher': str`Fuente: ${0}, «${1}»`,
};

// The "de" messages of <med-disclaimer>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {};

export const templates = {
  's55fa598b754cc3cc': str`${0} (${1})`,
  's60ce351fc2d09d92': `Mehr über unsere redaktionellen Standards erfahren`,
  's63a38b0b6952a81c': `Hilft Microneedling, Aknenarben zu reduzieren?`,
  's8ac7778797e4d373': `Dieser Artikel dient ausschließlich Informationszwecken und stellt keine medizinische Beratung dar. Die hierin enthaltenen Informationen sind kein Ersatz für eine professionelle medizinische Beratung und dürfen niemals als solche herangezogen werden. Sprechen Sie immer mit Ihrer Ärztin oder Ihrem Arzt über die Risiken und den Nutzen jeder Behandlung.`,
  's93dd57502f7d6ea3': `Medizinischer Haftungsausschluss`,
  'source.title-only': str`Quelle: „${0}“`,
  'source.with-publisher': str`Quelle: ${0}, „${1}“`,
};

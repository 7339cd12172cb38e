// The "fr" messages of <med-disclaimer>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {};

export const templates = {
  's55fa598b754cc3cc': str`${0} (${1})`,
  's60ce351fc2d09d92': `En savoir plus sur nos normes éditoriales`,
  's63a38b0b6952a81c': `Le microneedling permet-il de réduire les cicatrices d’acné ?`,
  's8ac7778797e4d373': `Cet article est fourni à titre informatif uniquement et ne constitue pas un avis médical. Les informations qu’il contient ne remplacent pas un avis médical professionnel et ne doivent jamais être considérées comme tel. Parlez toujours à votre médecin des risques et des bénéfices de tout traitement.`,
  's93dd57502f7d6ea3': `Avertissement médical`,
  'source.title-only': str`Source : « ${0} »`,
  'source.with-publisher': str`Source : ${0}, « ${1} »`,
};

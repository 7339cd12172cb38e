// The "fr" messages of <acne-scar-article>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {};

export const templates = {
  's0f7dd0e7a1902b90': `C’est pourquoi vous devriez en parler à votre professionnel de santé ou à votre dermatologue avant d’entreprendre ce type de traitement, en particulier si vous comptez essayer le microneedling chez vous.`,
  's2df6a8f3a6c178b7': `Si vous avez tout essayé pour réduire vos cicatrices d’acné et que rien n’a fonctionné, le microneedling pourrait bien être la solution que vous cherchiez.`,
  's37835b95c04523ee': `Il suffit de faire défiler votre fil Instagram pour voir les résultats du microneedling.`,
  's4814c4182121b919': `Bien que le microneedling soit généralement reconnu comme sûr chez les personnes en bonne santé, il comporte tout de même un certain risque.`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's5f426f819361cc5a': `Si vous en avez assez de vous cacher et que vous voulez vous débarrasser de vos cicatrices d’acné une bonne fois pour toutes, le microneedling est peut-être la solution que vous cherchiez. Poursuivez votre lecture pour en savoir plus sur les causes des cicatrices d’acné et sur la façon dont le microneedling peut vous aider.`,
  's5fee911981c9d5ff': `Même si l’idée de vous piquer la peau avec des centaines de minuscules aiguilles ne vous semble pas particulièrement réjouissante, ce pourrait bien être le secret pour résoudre des problèmes de peau installés de longue date, même des cicatrices d’acné tenaces.`,
  's63a38b0b6952a81c': `Le microneedling permet-il de réduire les cicatrices d’acné ?`,
  's8c424d2af0224c4d': `Cet acte esthétique mini-invasif a été popularisé par des célébrités comme Kim Kardashian, mais en réalité, il est aussi accessible et bénéfique pour Madame Tout-le-Monde.`,
  's9e6e576d980012f7': `Les cicatrices d’acné peuvent être bien plus qu’inesthétiques : elles peuvent ruiner votre confiance en vous et vous pousser à vous cacher du monde sous d’épaisses couches de maquillage.`,
  'source.title-only': str`Source : « ${0} »`,
  'source.with-publisher': str`Source : ${0}, « ${1} »`,
};

// The "fr" messages of <scar-prevention>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {};

export const templates = {
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `Le microneedling permet-il de réduire les cicatrices d’acné ?`,
  'scar-prevention.heading': `Prévenir les cicatrices d’acné`,
  'scar-prevention.intro': `Une fois que vous avez pris le temps de venir à bout de vos cicatrices d’acné, la dernière chose que vous souhaitez, c’est qu’elles réapparaissent. Si vous avez une peau à tendance acnéique, lutter contre les imperfections (et le risque éventuel de cicatrices) est un combat de tous les jours.`,
  'scar-prevention.intro-list': `Alors, que pouvez-vous faire pour prévenir les cicatrices d’acné à l’avenir ? Voici quelques conseils simples :`,
  'scar-prevention.leave-it-alone.text': `Résistez à la tentation de toucher, de triturer ou de percer vos boutons. Si vous pressez un bouton, vous risquez d’augmenter l’inflammation et de faire pénétrer les bactéries plus profondément dans la peau, où elles peuvent provoquer la formation d’un kyste.`,
  'scar-prevention.leave-it-alone.title': `N’y touchez pas`,
  'scar-prevention.reduce-inflammation.text': `Qui dit imperfections dit inflammation, et plus un bouton est enflammé, plus le risque de cicatrice est élevé. Évitez les produits de soin agressifs, comme les gommages et les exfoliants, qui pourraient augmenter l’inflammation pendant une poussée.`,
  'scar-prevention.reduce-inflammation.title': `Réduisez l’inflammation`,
  'scar-prevention.see-provider.text': `Si vous avez tendance à faire des poussées d’acné importantes ou particulièrement profondes, vous présentez peut-être un risque plus élevé de cicatrices et vous devriez consulter votre dermatologue. Les médicaments en vente libre peuvent ne pas suffire en cas de poussées sévères ; parlez donc des options possibles avec votre professionnel de santé.`,
  'scar-prevention.see-provider.title': `Consultez votre professionnel de santé`,
  'scar-prevention.treat-promptly.text': `Plus vite vous maîtrisez votre acné, mieux c’est. Dès le premier signe de poussée, commencez à la traiter avec un médicament contre l’acné en vente libre et veillez à garder votre visage propre. Vous ne pouvez pas développer de cicatrices d’acné si vous n’avez pas d’acné !`,
  'scar-prevention.treat-promptly.title': `Traitez l’acné sans tarder`,
  'source.title-only': str`Source : « ${0} »`,
  'source.with-publisher': str`Source : ${0}, « ${1} »`,
};

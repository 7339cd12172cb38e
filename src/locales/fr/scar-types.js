// The "fr" messages of <scar-types>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"kilogram/short/13.401942775":"3,4 kg","kilogram/short/19.979032140000001":"10 kg","pound/short/22":"22 lb","pound/short/7.5":"7,5 lb"};

export const templates = {
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `Le microneedling permet-il de réduire les cicatrices d’acné ?`,
  'scar-types.appearance-label': `Aspect`,
  'scar-types.atrophic-appearance': `En creux`,
  'scar-types.atrophic-collagen': `Production insuffisante`,
  'scar-types.atrophic-collagen-sentence': `Une production insuffisante de collagène entraîne généralement une cicatrice d’acné en creux.`,
  'scar-types.atrophic-definition': `Les cicatrices d’acné sont un type de cicatrice atrophique, c’est-à-dire une cicatrice en creux qui cicatrise sous le niveau de la couche superficielle de la peau. Ces cicatrices se forment lorsque la peau n’est pas capable de régénérer les tissus.`,
  'scar-types.atrophic-most-common': `Les cicatrices atrophiques sont les plus fréquentes.`,
  'scar-types.atrophic-name': `Cicatrices atrophiques`,
  'scar-types.collagen-label': `Collagène`,
  'scar-types.form-cause': `De manière générale, une cicatrice d’acné résulte d’un traumatisme profond de la peau causé par l’acné. D’autres facteurs, comme le fait de triturer le bouton, peuvent traumatiser la peau et enfoncer le pus et les bactéries plus profondément sous la surface, entraînant la formation d’une cicatrice.`,
  'scar-types.form-collagen-amount': `Le fait de développer ou non une cicatrice dépend de la quantité de collagène que produit votre corps.`,
  'scar-types.form-collagen-role': `Le collagène joue un rôle essentiel dans le processus de cicatrisation, en aidant à régénérer les cellules de la peau.`,
  'scar-types.form-subheading': `Pourquoi les cicatrices d’acné se forment-elles ?`,
  'scar-types.form-where': `Les cicatrices d’acné se présentent généralement sous la forme de zones de peau en relief ou en creux et, bien qu’elles soient plus fréquentes sur le visage, elles peuvent apparaître n’importe où sur le corps.`,
  'scar-types.heading': `Quelles sont les causes des cicatrices d’acné ?`,
  'scar-types.hypertrophic-appearance': `En relief`,
  'scar-types.hypertrophic-collagen': `Production excessive`,
  'scar-types.hypertrophic-collagen-sentence': `Si la peau produit trop de collagène, il en résulte une cicatrice d’acné en relief.`,
  'scar-types.hypertrophic-name': `Cicatrices hypertrophiques`,
  'scar-types.risk-genetics': `Génétique`,
  'scar-types.risk-intro': `Des facteurs comme ceux-ci peuvent augmenter votre risque de développer une cicatrice :`,
  'scar-types.risk-non-treatment': `Absence de traitement`,
  'scar-types.risk-picking': `Triturer ou toucher le bouton`,
  'scar-types.scar-left': `Malheureusement, ce processus ne se déroule pas toujours sans encombre et, selon la profondeur et la gravité de la lésion, il peut vous rester une cicatrice.`,
  'scar-types.scars-say': `Alors, que disent de vous vos cicatrices d’acné ?`,
  'scar-types.skin-barrier': `Votre peau remplit des fonctions très diverses, mais la plus importante est de faire barrière pour vous protéger des substances nocives : du froid et de l’humidité aux germes, en passant par les rayons UV et les toxines de l’environnement.`,
  'scar-types.skin-health': `Il suffit de regarder la peau d’une personne pour en apprendre beaucoup sur sa santé.`,
  'scar-types.skin-renewing': `La peau se renouvelle constamment : chaque fois qu’elle subit un dommage ou une lésion, quels qu’ils soient, de nouvelles cellules remontent à la surface pour amorcer le processus de réparation.`,
  'scar-types.skin-stronger': `Votre peau est plus résistante que vous ne le pensez.`,
  'scar-types.skin-weight': str`Même si elle est très fine (quelques millimètres d’épaisseur tout au plus), elle représente tout de même environ 1/7 de la surface totale de votre corps et peut peser entre ${0} et ${1}, selon les personnes.`,
  'scar-types.tab-list-label': `Types de cicatrices d’acné`,
  'source.title-only': str`Source : « ${0} »`,
  'source.with-publisher': str`Source : ${0}, « ${1} »`,
};

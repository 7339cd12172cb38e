// The "fr" messages of <promo-banner>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"USD15":"15 $US"};

export const templates = {
  'promo-banner.ad-tag': `Publicité`,
  'promo-banner.dismiss': `Fermer la publicité`,
  'promo-banner.get-started': `Commencer`,
  'promo-banner.learn-more': `En savoir plus`,
  'promo-banner.region-name': `Publicité`,
  's3ffeee4b0894bc7b': str`${0} par an`,
  's4fe11e9df26b53e4': str`${0} par jour`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's61a5c670d5d642f5': `traitement de l’acné sur mesure`,
  's63697d7a4be57816': `une peau nette ou votre argent remboursé`,
  's63a38b0b6952a81c': `Le microneedling permet-il de réduire les cicatrices d’acné ?`,
  's6e58f0d402c631ca': str`${0} par semaine`,
  's888d3963099381de': `remettez l’acné à sa place avec une crème au dosage délivré sur ordonnance`,
  's912a1137e21598fe': str`${0}/mois`,
  's91532637e238c1c1': str`${0}/an`,
  's91751537e2558b44': str`${0}/sem.`,
  's91a8ac405ded4fff': `Cette offre est terminée`,
  'sd4c7998a94c46300': str`Durée limitée : offre nouveaux clients à ${0}`,
  'se647326dd2c49e53': str`L’offre se termine ${0}`,
  'see14d21361de82e0': str`${0} par mois`,
  'sfd82dbf54db8bfb8': str`${0}/jour`,
  'sfe21f7c57e953f1f': `l’acné adulte, c’est fini`,
  'source.title-only': str`Source : « ${0} »`,
  'source.with-publisher': str`Source : ${0}, « ${1} »`,
};

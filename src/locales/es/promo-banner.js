// The "es" messages of <promo-banner>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"USD15":"15 US$"};

export const templates = {
  'promo-banner.ad-tag': `Anuncio`,
  'promo-banner.dismiss': `Cerrar anuncio`,
  'promo-banner.get-started': `Empezar`,
  'promo-banner.learn-more': `Más información`,
  'promo-banner.region-name': `Publicidad`,
  's3ffeee4b0894bc7b': str`${0} al año`,
  's4fe11e9df26b53e4': str`${0} al día`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's61a5c670d5d642f5': `tratamiento personalizado para el acné`,
  's63697d7a4be57816': `piel limpia o le devolvemos su dinero`,
  's63a38b0b6952a81c': `¿Funciona el microneedling para reducir las cicatrices de acné?`,
  's6e58f0d402c631ca': str`${0} a la semana`,
  's888d3963099381de': `ponga el acné en su lugar con una crema de concentración de receta médica`,
  's912a1137e21598fe': str`${0}/mes`,
  's91532637e238c1c1': str`${0}/año`,
  's91751537e2558b44': str`${0}/sem.`,
  's91a8ac405ded4fff': `Esta oferta ha terminado`,
  'sd4c7998a94c46300': str`Solo por tiempo limitado: oferta para nuevos clientes de ${0}`,
  'se647326dd2c49e53': str`La oferta termina ${0}`,
  'see14d21361de82e0': str`${0} al mes`,
  'sfd82dbf54db8bfb8': str`${0}/día`,
  'sfe21f7c57e953f1f': `el acné adulto está cancelado`,
  'source.title-only': str`Fuente: «${0}»`,
  'source.with-publisher': str`Fuente: ${0}, «${1}»`,
};

// The "pt-BR" messages of <promo-banner>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"USD15":"US$ 15"};

export const templates = {
  'promo-banner.ad-tag': `Publicidade`,
  'promo-banner.dismiss': `Fechar publicidade`,
  'promo-banner.get-started': `Comece agora`,
  'promo-banner.learn-more': `Saiba mais`,
  'promo-banner.region-name': `Publicidade`,
  's3ffeee4b0894bc7b': str`${0} por ano`,
  's4fe11e9df26b53e4': str`${0} por dia`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's61a5c670d5d642f5': `tratamento personalizado para acne`,
  's63697d7a4be57816': `pele limpa ou seu dinheiro de volta`,
  's63a38b0b6952a81c': `O microagulhamento funciona para reduzir cicatrizes de acne?`,
  's6e58f0d402c631ca': str`${0} por semana`,
  's888d3963099381de': `coloque a acne no devido lugar com um creme de concentração de prescrição médica`,
  's912a1137e21598fe': str`${0}/mês`,
  's91532637e238c1c1': str`${0}/ano`,
  's91751537e2558b44': str`${0}/sem.`,
  's91a8ac405ded4fff': `Esta oferta foi encerrada`,
  'sd4c7998a94c46300': str`Só por tempo limitado: oferta de ${0} para novos clientes`,
  'se647326dd2c49e53': str`A oferta termina ${0}`,
  'see14d21361de82e0': str`${0} por mês`,
  'sfd82dbf54db8bfb8': str`${0}/dia`,
  'sfe21f7c57e953f1f': `a acne adulta foi cancelada`,
  'source.title-only': str`Fonte: “${0}”`,
  'source.with-publisher': str`Fonte: ${0}, “${1}”`,
};

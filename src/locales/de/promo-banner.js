// The "de" messages of <promo-banner>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"USD15":"15 $"};

export const templates = {
  'promo-banner.ad-tag': `Anzeige`,
  'promo-banner.dismiss': `Anzeige schließen`,
  'promo-banner.get-started': `Jetzt starten`,
  'promo-banner.learn-more': `Mehr erfahren`,
  'promo-banner.region-name': `Anzeige`,
  's3ffeee4b0894bc7b': str`${0} pro Jahr`,
  's4fe11e9df26b53e4': str`${0} pro Tag`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's61a5c670d5d642f5': `individuelle aknebehandlung`,
  's63697d7a4be57816': `reine haut oder geld zurück`,
  's63a38b0b6952a81c': `Hilft Microneedling, Aknenarben zu reduzieren?`,
  's6e58f0d402c631ca': str`${0} pro Woche`,
  's888d3963099381de': `akne in die schranken weisen – mit einer creme in verschreibungspflichtiger stärke`,
  's912a1137e21598fe': str`${0}/Monat`,
  's91532637e238c1c1': str`${0}/Jahr`,
  's91751537e2558b44': str`${0}/Woche`,
  's91a8ac405ded4fff': `Dieses Angebot ist abgelaufen`,
  'sd4c7998a94c46300': str`Nur für kurze Zeit: Neukundenangebot für ${0}`,
  'se647326dd2c49e53': str`Angebot endet ${0}`,
  'see14d21361de82e0': str`${0} pro Monat`,
  'sfd82dbf54db8bfb8': str`${0}/Tag`,
  'sfe21f7c57e953f1f': `erwachsenenakne ist gecancelt`,
  'source.title-only': str`Quelle: „${0}“`,
  'source.with-publisher': str`Quelle: ${0}, „${1}“`,
};

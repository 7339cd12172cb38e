// The "de" messages of <med-review>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"@2021-03-11":"11. März 2021"};

export const templates = {
  'med-review.next-review': str`Nächste Überprüfung: ${0}`,
  'med-review.review-due': str`Dieser Artikel ist seit dem ${0} zur Überprüfung fällig.`,
  'med-review.translation-reviewed': str`Aus dem Englischen übersetzt; medizinisch geprüft am ${0}`,
  'med-review.translation-unreviewed': `Aus dem Englischen übersetzt; noch nicht medizinisch geprüft`,
  's40bfc27971e8b870': str`Zuletzt aktualisiert: ${0}`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `Hilft Microneedling, Aknenarben zu reduzieren?`,
  's7fe487d4161de1bf': str`Medizinisch geprüft von ${0}`,
  's89649937ddef97b1': str`${0}, ${1}`,
  'sa99ac8502d9fddab': str`Verfasst von ${0}`,
  'source.title-only': str`Quelle: „${0}“`,
  'source.with-publisher': str`Quelle: ${0}, „${1}“`,
};

// The "de" messages of <med-review>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

export const templates = {
  's40bfc27971e8b870': str`Zuletzt aktualisiert: ${0}`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's7fe487d4161de1bf': str`Medizinisch geprüft von ${0}`,
  's89649937ddef97b1': str`${0}, ${1}`,
  'sa99ac8502d9fddab': str`Verfasst von ${0}`,
};

// The "en-XA" messages of <med-review>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

export const templates = {
  's40bfc27971e8b870': str`[Ļåšţ ûƥđåţéđ ${0} ŀöŕéɱ îƥšûɱ]`,
  's55fa598b754cc3cc': str`[${0} (${1}) ŀöŕéɱ]`,
  's7fe487d4161de1bf': str`[Ṁéđîçåŀŀý ŕéṽîéŵéđ ƀý ${0} ŀöŕéɱ îƥšûɱ]`,
  's89649937ddef97b1': str`[${0}, ${1} ŀöŕéɱ]`,
  'sa99ac8502d9fddab': str`[Ŵŕîţţéñ ƀý ${0} ŀöŕéɱ]`,
};

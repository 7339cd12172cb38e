// The "en-XA" messages of <med-review>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"@2021-03-11":"March 11, 2021"};

export const templates = {
  'med-review.next-review': str`[Ñéẋţ ŕéṽîéŵ đûé ${0} ŀöŕéɱ îƥšûɱ]`,
  'med-review.review-due': str`[Ţĥîš åŕţîçŀé ĥåš ƀééñ đûé ƒöŕ ŕéṽîéŵ šîñçé ${0}. ŀöŕéɱ îƥšûɱ đöŀöŕ šîţ]`,
  'med-review.translation-reviewed': str`[Ţŕåñšŀåţéđ ƒŕöɱ Éñĝŀîšĥ; ɱéđîçåŀŀý ŕéṽîéŵéđ ${0} ŀöŕéɱ îƥšûɱ đöŀöŕ šîţ]`,
  'med-review.translation-unreviewed': `[Ţŕåñšŀåţéđ ƒŕöɱ Éñĝŀîšĥ; ñöţ ýéţ ɱéđîçåŀŀý ŕéṽîéŵéđ ŀöŕéɱ îƥšûɱ đöŀöŕ šîţ]`,
  's40bfc27971e8b870': str`[Ļåšţ ûƥđåţéđ ${0} ŀöŕéɱ îƥšûɱ]`,
  's55fa598b754cc3cc': str`[${0} (${1}) ŀöŕéɱ]`,
  's63a38b0b6952a81c': `[Đöéš Ṁîçŕöñééđŀîñĝ Ŵöŕķ ţö Ŕéđûçé Åçñé Šçåŕš? ŀöŕéɱ îƥšûɱ đöŀöŕ šîţ]`,
  's7fe487d4161de1bf': str`[Ṁéđîçåŀŀý ŕéṽîéŵéđ ƀý ${0} ŀöŕéɱ îƥšûɱ]`,
  's89649937ddef97b1': str`[${0}, ${1} ŀöŕéɱ]`,
  'sa99ac8502d9fddab': str`[Ŵŕîţţéñ ƀý ${0} ŀöŕéɱ]`,
  'source.title-only': str`[Šöûŕçé: “${0}” ŀöŕéɱ]`,
  'source.with-publisher': str`[Šöûŕçé: ${0}, “${1}” ŀöŕéɱ]`,
};

// The "en-XA" messages of <promo-banner>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"USD15":"$15"};

export const templates = {
  'promo-banner.ad-tag': `[Åđ ŀöŕéɱ]`,
  'promo-banner.dismiss': `[Đîšɱîšš åđṽéŕţîšéɱéñţ ŀöŕéɱ îƥšûɱ]`,
  'promo-banner.get-started': `[Ĝéţ šţåŕţéđ ŀöŕéɱ]`,
  'promo-banner.learn-more': `[Ļéåŕñ ɱöŕé ŀöŕéɱ]`,
  'promo-banner.region-name': `[Åđṽéŕţîšéɱéñţ ŀöŕéɱ îƥšûɱ]`,
  's3ffeee4b0894bc7b': str`[${0} ƥéŕ ýéåŕ ŀöŕéɱ]`,
  's4fe11e9df26b53e4': str`[${0} ƥéŕ đåý ŀöŕéɱ]`,
  's55fa598b754cc3cc': str`[${0} (${1}) ŀöŕéɱ]`,
  's61a5c670d5d642f5': `[çûšţöɱîžéđ åçñé ţŕéåţɱéñţ ŀöŕéɱ îƥšûɱ]`,
  's63697d7a4be57816': `[çŀéåŕ šķîñ öŕ ýöûŕ ɱöñéý ƀåçķ ŀöŕéɱ îƥšûɱ đöŀöŕ]`,
  's63a38b0b6952a81c': `[Đöéš Ṁîçŕöñééđŀîñĝ Ŵöŕķ ţö Ŕéđûçé Åçñé Šçåŕš? ŀöŕéɱ îƥšûɱ đöŀöŕ šîţ]`,
  's6e58f0d402c631ca': str`[${0} ƥéŕ ŵééķ ŀöŕéɱ]`,
  's888d3963099381de': `[ƥûţ åçñé îñ îţš ƥŀåçé ŵîţĥ å ƥŕéšçŕîƥţîöñ-šţŕéñĝţĥ çŕéåɱ ŀöŕéɱ îƥšûɱ đöŀöŕ šîţ åɱéţ]`,
  's912a1137e21598fe': str`[${0}/ɱö ŀöŕéɱ]`,
  's91532637e238c1c1': str`[${0}/ýŕ ŀöŕéɱ]`,
  's91751537e2558b44': str`[${0}/ŵķ ŀöŕéɱ]`,
  's91a8ac405ded4fff': `[Ţĥîš öƒƒéŕ ĥåš éñđéđ ŀöŕéɱ îƥšûɱ]`,
  'sd4c7998a94c46300': str`[Ļîɱîţéđ ţîɱé öñŀý: ${0} ñéŵ çûšţöɱéŕ öƒƒéŕ ŀöŕéɱ îƥšûɱ đöŀöŕ]`,
  'se647326dd2c49e53': str`[Öƒƒéŕ éñđš ${0} ŀöŕéɱ]`,
  'see14d21361de82e0': str`[${0} ƥéŕ ɱöñţĥ ŀöŕéɱ]`,
  'sfd82dbf54db8bfb8': str`[${0}/đåý ŀöŕéɱ]`,
  'sfe21f7c57e953f1f': `[åđûŀţ åçñé îš çåñçéŀŀéđ ŀöŕéɱ îƥšûɱ]`,
  'source.title-only': str`[Šöûŕçé: “${0}” ŀöŕéɱ]`,
  'source.with-publisher': str`[Šöûŕçé: ${0}, “${1}” ŀöŕéɱ]`,
};

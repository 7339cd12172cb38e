// The "en-XA" messages of <med-disclaimer>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {};

export const templates = {
  's55fa598b754cc3cc': str`[${0} (${1}) ŀöŕéɱ]`,
  's60ce351fc2d09d92': `[Ļéåŕñ ɱöŕé åƀöûţ öûŕ éđîţöŕîåŀ šţåñđåŕđš ŀöŕéɱ îƥšûɱ đöŀöŕ]`,
  's63a38b0b6952a81c': `[Đöéš Ṁîçŕöñééđŀîñĝ Ŵöŕķ ţö Ŕéđûçé Åçñé Šçåŕš? ŀöŕéɱ îƥšûɱ đöŀöŕ šîţ]`,
  's8ac7778797e4d373': `[Ţĥîš åŕţîçŀé îš ƒöŕ îñƒöŕɱåţîöñåŀ ƥûŕƥöšéš öñŀý åñđ đöéš ñöţ çöñšţîţûţé ɱéđîçåŀ åđṽîçé. Ţĥé îñƒöŕɱåţîöñ çöñţåîñéđ ĥéŕéîñ îš ñöţ å šûƀšţîţûţé ƒöŕ åñđ šĥöûŀđ ñéṽéŕ ƀé ŕéŀîéđ ûƥöñ ƒöŕ ƥŕöƒéššîöñåŀ ɱéđîçåŀ åđṽîçé. Åŀŵåýš ţåŀķ ţö ýöûŕ đöçţöŕ åƀöûţ ţĥé ŕîšķš åñđ ƀéñéƒîţš öƒ åñý ţŕéåţɱéñţ. ŀöŕéɱ îƥšûɱ đöŀöŕ šîţ åɱéţ çöñšéçţéţûŕ åđîƥîšçîñĝ éŀîţ šéđ đö éîûšɱöđ ţéɱƥöŕ ŀöŕéɱ îƥšûɱ đöŀöŕ šîţ åɱéţ çöñšéçţéţûŕ]`,
  's93dd57502f7d6ea3': `[Ṁéđîçåŀ đîšçŀåîɱéŕ ŀöŕéɱ îƥšûɱ]`,
  'source.title-only': str`[Šöûŕçé: “${0}” ŀöŕéɱ]`,
  'source.with-publisher': str`[Šöûŕçé: ${0}, “${1}” ŀöŕéɱ]`,
};

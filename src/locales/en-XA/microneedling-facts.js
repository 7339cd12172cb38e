// The "en-XA" messages of <microneedling-facts>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"#12":"12","#58":"58","mm0.5":"0.5 mm","mm1.5":"1.5 mm","mm2":"2.0 mm","mm2.5":"2.5 mm"};

export const templates = {
  'microneedling-facts.aftercare': `[Ƒöŀŀöŵîñĝ ţĥé ɱîçŕöñééđŀîñĝ ţŕéåţɱéñţ, ýöûŕ ĥéåŀţĥçåŕé ƥŕöṽîđéŕ ŵîŀŀ åƥƥŀý šöɱé ķîñđ öƒ ţöƥîçåŀ ƥŕöđûçţ ţö ĥéŀƥ ƀööšţ çöŀŀåĝéñ ƥŕöđûçţîöñ åñđ šƥééđ ĥéåŀîñĝ. Ţĥéšé ţŕéåţɱéñţš ţýƥîçåŀŀý çöñţåîñ îñĝŕéđîéñţš ŀîķé Ṽîţåɱîñ Ç åñđ ĥýåŀûŕöñîç åçîđ ŵĥîçĥ ƥéñéţŕåţé ţĥé šķîñ ɱöŕé đééƥŀý ƒöŀŀöŵîñĝ ţĥé ƥŕöçéđûŕé. ŀöŕéɱ îƥšûɱ đöŀöŕ šîţ åɱéţ çöñšéçţéţûŕ åđîƥîšçîñĝ éŀîţ šéđ đö éîûšɱöđ ţéɱƥöŕ ŀöŕéɱ îƥšûɱ đöŀöŕ šîţ åɱéţ çöñšéçţéţûŕ åđîƥîšçîñĝ]`,
  'microneedling-facts.aftercare-heading': `[Åƒţéŕçåŕé ŀöŕéɱ]`,
  'microneedling-facts.aftercare-ingredients': `[Ţýƥîçåŀ îñĝŕéđîéñţš ŀöŕéɱ îƥšûɱ]`,
  'microneedling-facts.aftercare-vitamin-c-hyaluronic-acid': `[Ṽîţåɱîñ Ç åñđ ĥýåŀûŕöñîç åçîđ ŀöŕéɱ îƥšûɱ đöŀöŕ]`,
  'microneedling-facts.collagen-induction': `[Åŀšö ķñöŵñ åš çöŀŀåĝéñ îñđûçţîöñ ţĥéŕåƥý, ɱîçŕöñééđŀîñĝ îš å ţéçĥñîǫûé ţĥåţ îñîţîåţéš å çöɱƥŀéẋ šéŕîéš öƒ ĝŕöŵţĥ ƒåçţöŕš ŕéšûŀţîñĝ îñ çöŀŀåĝéñ ƥŕöđûçţîöñ. ŀöŕéɱ îƥšûɱ đöŀöŕ šîţ åɱéţ çöñšéçţéţûŕ åđîƥîšçîñĝ éŀîţ šéđ đö éîûšɱöđ]`,
  'microneedling-facts.definition': `[Ṁîçŕöñééđŀîñĝ îš å ɱîñîɱåŀŀý îñṽåšîṽé ƥŕöçéđûŕé ţĥåţ çŕéåţéš ɱîçŕöšçöƥîç ƥûñçţûŕéš îñ ţĥé šķîñ. ŀöŕéɱ îƥšûɱ đöŀöŕ šîţ åɱéţ çöñšéçţéţûŕ]`,
  'microneedling-facts.heading': `[Ŵĥåţ Éẋåçţŀý îš Ṁîçŕöñééđŀîñĝ? ŀöŕéɱ îƥšûɱ đöŀöŕ]`,
  'microneedling-facts.healing': `[Åš ţĥé ñééđŀéš ƥûñçţûŕé ţĥé šķîñ ţö çŕéåţé ţîñý ŵöûñđš, îţ ţŕîĝĝéŕš ţĥé ƀöđý’š ñåţûŕåŀ ĥéåŀîñĝ ŕéšƥöñšé. Đûŕîñĝ ţĥé ĥéåŀîñĝ ƥŕöçéšš, ţĥé šķîñ ƥŕöđûçéš ɱöŕé çöŀŀåĝéñ åñđ éŀåšţîñ ŵĥîçĥ ƥŀûɱƥš åñđ ŕéĵûṽéñåţéš ţĥé šķîñ. ŀöŕéɱ îƥšûɱ đöŀöŕ šîţ åɱéţ çöñšéçţéţûŕ åđîƥîšçîñĝ éŀîţ šéđ đö éîûšɱöđ ţéɱƥöŕ ŀöŕéɱ îƥšûɱ]`,
  'microneedling-facts.healing-collagen-elastin': `[Ṁöŕé çöŀŀåĝéñ åñđ éŀåšţîñ ŀöŕéɱ îƥšûɱ]`,
  'microneedling-facts.healing-heading': `[Ţĥé ĥéåŀîñĝ ŕéšƥöñšé ŀöŕéɱ îƥšûɱ]`,
  'microneedling-facts.healing-produces': `[Ţĥé šķîñ ƥŕöđûçéš ŀöŕéɱ îƥšûɱ]`,
  'microneedling-facts.layer-dermis': `[Đéŕɱîš ŀöŕéɱ]`,
  'microneedling-facts.layer-epidermis': `[Éƥîđéŕɱîš ŀöŕéɱ]`,
  'microneedling-facts.layer-subcutaneous': `[Šûƀçûţåñéöûš ŀöŕéɱ]`,
  'microneedling-facts.layers-heading': `[Ţĥŕéé ŀåýéŕš öƒ šķîñ ŀöŕéɱ îƥšûɱ]`,
  'microneedling-facts.layers-intro': `[Ţĥé šķîñ îš ɱåđé ûƥ öƒ ţĥŕéé ŀåýéŕš: ŀöŕéɱ îƥšûɱ đöŀöŕ]`,
  'microneedling-facts.layers-micro-injuries': `[Ṁîçŕöñééđŀîñĝ ŵöŕķš ƀý çŕéåţîñĝ ţîñý ɱîçŕö-îñĵûŕîéš îñ ţĥé ţöƥ éƥîđéŕɱîš ŀåýéŕ öƒ šķîñ. ŀöŕéɱ îƥšûɱ đöŀöŕ šîţ åɱéţ çöñšéçţéţûŕ]`,
  'microneedling-facts.major-benefit': `[Ţĥé ɱåĵöŕ ƀéñéƒîţ, ĥöŵéṽéŕ, îš ŕéđûçîñĝ ţĥé šîĝñš öƒ åĝîñĝ ţö ŀéåṽé šķîñ šɱööţĥ åñđ šûƥƥŀé. ŀöŕéɱ îƥšûɱ đöŀöŕ šîţ åɱéţ çöñšéçţéţûŕ]`,
  'microneedling-facts.needle-diameter': `[Ñééđŀé đîåɱéţéŕ ŀöŕéɱ îƥšûɱ]`,
  'microneedling-facts.needle-diameter-range': str`[${0} ţö ${1} ŀöŕéɱ]`,
  'microneedling-facts.recovery': `[Ŕéçöṽéŕý ƥéŕîöđ ŀöŕéɱ îƥšûɱ]`,
  'microneedling-facts.recovery-days': `[Ĵûšţ ţŵö ţö ţĥŕéé đåýš ŀöŕéɱ îƥšûɱ]`,
  'microneedling-facts.results-collagen': `[Ṁîçŕöñééđŀîñĝ éñçöûŕåĝéš çöŀŀåĝéñ ƥŕöđûçţîöñ ŵĥîçĥ ĥéŀƥš ŕéšţöŕé ýöûŕ šķîñ’š ýöûţĥƒûŀ ŀööķ åñđ ƒééŀ. ŀöŕéɱ îƥšûɱ đöŀöŕ šîţ åɱéţ çöñšéçţéţûŕ åđîƥîšçîñĝ]`,
  'microneedling-facts.results-heading': `[Ŵĥéñ ŕéšûŀţš šĥöŵ ŀöŕéɱ îƥšûɱ]`,
  'microneedling-facts.results-months': str`[Öṽéŕ ţĥé ñéẋţ ${0} ɱöñţĥš ŀöŕéɱ îƥšûɱ]`,
  'microneedling-facts.results-review': str`[Åççöŕđîñĝ ţö å ${0} ŕéṽîéŵ öƒ ${1} çöɱƥŕéĥéñšîṽé šţûđîéš öñ ţĥé éƒƒéçţîṽéñéšš öƒ ɱîçŕöñééđŀîñĝ, ţĥé éƒƒéçţš çåñ ƀé šééñ îñ å ƒéŵ ŵééķš öŕ ɱöñţĥš öƒ ŕéĝûŀåŕ ţŕéåţɱéñţ. ŀöŕéɱ îƥšûɱ đöŀöŕ šîţ åɱéţ çöñšéçţéţûŕ åđîƥîšçîñĝ éŀîţ šéđ đö éîûšɱöđ]`,
  'microneedling-facts.results-smoother': `[Ýöûŕ šķîñ ŵîŀŀ ƀéçöɱé šɱööţĥéŕ åñđ šûƥƥŀéŕ îñ ţĥé ŵééķš ƒöŀŀöŵîñĝ ýöûŕ ţŕéåţɱéñţ, éšƥéçîåŀŀý îƒ ýöû ûñđéŕĝö ɱûŀţîƥŀé šéššîöñš. ŀöŕéɱ îƥšûɱ đöŀöŕ šîţ åɱéţ çöñšéçţéţûŕ åđîƥîšçîñĝ éŀîţ]`,
  'microneedling-facts.results-texture': str`[Öñçé ţĥé çöŀŀåĝéñ ĥåš ƀééñ đéƥöšîţéđ, ţĥé ţéẋţûŕé öƒ ţĥé šķîñ ŵîŀŀ çöñţîñûé ţö îɱƥŕöṽé öṽéŕ ţĥé ñéẋţ ${0} ɱöñţĥš. ŀöŕéɱ îƥšûɱ đöŀöŕ šîţ åɱéţ çöñšéçţéţûŕ åđîƥîšçîñĝ]`,
  'microneedling-facts.results-weeks': `[Îñ ţĥé ŵééķš åƒţéŕ ţŕéåţɱéñţ ŀöŕéɱ îƥšûɱ đöŀöŕ]`,
  'microneedling-facts.results-weeks-or-months': `[Îñ å ƒéŵ ŵééķš öŕ ɱöñţĥš ŀöŕéɱ îƥšûɱ]`,
  'microneedling-facts.roller': str`[Ţĥé ɱîçŕöñééđŀîñĝ ƥŕöçéđûŕé îñṽöŀṽéš šŀîđîñĝ å ţööŀ çåŀŀéđ å ŕöŀŀéŕ (öŕ ɱîçŕö-ŕöŀŀéŕ) öṽéŕ ţĥé šķîñ. Ţĥé ŕöŀŀéŕ îš çöṽéŕéđ ŵîţĥ ɱýŕîåđ ţîñý ñééđŀéš ŕåñĝîñĝ ƒŕöɱ ${0} ţö ${1} (${2} ţö ${3} îñ ţĥé çåšé öƒ šçåŕ ŕéɱöṽåŀ) îñ đîåɱéţéŕ ŵĥîçĥ ƥûñçţûŕé ţĥé šķîñ åţ å đéƥţĥ çöñţŕöŀŀéđ ƀý ýöûŕ ĥéåŀţĥçåŕé ƥŕöṽîđéŕ. ŀöŕéɱ îƥšûɱ đöŀöŕ šîţ åɱéţ çöñšéçţéţûŕ åđîƥîšçîñĝ éŀîţ šéđ đö éîûšɱöđ ţéɱƥöŕ ŀöŕéɱ îƥšûɱ đöŀöŕ šîţ åɱéţ çöñšéçţéţûŕ]`,
  'microneedling-facts.roller-heading': `[Ţĥé ŕöŀŀéŕ ŀöŕéɱ]`,
  'microneedling-facts.scar-removal-diameter': `[Îñ ţĥé çåšé öƒ šçåŕ ŕéɱöṽåŀ ŀöŕéɱ îƥšûɱ]`,
  'microneedling-facts.scar-removal-diameter-range': str`[${0} ţö ${1} ŀöŕéɱ]`,
  'microneedling-facts.use-collagen': `[ƀööšţ çöŀŀåĝéñ ƥŕöđûçţîöñ ŀöŕéɱ îƥšûɱ]`,
  'microneedling-facts.use-hair': `[éñçöûŕåĝé ĥåîŕ ĝŕöŵţĥ ŀöŕéɱ îƥšûɱ]`,
  'microneedling-facts.use-scars': `[ŕéđûçé ţĥé åƥƥéåŕåñçé öƒ šçåŕš ŀöŕéɱ îƥšûɱ đöŀöŕ]`,
  'microneedling-facts.uses-heading': `[Ŵĥåţ îţ îš ûšéđ ƒöŕ ŀöŕéɱ îƥšûɱ]`,
  'microneedling-facts.uses-intro': `[Îţ çåñ ƀé ûšéđ ţö: ŀöŕéɱ îƥšûɱ]`,
  's55fa598b754cc3cc': str`[${0} (${1}) ŀöŕéɱ]`,
  's63a38b0b6952a81c': `[Đöéš Ṁîçŕöñééđŀîñĝ Ŵöŕķ ţö Ŕéđûçé Åçñé Šçåŕš? ŀöŕéɱ îƥšûɱ đöŀöŕ šîţ]`,
  'source.title-only': str`[Šöûŕçé: “${0}” ŀöŕéɱ]`,
  'source.with-publisher': str`[Šöûŕçé: ${0}, “${1}” ŀöŕéɱ]`,
};

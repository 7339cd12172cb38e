// The "de" messages of <scar-types>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"kilogram/short/13.401942775":"3,4 kg","kilogram/short/19.979032140000001":"10 kg","pound/short/22":"22 lb","pound/short/7.5":"7,5 lb"};

export const templates = {
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `Hilft Microneedling, Aknenarben zu reduzieren?`,
  'scar-types.appearance-label': `Erscheinungsbild`,
  'scar-types.atrophic-appearance': `Eingesunken`,
  'scar-types.atrophic-collagen': `Zu geringe Produktion`,
  'scar-types.atrophic-collagen-sentence': `Eine zu geringe Kollagenproduktion führt typischerweise zu einer eingesunkenen Aknenarbe.`,
  'scar-types.atrophic-definition': `Aknenarben sind eine Form der atrophen Narbe – einer eingesunkenen Narbe, die unterhalb der obersten Hautschicht abheilt. Diese Narben entstehen, wenn die Haut nicht in der Lage ist, Gewebe zu regenerieren.`,
  'scar-types.atrophic-most-common': `Atrophe Narben sind am häufigsten.`,
  'scar-types.atrophic-name': `Atrophe Narben`,
  'scar-types.collagen-label': `Kollagen`,
  'scar-types.form-cause': `Allgemein gesagt ist eine Aknenarbe die Folge einer tiefen Verletzung der Haut durch Akne. Zusätzliche Faktoren wie das Kratzen an der Hautunreinheit können die Haut traumatisieren und Eiter und Bakterien tiefer unter die Oberfläche treiben, sodass sich eine Narbe bildet.`,
  'scar-types.form-collagen-amount': `Ob sich bei Ihnen eine Narbe bildet oder nicht, hängt davon ab, wie viel Kollagen Ihr Körper produziert.`,
  'scar-types.form-collagen-role': `Kollagen spielt eine wesentliche Rolle im Heilungsprozess, da es hilft, Hautzellen zu regenerieren.`,
  'scar-types.form-subheading': `Wie entstehen Aknenarben?`,
  'scar-types.form-where': `Aknenarben zeigen sich meist als erhabene oder eingesunkene Hautareale und können, obwohl sie am häufigsten im Gesicht auftreten, überall am Körper vorkommen.`,
  'scar-types.heading': `Was verursacht Aknenarben?`,
  'scar-types.hypertrophic-appearance': `Erhaben`,
  'scar-types.hypertrophic-collagen': `Zu viel`,
  'scar-types.hypertrophic-collagen-sentence': `Produziert die Haut zu viel Kollagen, entsteht eine erhabene Aknenarbe.`,
  'scar-types.hypertrophic-name': `Hypertrophe Narben`,
  'scar-types.risk-genetics': `Genetische Veranlagung`,
  'scar-types.risk-intro': `Faktoren wie diese können Ihr Risiko erhöhen, eine Narbe zu entwickeln:`,
  'scar-types.risk-non-treatment': `Fehlende Behandlung`,
  'scar-types.risk-picking': `An der Hautunreinheit kratzen oder sie berühren`,
  'scar-types.scar-left': `Leider verläuft dieser Prozess nicht immer reibungslos, und je nach Tiefe und Schwere der Verletzung kann bei Ihnen eine Narbe zurückbleiben.`,
  'scar-types.scars-say': `Was sagen also Ihre Aknenarben über Sie aus?`,
  'scar-types.skin-barrier': `Ihre Haut erfüllt eine Vielzahl unterschiedlicher Funktionen, doch die wichtigste ist, als Barriere zu wirken, die Sie vor schädlichen Substanzen schützt – von Kälte und Feuchtigkeit bis hin zu Keimen, UV-Strahlen und Umweltgiften.`,
  'scar-types.skin-health': `Schon ein Blick auf die Haut eines Menschen kann viel über seine Gesundheit verraten.`,
  'scar-types.skin-renewing': `Die Haut erneuert sich ständig: Jedes Mal, wenn sie geschädigt oder verletzt wird, wandern neue Zellen an die Oberfläche, um den Reparaturprozess einzuleiten.`,
  'scar-types.skin-stronger': `Ihre Haut ist stärker, als Sie vielleicht denken.`,
  'scar-types.skin-weight': str`Obwohl sie sehr dünn ist (höchstens ein paar Millimeter dick), macht sie dennoch etwa 1/7 der gesamten Oberfläche Ihres Körpers aus und kann je nach Person zwischen ${0} und ${1} wiegen.`,
  'scar-types.tab-list-label': `Arten von Aknenarben`,
  'source.title-only': str`Quelle: „${0}“`,
  'source.with-publisher': str`Quelle: ${0}, „${1}“`,
};

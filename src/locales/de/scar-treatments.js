// The "de" messages of <scar-treatments>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {};

export const templates = {
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `Hilft Microneedling, Aknenarben zu reduzieren?`,
  'scar-treatments.already-have': `Wenn Sie bereits Aknenarben haben, haben Sie diese wahrscheinlich schon eine Weile – vielleicht seit der Kindheit oder Jugend.`,
  'scar-treatments.chemical-peel.effect': `Wenn Sie großflächige Aknenarben haben, könnte ein chemisches Peeling helfen, ihre Sichtbarkeit insgesamt zu verringern. Dabei wird durch eine chemische Behandlung die oberste, geschädigte Hautschicht abgetragen, sodass die Haut darunter eine neue Schicht bildet.`,
  'scar-treatments.chemical-peel.limits': `Bei dieser Behandlung kann es Wochen dauern, bis die Haut abgeheilt und das endgültige Ergebnis sichtbar ist.`,
  'scar-treatments.chemical-peel.name': `Chemisches Peeling`,
  'scar-treatments.chemical-peel.tip': `Probieren Sie ein chemisches Peeling aus.`,
  'scar-treatments.heading': `Weitere Möglichkeiten, Aknenarben zu reduzieren`,
  'scar-treatments.hyaluronic-acid.effect': `Dieser Inhaltsstoff wirkt als dermaler Filler und hebt eingesunkene Hautareale wie Aknenarben an.`,
  'scar-treatments.hyaluronic-acid.name': `Hyaluronsäure`,
  'scar-treatments.hyaluronic-acid.tip': `Probieren Sie ein Produkt mit Hyaluronsäure aus.`,
  'scar-treatments.hyaluronic-acid.where': `Für lang anhaltende Ergebnisse lassen Sie sich in einer hautärztlichen Praxis professionell behandeln.`,
  'scar-treatments.intro': `Falls das bei Ihnen so ist, müssen Sie die Hoffnung nicht aufgeben! Microneedling ist eine hervorragende Möglichkeit, Aknenarben zu reduzieren, es gibt jedoch auch andere Optionen.`,
  'scar-treatments.intro-list': `Hier einige Tipps, wie Sie die Sichtbarkeit von Aknenarben verringern können:`,
  'scar-treatments.label-effect': `Wirkung`,
  'scar-treatments.label-limits': `Grenzen`,
  'scar-treatments.label-where': `Wo erhältlich`,
  'scar-treatments.label-why': `Warum das wichtig ist`,
  'scar-treatments.laser.effect': `Laserbehandlungen regen die Kollagenproduktion an, was dazu beitragen kann, Aknenarben aufzufüllen und das Erscheinungsbild Ihrer Haut insgesamt zu verbessern.`,
  'scar-treatments.laser.limits': `Diese Behandlungen beseitigen Aknenarben nicht vollständig, können aber ihr Erscheinungsbild verbessern.`,
  'scar-treatments.laser.name': `Laserbehandlungen der Haut`,
  'scar-treatments.laser.tip': `Ziehen Sie Laserbehandlungen der Haut in Betracht.`,
  'scar-treatments.retinoids.effect': `Topische Retinoide wie Tretinoin-Creme können die Zellregeneration beschleunigen und die Struktur Ihrer Haut insgesamt verbessern.`,
  'scar-treatments.retinoids.name': `Retinoide`,
  'scar-treatments.retinoids.tip': `Achten Sie auf Hautpflegeprodukte mit Retinoiden.`,
  'scar-treatments.retinoids.where': `Diese Produkte erhalten Sie rezeptfrei, oder Sie bekommen eine höhere Konzentration über Ihre Hautärztin oder Ihren Hautarzt.`,
  'scar-treatments.scar-types.name': `Die zwei Arten von Aknenarben`,
  'scar-treatments.scar-types.tip': `Kennen Sie den Unterschied zwischen den beiden Arten von Aknenarben – atrophen und hypertrophen.`,
  'scar-treatments.scar-types.why': `Jede Art erfordert andere Behandlungsformen, und atrophe Narben sind am häufigsten.`,
  'source.title-only': str`Quelle: „${0}“`,
  'source.with-publisher': str`Quelle: ${0}, „${1}“`,
};

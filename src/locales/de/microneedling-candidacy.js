// The "de" messages of <microneedling-candidacy>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {};

export const templates = {
  'microneedling-candidacy.some-risk': `Auch wenn Microneedling für gesunde Menschen allgemein als sicher anerkannt ist, birgt es doch ein gewisses Risiko.`,
  's160886d3cc2a3161': `Warzen, Herpes labialis oder eine andere lokale Infektion`,
  's2132bd057edd7c4d': `Sie sollten mit einer medizinischen Fachperson oder einer Hautärztin bzw. einem Hautarzt sprechen, bevor Sie sich dieser Form der Behandlung unterziehen – insbesondere, wenn Sie Microneedling zu Hause ausprobieren möchten.`,
  's2c1898861a4c70b2': `Hauterkrankungen wie mittelschwere bis schwere Ekzeme und Psoriasis`,
  's321e121f275026cb': `es für alle Hauttypen sicher ist`,
  's462f2d9ac840c054': `Microneedling hinterlässt keine sichtbare Grenze zwischen behandelter und unbehandelter Haut, und die Erholungsphase ist mit nur zwei bis drei Tagen deutlich kürzer als bei den meisten anderen Verfahren.`,
  's4704ce2900cc4c54': `Vorteile gegenüber anderen Resurfacing-Verfahren`,
  's4e938d2d328518af': `Ist Microneedling sicher?`,
  's53bd9518f8790649': `Antworten zurücksetzen`,
  's55c0b21993f5e483': `Ihre Antworten bleiben auf dieser Seite: Es wird nichts gespeichert oder übermittelt.`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `Hilft Microneedling, Aknenarben zu reduzieren?`,
  's66e706bd07771393': `Was davon trifft auf Sie zu?`,
  's77c6bf991aa9839e': `Selbstcheck`,
  's89c89a8ebcb2caf3': `Mögliche Nebenwirkungen`,
  's97290fa52c08d55f': `Andere Studien legen nahe, dass Microneedling viele Vorteile gegenüber anderen Resurfacing-Verfahren hat. Zum Beispiel, dass:`,
  'sa0f6bfe5185d462a': `Aktuelle Behandlung mit Antikoagulanzien`,
  'sa72d721835b1aba3': `Keiner der im Artikel aufgeführten Punkte ist angekreuzt.`,
  'sad0ff409e56d4f31': `Für wen Microneedling möglicherweise nicht geeignet ist`,
  'sb37dff2ac2b97d92': `Ein aktiver Akneschub`,
  'sb6faef5a0ea80d07': `Patienten mit geschwächtem Immunsystem, einschließlich solcher, die eine Chemotherapie erhalten`,
  'sc56a16085fedf105': `Laut dem Artikel ist Microneedling für Sie möglicherweise nicht geeignet, wenn Folgendes auf Sie zutrifft – Sie haben angekreuzt:`,
  'sdc22ed52e8604e69': `Bei jedem invasiven Eingriff besteht immer ein Infektionsrisiko, so gering es auch sein mag. Microneedling kann außerdem zu leichten unerwünschten Wirkungen wie Erythem und Reizung, postinflammatorischer Pigmentierung, Überempfindlichkeit, allergischer Kontaktdermatitis und Schmerzen beitragen. In den meisten Fällen sind die Nebenwirkungen jedoch geringfügig und klingen innerhalb weniger Tage ab.`,
  'se4ed5dccc9b4930d': `es mit dem geringsten Risiko für eine postinflammatorische Hyperpigmentierung verbunden ist`,
  'secb6f98e85366cf8': `Dass Microneedling allgemein als sicher anerkannt ist, bedeutet jedoch nicht, dass es für jeden die richtige Wahl ist. Microneedling ist für Sie möglicherweise nicht geeignet, wenn Folgendes auf Sie zutrifft:`,
  'source.title-only': str`Quelle: „${0}“`,
  'source.with-publisher': str`Quelle: ${0}, „${1}“`,
};

// The "de" messages of <microneedling-evidence>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"#10":"10","#18":"18","#19":"19","#246":"246","#5":"5","#58":"58","#6":"6","#9":"9"};

export const templates = {
  's0eecc51748a08062': str`${0} Studien zu Microneedling allein zeigten Verbesserungen beim Schweregrad der Narben`,
  's12e180785a0dbf74': str`${0} Studien zu Microneedling allein berichteten eine statistische Signifikanz (alle bis auf eine)`,
  's1a74a5fb327abb90': `Die Übersichtsarbeit von 2020`,
  's226f058dc6538b5c': str`${0} Patienten (in ${1} Studien) berichteten über unerwünschte Wirkungen jeglicher Art`,
  's45a418407f6bdf4d': `Eine im International Journal of Women’s Dermatology veröffentlichte Übersichtsarbeit umfasst insgesamt 19 Artikel und neun Studien, die die Wirkung von Microneedling allein bei Aknenarben sowie von Microneedling in Kombination mit anderen Behandlungen untersuchten. Hier eine Zusammenfassung einiger Ergebnisse:`,
  's45d37b3544c3f451': `Laut einer Übersichtsarbeit aus dem Jahr 2020, die 58 umfassende Studien zur Wirksamkeit von Microneedling auswertete, können die Effekte nach einigen Wochen oder Monaten regelmäßiger Behandlung sichtbar werden. Sobald das Kollagen eingelagert ist, verbessert sich die Hautstruktur in den folgenden 12 Monaten weiter.`,
  's46943a8d2bbb181d': `Die Studie von 2015`,
  's495c20c39e40ae8b': `Über einen Zeitraum von drei Monaten erhielten die Patienten im Abstand von zwei Wochen Microneedling-Behandlungen, insgesamt sechs Sitzungen.`,
  's49b9ca552675659b': `An einer in den USA durchgeführten Split-Face-Studie nahmen 20 Teilnehmer teil, die nach dem Zufallsprinzip ausgewählt wurden, um auf der einen bzw. anderen Gesichtshälfte ein topisches Anästhetikum mit oder ohne Microneedling zu erhalten. Nach sechs Monaten zeigte sich auf der mit Microneedling behandelten Seite ein statistisch signifikanter Unterschied.`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `Hilft Microneedling, Aknenarben zu reduzieren?`,
  's823cf7ee8e6dd319': `Auch wenn diese Studie nur zehn Teilnehmer hatte, gibt es weitere Studien, auf die man sich stützen kann.`,
  's9c804774f93e4aad': str`${0} Patienten zeigten eine merkliche klinische Besserung ihrer Aknenarben`,
  's9fb162862c8c3fdd': str`${0} umfassende Studien zur Wirksamkeit von Microneedling`,
  'sa4b34a91d4831f13': str`${0} Artikel und ${1} Studien, die Microneedling allein und in Kombination mit anderen Behandlungen untersuchten`,
  'sb27caab4c6ca4aab': `Betrachten Sie als Beispiel für den klinischen Einsatz von Microneedling die Ergebnisse einer Studie aus dem Jahr 2015 mit zehn Patienten, die verschiedene Arten atropher Aknenarben hatten.`,
  'sb2b44de8a70ae954': str`${0} von ${1}`,
  'sc0773ab4b0c2c062': `Die Studien in Zahlen`,
  'sc9f501b195aa68a8': `Insgesamt 18 von 246 Patienten (in 10 Studien) berichteten über unerwünschte Wirkungen jeglicher Art; die häufigsten Nebenwirkungen waren leichte Schmerzen, ein brennendes Gefühl, Ödeme oder Blutungen.`,
  'scd7903327bb8177f': `Die Wissenschaft stützt Microneedling also als Behandlung von Aknenarben.`,
  'sd4054c6cebebefcd': `Die Übersichtsarbeit im International Journal of Women’s Dermatology`,
  'sd4792dac62b319e6': `Hilft Microneedling bei Aknenarben?`,
  'sdef2255b52c77d24': `Vor der ersten Behandlung wurden die Patienten fotografiert und es wurden Hautbiopsien entnommen (zusammen mit Ausgangswerten zum Kollagengehalt jedes Patienten). Am Ende der Studie zeigten alle Patienten eine merkliche klinische Besserung ihrer Aknenarben sowie einen statistisch signifikanten Anstieg ihrer Kollagenproduktion.`,
  'sf3d95c91f6dc0ca1': `Sechs Studien untersuchten die Wirksamkeit von Microneedling allein als Behandlung von Aknenarben; alle Studien zeigten Verbesserungen beim Schweregrad der Narben, und alle bis auf eine berichteten eine statistische Signifikanz.`,
  'sf6bfbcb095d7591d': `Eine italienische Arbeitsgruppe untersuchte in einer Split-Face-Studie die Kombination von Microneedling mit der topischen Anwendung von plättchenreichem Plasma (PRP) und stellte fest, dass zwar alle Scores sanken, die PRP-Gruppe jedoch eine stärkere Verringerung des Schweregrads der Aknenarben aufwies.`,
  'source.title-only': str`Quelle: „${0}“`,
  'source.with-publisher': str`Quelle: ${0}, „${1}“`,
};

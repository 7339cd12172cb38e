// The "de" messages of <microneedling-facts>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"#12":"12","#58":"58","mm0.5":"0,5 mm","mm1.5":"1,5 mm","mm2":"2,0 mm","mm2.5":"2,5 mm"};

export const templates = {
  'microneedling-facts.aftercare': `Nach der Microneedling-Behandlung trägt die behandelnde Fachperson ein topisches Präparat auf, das die Kollagenproduktion anregen und die Heilung beschleunigen soll. Diese Präparate enthalten typischerweise Inhaltsstoffe wie Vitamin C und Hyaluronsäure, die nach dem Eingriff tiefer in die Haut eindringen.`,
  'microneedling-facts.aftercare-heading': `Nachsorge`,
  'microneedling-facts.aftercare-ingredients': `Typische Inhaltsstoffe`,
  'microneedling-facts.aftercare-vitamin-c-hyaluronic-acid': `Vitamin C und Hyaluronsäure`,
  'microneedling-facts.collagen-induction': `Microneedling, auch als Kollageninduktionstherapie bekannt, ist eine Technik, die eine komplexe Abfolge von Wachstumsfaktoren in Gang setzt, die zur Kollagenproduktion führt.`,
  'microneedling-facts.definition': `Microneedling ist ein minimalinvasives Verfahren, bei dem mikroskopisch kleine Einstiche in der Haut erzeugt werden.`,
  'microneedling-facts.heading': `Was genau ist Microneedling?`,
  'microneedling-facts.healing': `Wenn die Nadeln die Haut durchstechen und dabei winzige Wunden erzeugen, löst dies die natürliche Heilungsreaktion des Körpers aus. Während des Heilungsprozesses produziert die Haut mehr Kollagen und Elastin, was die Haut aufpolstert und verjüngt.`,
  'microneedling-facts.healing-collagen-elastin': `Mehr Kollagen und Elastin`,
  'microneedling-facts.healing-heading': `Die Heilungsreaktion`,
  'microneedling-facts.healing-produces': `Die Haut produziert`,
  'microneedling-facts.layer-dermis': `Dermis`,
  'microneedling-facts.layer-epidermis': `Epidermis`,
  'microneedling-facts.layer-subcutaneous': `Subkutis`,
  'microneedling-facts.layers-heading': `Drei Hautschichten`,
  'microneedling-facts.layers-intro': `Die Haut besteht aus drei Schichten:`,
  'microneedling-facts.layers-micro-injuries': `Microneedling wirkt, indem es winzige Mikroverletzungen in der obersten Hautschicht, der Epidermis, erzeugt.`,
  'microneedling-facts.major-benefit': `Der größte Nutzen liegt jedoch darin, Zeichen der Hautalterung zu verringern, sodass die Haut glatt und geschmeidig wird.`,
  'microneedling-facts.needle-diameter': `Nadeldurchmesser`,
  'microneedling-facts.needle-diameter-range': str`${0} bis ${1}`,
  'microneedling-facts.recovery': `Erholungsphase`,
  'microneedling-facts.recovery-days': `Nur zwei bis drei Tage`,
  'microneedling-facts.results-collagen': `Microneedling regt die Kollagenproduktion an, was dazu beiträgt, Ihrer Haut ihr jugendliches Aussehen und Hautgefühl zurückzugeben.`,
  'microneedling-facts.results-heading': `Wann Ergebnisse sichtbar werden`,
  'microneedling-facts.results-months': str`In den folgenden ${0} Monaten`,
  'microneedling-facts.results-review': str`Laut einer Übersichtsarbeit aus dem Jahr ${0}, die ${1} umfassende Studien zur Wirksamkeit von Microneedling auswertete, können die Effekte nach einigen Wochen oder Monaten regelmäßiger Behandlung sichtbar werden.`,
  'microneedling-facts.results-smoother': `Ihre Haut wird in den Wochen nach der Behandlung glatter und geschmeidiger, insbesondere wenn Sie mehrere Sitzungen durchlaufen.`,
  'microneedling-facts.results-texture': str`Sobald das Kollagen eingelagert ist, verbessert sich die Hautstruktur in den folgenden ${0} Monaten weiter.`,
  'microneedling-facts.results-weeks': `In den Wochen nach der Behandlung`,
  'microneedling-facts.results-weeks-or-months': `Nach einigen Wochen oder Monaten`,
  'microneedling-facts.roller': str`Beim Microneedling wird ein Instrument, der sogenannte Roller (oder Mikroroller), über die Haut geführt. Der Roller ist mit unzähligen winzigen Nadeln mit einem Durchmesser von ${0} bis ${1} (${2} bis ${3} bei der Narbenentfernung) besetzt, die die Haut in einer Tiefe durchstechen, die von der behandelnden Fachperson festgelegt wird.`,
  'microneedling-facts.roller-heading': `Der Roller`,
  'microneedling-facts.scar-removal-diameter': `Bei der Narbenentfernung`,
  'microneedling-facts.scar-removal-diameter-range': str`${0} bis ${1}`,
  'microneedling-facts.use-collagen': `die Kollagenproduktion anzuregen`,
  'microneedling-facts.use-hair': `das Haarwachstum zu fördern`,
  'microneedling-facts.use-scars': `die Sichtbarkeit von Narben zu verringern`,
  'microneedling-facts.uses-heading': `Anwendungsbereiche`,
  'microneedling-facts.uses-intro': `Es kann eingesetzt werden, um:`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `Hilft Microneedling, Aknenarben zu reduzieren?`,
  'source.title-only': str`Quelle: „${0}“`,
  'source.with-publisher': str`Quelle: ${0}, „${1}“`,
};

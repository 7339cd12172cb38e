// The "de" messages of <acne-scar-article>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {};

export const templates = {
  's0f7dd0e7a1902b90': `Daher sollten Sie mit einer medizinischen Fachperson oder einer Hautärztin bzw. einem Hautarzt sprechen, bevor Sie sich dieser Form der Behandlung unterziehen – insbesondere, wenn Sie Microneedling zu Hause ausprobieren möchten.`,
  's2df6a8f3a6c178b7': `Wenn Sie schon alles Erdenkliche versucht haben, um Ihre Aknenarben zu reduzieren, und nichts geholfen hat, könnte Microneedling genau die Lösung sein, nach der Sie gesucht haben.`,
  's37835b95c04523ee': `Sie müssen nur durch Ihren Instagram-Feed scrollen, um die Ergebnisse von Microneedling zu sehen.`,
  's4814c4182121b919': `Auch wenn Microneedling für gesunde Menschen allgemein als sicher anerkannt ist, birgt es doch ein gewisses Risiko.`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's5f426f819361cc5a': `Wenn Sie es leid sind, sich zu verstecken, und Ihre Aknenarben ein für alle Mal loswerden möchten, ist Microneedling vielleicht die Lösung, nach der Sie gesucht haben. Lesen Sie weiter, um mehr darüber zu erfahren, was Aknenarben verursacht und wie Microneedling helfen kann.`,
  's5fee911981c9d5ff': `Die Vorstellung, Ihre Haut mit Hunderten winziger Nadeln zu durchstechen, klingt für Sie vielleicht nicht gerade verlockend – und doch könnte genau darin das Geheimnis liegen, langjährige Hautprobleme zu lösen, sogar hartnäckige Aknenarben.`,
  's63a38b0b6952a81c': `Hilft Microneedling, Aknenarben zu reduzieren?`,
  's8c424d2af0224c4d': `Dieses minimalinvasive kosmetische Verfahren wurde durch Prominente wie Kim Kardashian populär, doch tatsächlich ist es auch für ganz normale Frauen zugänglich und von Nutzen.`,
  's9e6e576d980012f7': `Aknenarben können mehr als nur unschön sein: Sie können Ihr Selbstvertrauen zerstören und Sie dazu bringen, sich unter dicken Make-up-Schichten vor der Welt zu verstecken.`,
  'source.title-only': str`Quelle: „${0}“`,
  'source.with-publisher': str`Quelle: ${0}, „${1}“`,
};

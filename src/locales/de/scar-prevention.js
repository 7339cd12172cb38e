// The "de" messages of <scar-prevention>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {};

export const templates = {
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `Hilft Microneedling, Aknenarben zu reduzieren?`,
  'scar-prevention.heading': `Aknenarben vorbeugen`,
  'scar-prevention.intro': `Wenn Sie sich die Zeit genommen haben, Ihre Aknenarben zu behandeln, möchten Sie auf keinen Fall, dass sie wiederkommen. Wenn Sie zu Akne neigende Haut haben, ist der Kampf gegen Hautunreinheiten (und mögliche Narben) ein tägliches Ringen.`,
  'scar-prevention.intro-list': `Was können Sie also tun, um Aknenarben in Zukunft vorzubeugen? Hier einige einfache Tipps:`,
  'scar-prevention.leave-it-alone.text': `Widerstehen Sie der Versuchung, Ihre Pickel zu berühren, daran herumzudrücken oder sie aufzudrücken. Wenn Sie einen Pickel ausdrücken, riskieren Sie, die Entzündung zu verstärken und die Bakterien tiefer in die Haut zu treiben, wo sie die Bildung einer Zyste verursachen können.`,
  'scar-prevention.leave-it-alone.title': `Finger weg`,
  'scar-prevention.reduce-inflammation.text': `Mit Hautunreinheiten gehen Entzündungen einher, und je stärker ein Pickel entzündet ist, desto höher ist das Risiko einer Narbenbildung. Meiden Sie aggressive Hautpflegeprodukte wie Scrubs und Peelings, die die Entzündung während eines Akneschubs verstärken könnten.`,
  'scar-prevention.reduce-inflammation.title': `Entzündungen reduzieren`,
  'scar-prevention.see-provider.text': `Wenn bei Ihnen häufig große oder besonders tiefe Akneschübe auftreten, haben Sie möglicherweise ein höheres Risiko für Narbenbildung und sollten sich hautärztlich beraten lassen. Rezeptfreie Medikamente reichen bei schweren Akneschüben möglicherweise nicht aus. Sprechen Sie daher mit Ihrer medizinischen Fachperson über die Möglichkeiten.`,
  'scar-prevention.see-provider.title': `Medizinischen Rat einholen`,
  'scar-prevention.treat-promptly.text': `Je früher Sie Ihre Akne in den Griff bekommen, desto besser. Beginnen Sie beim ersten Anzeichen eines Akneschubs mit der Behandlung durch ein rezeptfreies Aknemittel und achten Sie darauf, Ihr Gesicht sauber zu halten. Wenn Sie keine Akne haben, können Sie auch keine Aknenarben bekommen!`,
  'scar-prevention.treat-promptly.title': `Akne frühzeitig behandeln`,
  'source.title-only': str`Quelle: „${0}“`,
  'source.with-publisher': str`Quelle: ${0}, „${1}“`,
};

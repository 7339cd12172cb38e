/**
 * Writes the pseudo-locale `en-XA` (xliff/en-XA.xlf) from the English sources: every letter
 * accented, each string about 40% longer and bracketed, placeholders kept. Switch a page to
 * `<html lang="en-XA">` (or pick it in the demo's language menu) to see at once any text that did
 * not go through msg() (it stays plain English) and any layout that breaks with longer text.
 * `npm run localize:extract` runs it after lit-localize's own extraction.
 *
 * Ours rather than the `pseudo-localization` package, whose `pseudoLocalizeString` only maps
 * letters (doubling vowels to lengthen the text): given a message as XLIFF holds it, it accents
 * inside lit-localize's placeholders (`<x id="0" equiv-text="${name}"/>` becomes
 * `<ẋ īḓ="0" …/>`, no longer a placeholder) and XML entities (`&amp;` becomes `&ȧȧḿƥ;`), and it
 * neither brackets a string (so a clipped one shows) nor sets how much longer it grows. Those are
 * what this script is for: given only the text between placeholders, the package would replace
 * no more than the letter table below, and change every en-XA string the locale tests render.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const PATH = 'xliff/en-XA.xlf';
const ACCENTED = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'åƀçđéƒĝĥîĵķŀɱñöƥǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖƤǪŔŠŢÛṼŴẊÝŽ'][index],
  ]),
);
const FILLER = 'ŀöŕéɱ îƥšûɱ đöŀöŕ šîţ åɱéţ çöñšéçţéţûŕ åđîƥîšçîñĝ éŀîţ šéđ đö éîûšɱöđ ţéɱƥöŕ'.split(' ');
const GROWTH = 0.4;

const accent = (text) =>
  // Leave XML entities (&amp; &lt; …) whole.
  text.replace(/&[a-z]+;|&#\d+;|[A-Za-z]/g, (match) => (match.length > 1 ? match : ACCENTED[match]));

/** Accents the text between placeholders and pads the whole to about 40% longer, in brackets. */
function pseudo(sourceXml) {
  const pieces = sourceXml.split(/(<x [^>]*\/>)/);
  const visibleLength = pieces.filter((piece) => !piece.startsWith('<x ')).join('').length;
  const body = pieces.map((piece) => (piece.startsWith('<x ') ? piece : accent(piece))).join('');
  const padding = [];
  for (let index = 0; padding.join(' ').length < Math.ceil(visibleLength * GROWTH); index++) {
    padding.push(FILLER[index % FILLER.length]);
  }
  return `[${body}${padding.length ? ` ${padding.join(' ')}` : ''}]`;
}

const xliff = readFileSync(PATH, 'utf8').replace(
  /(<trans-unit id="[^"]+">\s*<source>)([\s\S]*?)(<\/source>)(\s*<target[^>]*>[\s\S]*?<\/target>)?/g,
  (unit, open, sourceXml, close) => `${open}${sourceXml}${close}\n  <target state="translated">${pseudo(sourceXml)}</target>`,
);
writeFileSync(PATH, xliff);

/**
 * Writes the element reference, one page per element (`docs/reference/<tag>.md`) and an index
 * (`docs/reference/README.md`), from custom-elements.json, so the attributes, events, slots and
 * parts users read are the ones the code documents. The pages are generated whole: a page of an
 * element that no longer exists is removed. `npm run build` runs it; CI fails when a committed
 * page differs.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { WIDGET_TAGS } from '../dist/core/tags.js';
import { manifestElements } from './manifest.mjs';

const FOLDER = 'docs/reference';
const INDEX = 'README.md';

/** The article's order, which is also the order a reader meets the elements in. */
const ORDER = WIDGET_TAGS;

const elements = new Map(manifestElements().map((element) => [element.tagName, element]));

const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (name) => `\`${name}\``;

/** The first line of every page: where it comes from, and where to change it. */
const generatedNote = (source) =>
  `<!-- Generated from custom-elements.json by npm run build (scripts/reference-pages.mjs): edit ${source}, not this page. -->`;

/** A short restyling example for one element: a token it reads, then a part other than `base`. */
function example(tag, parts, tokens) {
  const lines = [];
  const token = tokens.find((candidate) => /color-accent$/.test(candidate.name)) ?? tokens[0];
  if (token) lines.push(`${tag} { ${token.name}: ${/color/.test(token.name) ? '#7a2e8e' : /space|radius|size/.test(token.name) ? '0.75rem' : 'inherit'}; }`);
  const part = parts.find((candidate) => candidate.name === 'heading') ?? parts.find((candidate) => candidate.name !== 'base');
  if (part) lines.push(`${tag}::part(${part.name}) { font-weight: 700; }`);
  return lines;
}

function page(tag) {
  const element = elements.get(tag);
  if (!element) throw new Error(`custom-elements.json has no <${tag}>`);
  const source = existsSync(`src/${tag}/${tag}.ts`) ? `the JSDoc of src/${tag}/${tag}.ts` : 'the element\'s JSDoc';
  const lines = [
    generatedNote(source),
    '',
    `# \`<${tag}>\``,
    '',
    oneLine(element.summary),
    '',
    `[Every element](${INDEX}) · the same, with each property and event detail, beside a live example:`,
    `the demo's API page (\`npm start\`, then \`/demo/api.html#${tag}\`).`,
    '',
  ];
  /** A section listing each entry's name and description, when there are any. */
  const section = (heading, columns, entries = []) => {
    if (!entries.length) return;
    lines.push(`## ${heading}`, '', `| ${columns.join(' | ')} |`, '|---|---|');
    for (const entry of entries) lines.push(`| ${code(entry.name)} | ${oneLine(entry.description)} |`);
    lines.push('');
  };
  section('Attributes', ['attribute', 'what it does'], element.attributes);
  section('Events', ['event', 'when'], element.events);
  const slots = element.slots ?? [];
  if (slots.length) lines.push('## Slots', '', `${slots.map((slot) => code(slot.name || '(default)')).join(', ')}.`, '');
  const parts = element.cssParts ?? [];
  section('Parts', ['part', 'what it is'], parts);
  const tokens = element.cssProperties ?? [];
  if (tokens.length) {
    lines.push(
      '## Tokens',
      '',
      `${tokens.map((token) => (token.default ? `${code(token.name)} (${oneLine(token.default)})` : code(token.name))).join(', ')}.`,
      '',
    );
  }
  if (parts.length || tokens.length) lines.push('## Restyling it', '', '```css', ...example(tag, parts, tokens), '```', '');
  return `${lines.join('\n').trimEnd()}\n`;
}

function index() {
  return [
    generatedNote('the elements\' JSDoc'),
    '',
    '# Reference',
    '',
    "Every element's attributes, events, slots, parts and tokens, generated from `custom-elements.json`,",
    "one page per element. The demo's API page (`npm start`, then `/demo/api.html`) shows the same, with",
    "each element's properties and event details, beside a live example.",
    '',
    '| element | what it is |',
    '|---|---|',
    ...ORDER.map((tag) => `| [\`<${tag}>\`](${tag}.md) | ${oneLine(elements.get(tag).summary)} |`),
    '',
  ].join('\n');
}

const missing = [...elements.keys()].filter((tag) => !ORDER.includes(tag));
if (missing.length) throw new Error(`add ${missing.join(', ')} to WIDGET_TAGS in src/core/tags.ts`);

mkdirSync(FOLDER, { recursive: true });
const pages = new Map([[INDEX, index()], ...ORDER.map((tag) => [`${tag}.md`, page(tag)])]);
for (const file of readdirSync(FOLDER)) {
  if (file.endsWith('.md') && !pages.has(file)) rmSync(`${FOLDER}/${file}`);
}
for (const [file, text] of pages) writeFileSync(`${FOLDER}/${file}`, text);
console.log(`${FOLDER}: ${pages.size} pages written`);

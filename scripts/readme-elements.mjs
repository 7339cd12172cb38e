/**
 * Writes the README's element reference (between the `elements:start` and `elements:end`
 * markers) from custom-elements.json, so the attributes, events, slots and parts users read are
 * the ones the code documents. `npm run build` runs it; CI fails when the committed README differs.
 */
import { WIDGET_TAGS } from '../dist/core/tags.js';
import { manifestElements } from './manifest.mjs';
import { writeReadmeSection } from './readme-section.mjs';

const START = '<!-- elements:start (generated from custom-elements.json by npm run build) -->';
const END = '<!-- elements:end -->';

/** The article's order, which is also the order a reader meets the elements in. */
const ORDER = WIDGET_TAGS;

const elements = new Map(manifestElements().map((element) => [element.tagName, element]));

const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (name) => `\`${name}\``;

/** A short restyling example for one element: a token it reads, then a part other than `base`. */
function example(tag, parts, tokens) {
  const lines = [];
  const token = tokens.find((candidate) => /color-accent$/.test(candidate.name)) ?? tokens[0];
  if (token) lines.push(`${tag} { ${token.name}: ${/color/.test(token.name) ? '#7a2e8e' : /space|radius|size/.test(token.name) ? '0.75rem' : 'inherit'}; }`);
  const part = parts.find((candidate) => candidate.name === 'heading') ?? parts.find((candidate) => candidate.name !== 'base');
  if (part) lines.push(`${tag}::part(${part.name}) { font-weight: 700; }`);
  return lines;
}

function section(tag) {
  const element = elements.get(tag);
  if (!element) throw new Error(`custom-elements.json has no <${tag}>`);
  const lines = [`### \`<${tag}>\``, '', oneLine(element.summary), ''];
  const attributes = element.attributes ?? [];
  if (attributes.length) {
    lines.push('| attribute | what it does |', '|---|---|');
    for (const attribute of attributes) lines.push(`| ${code(attribute.name)} | ${oneLine(attribute.description)} |`);
    lines.push('');
  }
  const events = element.events ?? [];
  if (events.length) {
    lines.push('| event | when |', '|---|---|');
    for (const event of events) lines.push(`| ${code(event.name)} | ${oneLine(event.description)} |`);
    lines.push('');
  }
  const slots = element.slots ?? [];
  if (slots.length) lines.push(`Slots: ${slots.map((slot) => code(slot.name || '(default)')).join(', ')}.`, '');
  const parts = element.cssParts ?? [];
  if (parts.length) {
    lines.push('| part | what it is |', '|---|---|');
    for (const part of parts) lines.push(`| ${code(part.name)} | ${oneLine(part.description)} |`);
    lines.push('');
  }
  const tokens = element.cssProperties ?? [];
  if (tokens.length) {
    lines.push(
      `Tokens: ${tokens.map((token) => (token.default ? `${code(token.name)} (${oneLine(token.default)})` : code(token.name))).join(', ')}.`,
      '',
    );
  }
  if (parts.length || tokens.length) lines.push('```css', ...example(tag, parts, tokens), '```', '');
  return lines.join('\n');
}

const missing = [...elements.keys()].filter((tag) => !ORDER.includes(tag));
if (missing.length) throw new Error(`add ${missing.join(', ')} to ORDER in scripts/readme-elements.mjs`);

writeReadmeSection(START, END, `\n${ORDER.map(section).join('\n')}`);

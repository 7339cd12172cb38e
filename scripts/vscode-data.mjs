/**
 * Writes vscode.html-custom-data.json from custom-elements.json: VS Code's HTML custom data, so an
 * editor completes the tags and their attributes (with the values an attribute takes) and shows
 * each one's documentation on hover, linked to its section of the README. `npm run build` runs it;
 * CI fails when the committed file differs. A project enables it in `.vscode/settings.json`:
 * `"html.customData": ["./node_modules/acne-scar-widgets/vscode.html-custom-data.json"]`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { manifestElements } from './manifest.mjs';

const OUTPUT = 'vscode.html-custom-data.json';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * Where the README is read: the package's `homepage` when it has one, else the README as the package
 * serves it from a CDN (the README's own placeholder host, to be replaced with the real one).
 */
const readmeUrl = pkg.homepage ?? `https://your-cdn.example/${pkg.name}@${pkg.version}/README.md`;

/** The anchor a Markdown renderer gives the README heading "### `<tag>`". */
const anchor = (tag) => tag.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');

/** The values of a type written as a union of string literals (`'bar' | 'card' | undefined`), if it is one. */
function literalValues(text = '') {
  const options = text.split('|').map((option) => option.trim()).filter((option) => option && option !== 'undefined');
  const values = options.map((option) => /^'([^']*)'$/.exec(option)?.[1]);
  return values.length > 0 && values.every((value) => value !== undefined) ? values : undefined;
}

const markdown = (value) => ({ kind: 'markdown', value });
const list = (title, items) =>
  items.length ? [`**${title}:** ${items.join(', ')}`] : [];

function tagData(element) {
  const events = (element.events ?? []).map((event) => `\`${event.name}\``);
  const slots = (element.slots ?? []).map((slot) => (slot.name ? `\`${slot.name}\`` : 'default'));
  const description = [
    element.summary,
    element.description,
    ...list('Events', events),
    ...list('Slots', slots),
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    name: element.tagName,
    description: markdown(description),
    attributes: (element.attributes ?? []).map((attribute) => {
      const values = literalValues(attribute.type?.text);
      return {
        name: attribute.name,
        description: markdown(attribute.description ?? ''),
        ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
        ...(values ? { values: values.map((name) => ({ name })) } : {}),
      };
    }),
    references: [{ name: 'Reference (attributes, events, parts, tokens)', url: `${readmeUrl}#${anchor(element.tagName)}` }],
  };
}

const elements = manifestElements().sort((a, b) => a.tagName.localeCompare(b.tagName));

const data = { version: 1.1, tags: elements.map(tagData) };
writeFileSync(OUTPUT, `${JSON.stringify(data, null, 2)}\n`);
console.log(`${OUTPUT}: ${data.tags.length} elements, ${data.tags.reduce((sum, tag) => sum + tag.attributes.length, 0)} attributes`);

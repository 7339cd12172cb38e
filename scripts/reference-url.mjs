/**
 * Where an element's reference is read: its section of the README ("### `<tag>`"), at the package's
 * `homepage` when it has one, else the README as the package serves it from a CDN (the README's own
 * placeholder host, to be replaced with the real one). The editor data (VS Code and JetBrains) link
 * every element here, so moving the reference (say, to a page per element) is a change to this file.
 */
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const readmeUrl = pkg.homepage ?? `https://your-cdn.example/${pkg.name}@${pkg.version}/README.md`;

/** The anchor a Markdown renderer gives the README heading "### `<tag>`". */
const anchor = (tag) => tag.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');

export const referenceUrl = (tag) => `${readmeUrl}#${anchor(tag)}`;

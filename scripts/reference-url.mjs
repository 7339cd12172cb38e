/**
 * Where the package's files are read on a CDN at this version (the docs' own placeholder host, to
 * be replaced with the real one): the snippets with their integrity hashes (scripts/sri.mjs), the
 * paste-ready HTML's script tag (scripts/paste-ready.mjs), and each element's reference page,
 * `docs/reference/<tag>.md`. The page is one of the package's files (package.json's `files` holds
 * `docs`), so the link resolves for the version an editor has installed. The editor data (VS Code
 * and JetBrains) link every element there.
 */
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** A file of the package (`dist/acne-scar-widgets.js`) on the CDN, at this version. */
export const cdnUrl = (file) => `https://your-cdn.example/${pkg.name}@${pkg.version}/${file}`;

/** The path of an element's reference page in the repository and the package. */
export const referencePath = (tag) => `docs/reference/${tag}.md`;

export const referenceUrl = (tag) => cdnUrl(referencePath(tag));

/**
 * Where an element's reference is read: its page, `docs/reference/<tag>.md`, in the package as a
 * CDN serves it at this version (the docs' own placeholder host, to be replaced with the real
 * one). The page is one of the package's files (package.json's `files` holds `docs`), so the link
 * resolves for the version an editor has installed. The editor data (VS Code and JetBrains) link
 * every element here.
 */
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const packageUrl = `https://your-cdn.example/${pkg.name}@${pkg.version}/`;

/** The path of an element's reference page in the repository and the package. */
export const referencePath = (tag) => `docs/reference/${tag}.md`;

export const referenceUrl = (tag) => `${packageUrl}${referencePath(tag)}`;

/**
 * The elements of custom-elements.json, for the scripts that generate from it (the reference
 * pages, the framework bindings): every custom-element declaration with a tag, in the
 * manifest's order. Fails when there is none, so a broken manifest stops the build. (The editor
 * data is written by the analyzer itself, with the manifest: scripts/editor-data.mjs.)
 */
import { readFileSync } from 'node:fs';

export function manifestElements(path = 'custom-elements.json') {
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);
  if (elements.length === 0) throw new Error(`${path} lists no elements`);
  return elements;
}

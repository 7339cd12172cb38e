/**
 * The generated sections of the documentation (README.md and the pages in docs/): each sits
 * between a pair of HTML comment markers, and the build rewrites what is between them (the CDN
 * snippets, the size tables, the browser table). CI fails when a committed page differs from what
 * the build writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** Replaces what stands between `start` and `end` in `file` with `content`, one line break each side. */
export function writeDocSection(file, start, end, content) {
  const text = readFileSync(file, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`${file} lacks the markers ${start} and ${end}`);
  writeFileSync(file, `${text.slice(0, from)}${start}\n${content}\n${text.slice(to)}`);
}

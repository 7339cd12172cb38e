/**
 * The README's generated sections: each sits between a pair of HTML comment markers, and the build
 * rewrites what is between them (the element reference, the CDN snippets, the size tables). CI
 * fails when the committed README differs from what the build writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** Replaces what stands between `start` and `end` in README.md with `content`, one line break each side. */
export function writeReadmeSection(start, end, content) {
  const readme = readFileSync('README.md', 'utf8');
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`README.md lacks the markers ${start} and ${end}`);
  writeFileSync('README.md', `${readme.slice(0, from)}${start}\n${content}\n${readme.slice(to)}`);
}

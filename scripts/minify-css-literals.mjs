/**
 * A rollup plugin for the bundle, after the TypeScript plugin: squeezes the white space and comments out of Lit's css`…`
 * literals in the sources, which terser leaves as they are written. Only literals without
 * `${…}` are touched, and only changes that cannot alter a selector or a value are made (a space
 * between two selector parts is a descendant combinator, so runs of white space become one space
 * rather than none).
 */
export function minifyCssLiterals() {
  // Quoted strings (`[aria-selected='true']`, `content: ': '`) are kept exactly as written.
  const squeezeOutsideStrings = (css) =>
    css
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      // No selector has white space after a colon, and a declaration needs none.
      .replace(/:\s+/g, ':')
      .replace(/\s+!important/g, '!important')
      // 0.25rem is .25rem (not after a digit, a letter or a dot: 10.5em stays).
      .replace(/(^|[^\w.-])0\.(\d)/g, '$1.$2');
  const squeeze = (css) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split(/('[^']*'|"[^"]*")/)
      .map((piece, index) => (index % 2 === 1 ? piece : squeezeOutsideStrings(piece)))
      .join('')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      let changed = false;
      const output = code.replace(/\bcss\s*`([^`$]*)`/g, (literal, css) => {
        changed = true;
        return `css\`${squeeze(css)}\``;
      });
      return changed ? { code: output, map: null } : null;
    },
  };
}

/**
 * A rollup plugin for the bundle, after the TypeScript plugin: squeezes the white space and comments out of Lit's css`…`
 * literals in the sources, which terser leaves as they are written. Only literals without
 * `${…}` are touched, and only changes that cannot alter a selector or a value are made (a space
 * between two selector parts is a descendant combinator, so runs of white space become one space
 * rather than none).
 */
export function minifyCssLiterals() {
  const squeeze = (css) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
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

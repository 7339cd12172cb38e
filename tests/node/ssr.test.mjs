/**
 * Server-side rendering in Node (acne-scar-widgets/ssr), against the build in dist/ (`npm test`
 * builds first). What a static-site generator gets: finished HTML with each element's shadow root
 * as declarative shadow DOM, in the page's language, with nothing a page author writes turning
 * into markup. Hydration in the browser is tested in tests/ssr/.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const helperUrl = new URL('../../dist/ssr/index.js', import.meta.url);
if (!existsSync(helperUrl)) {
  throw new Error('dist/ssr/index.js is missing: run `npm run build` before the Node tests.');
}
const { renderElement, renderHtml, renderStructuredData, renderToString, styleHashes, WIDGET_TAGS } = await import(helperUrl.href);
const { createHash } = await import('node:crypto');
const { html } = await import('lit');
const { parseFragment } = await import('parse5');

/** Every element a browser would build from `markup`, shadow roots (template contents) included. */
function parsedElements(markup) {
  const found = [];
  const walk = (node) => {
    for (const child of node.childNodes ?? []) {
      if (!child.tagName) continue;
      found.push(child);
      walk(child);
      if (child.content) walk(child.content);
    }
  };
  walk(parseFragment(markup));
  return found;
}

/** The text a reader sees in rendered HTML: no styles, comments or tags, white space collapsed. */
function visibleText(markup) {
  return markup
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\?>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const count = (markup, pattern) => (markup.match(pattern) ?? []).length;

/** Runs `task`, returning its result and every console warning it caused. */
async function withWarnings(task) {
  const warnings = [];
  const original = console.warn;
  console.warn = (...args) => warnings.push(args.map(String).join(' '));
  try {
    return { result: await task(), warnings };
  } finally {
    console.warn = original;
  }
}

const BYLINE = { reviewer: 'Kristin Hall', 'reviewer-credentials': 'FNP', author: 'Our Editorial Team', updated: '2021-03-11' };

/** For each element: attributes it is rendered with, and text from the article it must show. */
const ARTICLE_TEXT = {
  'med-review': [BYLINE, ['Medically reviewed by Kristin Hall, FNP', 'Written by Our Editorial Team', 'Last updated March 11, 2021']],
  'promo-banner': [{ href: 'https://example.com/start' }, ['Limited time only: $15/mo', 'new customer offer', 'Get started']],
  'scar-types': [{}, ['What Causes Acne Scars?', 'What Causes Acne Scars to Form?', 'Your skin is stronger than you may realize.']],
  'microneedling-facts': [{}, ['What Exactly is Microneedling?', 'Also known as collagen induction therapy']],
  'microneedling-evidence': [{}, ['Does Microneedling Work for Acne Scars?', '58 comprehensive studies']],
  'microneedling-candidacy': [{}, ['Is microneedling safe?', 'it is safe on all skin types']],
  'scar-treatments': [{}, ['Other options for reducing acne scars', 'atrophic and hypertrophic']],
  'scar-prevention': [{}, ['Preventing acne scars', 'Treat acne promptly']],
  'med-disclaimer': [{}, ['This article is for informational purposes only and does not constitute medical advice.', 'Always talk to your doctor about the risks and benefits of any treatment.']],
  'acne-scar-article': [{ 'promo-href': 'https://example.com/start' }, ['Does Microneedling Work to Reduce Acne Scars?', 'Medically reviewed by Kristin Hall, FNP', 'What Exactly is Microneedling?', 'Always talk to your doctor']],
};

describe('server rendering of each element', () => {
  test('every element of the library has an expectation here', () => {
    assert.deepEqual(Object.keys(ARTICLE_TEXT).sort(), [...WIDGET_TAGS].sort());
  });

  for (const [tag, [attributes, texts]] of Object.entries(ARTICLE_TEXT)) {
    test(`<${tag}> renders its shadow root as declarative shadow DOM with the article's text`, async () => {
      const { result: markup, warnings } = await withWarnings(() => renderElement(tag, attributes));
      assert.ok(markup.startsWith(`<${tag}`), markup.slice(0, 80));
      assert.ok(markup.endsWith(`</${tag}>`));
      assert.match(markup, new RegExp(`^<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`));
      const text = visibleText(markup);
      for (const expected of texts) assert.ok(text.includes(expected), `${tag} should show "${expected}"`);
      assert.deepEqual(warnings, []);
    });
  }

  test('the whole article renders every block inside it with its own shadow root, in order', async () => {
    const markup = await renderElement('acne-scar-article', { 'heading-level': '1', 'promo-href': 'https://example.com/start' });
    // The article, its byline, six sections, the disclaimer and three offers.
    assert.equal(count(markup, /shadowrootmode="open"/g), 1 + 1 + 6 + 1 + 3);
    const order = ['med-review', 'scar-types', 'microneedling-facts', 'microneedling-evidence', 'microneedling-candidacy', 'scar-treatments', 'scar-prevention', 'med-disclaimer'];
    const positions = order.map((tag) => markup.search(new RegExp(`<${tag}\\b`)));
    assert.ok(positions.every((position) => position > 0), String(positions));
    assert.deepEqual([...positions].sort((a, b) => a - b), positions);
    // Blocks inside the article wait for the article to hydrate first.
    assert.equal(count(markup, /<scar-types [^>]*defer-hydration/g), 1);
    assert.equal(count(markup, /<h1\b/g), 1);
    assert.equal(count(markup, /<h2\b/g), 6);
  });
});

describe('the self-check on the server', () => {
  test('its five checkboxes arrive unticked, for readers without JavaScript too', async () => {
    const markup = await renderElement('microneedling-candidacy');
    const boxes = parsedElements(markup).filter((element) => element.tagName === 'input');
    assert.equal(boxes.length, 5);
    assert.deepEqual(boxes.filter((box) => box.attrs.some((attribute) => attribute.name === 'checked')), []);
    assert.ok(visibleText(markup).includes('None of the conditions the article lists is ticked.'));
  });
});

describe('attributes on the server', () => {
  test('heading-level and the byline flow into the rendered HTML', async () => {
    const types = await renderElement('scar-types', { 'heading-level': 4 });
    assert.match(types, /<h4\b[^>]*part="heading"[^>]*>[\s\S]*?What Causes Acne Scars\?/);
    assert.equal(count(types, /<h2\b/g), 0);
    const review = await renderElement('med-review', { reviewer: 'Dana Example', 'reviewer-credentials': 'MD', updated: '2024-02-29' });
    assert.ok(visibleText(review).includes('Medically reviewed by Dana Example, MD'));
    assert.match(review, /<time part="date" datetime="2024-02-29">/);
    assert.ok(visibleText(review).includes('February 29, 2024'));
  });

  test('a boolean attribute set to true is written bare, and false or null leaves it out', async () => {
    const hidden = await renderElement('acne-scar-article', { 'hide-promos': true, 'promo-href': 'https://example.com/start' });
    assert.match(hidden, /^<acne-scar-article[^>]* hide-promos[ >]/);
    assert.equal(count(hidden, /<promo-banner\b/g), 0);
    const shown = await renderElement('acne-scar-article', { 'hide-promos': false, 'promo-href': 'https://example.com/start', 'editorial-href': null });
    assert.equal(count(shown, /<promo-banner\b/g), 3);
  });

  test('relative links resolve against the page address given as baseUrl', async () => {
    const markup = await renderElement(
      'med-disclaimer',
      { 'editorial-href': '../editorial-standards' },
      { baseUrl: 'https://example.com/articles/acne-scars' },
    );
    assert.match(markup, /href="https:\/\/example\.com\/editorial-standards"/);
  });
});

describe('escaping: nothing a page author writes becomes markup', () => {
  const hostile = '"><script>alert(1)</script><img src=x onerror=alert(2)>';

  test('a hostile attribute value is escaped on the host and in the shadow root', async () => {
    const { result: markup } = await withWarnings(() =>
      renderElement('med-review', { reviewer: hostile, author: `' onmouseover='alert(3)` }),
    );
    const elements = parsedElements(markup);
    assert.deepEqual(elements.filter((element) => ['script', 'img'].includes(element.tagName)), []);
    assert.deepEqual(elements.flatMap((element) => element.attrs.filter((attribute) => attribute.name.startsWith('on'))), []);
    // The walk reached into the shadow root: the reviewer's line is there.
    assert.ok(elements.some((element) => element.attrs.some((attribute) => attribute.value === 'item reviewer')));
    const host = elements[0];
    assert.equal(host.attrs.find((attribute) => attribute.name === 'reviewer').value, hostile);
    assert.ok(markup.includes('reviewer="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;'));
    // Shown as text, exactly as written.
    assert.ok(visibleText(markup).includes(`Medically reviewed by ${hostile}`));
  });

  test('attribute names that are not plain names, or are event handlers, are left out with a warning', async () => {
    const { result: markup, warnings } = await withWarnings(() =>
      renderElement('med-disclaimer', { 'onclick': 'alert(1)', 'x"><script>alert(1)</script': '1', 'data-ok': 'yes' }),
    );
    assert.doesNotMatch(markup, /<script|onclick/i);
    assert.match(markup, /^<med-disclaimer[^>]* data-ok="yes"/);
    assert.equal(warnings.length, 2);
    assert.ok(warnings.every((warning) => warning.includes('<med-disclaimer> attribute name')));
  });

  test('an unknown or hostile tag renders nothing and warns, without throwing', async () => {
    const { result, warnings } = await withWarnings(() => renderElement('img src=x onerror=alert(1)', {}));
    assert.equal(result, '');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /renders the library's elements only/);
  });

  test('renderHtml decodes entities in attributes once and escapes them again', async () => {
    const markup = await renderHtml('<med-review reviewer="A &amp; B &lt;i&gt;" updated="2021-03-11"></med-review>');
    assert.ok(markup.includes('reviewer="A &amp; B &lt;i&gt;"'));
    assert.ok(visibleText(markup).includes('Medically reviewed by A & B <i>'));
    assert.doesNotMatch(markup, /<i>/);
  });

  test('a javascript: link is not linked, and the element warns naming the attribute', async () => {
    const { result: markup, warnings } = await withWarnings(() =>
      renderElement('promo-banner', { href: 'javascript:alert(1)' }),
    );
    // The host keeps the attribute as written (inert there); the shadow root has no link at all.
    assert.deepEqual(parsedElements(markup).filter((element) => element.tagName === 'a'), []);
    assert.ok(visibleText(markup).includes('Limited time only'));
    assert.ok(warnings.some((warning) => warning.startsWith('<promo-banner> href="javascript:alert(1)"')), warnings.join('\n'));
  });
});

describe('locales on the server', () => {
  test('es renders the Spanish translation, with the date formatted in Spanish', async () => {
    const review = visibleText(await renderElement('med-review', BYLINE, { locale: 'es' }));
    assert.ok(review.startsWith('Revisado médicamente por Kristin Hall, FNP'), review);
    assert.ok(review.includes('11 de marzo de 2021'), review);
    const types = visibleText(await renderElement('scar-types', {}, { locale: 'es' }));
    assert.ok(types.startsWith('¿Qué causa las cicatrices de acné?'), types.slice(0, 60));
    assert.ok(!types.includes('What Causes Acne Scars?'));
  });

  test('a regional tag resolves like <html lang> does (es-MX shows es)', async () => {
    const disclaimer = visibleText(await renderElement('med-disclaimer', {}, { locale: 'es-MX' }));
    assert.ok(disclaimer.startsWith('Este artículo tiene fines exclusivamente informativos'), disclaimer.slice(0, 60));
  });

  test('ar renders Arabic and carries dir="rtl" on the element', async () => {
    const markup = await renderElement('med-review', BYLINE, { locale: 'ar' });
    assert.match(markup, /^<med-review[^>]* dir="rtl"/);
    assert.ok(visibleText(markup).includes('المراجعة الطبية'), visibleText(markup));
    assert.ok(visibleText(markup).includes('11 مارس 2021'));
  });

  test('a dir the page already set is kept, and none is added under an element that sets one', async () => {
    assert.match(await renderElement('med-disclaimer', { dir: 'ltr' }, { locale: 'ar' }), /^<med-disclaimer[^>]* dir="ltr"[^>]*>/);
    const page = await renderHtml('<!doctype html><html lang="ar" dir="rtl"><body><med-disclaimer></med-disclaimer></body></html>');
    assert.match(page, /<med-disclaimer(?![^>]*dir=)[^>]*><template/);
    assert.ok(visibleText(page).startsWith('هذا المقال لأغراض إعلامية فقط'), visibleText(page).slice(0, 80));
  });

  test('English after Spanish: each render gets its own locale, even when started together', async () => {
    const [spanish, english, arabic] = await Promise.all([
      renderElement('med-disclaimer', {}, { locale: 'es' }),
      renderElement('med-disclaimer', {}),
      renderElement('med-disclaimer', {}, { locale: 'ar' }),
    ]);
    assert.ok(visibleText(spanish).startsWith('Este artículo'));
    assert.ok(visibleText(english).startsWith('This article is for informational purposes only'));
    assert.ok(visibleText(arabic).startsWith('هذا المقال لأغراض إعلامية فقط'), visibleText(arabic).slice(0, 40));
  });

  test('a locale without translations renders English and says so', async () => {
    const { result, warnings } = await withWarnings(() => renderElement('med-disclaimer', {}, { locale: 'xx-YY' }));
    assert.ok(visibleText(result).startsWith('This article is for informational purposes only'));
    assert.ok(warnings.some((warning) => warning.includes('"xx-YY"')), warnings.join('\n'));
  });
});

describe('bad input on the server warns and does not throw', () => {
  test('an invalid heading-level falls back to h2 with a warning naming the element and attribute', async () => {
    const { result, warnings } = await withWarnings(() => renderElement('scar-prevention', { 'heading-level': '9' }));
    assert.match(result, /<h2\b[^>]*part="heading"/);
    assert.deepEqual(warnings, [
      '<scar-prevention> heading-level="9": expected a whole number from 1 to 6; headings start at level 2.',
    ]);
  });

  test('a bad date and a missing reviewer leave their lines out, with warnings', async () => {
    const { result, warnings } = await withWarnings(() => renderElement('med-review', { author: 'Our Editorial Team', updated: '11/03/2021' }));
    assert.equal(visibleText(result), 'Written by Our Editorial Team');
    assert.equal(warnings.length, 2);
    assert.ok(warnings[0].startsWith('<med-review> updated="11/03/2021"'));
    assert.ok(warnings[1].startsWith('<med-review> has no reviewer attribute'));
  });

  test('odd option values never throw', async () => {
    const { result } = await withWarnings(() =>
      renderElement('med-disclaimer', { 'editorial-href': 'relative/path' }, { locale: '', baseUrl: 'not a url' }),
    );
    assert.ok(visibleText(result).startsWith('This article'));
    assert.equal(await renderHtml(''), '');
    assert.equal(await renderHtml(undefined), '');
  });
});

describe('renderHtml: an HTML string in, the same string with the elements rendered out', () => {
  test('an element inside inline <svg> or <math> is left as written, with a warning; inside a <foreignObject> it renders', async () => {
    for (const [open, tag, close] of [['<svg viewBox="0 0 10 10">', 'med-disclaimer', '</svg>'], ['<math>', 'scar-types', '</math>']]) {
      const markup = `<p>before</p>${open}<${tag} heading-level="3"></${tag}>${close}<p>after</p>`;
      const { result, warnings } = await withWarnings(() => renderHtml(markup));
      assert.equal(result, markup, 'no <style> or shadow root written into foreign content');
      assert.equal(warnings.length, 1, warnings.join('\n'));
      assert.ok(warnings[0].includes(`<${tag}> inside <svg> or <math> is not HTML content`), warnings[0]);
    }
    const inForeignObject = '<svg><foreignObject width="300" height="200"><med-disclaimer></med-disclaimer></foreignObject></svg>';
    const rendered = await renderHtml(inForeignObject);
    assert.match(rendered, /<med-disclaimer[^>]*><template shadowroot(mode)?="open"/);
  });

  test('the warning about foreign content names the element', async () => {
    const { warnings } = await withWarnings(() => renderHtml('<svg><scar-prevention></scar-prevention></svg>'));
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /<scar-prevention> inside <svg> or <math> is not HTML content/);
  });

  test('markup around the elements is kept byte for byte, children included', async () => {
    const before = '<header class="x">Skin &amp; Health</header>\n<!-- note -->\n';
    const after = '\n<footer><a href="/a?b=1&amp;c=2">About</a></footer>';
    const markup = await renderHtml(`${before}<med-disclaimer editorial-href="https://example.com/s"><p>light DOM</p></med-disclaimer>${after}`);
    assert.ok(markup.startsWith(`${before}<med-disclaimer `));
    assert.ok(markup.endsWith(`</template><p>light DOM</p></med-disclaimer>${after}`));
    assert.equal(count(markup, /shadowrootmode="open"/g), 1);
  });

  test('a whole document renders in its <html lang> language', async () => {
    const page = await renderHtml('<!doctype html>\n<html lang="es"><head><title>t</title></head><body><scar-prevention heading-level="1"></scar-prevention></body></html>');
    assert.ok(page.startsWith('<!doctype html>\n<html lang="es"><head><title>t</title></head><body><scar-prevention'));
    assert.match(page, /<h1\b[^>]*><!--lit-part-->Cómo prevenir las cicatrices de acné<!--\/lit-part--><\/h1/);
    assert.ok(!visibleText(page).includes('Preventing acne scars'));
  });

  test('a banner with slotted content, or a schedule, is left for the browser to render', async () => {
    const slotted = '<promo-banner href="https://example.com/"><span slot="headline">Our own</span></promo-banner>';
    assert.equal(await renderHtml(slotted), slotted);
    const scheduled = await renderHtml('<promo-banner href="https://example.com/" ends="2099-01-01" countdown></promo-banner>');
    assert.equal(count(scheduled, /<template/g), 0);
    assert.match(scheduled, /^<promo-banner [^>]*ends="2099-01-01"/);
  });

  test('elements inside a <template> stay inert, as written', async () => {
    const inert = '<template><med-disclaimer></med-disclaimer></template>';
    assert.equal(await renderHtml(inert), inert);
  });
});

describe('styleHashes: the style-src sources for a strict Content-Security-Policy', () => {
  test('one hash per element, matching every inline <style> the server writes, in every locale', async () => {
    const hashes = styleHashes();
    assert.equal(hashes.length, WIDGET_TAGS.length);
    assert.equal(new Set(hashes).size, hashes.length, 'each element has styles of its own');
    for (const hash of hashes) assert.match(hash, /^'sha256-[A-Za-z0-9+/]{43}='$/);
    for (const locale of ['en', 'ar']) {
      // The whole article holds every element: each shadow root's <style> must be one of the hashes.
      const markup = await renderElement('acne-scar-article', { 'promo-href': '/x' }, { locale });
      const styles = [...markup.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
      assert.ok(styles.length >= WIDGET_TAGS.length, `${styles.length} inline styles in ${locale}`);
      const written = new Set(styles.map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`));
      assert.deepEqual([...written].filter((hash) => !hashes.includes(hash)), [], `every <style> in ${locale} is allowed`);
      assert.equal(written.size, WIDGET_TAGS.length, 'and every hash is used');
    }
  });
});

describe('renderToString: Lit templates', () => {
  test('renders the elements in a Lit template, with bound attribute values escaped', async () => {
    const markup = await renderToString(html`<main><med-review reviewer=${'<b>Kristin</b>'} updated="2021-03-11"></med-review></main>`, { locale: 'es' });
    assert.match(markup, /<main><!--lit-node \d+--><med-review [^>]*reviewer="&lt;b&gt;Kristin&lt;\/b&gt;"/);
    assert.ok(markup.includes('Revisado médicamente por &lt;b&gt;Kristin&lt;/b&gt;'));
    assert.doesNotMatch(markup, /<b>/);
  });
});

/** The JSON-LD data blocks in rendered HTML, parsed. */
const jsonLd = (markup) =>
  [...markup.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]));

describe('structured data: schema.org MedicalWebPage for the article', () => {
  const page = (attributes = '') => `<!doctype html><html lang="en"><head><title>t</title></head><body>
    <acne-scar-article promo-href="/x" ${attributes}></acne-scar-article></body></html>`;

  test('renderHtml puts the article\'s MedicalWebPage data just before it, with the reviewer and dates', async () => {
    const markup = await renderHtml(page('source-href="/articles/acne-scars" publisher="Example Health"'), {
      baseUrl: 'https://example.org/health/acne-scars',
    });
    const blocks = jsonLd(markup);
    assert.equal(blocks.length, 1);
    assert.match(markup, /<\/script><acne-scar-article /, 'the data block sits right before the article');
    // The article's data in English (the same file the browser test reads), with this page's.
    const expected = JSON.parse(readFileSync(new URL('../support/article-structured-data.json', import.meta.url), 'utf8'));
    assert.deepEqual(blocks[0], {
      ...expected,
      url: 'https://example.org/health/acne-scars',
      isBasedOn: 'https://example.org/articles/acne-scars',
      publisher: { '@type': 'Organization', name: 'Example Health' },
    });
  });

  test('in the page\'s language: the headline translated, inLanguage that locale', async () => {
    const [data] = jsonLd(await renderHtml(page().replace('lang="en"', 'lang="es-MX"')));
    assert.equal(data.inLanguage, 'es');
    assert.equal(data.headline, '¿Funciona el microneedling para reducir las cicatrices de acné?');
    assert.equal(data.url, undefined, 'no baseUrl, no url');
  });

  test('structuredData: false leaves it out; a block alone is not the article; renderElement renders the element only', async () => {
    assert.equal(jsonLd(await renderHtml(page(), { structuredData: false })).length, 0);
    assert.equal(jsonLd(await renderHtml('<med-review reviewer="Kristin Hall" updated="2021-03-11"></med-review>')).length, 0);
    assert.equal(jsonLd(await renderElement('acne-scar-article', {})).length, 0);
  });

  test('renderStructuredData gives the same data block for pages rendered element by element', async () => {
    const options = { baseUrl: 'https://example.org/p', sourceHref: '/a', publisher: 'Example Health' };
    const block = await renderStructuredData({ ...options, locale: 'pt-BR' });
    assert.match(block, /^<script type="application\/ld\+json">[^<]*<\/script>$/);
    const [data] = jsonLd(block);
    assert.equal(data.inLanguage, 'pt-BR');
    assert.equal(data.url, 'https://example.org/p');
    assert.equal(data.isBasedOn, 'https://example.org/a');
    const [fromPage] = jsonLd(await renderHtml(page('source-href="/a" publisher="Example Health"').replace('lang="en"', 'lang="pt-BR"'), { baseUrl: options.baseUrl }));
    assert.deepEqual(data, fromPage);
  });

  test('nothing an author writes can close the data block or add a link of another scheme', async () => {
    const hostile = '</script><script>alert(1)</script><!--';
    const markup = await renderHtml(`<acne-scar-article publisher="${hostile.replace(/</g, '&lt;')}" source-href="javascript:alert(1)"></acne-scar-article>`);
    const text = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(markup)[1];
    assert.doesNotMatch(text, /</);
    const [data] = jsonLd(markup);
    assert.equal(data.publisher.name, hostile);
    assert.equal(data.isBasedOn, undefined);
    assert.equal(count(markup, /<script>/g), 0);
  });

  test('the rendered data type-checks as schema-dts\'s MedicalWebPage: every property and value is schema.org\'s', async () => {
    const { default: ts } = await import('typescript');
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const [data] = jsonLd(await renderHtml(page('source-href="/a" publisher="Example Health"'), { baseUrl: 'https://example.org/p' }));
    const check = (value) => {
      const folder = mkdtempSync(join(tmpdir(), 'asw-jsonld-'));
      const file = join(folder, 'data.ts');
      writeFileSync(file, `import type { MedicalWebPage, WithContext } from 'schema-dts';\nexport const data: WithContext<MedicalWebPage> = ${JSON.stringify(value, null, 2)};\n`);
      try {
        const program = ts.createProgram([file], {
          strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
          typeRoots: [], types: [], baseUrl: process.cwd(), paths: { 'schema-dts': [join(process.cwd(), 'node_modules/schema-dts')] },
        });
        return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    };
    assert.deepEqual(check(data), []);
    // The control: a property schema.org does not have, and a value of the wrong type, are errors.
    assert.ok(check({ ...data, nextReviewDue: '2024-03-11' }).some((m) => m.includes('nextReviewDue')));
    assert.ok(check({ ...data, reviewedBy: 42 }).length > 0);
  });
});

describe('npm run render: the article as a static page', () => {
  test('carries the structured data and the source line, from the options given', async () => {
    const { execFileSync } = await import('node:child_process');
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const folder = mkdtempSync(join(tmpdir(), 'asw-render-'));
    try {
      const output = join(folder, 'article.html');
      execFileSync(process.execPath, [
        'scripts/render-article.mjs', output, '--locale', 'es',
        '--source-href', 'https://publisher.example/acne-scars', '--publisher', 'Example "Health" <Co>', '--review-interval', 'P3Y',
      ], { stdio: 'pipe' });
      const page = readFileSync(output, 'utf8');
      const [data] = jsonLd(page);
      assert.equal(data['@type'], 'MedicalWebPage');
      assert.equal(data.inLanguage, 'es');
      assert.equal(data.isBasedOn, 'https://publisher.example/acne-scars');
      assert.equal(data.publisher.name, 'Example "Health" <Co>');
      assert.equal(data.reviewedBy.name, 'Kristin Hall');
      // (Tags become spaces in visibleText: the link and the <time> sit inside the sentences.)
      assert.match(visibleText(page), /Fuente: Example "Health" <Co>, « ?¿Funciona el microneedling para reducir las cicatrices de acné\? ?»/);
      assert.match(visibleText(page), /Este artículo está pendiente de revisión desde el 11 de marzo de 2024 ?\./);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('paste-ready HTML (dist/paste/<locale>/<tag>.html, written by the build)', () => {
  test('every element in every shipped language, rendered, with the hydrate script only where interactive', async () => {
    const { readdirSync } = await import('node:fs');
    const { INTERACTIVE, pasteReady } = await import('../../scripts/paste-ready.mjs');
    const folder = new URL('../../dist/paste/', import.meta.url);
    const locales = readdirSync(folder).sort();
    assert.deepEqual(locales, ['ar', 'de', 'en', 'es', 'fr', 'pt-BR']);
    for (const locale of locales) {
      for (const tag of WIDGET_TAGS) {
        const markup = readFileSync(new URL(`${locale}/${tag}.html`, folder), 'utf8');
        assert.match(markup, new RegExp(`^<!-- <${tag}> \\(${locale}\\)[^\\n]*-->\\n<${tag}[^>]*><template shadowroot="open" shadowrootmode="open"><style>`), `${locale}/${tag}`);
        assert.equal(count(markup, /<script\b/g), INTERACTIVE.includes(tag) ? 1 : 0, `${locale}/${tag}`);
        if (locale === 'ar') assert.match(markup, new RegExp(`^<${tag}[^>]* dir="rtl"`, 'm'));
      }
    }
    // The file is what pasteReady gives, and the byline reads in its language.
    assert.equal(readFileSync(new URL('es/med-review.html', folder), 'utf8'), await pasteReady('med-review', 'es'));
    assert.ok(visibleText(readFileSync(new URL('de/med-review.html', folder), 'utf8')).includes('Medizinisch geprüft von Kristin Hall, FNP'));
  });
});

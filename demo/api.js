// The API page: every element's attributes, properties, events, slots, parts and tokens, read from
// custom-elements.json (the same file editors and the reference pages in docs/reference/ come from), each beside a
// live example of the element, the markup in its JSDoc `@example`.
import { LOCALES, PSEUDO_LOCALE, WIDGET_TAGS } from '../dist/acne-scar-widgets.js';
import { localeName } from './locale-names.js';

const MANIFEST_URL = new URL('../custom-elements.json', import.meta.url);
/**
 * For each element but the whole article, the markup that loads it alone through the on-demand
 * loader, its files preloaded with their integrity hashes (written by the build, from the files as
 * published: a development server may serve them rewritten, so they are not hashed here).
 */
const LOADER_SNIPPETS_URL = new URL('../dist/loader/snippets.json', import.meta.url);

/**
 * Elements shown live on a page of their own rather than here: the whole article holds every other
 * element, and beside their own examples it would repeat each of them (and their landmarks).
 */
const LIVE_ELSEWHERE = { 'acne-scar-article': './article.html' };

/** Paste-ready HTML of each element in each language, written by the build (scripts/paste-ready.mjs). */
const PASTE_URL = (locale, tag) => new URL(`../dist/paste/${locale}/${tag}.html`, import.meta.url);
const PASTE_LOCALES = LOCALES.filter((locale) => locale !== PSEUDO_LOCALE);

/**
 * The element as server-rendered HTML to paste into a CMS that takes HTML: a language menu, the
 * markup (fetched when the section opens or the language changes) and a button that copies it.
 */
function renderPasteReady(tag) {
  const select = h('select', {}, PASTE_LOCALES.map((locale) => h('option', { value: locale }, `${localeName(locale)} (${locale})`)));
  const output = h('code', {});
  const status = h('span', { class: 'api-paste__status', role: 'status' });
  const copy = h('button', { type: 'button' }, 'Copy');
  const details = h(
    'details',
    { class: 'api-element__paste' },
    h('summary', {}, 'Paste-ready HTML'),
    h(
      'p',
      {},
      'The element already rendered, for a page or CMS that takes HTML and runs no build: static HTML with its styles (declarative shadow DOM), ',
      'and the script tag only where the element does something in the browser. It costs what static HTML costs to show (see ',
      h('a', { href: '../docs/server-rendering.md#paste-ready-html-no-node-no-build' }, 'Paste-ready HTML'),
      ').',
    ),
    h('p', {}, h('label', {}, 'Language ', select), ' ', copy, ' ', status),
    h('pre', {}, output),
  );
  let shown = '';
  const load = async () => {
    const locale = select.value;
    status.textContent = '';
    try {
      const response = await fetch(PASTE_URL(locale, tag));
      if (!response.ok) throw new Error(`${response.status}`);
      const markup = await response.text();
      if (select.value !== locale) return;
      shown = markup;
      output.textContent = markup;
    } catch (error) {
      output.textContent = '';
      status.textContent = `The paste-ready HTML could not be loaded (${error}).`;
    }
  };
  details.addEventListener('toggle', () => {
    if (details.open && !shown) void load();
  });
  select.addEventListener('change', () => void load());
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(shown);
      status.textContent = 'Copied.';
    } catch {
      // No clipboard (an insecure page, a refused permission): select it for the reader to copy.
      getSelection()?.selectAllChildren(output);
      status.textContent = 'Selected: copy it with your keyboard.';
    }
  });
  return details;
}

/** An element with attributes and children (strings become text: nothing here is parsed as HTML). */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children.flat(Infinity).filter((child) => child !== null && child !== undefined));
  return element;
}

/** Inline Markdown as the JSDoc writes it: `code` and **strong**. */
function inline(text) {
  return text.split(/(`[^`]+`|\*\*[^*]+\*\*)/).map((piece) => {
    if (/^`[^`]+`$/.test(piece)) return h('code', {}, piece.slice(1, -1));
    if (/^\*\*[^*]+\*\*$/.test(piece)) return h('strong', {}, piece.slice(2, -2));
    return piece;
  });
}

/** A description's blocks: fenced code, bulleted lists and paragraphs. */
function splitBlocks(markdown = '') {
  const blocks = [];
  let fence;
  let paragraph = [];
  const endParagraph = () => {
    if (paragraph.length) blocks.push({ kind: 'text', lines: paragraph });
    paragraph = [];
  };
  for (const line of markdown.split('\n')) {
    const opening = /^```(\w*)\s*$/.exec(line);
    if (fence) {
      if (/^```\s*$/.test(line)) {
        blocks.push(fence);
        fence = undefined;
      } else fence.lines.push(line);
    } else if (opening) {
      endParagraph();
      fence = { kind: 'code', language: opening[1], lines: [] };
    } else if (line.trim() === '') endParagraph();
    else paragraph.push(line);
  }
  endParagraph();
  return blocks;
}

/** Lines of text as a paragraph, or as a paragraph and a list where lines start with "- ". */
function renderText(lines) {
  const nodes = [];
  let lead = [];
  let items = [];
  for (const line of lines) {
    if (/^- /.test(line)) items.push(line.slice(2));
    else if (items.length && /^\s/.test(line)) items[items.length - 1] += ` ${line.trim()}`;
    else lead.push(line);
  }
  if (lead.length) nodes.push(h('p', {}, inline(lead.join(' '))));
  if (items.length) nodes.push(h('ul', {}, items.map((item) => h('li', {}, inline(item)))));
  return nodes;
}

function renderDescription(blocks) {
  return blocks.map((block) =>
    block.kind === 'code'
      ? h('pre', {}, h('code', {}, block.lines.join('\n')))
      : renderText(block.lines),
  );
}

const code = (text) => (text ? h('code', {}, text) : '—');
const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ');

/** A table with a caption, column headers and one row per item. */
function table(caption, headers, rows) {
  if (rows.length === 0) return null;
  return h(
    'table',
    {},
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, headers.map((header) => h('th', { scope: 'col' }, header)))),
    h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((cell) => h('td', {}, cell))))),
  );
}

function renderElement(element, snippet) {
  const tag = element.tagName;
  const blocks = splitBlocks(element.description);
  const examples = blocks.filter((block) => block.kind === 'code' && block.language === 'html');
  const prose = blocks.filter((block) => !examples.includes(block));
  const fields = (element.members ?? []).filter((member) => member.kind === 'field' && !member.static && !member.privacy);
  const headingId = `${tag}-heading`;

  const live = h('div', { class: 'api-example__live' });
  if (LIVE_ELSEWHERE[tag]) {
    live.append(h('p', {}, h('a', { href: LIVE_ELSEWHERE[tag] }, 'See ', code(`<${tag}>`), ' live on its own page'), '.'));
  } else {
    for (const example of examples) live.append(document.createRange().createContextualFragment(example.lines.join('\n')));
  }

  return h(
    'section',
    { class: 'api-element', id: tag, 'aria-labelledby': headingId },
    h('h2', { id: headingId }, h('code', {}, `<${tag}>`)),
    h('p', { class: 'api-element__summary' }, inline(element.summary ?? '')),
    h('p', { class: 'api-element__reference' }, 'Reference page: ', h('a', { href: `../docs/reference/${tag}.md` }, `docs/reference/${tag}.md`), '.'),
    examples.length
      ? h(
          'div',
          { class: 'api-example' },
          h('h3', {}, 'Example'),
          live,
          h('pre', {}, h('code', {}, examples.map((example) => example.lines.join('\n')).join('\n'))),
        )
      : null,
    h('details', { class: 'api-element__description' }, h('summary', {}, 'Description'), renderDescription(prose)),
    snippet
      ? h(
          'details',
          { class: 'api-element__loading' },
          h('summary', {}, 'Load only this element'),
          h(
            'p',
            {},
            'Instead of the whole bundle, on a page that shows only this element: the on-demand loader, with the files it fetches for ',
            code(`<${tag}>`),
            ' preloaded and checked against their hashes (see ',
            h('a', { href: '../docs/site-owners.md#loading-only-what-a-page-shows' }, 'Loading only what a page shows'),
            ').',
          ),
          h('pre', {}, h('code', {}, snippet)),
        )
      : null,
    renderPasteReady(tag),
    table(
      `Attributes and properties of <${tag}>`,
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      fields.map((field) => [
        code(field.attribute),
        code(field.name),
        code(field.type?.text),
        code(field.default),
        inline(oneLine(field.description) + (field.readonly ? ' (read-only)' : '')),
      ]),
    ),
    table(
      `Events of <${tag}>`,
      ['Event', 'Detail', 'Description'],
      (element.events ?? []).map((event) => [
        code(event.name),
        code(event.type?.text.replace(/^CustomEvent<(.*)>$/s, '$1')),
        inline(oneLine(event.description)),
      ]),
    ),
    table(
      `Slots of <${tag}>`,
      ['Slot', 'Description'],
      (element.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', inline(oneLine(slot.description))]),
    ),
    table(
      `Parts of <${tag}>, for ::part()`,
      ['Part', 'Description'],
      (element.cssParts ?? []).map((part) => [code(part.name), inline(oneLine(part.description))]),
    ),
    table(
      `Tokens (CSS custom properties) of <${tag}>`,
      ['Token', 'Default', 'Description'],
      (element.cssProperties ?? []).map((token) => [code(token.name), code(token.default), inline(oneLine(token.description))]),
    ),
  );
}

async function renderApiPage() {
  const main = document.getElementById('api');
  try {
    const manifest = await (await fetch(MANIFEST_URL)).json();
    const elements = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      // In the article's order, the whole article last, as the README lists them.
      .sort((a, b) => WIDGET_TAGS.indexOf(a.tagName) - WIDGET_TAGS.indexOf(b.tagName));
    const snippets = await (await fetch(LOADER_SNIPPETS_URL)).json();
    main.append(
      h(
        'nav',
        { class: 'api-contents', 'aria-label': 'Elements' },
        h('ul', {}, elements.map((element) => h('li', {}, h('a', { href: `#${element.tagName}` }, code(`<${element.tagName}>`))))),
      ),
      ...elements.map((element) => renderElement(element, snippets[element.tagName])),
    );
  } catch (error) {
    main.append(h('p', { role: 'alert' }, `custom-elements.json could not be read: ${error}`));
  } finally {
    main.removeAttribute('aria-busy');
  }
}

renderApiPage();

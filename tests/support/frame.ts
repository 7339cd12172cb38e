/**
 * A page of a given size inside the test page: an iframe is a viewport of its own, so media
 * queries, `vw` and the page's scrolling answer to its width, the same way in every engine (the
 * automation protocols cannot all make a window as narrow as a phone: WebKit's MiniBrowser stops
 * at 447 px). The page loads the one-tag bundle, as a site does.
 */

export interface FramePage {
  iframe: HTMLIFrameElement;
  window: Window;
  document: Document;
  remove(): void;
}

export interface FrameOptions {
  /** The viewport's width and height in CSS px. */
  width: number;
  height?: number;
  /** `<html lang>`: the widgets follow it. */
  lang?: string;
  /** The root font size in px, as a reader's larger default font sets it. */
  rootFontSize?: number;
  /** The page's own CSS, e.g. the site owners' reservation rules. */
  css?: string;
  /** The page's body. */
  body: string;
  /** The script the page loads (the one-tag bundle by default), or null for none yet (see `addScript`). */
  script?: string | null;
  /** A classic script the page runs first, before anything else (e.g. one that breaks a global). */
  before?: string;
}

export const BUNDLE = '/dist/acne-scar-widgets.js';

type Updatable = Element & { updateComplete?: Promise<unknown> };

/** Every custom element in `root`, looking into shadow roots. */
export function customElementsIn(root: Document | ShadowRoot | Element): Updatable[] {
  const found: Updatable[] = [];
  for (const element of root.querySelectorAll<Updatable>('*')) {
    if (element.localName.includes('-')) found.push(element);
    if (element.shadowRoot) found.push(...customElementsIn(element.shadowRoot));
  }
  return found;
}

const nextFrame = (view: Window) => new Promise((resolve) => view.requestAnimationFrame(resolve));

/** Resolves once every widget in the page, nested ones too, is defined and rendered, and laid out. */
export async function settle(page: FramePage): Promise<void> {
  const tags = [...new Set(customElementsIn(page.document).map((element) => element.localName))];
  await Promise.all(tags.map((tag) => page.window.customElements.whenDefined(tag)));
  let count = -1;
  while (count !== customElementsIn(page.document).length) {
    const widgets = customElementsIn(page.document);
    count = widgets.length;
    await Promise.all(widgets.map((widget) => widget.updateComplete));
  }
  await page.document.fonts.ready;
  // Two frames: resize observers report, and what re-renders from a measurement does so.
  await nextFrame(page.window);
  await nextFrame(page.window);
  await Promise.all(customElementsIn(page.document).map((widget) => widget.updateComplete));
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Opens a page of `width` × `height` px, fixed in view (WebKit runs no frames in one out of view). */
export async function openFrame(options: FrameOptions): Promise<FramePage> {
  const { width, height = 800, lang = 'en', rootFontSize, css = '', body, script = BUNDLE, before = '' } = options;
  const iframe = document.createElement('iframe');
  iframe.title = `a page ${width}px wide`;
  Object.assign(iframe.style, {
    position: 'fixed',
    insetBlockStart: '0',
    insetInlineStart: '0',
    inlineSize: `${width}px`,
    blockSize: `${height}px`,
    border: '0',
  });
  const root = rootFontSize ? `html { font-size: ${rootFontSize}px; }` : '';
  iframe.srcdoc = `<!doctype html>
<html lang="${escapeAttribute(lang)}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    ${before ? `<script>${before}</script>` : ''}
    <style>${root} body { margin: 8px; } ${css}</style>
    ${script ? `<script type="module" src="${escapeAttribute(new URL(script, location.href).href)}"></script>` : ''}
  </head>
  <body>${body}</body>
</html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const page: FramePage = {
    iframe,
    window: iframe.contentWindow!,
    document: iframe.contentDocument!,
    remove: () => iframe.remove(),
  };
  if (script) await settle(page);
  return page;
}

/** Loads `script` into a page opened without one, as a script that arrives late does, and settles. */
export async function addScript(page: FramePage, script = BUNDLE): Promise<void> {
  const element = page.document.createElement('script');
  element.type = 'module';
  element.src = new URL(script, location.href).href;
  const loaded = new Promise((resolve, reject) => {
    element.addEventListener('load', resolve, { once: true });
    element.addEventListener('error', () => reject(new Error(`${script} did not load`)), { once: true });
  });
  page.document.head.append(element);
  await loaded;
  await settle(page);
}

import { expect, waitUntil } from '@open-wc/testing';
import { WIDGET_TAGS } from '../src/core/tags.js';

/**
 * The demo's API page (demo/api.html), as a visitor opens it: generated from custom-elements.json,
 * a section per element with a live example and its tables, and nothing axe can fault.
 */

interface AxeResults {
  violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
}
type PageWindow = Window & { axe?: { run: (context: Document) => Promise<AxeResults> } };

let page: Document;
let frame: HTMLIFrameElement;

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The cells of the row whose first cell reads `first`, in the table captioned `caption`. */
function row(caption: string, first: string): string[] {
  const table = [...page.querySelectorAll('table')].find((candidate) => text(candidate.caption) === caption);
  expect(table, `a table captioned "${caption}"`).to.exist;
  const found = [...table!.tBodies[0].rows].find((candidate) => text(candidate.cells[0]) === first);
  expect(found, `a row for ${first} in "${caption}"`).to.exist;
  return [...found!.cells].map((cell) => text(cell));
}

before(async () => {
  frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 1100px; block-size: 800px; border: 0';
  frame.src = '/demo/api.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  page = frame.contentDocument!;
  await waitUntil(() => !page.getElementById('api')!.hasAttribute('aria-busy'), 'the page renders', { timeout: 10000 });
});

after(() => frame.remove());

describe('the API page', () => {
  it('has a section, a contents link and a live example for every element of the manifest', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const tags: string[] = manifest.modules
      .flatMap((module: { declarations?: { customElement?: boolean; tagName?: string }[] }) => module.declarations ?? [])
      .filter((declaration: { customElement?: boolean; tagName?: string }) => declaration.customElement && declaration.tagName)
      .map((declaration: { tagName: string }) => declaration.tagName);
    expect(tags.length).to.be.greaterThan(9);
    // Every element of the manifest, in the article's order, as the README lists them.
    expect([...tags].sort()).to.deep.equal([...WIDGET_TAGS].sort());
    tags.sort((a, b) => WIDGET_TAGS.indexOf(a as never) - WIDGET_TAGS.indexOf(b as never));
    const sections = [...page.querySelectorAll('section.api-element')].map((section) => section.id);
    expect(sections).to.deep.equal(tags);
    const links = [...page.querySelectorAll('nav[aria-label="Elements"] a')].map((link) => link.getAttribute('href'));
    expect(links).to.deep.equal(tags.map((tag) => `#${tag}`));
    for (const tag of tags) {
      if (tag === 'acne-scar-article') {
        // It holds every other element: it is live on a page of its own, one link away.
        expect(page.querySelector(`#${tag} .api-example__live a[href="./article.html"]`), 'a link to the article page').to.exist;
        continue;
      }
      const live = page.querySelector(`#${tag} .api-example__live ${tag}`);
      expect(live, `a live <${tag}>`).to.exist;
      expect(live!.shadowRoot?.childElementCount, `<${tag}> has rendered`).to.be.greaterThan(0);
    }
  });

  it('lists attributes with their values and defaults, events with their detail, slots, parts and tokens', () => {
    expect(row('Attributes and properties of <promo-banner>', 'variant')).to.deep.equal([
      'variant',
      'variant',
      "'bar' | 'card' | 'inline' | undefined",
      '—',
      'The layout: bar (default, a slim strip for the top of a page), card or inline.',
    ]);
    expect(row('Attributes and properties of <promo-banner>', 'dismissible').slice(2, 4)).to.deep.equal(['boolean', 'false']);
    expect(row('Attributes and properties of <microneedling-candidacy>', '—').slice(1, 4)).to.deep.equal([
      'conditions',
      "('active-acne' | 'local-infection' | 'skin-condition' | 'anticoagulants' | 'weak-immune-system')[]",
      '[]',
    ]);
    expect(row('Events of <scar-types>', 'scar-types-tab-change')[1]).to.equal("{ type: 'atrophic' | 'hypertrophic' }");
    expect(row('Events of <promo-banner>', 'promo-click')[1]).to.contain('href: string');
    expect(row('Slots of <promo-banner>', 'headline')[1]).to.contain('headline');
    expect(row('Parts of <med-review>, for ::part()', 'date')[1]).to.equal('The <time> element holding a formatted date (last updated, next review).');
    expect(row('Tokens (CSS custom properties) of <promo-banner>', '--asw-color-promo')[1]).to.equal('light-dark(#7b2d6e, #a0438f)');
  });

  it('keeps the description\'s code examples and lists', () => {
    const description = page.querySelector('#promo-banner .api-element__description')!;
    expect(text(description.querySelector('pre'))).to.contain('@media (max-width: 74.99rem)');
    expect(description.querySelectorAll('li')).to.have.length(3);
  });

  it('gives each element the snippet that loads it alone, with the hashes the site owners\' byline snippet has', async () => {
    const files = (await (await fetch('/dist/loader/files.json')).json()) as Record<string, string[]>;
    const { version } = await (await fetch('/package.json')).json();
    const snippetOf = (tag: string) => {
      const markup = text(page.querySelector(`#${tag} .api-element__loading pre`));
      return new DOMParser().parseFromString(`<head>${markup}</head>`, 'text/html');
    };
    for (const tag of WIDGET_TAGS.filter((candidate) => candidate !== 'acne-scar-article')) {
      const snippet = snippetOf(tag);
      const preloads = [...snippet.querySelectorAll('link[rel="modulepreload"]')];
      expect(preloads.map((link) => link.getAttribute('href')), tag).to.deep.equal(
        files[tag].map((file) => `https://your-cdn.example/acne-scar-widgets@${version}/dist/${file}`),
      );
      for (const link of preloads) expect(link.getAttribute('integrity'), tag).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
      expect(snippet.querySelector('script')!.getAttribute('src')).to.equal(
        `https://your-cdn.example/acne-scar-widgets@${version}/dist/acne-scar-widgets-loader.js`,
      );
    }
    // The article is every element: no loader snippet for it.
    expect(page.querySelector('#acne-scar-article .api-element__loading')).to.equal(null);
    // Hashed here by the browser, and in docs/site-owners.md by the build: the same.
    const siteOwners = await (await fetch('/docs/site-owners.md')).text();
    const publishedSnippet = siteOwners.split('loader-cdn:start')[1].split('loader-cdn:end')[0];
    const integrities = (markup: string) => [...markup.matchAll(/integrity="([^"]+)"/g)].map((match) => match[1]);
    const byline = text(page.querySelector('#med-review .api-element__loading pre'));
    expect(integrities(byline)).to.have.length(files['med-review'].length + 1);
    expect(integrities(byline)).to.deep.equal(integrities(publishedSnippet));
  });

  it('offers every element as paste-ready HTML in each language, with a script only where the element is interactive', async () => {
    const interactive = ['promo-banner', 'scar-types', 'microneedling-candidacy', 'acne-scar-article'];
    const markupOf = async (tag: string, locale?: string) => {
      const details = page.querySelector<HTMLDetailsElement>(`#${tag} .api-element__paste`)!;
      const select = details.querySelector('select')!;
      const code = details.querySelector('pre code')!;
      if (locale && select.value !== locale) {
        code.textContent = '';
        select.value = locale;
        select.dispatchEvent(new Event('change'));
      }
      details.open = true;
      await waitUntil(() => code.textContent!.includes(`</${tag}>`), `the ${tag} markup loads`);
      return code.textContent!;
    };
    for (const tag of WIDGET_TAGS) {
      const markup = await markupOf(tag);
      const parsed = new DOMParser().parseFromString(markup, 'text/html');
      expect(markup, tag).to.contain(`<${tag}`).and.contain('shadowrootmode="open"');
      const scripts = [...parsed.querySelectorAll('script')].map((script) => script.getAttribute('src'));
      expect(scripts, tag).to.deep.equal(interactive.includes(tag) ? [scripts[0]] : []);
      if (interactive.includes(tag)) expect(scripts[0], tag).to.match(/^https:\/\/your-cdn\.example\/acne-scar-widgets@[^/]+\/dist\/acne-scar-widgets-hydrate\.js$/);
      expect(markup, tag).not.to.match(/\son[a-z]+=/i);
    }
    // In the language chosen, right to left where it is.
    expect(await markupOf('med-review', 'es')).to.contain('Revisado médicamente por Kristin Hall, FNP');
    expect(await markupOf('med-disclaimer', 'ar')).to.contain('dir="rtl"');
    const options = [...page.querySelectorAll('#med-review .api-element__paste option')].map((option) => option.getAttribute('value'));
    expect(options).to.include.members(['en', 'es', 'fr', 'de', 'pt-BR', 'ar']).and.not.include('en-XA');
  });

  it('is linked from the demo article\'s header', async () => {
    const index = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
    expect(index.querySelector('header nav a[href="./api.html"]')).to.exist;
  });

  it('has nothing axe can fault', async function () {
    // axe over every element at once, the whole article among them, takes a while on a busy machine.
    this.timeout(60000);
    const pageWindow = frame.contentWindow as PageWindow;
    const script = page.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    page.head.append(script);
    await new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    const { violations } = await pageWindow.axe!.run(page);
    expect(
      violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
    ).to.deep.equal([]);
  });
});

/**
 * Translations are split per element (`locales/<locale>/<tag>.js`): a page fetches the messages of
 * the elements it shows, and an element added later to a translated page still renders in that
 * language from its first render. Its own file, so that no other test has loaded a chunk before.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/acne-scar-article.js';
import { registerLocale, setLocale } from '../src/core/locale.js';
import { WIDGET_TAGS } from '../src/core/tags.js';
import { warningsOfEachTest } from './support/console.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

const fetchedLocaleFiles = (locale: string) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith(`/src/locales/${locale}/`))
    .sort();

describe('translations split per element', () => {
  const warnings = warningsOfEachTest({ resetLocale: true });

  it('fetches only the translations of the elements on the page', async () => {
    const review = await fixture<Updatable>(html`<med-review reviewer="Kristin Hall" updated="2021-03-11"></med-review>`);
    await setLocale('de');
    await review.updateComplete;
    expect(review.shadowRoot!.textContent).to.contain('Kristin Hall');
    expect(fetchedLocaleFiles('de')).to.deep.equal(['/src/locales/de/med-review.js']);
    expect(warnings.messages()).to.deep.equal([]);
  });

  it('renders an element added to a translated page in that language from its first render', async () => {
    await fixture(html`<med-review reviewer="Kristin Hall" updated="2021-03-11"></med-review>`);
    await setLocale('fr');
    expect(fetchedLocaleFiles('fr')).to.deep.equal(['/src/locales/fr/med-review.js']);
    const facts = document.createElement('microneedling-facts') as Updatable;
    const headings: string[] = [];
    document.body.append(facts);
    const observer = new MutationObserver(() => {
      const heading = facts.shadowRoot!.querySelector('[part~="heading"]');
      if (heading) headings.push(heading.textContent!.trim());
    });
    observer.observe(facts.shadowRoot!, { childList: true, subtree: true, characterData: true });
    try {
      await facts.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(fetchedLocaleFiles('fr')).to.include('/src/locales/fr/microneedling-facts.js');
      // Every heading it ever showed was French: no English first.
      expect(headings.length).to.be.above(0);
      expect([...new Set(headings)]).to.deep.equal(['Qu’est-ce que le microneedling, exactement\u202f?']);
      expect(warnings.messages()).to.deep.equal([]);
    } finally {
      observer.disconnect();
      facts.remove();
    }
  });

  it('switches every element on the page, each with its own file, when <html lang> changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <scar-prevention></scar-prevention>
      <med-disclaimer></med-disclaimer>
    </div>`);
    await setLocale('es');
    const [prevention, disclaimer] = [...wrapper.children] as Updatable[];
    await prevention.updateComplete;
    await disclaimer.updateComplete;
    expect(prevention.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal('Cómo prevenir las cicatrices de acné');
    expect(disclaimer.shadowRoot!.textContent).to.contain('Este artículo');
    expect(fetchedLocaleFiles('es')).to.include.members(['/src/locales/es/scar-prevention.js', '/src/locales/es/med-disclaimer.js']);
    expect(fetchedLocaleFiles('es')).not.to.include('/src/locales/es/scar-types.js');
  });

  it('takes a locale registered from every element\'s file at once, as docs/frameworks.md shows bundler users', async () => {
    registerLocale('es-419', async () => {
      const files = await Promise.all(
        WIDGET_TAGS.map((tag) => import(/* @vite-ignore */ `/src/locales/es/${tag}.js`) as Promise<{ templates: object }>),
      );
      return { templates: Object.assign({}, ...files.map((file) => file.templates)) } as never;
    });
    const review = await fixture<Updatable>(html`<med-review reviewer="Kristin Hall" updated="2021-03-11"></med-review>`);
    await setLocale('es-419');
    await review.updateComplete;
    expect(review.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.contain('Revisado médicamente por Kristin Hall');
    expect(warnings.messages()).to.deep.equal([]);
  });
});

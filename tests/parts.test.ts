import { expect, fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import '../src/define/acne-scar-article.js';
import { captureWarnings } from './support/console.js';
import { setLocale } from '../src/core/locale.js';

/**
 * The `::part()` contract: every part an element's JSDoc documents (and so `custom-elements.json`
 * publishes) is rendered in its own shadow root in at least one state, and every part it renders is
 * documented. Designers read the manifest; a part missing from it is a selector nobody knows about,
 * and a documented part that never renders is a selector that silently matches nothing.
 */

interface ManifestPart {
  name: string;
  description?: string;
}

interface ManifestDeclaration {
  customElement?: boolean;
  tagName?: string;
  cssParts?: ManifestPart[];
}

interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

/** A date a few days ahead, so a `countdown` banner is inside its window and shows the countdown. */
const inThreeDays = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

const PRESETS = ['new-customer', 'adult-acne', 'customized-treatment'];
const VARIANTS = ['bar', 'card', 'inline'];

/** Changes a rendered element, for states only a reader's action reaches (ticked boxes). */
type Interaction = (element: HTMLElement) => Promise<void> | void;
interface State {
  template: TemplateResult;
  interact?: Interaction;
  /** Undoes what `interact` changed beyond the element (the page's locale). */
  restore?: () => Promise<unknown>;
}

async function tickConditions(element: HTMLElement, count: number) {
  const boxes = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  for (const box of boxes.slice(0, count)) box.click();
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

/**
 * Every state an element needs to show each of its optional pieces. An element of the manifest
 * missing here fails the coverage test, so a new element cannot slip past this file.
 */
const STATES: Record<string, State[]> = {
  'med-review': [
    {
      template: html`<med-review
        reviewer="Kristin Hall"
        reviewer-credentials="FNP"
        author="Our Editorial Team"
        updated="2021-03-11"
      ></med-review>`,
    },
    { template: html`<med-review></med-review>` },
    // The review schedule, ahead and passed, and the source line.
    {
      template: html`<med-review updated="2021-03-11" next-review="2999-01-01" source-href="/source" publisher="Example Health"></med-review>`,
    },
    { template: html`<med-review updated="2021-03-11" review-interval="P3Y"></med-review>` },
    {
      // In a translation: the line saying it is one, and whether it is medically reviewed.
      template: html`<med-review reviewer="Kristin Hall"></med-review>`,
      interact: async (element) => {
        await setLocale('es');
        await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      },
      restore: () => setLocale(null),
    },
  ],
  'promo-banner': [
    { template: html`<promo-banner href="/x"></promo-banner>` },
    {
      template: html`<promo-banner
        href="/x"
        headline="Our own offer"
        body="Our own text"
        price-amount="9.99"
        price-period="month"
        cta-label="Go"
      ></promo-banner>`,
    },
    ...PRESETS.flatMap((preset) =>
      VARIANTS.map((variant) => ({
        template: html`<promo-banner
          href="/x"
          dismissible
          countdown
          ends=${inThreeDays}
          preset=${preset}
          variant=${variant}
        ></promo-banner>`,
      })),
    ),
  ],
  'scar-types': [
    { template: html`<scar-types layout="tabs"></scar-types>` },
    { template: html`<scar-types layout="columns"></scar-types>` },
    { template: html`<scar-types></scar-types>` },
    { template: html`<scar-types source-href="/source"></scar-types>` },
  ],
  'microneedling-facts': [
    { template: html`<microneedling-facts></microneedling-facts>` },
    { template: html`<microneedling-facts source-href="/source"></microneedling-facts>` },
  ],
  'microneedling-evidence': [
    { template: html`<microneedling-evidence></microneedling-evidence>` },
    { template: html`<microneedling-evidence source-href="/source"></microneedling-evidence>` },
  ],
  'microneedling-candidacy': [
    { template: html`<microneedling-candidacy></microneedling-candidacy>` },
    { template: html`<microneedling-candidacy source-href="/source" publisher="Example Health"></microneedling-candidacy>` },
    {
      template: html`<microneedling-candidacy></microneedling-candidacy>`,
      interact: (element) => tickConditions(element, 2),
    },
  ],
  'scar-treatments': [
    { template: html`<scar-treatments></scar-treatments>` },
    { template: html`<scar-treatments source-href="/source"></scar-treatments>` },
  ],
  'scar-prevention': [
    { template: html`<scar-prevention></scar-prevention>` },
    { template: html`<scar-prevention source-href="/source"></scar-prevention>` },
  ],
  'med-disclaimer': [
    { template: html`<med-disclaimer editorial-href="/x"></med-disclaimer>` },
    { template: html`<med-disclaimer source-href="/source"></med-disclaimer>` },
    { template: html`<med-disclaimer></med-disclaimer>` },
  ],
  'acne-scar-article': [
    { template: html`<acne-scar-article promo-href="/x" editorial-href="/y"></acne-scar-article>` },
    { template: html`<acne-scar-article next-review="2999-01-01" source-href="/source"></acne-scar-article>` },
    { template: html`<acne-scar-article review-interval="P3Y"></acne-scar-article>` },
  ],
};

/**
 * The part names an element exposes from its own shadow root: each word of every `part`
 * attribute, and the outer name of every `exportparts` mapping. Nested shadow roots are not
 * entered: their parts are not reachable through this element unless it exports them.
 */
function exposedParts(host: Element): Set<string> {
  const names = new Set<string>();
  for (const element of host.shadowRoot!.querySelectorAll('[part], [exportparts]')) {
    for (const name of (element.getAttribute('part') ?? '').split(/\s+/)) {
      if (name) names.add(name);
    }
    for (const mapping of (element.getAttribute('exportparts') ?? '').split(',')) {
      const outer = mapping.split(':').pop()!.trim();
      if (outer) names.add(outer);
    }
  }
  return names;
}

/** Every part `tag` exposes across its states. */
async function collectParts(tag: string): Promise<Set<string>> {
  const names = new Set<string>();
  // Some states (a bare <med-review>) warn on purpose; their warnings are tested elsewhere.
  const warnings = captureWarnings();
  try {
    for (const state of STATES[tag]) {
      const element = await fixture<HTMLElement>(state.template);
      expect(element.localName, 'the state renders the element it is listed under').to.equal(tag);
      await state.interact?.(element);
      for (const name of exposedParts(element)) names.add(name);
      await state.restore?.();
    }
  } finally {
    warnings.restore();
  }
  return names;
}

const renderedParts = new Map<string, Promise<Set<string>>>();

/** The parts `tag` exposes, rendered once for both of its tests. */
function partsRenderedBy(tag: string): Promise<Set<string>> {
  if (!renderedParts.has(tag)) renderedParts.set(tag, collectParts(tag));
  return renderedParts.get(tag)!;
}

let documented: Map<string, ManifestPart[]>;

before(async () => {
  const response = await fetch('/custom-elements.json');
  const manifest = (await response.json()) as Manifest;
  documented = new Map(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => [declaration.tagName!, declaration.cssParts ?? []]),
  );
});

describe('parts: custom-elements.json and the rendered shadow DOM agree', () => {
  it('covers every element of the manifest, and every element here is in the manifest and defined', () => {
    expect([...documented.keys()].sort()).to.deep.equal(Object.keys(STATES).sort());
    for (const tag of documented.keys()) {
      expect(customElements.get(tag), `<${tag}> is defined`).to.exist;
    }
  });

  for (const tag of Object.keys(STATES)) {
    describe(`<${tag}>`, () => {
      it('renders every part its manifest entry documents, in at least one state', async () => {
        const rendered = await partsRenderedBy(tag);
        const neverRendered = (documented.get(tag) ?? [])
          .map((part) => part.name)
          .filter((name) => !rendered.has(name));
        expect(neverRendered, `@csspart documented for <${tag}> but never rendered`).to.deep.equal([]);
      });

      it('documents every part it renders, each with a description', async () => {
        const parts = documented.get(tag) ?? [];
        const names = new Set(parts.map((part) => part.name));
        const undocumented = [...(await partsRenderedBy(tag))].filter((name) => !names.has(name)).sort();
        expect(undocumented, `parts rendered by <${tag}> with no @csspart in its JSDoc`).to.deep.equal([]);
        const undescribed = parts.filter((part) => !part.description?.trim()).map((part) => part.name);
        expect(undescribed, `@csspart lines of <${tag}> without a description`).to.deep.equal([]);
      });
    });
  }
});

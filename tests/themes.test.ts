/**
 * The shipped themes (src/themes/*.css, copied to dist/themes/): every element passes axe, colour
 * contrast included, in every theme on the page it is made for; the token defaults suit a dark
 * page on their own; the attribute switch and the opt-in to the reader's system setting work; and
 * forced colours keep text in system colours.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, resetMedia } from './support/engine.js';
import '../src/define/acne-scar-article.js';
import { setLocale } from '../src/core/locale.js';
import { part } from './support/console.js';

const THEME_FILES = ['default', 'dark', 'clinical'] as const;
type ThemeFile = (typeof THEME_FILES)[number];

/** The page a widget sits on: its background, text colour and color-scheme (unset when empty). */
interface Page {
  background: string;
  color?: string;
  colorScheme?: string;
}
const WHITE_PAGE: Page = { background: '#ffffff', color: '#1a1a1a' };
/** A dark site that declares nothing: the theme alone must make the widgets legible. */
const DARK_PAGE: Page = { background: '#121212' };
/** A dark site as most declare it, for the token defaults without any theme file. */
const DECLARED_DARK_PAGE: Page = { background: '#121212', color: '#eeeeee', colorScheme: 'dark' };

interface Setting {
  label: string;
  theme?: ThemeFile;
  /** data-asw-theme on <html>. */
  attribute?: string;
  page: Page;
}

const SETTINGS: Setting[] = [
  { label: 'no theme file, on a dark page that declares color-scheme: dark', page: DECLARED_DARK_PAGE },
  { label: 'default.css on a white page', theme: 'default', page: WHITE_PAGE },
  { label: 'default.css with data-asw-theme="dark" on a dark page', theme: 'default', attribute: 'dark', page: DARK_PAGE },
  { label: 'default.css with data-asw-theme="light" on a white page', theme: 'default', attribute: 'light', page: WHITE_PAGE },
  { label: 'dark.css on a dark page', theme: 'dark', page: DARK_PAGE },
  { label: 'clinical.css on a white page', theme: 'clinical', page: WHITE_PAGE },
];

/** One element as a site would embed it. */
interface Embed {
  label: string;
  tag: string;
  attributes?: Record<string, string>;
  /** Puts the element in the state to check, once it has rendered. */
  prepare?: (element: HTMLElement) => Promise<void>;
}

const PRESETS = ['new-customer', 'adult-acne', 'customized-treatment'];
const VARIANTS = ['bar', 'card', 'inline'];

async function tickEveryBox(element: HTMLElement) {
  for (const box of element.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="checkbox"]')) box.click();
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  expect(element.shadowRoot!.querySelectorAll('[part~="ticked-condition"]')).to.have.length.above(0);
}

const EMBEDS: Embed[] = [
  {
    label: '<med-review>',
    tag: 'med-review',
    attributes: { reviewer: 'Kristin Hall', 'reviewer-credentials': 'FNP', author: 'Our Editorial Team', updated: '2021-03-11' },
  },
  ...PRESETS.flatMap((preset) =>
    VARIANTS.map((variant) => ({
      label: `<promo-banner> ${preset} as a ${variant}`,
      tag: 'promo-banner',
      attributes: { preset, variant, href: 'https://example.com/start', dismissible: '' },
    })),
  ),
  { label: '<scar-types> as tabs', tag: 'scar-types', attributes: { layout: 'tabs' } },
  { label: '<scar-types> as columns', tag: 'scar-types', attributes: { layout: 'columns' } },
  { label: '<microneedling-facts>', tag: 'microneedling-facts' },
  { label: '<microneedling-evidence>', tag: 'microneedling-evidence' },
  { label: '<microneedling-candidacy>', tag: 'microneedling-candidacy' },
  { label: '<microneedling-candidacy> with every box ticked', tag: 'microneedling-candidacy', prepare: tickEveryBox },
  { label: '<scar-treatments>', tag: 'scar-treatments' },
  { label: '<scar-prevention>', tag: 'scar-prevention' },
  { label: '<med-disclaimer> with an editorial link', tag: 'med-disclaimer', attributes: { 'editorial-href': '/editorial-standards' } },
];

let themeLink: HTMLLinkElement | undefined;

/** Links `/src/themes/<name>.css` the way a site links dist/themes/<name>.css, once it has loaded. */
async function linkTheme(name: ThemeFile) {
  unlinkTheme();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/src/themes/${name}.css`;
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`${link.href} did not load`)), { once: true });
  });
  document.head.append(link);
  await loaded;
  themeLink = link;
}

function unlinkTheme() {
  themeLink?.remove();
  themeLink = undefined;
}

function usePage(page: Page, attribute?: string) {
  const root = document.documentElement;
  root.style.background = page.background;
  root.style.color = page.color ?? '';
  root.style.colorScheme = page.colorScheme ?? '';
  if (attribute) root.dataset.aswTheme = attribute;
  else delete root.dataset.aswTheme;
}

function resetPage() {
  usePage({ background: '' });
  unlinkTheme();
}

async function embed({ tag, attributes = {}, prepare }: Embed): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
  const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  wrapper.append(element);
  await element.updateComplete;
  // Let layout-driven renders (scar-types measures its width) settle.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.updateComplete;
  await prepare?.(element);
  return element;
}

const colorOf = (element: Element | null, property: 'color' | 'backgroundColor' | 'borderTopColor' = 'color') =>
  getComputedStyle(element!)[property];

const TEAL = 'rgb(10, 107, 102)';
const LIGHT_TEAL = 'rgb(92, 200, 190)';

describe('themes', () => {
  afterEach(async () => {
    resetPage();
    await resetMedia();
    await setLocale(null);
  });

  describe('every element passes axe, colour contrast included', () => {
    for (const setting of SETTINGS) {
      describe(setting.label, () => {
        beforeEach(async () => {
          if (setting.theme) await linkTheme(setting.theme);
          usePage(setting.page, setting.attribute);
        });
        for (const item of EMBEDS) {
          it(item.label, async () => {
            const element = await embed(item);
            await expect(element).to.be.accessible();
          });
        }
      });
    }

    it('and axe does see colours inside the widgets: a pale accent on white fails', async () => {
      usePage(WHITE_PAGE);
      const element = await embed({ label: 'evidence', tag: 'microneedling-evidence' });
      element.style.setProperty('--asw-color-accent', '#9adcd6');
      await expect(element).not.to.be.accessible();
    });
  });

  describe('the defaults, without a theme file', () => {
    it('use the light accent on a page without a color-scheme', async () => {
      usePage(WHITE_PAGE);
      const element = await embed({ label: 'evidence', tag: 'microneedling-evidence' });
      expect(colorOf(part(element, 'value'))).to.equal(TEAL);
    });

    it('switch to the dark accent, link and offer colours on a page with color-scheme: dark', async () => {
      usePage(DECLARED_DARK_PAGE);
      const evidence = await embed({ label: 'evidence', tag: 'microneedling-evidence' });
      expect(colorOf(part(evidence, 'value'))).to.equal(LIGHT_TEAL);
      const disclaimer = await embed({ label: 'disclaimer', tag: 'med-disclaimer', attributes: { 'editorial-href': '/e' } });
      expect(colorOf(part(disclaimer, 'link'))).to.equal(LIGHT_TEAL);
      const banner = await embed({ label: 'bar', tag: 'promo-banner', attributes: { href: '/start' } });
      expect(colorOf(part(banner, 'base'), 'backgroundColor')).to.equal('rgb(160, 67, 143)');
    });

    it('keep inheriting the page text colour', async () => {
      usePage({ background: '#fff', color: 'rgb(40, 20, 90)' });
      const element = await embed({ label: 'review', tag: 'med-review', attributes: { reviewer: 'Kristin Hall', updated: '2021-03-11' } });
      expect(colorOf(part(element, 'reviewer'))).to.equal('rgb(40, 20, 90)');
    });
  });

  describe('each theme file applies', () => {
    it('default.css: data-asw-theme="dark" turns the text light and the accent lighter', async () => {
      await linkTheme('default');
      usePage(WHITE_PAGE);
      const element = await embed({ label: 'evidence', tag: 'microneedling-evidence' });
      expect(colorOf(part(element, 'value'))).to.equal(TEAL);
      usePage(DARK_PAGE, 'dark');
      expect(colorOf(part(element, 'value'))).to.equal(LIGHT_TEAL);
      expect(colorOf(part(element, 'heading'))).to.equal('rgb(232, 234, 237)');
    });

    it('default.css: data-asw-theme="light" keeps widgets light on a page with color-scheme: dark', async () => {
      await linkTheme('default');
      usePage(DECLARED_DARK_PAGE);
      const element = await embed({ label: 'evidence', tag: 'microneedling-evidence' });
      expect(colorOf(part(element, 'value'))).to.equal(LIGHT_TEAL);
      const island = document.createElement('div');
      island.dataset.aswTheme = 'light';
      element.before(island);
      island.append(element);
      expect(colorOf(part(element, 'value'))).to.equal(TEAL);
      expect(colorOf(part(element, 'heading'))).to.equal('rgb(29, 35, 39)');
    });

    it('dark.css: light text and accent, whatever the page declares', async () => {
      await linkTheme('dark');
      usePage(DARK_PAGE);
      const element = await embed({ label: 'evidence', tag: 'microneedling-evidence' });
      expect(colorOf(part(element, 'heading'))).to.equal('rgb(232, 234, 237)');
      expect(colorOf(part(element, 'value'))).to.equal(LIGHT_TEAL);
      expect(getComputedStyle(element).colorScheme).to.equal('dark');
    });

    it('clinical.css: blue headings and square cards, through parts alone', async () => {
      await linkTheme('clinical');
      usePage(WHITE_PAGE);
      const element = await embed({ label: 'treatments', tag: 'scar-treatments' });
      expect(colorOf(part(element, 'heading'))).to.equal('rgb(10, 56, 102)');
      expect(colorOf(part(element, 'card'), 'borderTopColor')).to.equal('rgb(11, 92, 173)');
      expect(getComputedStyle(part(element, 'card')!).borderTopLeftRadius).to.equal('0px');
    });

    /** What a theme changes on a part, compared between a block alone and inside the article. */
    const STYLED = [
      'color', 'background-color', 'border-top-color', 'border-top-width', 'border-inline-start-color',
      'border-top-left-radius', 'font-family', 'font-weight', 'text-transform', 'letter-spacing',
      'filter', 'accent-color', 'box-shadow',
    ];
    const styleOf = (element: Element) => {
      const computed = getComputedStyle(element);
      return STYLED.map((name) => `${name}: ${computed.getPropertyValue(name)}`);
    };

    for (const theme of THEME_FILES) {
      it(`${theme}.css styles every block inside <acne-scar-article> as it styles the block alone`, async () => {
        await linkTheme(theme);
        usePage(theme === 'dark' ? DARK_PAGE : WHITE_PAGE);
        // Without promo-href the article shows no offers: its forwarded parts cannot say which
        // variant an offer is, so themes may style the article's offers as one (clinical does).
        const article = await embed({ label: 'article', tag: 'acne-scar-article' });
        await Promise.all(
          [...article.shadowRoot!.querySelectorAll('[exportparts]')].map(
            (block) => (block as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
          ),
        );
        const blocks = [...article.shadowRoot!.querySelectorAll<HTMLElement>('[exportparts]')];
        expect(blocks.map((block) => block.localName)).to.include.members(['med-review', 'scar-types', 'med-disclaimer']);
        for (const inArticle of blocks) {
          const alone = document.createElement(inArticle.localName) as HTMLElement & { updateComplete: Promise<unknown> };
          for (const { name, value } of inArticle.attributes) {
            if (!['part', 'exportparts', 'class'].includes(name)) alone.setAttribute(name, value);
          }
          const wrapper = document.createElement('div');
          wrapper.style.width = `${inArticle.getBoundingClientRect().width}px`;
          wrapper.append(alone);
          article.parentElement!.after(wrapper);
          await alone.updateComplete;
          await new Promise((resolve) => requestAnimationFrame(resolve));
          await alone.updateComplete;
          const partsOf = (element: HTMLElement) => [...element.shadowRoot!.querySelectorAll('[part]')];
          const inside = partsOf(inArticle);
          const outside = partsOf(alone);
          expect(inside.map((p) => p.getAttribute('part')), inArticle.localName).to.deep.equal(
            outside.map((p) => p.getAttribute('part')),
          );
          inside.forEach((element, index) => {
            expect(styleOf(element), `<${inArticle.localName}> part "${element.getAttribute('part')}"`).to.deep.equal(
              styleOf(outside[index]),
            );
          });
          wrapper.remove();
        }
      });
    }

    it('clinical.css styles through ::part() alone: the one token it sets, it sets on a part', async () => {
      await linkTheme('clinical');
      const sheet = themeLink!.sheet!;
      const selectors: string[] = [];
      const declarations: string[] = [];
      const walk = (rules: CSSRuleList, parent = '') => {
        for (const rule of rules) {
          if (rule instanceof CSSStyleRule) {
            const selector = rule.selectorText.replace(/&/g, parent);
            for (const name of rule.style) declarations.push(`${selector} ${name}`);
            if (rule.style.length) selectors.push(selector);
            walk(rule.cssRules, selector);
          } else if (rule instanceof CSSMediaRule) {
            walk(rule.cssRules, parent);
          }
        }
      };
      walk(sheet.cssRules);
      expect(selectors).to.have.length.above(10);
      const tokens = declarations.filter((declaration) => / --/.test(declaration));
      expect(tokens).to.have.length.above(0);
      expect(tokens.filter((declaration) => !declaration.includes('::part('))).to.be.empty;
      expect(selectors.filter((selector) => !selector.includes('::part('))).to.be.empty;
    });
  });

  describe('data-asw-theme="auto" follows the reader\'s system setting', () => {
    beforeEach(async () => {
      await linkTheme('default');
    });

    it('light, then dark, then light again', async function () {
      usePage(WHITE_PAGE, 'auto');
      await emulateMedia(this, { colorScheme: 'light' });
      const element = await embed({ label: 'evidence', tag: 'microneedling-evidence' });
      expect(colorOf(part(element, 'value'))).to.equal(TEAL);
      expect(colorOf(part(element, 'heading'))).to.equal('rgb(29, 35, 39)');
      await emulateMedia(this, { colorScheme: 'dark' });
      expect(colorOf(part(element, 'value'))).to.equal(LIGHT_TEAL);
      expect(colorOf(part(element, 'heading'))).to.equal('rgb(232, 234, 237)');
      await emulateMedia(this, { colorScheme: 'light' });
      expect(colorOf(part(element, 'value'))).to.equal(TEAL);
    });

    it('only when the site opts in: without the attribute a dark system setting changes nothing', async function () {
      usePage(WHITE_PAGE);
      await emulateMedia(this, { colorScheme: 'dark' });
      const element = await embed({ label: 'evidence', tag: 'microneedling-evidence' });
      expect(colorOf(part(element, 'value'))).to.equal(TEAL);
      expect(colorOf(part(element, 'heading'))).to.equal('rgb(26, 26, 26)');
    });

    it('passes axe in dark mode on a page that turns dark with it', async function () {
      usePage(DARK_PAGE, 'auto');
      await emulateMedia(this, { colorScheme: 'dark' });
      for (const tag of ['microneedling-evidence', 'scar-types', 'promo-banner']) {
        const element = await embed({ label: tag, tag, attributes: { href: '/start' } });
        await expect(element).to.be.accessible();
      }
    });
  });

  describe('forced colours', () => {
    const SYSTEM_COLORS = ['Canvas', 'CanvasText', 'LinkText', 'VisitedText', 'ActiveText', 'ButtonFace', 'ButtonText',
      'ButtonBorder', 'Field', 'FieldText', 'Highlight', 'HighlightText', 'SelectedItem', 'SelectedItemText', 'Mark',
      'MarkText', 'GrayText', 'AccentColor', 'AccentColorText'];

    /** The computed value of each system colour, as getComputedStyle reports it. */
    function systemColorValues(): Set<string> {
      const probe = document.createElement('span');
      document.body.append(probe);
      const values = new Set(SYSTEM_COLORS.map((name) => {
        probe.style.color = name;
        return getComputedStyle(probe).color;
      }));
      probe.remove();
      return values;
    }

    /** Every element in `root`'s shadow trees that holds text of its own. */
    function textHolders(root: Element): Element[] {
      const holders = new Set<Element>();
      const visit = (node: Node) => {
        if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim() && node.parentElement) holders.add(node.parentElement);
        if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
        node.childNodes.forEach(visit);
      };
      visit(root);
      return [...holders].filter((holder) => holder.checkVisibility());
    }

    for (const theme of [undefined, ...THEME_FILES]) {
      it(`keeps every text in system colours${theme ? ` with ${theme}.css` : ' without a theme'}`, async function () {
        await emulateMedia(this, { forcedColors: 'active' });
        expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.be.true;
        if (theme) await linkTheme(theme);
        usePage(theme === 'dark' ? DARK_PAGE : WHITE_PAGE);
        const system = systemColorValues();
        for (const item of EMBEDS) {
          const element = await embed(item);
          for (const holder of textHolders(element)) {
            expect(system, `${item.label}: ${holder.localName}.${holder.className}`).to.include(getComputedStyle(holder).color);
          }
          element.remove();
        }
      });
    }

    it('every forced-colors rule the elements ship uses system colours only', async () => {
      const colorProperties = /(^|-)(color|fill|stroke|background)$/;
      const allowed = new RegExp(`^(${SYSTEM_COLORS.join('|')}|currentcolor|transparent|auto|none|inherit)$`, 'i');
      let checked = 0;
      for (const item of EMBEDS) {
        const element = await embed(item);
        const sheets = (element.constructor as unknown as { elementStyles: { styleSheet?: CSSStyleSheet }[] }).elementStyles;
        for (const sheet of sheets) {
          for (const rule of sheet.styleSheet?.cssRules ?? []) {
            if (!(rule instanceof CSSMediaRule) || !rule.conditionText.includes('forced-colors: active')) continue;
            for (const inner of rule.cssRules) {
              const style = (inner as CSSStyleRule).style;
              for (const name of style) {
                if (!colorProperties.test(name)) continue;
                checked += 1;
                expect(style.getPropertyValue(name).trim(), `${item.tag} ${(inner as CSSStyleRule).selectorText} ${name}`).to.match(allowed);
              }
            }
          }
        }
        element.remove();
      }
      expect(checked).to.be.above(20);
    });

    for (const theme of THEME_FILES) {
      it(`${theme}.css leaves colours to forced-colors mode (no forced-color-adjust, filters only outside it)`, async () => {
        await linkTheme(theme);
        const offences: string[] = [];
        const walk = (rules: CSSRuleList, outsideForcedColors: boolean) => {
          for (const rule of rules) {
            if (rule instanceof CSSMediaRule) {
              walk(rule.cssRules, outsideForcedColors || /forced-colors:\s*none/.test(rule.conditionText));
            } else if (rule instanceof CSSStyleRule) {
              if (rule.style.getPropertyValue('forced-color-adjust')) offences.push(`${rule.selectorText} sets forced-color-adjust`);
              for (const name of ['filter', 'background-image', 'text-shadow']) {
                const value = rule.style.getPropertyValue(name);
                if (value && !['none', 'initial'].includes(value) && !outsideForcedColors) offences.push(`${rule.selectorText} sets ${name}`);
              }
              walk(rule.cssRules, outsideForcedColors);
            }
          }
        };
        walk(themeLink!.sheet!.cssRules, false);
        expect(offences, offences.join("; ")).to.be.empty;
      });
    }
  });
});

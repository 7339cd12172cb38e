import { expect, fixture, waitUntil } from '@open-wc/testing';
import { focusWindow, sendKeys } from './support/engine.js';
import { html, type TemplateResult } from 'lit';
import '../src/acne-scar-widgets.js';
import { captureWarnings } from './support/console.js';

/**
 * custom-elements.json against the elements themselves. Editors, the reference pages, the API page
 * and anyone generating wrappers read the manifest; this keeps it true both ways, per element:
 * the attributes it observes, the properties and their defaults, the values an attribute takes,
 * the events a reader's actions fire (with their `detail`), the slots it renders, and a
 * description for every item. Parts are held to the same standard in parts.test.ts.
 */

interface Described {
  name: string;
  description?: string;
}
interface ManifestType {
  text: string;
}
interface ManifestAttribute extends Described {
  type?: ManifestType;
  default?: string;
  fieldName?: string;
}
interface ManifestMember extends Described {
  kind: 'field' | 'method';
  type?: ManifestType;
  default?: string;
  attribute?: string;
  static?: boolean;
  privacy?: string;
  readonly?: boolean;
}
interface ManifestEvent extends Described {
  type?: ManifestType;
}
interface ManifestElement {
  name: string;
  tagName: string;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
  events?: ManifestEvent[];
  slots?: Described[];
  cssProperties?: Described[];
}
interface Manifest {
  modules: { declarations?: (Partial<ManifestElement> & { customElement?: boolean })[] }[];
}

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
type ReactiveClass = CustomElementConstructor & {
  observedAttributes: string[];
  elementProperties: Map<PropertyKey, { attribute?: string | boolean; state?: boolean }>;
};

/** What a reader does to an element in one state: everything its documented events answer to. */
type Interaction = (element: Widget) => Promise<void> | void;
interface Exercise {
  template: TemplateResult;
  interact?: Interaction;
}

const shadow = (element: Element, selector: string) => [
  ...element.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

/** Clicks every button, link and checkbox in the element's own shadow root, in order. */
async function clickEverything(element: Widget) {
  for (const control of shadow(element, 'button, a[href], input[type="checkbox"]')) {
    if (!control.isConnected) continue;
    control.click();
    await element.updateComplete;
  }
}

/**
 * Every state each element needs to be driven through. An element of the manifest missing here
 * fails the coverage test, so a new element cannot slip past this file.
 */
const EXERCISES: Record<string, Exercise[]> = {
  'med-review': [
    { template: html`<med-review reviewer="Kristin Hall" author="Our Editorial Team" updated="2021-03-11"></med-review>` },
  ],
  'promo-banner': [
    // The call to action, then a second on screen for the impression.
    { template: html`<promo-banner href="/start"></promo-banner>`, interact: clickEverything },
    { template: html`<promo-banner href="/start" variant="card" dismissible></promo-banner>`, interact: clickEverything },
    {
      template: html`<promo-banner variant="inline"
        ><span slot="headline">Our headline</span><span slot="body">Our text</span></promo-banner
      >`,
    },
  ],
  'scar-types': [
    {
      template: html`<scar-types layout="tabs"></scar-types>`,
      interact: async (element) => {
        const [, second] = shadow(element, '[role="tab"]');
        second.click();
        await element.updateComplete;
        await focusWindow();
        second.focus();
        await sendKeys({ press: 'ArrowLeft' });
        await element.updateComplete;
      },
    },
    { template: html`<scar-types layout="columns"></scar-types>` },
  ],
  'microneedling-facts': [{ template: html`<microneedling-facts></microneedling-facts>` }],
  'microneedling-evidence': [{ template: html`<microneedling-evidence></microneedling-evidence>` }],
  // Ticks every condition, then clears the answers.
  'microneedling-candidacy': [{ template: html`<microneedling-candidacy></microneedling-candidacy>`, interact: clickEverything }],
  'scar-treatments': [{ template: html`<scar-treatments></scar-treatments>` }],
  'scar-prevention': [{ template: html`<scar-prevention></scar-prevention>` }],
  'med-disclaimer': [{ template: html`<med-disclaimer editorial-href="/standards"></med-disclaimer>`, interact: clickEverything }],
  'acne-scar-article': [
    {
      // Narrow, so that its scar types block shows tabs: every block's controls are used in turn.
      template: html`<acne-scar-article
        style="display: block; inline-size: 320px"
        promo-href="/start"
        editorial-href="/standards"
      ></acne-scar-article>`,
      interact: async (article) => {
        await clickEverything(article);
        const [types] = shadow(article, 'scar-types');
        // The scar types block picks tabs once it has measured its width (a ResizeObserver).
        await waitUntil(() => shadow(types, '[role="tab"]').length === 2, 'the scar types block shows tabs');
        for (const block of shadow(article, '*').filter((child) => child.localName.includes('-')) as Widget[]) {
          await block.updateComplete;
          await clickEverything(block);
        }
      },
    },
  ],
};

/** Splits `text` at `separator` where it is not inside brackets, braces, parentheses or quotes. */
function splitTopLevel(text: string, separator: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (character === "'") quoted = !quoted;
    if (quoted) continue;
    if ('{[(<'.includes(character)) depth += 1;
    if ('}])>'.includes(character)) depth -= 1;
    if (depth === 0 && character === separator) {
      pieces.push(text.slice(start, index).trim());
      start = index + 1;
    }
  }
  pieces.push(text.slice(start).trim());
  return pieces.filter((piece) => piece !== '');
}

/** The properties of an object type written out as `{ a: T; b?: U }`: name → [type, optional]. */
function objectProperties(text: string): Map<string, { type: string; optional: boolean }> {
  const body = /^\{(.*)\}$/s.exec(text.trim());
  if (!body) throw new Error(`not an object type: ${text}`);
  return new Map(
    splitTopLevel(body[1], ';').map((entry) => {
      const [, name, optional, type] = /^(\w+)(\??):\s*(.+)$/s.exec(entry)!;
      return [name, { type, optional: optional === '?' }];
    }),
  );
}

/** Whether `value` is of the type written in the manifest (literals, primitives, arrays, objects, unions). */
function matchesType(value: unknown, text: string): boolean {
  return splitTopLevel(text, '|').some((option) => {
    const literal = /^'(.*)'$/.exec(option);
    if (literal) return value === literal[1];
    if (option === 'undefined') return value === undefined;
    if (option === 'string' || option === 'number' || option === 'boolean') return typeof value === option;
    const array = /^(readonly )?(.+)\[\]$/.exec(option);
    if (array) {
      const element = array[2].replace(/^\((.*)\)$/s, '$1');
      return Array.isArray(value) && value.every((item) => matchesType(item, element));
    }
    if (option.startsWith('{')) {
      if (typeof value !== 'object' || value === null) return false;
      const properties = objectProperties(option);
      const keysKnown = Object.keys(value).every((key) => properties.has(key));
      return (
        keysKnown &&
        [...properties].every(([name, property]) => {
          const inner = (value as Record<string, unknown>)[name];
          return (property.optional && inner === undefined) || matchesType(inner, property.type);
        })
      );
    }
    throw new Error(`the test cannot read the type "${option}"`);
  });
}

/** The string values a literal-union type allows (`'bar' | 'card' | undefined` → bar, card), if that is all it is. */
function literalValues(text: string | undefined): string[] | undefined {
  if (!text) return undefined;
  const options = splitTopLevel(text, '|').filter((option) => option !== 'undefined');
  const values = options.map((option) => /^'(.*)'$/.exec(option)?.[1]);
  return values.length > 0 && values.every((value) => value !== undefined) ? (values as string[]) : undefined;
}

/** A default as the manifest writes it (`false`, `'bar'`, `[]`), as a value; `undefined` when absent. */
function defaultValue(text: string | undefined): unknown {
  if (text === undefined || text === 'undefined') return undefined;
  try {
    return JSON.parse(text.replace(/^'(.*)'$/s, '"$1"'));
  } catch {
    throw new Error(`documented default ${text} is not a literal value`);
  }
}

interface DispatchRecord {
  target: EventTarget;
  event: Event;
}

/**
 * Runs `during` while recording every event dispatched from script (the elements' own
 * `dispatchEvent` calls; the browser's native events do not go through it).
 */
async function recordDispatches(during: (records: DispatchRecord[]) => Promise<void>): Promise<DispatchRecord[]> {
  const records: DispatchRecord[] = [];
  const original = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
    records.push({ target: this, event });
    return original.call(this, event);
  };
  try {
    await during(records);
  } finally {
    EventTarget.prototype.dispatchEvent = original;
  }
  return records;
}

/** Whether `node` is `element` or inside it, through shadow roots. */
function isWithin(node: Node | null, element: Element): boolean {
  for (let current = node; current; current = current.parentNode ?? (current as ShadowRoot).host ?? null) {
    if (current === element) return true;
  }
  return false;
}

/**
 * The events that reach `tag` across its exercises: those its own code fires, and those of the
 * widgets inside it that bubble out of them (the article's blocks), which it documents as its own.
 */
async function exerciseEvents(tag: string, documented: ManifestEvent[]): Promise<CustomEvent[]> {
  const fired: CustomEvent[] = [];
  // Links stay on the test page; checkboxes must still tick, so only a link's click is cancelled.
  const stopNavigation = (event: Event) => {
    if (event.composedPath().some((node) => node instanceof HTMLAnchorElement)) event.preventDefault();
  };
  window.addEventListener('click', stopNavigation);
  const warnings = captureWarnings();
  try {
    for (const exercise of EXERCISES[tag]) {
      const element = await fixture<Widget>(exercise.template);
      const fromElement = ({ target, event }: DispatchRecord) =>
        target === element ||
        (target instanceof Node && target.getRootNode() === element.shadowRoot) ||
        (target instanceof Node && event.bubbles && event.composed && isWithin(target, element));
      const records = await recordDispatches(async (soFar) => {
        await exercise.interact?.(element);
        // Some events answer to time on screen (an impression): wait a little for any not seen yet.
        const seen = () => new Set([...fired, ...soFar.filter(fromElement).map((record) => record.event)].map((event) => event.type));
        await waitUntil(() => documented.every((event) => seen().has(event.name)), undefined, { timeout: 2500 }).catch(
          () => undefined,
        );
      });
      fired.push(...records.filter(fromElement).map((record) => record.event as CustomEvent));
    }
  } finally {
    warnings.restore();
    window.removeEventListener('click', stopNavigation);
  }
  return fired;
}

let elements: Map<string, ManifestElement>;

before(async () => {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  elements = new Map(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => [declaration.tagName!, declaration as ManifestElement]),
  );
});

const publicFields = (element: ManifestElement) =>
  (element.members ?? []).filter((member) => member.kind === 'field' && !member.static && member.privacy === undefined);

describe('custom-elements.json describes each element as it is', () => {
  it('covers every element of the manifest, and every element here is in the manifest and defined', () => {
    expect([...elements.keys()].sort()).to.deep.equal(Object.keys(EXERCISES).sort());
    for (const tag of elements.keys()) expect(customElements.get(tag), `<${tag}> is defined`).to.exist;
  });

  for (const tag of Object.keys(EXERCISES)) {
    describe(`<${tag}>`, () => {
      const element = () => elements.get(tag)!;
      const constructorOf = () => customElements.get(tag) as ReactiveClass;

      it('documents exactly the attributes it observes', () => {
        const documented = (element().attributes ?? []).map((attribute) => attribute.name).sort();
        expect(documented).to.deep.equal([...constructorOf().observedAttributes].sort());
      });

      it('documents every reactive property, with the attribute it reads', () => {
        const fields = new Map(publicFields(element()).map((field) => [field.name, field]));
        for (const [name, options] of constructorOf().elementProperties) {
          if (options.state || typeof name !== 'string') continue;
          expect(fields.has(name), `property ${name} is documented`).to.be.true;
          const attribute = options.attribute === false ? undefined : typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
          expect(fields.get(name)!.attribute, `the attribute of ${name}`).to.equal(attribute);
        }
        for (const attribute of element().attributes ?? []) {
          expect(fields.get(attribute.fieldName ?? '')?.attribute, `${attribute.name} names its property`).to.equal(attribute.name);
        }
      });

      it('has every documented property, with its documented default, on a new element', () => {
        const instance = document.createElement(tag) as unknown as Record<string, unknown>;
        for (const member of element().members ?? []) {
          if (member.static || member.privacy) continue;
          expect(member.name in instance, `${member.name} exists`).to.be.true;
          if (member.kind === 'method') {
            expect(instance[member.name], `${member.name} is a method`).to.be.a('function');
          } else {
            expect(instance[member.name], `the default of ${member.name}`).to.deep.equal(defaultValue(member.default));
          }
        }
      });

      it('takes every value its attributes document, and warns about any other, naming itself and the attribute', async () => {
        const warnings = captureWarnings();
        try {
          for (const attribute of element().attributes ?? []) {
            const values = literalValues(attribute.type?.text);
            if (!values && attribute.type?.text !== 'boolean') continue;
            const instance = document.createElement(tag) as Widget;
            document.body.append(instance);
            await instance.updateComplete;
            if (attribute.type?.text === 'boolean') {
              instance.setAttribute(attribute.name, '');
              await instance.updateComplete;
              expect((instance as unknown as Record<string, unknown>)[attribute.fieldName!], attribute.name).to.equal(true);
            }
            if (!values) {
              await instance.updateComplete;
              instance.remove();
              continue;
            }
            const warned = (value: string) =>
              warnings.messages().some((message) => message.startsWith(`<${tag}> ${attribute.name}=${JSON.stringify(value)}`));
            try {
              for (const value of values) {
                instance.setAttribute(attribute.name, value);
                await instance.updateComplete;
                expect(warned(value), `${attribute.name}="${value}" is accepted without a warning`).to.be.false;
              }
              instance.setAttribute(attribute.name, 'not-a-documented-value');
              await instance.updateComplete;
              expect(warned('not-a-documented-value'), `${attribute.name} warns about an undocumented value`).to.be.true;
            } finally {
              await instance.updateComplete;
              instance.remove();
            }
          }
        } finally {
          warnings.restore();
        }
      });

      it('fires every event it documents when a reader uses it, and no other, each as documented', async () => {
        const documented = element().events ?? [];
        const fired = await exerciseEvents(tag, documented);
        expect([...new Set(fired.map((event) => event.type))].sort(), 'events fired').to.deep.equal(
          documented.map((event) => event.name).sort(),
        );
        for (const event of fired) {
          const documentation = documented.find((entry) => entry.name === event.type)!;
          expect(event.bubbles && event.composed, `${event.type} bubbles out of the shadow root`).to.be.true;
          const detailType = /^CustomEvent<(.*)>$/s.exec(documentation.type?.text ?? '')?.[1];
          expect(detailType, `${event.type} documents its detail type`).to.be.a('string');
          expect(
            matchesType(event.detail, detailType!),
            `${event.type} detail ${JSON.stringify(event.detail)} is a ${detailType}`,
          ).to.be.true;
        }
      });

      it('renders exactly the slots it documents', async () => {
        const rendered = new Set<string>();
        for (const exercise of EXERCISES[tag]) {
          const instance = await fixture<Widget>(exercise.template);
          for (const slot of shadow(instance, 'slot')) rendered.add(slot.getAttribute('name') ?? '');
        }
        expect([...rendered].sort()).to.deep.equal((element().slots ?? []).map((slot) => slot.name).sort());
      });

      it('describes itself and every attribute, property, event, slot and token', () => {
        const entry = element();
        expect(entry.summary?.trim(), 'summary').to.not.be.empty;
        expect(entry.description?.trim(), 'description').to.not.be.empty;
        const items: [string, Described[]][] = [
          ['attribute', entry.attributes ?? []],
          ['property', publicFields(entry)],
          ['event', entry.events ?? []],
          ['slot', entry.slots ?? []],
          ['token', entry.cssProperties ?? []],
        ];
        for (const [kind, list] of items) {
          const undescribed = list.filter((item) => !item.description?.trim()).map((item) => item.name);
          expect(undescribed, `${kind}s of <${tag}> without a description`).to.deep.equal([]);
        }
        for (const attribute of entry.attributes ?? []) {
          expect(attribute.type?.text, `the type of ${attribute.name}`).to.be.a('string');
        }
        for (const token of entry.cssProperties ?? []) expect(token.name).to.match(/^--asw-[a-z0-9-]+$/);
      });
    });
  }
});

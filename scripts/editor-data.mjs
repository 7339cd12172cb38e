/**
 * The editor data, written when the analyzer writes custom-elements.json (the analyzer's config runs
 * this plugin last, so it reads the finished manifest), by the custom-elements-manifest ecosystem's
 * own generators:
 * - vscode.html-custom-data.json, VS Code's HTML custom data (custom-element-vs-code-integration),
 *   which a project names in its `.vscode/settings.json`;
 * - web-types.json, JetBrains' Web Types (custom-element-jet-brains-integration), which WebStorm
 *   and IntelliJ find through package.json's `web-types`.
 * Both complete the tags, their attributes and the values an attribute takes, and show on hover each
 * element's summary, description and example with its events, slots, CSS properties and parts,
 * linked to its reference (scripts/reference-url.mjs). CI fails when a committed file differs.
 *
 * They replace scripts/vscode-data.mjs, our own VS Code generator: the same tags, attributes, values
 * and links, and the events and slots described where ours only named them, and the CSS properties
 * and parts, which ours left out. They are called through their documented functions
 * (`getVsCodeHtmlCustomData`, `getWebTypesData`) rather than as analyzer plugins, which write their
 * file at once: where the generators fall short, this file mends their output, each mend for a
 * reason:
 * - They show an element's `summary`, or else its `description`, never both (`descriptionSrc`
 *   picks one field). The description holds the example markup a site owner pastes, so they are
 *   given a copy of the manifest whose description is the summary and the description together.
 * - They write `_(default: undefined)_` after a CSS property that has no default: dropped.
 * - VS Code: a boolean attribute needs `valueSet: "v"`, or completing `dismissible` writes
 *   `dismissible=""`; the generator has no option for it.
 * - VS Code: no CSS custom data file (`cssFileName: null`). It would list each token and part once
 *   per element that documents it (130 entries for 23 tokens), so VS Code would offer each
 *   several times.
 * - JetBrains: the link is given as `referenceTemplate`, the name version 1.8.0 reads; its
 *   README's `referencesTemplate` is ignored (cem-tools issue 171). The test of web-types.json
 *   checks every element's link, so an upgrade that changes this cannot go unnoticed.
 * - JetBrains: `"js-types-syntax": "typescript"`, which the generator leaves out: it tells the IDE
 *   to read an attribute's type (`'bar' | 'card' | 'inline'`) as TypeScript, which is how Web
 *   Types offers those values (JetBrains' own examples set it).
 * - JetBrains: each element's CSS properties and parts on the element (`css.properties`,
 *   `css.parts`, as Web Types describes them) in place of the generator's one page-wide list,
 *   which repeats them per element (130 entries for 23 tokens) and names parts as pseudo-elements
 *   `part(x)`. The list is deleted here: its own option to leave it out (`excludeCss`) makes
 *   version 1.8.0 write invalid JSON (a comma before a closing brace).
 */
import { writeFileSync } from 'node:fs';
import { getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';
import { referenceUrl } from './reference-url.mjs';

const VSCODE_FILE = 'vscode.html-custom-data.json';
const WEB_TYPES_FILE = 'web-types.json';

const REFERENCE_NAME = 'Reference (attributes, events, parts, tokens)';

/** Options both generators take. */
const COMMON = { descriptionSrc: 'description', hideLogs: true };

const elementsOf = (manifest) =>
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);

/**
 * The manifest as the generators should read it: each element's summary above its description.
 * The trailing line break keeps the rule the VS Code generator draws under the description a rule:
 * directly under a line of text, Markdown would read `---` as that line's heading.
 */
function forEditors(manifest) {
  const copy = structuredClone(manifest);
  for (const element of elementsOf(copy)) {
    element.description = `${[element.summary, element.description].filter(Boolean).join('\n\n')}\n`;
  }
  return copy;
}

const named = ({ name, description }) => ({ name, description });

const withoutUndefinedDefaults = (description) => description.replaceAll(' _(default: undefined)_', '');

const writeJson = (file, data) => writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);

function writeVsCodeData(manifest, elements) {
  const data = JSON.parse(
    getVsCodeHtmlCustomData(forEditors(manifest), {
      ...COMMON,
      cssFileName: null,
      referencesTemplate: (name, tag) => [{ name: REFERENCE_NAME, url: referenceUrl(tag) }],
    }),
  );
  for (const tag of data.tags) {
    const element = elements.get(tag.name);
    tag.description = withoutUndefinedDefaults(tag.description);
    for (const attribute of tag.attributes) {
      const declared = element.attributes.find((candidate) => candidate.name === attribute.name);
      if (declared.type?.text === 'boolean') attribute.valueSet = 'v';
    }
  }
  writeJson(VSCODE_FILE, data);
}

function writeWebTypes(manifest, elements) {
  const { $schema, ...data } = JSON.parse(
    getWebTypesData(forEditors(manifest), {
      ...COMMON,
      referenceTemplate: (name, tag) => ({ name: REFERENCE_NAME, url: referenceUrl(tag) }),
    }),
  );
  delete data.contributions.css;
  for (const tag of data.contributions.html.elements) {
    const element = elements.get(tag.name);
    tag.description = withoutUndefinedDefaults(tag.description);
    tag.css = { properties: (element.cssProperties ?? []).map(named), parts: (element.cssParts ?? []).map(named) };
  }
  writeJson(WEB_TYPES_FILE, { $schema, 'js-types-syntax': 'typescript', ...data });
}

/** The analyzer plugin: writes both files from the manifest it has just put together. */
export function editorData() {
  return {
    name: 'editor-data',
    packageLinkPhase({ customElementsManifest }) {
      const elements = new Map(elementsOf(customElementsManifest).map((element) => [element.tagName, element]));
      writeVsCodeData(customElementsManifest, elements);
      writeWebTypes(customElementsManifest, elements);
    },
  };
}

/**
 * Writes the framework bindings from custom-elements.json, so that React and Preact users get the
 * attributes, values and events the elements document, and nothing is written twice by hand:
 *
 * - src/react/index.ts: one React component per element, made with @lit/react (through
 *   src/react/create-widget-component.ts), events as `on…` props (`onPromoClick`).
 * - src/jsx/attributes.ts: every element's JSX props (attributes with their allowed values, and
 *   events as `onpromo-click`), shared by the two typings below.
 * - src/jsx/react.ts and src/jsx/preact.ts: the tags in React's and Preact's JSX, for pages that
 *   use the elements themselves rather than the wrappers.
 *
 * `npm run build` runs it after the analyzer and before tsc; the files are committed, and CI fails
 * when they differ from what the manifest generates.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { LitElement } from 'lit';
import { manifestElements } from './manifest.mjs';

const GENERATED = 'Generated from custom-elements.json by scripts/framework-bindings.mjs (npm run build): edit the\n * elements\' JSDoc, not this file.';

const elements = manifestElements();

/** `promo-click` → `PromoClick`. */
const pascalCase = (name) => name.replace(/(^|-)([a-z0-9])/g, (_, dash, letter) => letter.toUpperCase());
const isIdentifier = (name) => /^[A-Za-z_$][\w$]*$/.test(name);
const propertyKey = (name) => (isIdentifier(name) ? name : `'${name}'`);

/** A JSDoc block at `indent`, from a manifest description. */
function docComment(text, indent) {
  const lines = (text ?? '').replace(/\*\//g, '*\\/').trim().split(/\s*\n\s*/).filter(Boolean);
  if (lines.length === 0) return '';
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`).join('\n')}\n${indent} */\n`;
}

/**
 * The TypeScript type of an attribute's value: the manifest's union of string literals when it
 * documents one (a wrong value is then a type error), with the numbers too when they are all
 * numbers' text, else boolean or string.
 */
function attributeType(attribute) {
  const text = (attribute.type?.text ?? 'string').replace(/\s*\|\s*(undefined|null)\b/g, '').trim();
  if (text === 'boolean') return 'boolean';
  const literals = text.split('|').map((member) => member.trim());
  if (literals.every((member) => /^'[^'\\]*'$|^"[^"\\]*"$/.test(member))) {
    const values = literals.map((member) => member.slice(1, -1));
    // A number's text (a heading level) may be given as the number too: `heading-level={2}`.
    const numbers = values.every((value) => /^\d+$/.test(value)) ? values : [];
    return [...values.map((value) => `'${value}'`), ...numbers].join(' | ');
  }
  return 'string';
}

/**
 * The props of one element in JSX. React 19 and Preact both set a prop as a property when the
 * element has a member of that name and as an attribute otherwise. So an attribute named like its
 * property, or with a hyphen (no property has one), works under its own name; but an attribute
 * whose name is one of Lit's own members (`updated`) would overwrite that member once the element
 * is defined, so JSX sets the property instead and the attribute's name is refused.
 */
function jsxProps(element) {
  let body = '';
  for (const attribute of element.attributes ?? []) {
    const type = attributeType(attribute);
    const field = attribute.fieldName;
    if (field && field !== attribute.name && !attribute.name.includes('-') && attribute.name in LitElement.prototype) {
      body += docComment(
        `${attribute.description ?? ''}\n(The \`${attribute.name}\` attribute, which JSX sets as this property: define the element before it renders.)`,
        '    ',
      );
      body += `    ${propertyKey(field)}?: ${type};\n`;
      body += docComment(
        `Use \`${field}\`: in JSX \`${attribute.name}\` would replace the element's own \`${attribute.name}()\` method.`,
        '    ',
      );
      body += `    ${propertyKey(attribute.name)}?: never;\n`;
      continue;
    }
    body += docComment(attribute.description, '    ');
    body += `    ${propertyKey(attribute.name)}?: ${type};\n`;
  }
  for (const event of element.events ?? []) {
    body += docComment(event.description, '    ');
    body += `    '${`on${event.name}`}'?: (event: HTMLElementEventMap['${event.name}']) => void;\n`;
  }
  return body;
}

function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}

const definePath = (element) => `../define/${element.tagName}.js`;

// src/react/index.ts
{
  let text = `/**\n * React components for every element, made with @lit/react: props set the element's properties,\n * \`on…\` props listen for its events (\`onPromoClick\`), and importing this module defines the elements.\n *\n * ${GENERATED}\n */\n`;
  text += `import * as React from 'react';\nimport type { EventName } from '@lit/react';\nimport { createWidgetComponent } from './create-widget-component.js';\n`;
  for (const element of elements) {
    text += `import { ${element.name} as ${element.name}Element } from '${definePath(element)}';\n`;
  }
  for (const element of elements) {
    text += `\n${docComment(`\`<${element.tagName}>\`: ${element.summary ?? element.description ?? ''}`, '')}`;
    text += `export const ${element.name} = createWidgetComponent({\n`;
    text += `  tagName: '${element.tagName}',\n  elementClass: ${element.name}Element,\n  react: React,\n`;
    const events = element.events ?? [];
    if (events.length) {
      text += '  events: {\n';
      for (const event of events) {
        text += `    on${pascalCase(event.name)}: '${event.name}' as EventName<HTMLElementEventMap['${event.name}']>,\n`;
      }
      text += '  },\n';
    }
    text += `  displayName: '${element.name}',\n});\n`;
  }
  write('src/react/index.ts', text);
}

// src/jsx/attributes.ts
{
  let text = `/**\n * Every element's props in JSX, by tag: its attributes (with the values the element accepts) and\n * its events as \`on\` followed by the event's name, which React 19 and Preact both listen for.\n *\n * ${GENERATED}\n */\n`;
  text += `export interface ElementAttributes {\n`;
  for (const element of elements) {
    text += docComment(`\`<${element.tagName}>\`: ${element.summary ?? ''}`, '  ');
    text += `  '${element.tagName}': {\n${jsxProps(element)}  };\n`;
  }
  text += '}\n';
  write('src/jsx/attributes.ts', text);
}

const classImports = `import type {\n${elements.map((element) => `  ${element.name},\n`).join('')}} from '../index.js';\nimport type { ElementAttributes } from './attributes.js';\n`;

// src/jsx/react.ts
{
  let text = `/**\n * The elements as tags in React's JSX (React 19, which sets properties and listens for custom\n * events on custom elements), for TypeScript: \`import type {} from 'acne-scar-widgets/jsx/react';\`\n *\n * ${GENERATED}\n */\n`;
  text += `import type * as React from 'react';\n${classImports}\n`;
  text += `/** React's props for an element: the usual HTML ones (\`className\`, \`children\`, \`slot\`, \`ref\`…) and its own. */\n`;
  text += `type Props<Element extends HTMLElement, Attributes> = Omit<\n  React.DetailedHTMLProps<React.HTMLAttributes<Element>, Element>,\n  keyof Attributes\n> &\n  Attributes & { class?: string };\n\n`;
  text += `declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
  for (const element of elements) {
    text += `      '${element.tagName}': Props<${element.name}, ElementAttributes['${element.tagName}']>;\n`;
  }
  text += `    }\n  }\n}\n\nexport type { ElementAttributes };\n`;
  write('src/jsx/react.ts', text);
}

// src/jsx/preact.ts
{
  let text = `/**\n * The elements as tags in Preact's JSX, for TypeScript: \`import type {} from 'acne-scar-widgets/jsx/preact';\`\n * Preact is an optional peer: without it this module declares nothing and breaks nothing.\n *\n * ${GENERATED}\n */\n`;
  text += `// @ts-ignore: Preact is only there when the page uses it.\nimport type { JSX as PreactJSX } from 'preact';\n${classImports}\n`;
  text += `/** Preact's props for an element: the usual HTML ones (\`class\`, \`children\`, \`slot\`, \`ref\`…) and its own. */\n`;
  text += `type Props<Element extends HTMLElement, Attributes> = Omit<PreactJSX.HTMLAttributes<Element>, keyof Attributes> & Attributes;\n\n`;
  text += `// @ts-ignore: Preact is only there when the page uses it.\ndeclare module 'preact' {\n  namespace createElement.JSX {\n    interface IntrinsicElements {\n`;
  for (const element of elements) {
    text += `      '${element.tagName}': Props<${element.name}, ElementAttributes['${element.tagName}']>;\n`;
  }
  text += `    }\n  }\n}\n\nexport type { ElementAttributes };\n`;
  write('src/jsx/preact.ts', text);
}

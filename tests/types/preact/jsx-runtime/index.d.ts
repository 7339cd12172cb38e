// Part of the stand-in for Preact 10's types (see ../index.d.ts): `preact/jsx-runtime`, which
// TypeScript reads for `"jsx": "react-jsx"` with `jsxImportSource` preact.
import type { ComponentChildren, VNode } from '../index';
import { JSXInternal } from '../jsx';

export { Fragment } from '../index';
export function jsx(type: any, props: Record<string, any> & { children?: ComponentChildren }, key?: string): VNode<any>;
export function jsxs(type: any, props: Record<string, any> & { children?: ComponentChildren }, key?: string): VNode<any>;
export { JSXInternal as JSX };

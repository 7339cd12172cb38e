// A stand-in for Preact 10's type declarations, which the typecheck uses in place of the real
// package (not installed here): the same shape where the JSX typings meet it. `preact` is one
// namespace exported with `export =`, whose JSX namespace, like `createElement.JSX`, `h.JSX` and
// the JSX of `preact/jsx-runtime`, is an alias of one `JSXInternal` namespace.
export = preact;
export as namespace preact;

import { JSXInternal } from './jsx';

declare namespace preact {
  export import JSX = JSXInternal;

  type Key = string | number | any;
  type RefObject<T> = { current: T | null };
  type RefCallback<T> = (instance: T | null) => void;
  type Ref<T> = RefObject<T> | RefCallback<T>;
  type ComponentChild = VNode<any> | object | string | number | bigint | boolean | null | undefined;
  type ComponentChildren = ComponentChild[] | ComponentChild;

  interface VNode<P = {}> {
    type: string | ((props: P) => VNode<any> | null);
    props: P & { children: ComponentChildren };
    key: Key;
  }

  interface Attributes {
    key?: Key;
    jsx?: boolean;
  }

  function createElement(type: string, props: Record<string, any> | null, ...children: ComponentChildren[]): VNode<any>;
  namespace createElement {
    export import JSX = JSXInternal;
  }

  function h(type: string, props: Record<string, any> | null, ...children: ComponentChildren[]): VNode<any>;
  namespace h {
    export import JSX = JSXInternal;
  }

  const Fragment: (props: { children?: ComponentChildren }) => VNode<any>;
}

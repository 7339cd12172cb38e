// Part of the stand-in for Preact 10's types (see index.d.ts): its JSX namespace, with a few of
// its HTML attributes.
import * as preact from './index';

export namespace JSXInternal {
  interface IntrinsicAttributes {
    key?: any;
  }
  interface Element extends preact.VNode<any> {}
  interface ElementChildrenAttribute {
    children: any;
  }

  interface DOMAttributes<Target extends EventTarget> {
    children?: preact.ComponentChildren;
    onClick?: (this: Target, event: MouseEvent) => void;
  }

  interface HTMLAttributes<RefType extends EventTarget = EventTarget> extends preact.Attributes, DOMAttributes<RefType> {
    ref?: preact.Ref<RefType>;
    class?: string;
    className?: string;
    id?: string;
    slot?: string;
    hidden?: boolean;
    lang?: string;
    dir?: 'ltr' | 'rtl' | 'auto';
    style?: string | Record<string, string | number>;
  }

  interface IntrinsicElements {
    div: HTMLAttributes<HTMLDivElement>;
    p: HTMLAttributes<HTMLParagraphElement>;
    span: HTMLAttributes<HTMLSpanElement>;
  }
}

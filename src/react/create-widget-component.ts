import * as React from 'react';
import { createComponent, type EventName, type Options, type ReactWebComponent } from '@lit/react';

type EventProps = Record<string, EventName | string>;
type Handler = (event: Event) => void;

/**
 * `createComponent` from @lit/react, with one difference: an `on…` handler is never called after
 * the component unmounts. @lit/react leaves its listeners on the element when React removes it, so
 * an event the element dispatched later (a pending timer, a script still holding the element)
 * would reach a component that is gone. Here each listener passes the event on to the current
 * handler only while the component is mounted.
 */
export function createWidgetComponent<Element extends HTMLElement, Events extends EventProps = {}>(
  options: Options<Element, Events>,
): ReactWebComponent<Element, Events> {
  const Component = createComponent(options);
  const eventProps = Object.keys(options.events ?? {});
  if (eventProps.length === 0) return Component;

  const WidgetComponent = React.forwardRef<Element, Record<string, unknown>>((props, ref) => {
    const handlers = React.useRef(props);
    const mounted = React.useRef(false);
    React.useLayoutEffect(() => {
      handlers.current = props;
    });
    React.useLayoutEffect(() => {
      mounted.current = true;
      return () => {
        mounted.current = false;
      };
    }, []);
    // One listener per event for the component's whole life, so @lit/react adds each only once.
    const listeners = React.useMemo(() => {
      const byProp: Record<string, Handler> = {};
      for (const prop of eventProps) {
        byProp[prop] = (event) => {
          const handler = handlers.current[prop];
          if (mounted.current && typeof handler === 'function') (handler as Handler)(event);
        };
      }
      return byProp;
    }, []);
    const componentProps: Record<string, unknown> = { ...props, ref };
    for (const prop of eventProps) {
      if (typeof props[prop] === 'function') componentProps[prop] = listeners[prop];
    }
    return React.createElement(Component as unknown as React.ComponentType<Record<string, unknown>>, componentProps);
  });
  WidgetComponent.displayName = options.displayName ?? options.elementClass.name;
  return WidgetComponent as unknown as ReactWebComponent<Element, Events>;
}

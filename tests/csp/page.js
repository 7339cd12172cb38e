// The strict host page's own script (tests/csp/page.html), loaded first as a classic script from
// the page's origin, so it hears every Content-Security-Policy violation from before the bundle
// runs. It reports them two ways, both read by csp.test.html:
//   - an event listener (capturing, on window) fills `window.cspViolations`;
//   - the `document.onsecuritypolicyviolation` handler posts each one to the parent page, naming
//     the frame it came from (`window.name`, which the test sets).
// It also keeps `window.pageErrors` (uncaught errors and rejections).
//
// The query string picks what else the page does:
//   ?control    breaks the policy on purpose, at least once for each directive it can reach, so the
//               test sees the policy in force and the violations heard (window.controlAttempts);
//   ?twice      loads a second copy of the bundle (a second copy of Lit, a second `lit-html` policy)
//               and records the outcome in `window.secondCopy`.
(() => {
  const describe = (event) => ({
    directive: event.effectiveDirective,
    blockedURI: event.blockedURI,
    sample: event.sample,
    sourceFile: event.sourceFile,
    lineNumber: event.lineNumber,
  });

  window.cspViolations = [];
  window.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(describe(event)), true);
  document.onsecuritypolicyviolation = (event) =>
    parent.postMessage({ kind: 'csp-violation', frame: window.name, violation: describe(event) }, location.origin);

  window.pageErrors = [];
  window.addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) =>
    window.pageErrors.push(`unhandled rejection: ${event.reason}`),
  );

  const options = new URLSearchParams(location.search);

  if (options.has('twice')) {
    // Once the page's own copy has defined the elements (and so created its policy).
    window.secondCopy = customElements
      .whenDefined('acne-scar-article')
      .then(() => import('/dist/acne-scar-widgets.js?second-copy'))
      .then(
        (module) => {
          window.secondCopyModule = module;
          return 'loaded';
        },
        (error) => `failed: ${error}`,
      );
  }

  if (options.has('control')) {
    /** Resolves after the next violation (and any that come with it), or after a second of none. */
    const nextViolations = () =>
      new Promise((resolve) => {
        const seen = window.cspViolations.length;
        const done = () => setTimeout(() => resolve(window.cspViolations.slice(seen)), 50);
        const timer = setTimeout(done, 1000);
        window.addEventListener(
          'securitypolicyviolation',
          () => {
            clearTimeout(timer);
            done();
          },
          { once: true },
        );
      });
    /** Runs one attempt to break the policy; records what it did and which directives reported it. */
    const attempt = async (name, action) => {
      const reported = nextViolations();
      let outcome;
      try {
        outcome = `allowed: ${await action()}`;
      } catch (error) {
        outcome = `threw ${error.name}`;
      }
      const directives = (await reported).map((violation) => violation.directive);
      window.controlAttempts[name] = { outcome, directives };
    };
    window.controlAttempts = {};
    const breakThePolicy = async () => {
      // No 'unsafe-eval': eval of a string (Trusted Types refuses it first), and WebAssembly.
      await attempt('eval', () => eval('1 + 1'));
      await attempt('WebAssembly', () => WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])));
      // No 'unsafe-inline' scripts: a <script> with inline text (Trusted Types refuses it first).
      await attempt('inline script', () => {
        const script = document.createElement('script');
        script.append(document.createTextNode('window.inlineScriptRan = true;'));
        document.head.append(script);
        return 'appended';
      });
      // script-src 'self': a module from another origin (never fetched: the policy stops it).
      await attempt('cross-origin module', () => import(`http://127.0.0.1:${location.port}/dist/locales/es.js`));
      // No 'unsafe-inline' styles: a <style> element and a style="…" attribute.
      await attempt('inline <style>', () => {
        const style = document.createElement('style');
        style.append(document.createTextNode('body { outline: 3px solid red; }'));
        document.head.append(style);
        return 'appended';
      });
      await attempt('style attribute', () => {
        document.body.setAttribute('style', 'outline: 3px solid red');
        return 'set';
      });
      // require-trusted-types-for 'script': a string assigned to an HTML sink.
      await attempt('innerHTML', () => {
        document.createElement('div').innerHTML = '<b>not trusted</b>';
        return 'assigned';
      });
      // trusted-types lit-html: a policy of another name, and a second policy named lit-html.
      await attempt('other policy', () => String(trustedTypes.createPolicy('not-allowed', {})));
      await attempt('second lit-html policy', () => String(trustedTypes.createPolicy('lit-html', {})));
      // object-src 'none' (Trusted Types refuses the string URL for `data` first).
      await attempt('object', () => {
        const object = document.createElement('object');
        object.data = '/tests/csp/page.js';
        document.body.append(object);
        return 'appended';
      });
      // base-uri 'none'.
      await attempt('base', () => {
        const base = document.createElement('base');
        base.href = '/elsewhere/';
        document.head.append(base);
        return 'appended';
      });
      parent.postMessage({ kind: 'control-done', frame: window.name }, location.origin);
    };
    // After the widgets are defined, so Lit's own `lit-html` policy exists already.
    customElements.whenDefined('acne-scar-article').then(breakThePolicy);
  }
})();

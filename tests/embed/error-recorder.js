// Loaded first, as a classic script, so it records every error and warning the widgets cause,
// including those thrown while the bundle evaluates. The test pages import no copy of Lit of
// their own (chai, not @open-wc/testing), so every message here comes from the widgets.
window.recorded = { errors: [], warnings: [] };
window.addEventListener('error', (event) => window.recorded.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) =>
  window.recorded.errors.push(`unhandled rejection: ${event.reason}`),
);
const originalError = console.error;
console.error = (...args) => {
  window.recorded.errors.push(args.map(String).join(' '));
  originalError(...args);
};
const originalWarn = console.warn;
console.warn = (...args) => {
  window.recorded.warnings.push(args.map(String).join(' '));
  originalWarn(...args);
};

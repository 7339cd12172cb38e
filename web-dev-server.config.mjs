/** `npm start`: serves the built demo (demo/ loads dist/acne-scar-widgets.js) on localhost. */
const port = Number(process.env.PORT) || 8000;

export default {
  rootDir: '.',
  port,
  hostname: 'localhost',
  nodeResolve: false,
  watch: false,
  middleware: [
    // The demo is the site's front page.
    function demoAtRoot(context, next) {
      if (context.path === '/') {
        context.redirect('/demo/');
        return undefined;
      }
      return next();
    },
  ],
  plugins: [
    {
      name: 'print-demo-url',
      serverStart() {
        console.log(`\nDemo: http://localhost:${port}/demo/\n`);
      },
    },
  ],
};

import { expect } from '@open-wc/testing';
import { articleStructuredData, setLocale } from '../src/index.js';
import { warningsOfEachTest } from './support/console.js';

describe('articleStructuredData(): the article as schema.org MedicalWebPage, for pages that add JSON-LD', () => {
  const warnings = warningsOfEachTest({ resetLocale: true });

  it('gives the headline, what it is about, the author, the reviewer with credentials and the review date', async () => {
    const data = await articleStructuredData();
    // Written out once for this test and the server's (tests/node/ssr.test.mjs).
    const expected = await (await fetch('/tests/support/article-structured-data.json')).json();
    expect(data).to.deep.equal(expected);
    expect(warnings.messages()).to.be.empty;
  });

  it('adds the page, the source (resolved against the page) and the publisher', async () => {
    const data = await articleStructuredData({ url: location.href, sourceHref: '/articles/acne-scars', publisher: ' Example Health ' });
    expect(data.url).to.equal(location.href);
    expect(data.isBasedOn).to.equal(new URL('/articles/acne-scars', document.baseURI).href);
    expect(data.publisher).to.deep.equal({ '@type': 'Organization', name: 'Example Health' });
  });

  it('leaves out a source or a page address of another scheme', async () => {
    const data = await articleStructuredData({ url: 'javascript:alert(1)', sourceHref: 'data:text/html,x', publisher: '   ' });
    expect(data).not.to.have.any.keys('url', 'isBasedOn', 'publisher');
  });

  it('is in the locale the widgets show, its messages loaded first, with no element on the page', async () => {
    await setLocale('fr');
    const data = await articleStructuredData();
    expect(data.inLanguage).to.equal('fr');
    expect(data.headline).to.match(/^Le microneedling permet-il de réduire les cicatrices d’acné\s\?$/);
    await setLocale('ar');
    expect((await articleStructuredData()).inLanguage).to.equal('ar');
  });

  it('serializes to JSON that reads back the same', async () => {
    const data = await articleStructuredData({ publisher: '</script><b>x</b>' });
    expect(JSON.parse(JSON.stringify(data))).to.deep.equal(data);
  });
});

describe('the structured-data snippet of the publishing page', () => {
  it('runs as written and adds the article\'s JSON-LD to the page', async () => {
    const page = await (await fetch('/docs/publishing.md')).text();
    const snippet = /<!-- structured-data-snippet -->\n```js\n([\s\S]*?)```/.exec(page)?.[1];
    expect(snippet, 'the snippet is in docs/publishing.md').to.be.a('string');
    // The package's name, as a bundler resolves it: here, the built package entry.
    const code = snippet!.replace("from 'acne-scar-widgets'", `from '${new URL('/dist/index.js', location.href).href}'`);
    expect(code).not.to.equal(snippet);
    const before = document.head.querySelectorAll('script[type="application/ld+json"]').length;
    const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    try {
      await import(/* @vite-ignore */ url);
    } finally {
      URL.revokeObjectURL(url);
    }
    const scripts = document.head.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts.length).to.equal(before + 1);
    const data = JSON.parse(scripts[scripts.length - 1].textContent!);
    expect(data['@type']).to.equal('MedicalWebPage');
    expect(data.isBasedOn).to.equal('https://publisher.example/acne-scars');
    expect(data.publisher).to.deep.equal({ '@type': 'Organization', name: 'Example Health' });
    scripts[scripts.length - 1].remove();
  });
});

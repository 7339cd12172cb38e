import { expect, waitUntil } from '@open-wc/testing';
import { LOCALES } from '../src/core/locale.js';

/**
 * The demo's language menu, on both demo pages: it lists exactly the locales the build has (the
 * library's LOCALES, which come from lit-localize.json), each named in its own language, and
 * choosing one switches the widgets' language.
 */
for (const path of ['/demo/', '/demo/article.html']) {
  describe(`the demo's language menu (${path})`, () => {
    let frame: HTMLIFrameElement;
    let page: Document;
    before(async () => {
      frame = document.createElement('iframe');
      frame.style.cssText = 'inline-size: 1000px; block-size: 700px; border: 0';
      frame.src = `${path}?lang=de`;
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      page = frame.contentDocument!;
      await waitUntil(() => page.querySelectorAll('#locale-switcher option').length > 1, 'the menu is filled', { timeout: 10000 });
    });
    after(() => frame.remove());

    it('lists the locales the build has, each in its own language, with the page\'s one chosen', () => {
      const menu = page.getElementById('locale-switcher') as HTMLSelectElement;
      const options = [...menu.options];
      expect(options.map((option) => option.value)).to.deep.equal([...LOCALES]);
      const names = Object.fromEntries(options.map((option) => [option.value, option.text]));
      expect(names.en).to.equal('English');
      expect(names.es).to.equal('Español');
      expect(names.de).to.equal('Deutsch');
      expect(names['en-XA']).to.equal('Pseudo-locale (en-XA)');
      expect(menu.value).to.equal('de');
    });

    it('switches the widgets\' language', async () => {
      const menu = page.getElementById('locale-switcher') as HTMLSelectElement;
      menu.value = 'es';
      menu.dispatchEvent(new Event('change'));
      expect(page.documentElement.lang).to.equal('es');
      const review = page.querySelector('med-review') ?? page.querySelector('acne-scar-article')!.shadowRoot!.querySelector('med-review');
      await waitUntil(() => /Revisado médicamente/.test(review!.shadowRoot!.textContent ?? ''), 'the byline in Spanish', { timeout: 10000 });
    });
  });
}

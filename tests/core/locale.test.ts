import { expect } from '@open-wc/testing';
import { getLocale, resolveLocale, setLocale } from '../../src/core/locale.js';

describe('locale resolution', () => {
  it('falls back from regional tags to the language, then to English', () => {
    expect(resolveLocale('es')).to.equal('es');
    expect(resolveLocale('es-MX')).to.equal('es');
    expect(resolveLocale('ES-419')).to.equal('es');
    expect(resolveLocale('es_AR')).to.equal('es');
    expect(resolveLocale('en-GB')).to.equal('en');
    expect(resolveLocale('pt-PT')).to.equal('en');
    expect(resolveLocale('tlh')).to.equal('en');
    expect(resolveLocale('')).to.equal('en');
    expect(resolveLocale(null)).to.equal('en');
    expect(resolveLocale('es-x-private')).to.equal('es');
  });

  it('sets the locale from JavaScript and goes back to <html lang> with null', async () => {
    await setLocale('es-CL');
    expect(getLocale()).to.equal('es');
    await setLocale(null);
    expect(getLocale()).to.equal('en');
  });
});

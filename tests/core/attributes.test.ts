import { expect } from '@open-wc/testing';
import { parseEnum, parseHeadingLevel, parseIsoDate, parseSafeUrl } from '../../src/core/attributes.js';

describe('attribute parsing', () => {
  it('reads ISO dates and date-times, and refuses days that do not exist', () => {
    expect(parseIsoDate('2021-03-11')).to.deep.include({ datetime: '2021-03-11', dateOnly: true });
    expect(parseIsoDate(' 2024-02-29 ')!.date.toISOString()).to.equal('2024-02-29T00:00:00.000Z');
    expect(parseIsoDate('2021-03-11T09:30:00Z')!.date.toISOString()).to.equal('2021-03-11T09:30:00.000Z');
    expect(parseIsoDate('2021-03-11T09:30+02:00')!.date.toISOString()).to.equal('2021-03-11T07:30:00.000Z');
    // Years 0001–0099 as written (Date.UTC would make 0099 into 1999).
    expect(parseIsoDate('0099-03-11')!.date.toISOString()).to.equal('0099-03-11T00:00:00.000Z');
    expect(parseIsoDate('0004-02-29')!.date.getUTCDate()).to.equal(29);
    for (const bad of ['2021-02-29', '2021-02-30', '2099-02-30', '2020-06-31', '0003-02-29', '2021-00-10', '2021-3-11', 'March 11, 2021', '', '2021-03-11T24:00', null, undefined]) {
      expect(parseIsoDate(bad), String(bad)).to.be.undefined;
    }
  });

  it('reads heading levels 1 to 6 only', () => {
    expect(parseHeadingLevel('2')).to.equal(2);
    expect(parseHeadingLevel(6)).to.equal(6);
    for (const bad of ['0', '7', '2.5', 'h2', '', '-1', null]) {
      expect(parseHeadingLevel(bad), String(bad)).to.be.undefined;
    }
  });

  it('reads enum values case-insensitively', () => {
    expect(parseEnum(' Card ', ['bar', 'card'] as const)).to.equal('card');
    expect(parseEnum('banner', ['bar', 'card'] as const)).to.be.undefined;
  });

  it('accepts http, https, mailto and relative URLs and refuses every other scheme', () => {
    expect(parseSafeUrl('https://example.com/a?b=1#c')).to.equal('https://example.com/a?b=1#c');
    expect(parseSafeUrl('mailto:a@example.com')).to.equal('mailto:a@example.com');
    expect(parseSafeUrl('/standards')).to.equal(new URL('/standards', document.baseURI).href);
    expect(parseSafeUrl('//cdn.example.com/x')).to.equal(new URL('//cdn.example.com/x', document.baseURI).href);
    for (const bad of [
      'javascript:alert(1)',
      '\u0000javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'jav\nascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:x',
      'file:///etc/passwd',
      'blob:https://example.com/uuid',
      'http://[::1',
      '   ',
    ]) {
      expect(parseSafeUrl(bad), JSON.stringify(bad)).to.be.undefined;
    }
  });

  it('takes a narrower list of schemes when asked', () => {
    expect(parseSafeUrl('mailto:a@example.com', ['http:', 'https:'])).to.be.undefined;
  });
});

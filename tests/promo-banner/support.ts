import { fixture, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define/promo-banner.js';
import type { PromoBanner } from '../../src/promo-banner/promo-banner.js';
import { DISMISSAL_STORAGE_PREFIX } from '../../src/promo-banner/dismissal.js';
import { part } from '../support/console.js';

export { part };

/** A banner fixture, after its first render. */
export async function banner(template: TemplateResult): Promise<PromoBanner> {
  const el = await fixture<PromoBanner>(template);
  await el.updateComplete;
  return el;
}

/**
 * A page fragment holding banners, once they have rendered. Unlike `fixture()` of a plain element
 * it waits for no animation frame, which a background tab never gets.
 */
export async function page(template: TemplateResult): Promise<HTMLElement> {
  const wrapper = fixtureSync<HTMLElement>(template);
  await Promise.all([...wrapper.querySelectorAll<PromoBanner>('promo-banner')].map((el) => el.updateComplete));
  return wrapper;
}

export { html };

/**
 * What a sighted reader sees in `node`: text with the screen-reader-only pieces left out, white
 * space collapsed and no-break spaces written as spaces.
 */
export function seenText(node: Element | null): string {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return (copy.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** What a screen reader reads in `node`: text without the `aria-hidden` pieces. */
export function spokenText(node: Element | null): string {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return (copy.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** Whether the banner shows anything: a rendered region and a box on the page. */
export function isShown(el: PromoBanner): boolean {
  return part(el, 'base') !== null && getComputedStyle(el).display !== 'none';
}

/** Removes every dismissal the tests stored. */
export function clearDismissals(): void {
  for (let index = localStorage.length - 1; index >= 0; index--) {
    const key = localStorage.key(index);
    if (key?.startsWith(DISMISSAL_STORAGE_PREFIX)) localStorage.removeItem(key);
  }
}

/** An ISO date-time `days` days from now. */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString();
}

/** Today's date in the reader's time zone, as `YYYY-MM-DD`. */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The accessible name `aria-labelledby` gives `node`: the spoken text of each referenced element. */
export function labelledByName(node: Element | null): string {
  if (!node) return '';
  const root = node.getRootNode() as ShadowRoot | Document;
  return (node.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => spokenText(root.getElementById(id)))
    .filter(Boolean)
    .join(' ');
}

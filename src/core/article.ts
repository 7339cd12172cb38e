import { msg } from '@lit/localize';

/** The article's title, in the active locale. Shared: the source line of every block names it. */
export function articleTitle(): string {
  return msg('Does Microneedling Work to Reduce Acne Scars?', {
    desc: 'The article\'s title.',
  });
}

/** The article's byline, as published. */
export const BYLINE = {
  reviewer: 'Kristin Hall',
  reviewerCredentials: 'FNP',
  author: 'Our Editorial Team',
  updated: '2021-03-11',
} as const;

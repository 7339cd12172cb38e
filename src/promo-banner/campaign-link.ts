/** The campaign attributes and the query parameters they become. */
export const CAMPAIGN_PARAMETERS = {
  'utm-source': 'utm_source',
  'utm-medium': 'utm_medium',
  'utm-campaign': 'utm_campaign',
  'utm-content': 'utm_content',
  'utm-term': 'utm_term',
} as const;
export type CampaignAttribute = keyof typeof CAMPAIGN_PARAMETERS;

function keyOf(pair: string): string {
  const name = pair.split('=')[0].replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * Adds campaign parameters to the query of `href` (an absolute URL), before any hash. The page's
 * own query is kept byte for byte, except a parameter that a given value replaces: re-serialising
 * it with `URLSearchParams` would rewrite encodings and turn `?flag` into `?flag=`.
 */
export function withCampaign(href: string, values: Partial<Record<CampaignAttribute, string>>): string {
  const added = new URLSearchParams();
  for (const [attribute, parameter] of Object.entries(CAMPAIGN_PARAMETERS)) {
    const value = values[attribute as CampaignAttribute]?.trim();
    if (value) added.append(parameter, value);
  }
  if ([...added.keys()].length === 0) return href;
  const url = new URL(href);
  const query = url.search.slice(1);
  // Every byte of the page's query stays, empty pairs (`?a=1&&b`) included, but a replaced parameter.
  const kept = query ? query.split('&').filter((pair) => pair === '' || !added.has(keyOf(pair))) : [];
  url.search = [...kept, added.toString()].join('&');
  return url.href;
}

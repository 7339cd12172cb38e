/**
 * The elements as tags in Preact's JSX, for TypeScript: `import type {} from 'acne-scar-widgets/jsx/preact';`
 * Preact is an optional peer: without it this module declares nothing and breaks nothing.
 *
 * Generated from custom-elements.json by scripts/framework-bindings.mjs (npm run build): edit the
 * elements' JSDoc, not this file.
 */
// @ts-ignore: Preact is only there when the page uses it.
import type { JSX as PreactJSX } from 'preact';
import type {
  AcneScarArticle,
  MedDisclaimer,
  MedReview,
  MicroneedlingCandidacy,
  MicroneedlingEvidence,
  MicroneedlingFacts,
  PromoBanner,
  ScarPrevention,
  ScarTreatments,
  ScarTypes,
} from '../index.js';
import type { ElementAttributes } from './attributes.js';

/** Preact's props for an element: the usual HTML ones (`class`, `children`, `slot`, `ref`…) and its own. */
type Props<Element extends HTMLElement, Attributes> = Omit<PreactJSX.HTMLAttributes<Element>, keyof Attributes> & Attributes;

// @ts-ignore: Preact is only there when the page uses it.
declare module 'preact' {
  namespace createElement.JSX {
    interface IntrinsicElements {
      'acne-scar-article': Props<AcneScarArticle, ElementAttributes['acne-scar-article']>;
      'med-disclaimer': Props<MedDisclaimer, ElementAttributes['med-disclaimer']>;
      'med-review': Props<MedReview, ElementAttributes['med-review']>;
      'microneedling-candidacy': Props<MicroneedlingCandidacy, ElementAttributes['microneedling-candidacy']>;
      'microneedling-evidence': Props<MicroneedlingEvidence, ElementAttributes['microneedling-evidence']>;
      'microneedling-facts': Props<MicroneedlingFacts, ElementAttributes['microneedling-facts']>;
      'promo-banner': Props<PromoBanner, ElementAttributes['promo-banner']>;
      'scar-prevention': Props<ScarPrevention, ElementAttributes['scar-prevention']>;
      'scar-treatments': Props<ScarTreatments, ElementAttributes['scar-treatments']>;
      'scar-types': Props<ScarTypes, ElementAttributes['scar-types']>;
    }
  }
}

export type { ElementAttributes };

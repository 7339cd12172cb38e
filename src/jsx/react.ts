/**
 * The elements as tags in React's JSX (React 19, which sets properties and listens for custom
 * events on custom elements), for TypeScript: `import type {} from 'acne-scar-widgets/jsx/react';`
 *
 * Generated from custom-elements.json by scripts/framework-bindings.mjs (npm run build): edit the
 * elements' JSDoc, not this file.
 */
import type * as React from 'react';
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

/** React's props for an element: the usual HTML ones (`className`, `children`, `slot`, `ref`…) and its own. */
type Props<Element extends HTMLElement, Attributes> = Omit<
  React.DetailedHTMLProps<React.HTMLAttributes<Element>, Element>,
  keyof Attributes
> &
  Attributes & { class?: string };

declare module 'react' {
  namespace JSX {
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

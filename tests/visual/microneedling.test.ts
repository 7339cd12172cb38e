/** Screenshots of the microneedling blocks: facts, evidence and candidacy. */
import '../../src/define/microneedling-facts.js';
import '../../src/define/microneedling-evidence.js';
import '../../src/define/microneedling-candidacy.js';
import { describeVisuals } from './harness.js';

describeVisuals('visual: microneedling facts, evidence, candidacy', [
  { name: 'microneedling-facts', tag: 'microneedling-facts' },
  { name: 'microneedling-evidence', tag: 'microneedling-evidence' },
  { name: 'microneedling-candidacy', tag: 'microneedling-candidacy' },
]);

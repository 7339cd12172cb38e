/** Screenshots of the scar blocks: types, treatments and prevention. */
import '../../src/define/scar-types.js';
import '../../src/define/scar-treatments.js';
import '../../src/define/scar-prevention.js';
import { describeVisuals } from './harness.js';

describeVisuals('visual: scar types, treatments, prevention', [
  { name: 'scar-types', tag: 'scar-types' },
  { name: 'scar-treatments', tag: 'scar-treatments' },
  { name: 'scar-prevention', tag: 'scar-prevention' },
]);

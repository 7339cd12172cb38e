import { defineElement } from '../core/define.js';
import { MicroneedlingEvidence } from '../microneedling-evidence/microneedling-evidence.js';

defineElement('microneedling-evidence', MicroneedlingEvidence);

export { MicroneedlingEvidence };

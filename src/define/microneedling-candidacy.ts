import { defineElement } from '../core/define.js';
import { MicroneedlingCandidacy } from '../microneedling-candidacy/microneedling-candidacy.js';

defineElement('microneedling-candidacy', MicroneedlingCandidacy);

export { MicroneedlingCandidacy };

import { defineElement } from '../core/define.js';
import { MicroneedlingFacts } from '../microneedling-facts/microneedling-facts.js';

defineElement('microneedling-facts', MicroneedlingFacts);

export { MicroneedlingFacts };

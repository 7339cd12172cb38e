import { defineElement } from '../core/define.js';
import { ScarTypes } from '../scar-types/scar-types.js';

defineElement('scar-types', ScarTypes);

export { ScarTypes };

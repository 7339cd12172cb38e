import { defineElement } from '../core/define.js';
import { ScarPrevention } from '../scar-prevention/scar-prevention.js';

defineElement('scar-prevention', ScarPrevention);

export { ScarPrevention };

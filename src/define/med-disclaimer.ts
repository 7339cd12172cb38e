import { defineElement } from '../core/define.js';
import { MedDisclaimer } from '../med-disclaimer/med-disclaimer.js';

defineElement('med-disclaimer', MedDisclaimer);

export { MedDisclaimer };

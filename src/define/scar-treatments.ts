import { defineElement } from '../core/define.js';
import { ScarTreatments } from '../scar-treatments/scar-treatments.js';

defineElement('scar-treatments', ScarTreatments);

export { ScarTreatments };

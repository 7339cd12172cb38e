import { defineElement } from '../core/define.js';
import { MedReview } from '../med-review/med-review.js';

defineElement('med-review', MedReview);

export { MedReview };

import { defineElement } from '../core/define.js';
import { PromoBanner } from '../promo-banner/promo-banner.js';

defineElement('promo-banner', PromoBanner);

export { PromoBanner };

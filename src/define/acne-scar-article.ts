// The article is made of every other element: defining it defines them too.
import './med-review.js';
import './promo-banner.js';
import './scar-types.js';
import './microneedling-facts.js';
import './microneedling-evidence.js';
import './microneedling-candidacy.js';
import './scar-treatments.js';
import './scar-prevention.js';
import './med-disclaimer.js';
import { defineElement } from '../core/define.js';
import { AcneScarArticle } from '../acne-scar-article/acne-scar-article.js';

defineElement('acne-scar-article', AcneScarArticle);

export { AcneScarArticle };

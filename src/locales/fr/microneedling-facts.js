// The "fr" messages of <microneedling-facts>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"#12":"12","#58":"58","mm0.5":"0,5 mm","mm1.5":"1,5 mm","mm2":"2,0 mm","mm2.5":"2,5 mm"};

export const templates = {
  'microneedling-facts.aftercare': `Après la séance de microneedling, votre professionnel de santé appliquera un produit topique pour aider à stimuler la production de collagène et à accélérer la cicatrisation. Ces soins contiennent généralement des ingrédients comme la vitamine C et l’acide hyaluronique, qui pénètrent plus profondément dans la peau après l’intervention.`,
  'microneedling-facts.aftercare-heading': `Soins après la séance`,
  'microneedling-facts.aftercare-ingredients': `Ingrédients habituels`,
  'microneedling-facts.aftercare-vitamin-c-hyaluronic-acid': `Vitamine C et acide hyaluronique`,
  'microneedling-facts.collagen-induction': `Également appelé thérapie par induction de collagène, le microneedling est une technique qui déclenche une série complexe de facteurs de croissance aboutissant à la production de collagène.`,
  'microneedling-facts.definition': `Le microneedling est une technique mini-invasive qui crée des perforations microscopiques dans la peau.`,
  'microneedling-facts.heading': `Qu’est-ce que le microneedling, exactement ?`,
  'microneedling-facts.healing': `Lorsque les aiguilles perforent la peau pour créer de minuscules plaies, cela déclenche la réponse naturelle de cicatrisation de l’organisme. Pendant la cicatrisation, la peau produit davantage de collagène et d’élastine, qui repulpent et rajeunissent la peau.`,
  'microneedling-facts.healing-collagen-elastin': `Davantage de collagène et d’élastine`,
  'microneedling-facts.healing-heading': `La réponse de cicatrisation`,
  'microneedling-facts.healing-produces': `La peau produit`,
  'microneedling-facts.layer-dermis': `Derme`,
  'microneedling-facts.layer-epidermis': `Épiderme`,
  'microneedling-facts.layer-subcutaneous': `Hypoderme`,
  'microneedling-facts.layers-heading': `Les trois couches de la peau`,
  'microneedling-facts.layers-intro': `La peau est constituée de trois couches :`,
  'microneedling-facts.layers-micro-injuries': `Le microneedling agit en créant de minuscules microlésions dans la couche supérieure de la peau, l’épiderme.`,
  'microneedling-facts.major-benefit': `Son principal bénéfice reste toutefois de réduire les signes du vieillissement, pour une peau lisse et souple.`,
  'microneedling-facts.needle-diameter': `Diamètre des aiguilles`,
  'microneedling-facts.needle-diameter-range': str`De ${0} à ${1}`,
  'microneedling-facts.recovery': `Période de récupération`,
  'microneedling-facts.recovery-days': `Seulement deux à trois jours`,
  'microneedling-facts.results-collagen': `Le microneedling stimule la production de collagène, ce qui aide à redonner à votre peau l’aspect et la texture de la jeunesse.`,
  'microneedling-facts.results-heading': `Quand les résultats apparaissent`,
  'microneedling-facts.results-months': str`Au cours des ${0} mois suivants`,
  'microneedling-facts.results-review': str`Selon une revue de ${0} portant sur ${1} études approfondies sur l’efficacité du microneedling, les effets peuvent être visibles après quelques semaines ou quelques mois de traitement régulier.`,
  'microneedling-facts.results-smoother': `Votre peau deviendra plus lisse et plus souple dans les semaines qui suivent le traitement, surtout si vous faites plusieurs séances.`,
  'microneedling-facts.results-texture': str`Une fois le collagène déposé, la texture de la peau continuera de s’améliorer au cours des ${0} mois suivants.`,
  'microneedling-facts.results-weeks': `Dans les semaines qui suivent le traitement`,
  'microneedling-facts.results-weeks-or-months': `En quelques semaines ou quelques mois`,
  'microneedling-facts.roller': str`La procédure de microneedling consiste à faire glisser sur la peau un instrument appelé rouleau (ou micro-rouleau). Le rouleau est recouvert d’une multitude de minuscules aiguilles de ${0} à ${1} de diamètre (de ${2} à ${3} dans le cas de l’élimination des cicatrices), qui perforent la peau à une profondeur contrôlée par votre professionnel de santé.`,
  'microneedling-facts.roller-heading': `Le rouleau`,
  'microneedling-facts.scar-removal-diameter': `Pour l’élimination des cicatrices`,
  'microneedling-facts.scar-removal-diameter-range': str`De ${0} à ${1}`,
  'microneedling-facts.use-collagen': `stimuler la production de collagène`,
  'microneedling-facts.use-hair': `favoriser la pousse des cheveux`,
  'microneedling-facts.use-scars': `atténuer l’aspect des cicatrices`,
  'microneedling-facts.uses-heading': `À quoi il sert`,
  'microneedling-facts.uses-intro': `Il peut être utilisé pour :`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `Le microneedling permet-il de réduire les cicatrices d’acné ?`,
  'source.title-only': str`Source : « ${0} »`,
  'source.with-publisher': str`Source : ${0}, « ${1} »`,
};

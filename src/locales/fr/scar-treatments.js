// The "fr" messages of <scar-treatments>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {};

export const templates = {
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `Le microneedling permet-il de réduire les cicatrices d’acné ?`,
  'scar-treatments.already-have': `Si vous avez déjà des cicatrices d’acné, il y a de fortes chances que vous les ayez depuis un certain temps, peut-être depuis l’enfance ou l’adolescence.`,
  'scar-treatments.chemical-peel.effect': `Si vous avez des cicatrices d’acné étendues, un peeling chimique pourrait aider à en atténuer l’aspect dans l’ensemble. Cette technique consiste en un traitement chimique qui élimine la couche superficielle abîmée de la peau, ce qui amène la peau à produire une nouvelle couche en dessous.`,
  'scar-treatments.chemical-peel.limits': `Après ce traitement, la cicatrisation et l’obtention du résultat final peuvent prendre des semaines.`,
  'scar-treatments.chemical-peel.name': `Peeling chimique`,
  'scar-treatments.chemical-peel.tip': `Essayez un peeling chimique.`,
  'scar-treatments.heading': `Autres solutions pour réduire les cicatrices d’acné`,
  'scar-treatments.hyaluronic-acid.effect': `Cet ingrédient agit comme un produit de comblement dermique, en relevant les zones de peau en creux telles que les cicatrices d’acné.`,
  'scar-treatments.hyaluronic-acid.name': `Acide hyaluronique`,
  'scar-treatments.hyaluronic-acid.tip': `Essayez un produit à base d’acide hyaluronique.`,
  'scar-treatments.hyaluronic-acid.where': `Pour des résultats durables, adressez-vous à un dermatologue pour un traitement de qualité professionnelle.`,
  'scar-treatments.intro': `Si c’est votre cas, ne perdez pas espoir ! Le microneedling est une excellente option pour réduire les cicatrices d’acné, mais il existe d’autres options.`,
  'scar-treatments.intro-list': `Voici quelques conseils pour atténuer l’aspect des cicatrices d’acné :`,
  'scar-treatments.label-effect': `Effet`,
  'scar-treatments.label-limits': `Limites`,
  'scar-treatments.label-where': `Où se le procurer`,
  'scar-treatments.label-why': `Pourquoi c’est important`,
  'scar-treatments.laser.effect': `Les traitements au laser stimulent la production de collagène, ce qui peut aider à combler les cicatrices d’acné et à améliorer l’aspect général de votre peau.`,
  'scar-treatments.laser.limits': `Ces traitements n’élimineront pas complètement les cicatrices d’acné, mais ils peuvent en améliorer l’aspect.`,
  'scar-treatments.laser.name': `Traitements cutanés au laser`,
  'scar-treatments.laser.tip': `Envisagez les traitements cutanés au laser.`,
  'scar-treatments.retinoids.effect': `Les rétinoïdes topiques, comme la trétinoïne en crème, peuvent accélérer la régénération cellulaire et améliorer la texture générale de votre peau.`,
  'scar-treatments.retinoids.name': `Rétinoïdes`,
  'scar-treatments.retinoids.tip': `Recherchez des produits de soin à base de rétinoïdes.`,
  'scar-treatments.retinoids.where': `Vous pouvez trouver ces produits en vente libre ou obtenir une concentration plus élevée auprès de votre dermatologue.`,
  'scar-treatments.scar-types.name': `Les deux types de cicatrices d’acné`,
  'scar-treatments.scar-types.tip': `Sachez distinguer les deux types de cicatrices d’acné : atrophiques et hypertrophiques.`,
  'scar-treatments.scar-types.why': `Chaque type nécessite des modalités de traitement différentes, et les cicatrices atrophiques sont les plus fréquentes.`,
  'source.title-only': str`Source : « ${0} »`,
  'source.with-publisher': str`Source : ${0}, « ${1} »`,
};

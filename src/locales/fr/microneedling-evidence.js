// The "fr" messages of <microneedling-evidence>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"#10":"10","#18":"18","#19":"19","#246":"246","#5":"5","#58":"58","#6":"6","#9":"9"};

export const templates = {
  's0eecc51748a08062': str`${0} études portant sur le microneedling seul ont montré une amélioration de la sévérité des cicatrices`,
  's12e180785a0dbf74': str`${0} études portant sur le microneedling seul ont rapporté des résultats statistiquement significatifs (toutes sauf une)`,
  's1a74a5fb327abb90': `La revue de 2020`,
  's226f058dc6538b5c': str`${0} patients (répartis sur ${1} études) ont signalé des effets indésirables`,
  's45a418407f6bdf4d': `Une revue publiée dans l’International Journal of Women’s Dermatology porte sur un total de 19 articles et neuf études évaluant les effets du microneedling seul sur les cicatrices d’acné, ainsi que du microneedling associé à d’autres traitements. Voici un résumé de certains des résultats :`,
  's45d37b3544c3f451': `Selon une revue de 2020 portant sur 58 études approfondies sur l’efficacité du microneedling, les effets peuvent être visibles après quelques semaines ou quelques mois de traitement régulier. Une fois le collagène déposé, la texture de la peau continuera de s’améliorer au cours des 12 mois suivants.`,
  's46943a8d2bbb181d': `L’étude de 2015`,
  's495c20c39e40ae8b': `Sur une période de trois mois, les patients ont reçu des séances de microneedling à deux semaines d’intervalle, soit six séances au total.`,
  's49b9ca552675659b': `Un essai en hémi-visage (split-face) mené aux États-Unis a porté sur 20 participants sélectionnés de manière aléatoire pour recevoir un anesthésique topique, avec ou sans microneedling, d’un côté ou de l’autre du visage. Au bout de six mois, une différence statistiquement significative a été observée du côté traité par microneedling.`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `Le microneedling permet-il de réduire les cicatrices d’acné ?`,
  's823cf7ee8e6dd319': `Même si cette étude ne comptait que dix participants, il en existe d’autres sur lesquelles s’appuyer.`,
  's9c804774f93e4aad': str`${0} patients ont présenté une amélioration clinique notable de leurs cicatrices d’acné`,
  's9fb162862c8c3fdd': str`${0} études approfondies sur l’efficacité du microneedling`,
  'sa4b34a91d4831f13': str`${0} articles et ${1} études évaluant le microneedling seul et en association avec d’autres traitements`,
  'sb27caab4c6ca4aab': `Pour illustrer l’utilisation du microneedling en pratique clinique, prenons les résultats d’une étude de 2015 portant sur dix patients présentant différents types de cicatrices d’acné atrophiques.`,
  'sb2b44de8a70ae954': str`${0} sur ${1}`,
  'sc0773ab4b0c2c062': `Les études en chiffres`,
  'sc9f501b195aa68a8': `Au total, 18 patients sur 246 (répartis sur 10 études) ont signalé des effets indésirables, les effets secondaires les plus fréquents étant une douleur légère, une sensation de brûlure, un œdème ou un saignement.`,
  'scd7903327bb8177f': `La science étaye donc le recours au microneedling comme traitement des cicatrices d’acné.`,
  'sd4054c6cebebefcd': `La revue de l’International Journal of Women’s Dermatology`,
  'sd4792dac62b319e6': `Le microneedling est-il efficace sur les cicatrices d’acné ?`,
  'sdef2255b52c77d24': `Avant la première séance, les patients ont été photographiés et des biopsies cutanées ont été réalisées (de même que le recueil de données initiales sur le taux de collagène de chaque patient). À la fin de l’étude, tous les patients présentaient une amélioration clinique notable de leurs cicatrices d’acné ainsi qu’une augmentation statistiquement significative de leur production de collagène.`,
  'sf3d95c91f6dc0ca1': `Six études ont mesuré l’efficacité du microneedling seul comme traitement des cicatrices d’acné : toutes ont montré une amélioration de la sévérité des cicatrices, et toutes sauf une ont rapporté des résultats statistiquement significatifs.`,
  'sf6bfbcb095d7591d': `Un groupe italien a étudié l’association du microneedling et de l’application topique de plasma riche en plaquettes (PRP) dans un essai en hémi-visage et a constaté que, si tous les scores avaient diminué, le groupe PRP présentait une réduction plus importante de la sévérité des cicatrices d’acné.`,
  'source.title-only': str`Source : « ${0} »`,
  'source.with-publisher': str`Source : ${0}, « ${1} »`,
};

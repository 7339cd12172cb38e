// The "pt-BR" messages of <scar-treatments>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {};

export const templates = {
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `O microagulhamento funciona para reduzir cicatrizes de acne?`,
  'scar-treatments.already-have': `Se você já tem cicatrizes de acne, é bem provável que as tenha há algum tempo — talvez desde a infância ou a adolescência.`,
  'scar-treatments.chemical-peel.effect': `Se você tem cicatrizes de acne disseminadas, um peeling químico poderia ajudar a reduzir a aparência delas de modo geral. Esse processo envolve um tratamento químico que remove a camada superior danificada da pele, fazendo com que a pele produza uma nova camada por baixo.`,
  'scar-treatments.chemical-peel.limits': `Este tratamento pode levar semanas para cicatrizar e para mostrar o resultado final.`,
  'scar-treatments.chemical-peel.name': `Peeling químico`,
  'scar-treatments.chemical-peel.tip': `Experimente um peeling químico.`,
  'scar-treatments.heading': `Outras opções para reduzir as cicatrizes de acne`,
  'scar-treatments.hyaluronic-acid.effect': `Esse ingrediente atua como preenchedor dérmico, elevando áreas deprimidas da pele, como as cicatrizes de acne.`,
  'scar-treatments.hyaluronic-acid.name': `Ácido hialurônico`,
  'scar-treatments.hyaluronic-acid.tip': `Experimente usar um produto com ácido hialurônico.`,
  'scar-treatments.hyaluronic-acid.where': `Para resultados duradouros, procure um dermatologista para um tratamento de nível profissional.`,
  'scar-treatments.intro': `Se for o seu caso, não precisa perder a esperança! O microagulhamento é uma excelente opção para reduzir as cicatrizes de acne, embora existam outras opções disponíveis.`,
  'scar-treatments.intro-list': `Veja algumas dicas para reduzir a aparência das cicatrizes de acne:`,
  'scar-treatments.label-effect': `O que faz`,
  'scar-treatments.label-limits': `Limitações`,
  'scar-treatments.label-where': `Onde encontrar`,
  'scar-treatments.label-why': `Por que é importante`,
  'scar-treatments.laser.effect': `Os tratamentos a laser estimulam a produção de colágeno, o que pode ajudar a preencher as cicatrizes de acne e a melhorar a aparência da sua pele de modo geral.`,
  'scar-treatments.laser.limits': `Esses tratamentos não eliminam completamente as cicatrizes de acne, mas podem melhorar a aparência delas.`,
  'scar-treatments.laser.name': `Tratamentos de pele a laser`,
  'scar-treatments.laser.tip': `Considere tratamentos de pele a laser.`,
  'scar-treatments.retinoids.effect': `Retinoides tópicos, como a tretinoína em creme, podem acelerar a regeneração celular e melhorar a textura da sua pele de modo geral.`,
  'scar-treatments.retinoids.name': `Retinoides`,
  'scar-treatments.retinoids.tip': `Procure produtos de cuidados com a pele que contenham retinoides.`,
  'scar-treatments.retinoids.where': `Você pode encontrar esses produtos sem receita ou obter uma concentração mais alta por meio do seu dermatologista.`,
  'scar-treatments.scar-types.name': `Os dois tipos de cicatrizes de acne`,
  'scar-treatments.scar-types.tip': `Conheça a diferença entre os dois tipos de cicatrizes de acne — atróficas e hipertróficas.`,
  'scar-treatments.scar-types.why': `Cada tipo requer modalidades de tratamento diferentes, e as cicatrizes atróficas são as mais comuns.`,
  'source.title-only': str`Fonte: “${0}”`,
  'source.with-publisher': str`Fonte: ${0}, “${1}”`,
};

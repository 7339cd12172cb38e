// The "pt-BR" messages of <scar-prevention>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {};

export const templates = {
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `O microagulhamento funciona para reduzir cicatrizes de acne?`,
  'scar-prevention.heading': `Como prevenir cicatrizes de acne`,
  'scar-prevention.intro': `Depois de dedicar tempo a resolver suas cicatrizes de acne, a última coisa que você quer é que elas voltem. Se você tem a pele propensa à acne, combater as espinhas (e a possibilidade de cicatrizes) é uma batalha diária.`,
  'scar-prevention.intro-list': `Então, o que você pode fazer para prevenir cicatrizes de acne no futuro? Veja algumas dicas simples:`,
  'scar-prevention.leave-it-alone.text': `Resista à tentação de mexer, cutucar ou estourar suas espinhas. Se você espremer uma espinha, corre o risco de aumentar a inflamação e de levar as bactérias para camadas mais profundas da pele, onde elas podem provocar a formação de um cisto.`,
  'scar-prevention.leave-it-alone.title': `Não mexa nas espinhas`,
  'scar-prevention.reduce-inflammation.text': `As lesões de acne trazem inflamação e, quanto mais inflamada uma espinha fica, maior o risco de cicatrizes. Evite produtos agressivos para a pele, como esfoliantes granulados e outros produtos esfoliantes, que possam aumentar a inflamação durante uma crise de acne.`,
  'scar-prevention.reduce-inflammation.title': `Reduza a inflamação`,
  'scar-prevention.see-provider.text': `Se você costuma ter crises de acne com lesões grandes ou particularmente profundas, pode ter um risco maior de cicatrizes e deve consultar seu dermatologista. Medicamentos vendidos sem receita podem não ser adequados para crises graves, por isso converse com seu profissional de saúde sobre as opções.`,
  'scar-prevention.see-provider.title': `Consulte seu profissional de saúde`,
  'scar-prevention.treat-promptly.text': `Quanto antes você controlar a acne, melhor. Ao primeiro sinal de uma crise de acne, comece a tratá-la com um medicamento para acne vendido sem receita e não deixe de manter o rosto limpo. Não há como desenvolver cicatrizes de acne se você não tiver acne!`,
  'scar-prevention.treat-promptly.title': `Trate a acne o quanto antes`,
  'source.title-only': str`Fonte: “${0}”`,
  'source.with-publisher': str`Fonte: ${0}, “${1}”`,
};

// The "pt-BR" messages of <scar-types>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"kilogram/short/13.401942775":"3,4 kg","kilogram/short/19.979032140000001":"10 kg","pound/long/22":"22 libras","pound/long/7.5":"7,5 libras"};

export const templates = {
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `O microagulhamento funciona para reduzir cicatrizes de acne?`,
  'scar-types.appearance-label': `Aspecto`,
  'scar-types.atrophic-appearance': `Deprimida`,
  'scar-types.atrophic-collagen': `Produção insuficiente`,
  'scar-types.atrophic-collagen-sentence': `A produção insuficiente de colágeno normalmente resulta em uma cicatriz de acne deprimida.`,
  'scar-types.atrophic-definition': `As cicatrizes de acne são um tipo de cicatriz atrófica — uma cicatriz deprimida que cicatriza abaixo da camada superior da pele. Essas cicatrizes se formam quando a pele não consegue regenerar o tecido.`,
  'scar-types.atrophic-most-common': `As cicatrizes atróficas são as mais comuns.`,
  'scar-types.atrophic-name': `Cicatrizes atróficas`,
  'scar-types.collagen-label': `Colágeno`,
  'scar-types.form-cause': `De modo geral, uma cicatriz de acne é resultado de um trauma profundo na pele causado pela acne. Fatores adicionais, como cutucar a lesão, podem traumatizar a pele e levar pus e bactérias para camadas mais profundas sob a superfície, causando a formação de uma cicatriz.`,
  'scar-types.form-collagen-amount': `Desenvolver ou não uma cicatriz depende da quantidade de colágeno que o seu corpo produz.`,
  'scar-types.form-collagen-role': `O colágeno desempenha um papel essencial no processo de cicatrização, ajudando a regenerar as células da pele.`,
  'scar-types.form-subheading': `Por que as cicatrizes de acne se formam?`,
  'scar-types.form-where': `As cicatrizes de acne geralmente se apresentam como áreas de pele elevada ou deprimida e, embora sejam mais comuns no rosto, podem ocorrer em qualquer parte do corpo.`,
  'scar-types.heading': `O que causa as cicatrizes de acne?`,
  'scar-types.hypertrophic-appearance': `Elevada`,
  'scar-types.hypertrophic-collagen': `Produção excessiva`,
  'scar-types.hypertrophic-collagen-sentence': `Se a pele produz colágeno em excesso, o resultado é uma cicatriz de acne elevada.`,
  'scar-types.hypertrophic-name': `Cicatrizes hipertróficas`,
  'scar-types.risk-genetics': `Genética`,
  'scar-types.risk-intro': `Fatores como estes podem aumentar o seu risco de desenvolver uma cicatriz:`,
  'scar-types.risk-non-treatment': `Falta de tratamento`,
  'scar-types.risk-picking': `Cutucar ou tocar a lesão`,
  'scar-types.scar-left': `Infelizmente, esse processo nem sempre ocorre sem problemas e, dependendo da profundidade e da gravidade da lesão, você pode ficar com uma cicatriz.`,
  'scar-types.scars-say': `Então, o que suas cicatrizes de acne dizem sobre você?`,
  'scar-types.skin-barrier': `Sua pele desempenha uma variedade de funções diferentes, mas a mais importante é atuar como uma barreira que protege você contra substâncias nocivas — de frio e umidade a germes, raios UV e toxinas ambientais.`,
  'scar-types.skin-health': `Só de olhar para a pele de uma pessoa é possível saber muito sobre a saúde dela.`,
  'scar-types.skin-renewing': `A pele se renova constantemente, por isso, sempre que sofre algum tipo de dano ou lesão, novas células se deslocam para a superfície para iniciar o processo de reparação.`,
  'scar-types.skin-stronger': `Sua pele é mais resistente do que você imagina.`,
  'scar-types.skin-weight': str`Embora seja muito fina (apenas alguns milímetros de espessura, no máximo), ela ainda corresponde a cerca de 1/7 da superfície total do seu corpo e pode pesar entre ${0} e ${1}, dependendo da pessoa.`,
  'scar-types.tab-list-label': `Tipos de cicatrizes de acne`,
  'source.title-only': str`Fonte: “${0}”`,
  'source.with-publisher': str`Fonte: ${0}, “${1}”`,
};

// The "pt-BR" messages of <acne-scar-article>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {};

export const templates = {
  's0f7dd0e7a1902b90': `Por isso, você deve conversar com seu profissional de saúde ou dermatologista antes de se submeter a esse tipo de tratamento — especialmente se você pretende experimentar o microagulhamento em casa.`,
  's2df6a8f3a6c178b7': `Se você já tentou de tudo para reduzir suas cicatrizes de acne e nada funcionou, o microagulhamento pode ser exatamente a solução que você estava procurando.`,
  's37835b95c04523ee': `Basta rolar o seu feed do Instagram para ver os resultados do microagulhamento.`,
  's4814c4182121b919': `Embora o microagulhamento seja geralmente reconhecido como seguro para pessoas saudáveis, ele envolve, sim, algum risco.`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's5f426f819361cc5a': `Se você não aguenta mais se esconder e quer se livrar das suas cicatrizes de acne de uma vez por todas, o microagulhamento pode ser a solução que você estava procurando. Continue lendo para saber mais sobre o que causa as cicatrizes de acne e como o microagulhamento pode ajudar.`,
  's5fee911981c9d5ff': `Embora a ideia de furar a pele com centenas de agulhas minúsculas talvez não seja o que você considera divertido, ela pode muito bem ser o segredo para resolver problemas de pele antigos — até mesmo cicatrizes de acne persistentes.`,
  's63a38b0b6952a81c': `O microagulhamento funciona para reduzir cicatrizes de acne?`,
  's8c424d2af0224c4d': `Este procedimento estético minimamente invasivo se popularizou graças a celebridades como Kim Kardashian, mas a verdade é que ele também é acessível e benéfico para a mulher comum.`,
  's9e6e576d980012f7': `As cicatrizes de acne podem ser mais do que apenas antiestéticas: elas podem acabar com a sua autoconfiança e levar você a se esconder do mundo sob camadas de maquiagem pesada.`,
  'source.title-only': str`Fonte: “${0}”`,
  'source.with-publisher': str`Fonte: ${0}, “${1}”`,
};

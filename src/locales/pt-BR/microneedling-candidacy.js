// The "pt-BR" messages of <microneedling-candidacy>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {};

export const templates = {
  'microneedling-candidacy.some-risk': `Embora o microagulhamento seja geralmente reconhecido como seguro para pessoas saudáveis, ele envolve, sim, algum risco.`,
  's160886d3cc2a3161': `Verrugas, herpes labial ou outra infecção local`,
  's2132bd057edd7c4d': `Você deve conversar com seu profissional de saúde ou dermatologista antes de se submeter a esse tipo de tratamento — especialmente se você pretende experimentar o microagulhamento em casa.`,
  's2c1898861a4c70b2': `Doenças de pele como eczema moderado a grave e psoríase`,
  's321e121f275026cb': `é seguro para todos os tipos de pele`,
  's462f2d9ac840c054': `O microagulhamento não cria uma linha visível entre a pele tratada e a não tratada, e o período de recuperação é muito mais curto que o da maioria, de apenas dois a três dias.`,
  's4704ce2900cc4c54': `Vantagens em relação a outros procedimentos de renovação cutânea`,
  's4e938d2d328518af': `O microagulhamento é seguro?`,
  's53bd9518f8790649': `Limpar respostas`,
  's55c0b21993f5e483': `Suas respostas ficam nesta página: nada é salvo nem enviado.`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `O microagulhamento funciona para reduzir cicatrizes de acne?`,
  's66e706bd07771393': `Quais destas situações se aplicam a você?`,
  's77c6bf991aa9839e': `Autoavaliação`,
  's89c89a8ebcb2caf3': `Possíveis efeitos colaterais`,
  's97290fa52c08d55f': `Outros estudos sugerem que o microagulhamento tem muitas vantagens em relação a outros procedimentos de renovação cutânea (resurfacing). Por exemplo, que:`,
  'sa0f6bfe5185d462a': `Uso atual de medicamentos anticoagulantes`,
  'sa72d721835b1aba3': `Nenhuma das condições listadas no artigo está marcada.`,
  'sad0ff409e56d4f31': `Quem pode não ser um bom candidato`,
  'sb37dff2ac2b97d92': `Uma crise de acne ativa`,
  'sb6faef5a0ea80d07': `Pacientes com o sistema imunológico enfraquecido, incluindo aqueles em quimioterapia`,
  'sc56a16085fedf105': `Segundo o artigo, você pode não ser um bom candidato ao microagulhamento se apresentar o seguinte, que você marcou:`,
  'sdc22ed52e8604e69': `Em qualquer procedimento invasivo sempre existe risco de infecção, por menor que seja. O microagulhamento também pode contribuir para efeitos adversos leves, como eritema e irritação, pigmentação pós-inflamatória, hipersensibilidade, dermatite alérgica de contato e dor. Na maioria dos casos, porém, os efeitos colaterais são leves e desaparecem em poucos dias.`,
  'se4ed5dccc9b4930d': `apresenta o menor risco de hiperpigmentação pós-inflamatória`,
  'secb6f98e85366cf8': `No entanto, o fato de o microagulhamento ser geralmente reconhecido como seguro não significa que ele seja a escolha certa para todos. Você pode não ser um bom candidato ao microagulhamento se apresentar o seguinte:`,
  'source.title-only': str`Fonte: “${0}”`,
  'source.with-publisher': str`Fonte: ${0}, “${1}”`,
};

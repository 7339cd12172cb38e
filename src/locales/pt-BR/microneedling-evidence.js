// The "pt-BR" messages of <microneedling-evidence>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"#10":"10","#18":"18","#19":"19","#246":"246","#5":"5","#58":"58","#6":"6","#9":"9"};

export const templates = {
  's0eecc51748a08062': str`${0} estudos de microagulhamento isolado mostraram melhora na gravidade das cicatrizes`,
  's12e180785a0dbf74': str`${0} estudos de microagulhamento isolado relataram significância estatística (todos, exceto um)`,
  's1a74a5fb327abb90': `A revisão de 2020`,
  's226f058dc6538b5c': str`${0} pacientes (em ${1} estudos) relataram algum efeito adverso`,
  's45a418407f6bdf4d': `Uma revisão publicada no International Journal of Women’s Dermatology abrange um total de 19 artigos e nove estudos que testaram os efeitos do microagulhamento isolado nas cicatrizes de acne, bem como do microagulhamento em combinação com outros tratamentos. Veja um resumo de alguns dos resultados:`,
  's45d37b3544c3f451': `Segundo uma revisão de 2020 de 58 estudos abrangentes sobre a eficácia do microagulhamento, os efeitos podem ser observados em algumas semanas ou meses de tratamento regular. Depois que o colágeno é depositado, a textura da pele continuará a melhorar ao longo dos 12 meses seguintes.`,
  's46943a8d2bbb181d': `O estudo de 2015`,
  's495c20c39e40ae8b': `Ao longo de três meses, os pacientes receberam tratamentos de microagulhamento a intervalos de duas semanas, num total de seis sessões.`,
  's49b9ca552675659b': `Um ensaio de hemiface realizado nos Estados Unidos incluiu 20 participantes selecionados aleatoriamente para receber anestésico tópico com ou sem microagulhamento em cada um dos lados do rosto. Após seis meses, houve uma diferença estatisticamente significativa no lado tratado com microagulhamento.`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `O microagulhamento funciona para reduzir cicatrizes de acne?`,
  's823cf7ee8e6dd319': `Embora este estudo tenha tido apenas dez participantes, há outros em que se basear.`,
  's9c804774f93e4aad': str`${0} pacientes apresentaram melhora clínica perceptível das cicatrizes de acne`,
  's9fb162862c8c3fdd': str`${0} estudos abrangentes sobre a eficácia do microagulhamento`,
  'sa4b34a91d4831f13': str`${0} artigos e ${1} estudos que testaram o microagulhamento isolado e em combinação com outros tratamentos`,
  'sb27caab4c6ca4aab': `Para dar um exemplo do microagulhamento em uma aplicação clínica, considere os resultados de um estudo de 2015 com dez pacientes com diferentes tipos de cicatrizes atróficas de acne.`,
  'sb2b44de8a70ae954': str`${0} de ${1}`,
  'sc0773ab4b0c2c062': `Os estudos em números`,
  'sc9f501b195aa68a8': `Ao todo, 18 de 246 pacientes (em 10 estudos) relataram algum efeito adverso; os efeitos colaterais mais comuns foram dor leve, sensação de queimação, edema ou sangramento.`,
  'scd7903327bb8177f': `Portanto, a ciência respalda o microagulhamento como tratamento para cicatrizes de acne.`,
  'sd4054c6cebebefcd': `A revisão do International Journal of Women’s Dermatology`,
  'sd4792dac62b319e6': `O microagulhamento funciona para cicatrizes de acne?`,
  'sdef2255b52c77d24': `Antes do primeiro tratamento, os pacientes foram fotografados e foram obtidas biópsias de pele (junto com informações basais sobre os níveis de colágeno de cada paciente). Ao final do estudo, todos os pacientes apresentaram melhora clínica perceptível das cicatrizes de acne, além de um aumento estatisticamente significativo na produção de colágeno.`,
  'sf3d95c91f6dc0ca1': `Seis estudos avaliaram a eficácia do microagulhamento isolado como tratamento para cicatrizes de acne; todos os estudos mostraram melhora na gravidade das cicatrizes, e todos, exceto um, relataram significância estatística.`,
  'sf6bfbcb095d7591d': `Um grupo italiano estudou a combinação do microagulhamento com a aplicação tópica de plasma rico em plaquetas (PRP) em um ensaio de hemiface e constatou que, embora todos os escores tenham diminuído, o grupo do PRP teve uma redução maior na gravidade das cicatrizes de acne.`,
  'source.title-only': str`Fonte: “${0}”`,
  'source.with-publisher': str`Fonte: ${0}, “${1}”`,
};

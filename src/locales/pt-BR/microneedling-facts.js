// The "pt-BR" messages of <microneedling-facts>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"#12":"12","#58":"58","mm0.5":"0,5 mm","mm1.5":"1,5 mm","mm2":"2,0 mm","mm2.5":"2,5 mm"};

export const templates = {
  'microneedling-facts.aftercare': `Após o tratamento de microagulhamento, seu profissional de saúde aplicará algum tipo de produto tópico para ajudar a estimular a produção de colágeno e acelerar a cicatrização. Esses tratamentos normalmente contêm ingredientes como vitamina C e ácido hialurônico, que penetram mais profundamente na pele após o procedimento.`,
  'microneedling-facts.aftercare-heading': `Cuidados pós-procedimento`,
  'microneedling-facts.aftercare-ingredients': `Ingredientes típicos`,
  'microneedling-facts.aftercare-vitamin-c-hyaluronic-acid': `Vitamina C e ácido hialurônico`,
  'microneedling-facts.collagen-induction': `Também conhecido como terapia de indução de colágeno, o microagulhamento é uma técnica que desencadeia uma série complexa de fatores de crescimento que resulta na produção de colágeno.`,
  'microneedling-facts.definition': `O microagulhamento é um procedimento minimamente invasivo que cria perfurações microscópicas na pele.`,
  'microneedling-facts.heading': `O que é exatamente o microagulhamento?`,
  'microneedling-facts.healing': `Quando as agulhas perfuram a pele e criam pequenas feridas, isso desencadeia a resposta natural de cicatrização do organismo. Durante o processo de cicatrização, a pele produz mais colágeno e elastina, que dão volume e rejuvenescem a pele.`,
  'microneedling-facts.healing-collagen-elastin': `Mais colágeno e elastina`,
  'microneedling-facts.healing-heading': `A resposta de cicatrização`,
  'microneedling-facts.healing-produces': `A pele produz`,
  'microneedling-facts.layer-dermis': `Derme`,
  'microneedling-facts.layer-epidermis': `Epiderme`,
  'microneedling-facts.layer-subcutaneous': `Tecido subcutâneo`,
  'microneedling-facts.layers-heading': `As três camadas da pele`,
  'microneedling-facts.layers-intro': `A pele é composta por três camadas:`,
  'microneedling-facts.layers-micro-injuries': `O microagulhamento age criando minúsculas microlesões na camada superior da pele, a epiderme.`,
  'microneedling-facts.major-benefit': `O principal benefício, porém, é reduzir os sinais do envelhecimento, deixando a pele lisa e macia.`,
  'microneedling-facts.needle-diameter': `Diâmetro das agulhas`,
  'microneedling-facts.needle-diameter-range': str`De ${0} a ${1}`,
  'microneedling-facts.recovery': `Período de recuperação`,
  'microneedling-facts.recovery-days': `Apenas de dois a três dias`,
  'microneedling-facts.results-collagen': `O microagulhamento estimula a produção de colágeno, o que ajuda a devolver à sua pele a aparência e a textura jovens.`,
  'microneedling-facts.results-heading': `Quando os resultados aparecem`,
  'microneedling-facts.results-months': str`Ao longo dos ${0} meses seguintes`,
  'microneedling-facts.results-review': str`Segundo uma revisão de ${0} de ${1} estudos abrangentes sobre a eficácia do microagulhamento, os efeitos podem ser observados em algumas semanas ou meses de tratamento regular.`,
  'microneedling-facts.results-smoother': `Sua pele ficará mais lisa e macia nas semanas seguintes ao tratamento, especialmente se você fizer várias sessões.`,
  'microneedling-facts.results-texture': str`Depois que o colágeno é depositado, a textura da pele continuará a melhorar ao longo dos ${0} meses seguintes.`,
  'microneedling-facts.results-weeks': `Nas semanas após o tratamento`,
  'microneedling-facts.results-weeks-or-months': `Em algumas semanas ou meses`,
  'microneedling-facts.roller': str`O procedimento de microagulhamento consiste em deslizar sobre a pele um instrumento chamado rolo (ou microrrolo). O rolo é coberto por inúmeras agulhas minúsculas, de ${0} a ${1} de diâmetro (de ${2} a ${3} no caso da remoção de cicatrizes), que perfuram a pele a uma profundidade controlada pelo seu profissional de saúde.`,
  'microneedling-facts.roller-heading': `O rolo`,
  'microneedling-facts.scar-removal-diameter': `No caso da remoção de cicatrizes`,
  'microneedling-facts.scar-removal-diameter-range': str`De ${0} a ${1}`,
  'microneedling-facts.use-collagen': `estimular a produção de colágeno`,
  'microneedling-facts.use-hair': `favorecer o crescimento capilar`,
  'microneedling-facts.use-scars': `reduzir a aparência das cicatrizes`,
  'microneedling-facts.uses-heading': `Para que é usado`,
  'microneedling-facts.uses-intro': `Ele pode ser usado para:`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `O microagulhamento funciona para reduzir cicatrizes de acne?`,
  'source.title-only': str`Fonte: “${0}”`,
  'source.with-publisher': str`Fonte: ${0}, “${1}”`,
};

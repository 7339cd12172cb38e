// The "es" messages of <microneedling-facts>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"#12":"12","#58":"58","mm0.5":"0,5 mm","mm1.5":"1,5 mm","mm2":"2,0 mm","mm2.5":"2,5 mm"};

export const templates = {
  'microneedling-facts.aftercare': `Tras el tratamiento de microneedling, su profesional de la salud le aplicará algún tipo de producto tópico para ayudar a estimular la producción de colágeno y acelerar la cicatrización. Estos tratamientos suelen contener ingredientes como la vitamina C y el ácido hialurónico, que penetran más profundamente en la piel después del procedimiento.`,
  'microneedling-facts.aftercare-heading': `Cuidados posteriores`,
  'microneedling-facts.aftercare-ingredients': `Ingredientes habituales`,
  'microneedling-facts.aftercare-vitamin-c-hyaluronic-acid': `Vitamina C y ácido hialurónico`,
  'microneedling-facts.collagen-induction': `También conocido como terapia de inducción de colágeno, el microneedling es una técnica que desencadena una compleja serie de factores de crecimiento que da lugar a la producción de colágeno.`,
  'microneedling-facts.definition': `El microneedling (micropunción) es un procedimiento mínimamente invasivo que crea punciones microscópicas en la piel.`,
  'microneedling-facts.heading': `¿Qué es exactamente el microneedling?`,
  'microneedling-facts.healing': `Al perforar la piel, las agujas crean diminutas heridas que desencadenan la respuesta natural de cicatrización del organismo. Durante el proceso de cicatrización, la piel produce más colágeno y elastina, que rellenan y rejuvenecen la piel.`,
  'microneedling-facts.healing-collagen-elastin': `Más colágeno y elastina`,
  'microneedling-facts.healing-heading': `La respuesta de cicatrización`,
  'microneedling-facts.healing-produces': `La piel produce`,
  'microneedling-facts.layer-dermis': `Dermis`,
  'microneedling-facts.layer-epidermis': `Epidermis`,
  'microneedling-facts.layer-subcutaneous': `Tejido subcutáneo`,
  'microneedling-facts.layers-heading': `Las tres capas de la piel`,
  'microneedling-facts.layers-intro': `La piel está formada por tres capas:`,
  'microneedling-facts.layers-micro-injuries': `El microneedling actúa creando diminutas microlesiones en la capa superior de la piel, la epidermis.`,
  'microneedling-facts.major-benefit': `Sin embargo, su principal beneficio es reducir los signos del envejecimiento para dejar la piel lisa y flexible.`,
  'microneedling-facts.needle-diameter': `Diámetro de las agujas`,
  'microneedling-facts.needle-diameter-range': str`De ${0} a ${1}`,
  'microneedling-facts.recovery': `Período de recuperación`,
  'microneedling-facts.recovery-days': `Solo de dos a tres días`,
  'microneedling-facts.results-collagen': `El microneedling estimula la producción de colágeno, lo que ayuda a devolver a su piel su aspecto y tacto juveniles.`,
  'microneedling-facts.results-heading': `Cuándo se ven los resultados`,
  'microneedling-facts.results-months': str`Durante los ${0} meses siguientes`,
  'microneedling-facts.results-review': str`Según una revisión de ${0} de ${1} estudios exhaustivos sobre la eficacia del microneedling, los efectos pueden observarse tras unas semanas o meses de tratamiento regular.`,
  'microneedling-facts.results-smoother': `Su piel estará más lisa y flexible en las semanas posteriores al tratamiento, sobre todo si se somete a varias sesiones.`,
  'microneedling-facts.results-texture': str`Una vez depositado el colágeno, la textura de la piel seguirá mejorando durante los ${0} meses siguientes.`,
  'microneedling-facts.results-weeks': `En las semanas posteriores al tratamiento`,
  'microneedling-facts.results-weeks-or-months': `En unas semanas o meses`,
  'microneedling-facts.roller': str`El procedimiento de microneedling consiste en deslizar sobre la piel un instrumento llamado rodillo (o microrrodillo). El rodillo está cubierto de innumerables agujas diminutas de entre ${0} y ${1} de diámetro (de ${2} a ${3} en el caso de la eliminación de cicatrices), que perforan la piel a una profundidad controlada por su profesional de la salud.`,
  'microneedling-facts.roller-heading': `El rodillo`,
  'microneedling-facts.scar-removal-diameter': `En la eliminación de cicatrices`,
  'microneedling-facts.scar-removal-diameter-range': str`De ${0} a ${1}`,
  'microneedling-facts.use-collagen': `estimular la producción de colágeno`,
  'microneedling-facts.use-hair': `favorecer el crecimiento del cabello`,
  'microneedling-facts.use-scars': `reducir el aspecto de las cicatrices`,
  'microneedling-facts.uses-heading': `Para qué se utiliza`,
  'microneedling-facts.uses-intro': `Puede utilizarse para:`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `¿Funciona el microneedling para reducir las cicatrices de acné?`,
  'source.title-only': str`Fuente: «${0}»`,
  'source.with-publisher': str`Fuente: ${0}, «${1}»`,
};

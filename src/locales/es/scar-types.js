// The "es" messages of <scar-types>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"kilogram/short/13.401942775":"3,4 kg","kilogram/short/19.979032140000001":"10 kg","pound/long/22":"22 libras","pound/long/7.5":"7,5 libras"};

export const templates = {
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `¿Funciona el microneedling para reducir las cicatrices de acné?`,
  'scar-types.appearance-label': `Aspecto`,
  'scar-types.atrophic-appearance': `Deprimida`,
  'scar-types.atrophic-collagen': `Producción insuficiente`,
  'scar-types.atrophic-collagen-sentence': `La producción insuficiente de colágeno suele dar lugar a una cicatriz de acné deprimida.`,
  'scar-types.atrophic-definition': `Las cicatrices de acné son un tipo de cicatriz atrófica: una cicatriz deprimida que, al curar, queda por debajo de la capa superior de la piel. Estas cicatrices se forman cuando la piel no es capaz de regenerar el tejido.`,
  'scar-types.atrophic-most-common': `Las cicatrices atróficas son las más frecuentes.`,
  'scar-types.atrophic-name': `Cicatrices atróficas`,
  'scar-types.collagen-label': `Colágeno`,
  'scar-types.form-cause': `En términos generales, una cicatriz de acné es el resultado de un traumatismo profundo en la piel causado por el acné. Otros factores, como pellizcar la lesión, pueden traumatizar la piel y llevar el pus y las bacterias a capas más profundas bajo la superficie, lo que provoca la formación de una cicatriz.`,
  'scar-types.form-collagen-amount': `Que se forme una cicatriz o no depende de la cantidad de colágeno que produzca su cuerpo.`,
  'scar-types.form-collagen-role': `El colágeno desempeña un papel esencial en el proceso de cicatrización, ya que ayuda a regenerar las células de la piel.`,
  'scar-types.form-subheading': `¿Por qué se forman las cicatrices de acné?`,
  'scar-types.form-where': `Las cicatrices de acné suelen presentarse como zonas de piel elevada o deprimida y, aunque son más frecuentes en la cara, pueden aparecer en cualquier parte del cuerpo.`,
  'scar-types.heading': `¿Qué causa las cicatrices de acné?`,
  'scar-types.hypertrophic-appearance': `Elevada`,
  'scar-types.hypertrophic-collagen': `Producción excesiva`,
  'scar-types.hypertrophic-collagen-sentence': `Si la piel produce demasiado colágeno, se forma una cicatriz de acné elevada.`,
  'scar-types.hypertrophic-name': `Cicatrices hipertróficas`,
  'scar-types.risk-genetics': `Genética`,
  'scar-types.risk-intro': `Factores como estos pueden aumentar el riesgo de que se forme una cicatriz:`,
  'scar-types.risk-non-treatment': `Falta de tratamiento`,
  'scar-types.risk-picking': `Pellizcar o tocar la lesión`,
  'scar-types.scar-left': `Por desgracia, este proceso no siempre transcurre sin problemas y, según la profundidad y la gravedad de la lesión, podría quedarle una cicatriz.`,
  'scar-types.scars-say': `Entonces, ¿qué dicen de usted sus cicatrices de acné?`,
  'scar-types.skin-barrier': `Su piel cumple diversas funciones, pero la más importante es actuar como barrera para protegerle de sustancias nocivas: desde el frío y la humedad hasta los gérmenes, los rayos UV y las toxinas ambientales.`,
  'scar-types.skin-health': `Con solo mirar la piel de una persona se puede saber mucho sobre su salud.`,
  'scar-types.skin-renewing': `La piel se renueva constantemente, de modo que, cada vez que sufre algún tipo de daño o lesión, nuevas células se desplazan a la superficie para iniciar el proceso de reparación.`,
  'scar-types.skin-stronger': `Su piel es más resistente de lo que cree.`,
  'scar-types.skin-weight': str`Aunque es muy fina (apenas unos milímetros de grosor como máximo), constituye aproximadamente 1/7 de la superficie total de su cuerpo y puede pesar entre ${0} y ${1}, según la persona.`,
  'scar-types.tab-list-label': `Tipos de cicatrices de acné`,
  'source.title-only': str`Fuente: «${0}»`,
  'source.with-publisher': str`Fuente: ${0}, «${1}»`,
};

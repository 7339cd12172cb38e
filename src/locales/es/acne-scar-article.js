// The "es" messages of <acne-scar-article>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {};

export const templates = {
  's0f7dd0e7a1902b90': `Por ello, debe hablar con su profesional de la salud o su dermatólogo antes de someterse a este tipo de tratamiento, sobre todo si va a probar el microneedling en casa.`,
  's2df6a8f3a6c178b7': `Si ha probado de todo para reducir sus cicatrices de acné y nada ha funcionado, el microneedling podría ser justo la solución que buscaba.`,
  's37835b95c04523ee': `Basta con desplazarse por el feed de Instagram para ver los resultados del microneedling.`,
  's4814c4182121b919': `Aunque el microneedling se reconoce en general como seguro para las personas sanas, conlleva cierto riesgo.`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's5f426f819361cc5a': `Si está cansado de esconderse y quiere librarse de sus cicatrices de acné de una vez por todas, el microneedling puede ser la solución que buscaba. Siga leyendo para saber más sobre qué causa las cicatrices de acné y cómo puede ayudar el microneedling.`,
  's5fee911981c9d5ff': `Aunque la idea de pincharse la piel con cientos de agujas diminutas quizá no le parezca divertida, bien podría ser el secreto para resolver problemas de la piel de larga duración, incluso las cicatrices de acné más persistentes.`,
  's63a38b0b6952a81c': `¿Funciona el microneedling para reducir las cicatrices de acné?`,
  's8c424d2af0224c4d': `Este procedimiento cosmético mínimamente invasivo se ha popularizado gracias a celebridades como Kim Kardashian, pero lo cierto es que también es accesible y beneficioso para la mujer de a pie.`,
  's9e6e576d980012f7': `Las cicatrices de acné pueden ser algo más que antiestéticas: pueden acabar con su confianza y llevarle a esconderse del mundo bajo capas de maquillaje espeso.`,
  'source.title-only': str`Fuente: «${0}»`,
  'source.with-publisher': str`Fuente: ${0}, «${1}»`,
};

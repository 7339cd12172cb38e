// The "es" messages of <scar-treatments>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {};

export const templates = {
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `¿Funciona el microneedling para reducir las cicatrices de acné?`,
  'scar-treatments.already-have': `Si ya tiene cicatrices de acné, lo más probable es que las tenga desde hace tiempo, quizá desde la infancia o la adolescencia.`,
  'scar-treatments.chemical-peel.effect': `Si tiene cicatrices de acné extensas, un peeling químico podría ayudar a reducir su apariencia en general. Este procedimiento consiste en un tratamiento químico que elimina la capa superior dañada de la piel, lo que hace que la piel produzca una nueva capa debajo.`,
  'scar-treatments.chemical-peel.limits': `Este tratamiento puede tardar semanas en cicatrizar y en mostrar el resultado final.`,
  'scar-treatments.chemical-peel.name': `Peeling químico`,
  'scar-treatments.chemical-peel.tip': `Pruebe un peeling químico.`,
  'scar-treatments.heading': `Otras opciones para reducir las cicatrices de acné`,
  'scar-treatments.hyaluronic-acid.effect': `Este ingrediente actúa como relleno dérmico y eleva las zonas deprimidas de la piel, como las cicatrices de acné.`,
  'scar-treatments.hyaluronic-acid.name': `Ácido hialurónico`,
  'scar-treatments.hyaluronic-acid.tip': `Pruebe un producto elaborado con ácido hialurónico.`,
  'scar-treatments.hyaluronic-acid.where': `Para obtener resultados duraderos, acuda a un dermatólogo para recibir un tratamiento de calidad profesional.`,
  'scar-treatments.intro': `Si es su caso, ¡no tiene por qué perder la esperanza! El microneedling es una excelente opción para reducir las cicatrices de acné, aunque existen otras opciones.`,
  'scar-treatments.intro-list': `Estos son algunos consejos para reducir la apariencia de las cicatrices de acné:`,
  'scar-treatments.label-effect': `Qué hace`,
  'scar-treatments.label-limits': `Limitaciones`,
  'scar-treatments.label-where': `Dónde conseguirlo`,
  'scar-treatments.label-why': `Por qué es importante`,
  'scar-treatments.laser.effect': `Los tratamientos con láser estimulan la producción de colágeno, lo que puede ayudar a rellenar las cicatrices de acné y a mejorar el aspecto general de la piel.`,
  'scar-treatments.laser.limits': `Estos tratamientos no eliminarán por completo las cicatrices de acné, pero pueden mejorar su apariencia.`,
  'scar-treatments.laser.name': `Tratamientos cutáneos con láser`,
  'scar-treatments.laser.tip': `Considere los tratamientos cutáneos con láser.`,
  'scar-treatments.retinoids.effect': `Los retinoides tópicos, como la tretinoína en crema, pueden acelerar la regeneración celular y mejorar la textura general de la piel.`,
  'scar-treatments.retinoids.name': `Retinoides`,
  'scar-treatments.retinoids.tip': `Busque productos para el cuidado de la piel elaborados con retinoides.`,
  'scar-treatments.retinoids.where': `Puede encontrar estos productos sin receta u obtener una concentración más alta a través de su dermatólogo.`,
  'scar-treatments.scar-types.name': `Los dos tipos de cicatrices de acné`,
  'scar-treatments.scar-types.tip': `Conozca la diferencia entre los dos tipos de cicatrices de acné: atróficas e hipertróficas.`,
  'scar-treatments.scar-types.why': `Cada tipo requiere modalidades de tratamiento distintas, y las cicatrices atróficas son las más frecuentes.`,
  'source.title-only': str`Fuente: «${0}»`,
  'source.with-publisher': str`Fuente: ${0}, «${1}»`,
};

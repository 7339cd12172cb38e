// The "es" messages of <microneedling-evidence>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {"#10":"10","#18":"18","#19":"19","#246":"246","#5":"5","#58":"58","#6":"6","#9":"9"};

export const templates = {
  's0eecc51748a08062': str`${0} estudios de microneedling solo mostraron mejorías en la gravedad de las cicatrices`,
  's12e180785a0dbf74': str`${0} estudios de microneedling solo informaron significación estadística (todos menos uno)`,
  's1a74a5fb327abb90': `La revisión de 2020`,
  's226f058dc6538b5c': str`${0} pacientes (en ${1} estudios) informaron algún efecto adverso`,
  's45a418407f6bdf4d': `Una revisión publicada en el International Journal of Women’s Dermatology abarca un total de 19 artículos y nueve estudios que evaluaron los efectos del microneedling solo para las cicatrices de acné, así como del microneedling combinado con otros tratamientos. Este es un resumen de algunos de los resultados:`,
  's45d37b3544c3f451': `Según una revisión de 2020 de 58 estudios exhaustivos sobre la eficacia del microneedling, los efectos pueden observarse tras unas semanas o meses de tratamiento regular. Una vez depositado el colágeno, la textura de la piel seguirá mejorando durante los 12 meses siguientes.`,
  's46943a8d2bbb181d': `El estudio de 2015`,
  's495c20c39e40ae8b': `Durante tres meses, los pacientes recibieron tratamientos de microneedling a intervalos de dos semanas, hasta un total de seis sesiones.`,
  's49b9ca552675659b': `Un ensayo de hemicara realizado en Estados Unidos incluyó a 20 participantes seleccionados al azar para recibir anestesia tópica con o sin micropunción cutánea en uno u otro lado de la cara. A los seis meses, hubo una diferencia estadísticamente significativa en el lado tratado con micropunción.`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `¿Funciona el microneedling para reducir las cicatrices de acné?`,
  's823cf7ee8e6dd319': `Aunque este estudio solo tuvo diez participantes, hay otros en los que apoyarse.`,
  's9c804774f93e4aad': str`${0} pacientes mostraron una mejoría clínica notable de sus cicatrices de acné`,
  's9fb162862c8c3fdd': str`${0} estudios exhaustivos sobre la eficacia del microneedling`,
  'sa4b34a91d4831f13': str`${0} artículos y ${1} estudios que evaluaron el microneedling solo y combinado con otros tratamientos`,
  'sb27caab4c6ca4aab': `Como ejemplo del microneedling en la práctica clínica, consideremos los resultados de un estudio de 2015 con diez pacientes con distintos tipos de cicatrices atróficas de acné.`,
  'sb2b44de8a70ae954': str`${0} de ${1}`,
  'sc0773ab4b0c2c062': `Los estudios en cifras`,
  'sc9f501b195aa68a8': `Un total de 18 pacientes de 246 (en 10 estudios) informaron algún efecto adverso; los efectos secundarios más frecuentes fueron dolor leve, sensación de ardor, edema o sangrado.`,
  'scd7903327bb8177f': `Así pues, la ciencia respalda el microneedling como tratamiento de las cicatrices de acné.`,
  'sd4054c6cebebefcd': `La revisión del International Journal of Women’s Dermatology`,
  'sd4792dac62b319e6': `¿Funciona el microneedling para las cicatrices de acné?`,
  'sdef2255b52c77d24': `Antes del primer tratamiento, se fotografió a los pacientes y se obtuvieron biopsias cutáneas (junto con información basal sobre los niveles de colágeno de cada paciente). Al final del estudio, todos los pacientes mostraron una mejoría clínica notable de sus cicatrices de acné, así como un aumento estadísticamente significativo de su producción de colágeno.`,
  'sf3d95c91f6dc0ca1': `Seis estudios midieron la eficacia del microneedling solo como tratamiento de las cicatrices de acné; todos mostraron mejorías en la gravedad de las cicatrices y todos menos uno informaron significación estadística.`,
  'sf6bfbcb095d7591d': `Un grupo italiano estudió la combinación de la micropunción cutánea con la aplicación tópica de plasma rico en plaquetas (PRP) en un ensayo de hemicara y observó que, aunque todas las puntuaciones disminuyeron, el grupo con PRP tuvo una mayor reducción de la gravedad de las cicatrices de acné.`,
  'source.title-only': str`Fuente: «${0}»`,
  'source.with-publisher': str`Fuente: ${0}, «${1}»`,
};

// The "es" messages of <microneedling-candidacy>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {};

export const templates = {
  'microneedling-candidacy.some-risk': `Aunque el microneedling se reconoce en general como seguro para las personas sanas, conlleva cierto riesgo.`,
  's160886d3cc2a3161': `Verrugas, herpes labial u otra infección local`,
  's2132bd057edd7c4d': `Debe hablar con su profesional de la salud o su dermatólogo antes de someterse a este tipo de tratamiento, sobre todo si va a probar el microneedling en casa.`,
  's2c1898861a4c70b2': `Afecciones cutáneas como el eccema moderado a grave y la psoriasis`,
  's321e121f275026cb': `es seguro en todos los tipos de piel`,
  's462f2d9ac840c054': `El microneedling no crea una línea visible entre la piel tratada y la no tratada, y el periodo de recuperación es mucho más corto que el de la mayoría, de solo dos a tres días.`,
  's4704ce2900cc4c54': `Ventajas frente a otros procedimientos de renovación cutánea`,
  's4e938d2d328518af': `¿Es seguro el microneedling?`,
  's53bd9518f8790649': `Borrar respuestas`,
  's55c0b21993f5e483': `Sus respuestas se quedan en esta página: no se guarda ni se envía nada.`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `¿Funciona el microneedling para reducir las cicatrices de acné?`,
  's66e706bd07771393': `¿Cuáles de estas situaciones se aplican a usted?`,
  's77c6bf991aa9839e': `Autoevaluación`,
  's89c89a8ebcb2caf3': `Posibles efectos secundarios`,
  's97290fa52c08d55f': `Otros estudios sugieren que el microneedling tiene muchas ventajas frente a otros procedimientos de renovación cutánea. Por ejemplo, que:`,
  'sa0f6bfe5185d462a': `Tratamiento actual con medicamentos anticoagulantes`,
  'sa72d721835b1aba3': `No ha marcado ninguna de las situaciones que enumera el artículo.`,
  'sad0ff409e56d4f31': `Quién puede no ser buen candidato`,
  'sb37dff2ac2b97d92': `Un brote de acné activo`,
  'sb6faef5a0ea80d07': `Pacientes con el sistema inmunitario debilitado, incluidos quienes reciben quimioterapia`,
  'sc56a16085fedf105': `Según el artículo, es posible que no sea buen candidato para el microneedling si presenta lo siguiente, que usted ha marcado:`,
  'sdc22ed52e8604e69': `Con cualquier procedimiento invasivo siempre existe un riesgo de infección, por mínimo que sea. El microneedling también puede contribuir a efectos adversos leves, como eritema e irritación, pigmentación posinflamatoria, hipersensibilidad, dermatitis alérgica de contacto y dolor. Sin embargo, en la mayoría de los casos los efectos secundarios son leves y desaparecen en pocos días.`,
  'se4ed5dccc9b4930d': `conlleva el menor riesgo de hiperpigmentación posinflamatoria`,
  'secb6f98e85366cf8': `Sin embargo, que el microneedling se reconozca en general como seguro no significa que sea la opción adecuada para todo el mundo. Es posible que no sea buen candidato para el microneedling si presenta lo siguiente:`,
  'source.title-only': str`Fuente: «${0}»`,
  'source.with-publisher': str`Fuente: ${0}, «${1}»`,
};

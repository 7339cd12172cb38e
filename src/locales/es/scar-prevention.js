// The "es" messages of <scar-prevention>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {};

export const templates = {
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `¿Funciona el microneedling para reducir las cicatrices de acné?`,
  'scar-prevention.heading': `Cómo prevenir las cicatrices de acné`,
  'scar-prevention.intro': `Después de haber dedicado tiempo a resolver sus cicatrices de acné, lo último que quiere es que vuelvan a aparecer. Si tiene la piel con tendencia acneica, combatir las imperfecciones (y el posible riesgo de cicatrices) es una batalla diaria.`,
  'scar-prevention.intro-list': `Entonces, ¿qué puede hacer para prevenir las cicatrices de acné en el futuro? Estos son algunos consejos sencillos:`,
  'scar-prevention.leave-it-alone.text': `Resista la tentación de tocar, pinchar o reventar los granos. Si aprieta un grano, corre el riesgo de aumentar la inflamación y de llevar las bacterias a capas más profundas de la piel, donde pueden provocar la formación de un quiste.`,
  'scar-prevention.leave-it-alone.title': `No lo toque`,
  'scar-prevention.reduce-inflammation.text': `Las imperfecciones traen consigo inflamación y, cuanto más se inflama un grano, mayor es el riesgo de cicatrices. Evite los productos agresivos para la piel, como los exfoliantes granulados y demás productos exfoliantes, que podrían aumentar la inflamación durante un brote.`,
  'scar-prevention.reduce-inflammation.title': `Reduzca la inflamación`,
  'scar-prevention.see-provider.text': `Si suele tener brotes de acné grandes o especialmente profundos, es posible que tenga un riesgo mayor de cicatrices y debería consultar a su dermatólogo. Los medicamentos de venta sin receta pueden no ser adecuados para los brotes graves, así que hable con su profesional de la salud sobre las opciones.`,
  'scar-prevention.see-provider.title': `Consulte a su profesional de la salud`,
  'scar-prevention.treat-promptly.text': `Cuanto antes controle el acné, mejor. Ante el primer signo de un brote, empiece a tratarlo con un medicamento para el acné de venta sin receta y asegúrese de mantener el rostro limpio. ¡No pueden aparecer cicatrices de acné si no tiene acné!`,
  'scar-prevention.treat-promptly.title': `Trate el acné cuanto antes`,
  'source.title-only': str`Fuente: «${0}»`,
  'source.with-publisher': str`Fuente: ${0}, «${1}»`,
};

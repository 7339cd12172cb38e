
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's40bfc27971e8b870': str`Última actualización: ${0}`,
's60ce351fc2d09d92': `Más información sobre nuestras normas editoriales`,
's7fe487d4161de1bf': str`Revisado médicamente por ${0}`,
's89649937ddef97b1': str`${0}, ${1}`,
's8ac7778797e4d373': `Este artículo tiene fines exclusivamente informativos y no constituye asesoramiento médico. La información aquí contenida no sustituye al asesoramiento médico profesional y nunca debe utilizarse como tal. Consulte siempre a su médico sobre los riesgos y beneficios de cualquier tratamiento.`,
's93dd57502f7d6ea3': `Aviso médico`,
'sa99ac8502d9fddab': str`Escrito por ${0}`,
    };
  
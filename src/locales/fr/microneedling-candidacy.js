// The "fr" messages of <microneedling-candidacy>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {};

export const templates = {
  'microneedling-candidacy.some-risk': `Bien que le microneedling soit généralement reconnu comme sûr chez les personnes en bonne santé, il comporte tout de même un certain risque.`,
  's160886d3cc2a3161': `Verrues, herpès labial ou autre infection locale`,
  's2132bd057edd7c4d': `Vous devriez en parler à votre professionnel de santé ou à votre dermatologue avant d’entreprendre ce type de traitement, en particulier si vous comptez essayer le microneedling chez vous.`,
  's2c1898861a4c70b2': `Affections cutanées comme l’eczéma modéré à sévère et le psoriasis`,
  's321e121f275026cb': `il est sûr pour tous les types de peau`,
  's462f2d9ac840c054': `Le microneedling ne crée pas de démarcation visible entre la peau traitée et la peau non traitée, et la période de récupération, de seulement deux à trois jours, est bien plus courte que pour la plupart des autres techniques.`,
  's4704ce2900cc4c54': `Avantages par rapport aux autres techniques de resurfaçage`,
  's4e938d2d328518af': `Le microneedling est-il sûr ?`,
  's53bd9518f8790649': `Effacer les réponses`,
  's55c0b21993f5e483': `Vos réponses restent sur cette page : rien n’est enregistré ni envoyé.`,
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `Le microneedling permet-il de réduire les cicatrices d’acné ?`,
  's66e706bd07771393': `Lesquelles de ces situations vous concernent ?`,
  's77c6bf991aa9839e': `Autoévaluation`,
  's89c89a8ebcb2caf3': `Effets secondaires possibles`,
  's97290fa52c08d55f': `D’autres études suggèrent que le microneedling présente de nombreux avantages par rapport aux autres techniques de resurfaçage. Par exemple, que :`,
  'sa0f6bfe5185d462a': `Traitement anticoagulant en cours`,
  'sa72d721835b1aba3': `Vous n’avez coché aucune des situations citées dans l’article.`,
  'sad0ff409e56d4f31': `Qui n’est peut-être pas un bon candidat`,
  'sb37dff2ac2b97d92': `Une poussée d’acné active`,
  'sb6faef5a0ea80d07': `Patients dont le système immunitaire est affaibli, y compris ceux qui suivent une chimiothérapie`,
  'sc56a16085fedf105': `Selon l’article, vous n’êtes peut-être pas un bon candidat pour le microneedling si vous présentez les éléments suivants, que vous avez cochés :`,
  'sdc22ed52e8604e69': `Tout acte invasif comporte toujours un risque d’infection, aussi minime soit-il. Le microneedling peut également contribuer à des effets indésirables mineurs tels qu’un érythème et une irritation, une pigmentation post-inflammatoire, une hypersensibilité, une dermatite allergique de contact et une douleur. Dans la plupart des cas, cependant, les effets secondaires sont mineurs et se dissipent en quelques jours.`,
  'se4ed5dccc9b4930d': `il présente le risque le plus faible d’hyperpigmentation post-inflammatoire`,
  'secb6f98e85366cf8': `Toutefois, le fait que le microneedling soit généralement reconnu comme sûr ne signifie pas qu’il soit le bon choix pour tout le monde. Vous n’êtes peut-être pas un bon candidat pour le microneedling si vous présentez les éléments suivants :`,
  'source.title-only': str`Source : « ${0} »`,
  'source.with-publisher': str`Source : ${0}, « ${1} »`,
};

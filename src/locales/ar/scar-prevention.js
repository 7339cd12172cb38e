// The "ar" messages of <scar-prevention>, split from lit-localize's build by
// scripts/locale-chunks.mjs. Do not edit: run `npm run localize:build`.
import {str} from '@lit/localize';

// Its medical review (xliff/reviews.json): the date, or null while not yet reviewed.
export const review = null;

// Its figures, formatted by Intl when the library was built (scripts/figures.mjs).
export const figures = {};

export const templates = {
  's55fa598b754cc3cc': str`${0} (${1})`,
  's63a38b0b6952a81c': `هل يُجدي الوخز بالإبر الدقيقة في التخفيف من ندبات حب الشباب؟`,
  'scar-prevention.heading': `الوقاية من ندبات حب الشباب`,
  'scar-prevention.intro': `بعد أن تكون قد خصصت الوقت للتخلص من ندبات حب الشباب، فإن آخر ما تريده هو عودتها. وإذا كانت بشرتك معرّضة لحب الشباب، فإن مكافحة البثور (واحتمال التندّب) معركة يومية.`,
  'scar-prevention.intro-list': `إذن، ما الذي يمكنك فعله للوقاية من ندبات حب الشباب مستقبلًا؟ إليك بعض النصائح البسيطة:`,
  'scar-prevention.leave-it-alone.text': `قاوم الرغبة في نكز البثور أو العبث بها أو فقئها. فإذا عصرت البثرة، فإنك تعرّض نفسك لخطر زيادة الالتهاب ودفع البكتيريا إلى عمق أكبر في الجلد، حيث يمكن أن تتسبب في تكوّن كيس.`,
  'scar-prevention.leave-it-alone.title': `اترك البثور وشأنها`,
  'scar-prevention.reduce-inflammation.text': `مع البثور يأتي الالتهاب، وكلما ازداد التهاب البثرة ارتفع خطر التندّب. تجنّب منتجات العناية بالبشرة القاسية مثل منتجات الفرك (السكراب) والمقشّرات التي قد تزيد الالتهاب أثناء نوبة حب الشباب.`,
  'scar-prevention.reduce-inflammation.title': `خفّف الالتهاب`,
  'scar-prevention.see-provider.text': `إذا كنت تميل إلى الإصابة بنوبات حب شباب كبيرة أو عميقة بشكل خاص، فقد تكون أكثر عرضة لخطر التندّب، وينبغي أن تستشير طبيب الأمراض الجلدية. قد لا تكون الأدوية المتاحة دون وصفة طبية كافية لنوبات حب الشباب الشديدة، لذا تحدّث إلى مقدّم الرعاية الصحية عن الخيارات المتاحة.`,
  'scar-prevention.see-provider.title': `راجع مقدّم الرعاية الصحية`,
  'scar-prevention.treat-promptly.text': `كلما سارعت إلى السيطرة على حب الشباب كان ذلك أفضل. عند أول علامة على نوبة حب الشباب، ابدأ علاجها بدواء لحب الشباب متاح دون وصفة طبية، واحرص على إبقاء وجهك نظيفًا. لا يمكن أن تظهر لديك ندبات حب الشباب إذا لم يكن لديك حب شباب!`,
  'scar-prevention.treat-promptly.title': `عالج حب الشباب دون تأخير`,
  'source.title-only': str`المصدر: «${0}»`,
  'source.with-publisher': str`المصدر: ${0}، «${1}»`,
};

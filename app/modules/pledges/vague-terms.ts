/**
 * Wording that makes a pledge vague rather than measurable, as data. Each entry is
 * "shown form|variant|variant…"; the shown form is what the finding quotes. Matching is on
 * normalised text (normalise-text.ts). English matches whole words; Arabic matches at the start
 * of a word, after the clitics و ف ب ل ك (and ال / لل), so "وتعزيز" and "للتوعية" are found.
 */
export const vagueTerms: { ar: readonly string[]; en: readonly string[] } = {
  en: [
    'as appropriate',
    'where possible|wherever possible|if possible|when possible|whenever possible',
    'where feasible|if feasible|as feasible',
    'to the extent possible|to the extent feasible',
    'as needed|as necessary',
    'endeavour|endeavor|endeavours|endeavors|endeavouring|endeavoring',
    'strive|strives|striving',
    'seek to|seeks to|seeking to',
    'explore|explores|exploring',
    'consider|considers|considering',
    'raise awareness|raising awareness|awareness raising',
    'promote|promotes|promoting',
    'enhance|enhances|enhancing',
    'strengthen|strengthens|strengthening',
    'encourage|encourages|encouraging',
    'best efforts|best endeavours|best endeavors',
    'work towards|working towards|work toward|working toward',
    'various',
    'several',
    'a number of',
    'etc',
    'and so on',
    'in due course',
    'soon',
  ],
  ar: [
    'حسب الاقتضاء|عند الاقتضاء',
    'قدر الإمكان|قدر المستطاع',
    'إن أمكن|إذا أمكن|متى أمكن|كلما أمكن|عند الإمكان',
    'نسعى|سنسعى|يسعى|تسعى|السعي إلى|السعي الى',
    'العمل على|سنعمل على|نعمل على',
    'النظر في|دراسة إمكانية',
    'استكشاف',
    'رفع الوعي|زيادة الوعي|التوعية',
    'تعزيز',
    'تشجيع',
    'بذل الجهود|بذل جهود|بذل قصارى الجهد',
    'مختلف',
    'العديد من|عدد من',
    'إلخ|وغيرها|وما إلى ذلك',
    'في الوقت المناسب',
    'قريبا|في المستقبل القريب',
  ],
};

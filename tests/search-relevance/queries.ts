/**
 * The relevance set: each query with the sample items (corpus.ts) that must be among its first ten
 * results, and what the query exercises. `npm test` fails when recall@10 falls below 0.9
 * (tests/search-relevance.test.ts), and reports the mean reciprocal rank of the first expected item.
 */
export interface RelevanceQuery {
  q: string;
  expect: string[];
  covers:
    | 'clitic'
    | 'plural'
    | 'hamza'
    | 'ta-marbuta'
    | 'diacritics'
    | 'cross-language'
    | 'plain'
    | 'typo'
    | 'stemming';
}

export const arabicQueries: RelevanceQuery[] = [
  { q: 'العمال المهاجرين', expect: ['a01', 'e02'], covers: 'plain' },
  { q: 'للعمال المهاجرين', expect: ['a01'], covers: 'clitic' },
  { q: 'والعمال', expect: ['a01'], covers: 'clitic' },
  { q: 'مهاجر البناء', expect: ['a01'], covers: 'stemming' },
  { q: 'للمهاجرين المفقودين', expect: ['a11'], covers: 'clitic' },
  { q: 'والمهاجرون العائدون', expect: ['a08'], covers: 'clitic' },
  { q: 'بالمهاجرات', expect: ['a04'], covers: 'clitic' },
  { q: 'المهاجرات', expect: ['a04'], covers: 'plural' },
  { q: 'الأسرة', expect: ['a03', 'a21'], covers: 'ta-marbuta' },
  { q: 'أسرهم', expect: ['a03', 'a21'], covers: 'clitic' },
  { q: 'الأسر', expect: ['a03', 'a21', 'a02'], covers: 'plural' },
  { q: 'الاسره', expect: ['a03', 'a21'], covers: 'hamza' },
  { q: 'التحويلات المالية', expect: ['a02', 'e01', 'a28'], covers: 'cross-language' },
  { q: 'تحويل الأموال', expect: ['a02', 'a28'], covers: 'plain' },
  { q: 'التحويلات', expect: ['a02', 'e01'], covers: 'cross-language' },
  { q: 'الشمول المالي', expect: ['a02'], covers: 'plain' },
  { q: 'الاتجار بالبشر', expect: ['a07', 'e05'], covers: 'cross-language' },
  { q: 'الإتجار', expect: ['a07'], covers: 'hamza' },
  { q: 'الأطفال المهاجرين', expect: ['a05', 'a25'], covers: 'plain' },
  { q: 'طفل', expect: ['a06'], covers: 'stemming' },
  { q: 'احتجاز الأطفال', expect: ['a05', 'e03'], covers: 'cross-language' },
  { q: 'بدائل الاحتجاز', expect: ['a05', 'e03'], covers: 'cross-language' },
  { q: 'تسجيل المواليد', expect: ['a06', 'e04'], covers: 'cross-language' },
  { q: 'شهادة ميلاد', expect: ['a06'], covers: 'plain' },
  { q: 'إعادة الإدماج', expect: ['a08', 'e07'], covers: 'cross-language' },
  { q: 'العائدين', expect: ['a08'], covers: 'plural' },
  { q: 'التعاون الدولي', expect: ['a09', 'e06', 'a26'], covers: 'cross-language' },
  { q: 'المنطقة العربية', expect: ['a09'], covers: 'plain' },
  { q: 'البيانات', expect: ['a10', 'e08'], covers: 'cross-language' },
  { q: 'إحصاءات', expect: ['a10'], covers: 'hamza' },
  { q: 'احصاءات', expect: ['a10'], covers: 'hamza' },
  { q: 'إنقاذ الأرواح', expect: ['a11', 'e09'], covers: 'cross-language' },
  { q: 'المفقودين', expect: ['a11'], covers: 'plural' },
  { q: 'البحر', expect: ['a11'], covers: 'plain' },
  { q: 'خطاب الكراهية', expect: ['a12', 'e10'], covers: 'cross-language' },
  { q: 'العنصرية', expect: ['a12'], covers: 'ta-marbuta' },
  { q: 'التمييز', expect: ['a12', 'a04'], covers: 'plain' },
  { q: 'الحماية الاجتماعية', expect: ['a13', 'e11'], covers: 'cross-language' },
  { q: 'العمالة المنزلية', expect: ['a13'], covers: 'ta-marbuta' },
  { q: 'عاملات المنازل', expect: ['a13'], covers: 'plural' },
  { q: 'المؤهلات', expect: ['a14'], covers: 'hamza' },
  { q: 'مؤهل', expect: ['a14'], covers: 'stemming' },
  { q: 'المغتربين', expect: ['a15', 'e14', 'a26'], covers: 'cross-language' },
  { q: 'الجاليات', expect: ['a15'], covers: 'plural' },
  { q: 'الفئات الضعيفة', expect: ['a16'], covers: 'plain' },
  { q: 'الهجرة غير النظامية', expect: ['a17'], covers: 'plain' },
  { q: 'الهجره', expect: ['a17', 'a20', 'a26', 'a10'], covers: 'ta-marbuta' },
  { q: 'القنصلية', expect: ['a18'], covers: 'ta-marbuta' },
  { q: 'الحماية القنصلية', expect: ['a18'], covers: 'cross-language' },
  { q: 'حرس الحدود', expect: ['a19'], covers: 'plain' },
  { q: 'تغير المناخ', expect: ['a20', 'e13'], covers: 'cross-language' },
  { q: 'لم شمل الأسرة', expect: ['a21', 'e15'], covers: 'cross-language' },
  { q: 'تأشيرات', expect: ['a21'], covers: 'hamza' },
  { q: 'تهريب المهاجرين', expect: ['a22'], covers: 'plain' },
  { q: 'أجور العاملات', expect: ['a23', 'a01'], covers: 'plural' },
  { q: 'جوازات السفر', expect: ['a23'], covers: 'plural' },
  { q: 'الأطفال غير المصحوبين', expect: ['a24'], covers: 'plural' },
  { q: 'تعليم الأطفال', expect: ['a25'], covers: 'plain' },
  { q: 'مسئولية', expect: ['a26'], covers: 'hamza' },
  { q: 'شئون الهجرة', expect: ['a26'], covers: 'hamza' },
  { q: 'اللاجئين', expect: ['a14', 'a27'], covers: 'plural' },
  { q: 'العمل الجبري', expect: ['a29'], covers: 'plain' },
  { q: 'مستشفي', expect: ['a30', 'a04'], covers: 'ta-marbuta' },
  { q: 'الأَطْفَالُ المُهَاجِرِينَ', expect: ['a05', 'a25'], covers: 'diacritics' },
  { q: 'الأُسْرَة', expect: ['a03', 'a21'], covers: 'diacritics' },
  { q: 'الْحِمَايَةُ الاجْتِمَاعِيَّةُ', expect: ['a13'], covers: 'diacritics' },
  { q: 'الـــهجرة', expect: ['a17', 'a20'], covers: 'diacritics' },
  { q: 'التحويلاات', expect: ['a02'], covers: 'typo' },
  { q: 'الأطفال المهاجيرين', expect: ['a05', 'a25'], covers: 'typo' },
  { q: 'حقوق الإنسان', expect: ['a30', 'a19'], covers: 'plain' },
];

export const englishQueries: RelevanceQuery[] = [
  { q: 'remittances', expect: ['e01', 'a02', 'a28'], covers: 'cross-language' },
  { q: 'remittance fees', expect: ['e01'], covers: 'stemming' },
  { q: 'migrant workers', expect: ['e02', 'a01'], covers: 'cross-language' },
  { q: 'recruitment', expect: ['e02'], covers: 'plain' },
  { q: 'children detention', expect: ['e03', 'a05'], covers: 'cross-language' },
  { q: 'detention of children', expect: ['e03'], covers: 'stemming' },
  { q: 'birth registration', expect: ['e04', 'a06'], covers: 'cross-language' },
  { q: 'trafficking', expect: ['e05', 'a07'], covers: 'cross-language' },
  { q: 'regional cooperation', expect: ['e06'], covers: 'plain' },
  { q: 'reintegration', expect: ['e07', 'a08'], covers: 'cross-language' },
  { q: 'returning migrants', expect: ['e07'], covers: 'stemming' },
  { q: 'statistics', expect: ['e08', 'a10'], covers: 'cross-language' },
  { q: 'rescue', expect: ['e09'], covers: 'plain' },
  { q: 'hate speech', expect: ['e10', 'a12'], covers: 'cross-language' },
  { q: 'social protection', expect: ['e11', 'a13'], covers: 'cross-language' },
  { q: 'domestic worker', expect: ['e11'], covers: 'plural' },
  { q: 'pregnant women health', expect: ['e12'], covers: 'stemming' },
  { q: 'climate change', expect: ['e13', 'a20'], covers: 'cross-language' },
  { q: 'diaspora', expect: ['e14', 'a15'], covers: 'cross-language' },
  { q: 'family reunification', expect: ['e15', 'a21'], covers: 'cross-language' },
  { q: 'information campaigns', expect: ['e16'], covers: 'plural' },
  { q: 'remitances', expect: ['e01'], covers: 'typo' },
];

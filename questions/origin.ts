import { foldPhrase } from './arabic';

/**
 * Whether a person's name reads as Arabic (or of the Muslim world's common names: «محمد باقر
 * قاليباف») or as a foreign name written in Arabic letters («دانيال هارتلي»). Among the options
 * of "who said this", the one foreign name beside Arab ones, or the one Arab name beside foreign
 * ones, is picked by its origin: a foreign company's spokesman, a Tunisian official.
 */
export type NameOrigin = 'arabic' | 'foreign';

// Given names common across the Arab world, folded (ة → ه, hamzas → ا, ى → ي). A name of the
// list anywhere in it, a compound with «عبد»، «أبو»، «بن» or a family name with «ال» reads as Arabic.
const GIVEN = new Set(
  [
    ...['محمد', 'أحمد', 'محمود', 'مصطفى', 'علي', 'عمر', 'عثمان', 'حسن', 'حسين', 'خالد', 'سعيد'],
    ...['سعد', 'سالم', 'سليم', 'سليمان', 'سامي', 'سامر', 'سمير', 'كريم', 'كمال', 'جمال', 'عادل'],
    ...['يوسف', 'إبراهيم', 'إسماعيل', 'يحيى', 'يونس', 'موسى', 'عيسى', 'هشام', 'هاني', 'وليد'],
    ...['طارق', 'زياد', 'فراس', 'فادي', 'رامي', 'ماجد', 'مجدي', 'حمدي', 'فهد', 'فيصل', 'ناصر'],
    ...['منصور', 'نبيل', 'نور', 'نورالدين', 'رشيد', 'رضا', 'مراد', 'منير', 'مهدي', 'أيمن'],
    ...['أنس', 'أسامة', 'باسم', 'بسام', 'جواد', 'حازم', 'حامد', 'حمد', 'راشد', 'رائد', 'زكريا'],
    ...['شريف', 'صالح', 'صلاح', 'طلال', 'عماد', 'عصام', 'غسان', 'قاسم', 'لؤي', 'مازن', 'معاذ'],
    ...['نادر', 'نزار', 'هيثم', 'وائل', 'ياسر', 'ياسين', 'جعفر', 'حيدر', 'مالك', 'عمار', 'بشير'],
    ...['توفيق', 'جلال', 'حمزة', 'خليل', 'رفيق', 'سيف', 'شادي', 'عبيد', 'عزيز', 'فؤاد', 'لطفي'],
    ...['مروان', 'نجيب', 'هادي', 'وسام', 'إدريس', 'الحسن', 'الحسين', 'المهدي', 'العربي', 'عياد'],
    ...['فاطمة', 'عائشة', 'خديجة', 'مريم', 'زينب', 'سارة', 'ليلى', 'هالة', 'هدى', 'نادية'],
    ...['سلمى', 'سلوى', 'سعاد', 'سميرة', 'أمل', 'أمينة', 'آمنة', 'إيمان', 'أسماء', 'رانيا'],
    ...['رنا', 'رولا', 'ريم', 'دينا', 'دعاء', 'رشا', 'منى', 'مها', 'نور', 'نوال', 'نجلاء'],
    ...['هند', 'هبة', 'وفاء', 'ياسمين', 'لبنى', 'لمى', 'جميلة', 'حنان', 'خلود', 'سهام', 'شيماء'],
    ...['عبلة', 'غادة', 'فرح', 'كوثر', 'لينا', 'ميساء', 'نسرين', 'نهى', 'هيفاء', 'وداد', 'سناء'],
    ...['بشرى', 'جيهان', 'حياة', 'رحاب', 'رقية', 'سهى', 'عفاف', 'علياء', 'فدوى', 'ماجدة', 'نعيمة']
  ].map(foldPhrase)
);

const LINKS = new Set(['عبد', 'ابو', 'ابي', 'بن', 'بنت', 'ابن', 'ال'].map(foldPhrase));

/** Whether a word is a common Arab given name («ياسين», not the verb it looks like). */
export const givenName = (word: string): boolean => GIVEN.has(foldPhrase(word));

/** The origin a person's name reads as ({@link NameOrigin}). */
export function nameOrigin(ar: string): NameOrigin {
  const words = foldPhrase(ar).split(/\s+/u);
  const arabic =
    // «حواء محمد طاهر»: a father's given name in the chain tells as well as the first.
    words.some((w) => GIVEN.has(w)) ||
    words.some((w) => LINKS.has(w)) ||
    words.slice(1).some((w) => /^ال\S{2,}/u.test(w));
  return arabic ? 'arabic' : 'foreign';
}

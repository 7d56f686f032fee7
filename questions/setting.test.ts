import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BLANK } from './arabic';
import { buildFromText } from './build';
import type { Entity, Mention } from './entities';
import type { Located } from './pipeline/mentions';
import { namedByOffice } from './kinds';
import { articleSetting, captionCity, situate, withoutAmma } from './setting';

const country = (id: string, ar: string, nisba: string[]): Entity => ({
  id,
  type: 'country',
  ar,
  aliases: { ar: [], en: [] },
  nisba: { ar: nisba, en: [] }
});
const EGYPT = country('eg', 'مصر', ['المصري', 'المصرية']);
const MOROCCO = country('ma', 'المغرب', ['المغربي', 'المغربية']);
const BANK: Entity = {
  id: 'cbe',
  type: 'organisation',
  ar: 'البنك المركزي المصري',
  aliases: { ar: [], en: [] },
  nisba: { ar: [], en: [] }
};
const byId = new Map([EGYPT, MOROCCO, BANK].map((e) => [e.id, e]));

/** A prompt on `text` with its blank over `answer`. */
function shown(text: string, answer: string) {
  const blankStart = text.indexOf(answer);
  const blankEnd = blankStart + answer.length;
  const prompt = text.slice(0, blankStart) + BLANK + text.slice(blankEnd);
  return { text, prompt, blankStart, blankEnd };
}

const mention = (entityType: Entity['type'] | undefined, kind = 'entity'): Mention =>
  ({
    start: 0,
    end: 1,
    text: '',
    prefix: '',
    core: '',
    kind,
    entityType,
    form: '',
    merged: false
  }) as Mention;

describe('the country an article is set in', () => {
  it('is the one omnipresent country, or the one whose adjective names an omnipresent actor', () => {
    expect(articleSetting(new Set(['ma']), byId)?.ar).toBe('المغرب');
    expect(articleSetting(new Set(['cbe']), byId)?.ar).toBe('مصر');
    expect(articleSetting(new Set(['eg', 'ma']), byId)).toBeUndefined();
    expect(articleSetting(new Set(), byId)).toBeUndefined();
  });

  it('is none when over a quarter of the paragraphs name another country', () => {
    const at = (paragraph: string, entityId: string) =>
      ({ paragraph, mentions: [{ entityId } as Mention] }) as unknown as Located;
    const home = ['p-1', 'p-2', 'p-3', 'p-4'].map((p) => at(p, 'eg'));
    const omni = new Set(['eg']);
    expect(articleSetting(omni, byId, [...home, at('p-4', 'ma')])?.ar).toBe('مصر');
    expect(articleSetting(omni, byId, [...home, at('p-3', 'ma'), at('p-4', 'ma')])).toBeUndefined();
  });
});

describe('a blank prompt set in its country', () => {
  const setting = articleSetting(new Set(['eg']), byId);
  const text = 'ارتفعت أسعار الطعام والمشروبات بنحو 73 في المئة خلال اثني عشر شهراً.';

  it('opens with the country when it names no place, its blank moved with it', () => {
    const p = situate(shown(text, '73'), [mention(undefined, 'number')], setting);
    expect(p.text).toBe(`في مصر، ${text}`);
    expect(p.prompt).toBe(`في مصر، ${shown(text, '73').prompt}`);
    expect(p.text.slice(p.blankStart, p.blankEnd)).toBe('73');
  });

  it('is left alone when it names a place, the country, its adjective, opens with a phrase or looks back («كانت … قد»)', () => {
    const plain = shown(text, '73');
    expect(situate(plain, [mention('place')], setting)).toBe(plain);
    expect(situate(plain, [mention('country', 'nisba')], setting)).toBe(plain);
    expect(situate(plain, [], undefined)).toBe(plain);
    const named = shown('قرر البنك المركزي المصري رفع الفائدة بمقدار 200 نقطة أساس.', '200');
    expect(situate(named, [], setting)).toBe(named);
    const opened = shown('بحسب الوزارة، تركّزت نحو 70 في المئة من الإصابات في الجنوب.', '70');
    expect(situate(opened, [], setting)).toBe(opened);
    const back = shown('كانت قناة السويس قد درّت نحو 10 مليارات دولار في العام الماضي.', '10');
    expect(situate(back, [], setting)).toBe(back);
    // What someone says is not set in a country: «في مصر، قالت …» reads as no editor writes.
    const said = shown('قالت الباحثة إن الأسعار ارتفعت بنحو 30 في المئة هذا العام.', '30');
    expect(situate(said, [], setting)).toBe(said);
    const quoted = shown('«خسائرنا تجاوزت 40 في المئة من المحصول هذا العام».', '40');
    expect(situate(quoted, [], setting)).toBe(quoted);
  });
});

describe('a clause cut out of its contrast («أما …، ف…»)', () => {
  const text = 'أما الباحثة هدى قاسم من جامعة اليرموك، فترى أن الري المنتظم يحتاج 12 شهراً.';

  it('reads plainly, with its blank after the contrast or inside the name', () => {
    const after = withoutAmma(shown(text, '12'));
    expect(after.text).toBe('الباحثة هدى قاسم من جامعة اليرموك ترى أن الري المنتظم يحتاج 12 شهراً.');
    expect(after.text.slice(after.blankStart, after.blankEnd)).toBe('12');
    expect(after.prompt).toBe(after.text.replace('12', BLANK));
    const inside = withoutAmma(shown(text, 'جامعة اليرموك'));
    expect(inside.text.slice(inside.blankStart, inside.blankEnd)).toBe('جامعة اليرموك');
    expect(inside.prompt).toBe(inside.text.replace('جامعة اليرموك', BLANK));
  });

  it('is left as it is when there is no contrast', () => {
    const plain = shown('ترى الباحثة أن الري المنتظم يحتاج 12 شهراً كاملة.', '12');
    expect(withoutAmma(plain)).toBe(plain);
  });
});

describe('on the fixture articles', () => {
  const prompts = (name: string) =>
    buildFromText({
      slug: name,
      articleText: readFileSync(`tests/fixtures/${name}.txt`, 'utf8')
    }).bank.items.map((i) => i.prompt.ar);

  it('sets the economy article’s blanks in Egypt, and no statement opens «بحسب المقالة، أما»', () => {
    expect(prompts('economy-article').some((p) => p.startsWith('في مصر، '))).toBe(true);
    expect(prompts('park-article').filter((p) => /^بحسب المقالة، أمّ?ا /u.test(p))).toEqual([]);
  });

  it('reads the caption’s city as a place of the country: «تتفاوض القاهرة…» is set already', () => {
    const caption = {
      caption: 'مقر البنك المركزي المصري في وسط القاهرة',
      dateline: 'مصر، 7 فبراير 2024'
    };
    expect(captionCity(caption)).toEqual({ ar: 'القاهرة', country: 'مصر' });
    expect(
      captionCity({ caption: 'ممرضة تلقّح طفلاً بمدينة فاس', dateline: 'المغرب، 11 آذار 2024' })?.ar
    ).toBe('فاس');
    expect(captionCity({ caption: 'مقر البنك', dateline: 'مصر، 7 فبراير 2024' })).toBeUndefined();
    const economy = prompts('economy-article');
    expect(economy.some((p) => p.includes('تتفاوض القاهرة'))).toBe(true);
    // A name is never set: «في مصر، يتوقع ____» would put Goldman Sachs in Egypt.
    expect(economy.some((p) => p.startsWith('يتوقع ____'))).toBe(true);
    expect(economy.filter((p) => /^في مصر، .*القاهرة/u.test(p))).toEqual([]);
  });

  it('sets no prompt of a story told across countries in its leading one', () => {
    // A final in Cairo between Morocco and Senegal, with Nigeria, Ghana…: «في المغرب، قال رئيس
    // الاتحاد الأفريقي…» would put him in the wrong place.
    const football = buildFromText({
      slug: 'football',
      articleText: readFileSync('questions/fixtures/unseen/football-final.txt', 'utf8')
    }).bank.items.map((i) => i.prompt.ar);
    expect(football.length).toBeGreaterThan(5);
    expect(football.filter((p) => p.startsWith('في المغرب، '))).toEqual([]);
  });

  it('places a restored local referent in the country: «المحطة الجديدة … في الأردن»', () => {
    const second = prompts('second-article');
    expect(second.some((p) => p.includes('لتحلية مياه البحر في الأردن'))).toBe(true);
    // Never twice: a prompt that names the country gets no «في الأردن،» in front.
    expect(second.filter((p) => p.startsWith('في الأردن، ') && /الأردن.*الأردن/u.test(p))).toEqual(
      []
    );
  });
});

describe('a speaker named by an office alone', () => {
  it('is not a name to ask «who said this» of', () => {
    const person = (ar: string): Entity => ({
      id: ar,
      type: 'person',
      ar,
      aliases: { ar: [], en: [] },
      nisba: { ar: [], en: [] }
    });
    expect(namedByOffice(person('وزير المياه'))).toBe(true);
    expect(namedByOffice(person('المتحدثة باسم الوزارة'))).toBe(true);
    expect(namedByOffice(person('سامر خليل'))).toBe(false);
    expect(namedByOffice(person('رئيسي'))).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeAnswer } from '../src/lib/domain/answers';
import type { Item } from '../src/lib/domain/bank';
import { agreeCount, clauseWindow, countClass, CountedNouns } from './agreement';
import { BLANK, wordCount } from './arabic';
import { buildArticle } from './build';
import type { Entity } from './entities';
import { readArticleFolder } from './files';
import { leansOnContext, readableStart } from './fragments';
import { boundOf, insideIdentifier, rangeAround } from './identifiers';
import { capPerSentence, OMNIPRESENT_MAX_SHARE } from './pipeline/cap';
import {
  GENERIC_STATEMENT,
  type generateItems,
  RANGE_REFUSED,
  TRUE_LEDE
} from './pipeline/candidates';
import { byAffinity, withoutTatweel } from './items';
import { eventsOf as eventsOfParagraphs, arabicOnly as fixtureItems } from './testing';
import { parseSources } from './pipeline/parse';
import { officeBefore, omnipresentActors } from './score';
import { indexMentions } from './pipeline/mentions';
import { splitSentences } from './sentences';
import { otherMonthNames } from './dates';
import { unpresupposed } from './pipeline/chronology';
import { rangeForms } from './question';
import { bareSubject, subordinateStart } from './prompts';

// Every rule of issue 12 on cutting, changing and scoring generated items, each with a fixture
// that fails without it.

const arabicOnly = (paragraphs: string[], entities: Entity[] = []) =>
  fixtureItems(paragraphs, { entities });
const items = (g: ReturnType<typeof generateItems>) => g.candidates.map((c) => c.item);
const falses = (g: ReturnType<typeof generateItems>) =>
  items(g).filter((i) => i.type === 'truefalse' && !i.answer);
const blanks = (g: ReturnType<typeof generateItems>) =>
  items(g).filter((i) => i.type === 'cloze' || i.type === 'mcq');
const ATTRIBUTION = /^بحسب المقالة، /u;

const SEED = buildArticle(readArticleFolder('questions/articles/iran-russia-2023'));
const seedGenerated = SEED.bank.items.filter((i) => i.source === 'generated');

describe('agreement after a number swap', () => {
  const nouns = new CountedNouns(
    'تأهلت 8 منتخبات إلى الدور الثاني، ثم خرج منتخب واحد. وسجّل الفريق 16 هدفاً في 4 أهداف كل مباراة. وبلغت الجوائز 3 مليارات دولار.'
  );

  it('classes numbers by what they count', () => {
    expect([1, 2, 3, 10, 11, 99, 100, 103, 111, 1000, 2.5].map(countClass)).toEqual([
      'one',
      'one',
      'few',
      'few',
      'many',
      'many',
      'round',
      'few',
      'many',
      'round',
      'round'
    ]);
  });

  it('puts the counted noun in the form the new number takes', () => {
    expect(agreeCount(' منتخبات إلى الدور', 8, 11, nouns)).toBe(' منتخباً إلى الدور');
    expect(agreeCount(' منتخبات إلى الدور', 8, 100, nouns)).toBe(' منتخب إلى الدور');
    expect(agreeCount(' هدفاً في', 16, 5, nouns)).toBe(' أهداف في');
    expect(agreeCount(' هدفاً في', 16, 30, nouns)).toBe(' هدفاً في');
    expect(agreeCount(' هدفاً في', 16, 200, nouns)).toBe(' هدف في');
    expect(agreeCount(' مليارات دولار', 3, 30, nouns)).toBe(' مليار دولار');
    expect(agreeCount(' مليار دولار', 30, 6, nouns)).toBe(' مليارات دولار');
    expect(agreeCount(' متراً مكعباً', 61, 200, nouns)).toBe(' متر مكعب');
  });

  it('refuses a swap whose noun form the article does not give', () => {
    expect(agreeCount(' لاعبين في', 5, 12, nouns)).toBeUndefined();
    expect(agreeCount(' متراً مكعباً', 61, 5, nouns)).toBeUndefined();
  });

  it('never writes «8 منتخباً», «16 أهداف» or «30 مليارات» in a false statement', () => {
    const g = arabicOnly([
      'في البطولة الأخيرة تأهلت 8 منتخبات إلى الدور الثاني بعد مباريات طويلة وصعبة.',
      'وسجّل منتخب البلاد 16 هدفاً في البطولة كلها، بينما سجّل خصمه 3 أهداف فقط في المباريات.',
      'وقالت الهيئة المنظمة إن الجوائز بلغت 3 مليارات دولار في هذا الموسم الطويل.'
    ]);
    const statements = falses(g).map((i) => i.prompt.ar);
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) {
      for (const [, n, noun] of s.matchAll(/(\d+)\s+(\S+)/gu)) {
        const cls = countClass(Number(n));
        if (['منتخبات', 'أهداف', 'مليارات'].includes(noun!)) {
          expect(cls).toBe('few');
        }
        if (['منتخباً', 'هدفاً'].includes(noun!)) {
          expect(cls).toBe('many');
        }
      }
    }
  });
});

describe('identifiers: no blank or swap inside a name, code, score or model number', () => {
  const text =
    'رصد التلسكوب الكوكب WASP-39b وصوّر المجرة SMACS 0723 بعد إطلاقه بصاروخ أريان 5 من غويانا، وفاز المنتخب 4-1 على خصمه في 2022.';
  const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;

  it('knows a number glued to letters, after a Latin word, after a name, or in a score', () => {
    expect(insideIdentifier(text, ...at('39'))).toBe(true);
    expect(insideIdentifier(text, ...at('0723'))).toBe(true);
    const five = text.indexOf('أريان 5') + 'أريان '.length;
    expect(insideIdentifier(text, five, five + 1)).toBe(true);
    const four = text.indexOf('4-');
    expect(insideIdentifier(text, four, four + 1)).toBe(true);
    expect(insideIdentifier(text, four + 2, four + 3)).toBe(true);
    const plain = (t: string, n: string) =>
      insideIdentifier(t, t.indexOf(n), t.indexOf(n) + n.length);
    expect(plain('تم إسقاط 80 من الطائرات.', '80')).toBe(false);
    expect(plain('بلغت الكلفة 450 مليون دولار.', '450')).toBe(false);
    expect(plain('في العام 2022 وقّع الطرفان.', '2022')).toBe(false);
  });

  it('makes no blank and no false statement that cuts one', () => {
    const g = arabicOnly([text]);
    for (const i of blanks(g)) {
      expect(i.prompt.ar).not.toMatch(/WASP-_|SMACS _|أريان _|4-_|_-1/u);
    }
    for (const i of falses(g)) {
      expect(i.prompt.ar).toMatch(/WASP-39b.*SMACS 0723.*أريان 5.*4-1/u);
    }
    expect(g.rejected.some((r) => r.reason === 'part of a name, code, score or model number')).toBe(
      true
    );
  });

  it('never blanks a range (two numbers are not one answer), nor swaps one end', () => {
    const g = arabicOnly([
      'امتدت أعمال البناء في المحطة الجديدة من 2019 إلى 2021 بسبب نقص في المعدات المستوردة.',
      'ويتراوح عدد العمال في الموقع الكبير بين 300 و500 عامل من شركات محلية وأجنبية.'
    ]);
    expect(items(g).filter((i) => i.type === 'cloze' || i.type === 'mcq')).toEqual([]);
    expect(g.rejected.filter((r) => r.reason === RANGE_REFUSED).length).toBe(2);
    expect(falses(g)).toEqual([]);
  });

  it('finds a range as a whole', () => {
    const r = 'امتد المشروع من 2019 إلى 2021 كاملاً.';
    const span = rangeAround(r, r.indexOf('2021'), r.indexOf('2021') + 4);
    expect(span && r.slice(span.start, span.end)).toBe('2019 إلى 2021');
  });
});

describe('bounded and approximate numbers', () => {
  it('reads bounds before and after a number', () => {
    const bound = (t: string) => {
      const n = /\d+/u.exec(t)!;
      return boundOf(t, n.index, n.index + n[0].length);
    };
    expect(bound('شارك أكثر من 1200 عامل')).toBe('bound');
    expect(bound('لا تتجاوز حصة الفرد السنوية 61 متراً')).toBe('bound');
    expect(bound('انخفضت الحرارة دون 230 درجة تحت الصفر')).toBe('bound');
    expect(bound('يجب أن تستمر حتى العام 2030 على الأقل')).toBe('bound');
    expect(bound('يستفيد نحو 700 ألف نسمة')).toBe('about');
    expect(bound('بلغت الكلفة 450 مليون دولار')).toBe('exact');
  });

  it('never swaps a bound, changes an approximation by half at least, writes no «0.4 مليون»', () => {
    const g = arabicOnly([
      'انخفضت درجة الحرارة على سطح الكوكب البعيد إلى ما دون 230 درجة تحت الصفر في الليل.',
      'وشارك في تنفيذ المشروع الكبير أكثر من 1200 عامل ومهندس من شركات محلية.',
      'ويتوقع المسؤولون أن يستفيد من المشروع الجديد نحو 700 ألف نسمة في الجنوب.',
      'وبلغ عدد سكان المدينة الساحلية الصغيرة 0.8 مليون نسمة في العام الماضي.'
    ]);
    const statements = falses(g).map((i) => i.prompt.ar);
    expect(statements.some((s) => /دون \d+ درجة|أكثر من \d+ عامل/u.test(s))).toBe(false);
    for (const s of statements.filter((s) => s.includes('ألف نسمة'))) {
      const n = Number(/نحو (\d+)/u.exec(s)?.[1]);
      expect(n >= 1400 || n <= 350).toBe(true);
    }
    expect(statements.some((s) => /\b0\.\d+ مليون/u.test(s))).toBe(false);
    expect(g.rejected.some((r) => r.reason.startsWith('a bound'))).toBe(true);
  });
});

describe('fragments: prompts start where the text reads on its own', () => {
  it('drops a connector only when the rest opens a main clause', () => {
    expect(readableStart('فتدفع موسكو إلى دعم إيران')).toBe(1);
    expect(readableStart('بينما يدعو المعسكر الثاني إلى الحذر')).toBe(6);
    expect(readableStart('وهي كوريا الشمالية')).toBeUndefined();
    expect(readableStart('لا سيما في سوريا حيث')).toBeUndefined();
    expect(readableStart('في شهر تموز الماضي')).toBeUndefined();
    expect(readableStart('وافقت روسيا على إطلاق قمر')).toBe(0);
    expect(readableStart('وقال وزير المياه إن المحطة ستنتج')).toBe(1);
  });

  it('gives no seed prompt that starts «وهي», «لا سيما», «فـ» or with another fragment', () => {
    for (const i of seedGenerated) {
      const prompt = i.prompt.ar.replace(ATTRIBUTION, '');
      expect(prompt).not.toMatch(/^(?:و?هي|و?هو|لا سيما|حيث|بما في ذلك|منهم|ف(?!ي\s)\S)/u);
    }
  });
});

describe('omnipresent actors', () => {
  it('make no true statement alone: a gloss of the article is guessed true', () => {
    const country = (id: string, ar: string, en: string): Entity => ({
      id,
      type: 'country',
      ar,
      en,
      aliases: { ar: [], en: [] },
      nisba: { ar: [], en: [] }
    });
    const g = arabicOnly(
      [
        'طوّرت روسيا وإيران علاقة متينة ضد خصومهما طوال عقود طويلة.',
        'وقّعت روسيا وإيران اتفاقاً تجارياً في العام 2019 بعد مفاوضات شاقة.',
        'تتعاون روسيا وإيران في مجال الطاقة منذ سنوات كثيرة.',
        'تحمل علاقة روسيا مع إيران تاريخاً طويلاً ومعقّداً بين البلدين.'
      ],
      [country('russia', 'روسيا', 'Russia'), country('iran', 'إيران', 'Iran')]
    );
    const trues = items(g).filter((i) => i.type === 'truefalse' && i.answer);
    const on = (p: string) => trues.filter((i) => i.evidence[0]!.paragraph === p);
    expect(on('p-1')).toEqual([]);
    expect(on('p-3')).toEqual([]);
    expect(on('p-4')).toEqual([]);
    // A year makes it a fact of this article.
    expect(on('p-2').length).toBeGreaterThan(0);
    expect(g.rejected.map((r) => r.reason)).toContain(GENERIC_STATEMENT);
  });

  it('are the actors present in at least 40% of paragraphs', () => {
    const parsed = parseSources(readArticleFolder('questions/articles/iran-russia-2023'));
    const index = indexMentions({
      slug: 's',
      paragraphs: parsed.paragraphs,
      entities: parsed.entities,
      topicFor: () => 't',
      bilingual: true
    });
    expect([...omnipresentActors(index.located)].sort()).toEqual(['iran', 'russia']);
    // Their capitals stand for them: «موسكو» and «طهران» are as guessable as «روسيا».
    expect([...omnipresentActors(index.located, { byId: index.byId })].sort()).toEqual([
      'iran',
      'moscow',
      'russia',
      'tehran'
    ]);
  });

  it('are never the answer of a generated blank: refused with a reason', () => {
    const putin: Entity = {
      id: 'putin',
      type: 'person',
      ar: 'بوتين',
      en: 'Putin',
      gender: 'm',
      aliases: { ar: [], en: [] },
      nisba: { ar: [], en: [] }
    };
    const places = ['سوريا', 'الصين', 'تركيا', 'الهند', 'مصر'].map((ar, i): Entity => ({
      ...putin,
      id: `c${i}`,
      type: 'country',
      ar,
      en: `C${i}`
    }));
    const g = arabicOnly(
      places.map(
        (p, i) =>
          `زار بوتين ${p.ar} في العام ${2010 + i} بعد مفاوضات طويلة وشاقة بين البلدين الجارين.`
      ),
      [putin, ...places]
    );
    const kept = capPerSentence(g.candidates).kept.filter(
      (c) => c.item.type === 'cloze' || c.item.type === 'mcq'
    );
    const omni = kept.filter((c) => c.meta.provenance?.answer === 'بوتين');
    expect(kept.length).toBeGreaterThanOrEqual(5);
    expect(omni).toEqual([]);
    expect(blanks(g).filter((i) => i.type === 'cloze' && i.answer.ar === 'بوتين')).toEqual([]);
    expect(g.rejected.filter((r) => r.answer === 'بوتين' && r.type === 'cloze')).toHaveLength(5);
    expect(new Set(g.rejected.filter((r) => r.answer === 'بوتين').map((r) => r.reason))).toContain(
      'the answer is an actor the whole article is about (or its capital or adjective)'
    );
  });

  it('hold on the seed', () => {
    const answer = (i: Item) =>
      i.type === 'cloze' ? i.answer.ar : i.type === 'mcq' ? i.options[i.answer]?.ar : undefined;
    const asked = seedGenerated.map(answer).filter((a): a is string => a !== undefined);
    const omni = asked.filter((a) => /^(?:روسيا|إيران|الروسي|الإيراني)/u.test(a));
    expect(omni.length).toBeLessThanOrEqual(OMNIPRESENT_MAX_SHARE * asked.length);
  });
});

describe('clause cutting', () => {
  it('cuts a statement at clause boundaries, connectors included', () => {
    const s =
      'يفضّل المعسكر الأول تطوير العلاقات مع روسيا وتعميق تحالف البلدين، بينما يدعو المعسكر البراغماتي الثاني إلى توخّي الحذر قبل تقديم دعمٍ كامل للاصطفاف مع روسيا.';
    const at = s.indexOf('توخّي');
    const w = clauseWindow(s, at, at + 5, 20, true)!;
    expect(s.slice(w.start, w.end)).toBe(
      'يدعو المعسكر البراغماتي الثاني إلى توخّي الحذر قبل تقديم دعمٍ كامل للاصطفاف مع روسيا.'
    );
  });

  it('asks the fact after «بعد أن» on its own when the main clause points back', () => {
    const lead = 'وجاء القرار بعد أن ';
    const s = `${lead}أعلن الجهاز المركزي للإحصاء في 10 يناير 2024 أن التضخّم بلغ 33.7 في المئة.`;
    expect(subordinateStart(s, s.indexOf('33.7'))).toBe(lead.length);
    expect(subordinateStart(s, 3)).toBeUndefined();
    // «قبل أن توافق» states what may not have happened: never cut there.
    const before = 'تروي أنها تردّدت قبل أن توافق على تلقيح ابنتها في 3 أيار 2024.';
    expect(subordinateStart(before, before.indexOf('3 أيار'))).toBeUndefined();
    // Nor where the clause's subject is a bare definite nothing specifies: the pumping of what?
    expect(bareSubject('يبدأ الضخ التجريبي في 15 أيار 2024.')).toBe(true);
    expect(bareSubject('تبدأ المرحلة الثانية من الحملة في 15 نيسان 2024')).toBe(false);
    expect(bareSubject('أعلن الجهاز المركزي للتعبئة العامة والإحصاء في 10 يناير 2024')).toBe(false);
    const b = buildArticle({
      slug: 'cut',
      articleText: readFileSync('tests/fixtures/economy-article.txt', 'utf8')
    });
    const asked = b.bank.items.filter((i) => i.prompt.ar.includes('أعلن الجهاز المركزي'));
    expect(asked.length).toBeGreaterThan(0);
    for (const i of asked) expect(i.prompt.ar).not.toMatch(/القرار|بعد أن/u);
  });

  it('makes no true statement of the lede, the news the headline tells', () => {
    for (const name of ['economy', 'second', 'health']) {
      const b = buildArticle({
        slug: name,
        articleText: readFileSync(`tests/fixtures/${name}-article.txt`, 'utf8')
      });
      const lede = splitSentences(b.bank.paragraphs[0]!.ar)[0]!.text;
      const onLede = b.bank.items.filter(
        (i) => i.type === 'truefalse' && i.evidence.some((e) => lede.includes(e.quote))
      );
      expect(onLede.filter((i) => i.type === 'truefalse' && i.answer)).toEqual([]);
      // Both leads have a fact to change: a true statement on them was made, and refused.
      if (name !== 'health') expect(b.rejected.some((r) => r.reason === TRUE_LEDE)).toBe(true);
    }
  });

  it('gives no seed true statement over 20 words and none that copies a long sentence', () => {
    const sentences = SEED.bank.paragraphs.flatMap((p) => splitSentences(p.ar).map((s) => s.text));
    const long = new Set(sentences.filter((s) => wordCount(s) > 20));
    const statements = seedGenerated.filter((i) => i.type === 'truefalse');
    // One item per sentence, none that only glosses the article nor one cut before its «لكن»,
    // most sentences taken by hand-written items: a few left to check.
    expect(statements.length).toBeGreaterThanOrEqual(2);
    for (const i of statements) {
      const clause = i.prompt.ar.replace(ATTRIBUTION, '');
      expect(wordCount(clause)).toBeLessThanOrEqual(20);
      expect(long.has(clause)).toBe(false);
    }
    expect(seedGenerated.every((i) => wordCount(i.prompt.ar) <= 30)).toBe(true);
    expect(seedGenerated.every((i) => i.type !== 'cloze' || i.prompt.ar.includes(BLANK))).toBe(
      true
    );
  });
});

describe('blanks the sentence gives away', () => {
  it('never asks for a country next to its capital, adjective or people', () => {
    const givers = /موسكو|الروسي|الروسية|بوتين/u;
    for (const i of seedGenerated) {
      const a = i.type === 'cloze' ? i.answer.ar : i.type === 'mcq' ? i.options[i.answer]?.ar : '';
      if (a === 'روسيا') {
        expect(i.prompt.ar).not.toMatch(givers);
      }
    }
  });
});

describe('the second article (no gazetteer, no translation)', () => {
  const build = buildArticle({
    slug: 'second',
    articleText: readFileSync('tests/fixtures/second-article.txt', 'utf8')
  });

  it('changes no bound in a false statement and keeps statements short', () => {
    const statements = build.bank.items.filter((i) => i.type === 'truefalse');
    expect(statements.length).toBeGreaterThan(3);
    for (const i of statements) {
      expect(wordCount(i.prompt.ar.replace(ATTRIBUTION, ''))).toBeLessThanOrEqual(20);
      if (i.type === 'truefalse' && !i.answer) {
        expect(i.prompt.ar).not.toMatch(
          /أكثر من (?!1200)\d+|السنوية (?!61)\d+|(?<!2030) على الأقل/u
        );
      }
    }
  });
});

describe('answers the words before them give away, and contexts that point back', () => {
  it('marks a person blank right after a unique office and its country', () => {
    expect(officeBefore('قال الرئيس الروسي ')).toBe(true);
    expect(officeBefore('وقال المرشد الأعلى ')).toBe(true);
    expect(officeBefore('يقول المهندس ')).toBe(false);
    expect(officeBefore('قال رئيس المشروع ')).toBe(false);
    expect(officeBefore('تقول الباحثة ')).toBe(false);
  });

  it('lets a prompt that opens on «في الوقت نفسه» or quotes «we» with no speaker lean on context', () => {
    expect(leansOnContext('في الوقت نفسه، تواجه الدولة عزلة متزايدة')).toBe(true);
    expect(leansOnContext('وفي المقابل، يحذّر خبراء البيئة من أثر المياه')).toBe(true);
    expect(leansOnContext('"نقلنا المعدات إلى الموقع في الموعد"')).toBe(true);
    expect(leansOnContext('قال المدير: "نقلنا المعدات إلى الموقع في الموعد"')).toBe(false);
    expect(leansOnContext('تعتمد المحطة على تقنية التناضح العكسي')).toBe(false);
  });

  it('reads a demonstrative joined to «ب» or «ل» as a referent the prompt cannot resolve', () => {
    expect(leansOnContext('ثمة معسكران داخل النخبة التي تتّخذ القرارات المرتبطة بهذه المسألة')).toBe(
      true
    );
    expect(leansOnContext('ولهذا السبب ارتفعت الأسعار في الأسواق')).toBe(true);
    expect(leansOnContext('وبذلك تراجعت الصادرات في العام الماضي')).toBe(true);
    expect(leansOnContext('وبدأت الصادرات تتراجع في العام الماضي')).toBe(false);
    expect(leansOnContext('ثمة معسكران داخل النخبة التي تتّخذ القرارات المرتبطة بالحرب')).toBe(
      false
    );
  });
});

describe('typed answers on names', () => {
  it('are never asked of a name with no Latin spelling: a multiple choice instead', () => {
    const bank = buildArticle({
      slug: 'health',
      articleText: readFileSync('tests/fixtures/health-article.txt', 'utf8')
    }).bank;
    const typed = bank.items.flatMap((i) => (i.type === 'cloze' ? [i.answer.ar] : []));
    for (const name of ['نادية بنّاني', 'عمر الإدريسي', 'وزارة الصحة المغربية', 'جبال الأطلس']) {
      expect(typed).not.toContain(name);
    }
  });

  it('offer a person among two other people of the same gender, or not at all', () => {
    const g = arabicOnly([
      'قالت الباحثة ليلى حداد إن مراقبة الشعاب المرجانية يجب أن تستمر سنوات طويلة.',
      'وقالت الطبيبة سلمى نور إن المياه المالحة تضر بالأسماك في الخليج كله.',
      'وقالت المهندسة ريم عيسى إن المحطة الجديدة تعمل بالطاقة الشمسية منذ الربيع.',
      'وقال المهندس سامي خوري إن المشروع تأخر ستة أشهر بسبب نقص في المعدات المستوردة.'
    ]);
    const mcq = blanks(g).find(
      (i) => i.type === 'mcq' && i.options.some((o) => o.ar === 'ليلى حداد')
    );
    expect(mcq?.type === 'mcq' && mcq.options.map((o) => o.ar).sort()).toEqual(
      ['ريم عيسى', 'سلمى نور', 'ليلى حداد'].sort()
    );
    expect(blanks(g).some((i) => i.prompt.ar.includes('المهندس ____'))).toBe(false);
    expect(blanks(g).some((i) => i.type === 'cloze' && i.answer.ar === 'ليلى حداد')).toBe(false);
  });

  it('accept a person by family name where the gazetteer gives the Latin spelling', () => {
    const khoury: Entity = {
      id: 'khoury',
      type: 'person',
      ar: 'سامي خوري',
      en: 'Sami Khoury',
      gender: 'm',
      aliases: { ar: [], en: [] },
      nisba: { ar: [], en: [] }
    };
    const g = arabicOnly(
      ['وقال المهندس سامي خوري إن بناء الجسر تأخر ستة أشهر بسبب نقص في المعدات المستوردة.'],
      [khoury]
    );
    const cloze = blanks(g).find((i) => i.type === 'cloze' && i.answer.ar === 'سامي خوري');
    expect(cloze?.type === 'cloze' && cloze.accept.ar).toContain('خوري');
  });
});

describe('dates typed in the other month names', () => {
  it('gives a date in every other month-name system', () => {
    expect(otherMonthNames('28 آذار 2024')).toEqual(['28 مارس 2024']);
    expect(otherMonthNames('تشرين الثاني 2022')).toEqual(['نوفمبر 2022', 'نونبر 2022']);
    expect(otherMonthNames('15 مايو 2024')).toEqual(['15 أيار 2024', '15 ماي 2024']);
    // The Maghreb's names («أوت» for August) and Morocco's («يوليوز») are read and given too.
    // Mauritania's («أغشت») is accepted as typed too.
    expect(otherMonthNames('17 أوت 2025')).toEqual([
      '17 آب 2025',
      '17 أغسطس 2025',
      '17 غشت 2025',
      '17 أغشت 2025'
    ]);
    expect(otherMonthNames('يوليوز 2007')).toEqual([
      'تموز 2007',
      'يوليو 2007',
      'جويلية 2007',
      'يوليه 2007'
    ]);
    expect(otherMonthNames('عام 2024')).toEqual([]);
  });

  it('accepts them on a generated date blank', () => {
    const g = arabicOnly([
      'أعلنت وزارة النقل في آذار 2024 عن خطة جديدة لتوسيع شبكة النقل في المدن الكبرى، وقالت إن العمل سيبدأ قبل نهاية العام المقبل.'
    ]);
    const cloze = blanks(g).find((i) => i.type === 'cloze' && i.answer.ar === 'آذار 2024');
    expect(cloze?.type === 'cloze' && cloze.accept.ar).toContain('مارس 2024');
  });

  it('asks a full date as multiple choice only, never typed', () => {
    const g = arabicOnly([
      'أعلنت وزارة النقل في 28 آذار 2024 عن خطة جديدة لتوسيع شبكة النقل في المدن الكبرى، وقالت إن العمل سيبدأ قبل نهاية العام المقبل.'
    ]);
    const on = blanks(g).filter((i) => i.evidence[0]?.quote.includes('28 آذار 2024'));
    expect(on.filter((i) => i.type === 'cloze' && i.answer.ar === '28 آذار 2024')).toEqual([]);
    expect(on.some((i) => i.type === 'mcq' && i.options[i.answer]?.ar === '28 آذار 2024')).toBe(
      true
    );
  });
});

describe('the actors of the title', () => {
  it('are omnipresent, whatever their share of paragraphs', () => {
    const index = indexMentions({
      slug: 's',
      paragraphs: [
        'أطلقت وزارة الصحة في المغرب حملة واسعة لتلقيح الأطفال في المدارس.',
        'وقال الطبيب سامر خليل إن الحملة ستشمل القرى البعيدة هذا العام.',
        'وتنتهي الحملة في الصيف المقبل بعد أن تزور الفرق الطبية كل المناطق.'
      ].map((ar, i) => ({ id: `p-${i + 1}`, ar })),
      entities: [],
      topicFor: () => 't',
      bilingual: false
    });
    const title = 'حملة وطنية لتلقيح الأطفال ضد الحصبة في المغرب';
    const withTitle = [...omnipresentActors(index.located, { title })];
    expect(withTitle.length).toBe(omnipresentActors(index.located).size + 1);
  });
});

describe('statements that lean on an earlier sentence', () => {
  it('are refused, and so is a blank far from «this» and a noun the prompt has not named', () => {
    const g = arabicOnly([
      'قالت وزارة الخارجية إن الاتفاق سيوقع قريباً. ونفى السفير أحمد يوسف في مؤتمر صحافي عقده أمام 40 صحفياً في العاصمة يوم الأحد الماضي كل هذه الادعاءات.'
    ]);
    const statements = items(g).filter((i) => i.type === 'truefalse');
    expect(statements.filter((i) => i.prompt.ar.includes('الادعاءات'))).toEqual([]);
    // Kept until the fifty-seventh round; three readings judged such prompts weak.
    expect(blanks(g).some((i) => i.prompt.ar.includes('الادعاءات'))).toBe(false);
  });

  it('refuse a blank next to the referent or after an opening one', () => {
    const g = arabicOnly([
      'قالت وزارة الخارجية إن الاتفاق سيوقع قريباً. ونفى السفير أحمد يوسف هذه الادعاءات في مؤتمر صحافي عقده في العاصمة يوم الأحد الماضي.',
      'لاحظ القادة الغربيون ما يحصل في المنطقة منذ أشهر، لا سيما الرئيس سامر خليل.'
    ]);
    expect(blanks(g).some((i) => i.prompt.ar.includes('الادعاءات'))).toBe(false);
    expect(blanks(g).some((i) => i.prompt.ar.includes('ما يحصل'))).toBe(false);
    expect(g.rejected.map((r) => r.reason)).toContain(
      'a referent the student cannot resolve opens the prompt or stands by the blank'
    );
    expect(g.rejected.map((r) => r.reason)).toContain(
      'a statement that leans on an earlier sentence'
    );
  });
});

describe('plausible swaps in false statements', () => {
  const sentences = [
    'زودت الصين الجيش بطائرات مسيرة حديثة',
    'افتتحت الإمارات معرضاً للكتاب',
    'ارتفع التضخم إلى 30 في المئة'
  ];
  const option = (ar: string, kind: string) => ({ ar, kind, forms: [ar] });

  it('tries first, and only, the names the article puts in a like context', () => {
    const got = byAffinity(
      [option('الإمارات', 'country:f'), option('الصين', 'country:f'), option('40', 'number')],
      'اشترت روسيا طائرات مسيرة من إيران',
      sentences.map(normalizeAnswer)
    );
    expect(got.map((d) => d.ar)).toEqual(['الصين', '40']);
  });

  const place = (id: string, ar: string, country: string): Entity => ({
    id,
    type: 'place',
    ar,
    en: id,
    country,
    aliases: { ar: [], en: [] },
    nisba: { ar: [], en: [] }
  });
  const country = (id: string, ar: string): Entity => ({
    ...place(id, ar, ''),
    type: 'country',
    country: undefined
  });

  it('never puts in a capital of a country the sentence names', () => {
    const g = arabicOnly(
      [
        'قدمت روسيا المساعدات إلى طهران في الشتاء الماضي بعد أشهر من المفاوضات الطويلة بين البلدين.',
        'أرسلت واشنطن وفداً إلى موسكو ثم إلى طهران لبحث المساعدات المقدمة في الشتاء.',
        'قال الرئيس الروسي فلاديمير بوتين إن المساعدات ستستمر طوال العام المقبل دون انقطاع.',
        'وقال الرئيس الأوكراني فولوديمير زيلينسكي إن الدعم العسكري سيستمر طوال العام المقبل.',
        'ووصلت المساعدات أيضاً إلى بكين وأنقرة والقاهرة في الشتاء بعد مفاوضات طويلة.',
        // A paragraph with no capital: Tehran in 2 of 5 would lead the article, never asked.
        'وتستمر المفاوضات بين الأطراف المعنية في الأسابيع المقبلة بحسب مصادر مطلعة على الملف.'
      ],
      [
        country('russia', 'روسيا'),
        place('tehran', 'طهران', 'iran'),
        place('moscow', 'موسكو', 'russia'),
        place('washington', 'واشنطن', 'us'),
        place('beijing', 'بكين', 'china'),
        place('ankara', 'أنقرة', 'turkey'),
        place('cairo', 'القاهرة', 'egypt')
      ]
    );
    const first = items(g).filter((i) => i.evidence[0]?.paragraph === 'p-1');
    for (const i of first) {
      const texts = i.type === 'mcq' ? i.options.map((o) => o.ar) : [i.prompt.ar];
      expect(texts.join(' ')).not.toContain('إلى موسكو');
      if (i.type === 'mcq') expect(texts).not.toContain('موسكو');
    }
    expect(first.some((i) => i.type === 'mcq')).toBe(true);
  });

  it('never puts another name after an office and its country («الرئيس الروسي»)', () => {
    const g = arabicOnly([
      'قال الرئيس الروسي فلاديمير بوتين إن المساعدات ستستمر طوال العام المقبل دون انقطاع.',
      // Foreign names beside his: a false statement offers names of one origin (`origin.ts`).
      'وقال الباحث جون سميث إن الدعم العسكري سيستمر طوال العام المقبل في المنطقة.',
      'وقال الوزير مارك لوران إن الدعم العسكري سيستمر طوال العام المقبل في المنطقة.'
    ]);
    expect(g.rejected.map((r) => `${r.answer}: ${r.reason}`)).toContain(
      'فلاديمير بوتين: an office and its country name the person: another name there is absurd'
    );
    expect(falses(g).filter((i) => i.prompt.ar.includes('الرئيس الروسي'))).toEqual([]);
  });
});

describe('prompts that read on their own', () => {
  it('never opens the English with a relative pronoun («where Moscow is forced…»)', () => {
    const opener = /^(?:According to the article, )?(?:where|which|who|whom|whose)\b/iu;
    expect(seedGenerated.filter((i) => opener.test(i.prompt.en ?? ''))).toEqual([]);
  });

  it('counts «ما يحصل» as a referent the clause cannot resolve', () => {
    expect(leansOnContext('ينتقد القادة الغربيون ما يحصل بصوت عال')).toBe(true);
    expect(leansOnContext('ينتقد القادة الغربيون الاتفاق بصوت عال')).toBe(false);
  });

  it('shows generated Arabic without tatweel, evidence kept verbatim', () => {
    const stretched = SEED.bank.paragraphs.filter((p) => p.ar.includes('\u0640'));
    expect(stretched.length).toBeGreaterThan(0);
    expect(seedGenerated.filter((i) => i.prompt.ar.includes('\u0640'))).toEqual([]);
    const item: Item = {
      ...seedGenerated[0]!,
      prompt: { ar: 'قال محللــون إن ____ تغيّر' }
    };
    expect(withoutTatweel(item).prompt.ar).toBe('قال محللون إن ____ تغيّر');
    expect(withoutTatweel(item).evidence).toEqual(item.evidence);
    // «بـ14»: the tatweel joining a preposition to a number stays.
    const joined = { ...item, prompt: { ar: 'وافقت الهيئة على الدراسة بـ14 شرطا' } };
    expect(withoutTatweel(joined).prompt.ar).toBe('وافقت الهيئة على الدراسة بـ14 شرطا');
  });
});

describe('which came first', () => {
  /** The dated events of an article of these paragraphs, no names known. */
  const eventsOf = (...paragraphs: string[]) => eventsOfParagraphs(paragraphs);

  it('leaves out an event that says its own place in a sequence («المرحلة الثانية»)', () => {
    const events = eventsOf(
      'وأطلقت البلدية في 3 أيار 2023 حملة واسعة لتنظيف الشواطئ في المدينة.',
      'وتبدأ المرحلة الثانية من الحملة في 10 آب 2023 وتشمل الأحياء الشمالية.'
    );
    expect(events.map((e) => e.iso)).toEqual(['2023-05-03']);
  });

  it('leaves out an event that names as known what another introduces (the order shows)', () => {
    const events = eventsOf(
      'أعلنت الوزارة في العام 2016 خطة وطنية لتشجير المدن الكبرى.',
      'وافتتحت البلدية حديقة عامة كبيرة في أيار 2018 بعد سنتين من العمل.',
      'وزرع المتطوعون ألف شجرة في الحديقة العامة في 12 آذار 2020.',
      'واستضافت البلدية مهرجاناً للكتاب في 3 أيلول 2021 حضره آلاف الزوار.'
    );
    expect(events.map((e) => e.iso)).toEqual(['2016', '2018-05', '2020-03-12', '2021-09-03']);
    expect(unpresupposed(events).map((e) => e.iso)).toEqual(['2016', '2018-05', '2021-09-03']);
  });

  it('tells each event as a clause of its own, without the «و» that joined it', () => {
    const events = eventsOf(
      'أعلنت الوزارة في العام 2016 خطة وطنية لتشجير المدن الكبرى.',
      'وافتتحت البلدية حديقة عامة كبيرة في أيار 2018 بعد سنتين من العمل.',
      'وزرع المتطوعون ألف شجرة في الحديقة في 12 آذار 2020.'
    );
    const told = events.map((e) => e.text);
    expect(told).toHaveLength(3);
    expect(told.filter((t) => /^[وف]/u.test(t))).toEqual([]);
  });
});

describe('a statement cut out of its sentence', () => {
  it('is attributed and ends with a full stop', () => {
    const g = arabicOnly([
      'افتتحت البلدية في مدينة الساحل يوم الأحد مكتبة عامة جديدة بكلفة بلغت 12 مليون دولار، بعد أعمال بناء استمرت ثلاث سنوات كاملة.'
    ]);
    const cut = items(g).filter((i) => i.type === 'truefalse' && ATTRIBUTION.test(i.prompt.ar));
    expect(cut.length).toBeGreaterThan(0);
    for (const i of cut) {
      expect(i.prompt.ar).toMatch(/\.$/u);
    }
  });
});

describe('a statement that names its own speaker', () => {
  it('is not attributed to the article a second time', () => {
    const g = arabicOnly([
      'وقال رئيس البلدية سامر الخطيب إن درجة الحرارة في الأحياء المجاورة للحديقة انخفضت درجتين في الصيف، بحسب قياسات أجرتها جامعة اليرموك خلال العام الماضي.'
    ]);
    const statements = items(g)
      .filter((i) => i.type === 'truefalse')
      .map((i) => i.prompt.ar);
    expect(statements.some((p) => p.startsWith('قال رئيس البلدية'))).toBe(true);
    expect(statements.filter((p) => /^بحسب المقالة، قال /u.test(p))).toEqual([]);
  });
});

describe('a range typed', () => {
  it('is accepted with a hyphen too', () => {
    expect(rangeForms('250 إلى 400')).toEqual(['250-400', '250 - 400']);
    expect(rangeForms('2400')).toEqual([]);
  });
});

describe('statements of one sentence', () => {
  it('never ask one clause twice, once cut short and once run on', () => {
    const g = arabicOnly([
      'تعاني تونس من شحّ الأمطار منذ سنوات طويلة، إذ لا تتجاوز كمية المطر السنوية 200 ملم في الجنوب، وهي من أدنى الكميات في المنطقة.'
    ]);
    const quotes = capPerSentence(g.candidates)
      .kept.filter((c) => c.item.type === 'truefalse')
      .map((c) => c.item.evidence[0]?.quote ?? '');
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      expect(quotes.filter((o) => o !== q && o.includes(q))).toEqual([]);
    }
  });
});

describe('a body asked where its country is named, and a clause inside a quotation', () => {
  // p-9: «تقول آنا بورشيفسكايا …: "… تضطر موسكو للإتكال على طهران … بعدما أصبحت القوات الروسية
  // المسلّحة عالقة في المستنقع الأوكراني"».
  it('refuses «موسكو … ____ عالقة» for the Russian forces', () => {
    expect(
      seedGenerated.filter((i) => i.type !== 'truefalse' && i.prompt.ar.includes('عالقة'))
    ).toEqual([]);
    expect(SEED.rejected.some((r) => r.reason.startsWith('the prompt names the country'))).toBe(
      true
    );
  });

  it('gives no statement cut from inside a quotation as what the article says', () => {
    expect(seedGenerated.filter((i) => i.prompt.ar.includes('تضطر موسكو'))).toEqual([]);
    expect(SEED.rejected.some((r) => r.reason.startsWith('a clause from inside a quotation'))).toBe(
      true
    );
  });
});

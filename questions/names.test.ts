import { describe, expect, it } from 'vitest';
import { nisbaForms, nisbaStem, regions, shortName } from './countries';
import { entityMatchers, findMentions, type Entity } from './entities';
import { findNames, recogniseEntities, repeatedNames } from './names';

const recognise = (...paragraphs: string[]) => recogniseEntities(paragraphs, []);
const names = (text: string) => findNames(text).map((f) => [f.type, f.ar, f.gender ?? '']);

describe('regions from Intl.DisplayNames', () => {
  it('names current countries in Arabic and English, without retired codes or duplicates', () => {
    const all = regions();
    const fr = all.find((r) => r.code === 'FR');
    expect(fr).toMatchObject({ type: 'country', ar: 'فرنسا', en: 'France' });
    expect(all.some((r) => r.code === 'SU' || r.code === 'DD' || r.code === 'XA')).toBe(false);
    expect(new Set(all.map((r) => r.ar)).size).toBe(all.length);
    expect(all.find((r) => r.code === 'EU')?.type).toBe('organisation');
    expect(all.find((r) => r.code === '002')).toMatchObject({ type: 'place', ar: 'أفريقيا' });
  });

  it('leaves out names that are everyday words («مالي» is also “financial”)', () => {
    expect(regions().some((r) => r.ar === 'مالي')).toBe(false);
    expect(recognise('قدّم البنك دعماً مالياً للمزارعين وهو دعم مالي كبير.')).toEqual([]);
  });

  it('does not shorten the name of a body («الأمم المتحدة» is not «الأمم»)', () => {
    expect(recognise('فاز المنتخب بكأس أمم أفريقيا.').map((e) => e.ar)).toEqual(['أفريقيا']);
  });

  it('gives the short and everyday names', () => {
    expect(shortName('المملكة العربية السعودية')).toBe('السعودية');
    expect(shortName('الإمارات العربية المتحدة')).toBe('الإمارات');
    expect(shortName('المملكة المتحدة')).toBeUndefined();
    expect(shortName('الولايات المتحدة')).toBeUndefined();
    const us = regions().find((r) => r.code === 'US');
    expect(us?.aliases).toEqual(expect.arrayContaining(['أمريكا', 'أميركا']));
    expect(regions().find((r) => r.code === 'PS')?.aliases).toContain('فلسطين');
  });
});

describe('nationality adjectives by the nisba rules', () => {
  it('derives the stem from the country name', () => {
    expect(nisbaStem('فرنسا')).toBe('فرنسي');
    expect(nisbaStem('روسيا')).toBe('روسي');
    expect(nisbaStem('ألمانيا')).toBe('ألماني');
    expect(nisbaStem('المغرب')).toBe('مغربي');
    expect(nisbaStem('الأردن')).toBe('أردني');
    expect(nisbaStem('السعودية')).toBe('سعودي');
    expect(nisbaStem('الإمارات')).toBe('إماراتي');
    expect(nisbaStem('أمريكا')).toBe('أمريكي');
    expect(nisbaStem('كوريا الشمالية')).toBeUndefined();
  });

  it('handles the irregular ones and both spellings of «أمريكي»', () => {
    const nisba = (code: string) => regions().find((r) => r.code === code)?.nisba ?? [];
    expect(nisba('US')).toEqual(expect.arrayContaining(['الأمريكي', 'الأميركية']));
    expect(nisba('GB')).toContain('البريطانيون');
    expect(nisba('AT')).toContain('النمساوي');
    expect(nisba('AT')).not.toContain('النمسي');
  });

  it('spells every gender and number, with and without «ال»', () => {
    expect(nisbaForms('فرنسي')).toEqual(
      expect.arrayContaining(['الفرنسي', 'الفرنسية', 'الفرنسيون', 'الفرنسيين', 'فرنسية'])
    );
  });
});

/** Mentions of recognised entities in `text`: [entity ar, kind, prefix, core]. */
function mentions(text: string): string[][] {
  const entities: Entity[] = recognise(text);
  const byId = new Map(entities.map((e) => [e.id, e]));
  return findMentions(text, entityMatchers(entities))
    .filter((m) => m.entityId !== undefined)
    .map((m) => [byId.get(m.entityId ?? '')?.ar ?? '', m.kind, m.prefix, m.core]);
}

describe('countries in a text', () => {
  it('are found with and without «ال» and behind clitics', () => {
    expect(mentions('زار الوفد المغرب ثم فرنسا، وللأردن وبروسيا وفي الصين علاقات.')).toEqual([
      ['المغرب', 'entity', '', 'المغرب'],
      ['فرنسا', 'entity', '', 'فرنسا'],
      ['الأردن', 'entity', 'ول', 'لأردن'],
      ['روسيا', 'entity', 'وب', 'روسيا'],
      ['الصين', 'entity', '', 'الصين']
    ]);
  });

  it('are found through their nationality adjectives', () => {
    expect(
      mentions('قال الرئيس الفرنسي إن الشركات المغربية والخبراء الأميركيين شاركوا.').map((m) =>
        m.slice(0, 2)
      )
    ).toEqual([
      ['فرنسا', 'nisba'],
      ['المغرب', 'nisba'],
      ['الولايات المتحدة', 'nisba']
    ]);
  });
});

describe('people by pattern', () => {
  it('after a title, with the gender the title gives', () => {
    expect(names('وقال المهندس سامر خليل، مدير المشروع، إن العمل انتهى.')).toEqual([
      ['person', 'سامر خليل', 'm']
    ]);
    expect(names('وتقول الباحثة ليلى منصور إن المراقبة ضرورية.')).toEqual([
      ['person', 'ليلى منصور', 'f']
    ]);
    expect(names('التقى وزير الصحة الأردني فراس الهواري بالوفد.')).toEqual([
      ['person', 'فراس الهواري', 'm']
    ]);
  });

  it('after a reporting verb, two or three words, never a particle or a noun of speakers', () => {
    expect(names('وأكدت سارة العلي أن النتائج مشجعة.')).toEqual([['person', 'سارة العلي', 'f']]);
    expect(names('وقال مصدر مطلع إن الاتفاق قريب.')).toEqual([]);
    expect(names('قال زيلينسكي أمام المشرعين إن الحرب طويلة.')).toEqual([]);
  });

  it('not a title followed by a noun («الرئيس الأوكراني علاقة موسكو»)', () => {
    expect(names('انتقد الرئيس الأوكراني علاقة موسكو مع طهران.')).toEqual([]);
    expect(names('تقول هانا، باحثة مرموقة في المعهد.')).toEqual([]);
  });

  it('keeps compound names and a family name with «ال» whole', () => {
    expect(names('وأكد الوزير عبد الحق سايحي أن بلاده مستعدة.')).toEqual([
      ['person', 'عبد الحق سايحي', 'm']
    ]);
    expect(names('وسجّل المهاجم أيوب الكعبي هدف الفوز.')).toEqual([['person', 'أيوب الكعبي', 'm']]);
    expect(names('ويقول مدربه مالك ضيوف إنهم سيعودون.')).toEqual([['person', 'مالك ضيوف', 'm']]);
  });

  it('never takes a country for a person', () => {
    expect(recognise('طالما تتابع روسيا التركيز على الحرب.').map((e) => e.type)).toEqual([
      'country'
    ]);
  });

  it('a name in apposition after a title and its complements', () => {
    expect(names('وقالت نائبة محافظ البنك المركزي، هالة منصور، إن الهدف واضح.')).toEqual([
      ['person', 'هالة منصور', 'f']
    ]);
    expect(
      names('ويقول الخبير الاقتصادي في الجامعة الأمريكية بالقاهرة، عمرو الشريف: «لا يكفي».')
    ).toEqual([['person', 'عمرو الشريف', 'm']]);
  });

  it('not a woman’s title before her verb («الطبيبة شرحت لي»)', () => {
    expect(names('لكن الطبيبة شرحت لي كل شيء.')).toEqual([]);
  });

  it('an official named by office after a reporting verb', () => {
    expect(names('وقال وزير المياه إن المحطة ستنتج الكثير.')).toEqual([
      ['person', 'وزير المياه', 'm']
    ]);
  });

  it('takes a name of two bare words written twice, never a noun phrase or two countries', () => {
    const people = recognise(
      'التقى فلاديمير بوتين نظيره أمس في العاصمة.',
      'وأعلن مكتبه أن فلاديمير بوتين سيعود غداً، وأن بوتين راضٍ.'
    ).filter((e) => e.type === 'person');
    expect(people).toMatchObject([{ ar: 'فلاديمير بوتين', aliases: { ar: ['بوتين'] } }]);
    expect(repeatedNames(['علاقة موسكو قوية. ومع ذلك فإن علاقة موسكو تتغير.'])).toEqual([]);
    expect(repeatedNames(['تقارب روسيا وإيران. ويستمر تقارب روسيا وإيران.'])).toEqual([]);
    expect(repeatedNames(['بلغت 4 مليارات دولار ثم 5 مليارات دولار.'])).toEqual([]);
  });

  it('links a later surname alone to the full name', () => {
    const [samer] = recognise(
      'وقال المهندس سامر خليل إن المحطة جاهزة.',
      'وأضاف خليل أن الضخ يبدأ قريباً.'
    ).filter((e) => e.type === 'person');
    expect(samer).toMatchObject({ ar: 'سامر خليل', gender: 'm', aliases: { ar: ['خليل'] } });
  });
});

describe('organisations and places by head noun, and acronyms', () => {
  it('takes the construct phrase after an organisation’s head noun', () => {
    expect(names('أعلنت منظمة الصحة العالمية ووزارة المياه الأردنية خطة.')).toEqual([
      ['organisation', 'منظمة الصحة العالمية', ''],
      ['organisation', 'وزارة المياه الأردنية', '']
    ]);
    expect(names('قدمت شركة كبيرة عرضاً.')).toEqual([]);
    expect(
      names('أعلنت وزارة التربية والتعليم خطة مع منظمة الصحة العالمية والبنك الدولي.')
    ).toEqual([
      ['organisation', 'وزارة التربية والتعليم', ''],
      ['organisation', 'منظمة الصحة العالمية', ''],
      ['organisation', 'البنك الدولي', '']
    ]);
    expect(names('وقدّمت منظمة الأمم المتحدة للطفولة دعماً.')).toEqual([
      ['organisation', 'منظمة الأمم المتحدة للطفولة', '']
    ]);
  });

  it('takes a head with «ال» and its nisba adjectives, and a head written as a clitic would be', () => {
    expect(names('قرّرت لجنة السياسة النقدية في البنك المركزي المصري رفع الفائدة.')).toEqual([
      ['organisation', 'لجنة السياسة النقدية', ''],
      ['organisation', 'البنك المركزي المصري', '']
    ]);
    expect(names('وأعلن الجهاز المركزي للتعبئة العامة أن التضخم ارتفع.')).toEqual([
      ['organisation', 'الجهاز المركزي للتعبئة العامة', '']
    ]);
    expect(names('وقال البنك إن الأسعار ارتفعت.')).toEqual([]);
  });

  it('takes a foreign name of several words after a named head', () => {
    expect(names('ويتوقع بنك غولدمان ساكس أن يتراجع التضخم.')).toEqual([
      ['organisation', 'بنك غولدمان ساكس', '']
    ]);
  });

  it('gives a shorter form of an organisation’s name as its alias', () => {
    const bank = recognise(
      'رفع البنك المركزي المصري الفائدة.',
      'وقال البنك المركزي إنه سيراقب الأسعار.'
    ).find((e) => e.type === 'organisation');
    expect(bank).toMatchObject({ ar: 'البنك المركزي المصري', aliases: { ar: ['البنك المركزي'] } });
  });

  it('names a city after «مدينة» and a region with its head noun', () => {
    expect(names('افتتحت في مدينة العقبة محطة تطل على خليج العقبة.')).toEqual([
      ['place', 'العقبة', ''],
      ['place', 'خليج العقبة', '']
    ]);
  });

  it('finds Latin acronyms as organisations named in both languages', () => {
    const [who] = recognise('وبحسب تقرير WHO الأخير فإن الإصابات تراجعت.');
    expect(who).toMatchObject({ type: 'organisation', ar: 'WHO', en: 'WHO' });
  });
});

describe('the gazetteer wins', () => {
  it('leaves out a recognised name that a gazetteer entry gives or overlaps', () => {
    const known: Entity[] = [
      {
        id: 'samer',
        type: 'person',
        ar: 'المهندس سامر خليل',
        aliases: { ar: [], en: [] },
        nisba: { ar: [], en: [] }
      },
      {
        id: 'jordan',
        type: 'country',
        ar: 'الأردن',
        en: 'Jordan',
        aliases: { ar: [], en: [] },
        nisba: { ar: [], en: [] }
      }
    ];
    const text = 'وقال المهندس سامر خليل إن الأردن وفرنسا شريكان.';
    expect(recogniseEntities([text], known).map((e) => e.ar)).toEqual(['فرنسا']);
  });
});

describe('people named after a role, an office or a comma (unseen articles of session 20)', () => {
  it('reads a role after «ل» («للمخرجة»), with its nationality, and says it without the «ل»', () => {
    expect(findNames('بتتويج الفيلم «ضفاف الصمت» للمخرجة أمل الطيب بجائزة.')[0]).toMatchObject({
      type: 'person',
      ar: 'أمل الطيب',
      gender: 'f',
      role: 'المخرجة'
    });
    expect(names('فيما نال الممثل المصري كريم عبد الحميد جائزة أفضل ممثل')).toEqual([
      ['person', 'كريم عبد الحميد', 'm']
    ]);
  });

  it('takes the name after an office and a comma, not the office', () => {
    expect(names('وأوضح مدير المهرجان، الناقد منير الشابي، أن الدورة نجحت')).toEqual([
      ['person', 'منير الشابي', 'm']
    ]);
  });

  it('ends a body’s name before a title: the jury, then the director who chairs it', () => {
    expect(names('وترأّست لجنة التحكيم المخرجة الفرنسية كلير دوبوا، التي أعلنت')).toEqual([
      ['organisation', 'لجنة التحكيم', ''],
      ['person', 'كلير دوبوا', 'f']
    ]);
  });

  it('reads «المتحدث باسم …» and «نائب الرئيس لقطاع …» as offices, not names', () => {
    expect(names('وقال المتحدث باسم الوزارة عمر الخطيب إنها تدرس')).toEqual([
      ['person', 'عمر الخطيب', 'm']
    ]);
    expect(
      names('وأكدت المتحدثة باسم وزارة النقل والخدمات اللوجستية سارة العتيبي أن المشروع')
    ).toEqual([['person', 'سارة العتيبي', 'f']]);
    expect(names('وأوضح نائب الرئيس لقطاع النقل في الهيئة المهندس خالد الدوسري أن')).toEqual([
      ['person', 'خالد الدوسري', 'm']
    ]);
  });

  it('finds no person in a governorate, a department or a plural after «ل»', () => {
    expect(names('تعرّض مواقع أثرية عدة في المحافظة لعمليات حفر غير مشروعة')).toEqual([]);
    expect(names('أعلنت دائرة الآثار العامة في الأردن، الثلاثاء')).toEqual([
      ['organisation', 'دائرة الآثار العامة', '']
    ]);
  });

  it('names a body after a king, and a joined word with its adjective', () => {
    expect(names('قالت أستاذة هندسة النقل في جامعة الملك سعود إن')[0]?.[1]).toBe(
      'جامعة الملك سعود'
    );
    expect(names('وأكدت وزارة النقل والخدمات اللوجستية أن')[0]?.[1]).toBe(
      'وزارة النقل والخدمات اللوجستية'
    );
  });
});

describe('names met in unseen articles (session 22)', () => {
  it('reads a body named in guillemets after its head noun, guillemets kept', () => {
    expect(names('أعلنت شركة «لهجة» الناشئة، ومقرها القاهرة، إتمام جولة تمويل')).toEqual([
      ['organisation', 'شركة «لهجة»', '']
    ]);
    expect(names('وقاد الجولة صندوق «نورث بريدج كابيتال» البريطاني.')[0]?.[1]).toBe(
      'صندوق «نورث بريدج كابيتال»'
    );
  });

  it('reads a name before a comma and a title, a compound family name whole', () => {
    expect(
      names('وكانت مريم عبد الحميد، المهندسة السابقة في إحدى شركات الاتصالات، قد أسست الشركة')
    ).toEqual([['person', 'مريم عبد الحميد', 'f']]);
    const [founder] = recognise(
      'وكانت مريم عبد الحميد، المهندسة السابقة، قد أسست الشركة.',
      'وقالت عبد الحميد في مؤتمر صحافي إن الفريق كبر.'
    ).filter((e) => e.type === 'person');
    expect(founder).toMatchObject({ ar: 'مريم عبد الحميد', aliases: { ar: ['عبد الحميد'] } });
  });

  it('reads «her partner» and «its president» as titles, not as part of the name', () => {
    expect(names('أسست الشركة عام 2021 مع شريكها عمر الشناوي.')).toEqual([
      ['person', 'عمر الشناوي', 'm']
    ]);
    expect(names('وقالت رئيستها ليلى بوزيد إن الجمعية')).toEqual([['person', 'ليلى بوزيد', 'f']]);
    expect(names('وقال الشريك في الصندوق البريطاني، دانيال هارتلي: «ما زال»')).toEqual([
      ['person', 'دانيال هارتلي', 'm']
    ]);
  });
});

describe('names with «بن» and «بنت», and what is no name (session 22)', () => {
  it('reads a name with «بن»/«بنت» whole, and «علي» with «ي» as a name', () => {
    expect(names('وقال وكيل الوزارة، المهندس سالم بن حمد الهنائي: «الدقم بوابة»')).toEqual([
      ['person', 'سالم بن حمد الهنائي', 'm']
    ]);
    expect(names('وقالت الدكتورة مريم بنت علي البلوشية، أستاذة علوم البحار، إن')[0]?.[1]).toBe(
      'مريم بنت علي البلوشية'
    );
  });

  it('names a body after a sultan, or after a name with «بن»', () => {
    expect(names('أستاذة علوم البحار في جامعة السلطان قابوس')[0]?.[1]).toBe('جامعة السلطان قابوس');
    expect(names('أعلن فريق بحثي من جامعة الحسين بن طلال، أمس')).toEqual([
      ['organisation', 'جامعة الحسين بن طلال', '']
    ]);
  });

  it('finds the titled name after an office and a comma, and no name in an adverb', () => {
    expect(
      names('وقال رئيس الفريق، أستاذ علوم الأرض الدكتور فراس المعايطة، في مؤتمر صحفي: «…»')
    ).toEqual([['person', 'فراس المعايطة', 'm']]);
    expect(names('القشرة السوداء لفتت انتباهنا فورا، لكننا انتظرنا')).toEqual([]);
  });
});

describe('ranks and bodies of a name in guillemets (session 22)', () => {
  it('reads a rank as a title: the governor’s name, not his office', () => {
    expect(names('وقال محافظ الأقصر، اللواء عادل الدمرداش: «نسبة الإشغال»')).toEqual([
      ['person', 'عادل الدمرداش', 'm']
    ]);
  });

  it('reads «مجموعة» as a body only before a name in guillemets', () => {
    expect(names('وقّعت الشركة اتفاقية مع مجموعة «هافنلينك» الهولندية.')[0]?.[1]).toBe(
      'مجموعة «هافنلينك»'
    );
    expect(names('تؤثر الأعمال في مجموعة الحيتان الحدباء في بحر العرب.').map((n) => n[1])).toEqual([
      'بحر العرب'
    ]);
  });
});

describe('a word in «ى» is no nationality (session 22)', () => {
  it('reads «مجرى الليطاني» as a riverbed, not as «مجري» (Hungarian)', () => {
    expect(recognise('تنتشل الحملة النفايات من مجرى الليطاني في البقاع.').map((e) => e.ar)).toEqual(
      []
    );
    expect(recognise('وقال الوزير المجري إن بلاده تدعم الخطة.').map((e) => e.ar)).toEqual([
      'هنغاريا'
    ]);
  });
});

describe('an office «لدى» a company, and units after a number (session 23)', () => {
  it('reads the name after an office held «لدى» a body, not the office as a person', () => {
    expect(
      names('وأوضح مدير الموقع لدى الشركة، بارك جي هون، أن الوحدة ما زالت تعمل جزئيا.')
    ).toEqual([['person', 'بارك جي هون', 'm']]);
  });

  it('takes no two words after a number for a name, however often they recur', () => {
    const text = 'تراجعت الطاقة من 210 آلاف برميل يوميا. وتعمل الوحدة بطاقة 55 ألف برميل يوميا.';
    expect(repeatedNames([text])).toEqual([]);
    expect(repeatedNames(['زار فادي حداد المصنع. وقال فادي حداد إنه راضٍ.'])).toEqual(['فادي حداد']);
  });
});

describe('offices, long names and what is no name (session 23, second round)', () => {
  it('reads the name after a commissioner’s office and a compound given name of four words', () => {
    expect(
      names('وقال مفوض العون الإنساني بولاية كسلا، عبد الرحيم آدم أوهاج، إن منسوب النهر بلغ ذروته.')
    ).toEqual([['person', 'عبد الرحيم آدم أوهاج', 'm']]);
    // A compound family name leaves the name at three words: «جائزة» is no part of it.
    expect(names('فيما نال الممثل المصري كريم عبد الحميد جائزة أفضل ممثل.')[0]?.[1]).toBe(
      'كريم عبد الحميد'
    );
  });

  it('reads a name after a long office with an acronym in brackets', () => {
    expect(
      names(
        'قالت رئيسة المكتب الميداني لمكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) في كسلا، إلسا ماركيتي، إن الخطة تحتاج إلى تمويل.'
      )
    ).toEqual([['person', 'إلسا ماركيتي', 'f']]);
  });

  it('reads an office with a place («قرب») and a family name in «ات» closed by a comma', () => {
    expect(
      names('رحّب صاحب محل للفضيات قرب مركز الزوار، محمود سالم الهلالات، بالمشروع.').filter(
        (n) => n[0] === 'person'
      )
    ).toEqual([['person', 'محمود سالم الهلالات', 'm']]);
  });

  it('reads «عالمة الآثار» as a title, not «كأس العالم»', () => {
    expect(
      names('أوضحت رئيسة الفريق الألماني، عالمة الآثار كاترين فولمر، أن الأملاح أضرت بالجدار.')
    ).toEqual([['person', 'كاترين فولمر', 'f']]);
    expect(names('تأهلت أربعة منتخبات إلى كأس العالم للشباب التي ستقام في الأرجنتين.')).toEqual([]);
  });

  it('reads «محمد الحبيب» as one given name before a family name', () => {
    expect(
      names('إذ قال رئيسها، الصيدلاني محمد الحبيب التازي، إن ربح الصيدلي محدّد بنسبة من السعر.')
    ).toEqual([['person', 'محمد الحبيب التازي', 'm']]);
    expect(names('وقال الدكتور محمد الأمين العام للجمعية إن الربح قليل.')).not.toContainEqual([
      'person',
      'محمد الأمين العام',
      'm'
    ]);
  });

  it('takes no two places joined by «و», nor a preposition with its pronoun, for a name', () => {
    const text =
      'اجتاحت المياه قرى في محليتي كسلا وأروما. وجرفت الطريق بين كسلا وأروما. وزار الوالي كسلا أمس. وتعيش كسلا أزمة.';
    expect(repeatedNames([text])).toEqual([]);
    expect(repeatedNames(['لم يمول منها سوى الثلث. ولم ينفذ منها سوى القليل.'])).toEqual([]);
  });
});

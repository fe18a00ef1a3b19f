// Every claim of the database, in English and Russian: sentences written from
// the claim definitions (as blogs, clinics and salons phrase things), not from
// the matching rules. Positives must report the claim; denials, myth framing,
// questions and warnings or contraindications must not.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CLAIMS_DIR, loadClaims } from "../../src/cli/load-claims";
import { createChecker } from "../../src/engine/engine";
import type { Lang } from "../../src/engine/schema";

const checker = createChecker(loadClaims());
const claimIds = (text: string, lang: Lang) =>
  checker.checkSentence(text, lang).map((r) => r.claim.id);

type Kind = "denial" | "myth" | "question" | "warning" | "not the claim";
interface LangCases {
  positive: string[];
  negative: Array<[Kind, string]>;
}
type Cases = Record<Lang, LangCases>;

const CASES: Record<string, Cases> = {
  "age-limit": {
    en: {
      positive: [
        "Mesotherapy has no age limit, so it suits women of any age.",
        "The procedure can be done at any age, even at 70.",
        "Teenagers with oily, problem skin can also benefit from mesotherapy.",
        "Our clients in their seventies love the results of mesotherapy.",
        "Mesotherapy is suitable from 16 years old.",
      ],
      negative: [
        ["denial", "Mesotherapy is not for every age."],
        ["myth", "Myth: mesotherapy has no age limit."],
        ["question", "Is there really no age limit for mesotherapy?"],
        ["warning", "Mesotherapy is contraindicated for teenagers under 18."],
        ["not the claim", "Mesotherapy is recommended from 25 years old."],
      ],
    },
    ru: {
      positive: [
        "У мезотерапии нет возрастных ограничений.",
        "Процедуру можно делать в любом возрасте, даже в 70 лет.",
        "Мезотерапия подходит даже подросткам с проблемной кожей.",
        "Делать мезотерапию можно с 16 лет.",
      ],
      negative: [
        ["denial", "Мезотерапию можно делать далеко не в любом возрасте."],
        ["myth", "Миф: у мезотерапии нет возрастных ограничений."],
        ["question", "Правда ли, что мезотерапию можно делать в любом возрасте?"],
        ["warning", "Подросткам до 18 лет мезотерапия противопоказана."],
        ["not the claim", "Мезотерапию рекомендуют делать с 25 лет."],
      ],
    },
  },
  painless: {
    en: {
      positive: [
        "Mesotherapy is a completely painless procedure.",
        "Thanks to the ultra-fine needles, you will not feel any pain.",
        "The injections don't hurt at all.",
        "The procedure is almost painless.",
        "Pain is practically not felt during the session.",
      ],
      negative: [
        ["denial", "Mesotherapy is not painless."],
        ["myth", "Myth: mesotherapy is painless."],
        ["question", "Is mesotherapy painless?"],
        ["warning", "Be warned: the injections are painful, especially on the forehead."],
        ["not the claim", "You may feel minimal discomfort during the injections."],
      ],
    },
    ru: {
      positive: [
        "Мезотерапия — безболезненная процедура.",
        "Благодаря тонким иглам боль практически не ощущается.",
        "Процедура почти безболезненна.",
        "Вы не почувствуете никакой боли.",
      ],
      negative: [
        ["denial", "Мезотерапия не безболезненна."],
        ["myth", "Миф: мезотерапия безболезненна."],
        ["question", "Правда ли, что мезотерапия безболезненна?"],
        ["warning", "Уколы болезненны, поэтому перед процедурой наносят обезболивающий крем."],
        ["not the claim", "Во время процедуры возможен минимальный дискомфорт."],
      ],
    },
  },
  harmless: {
    en: {
      positive: [
        "Mesotherapy is absolutely harmless for the skin.",
        "It is a completely safe procedure with no side effects.",
        "The cocktails are natural, so they cause no harm.",
        "Mesotherapy has no side effects.",
      ],
      negative: [
        ["denial", "Mesotherapy is not harmless."],
        ["myth", "Myth: mesotherapy has no side effects."],
        ["question", "Is mesotherapy completely safe?"],
        ["warning", "Side effects include bruising, swelling and, rarely, allergic reactions."],
      ],
    },
    ru: {
      positive: [
        "Мезотерапия абсолютно безвредна.",
        "Процедура совершенно безопасна и не имеет побочных эффектов.",
        "Коктейли состоят из натуральных веществ, поэтому никакого вреда коже они не наносят.",
        "Побочных эффектов у мезотерапии нет.",
      ],
      negative: [
        ["denial", "Мезотерапия вовсе не безвредна."],
        ["myth", "Миф: мезотерапия абсолютно безвредна."],
        ["question", "Безопасна ли мезотерапия?"],
        ["warning", "Возможны побочные эффекты: синяки, отёки и аллергические реакции."],
      ],
    },
  },
  "no-downtime": {
    en: {
      positive: [
        "Mesotherapy requires no recovery period.",
        "You can return to your normal life right after the procedure.",
        "The injections leave no marks on the skin.",
        "There is zero downtime, so you can go straight back to work.",
      ],
      negative: [
        [
          "denial",
          "You can't go back to normal life right away: bruises take several days to fade.",
        ],
        ["myth", "Myth: mesotherapy needs no recovery period."],
        ["question", "Is there really no downtime after mesotherapy?"],
        ["warning", "Recovery takes 4-7 days, and bruises and swelling may last up to three days."],
      ],
    },
    ru: {
      positive: [
        "После мезотерапии не нужен восстановительный период.",
        "Сразу после процедуры можно вернуться к привычной жизни.",
        "Следов от уколов не остаётся.",
        "Реабилитационный период практически отсутствует.",
      ],
      negative: [
        ["denial", "Сразу вернуться к обычной жизни после мезотерапии не получится."],
        ["myth", "Миф: после мезотерапии не нужен восстановительный период."],
        ["question", "Правда ли, что после мезотерапии не остаётся следов?"],
        [
          "warning",
          "Синяки и отёки могут сохраняться до 7 дней, поэтому планируйте процедуру заранее.",
        ],
      ],
    },
  },
  "few-contraindications": {
    en: {
      positive: [
        "Mesotherapy has very few contraindications.",
        "The list of contraindications is minimal.",
        "There are practically no contraindications, so it suits everyone.",
        "Mesotherapy is suitable for everyone.",
      ],
      negative: [
        ["denial", "Mesotherapy does not suit everyone."],
        ["myth", "Myth: mesotherapy has no contraindications."],
        ["question", "Is it true that mesotherapy has almost no contraindications?"],
        [
          "warning",
          "Contraindications include pregnancy, blood clotting disorders, cancer and epilepsy.",
        ],
        ["not the claim", "Mesotherapy has quite a few contraindications."],
      ],
    },
    ru: {
      positive: [
        "У мезотерапии минимум противопоказаний.",
        "Противопоказаний у процедуры немного.",
        "Противопоказаний практически нет, поэтому процедура подходит всем.",
        "Мезотерапия подходит абсолютно всем.",
      ],
      negative: [
        ["denial", "Мезотерапия подходит не всем."],
        ["myth", "Миф: у мезотерапии нет противопоказаний."],
        ["question", "Правда ли, что у мезотерапии почти нет противопоказаний?"],
        [
          "warning",
          "Противопоказания: беременность, нарушения свёртываемости крови, онкология и эпилепсия.",
        ],
        ["not the claim", "Противопоказаний у мезотерапии немало."],
      ],
    },
  },
  "chronic-disease-ok": {
    en: {
      positive: [
        "Mesotherapy is allowed even for people with diabetes.",
        "Chronic diseases are no obstacle to mesotherapy.",
        "Patients with diabetes can safely have mesotherapy.",
      ],
      negative: [
        ["denial", "Mesotherapy is not allowed for people with diabetes."],
        ["myth", "Myth: chronic diseases are no obstacle to mesotherapy."],
        ["question", "Can I have mesotherapy if I have diabetes?"],
        [
          "warning",
          "Mesotherapy is contraindicated in diabetes, kidney disease and chronic diseases in the acute stage.",
        ],
      ],
    },
    ru: {
      positive: [
        "Мезотерапию можно делать даже при сахарном диабете.",
        "Хронические заболевания не являются препятствием для мезотерапии.",
        "Людям с диабетом мезотерапия тоже подходит.",
      ],
      negative: [
        ["denial", "При сахарном диабете мезотерапию делать нельзя."],
        ["myth", "Миф: хронические заболевания не помеха для мезотерапии."],
        ["question", "Можно ли делать мезотерапию при диабете?"],
        [
          "warning",
          "Противопоказаниями являются сахарный диабет, болезни почек и обострение хронических заболеваний.",
        ],
      ],
    },
  },
  "instant-results": {
    en: {
      positive: [
        "The effect is visible after the first session.",
        "One session is enough to see a difference.",
        "You will see the results immediately after the very first procedure.",
        "Just one procedure is enough to refresh your skin.",
      ],
      negative: [
        ["denial", "The effect is not visible after the first session."],
        ["myth", "Myth: one session of mesotherapy is enough."],
        ["question", "Will I see the result after the first session?"],
        [
          "warning",
          "Don't expect results after the first session: a course of 5-7 procedures is needed.",
        ],
      ],
    },
    ru: {
      positive: [
        "Эффект заметен уже после первого сеанса.",
        "Достаточно одной процедуры, чтобы увидеть результат.",
        "Результат видно сразу после первой процедуры.",
      ],
      negative: [
        ["denial", "Эффект после первого сеанса не заметен."],
        ["myth", "Миф: одной процедуры достаточно."],
        ["question", "Будет ли виден эффект после первого сеанса?"],
        ["warning", "Не ждите результата после первого сеанса: потребуется курс из 5–7 процедур."],
      ],
    },
  },
  "lasting-results": {
    en: {
      positive: [
        "The result of mesotherapy is permanent.",
        "After one course you will never need to repeat the procedure.",
        "The effect lasts forever.",
        "The results last a lifetime.",
      ],
      negative: [
        ["denial", "The result is not permanent."],
        ["myth", "Myth: the effect of mesotherapy lasts forever."],
        ["question", "Does the effect of mesotherapy last forever?"],
        [
          "warning",
          "The effect fades over time, so the course should be repeated every 6-12 months.",
        ],
      ],
    },
    ru: {
      positive: [
        "Результат мезотерапии сохраняется навсегда.",
        "Эффект остаётся на всю жизнь.",
        "После курса повторять процедуру больше не нужно.",
        "Результат сохраняется пожизненно.",
      ],
      negative: [
        ["denial", "Результат мезотерапии не сохраняется навсегда."],
        ["myth", "Миф: эффект мезотерапии сохраняется навсегда."],
        ["question", "Сохраняется ли результат навсегда?"],
        [
          "warning",
          "Эффект постепенно исчезает, поэтому курс нужно повторять каждые 6–12 месяцев.",
        ],
      ],
    },
  },
  "session-interval": {
    en: {
      positive: [
        "Sessions are carried out every 7-10 days.",
        "The procedure is repeated once a week.",
        "The interval between sessions is 5-7 days.",
        "The next session can be done in 5 days.",
      ],
      negative: [
        ["denial", "Sessions are not repeated every day."],
        ["myth", "Myth: you can repeat mesotherapy every other day."],
        ["question", "Can sessions be repeated every 3 days?"],
        ["warning", "Never repeat the injections every day."],
      ],
    },
    ru: {
      positive: [
        "Процедуры проводят каждые 7–10 дней.",
        "Сеансы повторяют раз в неделю.",
        "Интервал между сеансами — 5–7 дней.",
        "Следующую процедуру делают через 7 дней.",
      ],
      negative: [
        ["denial", "Сеансы не проводят каждый день."],
        ["myth", "Миф: процедуру можно повторять через день."],
        ["question", "Можно ли повторять процедуру каждые 3 дня?"],
        ["warning", "Нельзя проводить сеансы каждый день."],
      ],
    },
  },
  "home-injections": {
    en: {
      positive: [
        "You can easily do mesotherapy injections at home yourself.",
        "Buy a meso kit and inject the cocktail yourself at home.",
        "Home mesotherapy injections are easy to do on your own.",
      ],
      negative: [
        ["denial", "You should not do mesotherapy injections at home yourself."],
        ["myth", "Myth: you can do mesotherapy injections at home."],
        ["question", "Can I do mesotherapy injections at home?"],
        [
          "warning",
          "Never inject under the skin yourself: only a doctor should give the injections.",
        ],
      ],
    },
    ru: {
      positive: [
        "Уколы мезотерапии можно делать дома самостоятельно.",
        "Сделать инъекции в домашних условиях может каждая.",
        "Делать мезоинъекции дома самой совсем несложно.",
      ],
      negative: [
        ["denial", "Делать уколы дома самостоятельно нельзя."],
        ["myth", "Миф: уколы мезотерапии можно делать дома самостоятельно."],
        ["question", "Можно ли делать уколы мезотерапии дома?"],
        ["warning", "Ни в коем случае не делайте инъекции под кожу самостоятельно."],
      ],
    },
  },
  "acne-active": {
    en: {
      positive: [
        "Mesotherapy treats acne, including its acute forms.",
        "Mesotherapy is effective against active, inflamed acne.",
        "The procedure helps to get rid of inflamed pimples and acne breakouts.",
      ],
      negative: [
        ["denial", "Mesotherapy does not treat active acne."],
        ["myth", "Myth: mesotherapy cures inflamed acne."],
        ["question", "Can mesotherapy treat active acne?"],
        [
          "warning",
          "Acute inflammation and purulent acne in the treatment area are contraindications.",
        ],
      ],
    },
    ru: {
      positive: [
        "Мезотерапия лечит акне, в том числе в острой форме.",
        "Процедура эффективна против воспалённых прыщей.",
        "Мезотерапия помогает избавиться от активных высыпаний акне.",
      ],
      negative: [
        ["denial", "Мезотерапия не лечит воспалённое акне."],
        ["myth", "Миф: мезотерапия лечит воспалённое акне."],
        ["question", "Лечит ли мезотерапия воспалённое акне?"],
        [
          "warning",
          "При гнойных воспалениях и акне в стадии обострения процедура противопоказана.",
        ],
      ],
    },
  },
  "combine-procedures": {
    en: {
      positive: [
        "Mesotherapy can be combined with Botox in the same visit.",
        "You can combine mesotherapy with a chemical peel at once.",
        "For the best effect we combine mesotherapy with peels and Botox in a single session.",
      ],
      negative: [
        ["denial", "Mesotherapy should not be combined with Botox on the same day."],
        ["myth", "Myth: mesotherapy can be combined with any other procedure at once."],
        ["question", "Can mesotherapy be combined with Botox?"],
        [
          "warning",
          "Avoid other cosmetic procedures, such as peels, for two weeks after mesotherapy.",
        ],
      ],
    },
    ru: {
      positive: [
        "Мезотерапию можно совмещать с ботоксом и пилингом.",
        "В один день мы сочетаем мезотерапию с пилингом.",
        "Мезотерапия отлично сочетается с ботулинотерапией, их можно делать одновременно.",
      ],
      negative: [
        ["denial", "Мезотерапию нельзя совмещать с пилингом в один день."],
        ["myth", "Миф: мезотерапию можно сразу совмещать с ботоксом."],
        ["question", "Можно ли совмещать мезотерапию с пилингом?"],
        [
          "warning",
          "После мезотерапии в течение двух недель не делайте пилинги и другие косметические процедуры.",
        ],
      ],
    },
  },
  "pregnancy-ok": {
    en: {
      positive: [
        "Mesotherapy is safe during pregnancy.",
        "Pregnant women can have mesotherapy without any worries.",
        "Mesotherapy is allowed while breastfeeding.",
      ],
      negative: [
        ["denial", "Mesotherapy is not safe during pregnancy."],
        ["myth", "Myth: mesotherapy is safe for pregnant women."],
        ["question", "Can I have mesotherapy while pregnant?"],
        ["warning", "Pregnancy and breastfeeding are contraindications to mesotherapy."],
      ],
    },
    ru: {
      positive: [
        "Мезотерапия безопасна при беременности.",
        "Беременным можно делать мезотерапию.",
        "Во время грудного вскармливания процедура разрешена.",
      ],
      negative: [
        ["denial", "Во время беременности мезотерапию делать нельзя."],
        ["myth", "Миф: мезотерапия безопасна для беременных."],
        ["question", "Можно ли делать мезотерапию во время беременности?"],
        ["warning", "Беременность и лактация — противопоказания к мезотерапии."],
      ],
    },
  },
  "blood-thinners-ok": {
    en: {
      positive: [
        "Mesotherapy is fine even if you take blood thinners.",
        "Taking aspirin or anticoagulants is no obstacle to mesotherapy.",
        "People with blood clotting disorders can safely have mesotherapy.",
      ],
      negative: [
        ["denial", "Mesotherapy is not safe if you take blood thinners."],
        ["myth", "Myth: blood thinners are no obstacle to mesotherapy."],
        ["question", "Can I have mesotherapy while taking aspirin?"],
        [
          "warning",
          "Blood clotting disorders and taking anticoagulants are contraindications to mesotherapy.",
        ],
      ],
    },
    ru: {
      positive: [
        "Мезотерапию можно делать при приёме антикоагулянтов.",
        "Приём аспирина не помеха для мезотерапии.",
        "Людям с нарушением свёртываемости крови процедура тоже подходит.",
      ],
      negative: [
        ["denial", "При приёме антикоагулянтов мезотерапию делать нельзя."],
        ["myth", "Миф: приём аспирина не помеха для мезотерапии."],
        ["question", "Можно ли делать мезотерапию при приёме аспирина?"],
        [
          "warning",
          "Нарушения свёртываемости крови и приём антикоагулянтов — противопоказания к процедуре.",
        ],
      ],
    },
  },
  "aftercare-none": {
    en: {
      positive: [
        "Right after the session you can go to the gym.",
        "You can wear makeup immediately after mesotherapy.",
        "A glass of wine right after the procedure is perfectly fine.",
        "You can go to the sauna and sunbathe on the same day as the procedure.",
      ],
      negative: [
        ["denial", "You cannot go to the sauna right after mesotherapy."],
        ["myth", "Myth: you can work out right after mesotherapy."],
        ["question", "Can I wear makeup right after mesotherapy?"],
        [
          "warning",
          "Avoid the sauna, sport, sunbathing and alcohol for at least three days after the session.",
        ],
      ],
    },
    ru: {
      positive: [
        "Сразу после процедуры можно идти в спортзал.",
        "Пользоваться косметикой можно сразу после мезотерапии.",
        "В тот же день после процедуры можно сходить в баню и позагорать.",
      ],
      negative: [
        ["denial", "Сразу после мезотерапии нельзя ходить в сауну."],
        ["myth", "Миф: после мезотерапии можно сразу идти в спортзал."],
        ["question", "Можно ли краситься сразу после мезотерапии?"],
        [
          "warning",
          "В течение трёх дней после процедуры откажитесь от сауны, спорта, загара и алкоголя.",
        ],
      ],
    },
  },
  "infection-ok": {
    en: {
      positive: [
        "You can have mesotherapy even with a cold.",
        "A slight fever is no reason to cancel your mesotherapy session.",
        "Herpes is not an obstacle to mesotherapy.",
      ],
      negative: [
        ["denial", "Mesotherapy cannot be done with a cold or a fever."],
        ["myth", "Myth: you can have mesotherapy with a cold."],
        ["question", "Can I have mesotherapy if I have a cold?"],
        ["warning", "Reschedule the session if you have a fever, a cold or herpes."],
      ],
    },
    ru: {
      positive: [
        "Мезотерапию можно делать даже при простуде.",
        "Герпес — не помеха для процедуры.",
        "Небольшая температура — не повод отменять сеанс мезотерапии.",
      ],
      negative: [
        ["denial", "При простуде и температуре мезотерапию делать нельзя."],
        ["myth", "Миф: мезотерапию можно делать при простуде."],
        ["question", "Можно ли делать мезотерапию при простуде?"],
        ["warning", "При герпесе, простуде и повышенной температуре процедуру следует перенести."],
      ],
    },
  },
  "menstruation-ok": {
    en: {
      positive: [
        "Mesotherapy can be done during your period.",
        "Menstruation is not a reason to postpone mesotherapy.",
        "You can have mesotherapy on any day of your cycle, even during menstruation.",
      ],
      negative: [
        ["denial", "Mesotherapy should not be done during menstruation."],
        ["myth", "Myth: mesotherapy can be done during your period."],
        ["question", "Can I have mesotherapy during my period?"],
        [
          "warning",
          "Do not schedule the procedure during menstruation, as bruising is more likely.",
        ],
      ],
    },
    ru: {
      positive: [
        "Мезотерапию можно делать во время менструации.",
        "Месячные — не повод отменять процедуру.",
        "Делать процедуру можно в любой день цикла, даже во время месячных.",
      ],
      negative: [
        ["denial", "Во время менструации мезотерапию не делают."],
        ["myth", "Миф: мезотерапию можно делать во время месячных."],
        ["question", "Можно ли делать мезотерапию во время месячных?"],
        ["warning", "Менструация — противопоказание к мезотерапии."],
      ],
    },
  },
  "consultation-unneeded": {
    en: {
      positive: [
        "No doctor's consultation is needed before mesotherapy.",
        "You don't need an allergy test before the procedure.",
        "There is no need to see a doctor first.",
      ],
      negative: [
        ["denial", "Mesotherapy cannot be done without a doctor's consultation."],
        ["myth", "Myth: you don't need a consultation before mesotherapy."],
        ["question", "Is it true that no allergy test is needed before mesotherapy?"],
        ["warning", "Before the procedure, be sure to consult a doctor and do an allergy test."],
      ],
    },
    ru: {
      positive: [
        "Консультация врача перед мезотерапией не нужна.",
        "Проба на аллергию не требуется.",
        "Идти к врачу перед процедурой не обязательно.",
      ],
      negative: [
        ["denial", "Без консультации врача мезотерапию не делают."],
        ["myth", "Миф: перед мезотерапией не нужна консультация врача."],
        ["question", "Нужна ли консультация врача перед мезотерапией?"],
        [
          "warning",
          "Перед процедурой обязательно проконсультируйтесь с врачом и сделайте пробу на аллергию.",
        ],
      ],
    },
  },
};

const idsOnDisk = readdirSync(CLAIMS_DIR)
  .filter(
    (name) =>
      name.endsWith(".json") && !["sources.json", "caveats.json", "omissions.json"].includes(name),
  )
  .map((name) => name.slice(0, -".json".length))
  .sort();

describe("claim sentences", () => {
  it("cover every claim in claims/", () => {
    expect(idsOnDisk.length).toBeGreaterThan(0);
    expect(Object.keys(CASES).sort()).toEqual(idsOnDisk);
  });

  it("has at least 3 positives and the four kinds of negative per claim and language", () => {
    for (const [id, cases] of Object.entries(CASES)) {
      for (const lang of ["en", "ru"] as const) {
        expect(cases[lang].positive.length, `${id} ${lang}`).toBeGreaterThanOrEqual(3);
        const kinds = new Set(cases[lang].negative.map(([k]) => k));
        for (const k of ["denial", "myth", "question", "warning"] as const)
          expect(kinds.has(k), `${id} ${lang} ${k}`).toBe(true);
      }
    }
  });
});

describe.each(idsOnDisk)("%s", (id) => {
  const cases = CASES[id];
  if (!cases) {
    it("has test sentences", () => expect(cases, `no sentences for ${id}`).toBeDefined());
    return;
  }
  describe.each(["en", "ru"] as const)("%s", (lang) => {
    it.each(cases[lang].positive)("asserts: %s", (text) => {
      expect(claimIds(text, lang)).toContain(id);
    });
    it.each(cases[lang].negative)("%s, does not assert: %s", (_kind, text) => {
      expect(claimIds(text, lang)).not.toContain(id);
    });
  });
});

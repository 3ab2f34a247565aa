import { z } from 'zod';
import {
  chairKinds,
  championCriteria,
  considerationOutcomes,
  mechanismKinds,
  networkGroupKinds,
  registryStatuses,
} from '#db/schema/instrument-values';
import { objectiveCount } from '~/modules/reference/constants';
import {
  checkbox,
  choice,
  date,
  iso3,
  language,
  list,
  number,
  optionalDate,
  optionalIso3,
  optionalNumber,
  optionalText,
  refuse,
  requireOriginal,
  rows,
  text,
  translatedText,
} from '~/platform/forms/fields';
import { parseInput } from '~/platform/forms/issues';
import { plainText } from '~/platform/text/normalise-text';

/**
 * The instruments' forms, one Zod schema each, field names = the schema's paths (`commitments.ar`,
 * `criteria.vision360`, `memberStates`): champion, consideration, mechanism, chair period, activity,
 * network. The output is the stored shape.
 */
export const LONG_TEXT_MAX = 4000;
export const NAME_MAX = 300;
export const ITEM_MAX = 300;
export const ITEMS_MAX = 60;
export const GROUP_CODE_MAX = 20;

/** A list typed one item per line (a textarea) or sent as a list: trimmed, blanks and repeats dropped. */
const oneItemPerLine = (v: unknown) => {
  const items = typeof v === 'string' ? v.split(/\r?\n/) : v;
  if (!Array.isArray(items)) return items;
  return [...new Set(items.map((i) => (typeof i === 'string' ? plainText(i) : i)).filter((i) => i !== ''))];
};
const lines = () => z.preprocess(oneItemPerLine, list(text({ max: ITEM_MAX }), { max: ITEMS_MAX }));
/**
 * States by ISO3 code: ticked (repeated fields) and/or typed (separated by lines, commas or spaces),
 * upper-cased, repeats dropped (whether each exists is the operation's check).
 */
const states = () =>
  z.preprocess(
    (v) => {
      const all = typeof v === 'string' ? [v] : v;
      if (!Array.isArray(all)) return all;
      const codes = all.flatMap((i) => (typeof i === 'string' ? i.split(/[\s,،]+/) : [i]));
      return [...new Set(codes.map((c) => (typeof c === 'string' ? c.trim().toUpperCase() : c)))].filter(
        (c) => c !== '',
      );
    },
    list(iso3(), { max: 250 }),
  );
const longText = () => translatedText({ max: LONG_TEXT_MAX });
const version = () =>
  optionalNumber({ int: true, min: 1, max: Number.MAX_SAFE_INTEGER, invalid: 'invalidFormat' });

/** A champion country as the secretariat keeps it. */
export const championSchema = z.object({
  countryIso3: iso3(),
  joinedOn: optionalDate(),
  commitments: longText(),
  supportRequested: longText(),
  supportGiven: longText(),
  originalLanguage: language(),
  sources: lines(),
  status: choice(registryStatuses),
  version: version(),
});
export type ChampionInput = z.output<typeof championSchema>;

/** The criteria checklist of one consideration of a state. */
export const considerationSchema = z.object({
  countryIso3: iso3(),
  consideredOn: date(),
  criteria: z
    .object(
      Object.fromEntries(championCriteria.map((c) => [c, checkbox()])) as Record<
        (typeof championCriteria)[number],
        ReturnType<typeof checkbox>
      >,
    )
    .partial()
    .default({}),
  notes: optionalText({ max: LONG_TEXT_MAX }),
  outcome: choice(considerationOutcomes),
});
export type ConsiderationInput = z.output<typeof considerationSchema>;

/** A consultation mechanism's registry entry. */
export const mechanismSchema = z
  .object({
    name: translatedText({ max: NAME_MAX }),
    acronym: optionalText({ max: 20 }),
    kind: choice(mechanismKinds),
    originalLanguage: language(),
    memberStates: states(),
    observerStates: states(),
    secretariat: translatedText({ max: NAME_MAX }),
    thematicFocus: longText(),
    gcmEngagement: longText(),
    workingGroups: lines(),
    focalPoints: lines(),
    reviewContributions: lines(),
    sources: lines(),
    status: choice(registryStatuses),
    version: version(),
  })
  .superRefine((m, ctx) =>
    requireOriginal(
      ctx,
      m.name,
      m.originalLanguage,
      ['name', m.originalLanguage],
      'instrumentOriginalTextRequired',
    ),
  );
export type MechanismInput = z.output<typeof mechanismSchema>;

/** One period in the chair: a state (or a named holder for a permanent chair), from, until. */
export const chairSchema = z
  .object({
    kind: choice(chairKinds),
    countryIso3: optionalIso3(),
    holder: optionalText({ max: NAME_MAX }),
    fromOn: date(),
    untilOn: optionalDate(),
  })
  .superRefine((c, ctx) => {
    if (!c.countryIso3 && !c.holder) refuse(ctx, ['countryIso3'], 'chairHolderRequired');
    if (c.untilOn && c.untilOn < c.fromOn) refuse(ctx, ['untilOn'], 'chairDatesOutOfOrder');
  })
  .transform((c) => ({
    kind: c.kind,
    countryIso3: c.countryIso3 ?? null,
    holder: c.holder ?? null,
    fromOn: c.fromOn,
    untilOn: c.untilOn ?? null,
  }));
export type ChairInput = z.output<typeof chairSchema>;

/** An activity of a mechanism in support of the GCM: what, when, which states, which objectives, outputs. */
export const activitySchema = z
  .object({
    title: translatedText({ max: NAME_MAX }),
    aims: longText(),
    outputs: longText(),
    originalLanguage: language(),
    heldOn: date(),
    countries: states(),
    objectives: list(
      number({
        int: true,
        min: 1,
        max: objectiveCount,
        invalid: 'invalidChoice',
        outOfRange: 'invalidChoice',
      }),
      { min: 1 },
    ),
    status: choice(registryStatuses),
    version: version(),
  })
  .superRefine((a, ctx) => {
    requireOriginal(
      ctx,
      a.title,
      a.originalLanguage,
      ['title', a.originalLanguage],
      'instrumentOriginalTextRequired',
    );
    requireOriginal(
      ctx,
      a.aims,
      a.originalLanguage,
      ['aims', a.originalLanguage],
      'instrumentOriginalTextRequired',
    );
  })
  .transform((a) => ({ ...a, objectives: [...new Set(a.objectives)].sort((x, y) => x - y) }));
export type ActivityInput = z.output<typeof activitySchema>;

/** A UN network's registry entry (its level and place are fixed at creation). */
export const networkSchema = z.object({
  name: translatedText({ max: NAME_MAX, required: true }),
  establishedYear: optionalNumber({
    int: true,
    min: 1945,
    max: 2100,
    invalid: 'invalidFormat',
    outOfRange: 'invalidFormat',
  }),
  lead: optionalText({ max: NAME_MAX }),
  members: lines(),
  executiveCommittee: lines(),
  sources: lines(),
  status: choice(registryStatuses),
  version: version(),
  /**
   * Its working groups and workstreams, in order (`groups[0].name.ar`). Absent = left as they are (a
   * form without the rows); rows left blank are dropped, so blanking every row clears them.
   */
  groups: rows(
    z.object({
      kind: choice(networkGroupKinds),
      code: optionalText({ max: GROUP_CODE_MAX }),
      name: translatedText({ max: NAME_MAX, required: true }),
      leads: lines(),
    }),
    { max: ITEMS_MAX },
  ).optional(),
});
export type NetworkInput = z.output<typeof networkSchema>;

/** A new country network: the state it serves and the rest of the entry. */
export const countryNetworkSchema = networkSchema.extend({ countryIso3: iso3() });

export const parseChampion = (raw: unknown) => parseInput(championSchema, raw);
export const parseConsideration = (raw: unknown) => parseInput(considerationSchema, raw);
export const parseMechanism = (raw: unknown) => parseInput(mechanismSchema, raw);
export const parseChair = (raw: unknown) => parseInput(chairSchema, raw);
export const parseActivity = (raw: unknown) => parseInput(activitySchema, raw);
export const parseNetwork = (raw: unknown) => parseInput(networkSchema, raw);
export const parseCountryNetwork = (raw: unknown) => parseInput(countryNetworkSchema, raw);

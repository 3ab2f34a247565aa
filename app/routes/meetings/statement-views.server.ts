import type { Locale } from '#db/schema/columns';
import type { StatementListItem } from '~/modules/meetings/list-statements.server';
import { countryChoices } from '~/modules/reference/list-countries.server';

/** Country names in the reader's language, by ISO3. */
export async function countryNames(lang: Locale): Promise<Map<string, string>> {
  const items = await countryChoices(lang);
  return new Map(items.map((c) => [c.iso3, c.name[lang] ?? c.name.en ?? c.iso3]));
}

/** Statements of the repository as the lists show them. */
export function statementItems(
  items: readonly StatementListItem[],
  names: Map<string, string>,
  withMeeting: boolean,
) {
  return items.map(({ statement: s, meeting, objectives }) => ({
    id: s.id,
    speakerKind: s.speakerKind,
    country: s.countryIso3 ? (names.get(s.countryIso3) ?? s.countryIso3) : null,
    speakerName: s.speakerName,
    language: s.language,
    deliveredOn: s.deliveredOn,
    title: s.title,
    objectives,
    ...(withMeeting ? { meeting: { id: meeting.id, title: meeting.title } } : {}),
  }));
}

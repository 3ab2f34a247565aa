import type { Locale } from '#db/schema/columns';
import { organisedRegionIds } from '~/modules/meetings/meeting-policy';
import type { MeetingRow } from '~/modules/meetings/meeting-records.server';
import { listRegions } from '~/modules/reference/list-regions.server';
import type { Subject } from '~/permissions/resolver';
import type { MeetingFormValues } from './meeting-form';

/** The meeting as form values (strings, keyed by schema path), or a new meeting's defaults. */
export function meetingFormValues(meeting: MeetingRow | null, lang: Locale): MeetingFormValues {
  if (!meeting) {
    return {
      kind: 'review-conference',
      originalLanguage: lang,
      timeZone: 'Africa/Cairo',
      languages: ['ar', 'en'],
      interpretation: 'on',
    };
  }
  const pct = (n: number | undefined) => (n === undefined ? '' : String(n));
  return {
    kind: meeting.kind,
    regionId: meeting.regionId ?? '',
    originalLanguage: meeting.originalLanguage,
    'title.ar': meeting.title.ar ?? '',
    'title.en': meeting.title.en ?? '',
    'summary.ar': meeting.summary.ar ?? '',
    'summary.en': meeting.summary.en ?? '',
    organisers: meeting.organisers,
    partners: meeting.partners,
    startsOn: meeting.startsOn,
    endsOn: meeting.endsOn,
    timeZone: meeting.timeZone,
    venue: meeting.venue,
    onlineUrl: meeting.onlineUrl,
    languages: meeting.languages,
    interpretation: meeting.interpretation ? 'on' : '',
    'balanceTargets.minWomenPercent': pct(meeting.balanceTargets.minWomenPercent),
    'balanceTargets.minNonGovernmentPercent': pct(meeting.balanceTargets.minNonGovernmentPercent),
    'balanceTargets.maxSubregionPercent': pct(meeting.balanceTargets.maxSubregionPercent),
  };
}

/** Regions this organiser may hold a meeting for (a global meeting only for those who organise anywhere). */
export async function regionChoices(subject: Subject, lang: Locale, globalLabel: string) {
  const organised = organisedRegionIds(subject);
  const all = await listRegions();
  const allowed = organised === 'any' ? all : all.filter((r) => organised.includes(r.id));
  return [
    ...(organised === 'any' ? [{ id: null, name: globalLabel }] : []),
    ...allowed.map((r) => ({ id: r.id, name: r.name[lang] ?? r.name.en ?? r.id })),
  ];
}

export const timeZones: readonly string[] = Intl.supportedValuesOf('timeZone');

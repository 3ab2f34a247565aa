import { Form } from 'react-router';
import { isMeetingLanguage, meetingLanguages } from '#db/schema/meeting-values';
import { listStatements } from '~/modules/meetings/list-statements.server';
import { objectiveNumbers, parseObjectiveNumber } from '~/modules/reference/constants';
import { guardPublic } from '~/permissions/guard.server';
import { sortByText } from '~/platform/i18n/collation';
import { staticPage } from '~/ui/hydration';
import { useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { langOf } from '../accounts/shared.server';
import { StatementList } from '../meetings/statement-list';
import { countryNames, statementItems } from '../meetings/statement-views.server';
import type { Route } from './+types/index';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

/** The public statements repository: by state, objective, language and words, newest first. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const lang = langOf(params);
  const url = new URL(request.url);
  const names = await countryNames(lang);
  const rawCountry = (url.searchParams.get('country') ?? '').toUpperCase();
  const country = names.has(rawCountry) ? rawCountry : undefined;
  const objective = parseObjectiveNumber(url.searchParams.get('objective')) ?? undefined;
  const rawLanguage = url.searchParams.get('language') ?? '';
  const language = isMeetingLanguage(rawLanguage) ? rawLanguage : undefined;
  const q = (url.searchParams.get('q') ?? '').slice(0, 100);
  const { items, total } = await listStatements({
    subject: viewer.subject,
    filters: { country, objective, language, q: q || undefined },
    limit: 100,
  });
  return {
    filters: {
      country: country ?? '',
      objective: objective ? String(objective) : '',
      language: language ?? '',
      q,
    },
    countries: sortByText(
      [...names.entries()].map(([iso3, name]) => ({ iso3, name })),
      lang,
      (c) => c.name,
    ),
    items: statementItems(items, names, true),
    total,
  };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('meetings.statements.repositoryTitle') }));

export default function Statements({ loaderData }: Route.ComponentProps) {
  const { t, number } = useI18n();
  const { filters } = loaderData;
  const selectClass = 'rounded border border-slate-400 bg-white px-3 py-2';
  return (
    <article aria-labelledby="statements-title">
      <h1 id="statements-title" className="mb-2 text-2xl font-bold">
        {t('meetings.statements.repositoryTitle')}
      </h1>
      <p className="mb-4 max-w-3xl text-slate-700">{t('meetings.statements.repositoryIntro')}</p>
      <Form method="get" role="search" className="mb-6 flex flex-wrap items-end gap-3">
        <label className="flex flex-col">
          <span className="font-medium">{t('meetings.statements.words')}</span>
          <input name="q" type="search" dir="auto" defaultValue={filters.q} className={selectClass} />
        </label>
        <label className="flex flex-col">
          <span className="font-medium">{t('meetings.field.state')}</span>
          <select name="country" defaultValue={filters.country} className={selectClass}>
            <option value="">{t('common.all')}</option>
            {loaderData.countries.map((c) => (
              <option key={c.iso3} value={c.iso3}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          <span className="font-medium">{t('meetings.statements.objective')}</span>
          <select name="objective" defaultValue={filters.objective} className={selectClass}>
            <option value="">{t('common.all')}</option>
            {objectiveNumbers.map((n) => (
              <option key={n} value={n}>
                {t('meetings.objectiveNumber', { number: number(n) })}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          <span className="font-medium">{t('meetings.field.language')}</span>
          <select name="language" defaultValue={filters.language} className={selectClass}>
            <option value="">{t('common.all')}</option>
            {meetingLanguages.map((l) => (
              <option key={l} value={l}>
                {t(`meetings.unLanguage.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-brand-700 px-4 py-2 text-brand-800">
          {t('common.search')}
        </button>
      </Form>
      <p className="mb-3" role="status">
        {t('meetings.statements.count', { count: loaderData.total })}
      </p>
      <StatementList items={loaderData.items} empty={t('meetings.statements.noneFound')} />
    </article>
  );
}

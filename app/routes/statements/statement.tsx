import { getStatement } from '~/modules/meetings/get-statement.server';
import { guardPublic } from '~/permissions/guard.server';
import { orErrorPage } from '~/platform/http/error-page';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import { countryNames } from '../meetings/statement-views.server';
import type { Route } from './+types/statement';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

/** One statement: who delivered it, at which meeting and when, its text and the objectives addressed. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const { statement, meeting, objectives, file } = await orErrorPage(() =>
    getStatement({ subject: viewer.subject, statementId: params.id }),
  );
  const names = await countryNames(langOf(params));
  return {
    speaker: statement.countryIso3
      ? (names.get(statement.countryIso3) ?? statement.countryIso3)
      : statement.speakerName,
    speakerKind: statement.speakerKind,
    language: statement.language,
    deliveredOn: statement.deliveredOn,
    title: statement.title,
    body: statement.body,
    file: file ? { id: file.id, name: file.name } : null,
    objectives,
    meeting: { id: meeting.id, title: meeting.title },
  };
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({ title: i18n.t('meetings.statements.pageTitle', { speaker: loaderData.speaker }) })
      : null,
  );

export default function Statement({ loaderData }: Route.ComponentProps) {
  const { t, date, number } = useI18n();
  const href = useHref();
  const s = loaderData;
  return (
    <article aria-labelledby="statement-title">
      <Breadcrumbs
        items={[
          { to: href('/statements'), label: t('meetings.statements.repositoryTitle') },
          { label: s.speaker },
        ]}
      />
      <h1 id="statement-title" className="mb-2 text-2xl font-bold">
        {t('meetings.statements.pageTitle', { speaker: s.speaker })}
      </h1>
      {Object.keys(s.title).length ? (
        <TranslatedText value={s.title} as="p" className="mb-2 text-lg" />
      ) : null}
      <p className="mb-4 text-sm text-slate-700">
        {t(`meetings.speakerKind.${s.speakerKind}`)} ·{' '}
        {date(s.deliveredOn, { dateStyle: 'long', timeZone: 'UTC' })} ·{' '}
        {t(`meetings.unLanguage.${s.language}`)} ·{' '}
        <a className="underline" href={href(`/meetings/${s.meeting.id}`)}>
          <TranslatedText value={s.meeting.title} />
        </a>
      </p>
      {s.objectives.length ? (
        <p className="mb-4">
          {t('meetings.agenda.objectives')}{' '}
          {s.objectives.map((n, i) => (
            <span key={n}>
              {i ? '، ' : ''}
              <a className="underline" href={href(`/objectives/${n}`)}>
                {t('meetings.objectiveNumber', { number: number(n) })}
              </a>
            </span>
          ))}
        </p>
      ) : null}
      <TranslatedText value={s.body} as="div" className="max-w-3xl whitespace-pre-line" />
      {s.file ? (
        <p className="mt-4">
          <a href={href(`/files/${s.file.id}`)} className="underline" download>
            {t('meetings.statement.download')}
          </a>{' '}
          (<bdi>{s.file.name}</bdi>)
        </p>
      ) : null}
    </article>
  );
}

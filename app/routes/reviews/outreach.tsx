import { Form, Link, redirect } from 'react-router';
import type { Locale } from '#db/schema/columns';
import { publicBaseUrl } from '~/modules/accounts/links.server';
import { getCycle } from '~/modules/reviews/cycles/get-cycle.server';
import {
  composeInvitation,
  getCycleLetter,
  letterValuesFor,
  saveCycleLetter,
} from '~/modules/reviews/outreach/cycle-letter.server';
import { letterPlaceholders } from '~/modules/reviews/outreach/letter';
import { letterBodyMax, letterSubjectMax } from '~/modules/reviews/outreach/outreach-schema';
import { inviteStatesNow } from '~/modules/reviews/outreach/send-invitations.server';
import { outreachLog } from '~/modules/reviews/outreach/tracker-outreach.server';
import { loadTemplateSections } from '~/modules/reviews/review-records.server';
import { guard } from '~/permissions/guard.server';
import { attemptForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { getDb } from '~/platform/platform.server';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { CsrfInput, FormAlert, SubmitButton, valueOf as submitted, TextArea, TextField } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/outreach';
import { noticeOf } from './cycle-pages.server';
import { CycleTabs, PageSection } from './cycle-ui';

const notices = ['letterSaved', 'invited', 'nobodyNew'] as const;
const languages: Locale[] = ['ar', 'en'];

/**
 * A cycle's outreach, for its region's secretariat: the invitation letter (edited before the cycle
 * opens, shown as it will read), who was written to and when, and the states nobody can be reached at.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guard(request, 'reviews.cycles.manage');
  const letter = await orErrorPage(() =>
    getCycleLetter({ subject: viewer.subject, cycleId: params.cycleId }),
  );
  const detail = await orErrorPage(() => getCycle({ subject: viewer.subject, cycleId: params.cycleId }));
  const { cycle } = letter;
  const db = getDb();
  const [log, sections] = await Promise.all([
    outreachLog(db, cycle.id),
    cycle.templateId ? loadTemplateSections(db, cycle.templateId) : Promise.resolve([]),
  ]);
  const names = new Map(detail.states.map((s) => [s.iso3, s.name]));
  const sample = detail.states[0];
  const preview = Object.fromEntries(
    languages.map((locale) => [
      locale,
      sample
        ? composeInvitation({
            locale,
            digits: locale === 'ar' ? 'arab' : 'latn',
            stored: {
              subject: { [locale]: letter.letters[locale].subject },
              body: { [locale]: letter.letters[locale].body },
            },
            values: letterValuesFor(cycle, sample.name, '{name}', locale, locale === 'ar' ? 'arab' : 'latn'),
            link: `${publicBaseUrl()}/${locale}/reviews/cycles/${cycle.id}`,
            templateSections: sections,
          })
        : null,
    ]),
  ) as Record<Locale, { subject: string; text: string } | null>;
  const invitedStates = new Set(log.filter((m) => m.kind === 'invitation').map((m) => m.iso3));
  return {
    cycle: { id: cycle.id, title: cycle.title, status: cycle.status, regionId: cycle.regionId },
    version: letter.version,
    letters: letter.letters,
    preview,
    log: log.map((m) => ({ ...m, sentAt: m.sentAt.toISOString(), state: names.get(m.iso3) ?? {} })),
    notInvited: cycle.status === 'draft' ? [] : detail.states.filter((s) => !invitedStates.has(s.iso3)),
    outcomePublished: detail.outcomePublished,
    synthesisPublished: detail.synthesisPublished,
    notice: noticeOf(request, notices),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'reviews.cycles.manage');
  const done = await attemptForm(
    { request, context },
    {
      run: async (input, form) => {
        if (form.get('intent') === 'invite') {
          const sent = await inviteStatesNow({
            subject: viewer.subject,
            cycleId: params.cycleId,
            baseUrl: publicBaseUrl(),
            requestId: context.requestId,
          });
          return sent.sent.length ? ('invited' as const) : ('nobodyNew' as const);
        }
        await saveCycleLetter({
          subject: viewer.subject,
          cycleId: params.cycleId,
          expectedVersion: Number(form.get('version')),
          input,
          requestId: context.requestId,
        });
        return 'letterSaved' as const;
      },
    },
  );
  if (!done.ok) return done.response;
  return redirect(`/${langOf(params)}/reviews/cycles/${params.cycleId}/outreach?notice=${done.value}`);
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.t('reviews-outreach.outreach.title', { title: i18n.pick(loaderData.cycle.title).text }),
        })
      : null,
  );

export default function Outreach({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick, date, list } = useI18n();
  const href = useHref();
  const { cycle, letters, preview, log, notInvited, notice } = loaderData;
  const result = submission(actionData);
  const errors = (name: string) => result?.fieldErrors?.[name];
  const tt = (key: string, values?: Record<string, string | number>) =>
    t(`reviews-outreach.outreach.${key}`, values);
  const base = `/reviews/cycles/${cycle.id}`;
  return (
    <article aria-labelledby="page-title">
      <Breadcrumbs
        items={[
          { to: href('/reviews'), label: t('reviews-cycles.index.title') },
          { to: href(base), label: pick(cycle.title).text },
          { label: tt('crumb') },
        ]}
      />
      <h1 id="page-title" className="mb-4 text-2xl font-bold">
        {tt('title', { title: pick(cycle.title).text })}
      </h1>
      <CycleTabs
        cycleId={cycle.id}
        current="outreach"
        show={{
          outcome: loaderData.outcomePublished,
          synthesis: loaderData.synthesisPublished,
          tracker: true,
          outreach: true,
          edit: true,
          outcomeEdit: true,
        }}
      />
      {notice ? <FormAlert tone="success">{tt(`notice.${notice}`)}</FormAlert> : null}
      <FormAlert error={result?.formError} />
      <ul className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link to={href(`/reviews/contacts/${cycle.regionId}`)}>{tt('registryLink')}</Link>
        </li>
        <li>
          <Link to={href(`${base}/workshops`)}>{tt('workshopsLink')}</Link>
        </li>
        {cycle.status !== 'draft' ? (
          <li>
            <Link to={href(`${base}/received/upload`)}>{tt('receivedLink')}</Link>
          </li>
        ) : null}
      </ul>

      <PageSection id="letter-title" title={tt('letter')}>
        <p className="mb-3 max-w-3xl text-slate-700">
          {tt(cycle.status === 'draft' ? 'letterIntroDraft' : 'letterIntroOpen', {
            placeholders: list(letterPlaceholders.map((p) => `{${p}}`)),
          })}
        </p>
        <Form method="post" noValidate className="max-w-3xl">
          <CsrfInput />
          <input type="hidden" name="intent" value="letter" />
          <input type="hidden" name="version" value={loaderData.version} />
          {languages.map((l) => (
            <fieldset
              key={l}
              className="mb-4 rounded border border-slate-300 p-4"
              lang={l}
              dir={l === 'ar' ? 'rtl' : 'ltr'}
            >
              <legend className="px-1 font-medium">{t(`reviews-outreach.language.${l}`)}</legend>
              <TextField
                label={tt('subject')}
                name={`subject.${l}`}
                maxLength={letterSubjectMax}
                defaultValue={submitted(result, `subject.${l}`, letters[l].subject)}
                errors={errors(`subject.${l}`)}
              />
              <TextArea
                label={tt('body')}
                name={`body.${l}`}
                rows={12}
                maxLength={letterBodyMax}
                defaultValue={submitted(result, `body.${l}`, letters[l].body)}
                errors={errors(`body.${l}`)}
              />
            </fieldset>
          ))}
          <SubmitButton>{tt('saveLetter')}</SubmitButton>
        </Form>
        {languages.map((l) =>
          preview[l] ? (
            <details key={l} className="mt-4 max-w-3xl rounded border border-slate-200 bg-white p-3">
              <summary className="cursor-pointer font-medium">
                {tt('preview', { language: t(`reviews-outreach.language.${l}`) })}
              </summary>
              <div lang={l} dir={l === 'ar' ? 'rtl' : 'ltr'} className="mt-2">
                <p className="font-semibold">{preview[l].subject}</p>
                <p className="mt-2 whitespace-pre-line">{preview[l].text}</p>
              </div>
            </details>
          ) : null,
        )}
      </PageSection>

      {cycle.status === 'open' ? (
        <PageSection id="invite-title" title={tt('inviteNow')}>
          <p className="mb-3 max-w-3xl text-slate-700">{tt('inviteNowIntro')}</p>
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="intent" value="invite" />
            <SubmitButton>{tt('inviteNowSubmit')}</SubmitButton>
          </Form>
        </PageSection>
      ) : null}

      <PageSection id="log-title" title={tt('log')}>
        {notInvited.length ? (
          <FormAlert tone="info">
            {tt('notInvited', {
              count: notInvited.length,
              states: list(notInvited.map((s) => pick(s.name).text)),
            })}
          </FormAlert>
        ) : null}
        {log.length ? (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-sm">
              <caption className="sr-only">{tt('log')}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="p-2 text-start">
                    {tt('col.sentAt')}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {tt('col.kind')}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {tt('col.state')}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {tt('col.to')}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {tt('col.language')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {log.map((m) => (
                  <tr key={m.id} className="border-b border-slate-100">
                    <td className="p-2">{date(m.sentAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                    <td className="p-2">{tt(`kind.${m.kind}`)}</td>
                    <td className="p-2">
                      <bdi>{pick(m.state).text}</bdi>
                    </td>
                    <td className="p-2" dir="ltr">
                      {m.email}
                    </td>
                    <td className="p-2">{t(`reviews-outreach.language.${m.locale}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="text-slate-700">{tt(cycle.status === 'draft' ? 'logEmptyDraft' : 'logEmpty')}</p>
        )}
      </PageSection>
    </article>
  );
}

import { data, Form, redirect } from 'react-router';
import { championCriteria, considerationOutcomes } from '#db/schema/instrument-values';
import {
  championLinks,
  getChampion,
  listConsiderations,
} from '~/modules/instruments/champions/champion-records.server';
import { recordConsideration } from '~/modules/instruments/champions/record-consideration.server';
import { saveChampion } from '~/modules/instruments/champions/save-champion.server';
import { canManageInstruments } from '~/modules/instruments/instruments-policy';
import { LONG_TEXT_MAX } from '~/modules/instruments/instruments-schema';
import { guard, guardPublic } from '~/permissions/guard.server';
import { attemptForm, type SubmissionResult } from '~/platform/forms.server';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { CsrfInput, FormAlert, SelectField, SubmitButton, TextArea, TextField } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { Link } from '~/ui/link';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/champion';
import {
  type FormValues,
  LinesField,
  OriginalLanguageField,
  RecordBadges,
  Sources,
  StatusField,
  TranslatedFields,
  translatedValues,
  useFields,
} from './instrument-fields';

/**
 * A champion country: when it joined, its commitments, the Network support it asked for and was
 * given, and what Marsad holds about it (plan, reviews, pledges, statements). The Network secretariat
 * keeps the entry and records its considerations against the initiative's criteria.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const champion = await getChampion({ subject: viewer.subject, iso3: params.iso3 });
  if (!champion) throw data({ code: 'notFound' }, { status: 404 });
  const mayManage = canManageInstruments(viewer.subject);
  const [links, considerations] = await Promise.all([
    championLinks({ iso3: champion.countryIso3 }),
    mayManage ? listConsiderations({ iso3: champion.countryIso3 }) : Promise.resolve([]),
  ]);
  const notice = new URL(request.url).searchParams.get('notice');
  return {
    champion,
    links,
    mayManage,
    considerations: considerations.map((c) => ({
      id: c.id,
      consideredOn: c.consideredOn,
      criteria: c.criteria,
      notes: c.notes,
      outcome: c.outcome,
    })),
    notice: notice === 'saved' || notice === 'considered' ? (notice as 'saved' | 'considered') : null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'instruments.manage');
  const done = await attemptForm(
    { request, context },
    {
      run: async (input): Promise<unknown> =>
        input.intent === 'consider'
          ? recordConsideration({
              subject: viewer.subject,
              input: { ...input, countryIso3: params.iso3 },
              requestId: context.requestId,
            })
          : saveChampion({
              subject: viewer.subject,
              input: { ...input, countryIso3: params.iso3 },
              requestId: context.requestId,
            }),
      extra: (form) => ({ intent: String(form.get('intent') ?? 'save') }),
    },
  );
  if (!done.ok) return done.response;
  const notice = done.form.get('intent') === 'consider' ? 'considered' : 'saved';
  throw redirect(`/${langOf(params)}/champions/${params.iso3.toUpperCase()}?notice=${notice}`);
}

/** The figure a criterion's name carries ("360 degrees"), in the reader's digits. */
const criteriaFigures = { degrees: 360 };

export const meta: Route.MetaFunction = ({ loaderData, matches }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.t('instruments.champion.title', {
            name: i18n.pick(loaderData.champion.countryName).text,
          }),
        })
      : null,
  );

const typeKeys = ['national_review', 'pledge', 'statement'] as const;

export default function Champion({ loaderData, actionData }: Route.ComponentProps) {
  const { t, date } = useI18n();
  const href = useHref();
  const { champion: c, links } = loaderData;
  const result = actionData as (SubmissionResult & { intent?: string }) | undefined;
  const saveResult = result?.intent === 'consider' ? undefined : result;
  const considerResult = result?.intent === 'consider' ? result : undefined;
  const values: FormValues = {
    joinedOn: c.joinedOn ?? '',
    originalLanguage: c.originalLanguage,
    status: c.status,
    sources: c.sources.join('\n'),
    ...translatedValues('commitments', c.commitments),
    ...translatedValues('supportRequested', c.supportRequested),
    ...translatedValues('supportGiven', c.supportGiven),
  };
  const save = useFields(saveResult, values);
  const consider = useFields(considerResult);
  const chosen = new Set(Object.keys(considerResult?.values ?? {}).filter((k) => k.startsWith('criteria.')));
  return (
    <article aria-labelledby="champion-title">
      <Breadcrumbs
        items={[
          { to: href('/champions'), label: t('instruments.champions.title') },
          { label: t('instruments.champion.crumb') },
        ]}
      />
      <h1 id="champion-title" className="text-3xl font-bold">
        <TranslatedText value={c.countryName} />
        <RecordBadges confirmation={c.confirmation} status={c.status} />
      </h1>
      <p className="mt-2">
        <Link to={href(`/countries/${c.countryIso3}`)}>{t('instruments.champion.countryPage')}</Link>
      </p>
      {loaderData.notice ? (
        <FormAlert tone="success">{t(`instruments.champion.notice.${loaderData.notice}`)}</FormAlert>
      ) : null}
      <dl className="mt-6 grid max-w-3xl gap-y-3 rounded border border-slate-200 bg-white p-4">
        <dt className="font-medium">{t('instruments.champions.joined')}</dt>
        <dd>{c.joinedOn ? date(c.joinedOn) : t('instruments.champions.joinedUnknown')}</dd>
        {(['commitments', 'supportRequested', 'supportGiven'] as const).map((k) => (
          <div key={k} className="contents">
            <dt className="font-medium">{t(`instruments.champion.${k}`)}</dt>
            <dd>
              {c[k].ar || c[k].en ? (
                <TranslatedText as="p" value={c[k]} className="whitespace-pre-line" />
              ) : (
                <span className="text-slate-600">{t('instruments.notRecorded')}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <Sources sources={c.sources} />

      <section aria-labelledby="in-marsad" className="mt-8">
        <h2 id="in-marsad" className="text-xl font-bold">
          {t('instruments.champion.inMarsad')}
        </h2>
        <ul className="mt-3 space-y-1">
          <li>
            {links.hasPlan ? (
              <Link to={href(`/plans/${c.countryIso3}`)}>{t('instruments.champion.plan')}</Link>
            ) : (
              t('instruments.champion.noPlan')
            )}
          </li>
        </ul>
        {typeKeys.map((type) => {
          const items = links.items.filter((i) => i.type === type).slice(0, 5);
          return (
            <div key={type} className="mt-3">
              <h3 className="font-bold">{t(`content.type.${type}.other`)}</h3>
              {items.length ? (
                <ul className="ms-4 list-disc">
                  {items.map((i) => (
                    <li key={i.id}>
                      <Link to={href(i.path)}>
                        <TranslatedText value={i.title} />
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-slate-600">{t('instruments.champion.none')}</p>
              )}
            </div>
          );
        })}
      </section>

      {loaderData.mayManage ? (
        <>
          <section aria-labelledby="edit-champion" className="mt-10 max-w-3xl">
            <h2 id="edit-champion" className="text-xl font-bold">
              {t('instruments.champion.edit')}
            </h2>
            <Form method="post" className="mt-4" noValidate>
              <CsrfInput />
              <input type="hidden" name="intent" value="save" />
              <input type="hidden" name="version" value={c.version} />
              <FormAlert error={saveResult?.formError} />
              <TextField
                label={t('instruments.champions.joined')}
                name="joinedOn"
                type="date"
                defaultValue={save.v('joinedOn')}
                errors={save.errors('joinedOn')}
              />
              <OriginalLanguageField result={saveResult} values={values} />
              {(['commitments', 'supportRequested', 'supportGiven'] as const).map((k) => (
                <TranslatedFields
                  key={k}
                  name={k}
                  label={{ ar: t(`instruments.champion.${k}Ar`), en: t(`instruments.champion.${k}En`) }}
                  rows={3}
                  maxLength={LONG_TEXT_MAX}
                  result={saveResult}
                  values={values}
                />
              ))}
              <LinesField
                name="sources"
                label={t('instruments.sources')}
                result={saveResult}
                values={values}
                ltr
              />
              <StatusField result={saveResult} values={values} />
              <SubmitButton>{t('instruments.form.save')}</SubmitButton>
            </Form>
          </section>

          <section aria-labelledby="considerations" className="mt-10 max-w-3xl">
            <h2 id="considerations" className="text-xl font-bold">
              {t('instruments.consideration.title')}
            </h2>
            <p className="mt-2">{t('instruments.consideration.intro')}</p>
            {loaderData.considerations.length ? (
              <ul className="mt-4 space-y-3">
                {loaderData.considerations.map((k) => (
                  <li key={k.id} className="rounded border border-slate-200 bg-white p-3">
                    <p className="font-bold">
                      {date(k.consideredOn)} — {t(`instruments.consideration.outcome.${k.outcome}`)}
                    </p>
                    <ul className="mt-1 text-sm">
                      {championCriteria.map((cr) => (
                        <li key={cr}>
                          {k.criteria[cr] ? '✓' : '✗'} {t(`instruments.criteria.${cr}`, criteriaFigures)}
                        </li>
                      ))}
                    </ul>
                    {k.notes ? (
                      <p className="mt-1 whitespace-pre-line">
                        <bdi>{k.notes}</bdi>
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
            <Form method="post" className="mt-4" noValidate>
              <CsrfInput />
              <input type="hidden" name="intent" value="consider" />
              <FormAlert error={considerResult?.formError} />
              <TextField
                label={t('instruments.consideration.date')}
                name="consideredOn"
                type="date"
                defaultValue={consider.v('consideredOn')}
                errors={consider.errors('consideredOn')}
              />
              <fieldset className="mb-4">
                <legend className="font-medium">{t('instruments.consideration.criteria')}</legend>
                {championCriteria.map((cr) => (
                  <label key={cr} className="mt-1 flex items-start gap-2">
                    <input
                      type="checkbox"
                      name={`criteria.${cr}`}
                      defaultChecked={chosen.has(`criteria.${cr}`)}
                    />
                    <span>{t(`instruments.criteria.${cr}`, criteriaFigures)}</span>
                  </label>
                ))}
              </fieldset>
              <TextArea
                label={t('instruments.consideration.notes')}
                name="notes"
                rows={3}
                maxLength={LONG_TEXT_MAX}
                defaultValue={consider.v('notes')}
                errors={consider.errors('notes')}
              />
              <SelectField
                label={t('instruments.consideration.outcomeLabel')}
                name="outcome"
                defaultValue={consider.v('outcome') || 'pending'}
                errors={consider.errors('outcome')}
              >
                {considerationOutcomes.map((o) => (
                  <option key={o} value={o}>
                    {t(`instruments.consideration.outcome.${o}`)}
                  </option>
                ))}
              </SelectField>
              <SubmitButton>{t('instruments.consideration.save')}</SubmitButton>
            </Form>
          </section>
        </>
      ) : null}
    </article>
  );
}

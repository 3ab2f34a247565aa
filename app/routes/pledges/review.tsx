import { data, Form, redirect } from 'react-router';
import type { Translated } from '#db/schema/columns';
import { publicBaseUrl } from '~/modules/accounts/links.server';
import { getPledge } from '~/modules/pledges/get-pledge.server';
import { COMMENT_MAX_LENGTH } from '~/modules/pledges/pledge-schema';
import { reviewDecisions } from '~/modules/pledges/review-pledge.server';
import { guard } from '~/permissions/guard.server';
import { parseForm, readForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { CsrfInput, FormAlert, SubmitButton, TextArea } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TableScroll } from '~/ui/table-scroll';
import { TranslatedText } from '~/ui/translated-text';
import { errorsOf, submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/review';
import { QualityPanel } from './form-pledge';
import { pledgeFormOptions, pledgerNameOf } from './form-pledge.server';
import { decide, reviewFormSchema } from './review-actions.server';

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: `${i18n.t('pledges-form.review.title')}: ${i18n.pick(loaderData.detail.pledge.title).text}`,
        })
      : null,
  );

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guard(request, 'pledges.review');
  const detail = await orErrorPage(() => getPledge({ subject: viewer.subject, pledgeId: params.id }));
  const options = await pledgeFormOptions(langOf(params));
  const { tags } = detail;
  const done = new URL(request.url).searchParams.get('done');
  return {
    detail,
    pledgerName: await pledgerNameOf(detail),
    labels: {
      objectives: options.objectives.filter((o) => tags.objectives.includes(o.number)),
      principles: options.principles.filter((p) => tags.principles.includes(p.key)),
      countries: options.countries.filter((c) => tags.countries.includes(c.iso3)),
      regions: options.regions.filter((r) => tags.regions.includes(r.id)),
    },
    decisions: reviewDecisions.filter((d) => (detail.actions as string[]).includes(d)),
    done: (reviewDecisions as readonly string[]).includes(done ?? '') ? done : null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'pledges.review');
  const form = await readForm(request, context);
  const parsed = parseForm(form, reviewFormSchema);
  if (!parsed.ok) return data(parsed.result, { status: 400 });
  const refused = await decide(form, {
    subject: viewer.subject,
    pledgeId: params.id,
    decision: parsed.data.decision,
    comment: parsed.data.comment,
    version: parsed.data.version,
    baseUrl: publicBaseUrl(),
    requestId: context.requestId,
  });
  if (refused) return refused;
  return redirect(`/${langOf(params)}/pledges/${params.id}/review?done=${parsed.data.decision}`);
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="font-medium">{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Names({ items }: { items: { name: Translated }[] }) {
  const { t, pick, list } = useI18n();
  if (!items.length) return <>{t('pledges-form.none')}</>;
  return <bdi>{list(items.map((i) => pick(i.name).text))}</bdi>;
}

export default function ReviewPledge({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick, number, date } = useI18n();
  const { detail, pledgerName, labels, decisions, done } = loaderData;
  const { pledge, indicators, partners, transitions } = detail;
  const result = submission(actionData);
  const sent = result?.values.decision;
  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-4xl">
      {done ? <FormAlert tone="success">{t(`pledges-form.review.done.${done}`)}</FormAlert> : null}
      <p className="text-sm text-slate-600">{t('pledges-form.review.title')}</p>
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        <TranslatedText value={pledge.title} />
      </h1>
      <p className="mb-4" data-status={pledge.status}>
        {t('pledges-form.statusLabel')} {t(`pledges-form.status.${pledge.status}`)}
      </p>

      <dl className="mb-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <Row label={t('pledges-form.field.pledger')}>
          <TranslatedText value={pledgerName} />
        </Row>
        <Row label={t('pledges-form.field.kind')}>{t(`pledges-form.kind.${pledge.kind}`)}</Row>
        <Row label={t('pledges-form.field.forms')}>
          {pledge.forms.map((f) => t(`pledges-form.form.${f}`)).join(t('pledges-form.listSeparator'))}
        </Row>
        {pledge.financialAmount !== null && pledge.financialCurrency ? (
          <Row label={t('pledges-form.field.financialAmount')}>
            <bdi>
              {number(pledge.financialAmount, { style: 'currency', currency: pledge.financialCurrency })}
            </bdi>
          </Row>
        ) : null}
        <Row label={t('pledges-form.field.objectives')}>
          <ul>
            {labels.objectives.map((o) => (
              <li key={o.number}>
                {t('pledges-form.objectiveLabel', {
                  number: number(o.number),
                  label: pick(o.shortLabel).text,
                })}
              </li>
            ))}
          </ul>
        </Row>
        <Row label={t('pledges-form.field.principles')}>
          <Names items={labels.principles} />
        </Row>
        <Row label={t('pledges-form.field.level')}>{t(`pledges-form.level.${pledge.level}`)}</Row>
        <Row label={t('pledges-form.field.countries')}>
          <Names items={labels.countries} />
        </Row>
        <Row label={t('pledges-form.field.regions')}>
          <Names items={labels.regions} />
        </Row>
        <Row label={t('pledges-form.field.startDate')}>
          {pledge.startDate ? date(pledge.startDate) : t('pledges-form.none')}
        </Row>
        <Row label={t('pledges-form.field.endDate')}>
          {pledge.endDate ? date(pledge.endDate) : t('pledges-form.none')}
        </Row>
        <Row label={t('pledges-form.field.originalLanguage')}>
          {t(`pledges-form.lang.${pledge.originalLanguage}`)}
        </Row>
      </dl>

      <section aria-labelledby="description-title" className="mb-6">
        <h2 id="description-title" className="mb-2 text-xl font-semibold">
          {t('pledges-form.review.description')}
        </h2>
        {(['ar', 'en'] as const).map((lang) =>
          pledge.description[lang] ? (
            <div key={lang} className="mb-3">
              <h3 className="text-sm font-medium text-slate-600">{t(`pledges-form.lang.${lang}`)}</h3>
              <p className="whitespace-pre-line" lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
                <bdi>{pledge.description[lang]}</bdi>
              </p>
            </div>
          ) : null,
        )}
      </section>

      <section aria-labelledby="indicators-title" className="mb-6">
        <h2 id="indicators-title" className="mb-2 text-xl font-semibold">
          {t('pledges-form.field.indicators')}
        </h2>
        {indicators.length ? (
          <TableScroll>
            <table className="w-full border-collapse text-start">
              <thead>
                <tr className="border-b border-slate-400">
                  <th scope="col" className="p-2 text-start">
                    {t('pledges-form.indicator.name')}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {t('pledges-form.indicator.unit')}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {t('pledges-form.indicator.baseline')}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {t('pledges-form.indicator.target')}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {t('pledges-form.indicator.dueDate')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {indicators.map((i) => (
                  <tr key={i.id} className="border-b border-slate-200">
                    <td className="p-2">
                      <TranslatedText value={i.name} />
                    </td>
                    <td className="p-2">
                      <bdi>{i.unit}</bdi>
                    </td>
                    <td className="p-2">
                      {i.baseline === null ? t('pledges-form.none') : number(i.baseline)}
                    </td>
                    <td className="p-2">{number(i.target)}</td>
                    <td className="p-2">{i.dueDate ? date(i.dueDate) : t('pledges-form.none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : (
          <p>{t('pledges-form.none')}</p>
        )}
      </section>

      {partners.length ? (
        <section aria-labelledby="partners-title" className="mb-6">
          <h2 id="partners-title" className="mb-2 text-xl font-semibold">
            {t('pledges-form.field.partners')}
          </h2>
          <ul className="ms-5 list-disc">
            {partners.map((p) => (
              <li key={p.id}>
                {p.organisationName ? (
                  <TranslatedText value={p.organisationName} />
                ) : (
                  <bdi>{p.countryIso3}</bdi>
                )}{' '}
                <span className="text-sm text-slate-700">
                  {t(p.confirmedAt ? 'pledges-form.partnerConfirmed' : 'pledges-form.partnerUnconfirmed')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {detail.findings ? <QualityPanel findings={detail.findings} /> : null}

      {transitions.length ? (
        <section aria-labelledby="history-title" className="mb-6">
          <h2 id="history-title" className="mb-2 text-xl font-semibold">
            {t('pledges-form.review.history')}
          </h2>
          <ol className="ms-5 list-decimal">
            {transitions.map((tr) => (
              <li key={tr.id}>
                {t('pledges-form.review.historyItem', {
                  from: t(`pledges-form.status.${tr.fromStatus}`),
                  to: t(`pledges-form.status.${tr.toStatus}`),
                  date: date(tr.at),
                })}
                {tr.comment ? (
                  <p className="whitespace-pre-line text-sm">
                    <bdi>{tr.comment}</bdi>
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="decide-title" className="mb-10">
        <h2 id="decide-title" className="mb-2 text-xl font-semibold">
          {t('pledges-form.review.decide')}
        </h2>
        {result && !result.fieldErrors.comment ? <FormAlert error={result.formError} /> : null}
        {decisions.length === 0 ? <p>{t('pledges-form.review.noDecision')}</p> : null}
        {decisions.map((decision) => (
          <Form key={decision} method="post" noValidate className="mb-4 rounded border border-slate-300 p-4">
            <CsrfInput />
            <input type="hidden" name="decision" value={decision} />
            <input type="hidden" name="version" value={pledge.version} />
            <p className="mb-2 text-sm text-slate-700">{t(`pledges-form.review.hint.${decision}`)}</p>
            {decision === 'requestChanges' ? (
              <TextArea
                label={t('pledges-form.review.comment')}
                name="comment"
                rows={4}
                maxLength={COMMENT_MAX_LENGTH}
                required
                defaultValue={sent === decision ? String(result?.values.comment ?? '') : ''}
                errors={sent === decision ? errorsOf(result, 'comment') : undefined}
              />
            ) : null}
            <SubmitButton>{t(`pledges-form.review.decision.${decision}`)}</SubmitButton>
          </Form>
        ))}
      </section>
    </article>
  );
}

import { redirect } from 'react-router';
import { listCitedParagraphs } from '~/modules/content/paragraph-citations.server';
import { getPledge } from '~/modules/pledges/get-pledge.server';
import { isPledgeEditor, isPledger } from '~/modules/pledges/pledge-policy';
import { inputFromValues, qualityOfValues } from '~/modules/pledges/quality-of-form';
import { submissionErrors } from '~/modules/pledges/submission-check';
import { submitPledge } from '~/modules/pledges/submit-pledge.server';
import { updatePledge } from '~/modules/pledges/update-pledge.server';
import { guardSignedIn } from '~/permissions/guard.server';
import { can } from '~/permissions/resolver';
import { forbidden } from '~/platform/errors';
import { formValues, readForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { FormAlert } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/edit';
import { PledgeForm, UnderServed } from './form-pledge';
import {
  confirmedPartnersOf,
  pledgeFormOptions,
  pledgerNameOf,
  refuse,
  underServedObjectives,
  valuesFromPledge,
  withAnotherRow,
} from './form-pledge.server';
import { type FormValues, formState } from './form-values';

const notices = ['saved', 'submitRefused'] as const;

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, loaderData ? (i18n) => ({ title: i18n.t('pledges-form.editTitle') }) : null);

async function editablePledge(request: Request, pledgeId: string) {
  // Signed-in users; the pledge decides: its pledger, or the reviewer who drafted it on its behalf.
  const viewer = await guardSignedIn(request);
  const detail = await orErrorPage(async () => {
    const found = await getPledge({ subject: viewer.subject, pledgeId });
    if (!isPledgeEditor(viewer.subject, found.pledge)) throw forbidden();
    return found;
  });
  return { viewer, detail };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { viewer, detail } = await editablePledge(request, params.id);
  const lang = langOf(params);
  if (!detail.canEdit) throw redirect(`/${lang}/pledges/${params.id}`);
  const search = new URL(request.url).searchParams;
  const options = await pledgeFormOptions(lang);
  const notice = notices.find((n) => search.has(n)) ?? null;
  const values: FormValues = {
    ...valuesFromPledge(detail),
    citations: (await listCitedParagraphs(viewer.subject, { type: 'pledge', id: detail.pledge.id }))
      .map((c) => c.path)
      .join('\n'),
  };
  const lastRequest = [...detail.transitions].reverse().find((tr) => tr.toStatus === 'changes_requested');
  return {
    id: detail.pledge.id,
    version: detail.pledge.version,
    status: detail.pledge.status,
    current: { title: detail.pledge.title, description: detail.pledge.description },
    values,
    findings: detail.findings ?? [],
    pledgerName: await pledgerNameOf(detail),
    pledgerIsState: Boolean(detail.pledge.countryIso3),
    confirmedPartners: [...confirmedPartnersOf(detail)],
    reviewerComment: detail.pledge.status === 'changes_requested' ? (lastRequest?.comment ?? null) : null,
    options,
    underServed: await underServedObjectives(detail.pledge, options.objectives),
    notice,
    // After "submit" on the new-pledge page: the refusals of the saved draft, beside their fields.
    submissionErrors:
      notice === 'submitRefused' ? submissionErrors(detail.pledge, detail.indicators, detail.partners) : null,
    canAttach: isPledger(viewer.subject, detail.pledge),
    canInvite: can(viewer.subject, 'users.invite'),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { viewer, detail } = await editablePledge(request, params.id);
  const form = await readForm(request, context);
  const intent = String(form.get('intent') ?? 'save');
  const confirmedPartners = confirmedPartnersOf(detail);
  if (intent === 'addIndicator' || intent === 'addPartner')
    return withAnotherRow(form, intent, { confirmedPartners });
  const values = formValues(form);
  const findings = qualityOfValues(values, { confirmedPartners });
  const lang = langOf(params);
  const pledgeId = detail.pledge.id;
  let version: number;
  try {
    const after = await updatePledge({
      subject: viewer.subject,
      pledgeId,
      expectedVersion: Number(form.get('version')),
      input: inputFromValues(values),
      requestId: context.requestId,
    });
    version = after.version;
  } catch (error) {
    return refuse(form, error, findings);
  }
  if (intent !== 'submit') return redirect(`/${lang}/pledges/${pledgeId}/edit?saved=1`);
  try {
    await submitPledge({
      subject: viewer.subject,
      pledgeId,
      expectedVersion: version,
      requestId: context.requestId,
    });
  } catch (error) {
    return refuse(form, error, findings);
  }
  return redirect(`/${lang}/pledges/mine?submitted=1`);
}

export default function EditPledge({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  const { current, notice, reviewerComment } = loaderData;
  const state =
    formState(actionData) ??
    (loaderData.submissionErrors
      ? {
          status: 'error' as const,
          values: loaderData.values,
          fieldErrors: loaderData.submissionErrors,
          findings: loaderData.findings,
        }
      : undefined);
  const stale = state?.formError?.code === 'staleVersion';
  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-3xl">
      {notice ? (
        <FormAlert tone={notice === 'saved' ? 'success' : 'error'}>
          {t(`pledges-form.notice.${notice}`)}
        </FormAlert>
      ) : null}
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        {t('pledges-form.editTitle')}
      </h1>
      <p className="mb-4 text-sm text-slate-700">
        {t('pledges-form.statusLabel')} {t(`pledges-form.status.${loaderData.status}`)}
      </p>
      {reviewerComment ? (
        <section
          aria-labelledby="comment-title"
          className="mb-6 rounded border-s-4 border-amber-600 bg-amber-50 p-3"
        >
          <h2 id="comment-title" className="font-semibold">
            {t('pledges-form.reviewerComment')}
          </h2>
          <p className="whitespace-pre-line">
            <bdi>{reviewerComment}</bdi>
          </p>
        </section>
      ) : null}
      {stale ? (
        <section
          aria-labelledby="stale-title"
          className="mb-4 rounded border border-slate-300 bg-slate-50 p-3 text-sm"
        >
          <h2 id="stale-title" className="font-semibold">
            {t('pledges-form.stale.title')}
          </h2>
          <p className="mb-2">{t('pledges-form.stale.intro')}</p>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
            <dt>{t('pledges-form.field.titleAr')}</dt>
            <dd>
              <bdi lang="ar">{current.title.ar ?? ''}</bdi>
            </dd>
            <dt>{t('pledges-form.field.titleEn')}</dt>
            <dd>
              <bdi lang="en">{current.title.en ?? ''}</bdi>
            </dd>
            <dt>{t('pledges-form.field.descriptionAr')}</dt>
            <dd className="whitespace-pre-line">
              <bdi lang="ar">{current.description.ar ?? ''}</bdi>
            </dd>
            <dt>{t('pledges-form.field.descriptionEn')}</dt>
            <dd className="whitespace-pre-line">
              <bdi lang="en">{current.description.en ?? ''}</bdi>
            </dd>
          </dl>
        </section>
      ) : null}
      <UnderServed hint={loaderData.underServed} />
      {loaderData.canAttach ? (
        <p className="mb-6">
          <a href={href(`/pledges/${loaderData.id}/attachments`)}>{t('pledges-support.files.manage')}</a>
        </p>
      ) : null}
      <PledgeForm
        options={loaderData.options}
        values={state?.values ?? loaderData.values}
        state={state}
        version={loaderData.version}
        pledgerName={loaderData.pledgerName}
        pledgerIsState={loaderData.pledgerIsState}
        findings={state?.findings ?? loaderData.findings}
        canInvite={loaderData.canInvite}
        confirmedPartners={loaderData.confirmedPartners}
      />
    </article>
  );
}

import { data, redirect } from 'react-router';
import { createPledge } from '~/modules/pledges/create-pledge.server';
import { mayCreatePledges, mayPledgeOnBehalf } from '~/modules/pledges/pledge-policy';
import { qualityCheck } from '~/modules/pledges/quality-check';
import { inputFromValues, qualityOfValues } from '~/modules/pledges/quality-of-form';
import { submitPledge } from '~/modules/pledges/submit-pledge.server';
import { guardSignedIn } from '~/permissions/guard.server';
import { can, type Subject } from '~/permissions/resolver';
import { isAppError } from '~/platform/errors';
import { formValues, readForm } from '~/platform/forms.server';
import { useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/new';
import { PledgeForm, UnderServed } from './form-pledge';
import {
  parsePledger,
  pledgeFormOptions,
  pledgerChoices,
  refuse,
  underServedObjectives,
  withAnotherRow,
} from './form-pledge.server';
import { formState } from './form-values';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('pledges-form.newTitle') }));

/** Members and focal points, and reviewers or administrators pledging on behalf of others. */
async function guardCreate(request: Request): Promise<{ subject: Subject }> {
  const viewer = await guardSignedIn(request);
  if (!mayCreatePledges(viewer.subject)) throw data({ code: 'forbidden' }, { status: 403 });
  return viewer;
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardCreate(request);
  const pledgers = await pledgerChoices(viewer.subject, langOf(params));
  if (!pledgers.length) throw data({ code: 'forbidden' }, { status: 403 });
  const options = await pledgeFormOptions(langOf(params));
  return {
    pledgers,
    options,
    // For the user's first organisation or state (the one preselected when there is only one);
    // none when choosing among every organisation and state on their behalf.
    underServed: mayPledgeOnBehalf(viewer.subject)
      ? { radar: [], review: null }
      : await underServedObjectives(parsePledger(pledgers[0]!.value), options.objectives),
    findings: qualityCheck({ pledge: {}, today: new Date() }),
    canInvite: can(viewer.subject, 'users.invite'),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardCreate(request);
  const form = await readForm(request, context);
  const intent = String(form.get('intent') ?? 'save');
  if (intent === 'addIndicator' || intent === 'addPartner') return withAnotherRow(form, intent);
  const values = formValues(form);
  const findings = qualityOfValues(values);
  const pledger = parsePledger(typeof values.pledger === 'string' ? values.pledger : undefined);
  const lang = langOf(params);
  let pledgeId: string;
  try {
    const pledge = await createPledge({
      subject: viewer.subject,
      ...pledger,
      input: inputFromValues(values),
      requestId: context.requestId,
    });
    pledgeId = pledge.id;
  } catch (error) {
    return refuse(form, error, findings);
  }
  if (intent !== 'submit') return redirect(`/${lang}/pledges/${pledgeId}/edit?saved=1`);
  try {
    await submitPledge({ subject: viewer.subject, pledgeId, requestId: context.requestId });
  } catch (error) {
    if (!isAppError(error)) throw error;
    // The draft is kept; its page shows why it cannot be submitted yet.
    return redirect(`/${lang}/pledges/${pledgeId}/edit?submitRefused=1`);
  }
  return redirect(`/${lang}/pledges/mine?submitted=1`);
}

export default function NewPledge({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const state = formState(actionData);
  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-3xl">
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        {t('pledges-form.newTitle')}
      </h1>
      <p className="mb-6 text-slate-700">{t('pledges-form.intro')}</p>
      <UnderServed hint={loaderData.underServed} />
      <PledgeForm
        options={loaderData.options}
        values={state?.values ?? {}}
        state={state}
        pledgers={loaderData.pledgers}
        findings={state?.findings ?? loaderData.findings}
        canInvite={loaderData.canInvite}
      />
    </article>
  );
}

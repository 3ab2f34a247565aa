import { data, Form, redirect } from 'react-router';
import { getIndicatorByCode } from '~/modules/indicators/indicator-records.server';
import {
  reinstateIndicator,
  removeIndicator,
  updateIndicator,
} from '~/modules/indicators/save-indicator.server';
import { listObjectives } from '~/modules/reference/list-objectives.server';
import { guard } from '~/permissions/guard.server';
import { attemptForm, readForm, type SubmissionResult } from '~/platform/forms.server';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { CsrfInput, SubmitButton } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/indicator-edit';
import { IndicatorForm } from './indicator-fields';

/** The Network secretariat edits an indicator, removes it (retired when it has values) or reinstates it. */
async function load(request: Request, code: string) {
  const viewer = await guard(request, 'indicators.manage');
  const indicator = await getIndicatorByCode({ code });
  if (!indicator) throw data({ code: 'notFound' }, { status: 404 });
  return { viewer, indicator };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { indicator: i } = await load(request, params.code);
  const { items } = await listObjectives({ withTitle: false });
  return {
    indicator: { code: i.code, name: i.name, version: i.version, retired: i.retiredAt !== null },
    record: {
      values: {
        code: i.code,
        'name.ar': i.name.ar ?? '',
        'name.en': i.name.en ?? '',
        'definition.ar': i.definition.ar ?? '',
        'definition.en': i.definition.en ?? '',
        sdgIndicator: i.sdgIndicator ?? '',
        unit: i.unit,
        'source.ar': i.source.ar ?? '',
        'source.en': i.source.en ?? '',
        provisional: i.provisional ? 'on' : '',
      },
      objectives: i.objectives,
      disaggregations: i.disaggregations,
      version: i.version,
    },
    objectives: items.map((o) => ({ number: o.number, label: o.shortLabel })),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { viewer, indicator } = await load(request, params.code);
  const form = await readForm(request, context);
  const intent = String(form.get('intent') ?? 'save');
  const lang = langOf(params);
  const page = `/${lang}/indicators/${encodeURIComponent(indicator.code)}`;
  const common = { subject: viewer.subject, indicatorId: indicator.id, requestId: context.requestId };
  if (intent === 'remove' || intent === 'reinstate') {
    const expectedVersion = Number(form.get('version'));
    const done = await attemptForm(form, () =>
      intent === 'remove'
        ? removeIndicator({ ...common, expectedVersion }).then((r) => r.outcome)
        : reinstateIndicator({ ...common, expectedVersion }).then(() => 'reinstated' as const),
    );
    if (!done.ok) return done.response;
    throw redirect(
      done.value === 'deleted' ? `/${lang}/indicators?notice=deleted` : `${page}?notice=${done.value}`,
    );
  }
  const done = await attemptForm(form, { run: (input) => updateIndicator({ ...common, input }) });
  if (!done.ok) return done.response;
  throw redirect(`${page}?notice=saved`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('indicators.edit.title') }));

export default function IndicatorEdit({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  const { indicator } = loaderData;
  const result = actionData as SubmissionResult | undefined;
  return (
    <>
      <Breadcrumbs
        items={[
          { to: href('/indicators'), label: t('indicators.title') },
          { to: href(`/indicators/${encodeURIComponent(indicator.code)}`), label: indicator.code },
          { label: t('indicators.edit.title') },
        ]}
      />
      <h1 className="text-3xl font-bold">
        <bdi dir="ltr">{indicator.code}</bdi> <TranslatedText value={indicator.name} />
      </h1>
      {indicator.retired ? (
        <p role="note" className="mt-3 max-w-3xl rounded border border-amber-300 bg-amber-50 p-3">
          {t('indicators.edit.retiredNote')}
        </p>
      ) : null}
      <IndicatorForm
        result={result}
        record={loaderData.record}
        objectives={loaderData.objectives}
        codeFixed
        submitLabel={t('indicators.edit.save')}
      />
      <section aria-labelledby="remove" className="mt-8 max-w-3xl border-t border-slate-300 pt-4">
        <h2 id="remove" className="text-xl font-bold">
          {indicator.retired ? t('indicators.edit.reinstateHeading') : t('indicators.edit.removeHeading')}
        </h2>
        <p className="mt-1">
          {indicator.retired ? t('indicators.edit.reinstateIntro') : t('indicators.edit.removeIntro')}
        </p>
        <Form method="post" className="mt-3">
          <CsrfInput />
          <input type="hidden" name="intent" value={indicator.retired ? 'reinstate' : 'remove'} />
          <input type="hidden" name="version" value={indicator.version} />
          <SubmitButton>
            {indicator.retired ? t('indicators.edit.reinstate') : t('indicators.edit.remove')}
          </SubmitButton>
        </Form>
      </section>
    </>
  );
}

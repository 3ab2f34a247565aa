import { data, Link } from 'react-router';
import type { Translated } from '#db/schema/columns';
import { listCitedParagraphs } from '~/modules/content/paragraph-citations.server';
import { getPledge } from '~/modules/pledges/get-pledge.server';
import { listPledgeFiles } from '~/modules/pledges/pledge-attachments.server';
import { canReadPledgeFiles, isPledger } from '~/modules/pledges/pledge-policy';
import { listSupportForPledge } from '~/modules/pledges/support/list-support-requests.server';
import { canAskSupport, canHandleSupport } from '~/modules/pledges/support/support-policy';
import { sdgTarget } from '~/modules/reference/sdg-targets';
import { guardPublic } from '~/permissions/guard.server';
import { AppError } from '~/platform/errors';
import { LineChart } from '~/ui/charts/line-chart';
import { FormAlert } from '~/ui/forms';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { Paragraphs } from '~/ui/paragraphs';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/pledge';
import { FileList } from './pledge-files';
import { FreshnessBadge, ObjectiveNumber, PledgeStatusBadge } from './registry-badges';
import { registryReference } from './registry-reference.server';
import { SupportRequestBody } from './support-parts';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  let detail: Awaited<ReturnType<typeof getPledge>>;
  try {
    // Published and closed pledges are public; others only for the pledger, partners and reviewers.
    detail = await getPledge({ subject: viewer.subject, pledgeId: params.id });
  } catch (error) {
    if (error instanceof AppError && error.status === 404) throw data({ code: 'notFound' }, { status: 404 });
    throw error;
  }
  const reference = await registryReference();
  const names = <K,>(list: { key: K; name: Translated }[], keys: K[]) =>
    keys.map((key) => ({ key, name: list.find((x) => x.key === key)?.name ?? {} }));
  const countryName = (iso3: string | null) =>
    iso3 ? (reference.countries.find((c) => c.key === iso3)?.name ?? {}) : {};
  const { pledge } = detail;
  const notice = new URL(request.url).searchParams.get('notice');
  const progressAdded = notice === 'progressAdded';
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  const subject = viewer.subject;
  const [files, support, citations] = await Promise.all([
    canReadPledgeFiles(subject, pledge)
      ? listPledgeFiles({ pledgeId: pledge.id, updateIds: detail.updates.map((u) => u.id) })
      : null,
    listSupportForPledge({ subject, pledgeId: pledge.id }),
    listCitedParagraphs(subject, { type: 'pledge', id: pledge.id }),
  ]);
  const fileView = (f: { fileId: string; originalName: string; contentType: string; sizeBytes: number }) => ({
    fileId: f.fileId,
    originalName: f.originalName,
    contentType: f.contentType,
    sizeBytes: f.sizeBytes,
  });
  return {
    progressAdded,
    supportRequested: notice === 'supportRequested',
    files: files?.pledge.map(fileView) ?? [],
    pledgerTools: {
      canManageFiles: isPledger(subject, pledge),
      canReportProgress: detail.canReportProgress,
      canAskSupport: canAskSupport(subject, pledge),
    },
    support: {
      visible: isPledger(subject, pledge) || canHandleSupport(subject) || support.length > 0,
      isSecretariat: canHandleSupport(subject),
      requests: support.map((r) => ({
        id: r.id,
        kind: r.kind,
        status: r.status,
        description: r.description,
        objectives: r.objectives,
        reply: r.reply,
        replyLanguage: r.replyLanguage,
        repliedAt: iso(r.repliedAt),
        createdAt: iso(r.createdAt)!,
      })),
    },
    pledge: {
      id: pledge.id,
      title: pledge.title,
      description: pledge.description,
      status: pledge.status,
      kind: pledge.kind,
      forms: pledge.forms,
      level: pledge.level,
      financialAmount: pledge.financialAmount,
      financialCurrency: pledge.financialCurrency,
      startDate: pledge.startDate,
      endDate: pledge.endDate,
      publishedAt: iso(pledge.publishedAt),
      closedAt: iso(pledge.closedAt),
      isSample: pledge.isSample,
      isPublic: pledge.status === 'published' || pledge.status === 'closed',
    },
    pledger: pledge.countryIso3
      ? { iso3: pledge.countryIso3, name: countryName(pledge.countryIso3), category: detail.pledgerCategory }
      : { iso3: null, name: detail.organisationName ?? {}, category: detail.pledgerCategory },
    sdgTargets: pledge.sdgTargets.flatMap((code) => sdgTarget(code) ?? []),
    citations,
    partners: detail.partners.map((p) => ({
      id: p.id,
      iso3: p.countryIso3,
      name: p.countryIso3 ? countryName(p.countryIso3) : (p.organisationName ?? {}),
      confirmed: Boolean(p.confirmedAt),
    })),
    objectives: names(reference.objectives, detail.tags.objectives),
    principles: names(reference.principles, detail.tags.principles),
    countries: names(reference.countries, detail.tags.countries),
    regions: names(reference.regions, detail.tags.regions),
    freshness: detail.freshness,
    indicators: detail.indicators.map((i) => {
      const points = detail.updates
        .flatMap((u) =>
          u.values.filter((v) => v.indicatorId === i.id).map((v) => ({ date: u.reportedOn, value: v.value })),
        )
        .sort((a, b) => a.date.localeCompare(b.date));
      return {
        id: i.id,
        name: i.name,
        unit: i.unit,
        baseline: i.baseline,
        target: i.target,
        dueDate: i.dueDate,
        latest: points.at(-1) ?? null,
        points,
      };
    }),
    updates: detail.updates.map((u) => ({
      id: u.id,
      reportedOn: u.reportedOn,
      status: u.status,
      narrative: u.narrative,
      files: (files?.updates.get(u.id) ?? []).map(fileView),
    })),
  };
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.pick(loaderData.pledge.title).text || i18n.t('pledges-registry.title'),
          description: i18n.pick(loaderData.pledge.description).text.slice(0, 160),
        })
      : null,
  );

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="mt-8">
      <h2 className="text-xl font-semibold">{title}</h2>
      <div className="mt-2">{children}</div>
    </section>
  );
}

export default function PledgePage({ loaderData }: Route.ComponentProps) {
  const { t, number, date, locale, pick } = useI18n();
  const href = useHref();
  const {
    pledge,
    pledger,
    partners,
    objectives,
    principles,
    sdgTargets,
    citations,
    countries,
    regions,
    freshness,
    indicators,
    updates,
    progressAdded,
    supportRequested,
    files,
    pledgerTools,
    support,
  } = loaderData;
  const day = (value: string | null) =>
    value ? date(value, { dateStyle: 'medium', timeZone: 'UTC' }) : null;
  const notSet = t('pledges-registry.notSet');
  const fmt = (value: number | null) => (value === null ? notSet : number(value));
  const dir = locale === 'ar' ? 'rtl' : 'ltr';

  return (
    <article>
      {progressAdded ? <FormAlert tone="success">{t('pledges-dashboard.progress.added')}</FormAlert> : null}
      {supportRequested ? (
        <FormAlert tone="success">{t('pledges-support.notice.requested')}</FormAlert>
      ) : null}
      <p>
        <Link to={href('/pledges')}>{t('pledges-registry.backToRegistry')}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">
        <TranslatedText value={pledge.title} />
      </h1>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <PledgeStatusBadge status={pledge.status} />
        {freshness ? <FreshnessBadge freshness={freshness} /> : null}
        {pledge.isSample ? (
          <span className="rounded bg-violet-100 px-1.5 py-0.5 text-xs font-medium text-violet-900">
            {t('common.sampleData')}
          </span>
        ) : null}
      </div>
      {!pledge.isPublic ? (
        <p className="mt-3 rounded bg-amber-50 p-3 text-amber-900">
          {t('pledges-registry.pledge.notPublic')}
        </p>
      ) : null}

      {pledgerTools.canManageFiles ? (
        <nav aria-label={t('pledges-support.tools.label')} className="mt-4">
          <ul className="flex flex-wrap gap-x-6 gap-y-1">
            {pledgerTools.canReportProgress ? (
              <li>
                <Link to={href(`/pledges/${pledge.id}/progress`)}>{t('pledges-support.tools.progress')}</Link>
              </li>
            ) : null}
            <li>
              <Link to={href(`/pledges/${pledge.id}/attachments`)}>{t('pledges-support.tools.files')}</Link>
            </li>
            {pledgerTools.canAskSupport ? (
              <li>
                <Link to={href(`/pledges/${pledge.id}/support`)}>
                  {t('pledges-support.tools.askSupport')}
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}

      <dl className="mt-6 grid gap-x-6 gap-y-3 sm:grid-cols-2">
        <div>
          <dt className="font-medium">{t('pledges-registry.pledge.pledger')}</dt>
          <dd>
            {pledger.iso3 ? (
              <Link to={href(`/countries/${pledger.iso3}`)}>
                <TranslatedText value={pledger.name} />
              </Link>
            ) : (
              <TranslatedText value={pledger.name} />
            )}
          </dd>
        </div>
        {pledger.category ? (
          <div>
            <dt className="font-medium">{t('pledges-registry.pledge.pledgerCategory')}</dt>
            <dd>{t(`pledges.category.${pledger.category}`)}</dd>
          </div>
        ) : null}
        <div>
          <dt className="font-medium">{t('pledges-registry.pledge.kind')}</dt>
          <dd>{t(`pledges-registry.kind.${pledge.kind}`)}</dd>
        </div>
        <div>
          <dt className="font-medium">{t('pledges-registry.pledge.forms')}</dt>
          <dd>
            {pledge.forms
              .map((f) => t(`pledges-registry.form.${f}`))
              .join(t('pledges-registry.listSeparator'))}
          </dd>
        </div>
        {pledge.financialAmount !== null && pledge.financialCurrency ? (
          <div>
            <dt className="font-medium">{t('pledges-registry.pledge.amount')}</dt>
            <dd>
              <bdi>
                {number(pledge.financialAmount, { style: 'currency', currency: pledge.financialCurrency })}
              </bdi>
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="font-medium">{t('pledges-registry.pledge.level')}</dt>
          <dd>{t(`pledges-registry.level.${pledge.level}`)}</dd>
        </div>
        <div>
          <dt className="font-medium">{t('pledges-registry.pledge.dates')}</dt>
          <dd>
            {t('pledges-registry.pledge.dateRange', {
              start: day(pledge.startDate) ?? notSet,
              end: day(pledge.endDate) ?? notSet,
            })}
          </dd>
        </div>
        {pledge.publishedAt ? (
          <div>
            <dt className="font-medium">{t('pledges-registry.pledge.publishedAt')}</dt>
            <dd>{day(pledge.publishedAt)}</dd>
          </div>
        ) : null}
        {pledge.closedAt ? (
          <div>
            <dt className="font-medium">{t('pledges-registry.pledge.closedAt')}</dt>
            <dd>{day(pledge.closedAt)}</dd>
          </div>
        ) : null}
      </dl>

      <Section title={t('pledges-registry.pledge.description')}>
        <Paragraphs value={pledge.description} className="max-w-3xl space-y-3" />
      </Section>

      {files.length ? (
        <Section title={t('pledges-support.files.attachments')}>
          <FileList files={files} />
        </Section>
      ) : null}

      {partners.length ? (
        <Section title={t('pledges-registry.pledge.partners')}>
          <ul className="list-disc ps-6">
            {partners.map((p) => (
              <li key={p.id}>
                <TranslatedText value={p.name} />{' '}
                <small className="ms-1 text-slate-700">
                  {t(
                    p.confirmed
                      ? 'pledges-registry.partner.confirmed'
                      : 'pledges-registry.partner.unconfirmed',
                  )}
                </small>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <Section title={t('pledges-registry.pledge.framework')}>
        <h3 className="font-medium">{t('pledges-registry.pledge.objectives')}</h3>
        <ul className="mt-1 space-y-1">
          {objectives.map((o) => (
            <li key={o.key} className="flex items-center gap-2">
              <ObjectiveNumber number={o.key} />
              <Link to={href(`/objectives/${o.key}`)}>
                <TranslatedText value={o.name} />
              </Link>
            </li>
          ))}
        </ul>
        {principles.length ? (
          <>
            <h3 className="mt-4 font-medium">{t('pledges-registry.pledge.principles')}</h3>
            <ul className="mt-1 list-disc ps-6">
              {principles.map((p) => (
                <li key={p.key}>
                  <Link to={href(`/principles/${p.key}`)}>
                    <TranslatedText value={p.name} />
                  </Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {sdgTargets.length ? (
          <>
            <h3 className="mt-4 font-medium">{t('pledges-registry.pledge.sdgTargets')}</h3>
            <ul className="mt-1 list-disc ps-6" data-testid="sdg-targets">
              {sdgTargets.map((s) => (
                <li key={s.code}>{t('pledges.sdgTarget', { code: s.code, title: pick(s.title).text })}</li>
              ))}
            </ul>
          </>
        ) : null}
        {citations.length ? (
          <>
            <h3 className="mt-4 font-medium">{t('pledges.detail.citations')}</h3>
            <ul className="mt-1 list-disc ps-6" data-testid="citations">
              {citations.map((c) => (
                <li key={c.path}>
                  <Link to={href(c.path)}>
                    <bdi>{pick(c.documentTitle).text}</bdi> <code dir="ltr">{c.eId}</code>
                  </Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Section>

      {countries.length || regions.length ? (
        <Section title={t('pledges-registry.pledge.geography')}>
          <ul className="flex flex-wrap gap-2">
            {countries.map((c) => (
              <li key={c.key}>
                <Link to={href(`/countries/${c.key}`)} className="rounded bg-slate-100 px-2 py-0.5">
                  <TranslatedText value={c.name} />
                </Link>
              </li>
            ))}
            {regions.map((r) => (
              <li key={r.key}>
                <Link to={href(`/regions/${r.key}`)} className="rounded bg-slate-100 px-2 py-0.5">
                  <TranslatedText value={r.name} />
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <Section title={t('pledges-registry.indicators.title')}>
        {indicators.length ? (
          <div className="relative overflow-x-auto">
            <table className="w-full border-collapse bg-white text-start">
              <thead>
                <tr className="border-b border-slate-300">
                  {(['name', 'unit', 'baseline', 'target', 'dueDate', 'latest'] as const).map((col) => (
                    <th key={col} scope="col" className="p-2 text-start">
                      {t(`pledges-registry.indicators.${col}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {indicators.map((i) => (
                  <tr key={i.id} className="border-b border-slate-200">
                    <th scope="row" className="p-2 text-start font-normal">
                      <TranslatedText value={i.name} />
                    </th>
                    <td className="p-2">
                      <bdi>{i.unit}</bdi>
                    </td>
                    <td className="p-2">{fmt(i.baseline)}</td>
                    <td className="p-2">{fmt(i.target)}</td>
                    <td className="p-2">{day(i.dueDate) ?? notSet}</td>
                    <td className="p-2">
                      {i.latest
                        ? t('pledges-registry.indicators.latestValue', {
                            value: number(i.latest.value),
                            date: day(i.latest.date),
                          })
                        : notSet}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t('pledges-registry.indicators.none')}</p>
        )}
        {indicators
          .filter((i) => i.points.length)
          .map((i) => {
            const name = i.name[locale] ?? i.name[locale === 'ar' ? 'en' : 'ar'] ?? i.unit;
            return (
              <figure key={i.id} className="mt-6 grid gap-4 md:grid-cols-2">
                <figcaption className="font-medium md:col-span-2">
                  <bdi>{name}</bdi>
                </figcaption>
                <LineChart
                  points={i.points}
                  dir={dir}
                  baseline={i.baseline}
                  target={i.target}
                  label={t('pledges-registry.chart.label', {
                    name,
                    count: i.points.length,
                    latest: number(i.latest!.value),
                    target: number(i.target),
                    unit: i.unit,
                  })}
                />
                <table className="h-fit border-collapse bg-white text-start text-sm">
                  <caption className="sr-only">{t('pledges-registry.chart.table', { name })}</caption>
                  <thead>
                    <tr className="border-b border-slate-300">
                      <th scope="col" className="p-1 text-start">
                        {t('pledges-registry.chart.date')}
                      </th>
                      <th scope="col" className="p-1 text-start">
                        {t('pledges-registry.chart.value')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {i.points.map((p) => (
                      <tr key={p.date} className="border-b border-slate-200">
                        <td className="p-1">{day(p.date)}</td>
                        <td className="p-1">{number(p.value)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </figure>
            );
          })}
      </Section>

      <Section title={t('pledges-registry.progress.title')}>
        {updates.length ? (
          <ol className="space-y-4 border-s-2 border-slate-200 ps-4">
            {updates.map((u) => (
              <li key={u.id}>
                <p className="font-medium">
                  <time dateTime={u.reportedOn}>{day(u.reportedOn)}</time>
                  <span className="ms-3 rounded bg-slate-100 px-1.5 py-0.5 text-xs">
                    {t(`pledges-registry.implementation.${u.status}`)}
                  </span>
                </p>
                <TranslatedText value={u.narrative} as="p" className="mt-1 whitespace-pre-line" />
                {u.files.length ? (
                  <div className="mt-1">
                    <p className="text-sm font-medium">{t('pledges-support.files.evidenceOf')}</p>
                    <FileList files={u.files} />
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        ) : (
          <p>{t('pledges-registry.progress.none')}</p>
        )}
      </Section>

      {support.visible ? (
        <section id="support" aria-labelledby="support-title" className="mt-8">
          <h2 id="support-title" className="text-xl font-semibold">
            {t('pledges-support.section.title')}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{t('pledges-support.section.private')}</p>
          {support.requests.length ? (
            <ul className="mt-3 space-y-4">
              {support.requests.map((r) => (
                <li key={r.id} className="rounded border border-slate-300 p-3">
                  <SupportRequestBody request={r} />
                  {support.isSecretariat ? (
                    <p className="mt-2">
                      <Link to={href(`/pledges/support/${r.id}`)}>{t('pledges-support.section.answer')}</Link>
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2">{t('pledges-support.section.none')}</p>
          )}
          {pledgerTools.canAskSupport ? (
            <p className="mt-3">
              <Link to={href(`/pledges/${pledge.id}/support`)}>{t('pledges-support.tools.askSupport')}</Link>
            </p>
          ) : null}
        </section>
      ) : null}
    </article>
  );
}

import { type FormEvent, Fragment, type ReactNode, useState } from 'react';
import { Form, Link } from 'react-router';
import type { Translated } from '#db/schema/columns';
import {
  organisationPledgerCategories,
  pledgeForms,
  pledgeKinds,
  pledgeLevels,
} from '#db/schema/pledge-values';
import { unreachablePartners } from '~/modules/pledges/partner-reach';
import {
  DESCRIPTION_MAX_LENGTH,
  DESCRIPTION_MIN_LENGTH,
  MAX_CITATIONS,
  MAX_INDICATORS,
  MAX_PARTNERS,
  TITLE_MAX_LENGTH,
} from '~/modules/pledges/pledge-schema';
import type { QualityFinding } from '~/modules/pledges/quality-check';
import { qualityOfValues, valuesOfFormData } from '~/modules/pledges/quality-of-form';
import { sdgTargets } from '~/modules/reference/sdg-targets';
import { ChoicePicker } from '~/ui/choice-picker';
import { CsrfInput, ErrorList, FormAlert, SelectField, TextArea, TextField } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import type { PledgeFormOptions, UnderServedHint } from './form-pledge.server';
import { type FormValues, INDICATOR_ROWS_MIN, PARTNER_ROWS_MIN, type PledgeFormState } from './form-values';

const one = (values: FormValues, name: string): string => {
  const v = values[name];
  return (Array.isArray(v) ? v[0] : v) ?? '';
};
const many = (values: FormValues, name: string): string[] => {
  const v = values[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
};
const rows = (values: FormValues, name: string, min: number, max: number) => {
  const n = Number(one(values, name));
  return Math.min(max, Math.max(min, Number.isFinite(n) ? n : min));
};

function Fieldset({ legend, hint, children }: { legend: ReactNode; hint?: ReactNode; children: ReactNode }) {
  return (
    <fieldset className="mb-6 rounded border border-slate-300 p-4">
      <legend className="px-1 font-semibold">{legend}</legend>
      {hint ? <p className="mb-3 text-sm text-slate-600">{hint}</p> : null}
      {children}
    </fieldset>
  );
}

function Check({
  name,
  value,
  checked,
  children,
}: {
  name: string;
  value: string;
  checked: boolean;
  children: ReactNode;
}) {
  return (
    <label className="flex items-start gap-2 py-1">
      <input type="checkbox" name={name} value={value} defaultChecked={checked} className="mt-1" />
      <span>{children}</span>
    </label>
  );
}

function Name({ value }: { value: Translated }) {
  const { pick } = useI18n();
  return <>{pick(value).text}</>;
}

/**
 * The quality findings of what the user typed, each explained; errors block submission. `live`:
 * the findings are announced politely as they change while the pledger types.
 */
export function QualityPanel({ findings, live = false }: { findings: QualityFinding[]; live?: boolean }) {
  const { t } = useI18n();
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  return (
    <section
      aria-labelledby="quality-title"
      className="mb-6 rounded border border-slate-300 bg-slate-50 p-4"
      data-testid="quality-panel"
    >
      <h2 id="quality-title" className="mb-2 text-lg font-semibold">
        {t('pledges.quality.title')}
      </h2>
      <div aria-live={live ? 'polite' : undefined}>
        {findings.length === 0 ? <p>{t('pledges.quality.none')}</p> : null}
        {[
          ['error', errors],
          ['warning', warnings],
        ].map(([severity, list]) =>
          (list as QualityFinding[]).length ? (
            <div key={severity as string} className="mb-2">
              <h3 className={`font-medium ${severity === 'error' ? 'text-red-800' : 'text-amber-900'}`}>
                {t(`pledges.quality.severity.${severity}`)}
              </h3>
              <ul className="ms-5 list-disc">
                {(list as QualityFinding[]).map((f) => (
                  <li key={f.code} data-finding={f.code}>
                    {t(`pledges.quality.${f.code}`, f.params)}
                  </li>
                ))}
              </ul>
            </div>
          ) : null,
        )}
      </div>
    </section>
  );
}

/**
 * Where the pledger's region is under-served: the coverage radar's least-covered objectives, and
 * the objectives the latest published regional synthesis found least reported, each linked to its
 * source.
 */
export function UnderServed({ hint }: { hint: UnderServedHint }) {
  const { t, pick, number, date } = useI18n();
  const href = useHref();
  const { radar, review } = hint;
  if (!radar.length && !review) return null;
  const objectiveLabel = (o: { objective: number; shortLabel: Translated }) =>
    t('pledges-form.objectiveLabel', { number: number(o.objective), label: pick(o.shortLabel).text });
  return (
    <section
      aria-labelledby="under-served-title"
      className="mb-6 rounded border border-sky-300 bg-sky-50 p-4"
    >
      <h2 id="under-served-title" className="mb-1 font-semibold">
        {t('pledges-form.underServed.title')}
      </h2>
      {radar.length ? (
        <>
          <p className="mb-2 text-sm">{t('pledges-form.underServed.intro')}</p>
          {radar.map(({ region, objectives }) => (
            <div key={region.id} className="mb-2">
              {radar.length > 1 ? <h3 className="font-medium">{pick(region.name).text}</h3> : null}
              <ul className="ms-5 list-disc">
                {objectives.map((o) => (
                  <li key={o.objective}>
                    {objectiveLabel(o)}{' '}
                    <span className="text-sm text-slate-700">
                      {t('pledges-form.underServed.count', { count: o.total })}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <p className="text-sm">
            <Link to={href('/coverage')}>{t('pledges-form.underServed.radar')}</Link>
          </p>
        </>
      ) : null}
      {review ? (
        <div className="mt-3">
          <p className="mb-2 text-sm">
            {t('pledges-form.underServed.review', {
              title: pick(review.cycleTitle).text,
              date: date(review.publishedAt, { dateStyle: 'long' }),
            })}
          </p>
          <ul className="ms-5 list-disc">
            {review.objectives.map((o) => (
              <li key={o.objective}>
                {objectiveLabel(o)}{' '}
                <span className="text-sm text-slate-700">
                  {t('pledges-form.underServed.reported', { count: o.count, states: review.statesInScope })}
                </span>
              </li>
            ))}
          </ul>
          <p className="text-sm">
            <Link to={href(`/reviews/cycles/${review.cycleId}/synthesis`)}>
              {t('pledges-form.underServed.synthesis')}
            </Link>
          </p>
        </div>
      ) : null}
    </section>
  );
}

export function PledgeForm({
  options,
  values,
  state,
  version,
  pledgers,
  pledgerName,
  pledgerIsState = false,
  findings,
  confirmedPartners = [],
  canInvite = false,
}: {
  options: PledgeFormOptions;
  /** The server's quality findings of these values (the panel's state without JavaScript). */
  findings: QualityFinding[];
  /** Partners that have confirmed, as 'o:<id>' / 'c:<ISO3>' (they raise no warning). */
  confirmedPartners?: string[];
  /** May the viewer invite people (an offer beside a partner nobody can answer for)? */
  canInvite?: boolean;
  values: FormValues;
  state?: PledgeFormState;
  version?: number;
  /** New pledge: the organisations and states the user may speak for. */
  pledgers?: { value: string; name: Translated; group?: 'organisation' | 'state' }[];
  /** Existing pledge: who makes it (it never changes). */
  pledgerName?: Translated | null;
  /** Existing pledge made by a state: its category is 'state', not asked. */
  pledgerIsState?: boolean;
}) {
  const { t, pick, number } = useI18n();
  const href = useHref();
  const errs = (name: string) => state?.fieldErrors[name];
  const partnerName = (key: string) =>
    pick(
      (key.startsWith('c:')
        ? options.countries.find((c) => `c:${c.iso3}` === key)?.name
        : options.organisations.find((o) => `o:${o.id}` === key)?.name) ?? {},
    ).text;
  const indicatorRows = rows(values, 'indicatorRows', INDICATOR_ROWS_MIN, MAX_INDICATORS);
  const partnerRows = rows(values, 'partnerRows', PARTNER_ROWS_MIN, MAX_PARTNERS);
  const checked = (name: string) => new Set(many(values, name));
  const forms = checked('forms');
  const objectives = checked('objectives');
  const principles = checked('principles');
  const sdgChecked = checked('sdgTargets');
  const hasFieldErrors = Boolean(state && Object.keys(state.fieldErrors).length);
  // With JavaScript the panel follows every change, by the rules the server applies on save.
  const [liveFindings, setLiveFindings] = useState<QualityFinding[] | null>(null);
  const [livePartners, setLivePartners] = useState<string[] | null>(null);
  // New findings from the server (a save refused, a row added) replace the browser's.
  const [serverFindings, setServerFindings] = useState(findings);
  if (serverFindings !== findings) {
    setServerFindings(findings);
    setLiveFindings(null);
    setLivePartners(null);
  }
  const partnerKeys = (v: FormValues) =>
    Array.from({ length: partnerRows }, (_, i) => one(v, `partners[${i}]`));
  const unreachable = new Set(
    unreachablePartners(livePartners ?? partnerKeys(values), new Set(options.reachablePartners)),
  );
  const recheck = (event: FormEvent<HTMLFormElement>) => {
    const current = valuesOfFormData(new FormData(event.currentTarget));
    setLiveFindings(qualityOfValues(current, { confirmedPartners: new Set(confirmedPartners) }));
    setLivePartners(partnerKeys(current));
  };

  return (
    <Form method="post" noValidate className="max-w-3xl" onInput={recheck} onChange={recheck}>
      <QualityPanel findings={liveFindings ?? findings} live />
      <CsrfInput />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <input type="hidden" name="indicatorRows" value={indicatorRows} />
      <input type="hidden" name="partnerRows" value={partnerRows} />
      {/* Enter in a field saves (the first submit button is the form's default). */}
      <button type="submit" name="intent" value="save" className="sr-only" tabIndex={-1} aria-hidden="true">
        {t('pledges-form.save')}
      </button>
      <FormAlert error={state?.formError} />
      {hasFieldErrors ? <FormAlert>{t('pledges-form.fixErrors')}</FormAlert> : null}

      {pledgers ? (
        <SelectField
          label={t('pledges-form.field.pledger')}
          hint={t('pledges-form.field.pledgerHint')}
          name="pledger"
          defaultValue={one(values, 'pledger') || (pledgers.length === 1 ? pledgers[0]!.value : '')}
          errors={[
            ...(errs('pledger') ?? []),
            ...(errs('organisationId') ?? []),
            ...(errs('countryIso3') ?? []),
          ]}
        >
          <option value="">{t('pledges-form.choose')}</option>
          {(['organisation', 'state'] as const).map((group) => {
            const members = pledgers.filter((p) => (p.group ?? 'organisation') === group);
            if (!members.length) return null;
            const options = members.map((p) => (
              <option key={p.value} value={p.value}>
                {pick(p.name).text}
              </option>
            ));
            // Group only a mixed list (reviewers choosing among all organisations and states).
            return pledgers.length > members.length ? (
              <optgroup
                key={group}
                label={t(
                  group === 'state' ? 'pledges-form.partnerStates' : 'pledges-form.partnerOrganisations',
                )}
              >
                {options}
              </optgroup>
            ) : (
              <Fragment key={group}>{options}</Fragment>
            );
          })}
        </SelectField>
      ) : (
        <p className="mb-4">
          <span className="font-medium">{t('pledges-form.field.pledger')}</span>{' '}
          <bdi>{pledgerName ? pick(pledgerName).text : ''}</bdi>
        </p>
      )}

      {pledgerIsState ? null : (
        <SelectField
          label={t('pledges-form.field.pledgerCategory')}
          hint={t(
            pledgers ? 'pledges-form.field.pledgerCategoryHintNew' : 'pledges-form.field.pledgerCategoryHint',
          )}
          name="pledgerCategory"
          defaultValue={one(values, 'pledgerCategory')}
          errors={errs('pledgerCategory')}
        >
          <option value="">{t('pledges-form.choose')}</option>
          {organisationPledgerCategories.map((c) => (
            <option key={c} value={c}>
              {t(`pledges.category.${c}`)}
            </option>
          ))}
        </SelectField>
      )}

      <Fieldset legend={t('pledges-form.section.text')} hint={t('pledges-form.section.textHint')}>
        <SelectField
          label={t('pledges-form.field.originalLanguage')}
          name="originalLanguage"
          defaultValue={one(values, 'originalLanguage') || 'ar'}
          errors={errs('originalLanguage')}
        >
          <option value="ar">{t('pledges-form.lang.ar')}</option>
          <option value="en">{t('pledges-form.lang.en')}</option>
        </SelectField>
        <ErrorList errors={errs('title')} />
        <TextField
          label={t('pledges-form.field.titleAr')}
          name="title.ar"
          lang="ar"
          maxLength={TITLE_MAX_LENGTH}
          defaultValue={one(values, 'title.ar')}
          errors={errs('title.ar')}
        />
        <TextField
          label={t('pledges-form.field.titleEn')}
          name="title.en"
          lang="en"
          maxLength={TITLE_MAX_LENGTH}
          defaultValue={one(values, 'title.en')}
          errors={errs('title.en')}
        />
        <ErrorList errors={errs('description')} />
        <TextArea
          label={t('pledges-form.field.descriptionAr')}
          hint={t('pledges-form.field.descriptionHint', {
            min: DESCRIPTION_MIN_LENGTH,
            max: DESCRIPTION_MAX_LENGTH,
          })}
          name="description.ar"
          lang="ar"
          rows={8}
          defaultValue={one(values, 'description.ar')}
          errors={errs('description.ar')}
        />
        <TextArea
          label={t('pledges-form.field.descriptionEn')}
          name="description.en"
          lang="en"
          rows={8}
          defaultValue={one(values, 'description.en')}
          errors={errs('description.en')}
        />
      </Fieldset>

      <Fieldset legend={t('pledges-form.section.kind')}>
        <SelectField
          label={t('pledges-form.field.kind')}
          hint={t('pledges-form.field.kindHint')}
          name="kind"
          defaultValue={one(values, 'kind') || 'individual'}
          errors={errs('kind')}
        >
          {pledgeKinds.map((k) => (
            <option key={k} value={k}>
              {t(`pledges-form.kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <h3 className="font-medium">{t('pledges-form.field.partners')}</h3>
        <p className="mb-2 text-sm text-slate-600">{t('pledges-form.field.partnersHint')}</p>
        <ErrorList errors={errs('partners')} />
        {Array.from({ length: partnerRows }, (_, i) => (
          <SelectField
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions
            key={i}
            label={t('pledges-form.partnerRow', { n: number(i + 1) })}
            name={`partners[${i}]`}
            defaultValue={one(values, `partners[${i}]`)}
            errors={Object.entries(state?.fieldErrors ?? {})
              .filter(([path]) => path.startsWith(`partners[${i}]`))
              .flatMap(([, errors]) => errors)}
          >
            <option value="">{t('pledges-form.partnerNone')}</option>
            <optgroup label={t('pledges-form.partnerOrganisations')}>
              {options.organisations.map((o) => (
                <option key={o.id} value={`o:${o.id}`}>
                  {pick(o.name).text}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('pledges-form.partnerStates')}>
              {options.countries.map((c) => (
                <option key={c.iso3} value={`c:${c.iso3}`}>
                  {pick(c.name).text}
                </option>
              ))}
            </optgroup>
          </SelectField>
        ))}
        <div aria-live="polite">
          {[...unreachable].map((key) => (
            <p
              key={key}
              className="mb-3 rounded border-s-4 border-amber-600 bg-amber-50 p-2 text-sm"
              data-unreachable-partner={key}
            >
              {t(key.startsWith('c:') ? 'pledges-form.partnerNoFocalPoint' : 'pledges-form.partnerNoMember', {
                name: partnerName(key),
              })}{' '}
              {canInvite ? (
                <a href={href('/admin/invite')}>{t('pledges-form.partnerInvite')}</a>
              ) : (
                t('pledges-form.partnerAskSecretariat')
              )}
            </p>
          ))}
        </div>
        {partnerRows < MAX_PARTNERS ? (
          <button
            type="submit"
            name="intent"
            value="addPartner"
            className="mb-4 rounded border border-brand-700 px-3 py-1 text-brand-800"
          >
            {t('pledges-form.addPartner')}
          </button>
        ) : null}
        <TextField
          label={t('pledges-form.field.matchesPledge')}
          hint={t('pledges-form.field.matchesPledgeHint')}
          name="matchesPledgeId"
          dir="ltr"
          defaultValue={one(values, 'matchesPledgeId')}
          errors={errs('matchesPledgeId')}
        />
      </Fieldset>

      <Fieldset legend={t('pledges-form.field.forms')}>
        <ErrorList errors={errs('forms')} />
        {pledgeForms.map((f) => (
          <Check key={f} name="forms" value={f} checked={forms.has(f)}>
            {t(`pledges-form.form.${f}`)}
          </Check>
        ))}
        <div className="mt-3 grid gap-x-4 sm:grid-cols-2">
          <TextField
            label={t('pledges-form.field.financialAmount')}
            name="financialAmount"
            inputMode="decimal"
            defaultValue={one(values, 'financialAmount')}
            errors={errs('financialAmount')}
          />
          <SelectField
            label={t('pledges-form.field.financialCurrency')}
            name="financialCurrency"
            defaultValue={one(values, 'financialCurrency')}
            errors={errs('financialCurrency')}
          >
            <option value="">{t('pledges-form.choose')}</option>
            {options.currencies.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </SelectField>
        </div>
      </Fieldset>

      <Fieldset legend={t('pledges-form.field.objectives')} hint={t('pledges-form.field.objectivesHint')}>
        <ErrorList errors={errs('objectives')} />
        <div className="grid gap-x-4 sm:grid-cols-2">
          {options.objectives.map((o) => (
            <Check
              key={o.number}
              name="objectives"
              value={String(o.number)}
              checked={objectives.has(String(o.number))}
            >
              {t('pledges-form.objectiveLabel', { number: number(o.number), label: pick(o.shortLabel).text })}
            </Check>
          ))}
        </div>
      </Fieldset>

      <Fieldset legend={t('pledges-form.field.principles')}>
        <ErrorList errors={errs('principles')} />
        {options.principles.map((p) => (
          <Check key={p.key} name="principles" value={p.key} checked={principles.has(p.key)}>
            <Name value={p.name} />
          </Check>
        ))}
      </Fieldset>

      <Fieldset legend={t('pledges-form.field.sdgTargets')} hint={t('pledges-form.field.sdgTargetsHint')}>
        <ErrorList errors={errs('sdgTargets')} />
        <div className="grid gap-x-4 sm:grid-cols-2">
          {sdgTargets.map((target) => (
            <Check
              key={target.code}
              name="sdgTargets"
              value={target.code}
              checked={sdgChecked.has(target.code)}
            >
              {t('pledges.sdgTarget', { code: target.code, title: pick(target.title).text })}
            </Check>
          ))}
        </div>
      </Fieldset>

      <TextArea
        label={t('pledges-form.field.citations')}
        hint={t('pledges-form.field.citationsHint', { max: MAX_CITATIONS })}
        name="citations"
        dir="ltr"
        rows={3}
        defaultValue={one(values, 'citations')}
        errors={errs('citations')}
      />

      <Fieldset legend={t('pledges-form.section.geography')} hint={t('pledges-form.section.geographyHint')}>
        <SelectField
          label={t('pledges-form.field.level')}
          name="level"
          defaultValue={one(values, 'level') || 'national'}
          errors={errs('level')}
        >
          {pledgeLevels.map((l) => (
            <option key={l} value={l}>
              {t(`pledges-form.level.${l}`)}
            </option>
          ))}
        </SelectField>
        <ChoicePicker
          label={t('pledges-form.field.countries')}
          name="countries"
          options={options.countries.map((c) => ({
            value: c.iso3,
            label: pick(c.name).text,
            aliases: [c.name.ar ?? '', c.name.en ?? ''],
          }))}
          defaultValue={many(values, 'countries')}
          errors={errs('countries')}
        />
        <SelectField
          label={t('pledges-form.field.regions')}
          hint={t('pledges-form.field.multiHint')}
          name="regions"
          multiple
          size={6}
          defaultValue={many(values, 'regions')}
          errors={errs('regions')}
        >
          {options.regions.map((r) => (
            <option key={r.id} value={r.id}>
              {pick(r.name).text}
            </option>
          ))}
        </SelectField>
      </Fieldset>

      <Fieldset legend={t('pledges-form.section.period')}>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField
            label={t('pledges-form.field.startDate')}
            name="startDate"
            type="date"
            defaultValue={one(values, 'startDate')}
            errors={errs('startDate')}
          />
          <TextField
            label={t('pledges-form.field.endDate')}
            name="endDate"
            type="date"
            defaultValue={one(values, 'endDate')}
            errors={errs('endDate')}
          />
        </div>
      </Fieldset>

      <Fieldset legend={t('pledges-form.field.indicators')} hint={t('pledges-form.field.indicatorsHint')}>
        {Array.from({ length: indicatorRows }, (_, i) => {
          const name = (f: string) => `indicators[${i}].${f}`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions
            <fieldset key={i} className="mb-4 border-b border-slate-200 pb-2">
              <legend className="font-medium">{t('pledges-form.indicatorRow', { n: number(i + 1) })}</legend>
              <ErrorList errors={errs(name('name'))} />
              <div className="grid gap-x-4 sm:grid-cols-2">
                <TextField
                  label={t('pledges-form.indicator.nameAr')}
                  name={name('name.ar')}
                  lang="ar"
                  defaultValue={one(values, name('name.ar'))}
                  errors={errs(name('name.ar'))}
                />
                <TextField
                  label={t('pledges-form.indicator.nameEn')}
                  name={name('name.en')}
                  lang="en"
                  defaultValue={one(values, name('name.en'))}
                  errors={errs(name('name.en'))}
                />
              </div>
              <div className="grid gap-x-4 sm:grid-cols-4">
                <TextField
                  label={t('pledges-form.indicator.unit')}
                  name={name('unit')}
                  defaultValue={one(values, name('unit'))}
                  errors={errs(name('unit'))}
                />
                <TextField
                  label={t('pledges-form.indicator.baseline')}
                  name={name('baseline')}
                  inputMode="decimal"
                  defaultValue={one(values, name('baseline'))}
                  errors={errs(name('baseline'))}
                />
                <TextField
                  label={t('pledges-form.indicator.target')}
                  name={name('target')}
                  inputMode="decimal"
                  defaultValue={one(values, name('target'))}
                  errors={errs(name('target'))}
                />
                <TextField
                  label={t('pledges-form.indicator.dueDate')}
                  name={name('dueDate')}
                  type="date"
                  defaultValue={one(values, name('dueDate'))}
                  errors={errs(name('dueDate'))}
                />
              </div>
            </fieldset>
          );
        })}
        <ErrorList errors={errs('indicators')} />
        {indicatorRows < MAX_INDICATORS ? (
          <button
            type="submit"
            name="intent"
            value="addIndicator"
            className="rounded border border-brand-700 px-3 py-1 text-brand-800"
          >
            {t('pledges-form.addIndicator')}
          </button>
        ) : null}
      </Fieldset>

      <Fieldset legend={t('pledges-form.field.refugeeOnlyLegend')}>
        <Check name="refugeeOnly" value="on" checked={one(values, 'refugeeOnly') === 'on'}>
          {t('pledges-form.field.refugeeOnly')}
        </Check>
        <ErrorList errors={errs('refugeeOnly')} />
      </Fieldset>

      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          name="intent"
          value="save"
          className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-800"
        >
          {t('pledges-form.save')}
        </button>
        <button
          type="submit"
          name="intent"
          value="submit"
          className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t('pledges-form.submit')}
        </button>
      </div>
    </Form>
  );
}

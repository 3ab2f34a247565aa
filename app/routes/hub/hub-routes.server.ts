import { asc } from 'drizzle-orm';
import { data } from 'react-router';
import { countries } from '#db/schema/reference';
import { listObjectives } from '~/modules/reference/list-objectives.server';
import { listPrinciples } from '~/modules/reference/list-principles.server';
import { listRegions } from '~/modules/reference/list-regions.server';
import { cachedReference } from '~/modules/reference/reference-cache.server';
import { isAppError } from '~/platform/errors';
import { type FieldError, formValues, type SubmissionResult } from '~/platform/forms.server';
import { getDb } from '~/platform/platform.server';

/** Runs a loader's domain call; an AppError becomes the error page with its status. */
export async function orErrorPage<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isAppError(error)) throw data({ code: error.code }, { status: error.status });
    throw error;
  }
}

/** Domain field paths (title.ar, abstract.en, objectives.0 …) to the Hub forms' field names. */
function formField(path: string): string {
  const [head, sub] = path.split('.');
  if ((head === 'title' || head === 'abstract') && (sub === 'ar' || sub === 'en')) {
    return `${head}${sub === 'ar' ? 'Ar' : 'En'}`;
  }
  if (head === 'title' || head === 'abstract') return `${head}Ar`;
  return head || '_form';
}

/**
 * A refused Hub form as its result (the error's status, the user's values kept): issues beside their
 * fields, anything else above the form. Not found and forbidden become the error page.
 */
export function hubFailure(form: FormData, error: unknown) {
  if (!isAppError(error)) throw error;
  if (error.status === 403 || error.status === 404)
    throw data({ code: error.code }, { status: error.status });
  const issues = (error.details as { issues?: { field: string; code: string }[] } | undefined)?.issues;
  const fieldErrors: Record<string, FieldError[]> = {};
  const one =
    issues ??
    (typeof error.params.field === 'string' ? [{ field: error.params.field, code: error.code }] : []);
  for (const issue of one) {
    const field = formField(issue.field);
    fieldErrors[field] = [...(fieldErrors[field] ?? []), { code: issue.code, params: error.params }];
  }
  const result: SubmissionResult = {
    status: 'error',
    values: formValues(form),
    fieldErrors,
    formError: { code: error.code, params: error.params },
  };
  return data(result, { status: error.status });
}

/** The reference lists the Hub's forms and filters name things from (cached 60 s). */
export function hubReference() {
  return cachedReference('hub:reference', async () => {
    const [objectives, principles, regions, countryRows] = await Promise.all([
      listObjectives({ withTitle: false }),
      listPrinciples(),
      listRegions(),
      getDb()
        .select({ iso3: countries.iso3, name: countries.name })
        .from(countries)
        .orderBy(asc(countries.iso3)),
    ]);
    return {
      objectives: objectives.items.map((o) => ({ key: o.number, name: o.shortLabel })),
      principles: principles.map((p) => ({ key: p.key, name: p.name })),
      regions: regions.map((r) => ({ key: r.id, name: r.name, kind: r.kind })),
      countries: countryRows.map((c) => ({ key: c.iso3, name: c.name })),
    };
  });
}
export type HubReference = Awaited<ReturnType<typeof hubReference>>;

/** The resource form's fields as the domain's input. */
export function resourceFormInput(form: FormData) {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : '';
  };
  const all = (name: string) =>
    form.getAll(name).filter((v): v is string => typeof v === 'string' && v !== '');
  return {
    title: { ar: text('titleAr'), en: text('titleEn') },
    abstract: { ar: text('abstractAr'), en: text('abstractEn') },
    originalLanguage: text('originalLanguage'),
    documentLanguages: all('documentLanguages'),
    type: text('type'),
    publisher: text('publisher'),
    authors: text('authors'),
    publicationDate: text('publicationDate'),
    audiences: all('audiences'),
    objectives: all('objectives'),
    principles: all('principles'),
    countries: all('countries'),
    regions: all('regions'),
    isGlobal: text('isGlobal'),
    licence: text('licence'),
    url: text('url'),
  };
}

import { planResource } from '~/modules/plans/plan-policy';
import { guard, guardResource } from '~/permissions/guard.server';

/** The version the form was opened with (0 when missing, which never matches). */
export const versionOf = (form: FormData) => {
  const n = Number(form.get('version'));
  return Number.isInteger(n) ? n : 0;
};

/**
 * The guard of the keepers' pages: anyone who keeps no plan anywhere is sent to sign in or refused
 * (403), and so is a focal point of another country.
 */
export async function keeperOf(request: Request, iso3: string) {
  await guard(request, 'plans.edit');
  return guardResource(request, 'plans.edit', planResource(iso3.trim().toUpperCase()));
}

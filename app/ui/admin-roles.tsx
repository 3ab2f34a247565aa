import { useEffect, useMemo, useState } from 'react';
import type { Translated } from '#db/schema/columns';
import { type AssignableRole, assignableRoles, roleScope, type ScopeType } from '~/permissions/matrix';
import type { FieldError } from '~/platform/forms.server';
import { sortByText } from '~/platform/i18n/collation';
import { SelectField } from './forms';
import { useI18n } from './i18n';

/** A role as a chip, with what it is scoped to (a region, a country or an organisation) beside it. */
export function RoleChip({
  role,
  scopeType,
  scopeId,
  scopeName,
}: {
  role: AssignableRole;
  scopeType: ScopeType;
  scopeId: string;
  scopeName: Translated | null;
}) {
  const { t, pick } = useI18n();
  const scope = scopeName ? pick(scopeName).text : '';
  return (
    <span className="inline-flex flex-wrap items-center gap-1 rounded border border-slate-300 bg-slate-50 px-2 py-0.5 text-sm">
      <span>{t(`admin.role.${role}`)}</span>
      {scopeType !== 'global' ? (
        <span className="border-s border-slate-300 ps-1 text-slate-700">
          <span className="sr-only">{t(`admin.scopeType.${scopeType}`)}</span>
          <bdi>{scope || scopeId}</bdi>
        </span>
      ) : null}
    </span>
  );
}

export type ScopeOptionLists = Record<
  'region' | 'country' | 'organisation',
  { id: string; name: Translated }[]
>;

/** The value a scope select sends: "<scope type>:<id>", so the server can check it fits the role. */
export function scopeValue(scopeType: ScopeType, scopeId: string): string {
  return scopeType === 'global' ? '' : `${scopeType}:${scopeId}`;
}

/**
 * Role select plus scope select. Without JavaScript the scope select lists every region, country
 * and organisation in groups (the server checks the choice fits the role); with JavaScript it
 * lists only the kind the chosen role needs, and disappears for global roles.
 */
export function RoleScopeFields({
  options,
  role: initialRole = '',
  scope: initialScope = '',
  roleErrors,
  scopeErrors,
  optional = false,
}: {
  options: ScopeOptionLists;
  role?: string;
  scope?: string;
  roleErrors?: FieldError[];
  scopeErrors?: FieldError[];
  /** Offer "no role" first (the invitation's initial role is optional). */
  optional?: boolean;
}) {
  const { t, pick, locale } = useI18n();
  const [role, setRole] = useState(initialRole);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const sorted = useMemo(() => {
    const sort = (list: { id: string; name: Translated }[]) =>
      sortByText(
        list.map((o) => ({ id: o.id, label: pick(o.name).text || o.id })),
        locale,
        (o) => o.label,
      );
    return {
      region: sort(options.region),
      country: sort(options.country),
      organisation: sort(options.organisation),
    };
  }, [options, pick, locale]);
  const needed: ScopeType | undefined =
    role && role in roleScope ? roleScope[role as AssignableRole] : undefined;
  const groups = (['region', 'country', 'organisation'] as const).filter(
    (type) => !hydrated || needed === type,
  );
  const showScope = !hydrated || (needed !== undefined && needed !== 'global');
  return (
    <>
      <SelectField
        label={t('admin.roleForm.role')}
        name="role"
        value={role}
        onChange={(e) => setRole(e.currentTarget.value)}
        errors={roleErrors}
        required={!optional}
      >
        <option value="">{optional ? t('admin.roleForm.noRole') : t('admin.roleForm.chooseRole')}</option>
        {assignableRoles.map((r) => (
          <option key={r} value={r}>
            {t(`admin.role.${r}`)}
          </option>
        ))}
      </SelectField>
      {showScope ? (
        <SelectField
          label={t('admin.roleForm.scope')}
          hint={hydrated ? undefined : t('admin.roleForm.scopeHint')}
          name="scope"
          defaultValue={initialScope}
          errors={scopeErrors}
          key={needed ?? 'all'}
        >
          <option value="">{t('admin.roleForm.noScope')}</option>
          {groups.map((type) => (
            <optgroup key={type} label={t(`admin.scopeType.${type}`)}>
              {sorted[type].map((o) => (
                <option key={o.id} value={scopeValue(type, o.id)}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
      ) : null}
    </>
  );
}

import type { AuditChange } from '~/modules/admin/audit-diff';
import { useI18n } from './i18n';
import { TableScroll } from './table-scroll';

/** The fields an audited change touched, old value beside new; values are user text, isolated in <bdi>. */
export function AuditChanges({ changes }: { changes: AuditChange[] }) {
  const { t } = useI18n();
  if (changes.length === 0) return <p className="text-sm text-slate-600">{t('admin.audit.noChanges')}</p>;
  return (
    <TableScroll>
      <table className="w-full text-sm">
        <caption className="sr-only">{t('admin.audit.changesCaption')}</caption>
        <thead>
          <tr className="text-start text-slate-600">
            <th scope="col" className="pe-3 text-start font-medium">
              {t('admin.audit.field')}
            </th>
            <th scope="col" className="pe-3 text-start font-medium">
              {t('admin.audit.before')}
            </th>
            <th scope="col" className="text-start font-medium">
              {t('admin.audit.after')}
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.field} className="align-top">
              <th scope="row" className="pe-3 text-start font-mono font-normal">
                <bdi>{c.field || t('admin.audit.valueField')}</bdi>
              </th>
              <td className="pe-3 text-red-900">
                {c.before === null ? (
                  <span className="text-slate-500">{t('admin.audit.empty')}</span>
                ) : (
                  <del className="no-underline">
                    <bdi className="whitespace-pre-wrap break-all">{c.before}</bdi>
                  </del>
                )}
              </td>
              <td className="text-green-900">
                {c.after === null ? (
                  <span className="text-slate-500">{t('admin.audit.empty')}</span>
                ) : (
                  <ins className="no-underline">
                    <bdi className="whitespace-pre-wrap break-all">{c.after}</bdi>
                  </ins>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

import type { Translated } from '#db/schema/columns';
import type { PledgeStatus } from '#db/schema/pledge-values';
import { useHref, useI18n } from '~/ui/i18n';
import { TableScroll } from '~/ui/table-scroll';
import { TranslatedText } from '~/ui/translated-text';

export interface PledgeListItem {
  id: string;
  title: Translated;
  status: PledgeStatus;
  updatedAt: Date | string;
  submittedAt: Date | string | null;
  organisationName: Translated | null;
  countryName: Translated | null;
}

/** A list of pledges with their pledger, status and a date; `links` gives each row's actions. */
export function PledgeTable({
  caption,
  items,
  dateColumn,
  links,
}: {
  caption: string;
  items: PledgeListItem[];
  dateColumn: 'updated' | 'submitted';
  links: (item: PledgeListItem) => { path: string; label: string }[];
}) {
  const { t, date } = useI18n();
  const href = useHref();
  return (
    <TableScroll>
      <table className="mb-8 w-full border-collapse text-start">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="p-2 text-start">
              {t('pledges-form.col.title')}
            </th>
            <th scope="col" className="p-2 text-start">
              {t('pledges-form.col.pledger')}
            </th>
            <th scope="col" className="p-2 text-start">
              {t('pledges-form.col.status')}
            </th>
            <th scope="col" className="p-2 text-start">
              {t(dateColumn === 'updated' ? 'pledges-form.col.updated' : 'pledges-form.col.submitted')}
            </th>
            <th scope="col" className="p-2 text-start">
              {t('pledges-form.col.actions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((p) => {
            const when = dateColumn === 'updated' ? p.updatedAt : (p.submittedAt ?? p.updatedAt);
            return (
              <tr key={p.id} className="border-b border-slate-200" data-pledge={p.id}>
                <td className="p-2">
                  <TranslatedText value={p.title} />
                </td>
                <td className="p-2">
                  <TranslatedText value={p.organisationName ?? p.countryName} />
                </td>
                <td className="p-2" data-status={p.status}>
                  {t(`pledges-form.status.${p.status}`)}
                </td>
                <td className="p-2">
                  <time dateTime={new Date(when).toISOString()}>{date(when)}</time>
                </td>
                <td className="p-2">
                  <ul className="flex flex-wrap gap-3">
                    {links(p).map((l) => (
                      <li key={l.path}>
                        <a href={href(l.path)} className="text-brand-700 underline">
                          {l.label}
                        </a>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

import type { SpeakerBalance } from '~/modules/meetings/balance';
import { useI18n } from '~/ui/i18n';

/**
 * Shares of the selected speakers (over those who answered) and the warnings against the
 * organiser's targets. Aggregates only: no speaker's answers are shown.
 */
export function BalancePanel({
  balance,
  title,
  regionName,
}: {
  balance: SpeakerBalance;
  title: string;
  regionName: (id: string) => string;
}) {
  const { t, number } = useI18n();
  const rows: { key: string; label: string; part: SpeakerBalance['gender']; name: (k: string) => string }[] =
    [
      {
        key: 'gender',
        label: t('meetings.balance.gender'),
        part: balance.gender,
        name: (k) => t(`meetings.gender.${k}`),
      },
      { key: 'subregion', label: t('meetings.balance.subregion'), part: balance.subregion, name: regionName },
      {
        key: 'sector',
        label: t('meetings.balance.sector'),
        part: balance.sector,
        name: (k) => t(`meetings.sector.${k}`),
      },
    ];
  return (
    <section className="mb-4 rounded border border-slate-300 p-3" aria-label={title}>
      <h3 className="font-semibold">{title}</h3>
      <p className="text-sm">{t('meetings.balance.total', { count: balance.total })}</p>
      {balance.warnings.length ? (
        // The live region wraps the list: role="status" on the <ul> itself would unmake it a list.
        <div
          className="my-2 rounded border-s-4 border-amber-700 bg-amber-50 p-2 text-amber-950"
          role="status"
        >
          <ul>
            {balance.warnings.map((w) => (
              <li key={w.code}>
                {t(`meetings.warning.${w.code}`, {
                  percent: 'percent' in w ? number(w.percent) : '',
                  target: 'target' in w ? number(w.target) : '',
                  subregion: 'subregion' in w ? regionName(w.subregion) : '',
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-sm text-green-800">{t('meetings.balance.noWarnings')}</p>
      )}
      <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-3">
        {rows.map((row) => (
          <div key={row.key}>
            <dt className="font-medium">{row.label}</dt>
            <dd>
              {row.part.tallies.length
                ? row.part.tallies
                    .map((x) =>
                      t('meetings.balance.share', { name: row.name(x.key), percent: number(x.percent) }),
                    )
                    .join('، ')
                : t('meetings.balance.noAnswers')}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

import { useI18n } from './i18n';

/** Marks demonstration records (seeded sample data) wherever they are listed or shown. */
export function SampleBadge() {
  const { t } = useI18n();
  return (
    <span className="rounded bg-violet-100 px-1.5 py-0.5 text-xs font-medium text-violet-900">
      {t('common.sampleData')}
    </span>
  );
}

import { useRouteLoaderData } from 'react-router';
import type { RootData } from '~/root.server';
import { useI18n } from './i18n';
import { PreferenceSwitch } from './preference-switch';

/** The calendar switch: Gregorian dates, or the Hijri date beside each. */
export function CalendarSwitch({ className }: { className?: string }) {
  const { t } = useI18n();
  const root = useRouteLoaderData<RootData>('root');
  return (
    <PreferenceSwitch
      name="calendar"
      legend={t('common.calendar.switchLabel')}
      current={root?.calendar ?? 'gregorian'}
      options={[
        {
          value: 'gregorian',
          content: t('common.calendar.gregorian'),
          label: t('common.calendar.gregorianLong'),
        },
        {
          value: 'gregorian+hijri',
          content: t('common.calendar.hijri'),
          label: t('common.calendar.hijriLong'),
        },
      ]}
      className={className}
    />
  );
}

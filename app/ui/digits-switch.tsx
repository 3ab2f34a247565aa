import { useRouteLoaderData } from 'react-router';
import type { RootData } from '~/root.server';
import { useI18n } from './i18n';
import { PreferenceSwitch } from './preference-switch';

/** The numerals switch (١٢٣ / 123). */
export function DigitsSwitch({ className }: { className?: string }) {
  const { t } = useI18n();
  const root = useRouteLoaderData<RootData>('root');
  const option = (value: 'arab' | 'latn') => {
    const label = t(`common.digits.${value}`);
    return {
      value,
      label,
      content: (
        <>
          <span aria-hidden="true" data-verbatim>
            {t(`common.digits.${value}Sample`)}
          </span>
          <span className="sr-only">{label}</span>
        </>
      ),
    };
  };
  return (
    <PreferenceSwitch
      name="digits"
      legend={t('common.digits.switchLabel')}
      current={root?.digits ?? 'arab'}
      options={[option('arab'), option('latn')]}
      className={className}
    />
  );
}

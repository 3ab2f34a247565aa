import { useI18n } from './i18n';

/** The objective's number in a round badge, in the reader's digits; the label says "Objective 7". */
export function ObjectiveBadge({ number, size = 'md' }: { number: number; size?: 'sm' | 'md' | 'lg' }) {
  const { t, number: format } = useI18n();
  const sizes = { sm: 'h-7 w-7 text-sm', md: 'h-10 w-10 text-base', lg: 'h-14 w-14 text-2xl' };
  return (
    <span
      className={`inline-flex shrink-0 items-center justify-center rounded-full bg-brand-700 font-bold text-white ${sizes[size]}`}
      role="img"
      aria-label={t('reference.objective.numbered', { number })}
    >
      {format(number)}
    </span>
  );
}

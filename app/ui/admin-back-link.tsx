import { Link } from 'react-router';
import { useHref, useI18n } from '~/ui/i18n';

/** A link back to the administration home, above each section's title. */
export function BackToAdmin() {
  const { t } = useI18n();
  const href = useHref();
  return (
    <p className="mb-2 text-sm">
      <Link to={href('/admin')}>{t('admin.backToAdmin')}</Link>
    </p>
  );
}

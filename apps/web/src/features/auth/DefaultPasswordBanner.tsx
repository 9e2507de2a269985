import { Alert, Button } from '@mui/material';
import { testIds } from '@zdash/test-ids';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';
import { useSession } from './useSession.ts';

/** Props of {@link DefaultPasswordBanner}. */
export interface DefaultPasswordBannerProps {
  onChangePassword(): void;
}

/** Shown on every page while the admin account still has the factory password. */
export function DefaultPasswordBanner(props: DefaultPasswordBannerProps) {
  const { t } = useI18n();
  const session = useSession();
  if (!session.data?.defaultPassword) return null;
  return (
    <Alert
      severity="warning"
      sx={{ mb: 2 }}
      data-testid={testIds.session.defaultPasswordBanner}
      action={
        <Button color="inherit" size="small" onClick={props.onChangePassword}>
          {t('session.defaultPassword.action')}
        </Button>
      }
    >
      {t('session.defaultPassword')}
    </Alert>
  );
}

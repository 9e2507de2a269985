import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { testIds } from '@zdash/test-ids';
import { useNavigate, useRouteError } from 'react-router';
import { describeError } from '../../lib/appErrors.ts';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';

/**
 * The per-page error boundary (react-router's ErrorBoundary of each page route): a failed query
 * or a rendering bug replaces this page only; the shell and the other pages keep working.
 * "Summary + details", as cockpit's DialogError.
 */
export function RouteErrorPage() {
  const error = useRouteError();
  const { t } = useI18n();
  const { reset } = useQueryErrorResetBoundary();
  const navigate = useNavigate();
  return (
    <Box sx={{ maxWidth: 720 }} data-testid={testIds.pageError}>
      <Alert
        severity="error"
        action={
          <Button
            color="inherit"
            size="small"
            onClick={() => {
              reset();
              void navigate(0);
            }}
          >
            {t('common.retry')}
          </Button>
        }
      >
        <AlertTitle>{t('error.page.title')}</AlertTitle>
        <Typography variant="body2">{t('error.page.body')}</Typography>
        <Typography variant="body2" sx={{ mt: 1, fontFamily: 'monospace' }}>
          {describeError(error, t)}
        </Typography>
      </Alert>
    </Box>
  );
}

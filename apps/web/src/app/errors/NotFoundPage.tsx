import { Box, Button, Typography } from '@mui/material';
import { Link } from 'react-router';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';

/** Unknown address inside the app. */
export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Box sx={{ py: 6 }}>
      <Typography variant="h5" gutterBottom>
        {t('error.notFound.title')}
      </Typography>
      <Typography color="textSecondary" sx={{ mb: 2 }}>
        {t('error.notFound.body')}
      </Typography>
      <Button component={Link} to="/" variant="contained">
        {t('error.notFound.home')}
      </Button>
    </Box>
  );
}

import { Box, CircularProgress } from '@mui/material';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';

/** Loading indicator of a whole page (lazy chunk or first query). */
export function PageLoading() {
  const { t } = useI18n();
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', py: 8 }}>
      <CircularProgress aria-label={t('common.loading')} />
    </Box>
  );
}

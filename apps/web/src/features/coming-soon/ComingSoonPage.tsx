import ConstructionOutlined from '@mui/icons-material/ConstructionOutlined';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { testIds } from '@zdash/test-ids';
import { navAreas } from '../../app/navigation.ts';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';

/** Props of {@link ComingSoonPage}. */
export interface ComingSoonPageProps {
  areaId: string;
}

/** An area not built yet: says honestly what it will do, and shows no invented data. */
export function ComingSoonPage(props: ComingSoonPageProps) {
  const { t } = useI18n();
  const area = navAreas.find((a) => a.id === props.areaId);
  if (!area) return null;
  return (
    <Box data-testid={testIds.comingSoon.page}>
      <Typography variant="h5" component="h1" sx={{ mb: 2 }} data-testid={testIds.shell.pageTitle}>
        {t(area.label)}
      </Typography>
      <Card sx={{ maxWidth: 720 }}>
        <CardContent sx={{ display: 'flex', gap: 2 }}>
          <ConstructionOutlined color="action" sx={{ fontSize: 40 }} />
          <Box>
            <Typography variant="h6" gutterBottom>
              {t('soon.title')}
            </Typography>
            <Typography color="textSecondary" gutterBottom>
              {t('soon.intro')}
            </Typography>
            {area.soon && <Typography>{t(area.soon)}</Typography>}
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
}

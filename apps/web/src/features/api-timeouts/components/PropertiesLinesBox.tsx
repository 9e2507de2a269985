import { Alert, Paper, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { testIds } from '@zdash/test-ids';
import { useI18n } from '../../../lib/i18n/I18nProvider.tsx';
import { useTRPC } from '../../../lib/trpc.ts';
import { CopyableCommand } from '../../jobs/components/CopyableCommand.tsx';

/** For nodes before 3.2: the built-in `ApiTimeout.<FQN>` lines of zstack.properties, copyable. */
export function PropertiesLinesBox() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const query = useQuery(trpc.apiTimeouts.propertiesLines.queryOptions({}));
  if (!query.data) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500, mb: 1 }}>
        {t('timeouts.properties.title', { version: query.data.zstackVersion })}
      </Typography>
      <Alert severity="info" sx={{ mb: 1.5 }}>
        {t('timeouts.properties.intro')}
      </Alert>
      <CopyableCommand
        text={query.data.text}
        label={t('timeouts.properties.copy')}
        testId={testIds.apiTimeouts.properties}
        buttonTestId={`${testIds.apiTimeouts.properties}-copy`}
      />
    </Paper>
  );
}

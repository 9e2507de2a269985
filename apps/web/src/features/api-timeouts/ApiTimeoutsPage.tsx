import { Box, LinearProgress, Paper, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { testIds } from '@zdash/test-ids';
import { useState } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useSession } from '../auth/useSession.ts';
import { PropertiesLinesBox } from './components/PropertiesLinesBox.tsx';
import { TimeoutEditDialog } from './components/TimeoutEditDialog.tsx';
import { TimeoutsTable } from './components/TimeoutsTable.tsx';
import type { TimeoutRow } from './timeoutFormat.ts';

/**
 * API timeouts: which rule decides each async API's timeout; admins override per API and, on
 * nodes from 3.2, edit the node's `apiTimeout` configs; older nodes get zstack.properties lines.
 */
export function ApiTimeoutsPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const isAdmin = useSession().data?.isAdmin ?? false;
  const list = useQuery(trpc.apiTimeouts.list.queryOptions());
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<TimeoutRow | null>(null);
  const needle = filter.trim().toLowerCase();
  const rows = (list.data?.items ?? []).filter(
    (r) => !needle || r.api.toLowerCase().includes(needle) || r.fqn.toLowerCase().includes(needle),
  );
  return (
    <Box data-testid={testIds.apiTimeouts.page} sx={{ maxWidth: 1100 }}>
      <Typography variant="h5" component="h1" sx={{ mb: 1 }} data-testid={testIds.shell.pageTitle}>
        {t('timeouts.title')}
      </Typography>
      <Typography color="textSecondary" sx={{ mb: 2 }}>
        {t('timeouts.intro')}
      </Typography>
      {list.data && !list.data.nodeConfigs && <PropertiesLinesBox />}
      <TextField
        size="small"
        label={t('timeouts.filter')}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        sx={{ mb: 2, minWidth: 280 }}
        slotProps={{ htmlInput: { 'data-testid': testIds.apiTimeouts.filter } }}
      />
      <Paper variant="outlined">
        {list.isFetching && <LinearProgress />}
        <TimeoutsTable rows={rows} onEdit={isAdmin ? setEditing : undefined} />
      </Paper>
      {editing && (
        <TimeoutEditDialog
          row={editing}
          nodeConfigs={list.data?.nodeConfigs ?? false}
          onClose={() => setEditing(null)}
        />
      )}
    </Box>
  );
}

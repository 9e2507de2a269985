import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { testIds } from '@zdash/test-ids';
import { useNotifications } from '../../../app/notifications/NotificationsProvider.tsx';
import { useI18n } from '../../../lib/i18n/I18nProvider.tsx';
import { useTRPC } from '../../../lib/trpc.ts';
import { type TimeoutRow, zstackDuration } from '../timeoutFormat.ts';
import { DurationField } from './DurationField.tsx';

/** Props of {@link TimeoutEditDialog}. */
export interface TimeoutEditDialogProps {
  row: TimeoutRow;
  /** The node has `apiTimeout` global configs (3.2+): they can be edited too. */
  nodeConfigs: boolean;
  onClose(): void;
}

/** An admin's editor of one API's timeout: zdash's override and, on 3.2+, the node's config. */
export function TimeoutEditDialog(props: TimeoutEditDialogProps) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notifications = useNotifications();
  const { row, onClose } = props;
  const done = () => {
    notifications.show(t('timeouts.saved'), { severity: 'success' });
    void queryClient.invalidateQueries(trpc.apiTimeouts.pathFilter());
    onClose();
  };
  const set = useMutation(trpc.apiTimeouts.set.mutationOptions({ onSuccess: done }));
  const clear = useMutation(trpc.apiTimeouts.clear.mutationOptions({ onSuccess: done }));
  const setNode = useMutation(trpc.apiTimeouts.setNodeConfig.mutationOptions({ onSuccess: done }));
  const busy = set.isPending || clear.isPending || setNode.isPending;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('timeouts.dialog.title', { api: row.api })}</DialogTitle>
      <DialogContent data-testid={testIds.apiTimeouts.dialog}>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <DurationField
            label={t('timeouts.dialog.override')}
            initial={row.override ? zstackDuration(row.override.timeoutMs) : ''}
            submitLabel={t('timeouts.dialog.save')}
            busy={busy}
            inputTestId={testIds.apiTimeouts.overrideInput}
            submitTestId={testIds.apiTimeouts.save}
            onSubmit={(timeout) => set.mutate({ api: row.api, timeout })}
          />
          {props.nodeConfigs && (
            <DurationField
              label={t('timeouts.dialog.nodeConfig')}
              initial={row.nodeConfig?.value ?? zstackDuration(row.zstackDefaultMs)}
              submitLabel={t('timeouts.dialog.saveNode')}
              busy={busy}
              inputTestId={testIds.apiTimeouts.nodeConfigInput}
              submitTestId={testIds.apiTimeouts.saveNodeConfig}
              onSubmit={(value) => setNode.mutate({ api: row.api, value })}
            />
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        {row.override && (
          <Button
            color="warning"
            disabled={busy}
            onClick={() => clear.mutate({ api: row.api })}
            data-testid={testIds.apiTimeouts.clear}
          >
            {t('timeouts.dialog.clear')}
          </Button>
        )}
        <Button onClick={onClose}>{t('timeouts.dialog.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}

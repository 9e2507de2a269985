import { Button, Stack } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { testIds } from '@zdash/test-ids';
import { useNavigate } from 'react-router';
import { useNotifications } from '../../../app/notifications/NotificationsProvider.tsx';
import { useI18n } from '../../../lib/i18n/I18nProvider.tsx';
import { useTRPC } from '../../../lib/trpc.ts';

/** Props of {@link JobActions}. */
export interface JobActionsProps {
  id: string;
  retryable: boolean;
  resumable: boolean;
}

/** Retry (a failed idempotent call, as a new job) and Resume (a job zdash stopped waiting for). */
export function JobActions(props: JobActionsProps) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const notifications = useNotifications();
  const refresh = () => queryClient.invalidateQueries(trpc.jobs.pathFilter());
  const retry = useMutation(
    trpc.jobs.retry.mutationOptions({
      onSuccess: (job) => {
        notifications.show(t('jobs.job.retried'), { severity: 'success' });
        void refresh();
        void navigate(`/jobs/${job.id}`);
      },
    }),
  );
  const resume = useMutation(
    trpc.jobs.resume.mutationOptions({
      onSuccess: () => {
        notifications.show(t('jobs.job.resumed'), { severity: 'success' });
        void refresh();
      },
    }),
  );
  if (!props.retryable && !props.resumable) return null;
  return (
    <Stack direction="row" spacing={1}>
      {props.retryable && (
        <Button
          variant="contained"
          disabled={retry.isPending}
          onClick={() => retry.mutate({ id: props.id })}
          data-testid={testIds.jobs.retry}
        >
          {t('jobs.job.retry')}
        </Button>
      )}
      {props.resumable && (
        <Button
          variant="contained"
          disabled={resume.isPending}
          onClick={() => resume.mutate({ id: props.id })}
          data-testid={testIds.jobs.resume}
        >
          {t('jobs.job.resume')}
        </Button>
      )}
    </Stack>
  );
}

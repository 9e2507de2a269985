import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
} from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangePasswordInput, changePasswordInput } from '@zdash/schemas';
import { testIds } from '@zdash/test-ids';
import { useForm } from 'react-hook-form';
import { useNotifications } from '../../app/notifications/NotificationsProvider.tsx';
import { describeError } from '../../lib/appErrors.ts';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { zodResolver } from '../../lib/zodResolver.ts';

/** Props of {@link ChangePasswordDialog}. */
export interface ChangePasswordDialogProps {
  open: boolean;
  onClose(): void;
}

/** Changes the signed-in account's or user's password. */
export function ChangePasswordDialog(props: ChangePasswordDialogProps) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notifications = useNotifications();
  const form = useForm<ChangePasswordInput>({
    defaultValues: { currentPassword: '', newPassword: '' },
    resolver: zodResolver<ChangePasswordInput>(changePasswordInput, t),
  });
  const close = () => {
    form.reset();
    change.reset();
    props.onClose();
  };
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      meta: { silent: true },
      onSuccess: () => {
        notifications.show(t('session.changePassword.done'), { severity: 'success' });
        void queryClient.invalidateQueries(trpc.auth.session.pathFilter());
        close();
      },
    }),
  );
  const { errors } = form.formState;
  return (
    <Dialog
      open={props.open}
      onClose={close}
      fullWidth
      maxWidth="xs"
      data-testid={testIds.session.changePasswordDialog}
    >
      <form noValidate onSubmit={form.handleSubmit((values) => change.mutate(values))}>
        <DialogTitle>{t('session.changePassword.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField
              label={t('session.changePassword.current')}
              type="password"
              autoComplete="current-password"
              {...form.register('currentPassword')}
              error={Boolean(errors.currentPassword)}
              helperText={errors.currentPassword?.message}
              slotProps={{ htmlInput: { 'data-testid': testIds.session.currentPassword } }}
            />
            <TextField
              label={t('session.changePassword.new')}
              type="password"
              autoComplete="new-password"
              {...form.register('newPassword')}
              error={Boolean(errors.newPassword)}
              helperText={errors.newPassword?.message}
              slotProps={{ htmlInput: { 'data-testid': testIds.session.newPassword } }}
            />
            {change.error && <Alert severity="error">{describeError(change.error, t)}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button
            type="submit"
            variant="contained"
            loading={change.isPending}
            data-testid={testIds.session.changePasswordSubmit}
          >
            {t('session.changePassword.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

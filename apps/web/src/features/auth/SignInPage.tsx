import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SignInInput } from '@zdash/schemas';
import { testIds } from '@zdash/test-ids';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { PageLoading } from '../../app/errors/PageLoading.tsx';
import { useSessionStore } from '../../app/SessionStoreContext.tsx';
import type { MessageKey } from '../../lib/i18n/en.ts';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { validateWithZod } from '../../lib/zodResolver.ts';
import { SignInTextField } from './SignInTextField.tsx';
import { useSessionState } from './sessionStore.ts';
import { signInErrorText } from './signInErrorText.ts';
import { useSession } from './useSession.ts';
import { type SignInValues, useSignInForm } from './useSignInForm.ts';

/** Zod (with the shared schemas) loads on the first validation, not with the sign-in route. */
const loadSignInSchema = () => import('@zdash/schemas').then((m) => m.signInInput);

function endedKey(reason: string): MessageKey {
  if (reason === 'idle') return 'signIn.ended.idle';
  if (reason === 'absolute') return 'signIn.ended.absolute';
  return 'signIn.ended.other';
}

/** Only same-app paths are followed after sign-in (no open redirect). */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** Sign-in as an account or as an IAM user of an account. */
export function SignInPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const store = useSessionStore();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const { endedReason } = useSessionState(store);
  const form = useSignInForm(async (values) => {
    const result = await validateWithZod(loadSignInSchema, values, t);
    return result.success ? {} : result.errors;
  });
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      meta: { silent: true },
      onSuccess: (info) => {
        queryClient.setQueryData(trpc.auth.session.queryKey(), info);
        store.remember({ kind: info.kind, accountName: info.accountName, userName: info.userName });
        void navigate(safeNext(params.get('next')), { replace: true });
      },
      onError: () => form.resetField('password'),
    }),
  );
  const kind = form.kind;
  if (session.isPending) return <PageLoading />;
  if (session.data) return <Navigate to={safeNext(params.get('next'))} replace />;
  const { errors } = form;
  const submit = form.handleSubmit((values) => {
    const input: SignInInput =
      values.kind === 'account'
        ? { kind: 'account', accountName: values.accountName, password: values.password }
        : {
            kind: 'user',
            accountName: values.accountName,
            userName: values.userName,
            password: values.password,
          };
    signIn.mutate(input);
  });
  return (
    <Box
      sx={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        p: 2,
        bgcolor: 'background.default',
      }}
    >
      <Card sx={{ width: '100%', maxWidth: 420 }}>
        <CardContent sx={{ p: 4 }}>
          <Typography variant="h5" component="h1" gutterBottom>
            {t('signIn.title')}
          </Typography>
          <Typography variant="body2" color="textSecondary" sx={{ mb: 3 }}>
            {t('app.tagline')}
          </Typography>
          <Box component="form" noValidate onSubmit={submit} data-testid={testIds.signIn.form}>
            <Stack spacing={2}>
              {endedReason && endedReason !== 'signedOut' && endedReason !== 'noSession' && (
                <Alert severity="info" data-testid={testIds.session.endedNotice}>
                  {t(endedKey(endedReason))}
                </Alert>
              )}
              <ToggleButtonGroup
                exclusive
                fullWidth
                size="small"
                color="primary"
                value={kind}
                onChange={(_e, value: SignInValues['kind'] | null) =>
                  value && form.setValue('kind', value)
                }
              >
                <ToggleButton value="account" data-testid={testIds.signIn.kindAccount}>
                  {t('signIn.kind.account')}
                </ToggleButton>
                <ToggleButton value="user" data-testid={testIds.signIn.kindUser}>
                  {t('signIn.kind.user')}
                </ToggleButton>
              </ToggleButtonGroup>
              <SignInTextField
                label={t('signIn.accountName')}
                autoComplete="username"
                autoFocus
                {...form.register('accountName')}
                error={Boolean(errors.accountName)}
                helperText={errors.accountName?.message}
                inputTestId={testIds.signIn.accountName}
              />
              {kind === 'user' && (
                <SignInTextField
                  label={t('signIn.userName')}
                  {...form.register('userName')}
                  error={Boolean(errors.userName)}
                  helperText={errors.userName?.message}
                  inputTestId={testIds.signIn.userName}
                />
              )}
              <SignInTextField
                label={t('signIn.password')}
                type="password"
                autoComplete="current-password"
                {...form.register('password')}
                error={Boolean(errors.password)}
                helperText={errors.password?.message}
                inputTestId={testIds.signIn.password}
              />
              {signIn.error && (
                <Alert severity="error" data-testid={testIds.signIn.error}>
                  {signInErrorText(signIn.error, t)}
                </Alert>
              )}
              <Button
                type="submit"
                variant="contained"
                size="large"
                loading={signIn.isPending}
                data-testid={testIds.signIn.submit}
              >
                {t('signIn.submit')}
              </Button>
            </Stack>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
}

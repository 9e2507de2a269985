import { Button, Stack, TextField } from '@mui/material';
import { testIds } from '@zdash/test-ids';
import { useState } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';

/** Props of {@link ConsolePasswordForm}. */
export interface ConsolePasswordFormProps {
  onSubmit: (password: string) => void;
}

/** The VNC password, for VMs whose console has one. */
export function ConsolePasswordForm(props: ConsolePasswordFormProps) {
  const { onSubmit } = props;
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  return (
    <Stack
      component="form"
      direction="row"
      spacing={1}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(password);
        setPassword('');
      }}
    >
      <TextField
        size="small"
        type="password"
        label={t('consoles.password')}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        slotProps={{ htmlInput: { 'data-testid': testIds.consoles.password } }}
      />
      <Button type="submit" variant="contained">
        {t('consoles.passwordSubmit')}
      </Button>
    </Stack>
  );
}

import { Box, Button, Stack, TextField } from '@mui/material';
import { type FocusEvent, useState } from 'react';
import { useNotifications } from '../../../app/notifications/NotificationsProvider.tsx';
import { useI18n } from '../../../lib/i18n/I18nProvider.tsx';

/** Props of {@link CopyableCommand}. */
export interface CopyableCommandProps {
  text: string;
  label: string;
  testId: string;
  buttonTestId: string;
}

/**
 * A command in a monospace box with a copy button; when the browser refuses the clipboard, a
 * selected text box takes its place so the person can copy by hand.
 */
export function CopyableCommand(props: CopyableCommandProps) {
  const { t } = useI18n();
  const notifications = useNotifications();
  const [manual, setManual] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text);
      notifications.show(t('jobs.job.copied'), { severity: 'success' });
    } catch {
      setManual(true);
    }
  };
  return (
    <Stack spacing={1}>
      {manual ? (
        <TextField
          multiline
          fullWidth
          helperText={t('jobs.job.copyManually')}
          value={props.text}
          slotProps={{
            htmlInput: {
              readOnly: true,
              onFocus: (e: FocusEvent<HTMLTextAreaElement>) => e.currentTarget.select(),
            },
          }}
          autoFocus
        />
      ) : (
        <Box
          component="pre"
          data-testid={props.testId}
          sx={{
            m: 0,
            p: 1.5,
            bgcolor: 'action.hover',
            borderRadius: 1,
            fontSize: 13,
            whiteSpace: 'pre-wrap',
            wordBreak: 'break-all',
          }}
        >
          {props.text}
        </Box>
      )}
      <Box>
        <Button size="small" variant="outlined" onClick={copy} data-testid={props.buttonTestId}>
          {props.label}
        </Button>
      </Box>
    </Stack>
  );
}

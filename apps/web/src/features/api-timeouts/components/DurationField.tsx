import { Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useI18n } from '../../../lib/i18n/I18nProvider.tsx';
import { isValidTimeout } from '../timeoutFormat.ts';

/** Props of {@link DurationField}. */
export interface DurationFieldProps {
  label: string;
  initial: string;
  submitLabel: string;
  busy: boolean;
  inputTestId: string;
  submitTestId: string;
  onSubmit(value: string): void;
}

/** A duration ("30m", "3h", ms) checked as typed: at least 5 minutes, as ZStack requires. */
export function DurationField(props: DurationFieldProps) {
  const { t } = useI18n();
  const [value, setValue] = useState(props.initial);
  const [touched, setTouched] = useState(false);
  const valid = isValidTimeout(value);
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
      <TextField
        size="small"
        fullWidth
        label={props.label}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setTouched(true);
        }}
        error={touched && !valid}
        helperText={touched && !valid ? t('timeouts.validation') : ' '}
        slotProps={{ htmlInput: { 'data-testid': props.inputTestId } }}
      />
      <Button
        variant="contained"
        sx={{ whiteSpace: 'nowrap', flexShrink: 0, mt: 0.25 }}
        disabled={!valid || props.busy}
        onClick={() => props.onSubmit(value.trim())}
        data-testid={props.submitTestId}
      >
        {props.submitLabel}
      </Button>
    </Stack>
  );
}

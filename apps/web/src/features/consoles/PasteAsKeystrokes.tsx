import ContentPasteIcon from '@mui/icons-material/ContentPaste';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@mui/material';
import { testIds } from '@zdash/test-ids';
import { useState } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';
import type { ConsoleSession } from './consoleSession.ts';
import { keysymsOfText } from './keys.ts';

/** Props of {@link PasteAsKeystrokes}. */
export interface PasteAsKeystrokesProps {
  session: ConsoleSession;
}

/** A box whose text is typed into the console key by key (consoles have no shared clipboard). */
export function PasteAsKeystrokes(props: PasteAsKeystrokesProps) {
  const { session } = props;
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        startIcon={<ContentPasteIcon />}
        data-testid={testIds.consoles.pasteOpen}
        onClick={() => setOpen(true)}
      >
        {t('consoles.paste')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{t('consoles.paste.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 1 }}>{t('consoles.paste.hint')}</DialogContentText>
          <TextField
            autoFocus
            multiline
            minRows={3}
            fullWidth
            value={text}
            onChange={(event) => setText(event.target.value)}
            slotProps={{ htmlInput: { 'data-testid': testIds.consoles.pasteText } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
          <Button
            variant="contained"
            disabled={text === ''}
            data-testid={testIds.consoles.pasteSend}
            onClick={() => {
              setOpen(false);
              session.typeKeysyms(keysymsOfText(text));
              setText('');
            }}
          >
            {t('consoles.paste.send')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

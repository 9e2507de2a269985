import AspectRatioIcon from '@mui/icons-material/AspectRatio';
import FullscreenIcon from '@mui/icons-material/Fullscreen';
import KeyboardIcon from '@mui/icons-material/Keyboard';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import RefreshIcon from '@mui/icons-material/Refresh';
import { Button, Menu, MenuItem, Stack, ToggleButton, Tooltip } from '@mui/material';
import { testIds } from '@zdash/test-ids';
import { type RefObject, useState } from 'react';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';
import type { ConsoleSession } from './consoleSession.ts';
import { keyCombos } from './keys.ts';
import { PasteAsKeystrokes } from './PasteAsKeystrokes.tsx';

/** Props of {@link ConsoleToolbar}. */
export interface ConsoleToolbarProps {
  session: ConsoleSession;
  fullscreenTarget: RefObject<HTMLElement | null>;
  vmUuid: string;
}

/** Fullscreen, fit/scale, Ctrl-Alt-Del and other keys, paste, view-only, reconnect, new tab. */
export function ConsoleToolbar(props: ConsoleToolbarProps) {
  const { session, fullscreenTarget, vmUuid } = props;
  const { t } = useI18n();
  const [scale, setScale] = useState(true);
  const [viewOnly, setViewOnly] = useState(false);
  const [keysAnchor, setKeysAnchor] = useState<HTMLElement | null>(null);
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
      <Button
        size="small"
        variant="outlined"
        startIcon={<FullscreenIcon />}
        data-testid={testIds.consoles.fullscreen}
        onClick={() => void fullscreenTarget.current?.requestFullscreen?.()}
      >
        {t('consoles.fullscreen')}
      </Button>
      <Tooltip title={t(scale ? 'consoles.scale.fitHint' : 'consoles.scale.actualHint')}>
        <ToggleButton
          size="small"
          value="scale"
          selected={scale}
          data-testid={testIds.consoles.scale}
          onChange={() => {
            session.setScale(!scale);
            setScale(!scale);
          }}
        >
          <AspectRatioIcon fontSize="small" sx={{ mr: 0.5 }} />
          {t('consoles.scale.fit')}
        </ToggleButton>
      </Tooltip>
      <Button
        size="small"
        variant="outlined"
        data-testid={testIds.consoles.ctrlAltDel}
        onClick={() => session.sendCtrlAltDel()}
      >
        Ctrl+Alt+Del
      </Button>
      <Button
        size="small"
        variant="outlined"
        startIcon={<KeyboardIcon />}
        data-testid={testIds.consoles.keysMenu}
        onClick={(event) => setKeysAnchor(event.currentTarget)}
      >
        {t('consoles.keys')}
      </Button>
      <Menu anchorEl={keysAnchor} open={keysAnchor !== null} onClose={() => setKeysAnchor(null)}>
        {keyCombos.map((combo) => (
          <MenuItem
            key={combo.id}
            data-testid={`${testIds.consoles.keyComboPrefix}${combo.id}`}
            onClick={() => {
              setKeysAnchor(null);
              session.sendCombo(combo.keysyms);
            }}
          >
            {combo.label}
          </MenuItem>
        ))}
      </Menu>
      <PasteAsKeystrokes session={session} />
      <ToggleButton
        size="small"
        value="viewOnly"
        selected={viewOnly}
        data-testid={testIds.consoles.viewOnly}
        onChange={() => {
          session.setViewOnly(!viewOnly);
          setViewOnly(!viewOnly);
        }}
      >
        {t('consoles.viewOnly')}
      </ToggleButton>
      <Button
        size="small"
        startIcon={<RefreshIcon />}
        data-testid={testIds.consoles.reconnect}
        onClick={() => session.reconnect()}
      >
        {t('consoles.reconnect')}
      </Button>
      <Button
        size="small"
        startIcon={<OpenInNewIcon />}
        data-testid={testIds.consoles.openInNewTab}
        href={`/consoles/${vmUuid}`}
        target="_blank"
        rel="noopener"
      >
        {t('consoles.openInNewTab')}
      </Button>
    </Stack>
  );
}

import {
  Chip,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { testIds } from '@zdash/test-ids';
import { useI18n } from '../../../lib/i18n/I18nProvider.tsx';
import type { RouterOutputs } from '../../../lib/trpc.ts';

type Entry = RouterOutputs['auditLog']['list']['items'][number];

/** Props of {@link AuditTable}. */
export interface AuditTableProps {
  items: Entry[];
}

/** One page of audit entries, newest first. */
export function AuditTable(props: AuditTableProps) {
  const { t, language } = useI18n();
  const time = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' });
  return (
    <TableContainer>
      <Table size="small" data-testid={testIds.auditLog.table}>
        <TableHead>
          <TableRow>
            <TableCell>{t('audit.col.time')}</TableCell>
            <TableCell>{t('audit.col.user')}</TableCell>
            <TableCell>{t('audit.col.procedure')}</TableCell>
            <TableCell>{t('audit.col.target')}</TableCell>
            <TableCell>{t('audit.col.result')}</TableCell>
            <TableCell align="right">{t('audit.col.duration')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.items.length === 0 && (
            <TableRow>
              <TableCell colSpan={6}>
                <Typography color="textSecondary" sx={{ py: 2 }}>
                  {t('audit.empty')}
                </Typography>
              </TableCell>
            </TableRow>
          )}
          {props.items.map((e) => (
            <TableRow key={e.id} data-testid={testIds.auditLog.row} hover>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{time.format(e.at)}</TableCell>
              <TableCell>{e.actor}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace' }}>{e.procedure}</TableCell>
              <TableCell>{e.target ?? '—'}</TableCell>
              <TableCell>
                <Chip
                  size="small"
                  color={e.result === 'success' ? 'success' : 'error'}
                  variant="outlined"
                  label={
                    e.result === 'success'
                      ? t('audit.result.success')
                      : `${t('audit.result.failure')}${e.errorCode ? ` · ${e.errorCode}` : ''}`
                  }
                  title={e.errorMessage ?? undefined}
                />
              </TableCell>
              <TableCell align="right">{e.durationMs} ms</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

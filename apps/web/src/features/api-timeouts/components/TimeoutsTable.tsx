import {
  Button,
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
import { ruleLabel, type TimeoutRow, zstackDuration } from '../timeoutFormat.ts';

/** Props of {@link TimeoutsTable}. */
export interface TimeoutsTableProps {
  rows: TimeoutRow[];
  /** Given to admins only: opens the editor of one API. */
  onEdit?(row: TimeoutRow): void;
}

/** Every async API: the rule that applies, the effective timeout and ZStack's default. */
export function TimeoutsTable(props: TimeoutsTableProps) {
  const { t } = useI18n();
  const { onEdit } = props;
  return (
    <TableContainer sx={{ maxHeight: '65vh' }}>
      <Table size="small" stickyHeader data-testid={testIds.apiTimeouts.table}>
        <TableHead>
          <TableRow>
            <TableCell>{t('timeouts.col.api')}</TableCell>
            <TableCell>{t('timeouts.col.rule')}</TableCell>
            <TableCell align="right">{t('timeouts.col.effective')}</TableCell>
            <TableCell align="right">{t('timeouts.col.default')}</TableCell>
            {onEdit && <TableCell />}
          </TableRow>
        </TableHead>
        <TableBody>
          {props.rows.map((row) => (
            <TableRow
              key={row.api}
              hover
              data-testid={`${testIds.apiTimeouts.rowPrefix}${row.api}`}
              data-rule={row.rule}
            >
              <TableCell>
                <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
                  {row.api}
                </Typography>
                <Typography variant="caption" color="textSecondary">
                  {row.fqn}
                </Typography>
              </TableCell>
              <TableCell>
                <Chip
                  size="small"
                  variant="outlined"
                  color={row.rule === 'zstackDefault' ? 'default' : 'primary'}
                  label={t(ruleLabel(row.rule))}
                />
              </TableCell>
              <TableCell align="right" sx={{ fontFamily: 'monospace', fontWeight: 500 }}>
                {row.effective}
              </TableCell>
              <TableCell align="right" sx={{ fontFamily: 'monospace' }}>
                {zstackDuration(row.zstackDefaultMs)}
              </TableCell>
              {onEdit && (
                <TableCell align="right">
                  <Button
                    size="small"
                    onClick={() => onEdit(row)}
                    data-testid={testIds.apiTimeouts.edit}
                  >
                    {t('timeouts.edit')}
                  </Button>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

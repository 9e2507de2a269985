import {
  Link,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { testIds } from '@zdash/test-ids';
import { Link as RouterLink } from 'react-router';
import { useI18n } from '../../../lib/i18n/I18nProvider.tsx';
import { apiInWords, elapsedOf, formatElapsed, type JobView } from '../jobFormat.ts';
import { JobStateChip } from './JobStateChip.tsx';

/** Props of {@link JobsTable}. */
export interface JobsTableProps {
  items: JobView[];
  now: number;
}

/** One page of jobs, newest first; each links to its job page. */
export function JobsTable(props: JobsTableProps) {
  const { t, language } = useI18n();
  const time = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' });
  return (
    <TableContainer>
      <Table size="small" data-testid={testIds.jobs.historyTable}>
        <TableHead>
          <TableRow>
            <TableCell>{t('jobs.col.started')}</TableCell>
            <TableCell>{t('jobs.col.user')}</TableCell>
            <TableCell>{t('jobs.col.api')}</TableCell>
            <TableCell>{t('jobs.col.target')}</TableCell>
            <TableCell>{t('jobs.col.state')}</TableCell>
            <TableCell align="right">{t('jobs.col.elapsed')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.items.length === 0 && (
            <TableRow>
              <TableCell colSpan={6}>
                <Typography color="textSecondary" sx={{ py: 2 }}>
                  {t('jobs.empty')}
                </Typography>
              </TableCell>
            </TableRow>
          )}
          {props.items.map((job) => (
            <TableRow key={job.id} hover data-testid={testIds.jobs.historyRow}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{time.format(job.startedAt)}</TableCell>
              <TableCell>{job.actor}</TableCell>
              <TableCell>
                <Link component={RouterLink} to={`/jobs/${job.id}`} underline="hover">
                  {apiInWords(job.api)}
                </Link>
                <Typography variant="caption" color="textSecondary" sx={{ display: 'block' }}>
                  {job.api}
                </Typography>
              </TableCell>
              <TableCell>{job.target ?? '—'}</TableCell>
              <TableCell>
                <JobStateChip state={job.state} />
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {formatElapsed(elapsedOf(job, props.now))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

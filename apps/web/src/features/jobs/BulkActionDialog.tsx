import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Link,
  List,
  ListItem,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { testIds } from '@zdash/test-ids';
import { Link as RouterLink } from 'react-router';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { JobStateChip } from './components/JobStateChip.tsx';
import { apiInWords } from './jobFormat.ts';

/** How often a running bulk action is re-read. */
const pollMs = 2000;

/** Props of {@link BulkActionDialog}. */
export interface BulkActionDialogProps {
  /** The `parentId` that `jobs.bulk` returned. */
  parentId: string;
  open: boolean;
  onClose(): void;
}

/** A bulk action's progress: each item's state from `jobs.bulkStatus`, re-read until all end. */
export function BulkActionDialog(props: BulkActionDialogProps) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const status = useQuery({
    ...trpc.jobs.bulkStatus.queryOptions({ parentId: props.parentId }),
    enabled: props.open,
    throwOnError: false,
    refetchInterval: (q) => {
      const data = q.state.data;
      return !data || data.total === 0 || data.done < data.total ? pollMs : false;
    },
  });
  const data = status.data;
  const percent = data && data.total > 0 ? (100 * data.done) / data.total : 0;
  return (
    <Dialog open={props.open} onClose={props.onClose} fullWidth maxWidth="sm">
      <DialogTitle>
        {data?.api ? t('jobs.bulk.title', { api: apiInWords(data.api), total: data.total }) : '…'}
      </DialogTitle>
      <DialogContent data-testid={testIds.jobs.bulkDialog} data-done={data?.done ?? 0}>
        <Typography variant="body2" color="textSecondary">
          {t('jobs.bulk.progress', { done: data?.done ?? 0, total: data?.total ?? 0 })}
        </Typography>
        <LinearProgress variant="determinate" value={percent} sx={{ my: 1 }} />
        <List dense disablePadding>
          {(data?.items ?? []).map((item) => (
            <ListItem
              key={item.id}
              divider
              data-testid={testIds.jobs.bulkItem}
              data-state={item.state}
              secondaryAction={<JobStateChip state={item.state} />}
            >
              <ListItemText
                primary={
                  <Link component={RouterLink} to={`/jobs/${item.id}`} underline="hover">
                    {item.target ?? item.id}
                  </Link>
                }
                secondary={item.error ? `${item.error.code} ${item.error.description}` : undefined}
              />
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <Stack direction="row" sx={{ flexGrow: 1 }} />
        <Button onClick={props.onClose}>{t('jobs.bulk.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}

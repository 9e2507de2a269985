import TaskIcon from '@mui/icons-material/PlaylistPlay';
import {
  Badge,
  Box,
  Button,
  Drawer,
  IconButton,
  List,
  Stack,
  Toolbar,
  Tooltip,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { testIds } from '@zdash/test-ids';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../lib/i18n/I18nProvider.tsx';
import { backgroundContext, useTRPC } from '../../lib/trpc.ts';
import { useNow } from '../auth/useNow.ts';
import { useSession } from '../auth/useSession.ts';
import { JobDrawerRow } from './components/JobDrawerRow.tsx';
import { actorOf, isActive } from './jobFormat.ts';
import { useLiveJobs } from './useLiveJobs.ts';

/**
 * The task drawer's app bar button (badge: this person's running jobs) and the drawer: running
 * and recent jobs, kept live by `jobs.onChange`.
 */
export function JobsDrawerButton() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const session = useSession().data;
  const actor = session ? actorOf(session) : null;
  useLiveJobs(actor !== null);
  const recent = useQuery({
    ...trpc.jobs.list.queryOptions(
      { user: actor ?? undefined, limit: 20 },
      { trpc: { context: backgroundContext } },
    ),
    enabled: actor !== null,
    throwOnError: false,
  });
  const items = recent.data?.items ?? [];
  const running = items.filter((j) => isActive(j.state)).length;
  const now = useNow(open && running > 0);
  const go = (path: string) => {
    setOpen(false);
    void navigate(path);
  };
  return (
    <>
      <Tooltip title={t('jobs.drawer.open')}>
        <IconButton
          aria-label={t('jobs.drawer.open')}
          onClick={() => setOpen(true)}
          data-testid={testIds.jobs.drawerButton}
          data-running={running}
        >
          <Badge badgeContent={running} color="primary">
            <TaskIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Drawer
        anchor="right"
        open={open}
        onClose={() => setOpen(false)}
        // Over the app bar (which sits above the navigation drawer).
        sx={{ zIndex: (theme) => theme.zIndex.drawer + 2 }}
      >
        <Box sx={{ width: { xs: '100vw', sm: 400 } }} data-testid={testIds.jobs.drawer}>
          <Toolbar sx={{ px: { xs: 2 }, borderBottom: 1, borderColor: 'divider' }}>
            <Stack sx={{ flexGrow: 1 }}>
              <Typography variant="h6">{t('jobs.drawer.title')}</Typography>
              <Typography variant="caption" color="textSecondary">
                {t('jobs.drawer.running', { n: running })}
              </Typography>
            </Stack>
            <Button onClick={() => go('/jobs')}>{t('jobs.drawer.all')}</Button>
          </Toolbar>
          {items.length === 0 ? (
            <Typography color="textSecondary" sx={{ px: 2, py: 3 }}>
              {t('jobs.drawer.empty')}
            </Typography>
          ) : (
            <List disablePadding>
              {items.map((job) => (
                <JobDrawerRow key={job.id} job={job} now={now} onOpen={(id) => go(`/jobs/${id}`)} />
              ))}
            </List>
          )}
        </Box>
      </Drawer>
    </>
  );
}

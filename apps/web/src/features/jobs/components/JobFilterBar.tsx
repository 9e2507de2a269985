import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { testIds } from '@zdash/test-ids';
import { useI18n } from '../../../lib/i18n/I18nProvider.tsx';
import { type JobFilters, noJobFilters } from '../jobFilters.ts';
import { jobStates, stateLabel } from '../jobFormat.ts';

/** Props of {@link JobFilterBar}. */
export interface JobFilterBarProps {
  filters: JobFilters;
  onChange(filters: JobFilters): void;
}

/** User, API, state and time range filters of the job history. */
export function JobFilterBar(props: JobFilterBarProps) {
  const { t } = useI18n();
  const { filters, onChange } = props;
  const set = (patch: Partial<JobFilters>) => onChange({ ...filters, ...patch });
  const dateSlot = (testId: string) => ({
    inputLabel: { shrink: true },
    htmlInput: { 'data-testid': testId },
  });
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} sx={{ mb: 2 }}>
      <TextField
        size="small"
        label={t('jobs.filter.user')}
        value={filters.user}
        onChange={(e) => set({ user: e.target.value })}
        slotProps={{ htmlInput: { 'data-testid': testIds.jobs.filterUser } }}
      />
      <TextField
        size="small"
        label={t('jobs.filter.api')}
        value={filters.api}
        onChange={(e) => set({ api: e.target.value })}
        placeholder="StopVmInstance"
        slotProps={{ htmlInput: { 'data-testid': testIds.jobs.filterApi } }}
      />
      <TextField
        select
        size="small"
        label={t('jobs.filter.state')}
        value={filters.state}
        onChange={(e) => set({ state: e.target.value as JobFilters['state'] })}
        sx={{ minWidth: 170 }}
        slotProps={{
          select: { SelectDisplayProps: { 'data-testid': testIds.jobs.filterState } as object },
        }}
      >
        <MenuItem value="">{t('common.all')}</MenuItem>
        {jobStates.map((s) => (
          <MenuItem key={s} value={s}>
            {t(stateLabel(s))}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        type="datetime-local"
        label={t('jobs.filter.from')}
        value={filters.from}
        onChange={(e) => set({ from: e.target.value })}
        slotProps={dateSlot(testIds.jobs.filterFrom)}
      />
      <TextField
        size="small"
        type="datetime-local"
        label={t('jobs.filter.to')}
        value={filters.to}
        onChange={(e) => set({ to: e.target.value })}
        slotProps={dateSlot(testIds.jobs.filterTo)}
      />
      <Button sx={{ whiteSpace: 'nowrap', flexShrink: 0 }} onClick={() => onChange(noJobFilters)}>
        {t('jobs.filter.clear')}
      </Button>
    </Stack>
  );
}

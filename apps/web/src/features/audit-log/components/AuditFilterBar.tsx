import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { testIds } from '@zdash/test-ids';
import { useI18n } from '../../../lib/i18n/I18nProvider.tsx';
import type { AuditFilters } from '../auditFilters.ts';

/** Props of {@link AuditFilterBar}. */
export interface AuditFilterBarProps {
  filters: AuditFilters;
  onChange(filters: AuditFilters): void;
}

/** User, operation, result and time range filters of the audit log. */
export function AuditFilterBar(props: AuditFilterBarProps) {
  const { t } = useI18n();
  const { filters, onChange } = props;
  const set = (patch: Partial<AuditFilters>) => onChange({ ...filters, ...patch });
  const dateSlot = (testId: string) => ({
    inputLabel: { shrink: true },
    htmlInput: { 'data-testid': testId },
  });
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} sx={{ mb: 2 }}>
      <TextField
        size="small"
        label={t('audit.filter.user')}
        value={filters.user}
        onChange={(e) => set({ user: e.target.value })}
        slotProps={{ htmlInput: { 'data-testid': testIds.auditLog.filterUser } }}
      />
      <TextField
        size="small"
        label={t('audit.filter.procedure')}
        value={filters.procedure}
        onChange={(e) => set({ procedure: e.target.value })}
        placeholder="auth.signIn"
        slotProps={{ htmlInput: { 'data-testid': testIds.auditLog.filterProcedure } }}
      />
      <TextField
        select
        size="small"
        label={t('audit.filter.result')}
        value={filters.result}
        onChange={(e) => set({ result: e.target.value as AuditFilters['result'] })}
        sx={{ minWidth: 140 }}
        slotProps={{
          select: {
            SelectDisplayProps: { 'data-testid': testIds.auditLog.filterResult } as object,
          },
        }}
      >
        <MenuItem value="">{t('common.all')}</MenuItem>
        <MenuItem value="success">{t('audit.result.success')}</MenuItem>
        <MenuItem value="failure">{t('audit.result.failure')}</MenuItem>
      </TextField>
      <TextField
        size="small"
        type="datetime-local"
        label={t('audit.filter.from')}
        value={filters.from}
        onChange={(e) => set({ from: e.target.value })}
        slotProps={dateSlot(testIds.auditLog.filterFrom)}
      />
      <TextField
        size="small"
        type="datetime-local"
        label={t('audit.filter.to')}
        value={filters.to}
        onChange={(e) => set({ to: e.target.value })}
        slotProps={dateSlot(testIds.auditLog.filterTo)}
      />
      <Button
        sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
        onClick={() => onChange({ user: '', procedure: '', result: '', from: '', to: '' })}
      >
        {t('audit.filter.clear')}
      </Button>
    </Stack>
  );
}

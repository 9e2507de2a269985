import { Alert, AlertTitle, Box, Typography } from '@mui/material';
import { testIds } from '@zdash/test-ids';
import { useI18n } from '../../../lib/i18n/I18nProvider.tsx';

/** A ZStack error as a job stores it. */
export interface JobErrorData {
  code: string;
  description: string;
  details: string | null;
  causes: JobErrorData[];
}

/** Props of {@link JobErrorView}. */
export interface JobErrorViewProps {
  error: JobErrorData;
}

function Causes(props: { causes: JobErrorData[] }) {
  if (props.causes.length === 0) return null;
  return (
    <Box component="ul" sx={{ pl: 2.5, my: 0.5 }}>
      {props.causes.map((c, i) => (
        // Causes have no id; their place in the chain is what identifies them.
        // biome-ignore lint/suspicious/noArrayIndexKey: a static chain, never reordered.
        <li key={i}>
          <Typography variant="body2" component="span" sx={{ fontFamily: 'monospace' }}>
            {c.code}
          </Typography>
          <Typography variant="body2" component="span">
            {` ${c.description}`}
          </Typography>
          {c.details && (
            <Typography variant="body2" color="textSecondary">
              {c.details}
            </Typography>
          )}
          <Causes causes={c.causes} />
        </li>
      ))}
    </Box>
  );
}

/** The error of a failed job: code, description, details and the cause chain, nested. */
export function JobErrorView(props: JobErrorViewProps) {
  const { t } = useI18n();
  const { error } = props;
  return (
    <Alert severity="error" data-testid={testIds.jobs.jobError}>
      <AlertTitle>
        <Box component="span" sx={{ fontFamily: 'monospace' }}>
          {error.code}
        </Box>{' '}
        {error.description}
      </AlertTitle>
      {error.details && <Typography variant="body2">{error.details}</Typography>}
      {error.causes.length > 0 && (
        <Box sx={{ mt: 1 }}>
          <Typography variant="body2" sx={{ fontWeight: 500 }}>
            {t('jobs.job.causes')}
          </Typography>
          <Causes causes={error.causes} />
        </Box>
      )}
    </Alert>
  );
}

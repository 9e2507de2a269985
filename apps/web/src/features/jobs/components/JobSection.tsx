import { Paper, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** Props of {@link JobSection}. */
export interface JobSectionProps {
  title: string;
  children: ReactNode;
  testId?: string;
}

/** One titled block of the job page. */
export function JobSection(props: JobSectionProps) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid={props.testId}>
      <Typography variant="subtitle1" component="h2" sx={{ mb: 1, fontWeight: 500 }}>
        {props.title}
      </Typography>
      {props.children}
    </Paper>
  );
}

import { Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** Props of {@link DashboardCard}. */
export interface DashboardCardProps {
  title: string;
  testId: string;
  children: ReactNode;
}

/** A titled card of the dashboard grid. */
export function DashboardCard(props: DashboardCardProps) {
  return (
    <Card data-testid={props.testId} sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="subtitle2" color="textSecondary" gutterBottom component="h2">
          {props.title}
        </Typography>
        {props.children}
      </CardContent>
    </Card>
  );
}

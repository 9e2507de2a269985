import { Box, LinearProgress, Typography } from '@mui/material';
import { levelColor, usedPercent } from '../dashboardFormat.ts';

/** Props of {@link UsageBar}. */
export interface UsageBarProps {
  label?: string;
  used: number;
  total: number;
  /** The caption under the bar (`12 of 64 vCPUs allocated`). */
  caption: string;
}

/** A used/total bar with its percentage. */
export function UsageBar(props: UsageBarProps) {
  const percent = usedPercent(props.used, props.total);
  return (
    <Box sx={{ mb: 1.5 }}>
      <Box
        sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 1 }}
      >
        {props.label && (
          <Typography variant="body2" noWrap title={props.label}>
            {props.label}
          </Typography>
        )}
        <Typography variant="body2" sx={{ ml: 'auto', fontWeight: 600 }}>
          {Math.round(percent)}%
        </Typography>
      </Box>
      <LinearProgress
        variant="determinate"
        value={percent}
        color={levelColor(percent)}
        sx={{ height: 8, borderRadius: 4, my: 0.5 }}
        aria-label={props.label ?? props.caption}
      />
      <Typography variant="caption" color="textSecondary">
        {props.caption}
      </Typography>
    </Box>
  );
}

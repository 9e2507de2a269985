import { Box, Chip, Stack, Typography } from '@mui/material';

/** One counted state. */
export interface CountItem {
  key: string;
  label: string;
  count: number;
  color: 'default' | 'success' | 'warning' | 'error' | 'info';
}

/** Props of {@link CountsList}. */
export interface CountsListProps {
  items: CountItem[];
  total: string;
  totalTestId?: string;
  empty: string;
  testIdPrefix: string;
}

/** Counts by state as labelled chips; states with no members are left out. */
export function CountsList(props: CountsListProps) {
  const shown = props.items.filter((i) => i.count > 0);
  return (
    <Box>
      <Typography variant="h5" component="p" sx={{ mb: 1.5 }} data-testid={props.totalTestId}>
        {props.total}
      </Typography>
      {shown.length === 0 ? (
        <Typography color="textSecondary">{props.empty}</Typography>
      ) : (
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
          {shown.map((item) => (
            <Chip
              key={item.key}
              data-testid={`${props.testIdPrefix}${item.key}`}
              data-count={item.count}
              color={item.color}
              variant={item.color === 'default' ? 'outlined' : 'filled'}
              label={`${item.label}: ${item.count}`}
            />
          ))}
        </Stack>
      )}
    </Box>
  );
}

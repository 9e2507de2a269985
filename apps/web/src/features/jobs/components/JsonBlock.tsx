import { Box } from '@mui/material';

/** Props of {@link JsonBlock}. */
export interface JsonBlockProps {
  value: unknown;
}

/** A value as indented JSON in a scrollable monospace box. */
export function JsonBlock(props: JsonBlockProps) {
  return (
    <Box
      component="pre"
      sx={{ m: 0, fontSize: 13, maxHeight: 360, overflow: 'auto', whiteSpace: 'pre-wrap' }}
    >
      {JSON.stringify(props.value, null, 2)}
    </Box>
  );
}

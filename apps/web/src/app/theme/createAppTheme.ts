import { createTheme, type Theme } from '@mui/material/styles';

/** Builds the MUI theme of one palette mode; colours stay close to ZStack's own blue. */
export function createAppTheme(mode: 'light' | 'dark'): Theme {
  return createTheme({
    palette: {
      mode,
      primary: { main: mode === 'light' ? '#1565c0' : '#64b5f6' },
      secondary: { main: mode === 'light' ? '#00838f' : '#4dd0e1' },
      background:
        mode === 'light'
          ? { default: '#f4f6f8', paper: '#ffffff' }
          : { default: '#0f1720', paper: '#17212b' },
    },
    shape: { borderRadius: 8 },
    typography: {
      fontFamily:
        '"Roboto", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Helvetica Neue", Arial, sans-serif',
      h5: { fontWeight: 600 },
      h6: { fontWeight: 600 },
    },
    components: {
      MuiCard: { defaultProps: { variant: 'outlined' } },
      MuiAppBar: { defaultProps: { elevation: 0 } },
    },
  });
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { browserLanguage } from './features/preferences/usePreferences.ts';
import { loadCatalogue } from './lib/i18n/catalogues.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// The browser's language shows from the first render (its catalogue is a lazy chunk; English,
// the fallback, is always there). A failed load renders English rather than nothing.
await loadCatalogue(browserLanguage()).catch(() => {});
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

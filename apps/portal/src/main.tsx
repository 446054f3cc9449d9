import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import './layout/fonts.css';
import './portal.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { SessionProvider } from './auth/session-context';
import { I18nProvider } from './i18n/i18n-context';

// The fonts are copied next to the app at build time (layout/fonts.css): no request leaves for a third-party CDN.
const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <SessionProvider>
        <App />
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
);

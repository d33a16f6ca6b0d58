import { CssBaseline, ThemeProvider } from '@mui/material';
import { HashRouter, Route, Routes } from 'react-router';
import { SignInPage } from '../features/auth/SignInPage';
import { HallDisplayPage } from '../features/queue/HallDisplayPage';
import { SetupPage } from '../features/setup/SetupPage';
import { BootScreen } from './BootScreen';
import { I18nProvider } from './i18n';
import { NotifyProvider } from './notify';
import { SignedInRoutes } from './router';
import { SessionProvider, useSession } from './session';
import { theme } from './theme';

function Gate() {
  const { state } = useSession();
  switch (state.status) {
    case 'booting':
    case 'unreachable':
      return <BootScreen />;
    case 'setup':
      return <SetupPage />;
    case 'signedOut':
      return <SignInPage />;
    case 'signedIn':
      return <SignedInRoutes />;
  }
}

/**
 * Hash routing: the same bundle runs from the HTTP bridge and from a file:// page in Electron,
 * where there is no server to answer `/head/users`.
 */
export function App() {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <I18nProvider>
        <SessionProvider>
          <NotifyProvider>
            <HashRouter>
              <Routes>
                {/* The queue's hall display runs on a TV PC with nobody signed in (its channel is public). */}
                <Route path="/hall" element={<HallDisplayPage />} />
                <Route path="*" element={<Gate />} />
              </Routes>
            </HashRouter>
          </NotifyProvider>
        </SessionProvider>
      </I18nProvider>
    </ThemeProvider>
  );
}

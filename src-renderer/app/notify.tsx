import { Alert, Snackbar } from '@mui/material';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { useT } from './i18n';

type Severity = 'success' | 'info' | 'warning' | 'error';
type Notify = (message: string, severity?: Severity) => void;

const NotifyContext = createContext<Notify>(() => {});

interface Toast {
  id: number;
  message: string;
  severity: Severity;
  open: boolean;
}

/** Short confirmations ("Saved") at the bottom; errors that need reading stay in the page. */
export function NotifyProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [toast, setToast] = useState<Toast>({ id: 0, message: '', severity: 'success', open: false });
  const notify = useCallback<Notify>(
    (message, severity = 'success') => setToast((t) => ({ id: t.id + 1, message, severity, open: true })),
    [],
  );
  const close = useCallback(() => setToast((t) => ({ ...t, open: false })), []);
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <Snackbar
        key={toast.id}
        open={toast.open}
        autoHideDuration={4000}
        onClose={(_event, reason) => reason !== 'clickaway' && close()}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert
          severity={toast.severity}
          variant="filled"
          onClose={close}
          closeText={t('common.close')}
          sx={{ minWidth: 320 }}
          role="status"
        >
          {toast.message}
        </Alert>
      </Snackbar>
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  return useContext(NotifyContext);
}

import { Box } from '@mui/material';
import { forwardRef, useImperativeHandle, useRef } from 'react';

export interface DocumentFrameHandle {
  /** Opens the print dialog for the page alone (Electron's and the browser's print both come from here). */
  print(): void;
}

/**
 * A document page in a frame: its own CSS and `@page` box, no scripts (sandbox without `allow-scripts`,
 * plus the page's own CSP). Same-origin so this window can call the frame's print().
 */
export const DocumentFrame = forwardRef<DocumentFrameHandle, { html: string; title: string; height?: number | string }>(
  function DocumentFrame({ html, title, height = '70vh' }, ref) {
    const frame = useRef<HTMLIFrameElement>(null);
    useImperativeHandle(ref, () => ({
      print() {
        const win = frame.current?.contentWindow;
        if (!win) return;
        win.focus();
        win.print();
      },
    }));
    return (
      <Box
        component="iframe"
        ref={frame}
        title={title}
        srcDoc={html}
        sandbox="allow-same-origin allow-modals"
        data-testid="document-frame"
        sx={{ width: '100%', height, border: 1, borderColor: 'divider', bgcolor: '#f0f0f0' }}
      />
    );
  },
);

import { createElement } from 'react';
import { Navigate, Route, Routes, useParams } from 'react-router';
import { PAGES } from '../shells/pages';
import { ShellLayout } from '../shells/ShellLayout';
import { findShell, homeShellOf, landingPathOf, pathOf, routesFor } from '../shells/shells';
import { useUser } from './session';

/** `/<shell>/<page>`: only the workspaces and pages (and the screens opened from them) this user may use exist as routes. */
function ShellRoutes() {
  const { user } = useUser();
  const { shellId } = useParams();
  const shell = findShell(user.role, shellId);
  if (!shell) return <Navigate to={landingPathOf(homeShellOf(user.role), user.role)} replace />;
  return (
    <ShellLayout shell={shell}>
      <Routes>
        {routesFor(shell, user.role).map((route) =>
          route.path === '' ? (
            <Route key={route.page} index element={createElement(PAGES[route.page], { shell })} />
          ) : (
            <Route key={route.page} path={route.path} element={createElement(PAGES[route.page], { shell })} />
          ),
        )}
        <Route path="*" element={<Navigate to={pathOf(shell)} replace />} />
      </Routes>
    </ShellLayout>
  );
}

export function SignedInRoutes() {
  const { user } = useUser();
  return (
    <Routes>
      <Route path="/:shellId/*" element={<ShellRoutes />} />
      <Route path="*" element={<Navigate to={landingPathOf(homeShellOf(user.role), user.role)} replace />} />
    </Routes>
  );
}

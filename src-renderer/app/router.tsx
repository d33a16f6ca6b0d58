import { createElement } from 'react';
import { Navigate, Route, Routes, useParams } from 'react-router';
import { PAGES } from '../shells/pages';
import { ShellLayout } from '../shells/ShellLayout';
import { findShell, homeShellOf, navFor, pathOf } from '../shells/shells';
import { useUser } from './session';

/** `/<shell>/<page>`: only the workspaces and pages this user may use exist as routes. */
function ShellRoutes() {
  const { user } = useUser();
  const { shellId } = useParams();
  const shell = findShell(user.role, shellId);
  if (!shell) return <Navigate to={pathOf(homeShellOf(user.role))} replace />;
  return (
    <ShellLayout shell={shell}>
      <Routes>
        {navFor(shell, user.role).map((item) =>
          item.path === '' ? (
            <Route key={item.page} index element={createElement(PAGES[item.page], { shell })} />
          ) : (
            <Route key={item.page} path={item.path} element={createElement(PAGES[item.page], { shell })} />
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
      <Route path="*" element={<Navigate to={pathOf(homeShellOf(user.role))} replace />} />
    </Routes>
  );
}

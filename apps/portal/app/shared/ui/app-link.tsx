import { Link as DsLink } from '@digdir/designsystemet-react';
import type { ComponentProps } from 'react';
import { Link as RouterLink, NavLink } from 'react-router';

/** A Designsystemet link that navigates in the app (a plain <a href> without JavaScript). */
export function AppLink(props: ComponentProps<typeof RouterLink>) {
  return (
    <DsLink asChild>
      <RouterLink {...props} />
    </DsLink>
  );
}

/** Navigation link; marks the current page with aria-current="page". */
export function AppNavLink(props: ComponentProps<typeof NavLink>) {
  return (
    <DsLink asChild>
      <NavLink {...props} />
    </DsLink>
  );
}

import { hasRole } from '@/lib/auth/console-roles';
import { CONSOLE_ROLES, type ConsoleRole } from '@/lib/contracts/auth';

export type NavItem = { href: string; label: string; roles: readonly ConsoleRole[] };

export type NavSection = { title: string; items: NavItem[] };

const EVERYONE = CONSOLE_ROLES;
const OWNER: readonly ConsoleRole[] = ['owner'];

/** Every console page and who may open it. The pages check the same roles on the server; this only hides links. */
export const NAV_SECTIONS: NavSection[] = [
  {
    title: 'Onboarding',
    items: [
      { href: '/overview', label: 'Overview', roles: EVERYONE },
      { href: '/onboarding', label: 'Onboarding checklist', roles: EVERYONE },
      { href: '/setup-guide', label: 'IdP setup guide', roles: EVERYONE },
    ],
  },
  {
    title: 'Configuration',
    items: [
      { href: '/tokens', label: 'Tokens', roles: OWNER },
      { href: '/api-keys', label: 'API keys', roles: OWNER },
      { href: '/webhooks', label: 'Webhooks', roles: OWNER },
      { href: '/roles', label: 'Roles and groups', roles: OWNER },
      { href: '/attributes', label: 'Attributes and claims', roles: OWNER },
      { href: '/settings', label: 'User configuration', roles: OWNER },
    ],
  },
  {
    title: 'Directory',
    items: [
      { href: '/users', label: 'Users', roles: OWNER },
      { href: '/groups', label: 'Groups', roles: OWNER },
      { href: '/audit', label: 'Audit log', roles: EVERYONE },
    ],
  },
];

/** The sections and links a role may see; sections left empty are dropped. */
export function navSectionsFor(role: ConsoleRole): NavSection[] {
  return NAV_SECTIONS.map((section) => ({
    ...section,
    items: section.items.filter((item) => hasRole({ role }, item.roles)),
  })).filter((section) => section.items.length > 0);
}

/** Whether a role may open a console link (`/tokens`, `/audit?outcome=failure`, `/setup-guide#tenant-url`…). */
export function canOpenPage(role: ConsoleRole, href: string): boolean {
  const path = href.split(/[?#]/)[0];
  const item = NAV_SECTIONS.flatMap((section) => section.items).find((entry) => path === entry.href || path.startsWith(`${entry.href}/`));
  return item !== undefined && hasRole({ role }, item.roles);
}

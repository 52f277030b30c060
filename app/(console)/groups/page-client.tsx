'use client';

import { GroupBrowser } from '@/components/groups/group-browser';

export function GroupsPageClient() {
  return (
    <section aria-label="Groups">
      <GroupBrowser />
    </section>
  );
}

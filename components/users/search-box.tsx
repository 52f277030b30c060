'use client';

import { useEffect, useRef, useState } from 'react';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

export type SearchBoxProps = {
  id: string;
  label: string;
  placeholder?: string;
  /** The search in effect (from the URL). */
  value: string;
  /** Called once typing pauses, and at once on Enter or when the box loses focus. */
  onSearch: (value: string) => void;
  delayMs?: number;
};

/** A search field that searches as you type, one request per pause rather than per key. */
export function SearchBox({ id, label, placeholder, value, onSearch, delayMs = 300 }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  // The timer fires after later renders: it must call the newest onSearch, which knows the other filters set meanwhile.
  const latestOnSearch = useRef(onSearch);
  useEffect(() => {
    latestOnSearch.current = onSearch;
  });

  // The last search sent or received: a different value from outside (a "clear" button, a link) replaces the text.
  const [known, setKnown] = useState(value);
  if (value !== known) {
    setKnown(value);
    setText(value);
  }

  const send = (next: string) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    setKnown(next);
    latestOnSearch.current(next);
  };

  const schedule = (next: string) => {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => send(next.trim()), delayMs);
  };

  return (
    <div className="w-full max-w-sm space-y-1">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        type="search"
        value={text}
        placeholder={placeholder}
        autoComplete="off"
        onChange={(event) => schedule(event.target.value)}
        // Leaving the box sends a pending search at once, unless it changes nothing or the box was left for a link:
        // the URL update follows asynchronously, and landing during the navigation the click started, it cancels it.
        onBlur={(event) => {
          if (timer.current === undefined) return;
          if (text.trim() === known || event.relatedTarget instanceof HTMLAnchorElement) {
            clearTimeout(timer.current);
            timer.current = undefined;
          } else send(text.trim());
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          send(text.trim());
        }}
      />
    </div>
  );
}

'use client';

import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { formatDate } from '@/lib/client/format-date';
import { formatIsoDate, TOKEN_EXPIRY_PRESETS, type TokenExpiry } from '@/lib/contracts/tokens';
import { DAY_MS } from '@/lib/time/durations';

export type TokenExpirySelectProps = {
  value: TokenExpiry;
  onChange: (expiry: TokenExpiry) => void;
  defaultDays: number;
  maxDays: number;
  now: Date;
  error?: string;
};

/** Preset durations (and the configured default) up to the maximum, or a specific date. */
export function TokenExpirySelect({ value, onChange, defaultDays, maxDays, now, error }: TokenExpirySelectProps) {
  const choices = [...new Set([...TOKEN_EXPIRY_PRESETS, defaultDays])]
    .filter((days) => days <= maxDays)
    .sort((a, b) => a - b);
  const latest = formatIsoDate(new Date(now.getTime() + maxDays * DAY_MS));
  const tomorrow = formatIsoDate(new Date(now.getTime() + DAY_MS));

  const choose = (choice: string) => {
    onChange(choice === 'date' ? { kind: 'date', date: latest } : { kind: 'days', days: Number(choice) });
  };

  return (
    <div className="space-y-3">
      <Field
        id="token-expiry"
        label="Expires"
        hint={`Default ${defaultDays} days; at most ${maxDays} days (until ${formatDate(`${latest}T12:00:00Z`)}).`}
        error={value.kind === 'days' ? error : undefined}
      >
        <Select value={value.kind === 'date' ? 'date' : String(value.days)} onChange={(e) => choose(e.target.value)}>
          {choices.map((days) => (
            <option key={days} value={days}>
              {days} days{days === defaultDays ? ' (default)' : ''} — until{' '}
              {formatDate(new Date(now.getTime() + days * DAY_MS).toISOString())}
            </option>
          ))}
          <option value="date">On a date…</option>
        </Select>
      </Field>
      {value.kind === 'date' ? (
        <Field id="token-expiry-date" label="Expiry date" error={error}>
          <Input
            type="date"
            min={tomorrow}
            max={latest}
            value={value.date}
            onChange={(e) => onChange({ kind: 'date', date: e.target.value })}
          />
        </Field>
      ) : null}
    </div>
  );
}

'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { errorMessage } from '@/lib/client/fetch-json';
import { useCreateWebhook } from '@/lib/client/webhooks';
import type { CreatedWebhookDto } from '@/lib/contracts/webhooks';
import { changeEventTypes, type ChangeEventType } from '@/lib/contracts/change-events';

/** URL, description and the event types to send (none ticked: all of them). */
export function CreateWebhookForm({ onCreated }: { onCreated: (created: CreatedWebhookDto) => void }) {
  const create = useCreateWebhook();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [types, setTypes] = useState<ChangeEventType[]>([]);

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      { url, description, eventTypes: types },
      {
        onSuccess: (created) => {
          setUrl('');
          setDescription('');
          setTypes([]);
          onCreated(created);
        },
      },
    );
  }

  return (
    <form onSubmit={submit} className="space-y-4 rounded-lg border border-zinc-200 bg-white p-4" aria-labelledby="new-webhook-heading">
      <h2 id="new-webhook-heading" className="text-sm font-semibold text-zinc-700">
        Add an endpoint
      </h2>
      <Field id="webhook-url" label="Endpoint URL" hint="Roster POSTs each event here, signed with the endpoint's secret." error={create.isError ? errorMessage(create.error) : undefined}>
        <Input value={url} onChange={(event) => setUrl(event.target.value)} placeholder="https://app.example.com/webhooks/roster" required />
      </Field>
      <Field id="webhook-description" label="Description (optional)">
        <Input value={description} onChange={(event) => setDescription(event.target.value)} maxLength={200} />
      </Field>
      <fieldset>
        <legend className="text-sm font-medium text-zinc-800">Event types</legend>
        <p className="text-xs text-zinc-500">Leave all unticked to receive every event type.</p>
        <div className="mt-2 grid grid-cols-2 gap-1 sm:grid-cols-4">
          {changeEventTypes.map((type) => (
            <label key={type} className="flex items-center gap-2 font-mono text-xs text-zinc-700">
              <input
                type="checkbox"
                checked={types.includes(type)}
                onChange={(event) => setTypes(event.target.checked ? [...types, type] : types.filter((held) => held !== type))}
              />
              {type}
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" variant="primary" isLoading={create.isPending}>
        Add endpoint
      </Button>
    </form>
  );
}

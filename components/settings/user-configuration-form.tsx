'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { FOCUS_RING } from '@/components/ui/focus-ring';
import { useToast } from '@/components/ui/toast';
import { formatDateTime } from '@/lib/client/format-date';
import { useUpdateSettings } from '@/lib/client/settings';
import { userConfigurationBodySchema, type SettingsDto, type UserConfigurationBody } from '@/lib/contracts/settings';
import { SaveBar } from './save-bar';

const DELETE_MODE_CHOICES = [
  {
    value: 'delete',
    title: 'Delete the account',
    text: 'When the identity provider deletes a user, the account is removed from the application. If the person is provisioned again later, a new account is created.',
  },
  {
    value: 'deactivate',
    title: 'Deactivate the account and keep its content',
    text: 'The account is switched off and can no longer sign in, but everything the user created stays. If the person is provisioned again, the same account is switched back on.',
  },
] as const;

const CONTROL = `size-4 accent-blue-600 ${FOCUS_RING}`;

export function UserConfigurationForm({ settings }: { settings: SettingsDto }) {
  const update = useUpdateSettings();
  const toast = useToast();
  const form = useForm<UserConfigurationBody>({
    resolver: zodResolver(userConfigurationBodySchema),
    values: { applyUserNameChanges: settings.applyUserNameChanges, deleteMode: settings.deleteMode },
  });

  const submit = form.handleSubmit((body) =>
    update.mutate(body, {
      onSuccess: () => toast.success('User configuration saved.'),
      onError: (error) => toast.error(error, 'User configuration was not saved'),
    }),
  );

  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <div className="flex items-start gap-3">
        <input
          id="apply-username-changes"
          type="checkbox"
          aria-describedby="apply-username-changes-text"
          className={`mt-0.5 ${CONTROL}`}
          {...form.register('applyUserNameChanges')}
        />
        <div>
          <label htmlFor="apply-username-changes" className="block text-sm font-medium text-zinc-800">
            Apply userName changes from the identity provider
          </label>
          <p id="apply-username-changes-text" className="text-sm text-zinc-600">
            When someone&apos;s sign-in name changes in the identity provider (for example after a name change), update it here
            too. Turn this off if your application uses the userName as a fixed login: a rename is then ignored, the rest of
            the change is still applied, and the audit log notes the ignored rename.
          </p>
        </div>
      </div>

      <fieldset>
        <legend className="text-sm font-medium text-zinc-800">When the identity provider deletes a user</legend>
        <div className="mt-2 space-y-3">
          {DELETE_MODE_CHOICES.map((choice) => (
            <div key={choice.value} className="flex items-start gap-3">
              <input
                id={`delete-mode-${choice.value}`}
                type="radio"
                value={choice.value}
                aria-describedby={`delete-mode-${choice.value}-text`}
                className={`mt-0.5 ${CONTROL}`}
                {...form.register('deleteMode')}
              />
              <div>
                <label htmlFor={`delete-mode-${choice.value}`} className="block text-sm font-medium text-zinc-800">
                  {choice.title}
                </label>
                <p id={`delete-mode-${choice.value}-text`} className="text-sm text-zinc-600">
                  {choice.text}
                </p>
              </div>
            </div>
          ))}
        </div>
      </fieldset>

      <SaveBar
        // Never saved: Save confirms the defaults (the onboarding checklist waits for that save).
        isDirty={form.formState.isDirty || settings.userConfigurationSavedAt === null}
        isPending={update.isPending}
        status={
          settings.userConfigurationSavedAt
            ? `Last saved ${formatDateTime(settings.userConfigurationSavedAt)}`
            : 'Not saved yet: the defaults apply until you save.'
        }
      />
    </form>
  );
}

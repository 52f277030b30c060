'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { useToast } from '@/components/ui/toast';
import type { AppFieldDto } from '@/lib/contracts/fields';
import { EditFieldForm } from './edit-field-form';
import { RegisterFieldForm } from './register-field-form';

export function RegisterFieldDialog() {
  const [open, setOpen] = useState(false);
  const toast = useToast();

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="primary">Register field</Button>
      </DialogTrigger>
      <DialogContent
        title="Register an application field"
        description="A field is read from the SCIM path on every provisioning request. Fields outside the standard schemas appear in Roster's own SCIM extension."
        className="w-[min(40rem,calc(100vw-2rem))]"
      >
        <RegisterFieldForm
          onRegistered={(field) => {
            setOpen(false);
            toast.success(`“${field.label}” registered.`);
          }}
        />
      </DialogContent>
    </Dialog>
  );
}

export function EditFieldDialog({ field, onOpenChange }: { field: AppFieldDto | null; onOpenChange: (open: boolean) => void }) {
  const toast = useToast();

  return (
    <Dialog open={field !== null} onOpenChange={onOpenChange}>
      {field ? (
        <DialogContent
          title={`Edit “${field.label}”`}
          description={`Machine name ${field.machineName} and the field type cannot be changed.`}
          className="w-[min(40rem,calc(100vw-2rem))]"
        >
          <EditFieldForm
            field={field}
            onSaved={() => {
              onOpenChange(false);
              toast.success(`“${field.label}” saved.`);
            }}
          />
        </DialogContent>
      ) : null}
    </Dialog>
  );
}

import { CopyButton } from '@/components/ui/copy-button';
import { Table, TableBody, TableCell, TableHeader, TableRow } from '@/components/ui/table';
import type { AppFieldDto } from '@/lib/contracts/fields';

/** The application fields with the SCIM attribute and SAML claim the identity provider must send for each. */
export function ClaimsTable({ fields }: { fields: AppFieldDto[] }) {
  return (
    <Table aria-label="Claims and attributes to configure">
      <TableHeader columns={['Field', 'SCIM attribute (custom SSO attribute)', 'SAML claim']} />
      <TableBody>
        {fields.map((field) => (
          <TableRow key={field.id}>
            <TableCell>
              <p className="font-medium">{field.label}</p>
              <p className="font-mono text-xs text-zinc-500">{field.machineName}</p>
            </TableCell>
            <TableCell>
              <CopyableCode value={field.scimPath} label={`SCIM attribute of ${field.label}`} />
            </TableCell>
            <TableCell>
              {field.samlClaim ? (
                <CopyableCode value={field.samlClaim} label={`SAML claim of ${field.label}`} />
              ) : (
                <span className="text-zinc-500">—</span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function CopyableCode({ value, label }: { value: string; label: string }) {
  return (
    <span className="flex items-start gap-2">
      <code className="font-mono text-xs break-all text-zinc-900">{value}</code>
      <CopyButton value={value} label={label} />
    </span>
  );
}

import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/client';
import { createConsoleUser } from '@/lib/auth/create-console-user';
import { CONSOLE_ROLES } from '@/lib/contracts/auth';
import { createConsoleUserSchema } from '@/lib/contracts/auth';
import { describeZodError, zodErrorField } from '@/lib/errors/describe-zod-error';
import { askNewPassword } from './prompt-password';
import { reportRefusal } from './report-refusal';

const USAGE = `Creates a console user.

Usage: npm run user:create -- --email <email> --role <${CONSOLE_ROLES.join('|')}> [--name <name>] [--password <password>]

Without --password the password is asked for on the terminal (hidden), or read from the first line of
piped standard input. Works while Roster runs: on embedded PGlite it goes through the server's socket.`;

function fail(message: string): never {
  console.error(`user:create: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        email: { type: 'string' },
        role: { type: 'string' },
        name: { type: 'string' },
        password: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!values.email || !values.role) fail(`--email and --role are required.\n\n${USAGE}`);

  // Check the other options before asking for a password, so nobody types one twice for a typo in --email.
  const identity = createConsoleUserSchema.omit({ password: true }).safeParse({ email: values.email, role: values.role, name: values.name });
  if (!identity.success) fail(`--${zodErrorField(identity.error)}: ${describeZodError(identity.error)}`);

  const password = typeof values.password === 'string' ? values.password : await askNewPassword();
  const parsed = createConsoleUserSchema.safeParse({ ...identity.data, password });
  if (!parsed.success) fail(`--${zodErrorField(parsed.error)}: ${describeZodError(parsed.error)}`);

  const database = await openDatabase();
  try {
    const user = await createConsoleUser(database.db, parsed.data, { type: 'system', name: 'npm run user:create' }, new Date());
    console.log(`Created ${user.role} ${user.email} (id ${user.id}). They can sign in at /login.`);
  } catch (error) {
    reportRefusal('user:create', error);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));

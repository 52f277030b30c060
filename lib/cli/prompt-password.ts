import { createInterface } from 'node:readline';

const ENTER = new Set(['\r', '\n', '\u0004']);
const BACKSPACE = new Set(['\u007f', '\b']);
const CTRL_C = '\u0003';

/** Asks for a secret on the terminal without echoing it. */
export function promptHidden(question: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(question);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');

  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === CTRL_C) return finish(new Error('Cancelled.'));
        if (ENTER.has(character)) return finish();
        if (BACKSPACE.has(character)) value = value.slice(0, -1);
        else value += character;
      }
    };
    input.on('data', onData);
  });
}

/** The first line of standard input, for scripts that pipe the password in. */
export function readFirstLine(): Promise<string> {
  return new Promise((resolve) => {
    const lines = createInterface({ input: process.stdin });
    let answered = false;
    lines.once('line', (line) => {
      answered = true;
      lines.close();
      resolve(line);
    });
    lines.once('close', () => {
      if (!answered) resolve('');
    });
  });
}

/** The password from the terminal (typed twice) or, when input is piped, its first line. */
export async function askNewPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readFirstLine();
  const password = await promptHidden('Password (at least 12 characters): ');
  const repeated = await promptHidden('Repeat the password: ');
  if (password !== repeated) throw new Error('The two passwords do not match.');
  return password;
}

import { parseArgs } from 'node:util';
import { createAdmin } from '~/modules/accounts/create-admin.server';
import { passwordMaxLength, passwordMinLength } from '~/modules/accounts/password-rules';
import { isAppError } from '~/platform/errors';
import { type Command, UsageError } from '../command';
import { promptHidden } from '../prompt';

const messages: Record<string, string> = {
  invalidEmail: 'The e-mail address is not valid.',
  passwordLength: `The password must have ${passwordMinLength} to ${passwordMaxLength} characters.`,
  passwordRequired:
    'A new administrator needs a password: pass --password, set MARSAD_ADMIN_PASSWORD, or run in a terminal to be asked.',
};

export const createAdminCommand: Command = {
  summary: 'Create an administrator, or give an existing account the admin role',
  usage: [
    'create-admin --email <address> --name "<name>" [--password <password>]',
    '',
    'Without --password the password is read from MARSAD_ADMIN_PASSWORD, or asked for when run in a',
    'terminal (not echoed). An existing account keeps its password when none is given. The address',
    'counts as verified; the change is recorded in the audit log as "cli.create-admin".',
  ].join('\n'),
  async run({ argv, platform, print }) {
    const { values } = parseArgs({
      args: argv,
      options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    });
    if (!values.email) throw new UsageError('--email is required');
    if (!values.name?.trim()) throw new UsageError('--name is required');
    let password = values.password ?? (process.env.MARSAD_ADMIN_PASSWORD || undefined);
    if (password === undefined) {
      password = await promptHidden(
        `Password for ${values.email} (${passwordMinLength}+ characters, empty to keep): `,
      );
      if (password === '') password = undefined;
      else if (password !== undefined) {
        const again = await promptHidden('Same password again: ');
        if (again !== password) throw new UsageError('The two passwords are not the same.');
      }
    }
    if (
      password !== undefined &&
      (password.length < passwordMinLength || password.length > passwordMaxLength)
    ) {
      throw new UsageError(messages.passwordLength);
    }
    const { database } = await platform();
    try {
      const result = await createAdmin({ db: database.db, email: values.email, name: values.name, password });
      if (result.created) print(`Created administrator ${values.email.trim().toLowerCase()}.`);
      else if (result.promoted) print(`${values.email.trim().toLowerCase()} is now an administrator.`);
      else print(`${values.email.trim().toLowerCase()} was already an administrator; details updated.`);
      return 0;
    } catch (error) {
      if (isAppError(error) && messages[error.code]) throw new UsageError(messages[error.code]);
      throw error;
    }
  },
};

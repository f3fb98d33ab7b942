import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../testing/factories';
import { loginAs } from '../../testing/login';
import { enrolMfa, totpCode } from '../../testing/mfa';
import { createTestApp, type TestApp } from '../../testing/test-app';

const lines: string[] = [];
let t: TestApp;
beforeAll(async () => {
  // The most verbose level, so that anything a log call could carry shows up here.
  t = await createTestApp({ LOG_LEVEL: 'trace' }, { logStream: { write: (line: string) => void lines.push(line) } });
});
afterAll(async () => t.close());

describe('logging', () => {
  it('never writes passwords, e-mail addresses, codes, cookies or CSRF tokens to the log', async () => {
    const user = await createUser(t.db);
    const inject = (payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login?email=' + encodeURIComponent(user.email), payload });
    await inject({ email: user.email, password: 'a-wrong-password-123' });
    await inject({ email: user.email, password: user.password, rememberMe: 'yes' });
    const client = await loginAs(t.app, user);
    const { secret, recoveryCodes } = await enrolMfa(client);
    await inject({ email: user.email, password: user.password, code: recoveryCodes[0]! });
    await client.request({ method: 'POST', url: '/api/v1/account/password', payload: { currentPassword: user.password, newPassword: 'my new secret passphrase' } });

    const output = lines.join('');
    expect(output).toContain('request completed');
    expect(output).toContain('"path":"/api/v1/auth/login"');
    const secrets = [
      user.password,
      'a-wrong-password-123',
      'my new secret passphrase',
      user.email,
      encodeURIComponent(user.email),
      secret,
      recoveryCodes[0]!,
      totpCode(secret),
      client.csrfToken,
      client.cookie.split('=')[1]!,
    ];
    for (const value of secrets) expect(output).not.toContain(value);
  });
});

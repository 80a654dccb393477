import { Secret, TOTP } from 'otpauth';
import type TestAgent from 'supertest/lib/agent';
import { gql } from './test-app';

/** The code an authenticator app shows for this secret at this time (RFC 6238). */
export function totpCode(secret: string, at: Date): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: at.getTime(),
  });
}

export async function startEnrolment(agent: TestAgent): Promise<{ secret: string; uri: string }> {
  const res = await gql<{ startTwoFactorEnrolment: { secret: string; uri: string } }>(
    agent,
    'mutation { startTwoFactorEnrolment { secret uri } }',
  );
  if (!res.data) throw new Error(`Enrolment failed: ${res.errors?.[0]?.message}`);
  return res.data.startTwoFactorEnrolment;
}

export async function confirmEnrolment(agent: TestAgent, code: string): Promise<string[]> {
  const res = await gql<{ confirmTwoFactorEnrolment: { codes: string[] } }>(
    agent,
    'mutation($c: String!) { confirmTwoFactorEnrolment(code: $c) { codes } }',
    { c: code },
  );
  if (!res.data) throw new Error(`Confirmation failed: ${res.errors?.[0]?.message}`);
  return res.data.confirmTwoFactorEnrolment.codes;
}

export const LOGIN_STEP =
  'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { viewer { displayName } twoFactor { token expiresAt } } }';
export const CODE_STEP =
  'mutation($t: String!, $c: String!) { completeTwoFactorSignIn(challenge: $t, code: $c) { displayName } }';

/** The password step; returns the challenge token (throws when no code was asked for). */
export async function passwordStep(agent: TestAgent, email: string, password: string) {
  const res = await gql<{ login: { twoFactor: { token: string } | null } }>(agent, LOGIN_STEP, {
    e: email,
    p: password,
  });
  const token = res.data?.login.twoFactor?.token;
  if (!token) throw new Error(`No code was asked for: ${JSON.stringify(res)}`);
  return token;
}

/** Both steps; returns the signed-in agent. */
export async function signInWithCode(
  agent: TestAgent,
  email: string,
  password: string,
  code: string,
): Promise<TestAgent> {
  const token = await passwordStep(agent, email, password);
  const res = await gql(agent, CODE_STEP, { t: token, c: code });
  if (res.errors) throw new Error(`Code step failed: ${res.errors[0]?.message}`);
  return agent;
}

import { createHash, randomInt } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;

// No 0/O, 1/I/L: codes are read off paper and typed.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 4;
const GROUP_LENGTH = 4;

/**
 * A new recovery code, e.g. `k7pq-m2xa-9frt-w3hd`: 16 characters from 31, about 79 bits.
 * That much entropy is why a fast hash (SHA-256, as for session tokens) is enough at rest:
 * a stolen table cannot be brute-forced back into codes.
 */
export function newRecoveryCode(): string {
  const groups = Array.from({ length: GROUPS }, () =>
    Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  );
  return groups.join('-');
}

/** What people type varies (case, spaces, dashes); the hash is of the canonical form. */
export function normalizeRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function recoveryCodeHash(code: string): string {
  return createHash('sha256').update(normalizeRecoveryCode(code)).digest('hex');
}

/** A recovery code as typed: 16 characters once dashes and spaces are removed. */
export function looksLikeRecoveryCode(input: string): boolean {
  return normalizeRecoveryCode(input).length === GROUPS * GROUP_LENGTH;
}

import { passwordProblem } from './passwords';
import { canInvite } from './roles';

describe('passwordProblem', () => {
  it('rejects passwords shorter than 8 characters', () => {
    expect(passwordProblem('1234567')).toBe('Use at least 8 characters.');
  });
  it('accepts 8 and 128 characters, with no composition rules', () => {
    expect(passwordProblem('aaaaaaaa')).toBeNull();
    expect(passwordProblem('a'.repeat(128))).toBeNull();
  });
  it('rejects more than 128 characters', () => {
    expect(passwordProblem('a'.repeat(129))).toBe('Use at most 128 characters.');
  });
  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblem('🔥'.repeat(8))).toBeNull();
  });
});

describe('canInvite', () => {
  it('lets an admin invite coaches, a coach invite clients, a client nobody', () => {
    expect(canInvite(['CLINIC_ADMIN'], 'COACH')).toBe(true);
    expect(canInvite(['COACH'], 'CLIENT')).toBe(true);
    expect(canInvite(['COACH'], 'COACH')).toBe(false);
    expect(canInvite(['COACH'], 'CLINIC_ADMIN')).toBe(false);
    expect(canInvite(['CLIENT'], 'CLIENT')).toBe(false);
  });
});

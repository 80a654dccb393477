import type { AuditAction, AuditOutcome, Role } from '../../../gql/graphql';

export const ACTION_LABELS: Record<AuditAction, string> = {
  READ: 'Opened',
  CREATE: 'Created',
  UPDATE: 'Changed',
  DELETE: 'Deleted',
  EXPORT: 'Exported',
  SIGN_IN: 'Signed in',
  SIGN_IN_FAILED: 'Failed sign-in',
  SIGN_OUT: 'Signed out',
  INVITE: 'Invited',
  REASSIGN: 'Reassigned',
  ROLE_CHANGE: 'Role changed',
  SETTINGS_CHANGE: 'Settings changed',
  CLINIC_SWITCH: 'Switched clinic',
  SECURITY_CHANGE: 'Security changed',
};

export const OUTCOME_LABELS: Record<AuditOutcome, string> = {
  SUCCESS: 'Done',
  FAILURE: 'Failed',
  DENIED: 'Refused',
};

export const ROLE_LABELS: Record<Role, string> = {
  CLINIC_ADMIN: 'Clinic admin',
  COACH: 'Coach',
  CLIENT: 'Client',
};

/** What the event is about, in words: "couple", "check-in", "assignment"… */
export function targetLabel(targetType: string): string {
  const words: Record<string, string> = {
    checkin: 'check-in',
    measure: 'CSI-4',
    membership: 'person',
    activity: 'activity log',
  };
  return words[targetType] ?? targetType;
}

export interface ActivityFilterState {
  personId: string | null;
  coupleId: string | null;
  action: AuditAction | null;
  from: string;
  to: string;
}

/** The filter as the API takes it (empty fields left out). */
export function toApiFilter(f: ActivityFilterState) {
  return {
    ...(f.personId ? { personId: f.personId } : {}),
    ...(f.coupleId ? { coupleId: f.coupleId } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
  };
}

/** The CSV download of the same filter. */
export function csvHref(f: ActivityFilterState): string {
  const params = new URLSearchParams(toApiFilter(f));
  const query = params.toString();
  return `/api/clinic-activity.csv${query ? `?${query}` : ''}`;
}

import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '@hearth/domain';
import { hashPassword } from '../auth/tokens';
import type { AppConfig } from '../config/config';
import { seedDemoHomework } from './demo-homework';
import { seedDemoCheckins } from './demo-checkins';

export const DEMO_PASSWORD = 'hearth-demo';

export const DEMO_LOGINS: { email: string; role: string }[] = [
  { email: 'admin@riverside.example', role: 'Riverside clinic admin' },
  { email: 'maya@riverside.example', role: 'Riverside coach' },
  { email: 'daniel@riverside.example', role: 'Riverside coach' },
  { email: 'alex@riverside.example', role: 'Riverside client (Alex & Sam)' },
  { email: 'sam@riverside.example', role: 'Riverside client (Alex & Sam)' },
  { email: 'admin@northside.example', role: 'Northside clinic admin' },
  { email: 'lee@northside.example', role: 'Northside coach' },
];

interface PersonSpec {
  email: string;
  name: string;
  /** Clients who have not accepted their invitation yet. */
  invited?: boolean;
}

interface CoupleSpec {
  label: string;
  coach: string;
  a: PersonSpec;
  b: PersonSpec;
  intakeWeeksAgo: number;
  status?: 'ACTIVE' | 'PAUSED' | 'CLOSED';
}

interface ClinicSpec {
  name: string;
  timeZone: string;
  admin: PersonSpec;
  coaches: PersonSpec[];
  couples: CoupleSpec[];
}

const p = (email: string, name: string, invited = false): PersonSpec => ({ email, name, invited });

const CLINICS: ClinicSpec[] = [
  {
    name: 'Riverside Couples Clinic',
    timeZone: 'America/New_York',
    admin: p('admin@riverside.example', 'Rachel Stone'),
    coaches: [
      p('maya@riverside.example', 'Maya Okafor'),
      p('daniel@riverside.example', 'Daniel Reyes'),
    ],
    couples: [
      {
        label: 'Alex & Sam',
        coach: 'maya',
        a: p('alex@riverside.example', 'Alex'),
        b: p('sam@riverside.example', 'Sam'),
        intakeWeeksAgo: 10,
      },
      {
        label: 'Jordan & Casey',
        coach: 'maya',
        a: p('jordan@riverside.example', 'Jordan'),
        b: p('casey@riverside.example', 'Casey'),
        intakeWeeksAgo: 9,
      },
      {
        label: 'Priya & Tom',
        coach: 'maya',
        a: p('priya@riverside.example', 'Priya'),
        b: p('tom@riverside.example', 'Tom'),
        intakeWeeksAgo: 12,
      },
      {
        label: 'Noor & Eli',
        coach: 'daniel',
        a: p('noor@riverside.example', 'Noor'),
        b: p('eli@riverside.example', 'Eli'),
        intakeWeeksAgo: 8,
      },
      {
        label: 'Chris & Pat',
        coach: 'daniel',
        a: p('chris@riverside.example', 'Chris'),
        b: p('pat@riverside.example', 'Pat'),
        intakeWeeksAgo: 11,
        status: 'PAUSED',
      },
      {
        label: 'Mei & Luca',
        coach: 'daniel',
        a: p('mei@riverside.example', 'Mei'),
        b: p('luca@riverside.example', 'Luca', true),
        intakeWeeksAgo: 1,
      },
    ],
  },
  {
    name: 'Northside Relationship Centre',
    timeZone: 'America/Chicago',
    admin: p('admin@northside.example', 'Grace Holm'),
    coaches: [p('lee@northside.example', 'Lee Park')],
    couples: [
      {
        label: 'Robin & Taylor',
        coach: 'lee',
        a: p('robin@northside.example', 'Robin'),
        b: p('taylor@northside.example', 'Taylor'),
        intakeWeeksAgo: 6,
      },
    ],
  },
];

async function addPerson(
  em: EntityManager,
  clinicId: string,
  person: PersonSpec,
  role: Role,
  passwordHash: string,
): Promise<string> {
  const users: { id: string }[] = await em.query(
    `INSERT INTO users (email, display_name, password_hash) VALUES ($1, $2, $3)
     ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email RETURNING id`,
    [person.email, person.name, person.invited ? null : passwordHash],
  );
  const rows: { id: string }[] = await em.query(
    `INSERT INTO memberships (clinic_id, user_id, role, status) VALUES ($1, $2, $3, $4) RETURNING id`,
    [clinicId, users[0]!.id, role, person.invited ? 'INVITED' : 'ACTIVE'],
  );
  return rows[0]!.id;
}

/**
 * Seeds the demo clinics on an empty database, and only there: any clinic present means a
 * real or already seeded database, which is never touched. Never called in production.
 */
export async function seedDemoIfEmpty(ds: DataSource, config: AppConfig): Promise<boolean> {
  if (config.env === 'production') return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return ds.transaction(async (em) => {
    // Serialize concurrent starts on the same database.
    await em.query('LOCK TABLE clinics IN EXCLUSIVE MODE');
    const existing: { n: string }[] = await em.query('SELECT count(*) AS n FROM clinics');
    if (Number(existing[0]!.n) > 0) return false;
    for (const clinic of CLINICS) {
      const rows: { id: string }[] = await em.query(
        'INSERT INTO clinics (name, time_zone) VALUES ($1, $2) RETURNING id',
        [clinic.name, clinic.timeZone],
      );
      const clinicId = rows[0]!.id;
      await addPerson(em, clinicId, clinic.admin, 'CLINIC_ADMIN', passwordHash);
      const coaches = new Map<string, string>();
      for (const coach of clinic.coaches) {
        coaches.set(
          coach.email.split('@')[0]!,
          await addPerson(em, clinicId, coach, 'COACH', passwordHash),
        );
      }
      for (const couple of clinic.couples) {
        const a = await addPerson(em, clinicId, couple.a, 'CLIENT', passwordHash);
        const b = await addPerson(em, clinicId, couple.b, 'CLIENT', passwordHash);
        await em.query(
          `INSERT INTO couples (clinic_id, label, status, time_zone, intake_date, coach_id, partner_a_id, partner_b_id)
           VALUES ($1, $2, $3, $4, (now() AT TIME ZONE $4)::date - $5::int, $6, $7, $8)`,
          [
            clinicId,
            couple.label,
            couple.status ?? 'ACTIVE',
            clinic.timeZone,
            couple.intakeWeeksAgo * 7,
            coaches.get(couple.coach),
            a,
            b,
          ],
        );
      }
      await seedDemoHomework(em, clinicId, new Date());
    }
    await seedDemoCheckins(em);
    return true;
  });
}

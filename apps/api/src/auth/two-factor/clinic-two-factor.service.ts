import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '../../access/access.service';
import { AuditService } from '../../audit/audit.service';
import { AppError } from '../../common/app-error';
import { run, runChange, sql } from '../../database/sql';
import type { ClinicModel } from '../../tenant/clinic.model';
import type { Actor } from '../../common/actor';
import { TwoFactorService } from './two-factor.service';

/** The clinic setting "require two-factor for coaches and admins". */
@Injectable()
export class ClinicTwoFactorService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  async required(clinicId: string): Promise<boolean> {
    const rows = await run<{ require_two_factor: boolean }>(
      this.db,
      sql`SELECT require_two_factor FROM clinics WHERE id = ${clinicId}`,
    );
    return rows[0]?.require_two_factor ?? false;
  }

  /**
   * Takes effect on each staff member's next request: those without two-factor are then
   * sent to set it up (sessions stay, but act on nothing else until they have).
   */
  async setRequired(actor: Actor, required: boolean): Promise<ClinicModel> {
    this.access.requireClinicAdmin(actor);
    if (required && !(await this.twoFactor.isEnabled(actor.userId))) {
      // Otherwise the admin would lock themselves into the enrolment page mid-click.
      throw AppError.conflict('Turn on two-factor sign-in for yourself first.');
    }
    return this.db.transaction(async (em) => {
      const rows = await runChange<{
        id: string;
        name: string;
        time_zone: string;
        small_cell_k: number;
      }>(
        em,
        sql`UPDATE clinics SET require_two_factor = ${required} WHERE id = ${actor.clinicId}
         RETURNING id, name, time_zone, small_cell_k`,
      );
      const row = rows[0][0];
      if (!row) throw AppError.notFound('Clinic');
      await this.audit.record(em, actor, {
        action: 'SETTINGS_CHANGE',
        targetType: 'clinic',
        targetId: actor.clinicId,
        role: 'CLINIC_ADMIN',
        detail: { setting: 'require_two_factor', value: required },
      });
      return { id: row.id, name: row.name, timeZone: row.time_zone, smallCellK: row.small_cell_k };
    });
  }
}

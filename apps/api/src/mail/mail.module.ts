import { Module } from '@nestjs/common';
import { MailOutbox } from './mail-outbox.service';

/** Outgoing email: the outbox and its delivery worker (jobs/). */
@Module({ providers: [MailOutbox], exports: [MailOutbox] })
export class MailModule {}

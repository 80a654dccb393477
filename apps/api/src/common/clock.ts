import { Global, Module } from '@nestjs/common';

/** "Now", injectable so tests can pin it (late-filing windows, due dates, task states). */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

@Global()
@Module({ providers: [{ provide: Clock, useClass: SystemClock }], exports: [Clock] })
export class ClockModule {}

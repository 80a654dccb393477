import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, type AppErrorCode } from './app-error';

function statusFor(code: AppErrorCode): number {
  // Exhaustive: adding a code without deciding its HTTP status fails to compile.
  switch (code) {
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
    case 'TWO_FACTOR_ENROLMENT_REQUIRED':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'BAD_USER_INPUT':
      return 400;
    case 'CONFLICT':
      return 409;
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}

/**
 * For the few plain HTTP routes (downloads): an AppError becomes the JSON the GraphQL
 * errors carry — `{ error: { code, message, fields? } }` — with the matching status.
 */
@Catch(AppError)
export class AppErrorHttpFilter implements ExceptionFilter<AppError> {
  catch(error: AppError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    res.status(statusFor(error.code)).json({
      error: {
        code: error.code,
        message: error.message,
        ...(error.code === 'BAD_USER_INPUT' ? { fields: error.fields } : {}),
      },
    });
  }
}

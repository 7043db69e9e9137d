import type { FastifyInstance } from 'fastify';
import type { AuthStore } from '../auth/auth.store.ts';
import type { PinAdminService } from '../auth/pin-admin.service.ts';
import type { Config } from '../config/config.ts';
import type { Clock } from '../domain/clock.ts';
import { AppError } from '../errors/app-error.ts';
import { parseCardParam } from './card-param.ts';
import { requireBearerToken } from './service-token.ts';

export interface StaffRoutesOptions {
  config: Config;
  pinAdmin: PinAdminService;
  authStore: AuthStore;
  clock: Clock;
}

const cardParams = {
  type: 'object',
  required: ['card'],
  properties: { card: { type: 'string', minLength: 1, maxLength: 40 } },
} as const;

/** Staff API under `/staff`: PIN status, reset to default, unlock, and alerts. Bearer STAFF_API_TOKEN. */
export function staffRoutes(options: StaffRoutesOptions) {
  return async (app: FastifyInstance): Promise<void> => {
    await app.register(async (staff) => {
      staff.addHook('preHandler', requireBearerToken(options.config.staffApiToken));
      const actor = (source: string) => ({ channel: 'staff' as const, source });
      const staffSource = (headers: Record<string, unknown>) => String(headers['x-staff-member'] ?? 'staff-api').slice(0, 64);

      staff.get<{ Params: { card: string } }>('/readers/:card/pin', { schema: { params: cardParams } }, async (request) => {
        const status = await options.pinAdmin.status(parseCardParam(request.params.card, options.config.cardNumber));
        if (!status) throw new AppError('READER_NOT_FOUND');
        return status;
      });

      staff.post<{ Params: { card: string } }>('/readers/:card/pin/reset', { schema: { params: cardParams } }, async (request) => {
        const card = parseCardParam(request.params.card, options.config.cardNumber);
        if (!(await options.pinAdmin.resetToDefault(card, actor(staffSource(request.headers))))) throw new AppError('READER_NOT_FOUND');
        return { reset: true, unlocked: true };
      });

      staff.post<{ Params: { card: string } }>('/readers/:card/unlock', { schema: { params: cardParams } }, async (request) => {
        const card = parseCardParam(request.params.card, options.config.cardNumber);
        if (!(await options.pinAdmin.unlock(card, actor(staffSource(request.headers))))) throw new AppError('READER_NOT_FOUND');
        return { unlocked: true };
      });

      staff.get<{ Querystring: { all?: 'true' | 'false' } }>(
        '/alerts',
        { schema: { querystring: { type: 'object', properties: { all: { type: 'string', enum: ['true', 'false'] } }, additionalProperties: false } } },
        async (request) => ({ alerts: await options.authStore.listAlerts({ includeAcknowledged: request.query.all === 'true' }) }),
      );

      staff.post<{ Params: { id: string } }>(
        '/alerts/:id/acknowledge',
        { schema: { params: { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^[1-9][0-9]{0,15}$' } } } } },
        async (request) => {
          if (!(await options.authStore.acknowledgeAlert(Number(request.params.id), options.clock.now()))) throw new AppError('NOT_FOUND');
          return { acknowledged: true };
        },
      );
    }, { prefix: '/staff' });
  };
}

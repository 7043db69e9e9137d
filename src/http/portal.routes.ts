import type { FastifyInstance } from 'fastify';
import type { PinAdminService } from '../auth/pin-admin.service.ts';
import type { Config } from '../config/config.ts';
import { isLanguage } from '../domain/language.ts';
import { AppError } from '../errors/app-error.ts';
import { languageFromHeader, translate, translateAll } from '../i18n/translator.ts';
import { parseCardParam } from './card-param.ts';
import { requireBearerToken } from './service-token.ts';

export interface PortalRoutesOptions {
  config: Config;
  pinAdmin: PinAdminService;
}

interface PinChangeBody {
  newPin: string;
  language?: string;
}

/**
 * The PIN-change API for the library's online account portal, which has already signed the reader in.
 * Bearer PORTAL_API_TOKEN. Only the PIN policy applies; the online-password rules never do.
 */
export function portalRoutes(options: PortalRoutesOptions) {
  return async (app: FastifyInstance): Promise<void> => {
    await app.register(async (portal) => {
      portal.addHook('preHandler', requireBearerToken(options.config.portalApiToken));

      portal.put<{ Params: { card: string }; Body: PinChangeBody }>(
        '/readers/:card/pin',
        {
          schema: {
            params: { type: 'object', required: ['card'], properties: { card: { type: 'string', minLength: 1, maxLength: 40 } } },
            body: {
              type: 'object',
              required: ['newPin'],
              additionalProperties: false,
              properties: { newPin: { type: 'string', maxLength: 64 }, language: { type: 'string', maxLength: 16 } },
            },
          },
        },
        async (request, reply) => {
          const card = parseCardParam(request.params.card, options.config.cardNumber);
          const result = await options.pinAdmin.changePin({ cardNumber: card }, request.body.newPin, { channel: 'portal', source: 'portal' });
          if (result.outcome === 'reader-not-found') throw new AppError('READER_NOT_FOUND');
          if (result.outcome === 'busy') throw new AppError('SERVICE_BUSY');
          if (result.outcome === 'changed') return reply.status(204).send();

          const language = isLanguage(request.body.language) ? request.body.language : languageFromHeader(request.headers['accept-language'], options.config.defaultLanguage);
          const limits = { minLength: options.config.pinPolicy.minLength, maxLength: options.config.pinPolicy.maxLength };
          const key = `pinRule.${result.reason}`;
          return reply.status(422).send({
            error: { code: 'PIN_NOT_ALLOWED', reason: result.reason, message: translate(language, key, limits), messages: translateAll(key, limits) },
          });
        },
      );
    }, { prefix: '/portal' });
  };
}

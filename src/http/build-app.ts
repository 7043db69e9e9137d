import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import formBody from '@fastify/formbody';
import { AppError, isAppError } from '../errors/app-error.ts';
import type { Logger } from '../logging/logger.ts';
import { registerHealthRoutes } from './health.routes.ts';

export interface BuildAppOptions {
  logger: Logger;
  /** Route plugins of the channels and APIs, registered in order after the shared parts. */
  plugins?: ReadonlyArray<(app: FastifyInstance) => Promise<void> | void>;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
  trustProxy?: FastifyServerOptions['trustProxy'];
}

/** Builds the HTTP application without listening, so tests can call `inject()` without a socket. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    bodyLimit: options.bodyLimit ?? 64 * 1024,
    trustProxy: options.trustProxy ?? false,
    // Bodies are taken as sent: no type coercion (a PIN 0421 sent as a number must not become "421")
    // and unknown properties are errors rather than silently dropped. Params and queries are strings.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: false } },
  });

  await app.register(formBody);
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError.statusCode >= 500) request.log.error({ err: error, code: appError.code }, 'request failed');
    else request.log.info({ code: appError.code }, 'request rejected');
    return reply.status(appError.statusCode).send({ error: { code: appError.code, message: appError.message.replace(/^\w+: /, '') } });
  });
  app.setNotFoundHandler((request, reply) => {
    return reply.status(404).send({ error: { code: 'NOT_FOUND', message: `No route for ${request.method} ${request.url.split('?')[0]}` } });
  });

  registerHealthRoutes(app);
  for (const plugin of options.plugins ?? []) await plugin(app);
  return app;
}

function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;

  const withStatus = error as { statusCode?: number; validation?: unknown; code?: string };
  if (withStatus.validation || (withStatus.statusCode && withStatus.statusCode >= 400 && withStatus.statusCode < 500)) {
    const appError = new AppError('VALIDATION_FAILED', { fastifyCode: withStatus.code });
    return Object.assign(appError, {
      message: `VALIDATION_FAILED: ${(error as Error).message}`,
      statusCode: withStatus.statusCode ?? 400,
    });
  }
  return new AppError('INTERNAL', {}, { cause: error });
}

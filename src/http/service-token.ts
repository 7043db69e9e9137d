import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';

/**
 * Returns a preHandler that accepts `Authorization: Bearer TOKEN` matching `expected`. An unset token
 * disables the API: every request gets 401.
 */
export function requireBearerToken(expected: string | undefined) {
  const expectedDigest = expected ? digest(expected) : null;
  return async (request: FastifyRequest): Promise<void> => {
    const header = request.headers.authorization ?? '';
    const presented = header.startsWith('Bearer ') ? header.slice(7) : '';
    // Comparing digests keeps the comparison constant-time whatever the presented length.
    if (!expectedDigest || !presented || !timingSafeEqual(digest(presented), expectedDigest)) throw new AppError('UNAUTHORIZED');
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

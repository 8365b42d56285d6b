import pino from 'pino'

/**
 * The process-wide pino logger. Create a child per request or job with the ids it
 * concerns (requestId, tenantId, orderId) and log ids and outcomes, never bodies.
 * The redact list is a backstop for secrets that slip into a logged object.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info'),
  base: { service: 'storefront' },
  redact: {
    paths: [
      'apiKey',
      '*.apiKey',
      'password',
      '*.password',
      'passwordHash',
      '*.passwordHash',
      'secretKey',
      '*.secretKey',
      'webhookSecret',
      '*.webhookSecret',
      'authorization',
      '*.authorization',
      'headers.authorization',
      'credentials',
      '*.credentials',
    ],
    censor: '[redacted]',
  },
})

export type Logger = pino.Logger

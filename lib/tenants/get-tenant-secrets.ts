import { decryptSecret } from '@/lib/crypto/secret-box'
import type { Database } from '@/lib/db/prisma'
import { AppError } from '@/lib/errors/app-error'

/** Decrypted credentials of one tenant. Server-side only: never serialise this to a page. */
export type TenantSecrets = {
  catproxiesApiKey: string
  stripeSecretKey: string
  stripeWebhookSecret: string | null
}

/**
 * Loads and decrypts a tenant's CatProxies and Stripe keys. Throws
 * `temporarily_unavailable` when the tenant has not connected both yet, because the
 * storefront cannot sell without them.
 */
export async function getTenantSecretsOrThrow({ db, tenantId }: { db: Database; tenantId: string }): Promise<TenantSecrets> {
  const tenant = await db.tenant.findUnique({
    where: { id: tenantId },
    select: {
      catproxiesApiKeyCiphertext: true,
      stripeSecretKeyCiphertext: true,
      stripeWebhookSecretCiphertext: true,
    },
  })
  if (!tenant) throw new AppError('not_found', `Tenant ${tenantId} not found`)

  if (!tenant.catproxiesApiKeyCiphertext || !tenant.stripeSecretKeyCiphertext) {
    throw new AppError('temporarily_unavailable', `Tenant ${tenantId} has not connected CatProxies and Stripe`, {
      userMessage: 'This store is not accepting orders yet. Please try again later.',
    })
  }

  return {
    catproxiesApiKey: decryptSecret(tenant.catproxiesApiKeyCiphertext),
    stripeSecretKey: decryptSecret(tenant.stripeSecretKeyCiphertext),
    stripeWebhookSecret: tenant.stripeWebhookSecretCiphertext
      ? decryptSecret(tenant.stripeWebhookSecretCiphertext)
      : null,
  }
}

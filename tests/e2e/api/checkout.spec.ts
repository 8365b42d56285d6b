import { expect, test } from '@playwright/test'

test.describe('POST /api/checkout', () => {
  test('unauthenticated request gets 401', async ({ request }) => {
    const response = await request.post('/api/checkout', { data: { packageId: 'x', countryId: 1, quantity: 1 } })

    expect(response.status()).toBe(401)
    expect(await response.json()).toEqual({ error: { code: 'unauthenticated', message: 'Sign in to continue.' } })
  })

  test.describe('signed in', () => {
    test.beforeEach(async ({ page }) => {
      await page.goto('/sign-up')
      await expect(page.getByRole('heading', { name: /^Create your/ })).toBeVisible()
      await page.getByLabel('Email').fill(`api-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`)
      await page.getByLabel('Password').fill('a-long-password')
      await page.getByRole('button', { name: 'Create account' }).click()
      await page.waitForURL((url) => url.pathname === '/')
      await expect(page.getByTestId('signed-in-email')).toBeVisible()
    })

    const cases: Array<{ title: string; body: unknown; field: string }> = [
      { title: 'missing packageId', body: { proxyType: 'Isp', countryId: 1, quantity: 1 }, field: 'packageId' },
      { title: 'missing quantity', body: { packageId: 'x', proxyType: 'Isp', countryId: 1 }, field: 'quantity' },
      { title: 'non-numeric countryId', body: { packageId: 'x', proxyType: 'Isp', countryId: 'us', quantity: 1 }, field: 'countryId' },
      { title: 'fractional quantity', body: { packageId: 'x', proxyType: 'Isp', countryId: 1, quantity: 1.5 }, field: 'quantity' },
    ]
    for (const { title, body, field } of cases) {
      test(`${title} names the field`, async ({ page }) => {
        const response = await page.request.post('/api/checkout', { data: body })

        expect(response.status()).toBe(400)
        const { error } = (await response.json()) as { error: { field?: string; message: string } }
        expect(error.field).toBe(field)
        expect(error.message.length).toBeGreaterThan(0)
      })
    }

    test('unknown package gets 404 naming packageId', async ({ page }) => {
      const response = await page.request.post('/api/checkout', { data: { packageId: 'no-such-package', proxyType: 'Isp', countryId: 1, quantity: 1 } })

      expect(response.status()).toBe(404)
      expect((await response.json()).error.field).toBe('packageId')
    })

    test('malformed JSON gets 400', async ({ page }) => {
      const response = await page.request.post('/api/checkout', { headers: { 'content-type': 'application/json' }, data: Buffer.from('{not json') })

      expect(response.status()).toBe(400)
      expect((await response.json()).error.field).toBe('body')
    })

    test('quantity out of range names quantity', async ({ page }) => {
      await page.goto('/')
      await page.getByRole('link', { name: /Configure/ }).first().click()
      await page.waitForURL(/\/packages\//)
      const packageId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '')
      const countryId = Number(await page.getByLabel('Country').inputValue())
      const max = Number(await page.getByLabel('Number of IPs').getAttribute('max'))

      const response = await page.request.post('/api/checkout', { data: { packageId, proxyType: 'Isp', countryId, quantity: max + 1 } })

      expect(response.status()).toBe(400)
      const { error } = (await response.json()) as { error: { field: string; message: string } }
      expect(error.field).toBe('quantity')
      expect(error.message).toMatch(/^Quantity must be between \d+ and \d+\.$/)
    })

    test('unknown country names countryId', async ({ page }) => {
      await page.goto('/')
      await page.getByRole('link', { name: /Configure/ }).first().click()
      await page.waitForURL(/\/packages\//)
      const packageId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '')

      const response = await page.request.post('/api/checkout', { data: { packageId, proxyType: 'Isp', countryId: 987654, quantity: 1 } })

      expect(response.status()).toBe(400)
      expect((await response.json()).error.field).toBe('countryId')
    })
  })
})

test.describe('POST /api/stripe/webhook/:tenantId', () => {
  test('unknown tenant gets 404', async ({ request }) => {
    const response = await request.post('/api/stripe/webhook/00000000-0000-4000-8000-000000000000', {
      headers: { 'stripe-signature': 't=1,v1=deadbeef' },
      data: '{}',
    })

    expect(response.status()).toBe(404)
  })

  test('malformed tenant id gets 404', async ({ request }) => {
    const response = await request.post('/api/stripe/webhook/not-a-tenant', { headers: { 'stripe-signature': 't=1,v1=deadbeef' }, data: '{}' })

    expect(response.status()).toBe(404)
  })
})

import { expect, test, type APIRequestContext } from '@playwright/test'

import { CATALOGUE } from '@/sandbox/catproxies/fixtures'

function packageIdOf(title: string): string {
  const found = CATALOGUE.find((item) => item.title === title)
  if (!found) throw new Error(`the simulator catalogue has no package "${title}"`)

  return found.id
}

const ISP = packageIdOf('Static ISP - Germany')
const DEDICATED_ISP = packageIdOf('Dedicated ISP - Europe')
const DATACENTER_10 = packageIdOf('Datacenter 10 IPs')
const DATACENTER_50 = packageIdOf('Datacenter 50 IPs')
const UNLIMITED = packageIdOf('Unlimited Residential 1 day')
const MOBILE = packageIdOf('Rotating Mobile 1 GB')

type BadConfiguration = { title: string; body: Record<string, unknown>; status?: number; field: string; message?: RegExp }

// Simulator facts used below: Japan stocks 40 datacenter IPs; Dallas (132) in Texas (13)
// is served by T-Mobile (101) only; Edinburgh (221) is in Scotland, not England (21).
const cases: BadConfiguration[] = [
  { title: 'unknown proxyType', body: { packageId: ISP, proxyType: 'Residential' }, field: 'proxyType' },
  { title: 'missing proxyType', body: { packageId: ISP, countryId: 3, quantity: 1 }, field: 'proxyType' },
  { title: 'ISP quantity above the maximum', body: { packageId: ISP, proxyType: 'Isp', countryId: 3, quantity: 101 }, field: 'quantity', message: /^Quantity must be between 1 and 100\.$/ },
  { title: 'ISP country not offered', body: { packageId: ISP, proxyType: 'Isp', countryId: 1, quantity: 1 }, field: 'countryId', message: /Germany/ },
  { title: 'dedicated ISP quantity below the minimum', body: { packageId: DEDICATED_ISP, proxyType: 'IspP', quantity: 4 }, field: 'quantity', message: /between 5 and 100/ },
  { title: 'dedicated ISP fractional quantity', body: { packageId: DEDICATED_ISP, proxyType: 'IspP', quantity: 5.5 }, field: 'quantity' },
  { title: 'datacenter allocation missing', body: { packageId: DATACENTER_10, proxyType: 'DatacenterP' }, field: 'countryProxies' },
  {
    title: 'datacenter allocation not adding up',
    body: { packageId: DATACENTER_10, proxyType: 'DatacenterP', countryProxies: { US: 6, DE: 3 } },
    field: 'countryProxies',
    message: /^Allocate exactly 10 IPs across countries; 9 are allocated\.$/,
  },
  {
    title: 'datacenter country above its stock',
    body: { packageId: DATACENTER_50, proxyType: 'DatacenterP', countryProxies: { JP: 41, US: 9 } },
    field: 'countryProxies.JP',
    message: /Japan has 40 IPs in stock/,
  },
  { title: 'datacenter country not offered', body: { packageId: DATACENTER_10, proxyType: 'DatacenterP', countryProxies: { BR: 10 } }, field: 'countryProxies.BR' },
  { title: 'datacenter fractional count', body: { packageId: DATACENTER_10, proxyType: 'DatacenterP', countryProxies: { US: 9.5 } }, field: 'countryProxies.US' },
  { title: 'unlimited residential without a server', body: { packageId: UNLIMITED, proxyType: 'UnlimitedResidential' }, field: 'gatewayServerId' },
  {
    title: 'unlimited residential unknown server',
    body: { packageId: UNLIMITED, proxyType: 'UnlimitedResidential', gatewayServerId: '99' },
    field: 'gatewayServerId',
    message: /not offered/,
  },
  { title: 'mobile country not offered', body: { packageId: MOBILE, proxyType: 'RotatingMobile', targeting: { countryId: '999' } }, field: 'targeting.countryId' },
  { title: 'mobile region without a country', body: { packageId: MOBILE, proxyType: 'RotatingMobile', targeting: { regionId: '11' } }, field: 'targeting.regionId' },
  {
    title: 'mobile city outside the region',
    body: { packageId: MOBILE, proxyType: 'RotatingMobile', targeting: { countryId: '2', regionId: '21', cityId: '221' } },
    field: 'targeting.cityId',
  },
  {
    title: 'mobile carrier not in the city',
    body: { packageId: MOBILE, proxyType: 'RotatingMobile', targeting: { countryId: '1', regionId: '13', cityId: '132', carrierId: '102' } },
    field: 'targeting.carrierId',
  },
  { title: 'package of another type', body: { packageId: ISP, proxyType: 'DatacenterP', countryProxies: { US: 10 } }, status: 404, field: 'packageId' },
]

test.describe('POST /api/checkout – product configurations', () => {
  let customer: APIRequestContext

  // One customer serves every case: each request is independent and none is paid.
  test.beforeAll(async ({ browser }) => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto('/sign-up')
    await expect(page.getByRole('heading', { name: /^Create your/ })).toBeVisible()
    await page.getByLabel('Email').fill(`config-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`)
    await page.getByLabel('Password').fill('a-long-password')
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    await expect(page.getByTestId('signed-in-email')).toBeVisible()
    customer = context.request
  })

  for (const { title, body, status = 400, field, message } of cases) {
    test(`${title} names ${field}`, async () => {
      const response = await customer.post('/api/checkout', { data: body })

      expect(response.status()).toBe(status)
      const { error } = (await response.json()) as { error: { code: string; field?: string; message: string } }
      expect(error.field).toBe(field)
      if (message) expect(error.message).toMatch(message)
    })
  }

  test('valid datacenter allocation opens checkout', async () => {
    const response = await customer.post('/api/checkout', {
      data: { packageId: DATACENTER_10, proxyType: 'DatacenterP', countryProxies: { US: 6, DE: 4 } },
    })

    expect(response.status()).toBe(201)
    expect((await response.json()).checkoutUrl).toMatch(/^http/)
  })
})

test.describe('GET /api/catalogue/mobile-targeting/:level', () => {
  const cases = [
    { title: 'unknown level', path: 'towns', field: 'level' },
    { title: 'regions without countryId', path: 'regions', field: 'countryId' },
    { title: 'regions of an unknown country', path: 'regions?countryId=999', field: 'countryId' },
    { title: 'cities without regionId', path: 'cities?countryId=1', field: 'regionId' },
    { title: 'cities of a region in another country', path: 'cities?countryId=1&regionId=21', field: 'regionId' },
    { title: 'malformed countryId', path: 'regions?countryId=..%2F', field: 'countryId' },
  ]
  for (const { title, path, field } of cases) {
    test(`${title} gets 400 naming ${field}`, async ({ request }) => {
      const response = await request.get(`/api/catalogue/mobile-targeting/${path}`)

      expect(response.status()).toBe(400)
      expect((await response.json()).error.field).toBe(field)
    })
  }

  test('carriers of a city', async ({ request }) => {
    const response = await request.get('/api/catalogue/mobile-targeting/carriers?countryId=1&regionId=13&cityId=132')

    expect(response.status()).toBe(200)
    expect((await response.json()).options).toEqual([{ id: '101', name: 'T-Mobile', code: null }])
  })
})

test('GET /api/orders/:orderId/credentials – unknown format names format', async ({ page }) => {
  await page.goto('/sign-up')
  await page.getByLabel('Email').fill(`format-${Date.now()}@example.com`)
  await page.getByLabel('Password').fill('a-long-password')
  await page.getByRole('button', { name: 'Create account' }).click()
  await page.waitForURL((url) => url.pathname === '/')
  await expect(page.getByTestId('signed-in-email')).toBeVisible()

  const response = await page.request.get('/api/orders/00000000-0000-4000-8000-000000000000/credentials?format=json')

  expect(response.status()).toBe(400)
  expect((await response.json()).error.field).toBe('format')
})

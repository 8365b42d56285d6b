import { expect, test, type Page } from '@playwright/test'

const PASSWORD_PATTERN = '[0-9a-f-]{36}'

async function signUpFromPackage(page: Page) {
  await page.getByRole('button', { name: 'Sign in to buy' }).click()
  await page.getByRole('link', { name: 'Create an account' }).click()
  await expect(page.getByRole('heading', { name: /^Create your/ })).toBeVisible()
  await page.getByLabel('Email').fill(`products-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`)
  await page.getByLabel('Password').fill('a-long-password')
  await page.getByRole('button', { name: 'Create account' }).click()
  // Enabled means hydrated: typing into the controlled inputs before that would be lost.
  await expect(page.getByRole('button', { name: 'Continue to payment' })).toBeEnabled()
}

async function openFirstPackage(page: Page, proxyType: string, familyHeading: string) {
  await page.goto(`/?type=${proxyType}`)
  await expect(page.getByRole('heading', { name: familyHeading })).toBeVisible()
  const card = page.getByTestId('package-card').first()
  const title = (await card.getByRole('heading').textContent()) ?? ''
  await card.getByRole('link', { name: /Configure/ }).click()
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible()

  return title
}

async function payAndWaitForCredentials(page: Page) {
  const total = (await page.getByTestId('order-total').textContent()) ?? ''
  await page.getByRole('button', { name: 'Continue to payment' }).click()
  await expect(page.getByText(total).first()).toBeVisible()
  await page.getByRole('button', { name: /^Pay/ }).click()

  await expect(page).toHaveURL(/\/checkout\/return\?session_id=cs_/)
  await expect(page.getByTestId('order-notice')).toContainText('Your proxies are ready', { timeout: 60_000 })
}

async function readDownload(page: Page, linkName: string): Promise<string> {
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('link', { name: linkName }).click()
  const stream = await (await downloadPromise).createReadStream()
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)

  return Buffer.concat(chunks).toString('utf8')
}

test('buys datacenter IPs split across two countries', async ({ page }) => {
  await openFirstPackage(page, 'DatacenterP', 'Datacenter proxies')
  await signUpFromPackage(page)

  await page.getByLabel(/^United States/).fill('6')
  await page.getByLabel(/^Germany/).fill('5')
  await expect(page.getByTestId('allocation-status')).toHaveText('11 of 10 IPs allocated · 1 too many')
  await page.getByRole('button', { name: 'Continue to payment' }).click()
  await expect(page.getByText('Allocate exactly 10 IPs across countries; 11 are allocated.')).toBeVisible()

  await page.getByLabel(/^Germany/).fill('4')
  await expect(page.getByTestId('allocation-status')).toHaveText('10 of 10 IPs allocated')
  await payAndWaitForCredentials(page)

  await expect(page.getByText('10 IPs: United States 6, Germany 4')).toBeVisible()
  const lines = ((await page.getByTestId('credential-lines').textContent()) ?? '').split('\n')
  expect(lines).toHaveLength(10)
  for (const line of lines) expect(line).toMatch(new RegExp(`^[\\d.]+:1338:cp[0-9a-f]+:${PASSWORD_PATTERN}$`))

  await page.getByLabel('Format').selectOption({ label: 'http://user:pass@ip:port' })
  const urls = ((await page.getByTestId('credential-lines').textContent()) ?? '').split('\n')
  for (const url of urls) expect(url).toMatch(new RegExp(`^http://cp[0-9a-f]+:${PASSWORD_PATTERN}@[\\d.]+:1338$`))

  const csv = await readDownload(page, 'Download .csv')
  const rows = csv.trimEnd().split('\r\n')
  expect(rows[0]).toBe('host,port,username,password,proxy')
  expect(rows.slice(1).map((row) => row.split(',').at(-1))).toEqual(urls)
  expect(await readDownload(page, 'Download .txt')).toBe(`${urls.join('\n')}\n`)
})

test('buys residential traffic and builds a sticky US string', async ({ page }) => {
  await openFirstPackage(page, 'gResidential', 'Standard Residential proxies')
  await signUpFromPackage(page)
  await expect(page.getByText('Nothing to choose')).toBeVisible()
  await payAndWaitForCredentials(page)

  const strings = page.getByTestId('proxy-strings')
  await expect(strings).toHaveText(new RegExp(`^resi-us\\.catproxies\\.com:9000:res[0-9a-f]+-type-residential:${PASSWORD_PATTERN}$`))

  await page.getByLabel('Country').selectOption({ label: 'United States' })
  await page.getByLabel('US state').selectOption('california')
  await page.getByLabel('City').selectOption('losangeles')
  await page.getByLabel(/^Sticky/).check()
  await page.getByLabel('Session id').fill('e2e1')
  await page.getByLabel('Lifetime (minutes)').fill('10')
  await expect(page.getByRole('alert').filter({ hasText: 'Session lifetime must be' })).toBeVisible()

  await page.getByLabel('Lifetime (minutes)').fill('60')
  await page.getByLabel('Number of sessions').fill('2')
  const username = 'res[0-9a-f]+-type-residential-country-us-state-california-city-losangeles-lifetime-60'
  const lines = ((await strings.textContent()) ?? '').split('\n')
  expect(lines).toHaveLength(2)
  expect(lines[0]).toMatch(new RegExp(`^resi-us\\.catproxies\\.com:9000:${username}-session-e2e1:${PASSWORD_PATTERN}$`))
  expect(lines[1]).toMatch(new RegExp(`^resi-us\\.catproxies\\.com:9000:${username}-session-e2e12:${PASSWORD_PATTERN}$`))

  await page.getByLabel('Protocol').selectOption('socks5')
  await expect(page.getByTestId('curl-command')).toHaveText(
    new RegExp(`^curl --proxy 'socks5h://resi-us\\.catproxies\\.com:11000' --proxy-user '${username}-session-e2e1:${PASSWORD_PATTERN}' https://api\\.ipify\\.org$`),
  )
})

test('buys mobile traffic targeted to a city and carrier', async ({ page }) => {
  await openFirstPackage(page, 'RotatingMobile', 'Rotating Mobile proxies')
  await signUpFromPackage(page)

  await expect(page.getByLabel('City')).toBeDisabled()
  await page.getByLabel('Country').selectOption({ label: 'United States' })
  await page.getByLabel('Region').selectOption({ label: 'California' })
  await page.getByLabel('City').selectOption({ label: 'Los Angeles' })
  await page.getByLabel('Carrier').selectOption({ label: 'T-Mobile' })
  await payAndWaitForCredentials(page)

  await expect(page.getByText('Targeting: United States › California › Los Angeles › T-Mobile')).toBeVisible()
  const strings = page.getByTestId('proxy-strings')
  await expect(strings).toHaveText(new RegExp(`^mobile-us\\.catproxies\\.com:5000:m_[0-9a-f]+-country-US-city-los\\+angeles:${PASSWORD_PATTERN}$`))
  await expect(page.getByLabel('City')).toHaveValue('111')

  await page.getByLabel(/^Sticky/).check()
  await page.getByLabel('Session id').fill('phone7')
  await page.getByLabel('Lifetime (minutes)').fill('30')
  await expect(strings).toHaveText(new RegExp(`-country-US-city-los\\+angeles-sid-phone7-ttl-30m:${PASSWORD_PATTERN}$`))
  await expect(page.getByTestId('curl-command')).toContainText("--proxy 'http://mobile-us.catproxies.com:5000'")
})

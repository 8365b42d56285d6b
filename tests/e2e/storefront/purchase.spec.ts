import { expect, test, type Page } from '@playwright/test'

const PROXY_LINE = /^[\w.-]+:\d+:[^:\s]+:[^:\s]+$/

async function signUp(page: Page, email: string) {
  await expect(page.getByRole('heading', { name: /^Create your/ })).toBeVisible()
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill('a-long-password')
  await page.getByRole('button', { name: 'Create account' }).click()
}

test('buys ISP proxies end to end', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Static ISP proxies' })).toBeVisible()
  const firstCard = page.getByTestId('package-card').first()
  const packageTitle = (await firstCard.getByRole('heading').textContent()) ?? ''
  await firstCard.getByRole('link', { name: /Configure/ }).click()

  await expect(page.getByRole('heading', { name: packageTitle })).toBeVisible()
  await page.getByRole('button', { name: 'Sign in to buy' }).click()
  await page.getByRole('link', { name: 'Create an account' }).click()
  await signUp(page, `buyer-${Date.now()}@example.com`)
  // Enabled means hydrated: typing into the controlled inputs before that would be lost.
  await expect(page.getByRole('button', { name: 'Continue to payment' })).toBeEnabled()

  const quantityInput = page.getByLabel('Number of IPs')
  const min = Number(await quantityInput.getAttribute('min'))
  const max = Number(await quantityInput.getAttribute('max'))

  // A quantity far past the maximum must not crash the page while the total is computed.
  await quantityInput.fill('99999999999999999999')
  await expect(page.getByTestId('order-total')).toHaveText('—')
  await page.getByRole('button', { name: 'Continue to payment' }).click()
  await expect(page.getByRole('alert').filter({ hasText: /Quantity must be/ })).toBeVisible()

  await quantityInput.fill(String(max + 1))
  await page.getByRole('button', { name: 'Continue to payment' }).click()
  await expect(page.getByText(`Quantity must be between ${min} and ${max}.`)).toBeVisible()

  const quantity = Math.min(min + 1, max)
  await quantityInput.fill(String(quantity))
  const country = page.getByLabel('Country')
  const countryOptions = await country.locator('option').count()
  await country.selectOption({ index: countryOptions - 1 })
  await expect(page.getByTestId('order-total')).not.toHaveText('—')
  const total = (await page.getByTestId('order-total').textContent()) ?? ''

  await page.getByRole('button', { name: 'Continue to payment' }).click()
  await expect(page.getByText(total).first()).toBeVisible()
  await page.getByRole('button', { name: /^Pay/ }).click()

  await expect(page).toHaveURL(/\/checkout\/return\?session_id=cs_/)
  await expect(page.getByTestId('order-notice')).toContainText('Your proxies are ready', { timeout: 60_000 })
  const lines = ((await page.getByTestId('credential-lines').textContent()) ?? '').trim().split('\n')
  expect(lines).toHaveLength(quantity)
  for (const line of lines) expect(line).toMatch(PROXY_LINE)

  await page.getByRole('link', { name: 'My orders' }).click()
  const orderRow = page.getByRole('link', { name: new RegExp(packageTitle) }).first()
  await expect(orderRow.getByTestId('order-status')).toHaveText('Delivered')
  await orderRow.click()
  await expect(page.getByTestId('credential-lines')).toHaveText(lines.join('\n'))

  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Download .txt' }).click()
  const download = await downloadPromise
  const stream = await download.createReadStream()
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  expect(Buffer.concat(chunks).toString('utf8')).toBe(`${lines.join('\n')}\n`)
})

test('shows the 404 page for an unknown order', async ({ page }) => {
  await page.goto('/sign-up')
  await signUp(page, `lost-${Date.now()}@example.com`)
  await page.waitForURL((url) => url.pathname === '/')
  await expect(page.getByTestId('signed-in-email')).toBeVisible()

  const response = await page.goto('/orders/00000000-0000-4000-8000-000000000000')

  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
})

test('cancelled checkout returns to the package without charging', async ({ page }) => {
  await page.goto('/sign-up')
  await signUp(page, `cancel-${Date.now()}@example.com`)
  await page.waitForURL((url) => url.pathname === '/')
  await expect(page.getByTestId('signed-in-email')).toBeVisible()
  await page.getByRole('link', { name: /Configure/ }).first().click()
  await expect(page.getByRole('button', { name: 'Continue to payment' })).toBeEnabled()
  await page.getByRole('button', { name: 'Continue to payment' }).click()

  await page.getByRole('link', { name: /Cancel/ }).click()

  await expect(page.getByText('Checkout was canceled. You were not charged.')).toBeVisible()
  await page.getByRole('link', { name: 'My orders' }).click()
  await expect(page.getByTestId('order-status').first()).toHaveText('Awaiting payment')
})

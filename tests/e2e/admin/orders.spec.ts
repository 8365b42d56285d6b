import { expect, test, type Page } from '@playwright/test'

const STAFF_EMAIL = 'owner@example.com'
const STAFF_PASSWORD = 'owner-password'

async function signInAsStaff(page: Page) {
  await page.goto('/admin/sign-in')
  await expect(page.getByRole('button', { name: 'Sign in to the dashboard' })).toBeEnabled()
  await page.getByLabel('Staff email').fill(STAFF_EMAIL)
  await page.getByLabel('Password').fill(STAFF_PASSWORD)
  await page.getByRole('button', { name: 'Sign in to the dashboard' }).click()
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible()
}

test.describe('admin dashboard', () => {
  test('signed-out visitor is sent to the staff sign-in', async ({ page }) => {
    await page.goto('/admin/orders')

    await expect(page).toHaveURL(/\/admin\/sign-in\?callbackUrl=%2Fadmin%2Forders/)
  })

  test('wrong staff password is rejected', async ({ page }) => {
    await page.goto('/admin/sign-in')
    await expect(page.getByRole('button', { name: 'Sign in to the dashboard' })).toBeEnabled()
    await page.getByLabel('Staff email').fill(STAFF_EMAIL)
    await page.getByLabel('Password').fill('not-the-password')
    await page.getByRole('button', { name: 'Sign in to the dashboard' }).click()

    await expect(page.getByRole('alert').filter({ hasText: 'Email or password is incorrect.' })).toBeVisible()
  })

  test('customer session cannot use admin routes', async ({ page }) => {
    await page.goto('/sign-in')
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled()
    await page.getByLabel('Email').fill('demo@example.com')
    await page.getByLabel('Password').fill('demo-password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    await expect(page.getByTestId('signed-in-email')).toBeVisible()

    const response = await page.request.post('/api/admin/reconciliation')

    expect(response.status()).toBe(401)
    await page.goto('/admin')
    await expect(page).toHaveURL(/\/admin\/sign-in/)
  })

  test('staff sees a bought order with its ledger', async ({ page, browser }) => {
    const buyer = await browser.newPage()
    await buyer.goto('/sign-in')
    await expect(buyer.getByRole('button', { name: 'Sign in' })).toBeEnabled()
    await buyer.getByLabel('Email').fill('demo@example.com')
    await buyer.getByLabel('Password').fill('demo-password')
    await buyer.getByRole('button', { name: 'Sign in' }).click()
    await buyer.waitForURL((url) => url.pathname === '/')
    await expect(buyer.getByTestId('signed-in-email')).toBeVisible()
    await buyer.goto('/')
    await buyer.getByRole('link', { name: /Configure/ }).first().click()
    await expect(buyer.getByRole('button', { name: 'Continue to payment' })).toBeEnabled()
    await buyer.getByRole('button', { name: 'Continue to payment' }).click()
    await buyer.getByRole('button', { name: /^Pay/ }).click()
    await expect(buyer.getByTestId('order-notice')).toContainText('Your proxies are ready', { timeout: 60_000 })
    const orderId = (await buyer.getByText(/^Order [0-9a-f-]{36}$/).textContent())?.replace('Order ', '') ?? ''
    await buyer.close()

    await signInAsStaff(page)
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Orders', exact: true }).click()
    await page.locator(`a[href="/admin/orders/${orderId}"]`).click()

    await expect(page.getByTestId('order-status')).toHaveText('Delivered')
    const ledger = page.getByTestId('order-ledger')
    await expect(ledger).toContainText('customer payment')
    await expect(ledger).toContainText('upstream cost')
    await expect(page.getByRole('button', { name: /^Refund/ })).toBeVisible()
  })

  test('unknown admin order shows 404', async ({ page }) => {
    await signInAsStaff(page)

    const response = await page.goto('/admin/orders/00000000-0000-4000-8000-000000000000')

    expect(response?.status()).toBe(404)
  })
})

/**
 * Formats an amount in the currency's minor units (cents for usd, whole yen for jpy) for display.
 * Intl supplies each currency's number of decimal places, so zero-decimal currencies need no table.
 */
export function formatMinorUnits(amountMinor: number, currency: string): string {
  const formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() })
  const decimals = formatter.resolvedOptions().maximumFractionDigits ?? 2

  return formatter.format(amountMinor / 10 ** decimals)
}

/**
 * Outcome of checking a product configuration. A failure names the request field at fault
 * (e.g. "quantity" or "countryProxies.DE"), so the API returns it as the 400's `field` and
 * the form shows the message under that input.
 */
export type ConfigurationFailure = { isValid: false; field: string; message: string }

export type ConfigurationCheck = { isValid: true } | ConfigurationFailure

/** A check that also returns the normalised value it accepted. */
export type ConfigurationResult<T> = { isValid: true; value: T } | ConfigurationFailure

export function rejectField(field: string, message: string): ConfigurationFailure {
  return { isValid: false, field, message }
}

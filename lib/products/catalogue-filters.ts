import type { ProxyType } from '@/lib/catproxies/types'
import type { RetailPackage } from '@/lib/catalogue/retail-package'
import { MoneyParseError, parseDecimalToMinor } from '@/lib/money/money'
import { describePackage } from '@/lib/products/describe-package'
import { parseProxyType, type ProductFamily } from '@/lib/products/product-families'

/** A country a package can deliver IPs in: ISO 3166 alpha-2 upper case, and a display name. */
export type CountryOption = { code: string; name: string }

export type CatalogueEntry = {
  retailPackage: RetailPackage
  /** Countries the package can deliver, or null when upstream does not say (Dedicated ISP, IPv6). */
  countries: CountryOption[] | null
}

export type CatalogueFamily = {
  family: ProductFamily
  entries: CatalogueEntry[]
  /** True when this family's packages could not be loaded; the other families still show. */
  isUnavailable: boolean
}

export type CatalogueFilters = {
  proxyType: ProxyType | null
  /** Upper-case ISO alpha-2 code. */
  country: string | null
  minPriceMinor: number | null
  maxPriceMinor: number | null
}

export type ParsedCatalogueFilters = {
  filters: CatalogueFilters
  /** Messages per query parameter that could not be read; that filter is then not applied. */
  errors: Partial<Record<'type' | 'country' | 'minPrice' | 'maxPrice', string>>
}

type SearchParams = Record<string, string | string[] | undefined>

/**
 * Reads the storefront filters from query parameters `type`, `country`, `minPrice` and
 * `maxPrice` (prices in major units, e.g. "10.50"). A value that cannot be read is
 * reported in `errors` and left out, so a typo never empties the page.
 */
export function parseCatalogueFilters(searchParams: SearchParams): ParsedCatalogueFilters {
  const errors: ParsedCatalogueFilters['errors'] = {}
  const typeText = firstValue(searchParams.type)
  const countryText = firstValue(searchParams.country)

  const proxyType = typeText === null ? null : parseProxyType(typeText)
  if (typeText !== null && proxyType === null) errors.type = 'Choose a product type from the list.'

  const country = countryText === null ? null : countryText.toUpperCase()
  if (country !== null && !/^[A-Z]{2}$/.test(country)) errors.country = 'Choose a country from the list.'

  const minPriceMinor = readPrice(firstValue(searchParams.minPrice), 'minPrice', errors)
  const maxPriceMinor = readPrice(firstValue(searchParams.maxPrice), 'maxPrice', errors)
  if (minPriceMinor !== null && maxPriceMinor !== null && minPriceMinor > maxPriceMinor) {
    errors.maxPrice = 'The maximum price must not be below the minimum price.'
  }

  return {
    filters: {
      proxyType,
      country: errors.country ? null : country,
      minPriceMinor,
      maxPriceMinor: errors.maxPrice ? null : maxPriceMinor,
    },
    errors,
  }
}

/**
 * Keeps the families and packages that match the filters. Prices compare the smallest
 * order of a package (listed price × minimum quantity), so per-IP and per-package
 * products compare by what a customer pays at least. A country filter drops packages
 * whose locations are unknown, because the store cannot promise that country.
 */
export function filterCatalogue(families: CatalogueFamily[], filters: CatalogueFilters): CatalogueFamily[] {
  return families
    .filter((group) => filters.proxyType === null || group.family.proxyType === filters.proxyType)
    .map((group) => ({ ...group, entries: group.entries.filter((entry) => matchesEntry(entry, filters)) }))
}

function matchesEntry(entry: CatalogueEntry, filters: CatalogueFilters): boolean {
  const { fromPriceMinor } = describePackage(entry.retailPackage)
  if (filters.minPriceMinor !== null && fromPriceMinor < filters.minPriceMinor) return false
  if (filters.maxPriceMinor !== null && fromPriceMinor > filters.maxPriceMinor) return false
  if (filters.country === null) return true

  return entry.countries?.some((country) => country.code === filters.country) ?? false
}

/** Every country any package offers, sorted by name, for the country filter's options. */
export function listCatalogueCountries(families: CatalogueFamily[]): CountryOption[] {
  const byCode = new Map<string, CountryOption>()
  for (const group of families) {
    for (const entry of group.entries) for (const country of entry.countries ?? []) byCode.set(country.code, country)
  }

  return [...byCode.values()].sort((left, right) => left.name.localeCompare(right.name, 'en'))
}

function firstValue(value: string | string[] | undefined): string | null {
  const text = (Array.isArray(value) ? value[0] : value)?.trim() ?? ''

  return text === '' ? null : text
}

function readPrice(text: string | null, field: 'minPrice' | 'maxPrice', errors: ParsedCatalogueFilters['errors']): number | null {
  if (text === null) return null
  try {
    return parseDecimalToMinor(text.replace(/^\$/, ''))
  } catch (error) {
    if (!(error instanceof MoneyParseError)) throw error
    errors[field] = 'Enter a price in dollars, such as 10 or 10.50.'

    return null
  }
}

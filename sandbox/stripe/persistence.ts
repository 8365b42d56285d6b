import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { hostedPageUrl } from './objects/checkout-session'
import type { SimulatorStore } from './state'
import { createAccount } from './state'

/** Bump when the file layout changes; a file of another version is rejected rather than misread. */
const STATE_FILE_VERSION = 1

type PersistedAccount = {
  secretKey: string
  sessions: Array<[string, unknown]>
  paymentIntents: Array<[string, unknown]>
  charges: Array<[string, unknown]>
  refunds: Array<[string, unknown]>
  disputes: Array<[string, unknown]>
  webhookEndpoints: Array<[string, unknown]>
  events: Array<[string, unknown]>
  idempotentResponses: Array<[string, unknown]>
}

const MAP_FIELDS = [
  'sessions', 'paymentIntents', 'charges', 'refunds', 'disputes', 'webhookEndpoints', 'events', 'idempotentResponses',
] as const

/**
 * Writes every account to `filePath` as JSON, through a temporary file and a rename, so a crash
 * mid-write leaves the previous state intact. The file contains secret keys and webhook secrets
 * of test accounts, so it is created readable by the owner only.
 */
export function saveState(store: SimulatorStore, filePath: string): void {
  const accounts = [...store.accounts.values()].map((account) => {
    const persisted: Record<string, unknown> = { secretKey: account.secretKey }
    for (const field of MAP_FIELDS) {
      persisted[field] = [...account[field].entries()]
    }

    return persisted
  })

  mkdirSync(path.dirname(filePath), { recursive: true })
  const temporaryPath = `${filePath}.${process.pid}.tmp`
  writeFileSync(temporaryPath, JSON.stringify({ version: STATE_FILE_VERSION, accounts }), { mode: 0o600 })
  renameSync(temporaryPath, filePath)
}

/**
 * Loads accounts saved by `saveState` into the store. A missing file leaves the store empty.
 * Throws when the file is not JSON or has another version, and deleting the file then starts empty.
 */
export function loadState(store: SimulatorStore, filePath: string): void {
  if (!existsSync(filePath)) {
    return
  }

  const parsed: unknown = JSON.parse(readFileSync(filePath, 'utf8'))
  if (!isStateFile(parsed)) {
    throw new Error(`Stripe simulator state file ${filePath} is not version ${STATE_FILE_VERSION}; delete it to start with no accounts.`)
  }

  for (const persisted of parsed.accounts) {
    const account = createAccount(persisted.secretKey)
    for (const field of MAP_FIELDS) {
      // saveState wrote these entries from the same Map types, so they are restored unchanged.
      Object.assign(account, { [field]: new Map(persisted[field]) })
    }
    store.accounts.set(account.secretKey, account)
  }
}

/**
 * Writes the store to a state file at most once per event-loop turn, so the several changes of one
 * request cost one write. After `close`, nothing more is written, because the file may be gone (a test's temp folder).
 */
export class StateFileWriter {
  private isScheduled = false
  private isClosed = false

  constructor(
    private readonly store: SimulatorStore,
    private readonly filePath: string | undefined,
  ) {}

  scheduleSave(): void {
    if (this.filePath === undefined || this.isScheduled || this.isClosed) {
      return
    }

    this.isScheduled = true
    setImmediate(() => this.saveNow())
  }

  /** Writes the final state and stops further writes. */
  close(): void {
    this.saveNow()
    this.isClosed = true
  }

  private saveNow(): void {
    this.isScheduled = false
    if (this.filePath !== undefined && !this.isClosed) {
      saveState(this.store, this.filePath)
    }
  }
}

/** Points open sessions at this run's hosted page, since a restarted simulator may have another port. */
export function rewriteHostedPageUrls(store: SimulatorStore, baseUrl: string): void {
  for (const account of store.accounts.values()) {
    for (const record of account.sessions.values()) {
      if (record.session.status === 'open') {
        record.session.url = hostedPageUrl(baseUrl, record.session.id)
      }
    }
  }
}

function isStateFile(value: unknown): value is { version: number; accounts: PersistedAccount[] } {
  if (typeof value !== 'object' || value === null) {
    return false
  }
  const candidate = value as { version?: unknown; accounts?: unknown }

  return candidate.version === STATE_FILE_VERSION && Array.isArray(candidate.accounts)
}

import type { Logger } from '@/lib/logger'

import { postSignedWebhook } from './webhook-post'
import type { WebhookPostResult } from './webhook-post'
import { isLoopbackUrl } from './webhook-signature'

/** One POST of one event to one endpoint. Retries are separate attempts with a higher `attempt`. */
export type WebhookDeliveryAttempt = {
  eventId: string
  eventType: string
  endpointId: string
  url: string
  /** 1 for the first try. */
  attempt: number
  /** HTTP status of the endpoint's response, or null when no response arrived. */
  statusCode: number | null
  error: string | null
  attemptedAt: Date
}

export type DeliveryJob = {
  endpointId: string
  eventId: string
  eventType: string
  /** The event JSON, signed and sent byte for byte on every attempt. */
  payload: string
  attempt: number
}

export type WebhookDispatcherOptions = {
  /** Wait in milliseconds before retry n (n = 1, 2, …) after a failed attempt, one entry per retry. */
  retryDelaysMs: number[]
  requestTimeoutMs: number
  logger: Logger
  /** The endpoint's current URL and secret, or null once it is deleted or disabled, which stops its retries. */
  resolveEndpoint: (endpointId: string) => { url: string; secret: string } | null
  onDelivered: (job: DeliveryJob) => void
}

/**
 * Sends signed webhook events in the background. Deliveries never block the API response or redirect
 * that caused them. Like Stripe, it retries on a non-2xx status, a redirect or a connection error,
 * and gives no ordering guarantee between events, except that jobs released by `resume` go one at a time.
 */
export class WebhookDispatcher {
  private readonly attempts: WebhookDeliveryAttempt[] = []
  private readonly heldJobs: DeliveryJob[] = []
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly controllers = new Set<AbortController>()
  private idleWaiters: Array<() => void> = []
  private runningCount = 0
  private isPaused = false
  private isClosed = false

  constructor(private readonly options: WebhookDispatcherOptions) {}

  enqueue(job: DeliveryJob): void {
    if (this.isClosed) {
      return
    }
    if (this.isPaused) {
      this.heldJobs.push(job)

      return
    }

    this.schedule(job, 0)
  }

  /** Holds new deliveries until `resume`, so a test can choose the order in which they arrive. */
  pause(): void {
    this.isPaused = true
  }

  /** Sends the held deliveries one after another, oldest first or newest first, then sends new ones at once again. */
  resume(order: 'oldest_first' | 'newest_first' = 'oldest_first'): void {
    this.isPaused = false
    const jobs = this.heldJobs.splice(0, this.heldJobs.length)
    if (order === 'newest_first') {
      jobs.reverse()
    }

    this.runningCount += 1
    void (async () => {
      for (const job of jobs) {
        await this.attempt(job)
      }
    })().finally(() => this.finishRun())
  }

  listAttempts(): WebhookDeliveryAttempt[] {
    return this.attempts.map((attempt) => ({ ...attempt }))
  }

  /** Resolves when no attempt is running or scheduled. Deliveries held by `pause` are not waited for. */
  waitForIdle(): Promise<void> {
    if (this.isIdle()) {
      return Promise.resolve()
    }

    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  /** Cancels scheduled retries and aborts requests in flight. */
  close(): void {
    this.isClosed = true
    for (const timer of this.timers) {
      clearTimeout(timer)
    }
    this.timers.clear()
    for (const controller of this.controllers) {
      controller.abort()
    }
    this.heldJobs.length = 0
    this.notifyIfIdle()
  }

  private schedule(job: DeliveryJob, delayMs: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      this.runningCount += 1
      void this.attempt(job).finally(() => this.finishRun())
    }, delayMs)
    this.timers.add(timer)
  }

  private async attempt(job: DeliveryJob): Promise<void> {
    const target = this.options.resolveEndpoint(job.endpointId)
    if (this.isClosed || target === null) {
      return
    }

    const log = this.options.logger.child({ eventId: job.eventId, eventType: job.eventType, endpointId: job.endpointId })
    if (!isLoopbackUrl(target.url)) {
      // Endpoint creation already rejects such URLs. This check guards against state files edited by hand.
      const error = 'not sent: the simulator sends webhooks to loopback addresses only'
      this.attempts.push({ ...job, url: target.url, statusCode: null, error, attemptedAt: new Date() })
      log.warn({ url: target.url }, error)

      return
    }

    const result = await this.post(target.url, target.secret, job.payload)
    if (this.isClosed) {
      return
    }
    this.attempts.push({ ...job, url: target.url, ...result, attemptedAt: new Date() })

    const isSuccess = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300
    if (isSuccess) {
      log.info({ attempt: job.attempt, statusCode: result.statusCode }, 'webhook delivered')
      this.options.onDelivered(job)

      return
    }

    const retryDelayMs = this.options.retryDelaysMs[job.attempt - 1]
    if (retryDelayMs === undefined) {
      log.warn({ attempt: job.attempt, ...result }, 'webhook delivery failed, no retries left')

      return
    }

    log.info({ attempt: job.attempt, ...result, retryDelayMs }, 'webhook delivery failed, retry scheduled')
    this.schedule({ ...job, attempt: job.attempt + 1 }, retryDelayMs)
  }

  private async post(url: string, secret: string, payload: string): Promise<WebhookPostResult> {
    const controller = new AbortController()
    this.controllers.add(controller)
    try {
      return await postSignedWebhook({ url, secret, payload, timeoutMs: this.options.requestTimeoutMs, signal: controller.signal })
    } finally {
      this.controllers.delete(controller)
    }
  }

  private finishRun(): void {
    this.runningCount -= 1
    this.notifyIfIdle()
  }

  private isIdle(): boolean {
    return this.runningCount === 0 && this.timers.size === 0
  }

  private notifyIfIdle(): void {
    if (!this.isIdle()) {
      return
    }

    const waiters = this.idleWaiters
    this.idleWaiters = []
    for (const resolve of waiters) {
      resolve()
    }
  }
}

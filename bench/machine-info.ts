import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'

/** Collects the facts a benchmark record needs about the machine it ran on. */
export function describeMachine() {
  const cpuInfo = readFileSync('/proc/cpuinfo', 'utf8')
  const cpuModel = /^model name\s*:\s*(.+)$/m.exec(cpuInfo)?.[1]?.trim() ?? 'unknown'

  return {
    date: new Date().toISOString(),
    nproc: execFileSync('nproc', { encoding: 'utf8' }).trim(),
    cpuModel,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    // Other processes share the CPU; a high load average means the numbers understate the machine.
    loadAverage1m: Number(os.loadavg()[0]?.toFixed(2)),
  }
}

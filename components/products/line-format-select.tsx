import { PROXY_LINE_FORMAT_LABELS, PROXY_LINE_FORMATS, type ProxyLineFormat } from '@/lib/products/proxy-line-formats'

/** Chooses the line format proxy strings are shown and downloaded in. */
export function LineFormatSelect({ id, value, onChange }: { id: string; value: ProxyLineFormat; onChange: (format: ProxyLineFormat) => void }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        Format
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(PROXY_LINE_FORMATS.find((format) => format === event.target.value) ?? 'ip-port-user-pass')}
        className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm"
      >
        {PROXY_LINE_FORMATS.map((format) => (
          <option key={format} value={format}>
            {PROXY_LINE_FORMAT_LABELS[format]}
          </option>
        ))}
      </select>
    </div>
  )
}

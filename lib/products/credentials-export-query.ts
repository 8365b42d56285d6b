import { z } from 'zod'

import { PROXY_LINE_FORMATS } from '@/lib/products/proxy-line-formats'

/** Query of the credentials download: `format` (a line format) and `file` ("txt" or "csv"). */
export const ZCredentialsExportQuery = z.object({
  format: z.enum(PROXY_LINE_FORMATS, { error: `Choose a format: ${PROXY_LINE_FORMATS.join(', ')}` }).default('ip-port-user-pass'),
  file: z.enum(['txt', 'csv'], { error: 'Choose a file type: txt or csv' }).default('txt'),
})

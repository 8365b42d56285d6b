/**
 * Page shell and styles of the simulator's hosted checkout. Everything is inline: the page loads no
 * external assets. Colours meet WCAG AA contrast (body text #1a1f36 and muted #4f566b on white,
 * white on the #4338ca button), and every control shows a 3 px focus ring.
 */
const STYLES = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1f36;background:#f6f8fa}
main{max-width:960px;margin:0 auto;padding:24px 16px;display:grid;gap:24px}
@media (min-width:768px){main.checkout{grid-template-columns:1fr 1fr;padding:48px 24px;align-items:start}}
section{background:#fff;border:1px solid #d5dbe1;border-radius:12px;padding:24px}
h1{font-size:1.125rem;font-weight:600;margin:0 0 4px}
h2{font-size:1.125rem;margin:0 0 16px}
.badge{display:inline-block;margin:0 0 12px;padding:2px 8px;border-radius:999px;background:#fff4e5;color:#7a3e00;font-size:.8125rem;font-weight:600}
.merchant{margin:0 0 4px;color:#4f566b;font-weight:600}
.total{display:block;font-size:2rem;font-weight:700;line-height:1.2}
.items{list-style:none;margin:24px 0 0;padding:0}
.items li{display:flex;justify-content:space-between;gap:16px;padding:12px 0;border-top:1px solid #e3e8ee}
.item-name{display:block;font-weight:600}
.muted,.hint{display:block;color:#4f566b;font-size:.875rem}
.totals{display:flex;justify-content:space-between;margin:0;padding-top:12px;border-top:2px solid #1a1f36;font-weight:700}
.totals dd{margin:0}
form{display:grid;gap:16px}
label{display:block;font-weight:600;margin-bottom:4px}
input[type=email],input[type=text]{width:100%;padding:10px 12px;font:inherit;color:inherit;background:#fff;border:1px solid #6b7385;border-radius:6px}
input[aria-invalid=true]{border-color:#b42318;border-width:2px}
fieldset{border:1px solid #d5dbe1;border-radius:6px;margin:0;padding:8px 12px 12px}
legend{font-weight:600;padding:0 4px}
.choice{display:flex;gap:8px;align-items:baseline;font-weight:400;margin:8px 0 0}
.row{display:grid;grid-template-columns:1fr 1fr;gap:12px;align-items:end}
.card-fields{display:grid;gap:16px}
form:has(input[value=us_bank_account]:checked) .card-fields{display:none}
button{padding:12px 16px;font:inherit;font-weight:600;color:#fff;background:#4338ca;border:0;border-radius:6px;cursor:pointer}
button:hover{background:#3730a3}
a{color:#3730a3}
:focus-visible{outline:3px solid #4338ca;outline-offset:2px}
.alert{margin:0 0 16px;padding:12px;border-radius:6px;background:#fef3f2;color:#b42318;border:1px solid #f4b4ad;font-weight:600}
.cancel{display:inline-block;margin-top:16px}
`

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

/** Wraps already-escaped body HTML in the page shell. `title` is escaped here. */
export function renderPage(title: string, bodyHtml: string, mainClass = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLES}</style>
</head>
<body>
<main${mainClass === '' ? '' : ` class="${mainClass}"`}>
${bodyHtml}
</main>
</body>
</html>
`
}

/** Renders a page with one message, for sessions that are paid, expired or unknown. `link` is optional. */
export function renderMessagePage(input: { title: string; message: string; link?: { href: string; text: string } | undefined }): string {
  const link = input.link === undefined ? '' : `<p><a href="${escapeHtml(input.link.href)}">${escapeHtml(input.link.text)}</a></p>`

  return renderPage(
    `${input.title} – Checkout (test mode)`,
    `<section aria-labelledby="message-heading">
<p class="badge">Test mode</p>
<h1 id="message-heading">${escapeHtml(input.title)}</h1>
<p>${escapeHtml(input.message)}</p>
${link}
</section>`,
  )
}

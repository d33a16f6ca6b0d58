/**
 * The visitor's receipt for a request, printed from a hidden frame as the fee calculations are: number,
 * type, the day it was taken, the deadline and what to bring. Every text is escaped: names are typed at
 * the counter.
 */

export interface PrintableReceipt {
  title: string;
  number: string;
  /** Label and value lines: type, applicant, taken, due. */
  facts: { label: string; value: string }[];
  bringLabel: string;
  bring: string[];
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function receiptHtml(r: PrintableReceipt, lang: string): string {
  const facts = r.facts.map((f) => `<tr><td>${escape(f.label)}</td><td><b>${escape(f.value)}</b></td></tr>`).join('');
  const bring = r.bring.length
    ? `<p>${escape(r.bringLabel)}:</p><ul>${r.bring.map((b) => `<li>${escape(b)}</li>`).join('')}</ul>`
    : '';
  return `<!doctype html><html lang="${escape(lang)}"><head><meta charset="utf-8"><title>${escape(r.title)}</title>
<style>@page{size:A5;margin:12mm}body{font:12pt 'Times New Roman',serif;color:#000}h1{font-size:14pt}
.no{font-size:22pt;font-weight:bold;margin:8px 0}td{padding:3px 8px 3px 0;vertical-align:top}</style></head>
<body><h1>${escape(r.title)}</h1><div class="no">${escape(r.number)}</div><table>${facts}</table>${bring}</body></html>`;
}

export function printReceipt(r: PrintableReceipt, lang: string): void {
  document.querySelector('iframe[data-testid="request-receipt-frame"]')?.remove();
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('data-testid', 'request-receipt-frame');
  frame.title = r.title;
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  frame.srcdoc = receiptHtml(r, lang);
  frame.onload = () => {
    frame.contentWindow?.focus();
    frame.contentWindow?.print();
  };
  document.body.append(frame);
}

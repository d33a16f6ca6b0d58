/**
 * Prints a calculation as a small HTML page in a hidden frame (the browser's and Electron's print both
 * come from the frame, as for documents): the title, who it is for, the amount, the steps with their
 * formulas and the tariff version. Every text is escaped: names come from the registry.
 */

export interface PrintableCalculation {
  title: string;
  date: string;
  facts: string[];
  amount: string;
  tariff: string;
  /** Label and neutral formula of each step (or each subject line). */
  lines: { label: string; formula: string }[];
  formulaLabel: string;
  formula: string;
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function calculationHtml(c: PrintableCalculation, lang: string): string {
  const rows = c.lines
    .map((l) => `<tr><td>${escape(l.label)}</td><td class="f">${escape(l.formula)}</td></tr>`)
    .join('');
  return `<!doctype html><html lang="${escape(lang)}"><head><meta charset="utf-8"><title>${escape(c.title)}</title>
<style>@page{size:A4;margin:20mm}body{font:12pt 'Times New Roman',serif;color:#000}h1{font-size:15pt}
table{border-collapse:collapse;width:100%}td{border:1px solid #888;padding:4px 6px;vertical-align:top}
td.f{font-family:monospace;white-space:nowrap}.amount{font-size:20pt;font-weight:bold;margin:12px 0}</style></head>
<body><h1>${escape(c.title)}</h1><p>${escape(c.date)}</p>${c.facts.map((f) => `<div>${escape(f)}</div>`).join('')}
<div class="amount">${escape(c.amount)}</div><p>${escape(c.tariff)}</p><table>${rows}</table>
<p><b>${escape(c.formulaLabel)}:</b> ${escape(c.formula)}</p></body></html>`;
}

/**
 * The frame stays until the next print (one at a time): a print dialog may return at once (headless
 * browsers) or only when closed (Chromium, Electron), and the printed page can be checked meanwhile.
 */
export function printCalculation(c: PrintableCalculation, lang: string): void {
  document.querySelector('iframe[data-testid="fee-print-frame"]')?.remove();
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('data-testid', 'fee-print-frame');
  frame.title = c.title;
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  frame.srcdoc = calculationHtml(c, lang);
  frame.onload = () => {
    frame.contentWindow?.focus();
    frame.contentWindow?.print();
  };
  document.body.append(frame);
}

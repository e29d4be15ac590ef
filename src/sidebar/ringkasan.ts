/** Ringkasan: "Jalankan segmentasi" with progress and result, then the run's figures as small charts. */
import { panelWords } from '../core/i18n/panel';
import { percent, rupiah } from '../core/report/format';
import type { PanelRetention, PanelSummary } from '../core/report/panelSummary';
import { call } from './server';
import { clear, el, errorText, status, svg } from './dom';

function bar(share: number, className: string): HTMLElement {
  const fill = el('span', { class: `fill ${className}` });
  fill.style.width = `${Math.round(Math.max(0, Math.min(1, share)) * 100)}%`;
  return el('span', { class: 'bar' }, fill);
}

function typeBars(summary: PanelSummary): HTMLElement {
  const t = panelWords();
  const maxCustomers = Math.max(1, ...summary.types.map((x) => x.customers));
  const maxSales = Math.max(1, ...summary.types.map((x) => x.sales));
  const rows = summary.types.map((x) =>
    el(
      'div',
      { class: 'type-row', attrs: { 'data-type': x.type } },
      el('span', { class: `type type-${x.type}`, text: x.type }),
      el(
        'span',
        { class: 'type-bars' },
        el(
          'span',
          { class: 'line' },
          bar(x.customers / maxCustomers, `t${x.type}`),
          el('span', { class: 'num', text: t.customers(x.customers) }),
        ),
        el(
          'span',
          { class: 'line' },
          bar(x.sales / maxSales, 'sales'),
          el('span', { class: 'num', text: rupiah(x.sales) }),
        ),
      ),
    ),
  );
  return el('div', { class: 'block' }, el('h3', { text: t.typesTitle }), ...rows);
}

const CHART = { width: 276, height: 96, top: 14, bottom: 16 };

/** Retention per month as bars; the first period ("awal data") has no bar, only its mark. */
function retentionChart(months: PanelRetention[]): HTMLElement {
  const t = panelWords();
  const chart = svg('svg', {
    class: 'chart',
    width: CHART.width,
    height: CHART.height,
    viewBox: `0 0 ${CHART.width} ${CHART.height}`,
    role: 'img',
  });
  const slot = CHART.width / Math.max(1, months.length);
  const plot = CHART.height - CHART.top - CHART.bottom;
  months.forEach((m, i) => {
    const x = i * slot + 2;
    const width = Math.max(2, slot - 4);
    if (m.rate === null) {
      chart.appendChild(
        svg('text', { x: x + width / 2, y: CHART.height - CHART.bottom - 2, class: 'na' }, '–'),
      );
    } else {
      const h = Math.max(1, m.rate * plot);
      const rect = svg('rect', { x, y: CHART.top + plot - h, width, height: h, class: 'rate' });
      rect.appendChild(svg('title', {}, `${m.label}: ${percent(m.rate)}`));
      chart.appendChild(rect);
    }
    // First and last month under the axis, anchored inside the chart so neither is cut off.
    if (i === 0) chart.appendChild(svg('text', { x: 0, y: CHART.height - 3, class: 'axis start' }, m.label));
    else if (i === months.length - 1)
      chart.appendChild(svg('text', { x: CHART.width, y: CHART.height - 3, class: 'axis end' }, m.label));
  });
  const last = [...months].reverse().find((m) => m.rate !== null);
  if (last && last.rate !== null) {
    chart.appendChild(
      svg('text', { x: CHART.width - 2, y: 10, class: 'value' }, `${last.label}: ${percent(last.rate)}`),
    );
  }
  const note = months.some((m) => m.rate === null)
    ? el('p', { class: 'note', text: `– = ${t.firstPeriod}` })
    : null;
  return el('div', { class: 'block' }, el('h3', { text: t.retentionTitle }), chart, note);
}

/** Nilai Pelanggan per type as bars, or why there is none. */
function values(summary: PanelSummary): HTMLElement | null {
  const t = panelWords();
  const v = summary.value;
  if (!v) return summary.valueNote ? el('p', { class: 'note', text: summary.valueNote }) : null;
  const max = Math.max(1, ...v.byType.map((x) => x.value));
  const rows = v.byType.map((x) =>
    el(
      'div',
      { class: 'value-row', attrs: { 'data-value-type': x.type } },
      el('span', { class: `type type-${x.type}`, text: x.type }),
      bar(x.value / max, `t${x.type}`),
      el('span', { class: 'num', text: rupiah(x.value) }),
    ),
  );
  return el(
    'div',
    { class: 'block', attrs: { id: 'values' } },
    el('h3', { text: t.valueTitle(v.months) }),
    ...rows,
    el('p', { class: 'note', text: t.valueTotal(rupiah(v.total)) }),
  );
}

function ageing(summary: PanelSummary): HTMLElement {
  const t = panelWords();
  const max = Math.max(0, ...summary.ageing.map((a) => a.amount));
  const body =
    max === 0
      ? [el('p', { text: t.noDebts })]
      : summary.ageing.map((a) =>
          el(
            'div',
            { class: 'age-row', attrs: { 'data-bucket': a.bucket } },
            el('span', { class: 'age-label', text: a.label }),
            bar(a.amount / max, `age-${a.bucket}`),
            el('span', { class: 'num', text: rupiah(a.amount) }),
          ),
        );
  return el('div', { class: 'block' }, el('h3', { text: t.ageingTitle }), ...body);
}

export function renderSummary(target: HTMLElement, summary: PanelSummary | null): void {
  const t = panelWords();
  clear(target);
  if (!summary) {
    target.appendChild(el('p', { class: 'note', text: t.noRunYet }));
    return;
  }
  target.appendChild(
    el('p', { class: 'note', text: t.lastRun(summary.at, summary.referenceDate, summary.customers) }),
  );
  target.appendChild(typeBars(summary));
  const value = values(summary);
  if (value) target.appendChild(value);
  target.appendChild(retentionChart(summary.retention));
  target.appendChild(ageing(summary));
  if (summary.issues > 0) target.appendChild(el('p', { class: 'note', text: t.issues(summary.issues) }));
}

/**
 * Ringkasan: the automatic update's last outcome on top (an add-on's trigger emails nobody when it
 * fails: this line is where the owner sees it), the run button, then the last run's figures.
 */
export function renderRingkasan(
  section: HTMLElement,
  summary: PanelSummary | null,
  auto: string | null,
): void {
  const t = panelWords();
  clear(section);
  if (auto) section.appendChild(el('p', { class: 'note auto', text: auto, attrs: { id: 'auto-status' } }));
  const button = el('button', { class: 'primary', text: t.run, attrs: { type: 'button', id: 'run' } });
  const progress = el('div', { class: 'progress', attrs: { role: 'progressbar' } }, el('span'));
  progress.hidden = true;
  const line = el('p', { class: 'status', attrs: { id: 'run-status', 'aria-live': 'polite' } });
  line.hidden = true;
  const result = el('pre', { class: 'result', attrs: { id: 'run-result' } });
  result.hidden = true;
  const figures = el('div', { attrs: { id: 'figures' } });
  section.append(button, progress, line, result, figures);
  renderSummary(figures, summary);
  button.addEventListener('click', async () => {
    button.disabled = true;
    progress.hidden = false;
    result.hidden = true;
    status(line, t.running);
    try {
      const run = await call('panelJalankan');
      status(line, run.title, run.outcome === 'done' ? 'ok' : 'error');
      result.textContent = run.message;
      result.hidden = false;
      if (run.summary) renderSummary(figures, run.summary);
    } catch (error) {
      status(line, t.failed(errorText(error)), 'error');
    } finally {
      button.disabled = false;
      progress.hidden = true;
    }
  });
}

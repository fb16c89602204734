// The hot wash after the last round: the teams side by side (endings, timelines, indicators over
// the years), what really happened, the discussion prompts, and the after-action report to keep.
import { CHARTED_INDICATORS, indicatorChart } from '../debrief/charts.ts';
import { h } from '../dom.ts';
import { t } from '../messages.ts';
import {
  DASHES,
  chartLegend,
  discussionPrompts,
  endingCard,
  historyTrack,
  teamTimeline,
} from './hotWashParts.ts';
import { teamsCompare } from './teamsCompare.ts';
import type { Workshop } from './workshop.ts';

export interface HotWashActions {
  print: () => void;
  downloadJson: () => void;
  downloadCsv: () => void;
  newWorkshop: () => void;
}

function section(id: string, title: string, ...children: (HTMLElement | null)[]): HTMLElement {
  return h(
    'section',
    { class: `ws-section ${id.replace(/-title$/, '')}`, attrs: { 'aria-labelledby': id } },
    h('h2', { id }, title),
    ...children,
  );
}

function button(label: string, action: () => void, primary = false): HTMLElement {
  return h(
    'button',
    { class: primary ? 'primary' : undefined, attrs: { type: 'button' }, on: { click: action } },
    label,
  );
}

/** The after-action report to keep: printed, or saved as JSON and CSV. */
function exportSection(actions: HotWashActions): HTMLElement {
  return section(
    'ws-export-title',
    t('wsExport'),
    h('p', {}, t('wsExportIntro')),
    h(
      'div',
      { class: 'actions ws-export-actions' },
      button(t('wsPrint'), actions.print),
      button(t('wsDownloadJson'), actions.downloadJson, true),
      button(t('wsDownloadCsv'), actions.downloadCsv, true),
    ),
    h('p', { class: 'meta' }, t('wsNewWorkshopNote')),
    button(t('wsNewWorkshop'), actions.newWorkshop),
  );
}

/** Without actions (a projector, which sends and keeps nothing) the export section is left out. */
export function hotWash(workshop: Workshop, actions?: HotWashActions): HTMLElement {
  const labels = [t('start'), ...workshop.scenario.rounds.map((r) => r.label)];
  const series = workshop.teams.map((team, i) => ({
    name: team.name,
    history: team.session.state.history,
    dash: DASHES[i] ?? '',
  }));
  return h(
    'div',
    { class: 'ws-hotwash' },
    h('h2', { class: 'ws-round-title', attrs: { tabindex: '-1' } }, t('wsHotWash')),
    h('p', { class: 'tagline' }, t('wsHotWashIntro')),
    section(
      'ws-endings-title',
      t('wsEndings'),
      h('div', { class: 'team-grid' }, ...workshop.teams.map(endingCard)),
    ),
    section(
      'ws-timelines-title',
      t('wsTimelines'),
      h('div', { class: 'team-grid' }, ...workshop.teams.map(teamTimeline)),
    ),
    section(
      'ws-charts-title',
      t('wsCharts'),
      chartLegend(workshop),
      h(
        'div',
        { class: 'chart-grid ws-charts' },
        ...CHARTED_INDICATORS.map((id) => indicatorChart(id, series, labels)),
      ),
    ),
    teamsCompare(workshop, true),
    historyTrack(workshop),
    discussionPrompts(workshop),
    actions ? exportSection(actions) : null,
  );
}

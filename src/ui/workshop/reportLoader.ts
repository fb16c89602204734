// Where the facilitator gives back an after-action report: a file input and a drop zone, and a
// line (an alert) that says in words why a file could not be shown. The file's text goes to
// `load` with its name, which resolves with the reason it failed, or null once its hot wash is on screen.
import { h, uid } from '../dom.ts';
import { acceptDrops, jsonFileInput } from '../files/fileDrop.ts';
import { t } from '../messages.ts';

export function reportLoader(
  load: (text: string, name: string) => Promise<string | null>,
): HTMLElement {
  // Hidden while empty, so that the page has no silent alert besides the setup's own.
  const problem = h('p', { class: 'ws-load-problem', attrs: { role: 'alert', hidden: '' } });
  const say = (text: string) => {
    problem.textContent = text;
    problem.hidden = text === '';
  };
  const read = async (file: File | undefined) => {
    if (!file) return;
    say(t('wsLoadReportLoading', { file: file.name }));
    let reason: string | null;
    try {
      reason = await load(await file.text(), file.name);
    } catch (error) {
      reason = (error as Error).message;
    }
    // Text only: a hostile file name or message is never read as HTML.
    say(reason === null ? '' : t('wsLoadReportFailed', { file: file.name, reason }));
  };
  const inputId = uid('ws-report-file');
  const take = (files: File[]) => void read(files[0]);
  const titleId = uid('ws-load-title');
  return acceptDrops(
    h(
      'section',
      {
        class: 'ws-load-report drop-zone screen-only',
        attrs: { 'aria-labelledby': titleId },
      },
      h('h2', { id: titleId }, t('wsLoadReport')),
      h('p', {}, t('wsLoadReportIntro')),
      h('label', { attrs: { for: inputId } }, t('wsLoadReportChoose')),
      ' ',
      jsonFileInput(inputId, take),
      problem,
    ),
    take,
  );
}

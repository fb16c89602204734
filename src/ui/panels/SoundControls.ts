// The sound controls: a mute toggle and a master volume slider that show and change the sound
// board's settings. A native button and range input, so keyboards and screen readers get them free.
import type { SoundBoard } from '../../audio/SoundBoard.ts';
import { h, replaceChildren, uid } from '../dom.ts';
import { t } from '../messages.ts';

export interface SoundControls {
  readonly element: HTMLElement;
  /** Stops following the board (call when the controls leave the page). */
  destroy(): void;
}

export function soundControls(board: SoundBoard): SoundControls {
  const sliderId = uid('sound-volume');
  // "Pressed" means sound is on, so the name and the state agree: "Sound on, pressed" and
  // "Sound off, not pressed"; the visible text is the accessible name.
  const toggle = h('button', {
    class: 'sound-toggle',
    attrs: { type: 'button' },
    on: { click: () => board.setMuted(!board.muted) },
  });
  const slider = h('input', {
    id: sliderId,
    class: 'sound-volume',
    // Named by itself too: where the title bar is tight (small laptops) the visible label goes.
    attrs: { type: 'range', min: '0', max: '100', step: '5', 'aria-label': t('soundVolume') },
    on: {
      input: () => board.setVolume(Number(slider.value) / 100),
      // A sample at the new level once the slider is let go, so the level can be judged by ear.
      change: () => board.play('click'),
    },
  });
  const readout = h('span', { class: 'sound-volume-value', attrs: { 'aria-hidden': 'true' } });
  const element = h(
    'div',
    { class: 'sound-controls', attrs: { role: 'group', 'aria-label': t('soundControls') } },
    toggle,
    h('label', { attrs: { for: sliderId } }, t('soundVolume')),
    slider,
    readout,
  );

  const render = () => {
    replaceChildren(toggle, board.muted ? t('soundOff') : t('soundOn'));
    toggle.setAttribute('aria-pressed', String(!board.muted));
    const percent = Math.round(board.volume * 100);
    const text = t('soundVolumePercent', { n: percent });
    // Only when it differs: rewriting the value mid-drag would fight the pointer.
    if (Number(slider.value) !== percent) slider.value = String(percent);
    slider.setAttribute('aria-valuetext', text);
    replaceChildren(readout, text);
  };
  render();
  return { element, destroy: board.subscribe(render) };
}

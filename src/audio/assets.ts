// The audio files, imported through Vite so the build fingerprints them and the game fetches them
// from its own origin only. Ogg Vorbis first; AAC (.m4a) for Safari versions without Ogg.
import clickOgg from '../../assets/audio/click.ogg?url&no-inline';
import clickM4a from '../../assets/audio/click.m4a?url&no-inline';
import chooseOgg from '../../assets/audio/choose.ogg?url&no-inline';
import chooseM4a from '../../assets/audio/choose.m4a?url&no-inline';
import roundOgg from '../../assets/audio/round.ogg?url&no-inline';
import roundM4a from '../../assets/audio/round.m4a?url&no-inline';
import eventOgg from '../../assets/audio/event.ogg?url&no-inline';
import eventM4a from '../../assets/audio/event.m4a?url&no-inline';
import alertOgg from '../../assets/audio/alert.ogg?url&no-inline';
import alertM4a from '../../assets/audio/alert.m4a?url&no-inline';
import endingOgg from '../../assets/audio/ending.ogg?url&no-inline';
import endingM4a from '../../assets/audio/ending.m4a?url&no-inline';
import pacificOgg from '../../assets/audio/pacific.ogg?url&no-inline';
import pacificM4a from '../../assets/audio/pacific.m4a?url&no-inline';
import steppeOgg from '../../assets/audio/steppe.ogg?url&no-inline';
import steppeM4a from '../../assets/audio/steppe.m4a?url&no-inline';
import type { SoundUrls } from './SoundBoard.ts';

export const SOUND_URLS: SoundUrls = {
  click: [clickOgg, clickM4a],
  choose: [chooseOgg, chooseM4a],
  round: [roundOgg, roundM4a],
  event: [eventOgg, eventM4a],
  alert: [alertOgg, alertM4a],
  ending: [endingOgg, endingM4a],
  pacific: [pacificOgg, pacificM4a],
  steppe: [steppeOgg, steppeM4a],
};

// Registers the service worker that keeps the game playable offline, and says (without
// interrupting anything) when the game is ready offline or when a new version will load next time.
import { registerSW } from 'virtual:pwa-register';
import { t } from '../ui/messages.ts';
import { showNotice } from './notice.ts';

export function registerOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  void registerSW({
    onOfflineReady: () => showNotice(t('noticeOffline'), t('noticeOfflineReady')),
    onNeedRefresh: () => showNotice(t('noticeOffline'), t('noticeNewVersion')),
  });
}

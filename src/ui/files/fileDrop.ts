// Report files given by the person at the keyboard: chosen in a file input or dropped on a zone.
// Both ways hand the files over alike, so the class view and the workshop's report loader read
// them with one code path.
import { h } from '../dom.ts';

/** A file input for JSON reports; `take` gets the files chosen, every time they are chosen. */
export function jsonFileInput(
  id: string,
  take: (files: File[]) => void,
  multiple = false,
): HTMLInputElement {
  const input = h('input', {
    id,
    attrs: { type: 'file', multiple: multiple ? '' : undefined, accept: '.json,application/json' },
    on: {
      change: () => {
        take([...(input.files ?? [])]);
        // Cleared so that choosing the same file again (after fixing it, or as a duplicate) is
        // read again.
        input.value = '';
      },
    },
  });
  return input;
}

/** Makes `zone` take dropped files, marked `dragging` while files are held over it. */
export function acceptDrops<E extends HTMLElement>(zone: E, take: (files: File[]) => void): E {
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('dragging');
    take([...(e.dataTransfer?.files ?? [])]);
  });
  return zone;
}

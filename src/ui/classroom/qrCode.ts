// A QR code of a text (the class link), drawn as SVG elements built one by one: no markup string is
// ever parsed, and the code prints as sharp as the page. uqr computes the modules.
import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';
/** The standard's quiet zone, in modules: phone cameras need it to find the code. */
const QUIET_ZONE = 4;

/** One path for the dark modules: each run of dark modules in a row becomes one rectangle. */
export function darkPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (row[x]) x += 1;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return parts.join('');
}

function svgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  return element;
}

/** The code as an image with a name; black on white whatever the page's colours. */
export function qrCode(text: string, label: string): SVGSVGElement {
  // Level M survives a smudged print or a projector's glare and keeps a 120-character link small.
  const { size, data } = encode(text, { ecc: 'M', border: QUIET_ZONE });
  const svg = svgElement('svg', {
    class: 'qr-code',
    viewBox: `0 0 ${size} ${size}`,
    role: 'img',
    'aria-label': label,
    'shape-rendering': 'crispEdges',
  });
  svg.append(
    svgElement('rect', { width: String(size), height: String(size), fill: '#fff' }),
    svgElement('path', { d: darkPath(data), fill: '#000' }),
  );
  return svg;
}

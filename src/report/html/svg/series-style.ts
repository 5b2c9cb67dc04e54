import { n } from './numbers.js';

/**
 * How series are told apart: colour, and also marker shape and dash, so that
 * a reader without colour vision (or a grey printer) can follow each line.
 */
export type SeriesStyle = { colour: string; dash: string; shape: 'circle' | 'square' | 'triangle' | 'diamond' };

export const SERIES_STYLES: readonly SeriesStyle[] = [
  { colour: '#1f5a96', dash: '', shape: 'circle' },
  { colour: '#2a7f62', dash: '6 3', shape: 'square' },
  { colour: '#9a5b13', dash: '2 3', shape: 'triangle' },
  { colour: '#6b4c9a', dash: '8 3 2 3', shape: 'diamond' },
  { colour: '#4a5560', dash: '4 2', shape: 'circle' },
  { colour: '#a23b5c', dash: '1 2', shape: 'square' },
];

/** A marker at (x, y): filled, or hollow (white inside) for a value under its goal. */
export function markerSvg(style: SeriesStyle, x: number, y: number, hollow: boolean): string {
  const fill = hollow ? '#ffffff' : style.colour;
  const paint = `fill="${fill}" stroke="${style.colour}" stroke-width="1.6"`;
  switch (style.shape) {
    case 'circle':
      return `<circle cx="${n(x)}" cy="${n(y)}" r="4" ${paint}/>`;
    case 'square':
      return `<rect x="${n(x - 3.6)}" y="${n(y - 3.6)}" width="7.2" height="7.2" ${paint}/>`;
    case 'triangle':
      return `<path d="M${n(x)} ${n(y - 4.6)}L${n(x + 4.4)} ${n(y + 3.4)}L${n(x - 4.4)} ${n(y + 3.4)}Z" ${paint}/>`;
    case 'diamond':
      return `<path d="M${n(x)} ${n(y - 5)}L${n(x + 4.6)} ${n(y)}L${n(x)} ${n(y + 5)}L${n(x - 4.6)} ${n(y)}Z" ${paint}/>`;
  }
}

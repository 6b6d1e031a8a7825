// Colour themes for exported pictures. `print` is greyscale-safe: sourcing stays readable by
// shape and fill pattern alone (the glyphs already differ in both).
export type ThemeName = 'light' | 'dark' | 'print';

export interface Theme {
  background: string;
  ink: string;
  muted: string;
  grid: string;
  band: [string, string];
  link: string;
  evolve: string;
  region: string;
  regionInk: string;
  added: string;
  removed: string;
  font: string;
  greyscale: boolean;
}

export const THEMES: Readonly<Record<ThemeName, Theme>> = {
  light: {
    background: '#ffffff',
    ink: '#1b1f24',
    muted: '#57606a',
    grid: '#8c959f',
    band: ['#f6f8fa', '#ffffff'],
    link: '#57606a',
    evolve: '#cf222e',
    region: 'rgba(191, 135, 0, 0.10)',
    regionInk: '#9a6700',
    added: '#1a7f37',
    removed: '#cf222e',
    font: 'DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif',
    greyscale: false,
  },
  dark: {
    background: '#0d1117',
    ink: '#e6edf3',
    muted: '#8b949e',
    grid: '#6e7681',
    band: ['#161b22', '#0d1117'],
    link: '#8b949e',
    evolve: '#ff7b72',
    region: 'rgba(210, 153, 34, 0.16)',
    regionInk: '#e3b341',
    added: '#3fb950',
    removed: '#ff7b72',
    font: 'DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif',
    greyscale: false,
  },
  print: {
    background: '#ffffff',
    ink: '#000000',
    muted: '#333333',
    grid: '#000000',
    band: ['#f0f0f0', '#ffffff'],
    link: '#333333',
    evolve: '#000000',
    region: 'rgba(0, 0, 0, 0.06)',
    regionInk: '#000000',
    added: '#000000',
    removed: '#000000',
    font: 'DejaVu Serif, Liberation Serif, Times New Roman, serif',
    greyscale: true,
  },
};

import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/** A warm, deep teal: calm without being clinical. */
const hearth: MantineColorsTuple = [
  '#e9f6f3',
  '#d8ebe7',
  '#b0d6ce',
  '#85c0b4',
  '#61ad9e',
  '#4aa191',
  '#3c9a8a',
  '#2d8677',
  '#1f7a6d',
  '#0b695d',
];

/** A soft clay rose for accents (partners, highlights), never for errors. */
const clay: MantineColorsTuple = [
  '#fcf0ec',
  '#f3dfd8',
  '#e7bcae',
  '#dc9782',
  '#d3785d',
  '#cd6445',
  '#cb5a39',
  '#b34a2b',
  '#a04025',
  '#8c341c',
];

export const theme = createTheme({
  primaryColor: 'hearth',
  primaryShade: { light: 8, dark: 6 },
  colors: { hearth, clay },
  defaultRadius: 'md',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: {
    fontFamily:
      'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    fontWeight: '650',
  },
  cursorType: 'pointer',
  components: {
    Button: { defaultProps: { radius: 'md' } },
    Paper: { defaultProps: { radius: 'lg' } },
    Card: { defaultProps: { radius: 'lg' } },
    Modal: {
      defaultProps: { radius: 'lg', centered: true },
      styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } },
    },
    Badge: { defaultProps: { radius: 'sm' } },
  },
});

/** Warmer borders than Mantine's grey; the page background is set in global.css. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-default-border': '#e4ddd3' },
  dark: {},
});

/** Colours at 3:1 or more against white (WCAG 1.4.11), told apart by more than hue where it matters. */
export const CHART_COLORS = {
  blue: '#0066cc',
  green: '#00744b',
  orange: '#a65400',
  purple: '#6b3fa0',
} as const;

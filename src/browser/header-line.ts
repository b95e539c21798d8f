/**
 * Where a jump leaves a section's top: scroll-padding-top, the sticky header's
 * height and a margin (styles.css, Header.tsx). What lies above it is under the header.
 */
export function headerLine(): number {
  return parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
}

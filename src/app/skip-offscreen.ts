import { whenIdle } from '@/ui/idle';

/** The attribute on <html> that turns on `content-visibility: auto` for the lesson panels that opt in (CSS). */
const ATTRIBUTE = 'data-skip-offscreen';
/** Changes on <html> that resize every panel: language, presenter mode (root font size), theme. */
const LAYOUT_ATTRIBUTES = ['lang', 'data-presenter', 'data-theme'];

/**
 * Lets panels far off screen skip layout and paint, without breaking jumps to a
 * section. A skipped panel counts as its last remembered size
 * (`contain-intrinsic-size: auto …`), so every panel must have been laid out at
 * its true size first: otherwise a smooth jump to #cross-entropy would aim at a
 * position computed from estimates, and the panels rendering on the way would
 * push the target away. So skipping starts only once the page has been idle and
 * laid out whole, and stops (everything renders once more) whenever the language,
 * presenter mode, theme or window width change every panel's height, and for
 * each jump through an in-page link: a panel's content may have changed while it
 * was skipped (more classes, say), and the jump must aim at true positions.
 *
 * Why skip at all: the cross-entropy lesson follows the playground's logits, so a
 * drag up in the softmax lesson would otherwise lay out and paint it on every input.
 */
export function skipOffscreenPanels(root: HTMLElement = document.documentElement): () => void {
  let cancel = (): void => {};
  const settle = () => {
    cancel();
    root.removeAttribute(ATTRIBUTE);
    cancel = whenIdle(() => {
      // Two frames: one lays everything out (and records the sizes), the next turns skipping on.
      let frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => root.setAttribute(ATTRIBUTE, ''));
      });
      cancel = () => cancelAnimationFrame(frame);
    }, 2000);
  };
  settle();

  const observer = new MutationObserver(settle);
  observer.observe(root, { attributes: true, attributeFilter: LAYOUT_ATTRIBUTES });
  let width = window.innerWidth;
  const onResize = () => {
    if (window.innerWidth === width) return;
    width = window.innerWidth;
    settle();
  };
  window.addEventListener('resize', onResize);
  // Capture: before the browser computes where the link's fragment lies.
  const onClick = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest('a[href^="#"]')) settle();
  };
  document.addEventListener('click', onClick, true);
  return () => {
    cancel();
    observer.disconnect();
    window.removeEventListener('resize', onResize);
    document.removeEventListener('click', onClick, true);
    root.removeAttribute(ATTRIBUTE);
  };
}

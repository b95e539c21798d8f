import { useId, useState, type MouseEvent } from 'react';
import { useMessages } from './i18n';
import { revealLesson } from './lesson-reveal';
import { notationMessages } from './notation-strings';
import './notation.css';

/** The box's id: every lesson's link points here. */
export const NOTATION_ID = 'notation';
/** The lesson that states the notation (once, at its end). */
const NOTATION_LESSON = 'classification';

/** The app's notation, stated once: q, n, o, ŷ, y, ℓ, τ, η and how classes are numbered. */
export function NotationNote({ id = NOTATION_ID }: { id?: string }) {
  const m = useMessages(notationMessages);
  const titleId = useId();
  const rows: [string, string][] = [
    ['q', m.q],
    ['n', m.n],
    ['o = Wx + b', m.o],
    ['ŷ = softmax(o)', m.yHat],
    ['y, p', m.y],
    ['ℓ(y, ŷ) = −Σⱼ yⱼ log ŷⱼ', m.loss],
    ['τ, η', m.tauEta],
    ['0, …, q − 1', m.ids],
  ];
  return (
    <aside id={id} className="panel notation-box" aria-labelledby={titleId} tabIndex={-1}>
      <h3 id={titleId}>{m.title}</h3>
      <dl>
        {rows.map(([symbol, meaning]) => (
          <div key={symbol} className="notation-row">
            <dt className="notation-symbol">{symbol}</dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}

/**
 * The small link under a lesson's lead to the notation box. The box's lesson is
 * rendered first if it was not yet (the page's in-page links then jump there);
 * where that lesson is not on the page (a link that shows only some lessons), the
 * link opens the box in place instead.
 */
export function NotationLink() {
  const m = useMessages(notationMessages);
  const [inline, setInline] = useState(false);
  const boxId = useId();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!inline) {
      revealLesson(NOTATION_LESSON);
      if (document.getElementById(NOTATION_ID)) return;
    }
    event.preventDefault();
    setInline((open) => !open);
  };
  return (
    <>
      <p className="notation-link-row">
        <a
          href={`#${NOTATION_ID}`}
          className="notation-link"
          onClick={onClick}
          aria-controls={inline ? boxId : undefined}
          aria-expanded={inline ? true : undefined}
        >
          {m.link}
        </a>
      </p>
      {inline && <NotationNote id={boxId} />}
    </>
  );
}

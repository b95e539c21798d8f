import { useId, useState } from 'react';
import { useMessages } from '@/ui/i18n';
import { softmaxMessages } from '../strings';

export const MAX_NAME_LENGTH = 40;

interface ClassNameFieldProps {
  label: string;
  name: string;
  onCommit: (name: string) => void;
}

/**
 * A class name is the student's own text. It is kept as typed and only ever
 * rendered as React text (or through texText in formulas). An empty or overlong
 * name is refused with a message, and the last valid name stays in force.
 */
export function ClassNameField({ label, name, onCommit }: ClassNameFieldProps) {
  const m = useMessages(softmaxMessages);
  const id = useId();
  const [text, setText] = useState(name);
  const [error, setError] = useState<string | null>(null);
  // A preset or language change replaces the text (adjusting state during render avoids a second paint).
  const [shownName, setShownName] = useState(name);
  if (shownName !== name) {
    setShownName(name);
    if (text !== name) setText(name);
    setError(null);
  }

  return (
    <span className="class-name-field">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="text"
        value={text}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          if (next.trim() === '') setError(m.nameEmpty);
          else if (next.length > MAX_NAME_LENGTH) setError(m.nameTooLong(MAX_NAME_LENGTH));
          else {
            setError(null);
            if (next !== name) onCommit(next);
          }
        }}
      />
      {error && (
        <span id={`${id}-error`} role="alert" className="field-error">
          {error} {m.keptName(name)}
        </span>
      )}
    </span>
  );
}

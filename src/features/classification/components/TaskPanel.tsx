import { useMessages } from '@/ui/i18n';
import { classificationMessages } from '../strings';

/** Regression or classification, and the two readings of "classification": hard and soft. */
export function TaskPanel() {
  const m = useMessages(classificationMessages);
  return (
    <div className="panel task-panel">
      <h3>{m.taskHeading}</h3>
      <ul className="task-list">
        <li>
          <strong>{m.regressionName}</strong> {m.regressionText}
        </li>
        <li>
          <strong>{m.classificationName}</strong> {m.classificationText}
        </li>
      </ul>
      <p className="lesson-text">{m.assignmentWhy}</p>
    </div>
  );
}

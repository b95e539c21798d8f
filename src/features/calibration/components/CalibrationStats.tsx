import { fixed4 } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import type { CalibrationResult } from '../calibration-view';
import { calibrationMessages } from '../strings';

/** ECE, NLL and accuracy on the test set before and after scaling, and the held-out NLL τ* was fitted on. */
export function CalibrationStats({ result }: { result: CalibrationResult }) {
  const m = useMessages(calibrationMessages);
  const { before, after, fit, validationNll } = result;
  const none = m.noFitValue;
  const rows = [
    { label: m.eceRow, before: before.ece, after: after?.ece, ids: ['ece', 'ece-calibrated'] },
    { label: m.nllRow, before: before.nll, after: after?.nll, ids: ['nll', 'nll-calibrated'] },
    { label: m.accuracyRow, before: before.accuracy, after: after?.accuracy, ids: ['calibration-accuracy', 'calibration-accuracy-calibrated'] },
  ];
  return (
    <table className="numbers calibration-stats">
      <caption className="visually-hidden">{m.statsCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.metricColumn}</th>
          <th scope="col">{m.beforeColumn}</th>
          <th scope="col">{fit ? m.afterColumn(fixed4(fit.temperature)) : m.afterColumn('—')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.ids[0]}>
            <th scope="row">{row.label}</th>
            <td className="num" data-testid={row.ids[0]}>
              {fixed4(row.before)}
            </td>
            <td className="num" data-testid={row.ids[1]}>
              {row.after === undefined ? none : fixed4(row.after)}
            </td>
          </tr>
        ))}
        <tr>
          <th scope="row">{m.validationNllRow}</th>
          <td className="num" data-testid="validation-nll">
            {validationNll ? fixed4(validationNll.before) : none}
          </td>
          <td className="num" data-testid="validation-nll-calibrated">
            {validationNll ? fixed4(validationNll.after) : none}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

import { useState } from 'react';
import { downloadBlob, downloadText, exportFileName } from '@/browser/download';
import { useMessages } from '@/ui/i18n';
import { pageColors, svgToPng, type SvgPicture } from '@/ui/svg-export';
import { mistakesKeepMessages } from '../keep-strings';

interface PictureButtonsProps {
  /** What the file holds, for its name: `confusion-matrix`. */
  what: string;
  pngLabel: string;
  svgLabel: string;
  /** Draws the picture in the page's colours when a button is pressed. */
  draw: (colors: { background: string; text: string; font: string }) => SvgPicture;
}

/** Two buttons that save one of the lesson's pictures as PNG or SVG. */
export function PictureButtons({ what, pngLabel, svgLabel, draw }: PictureButtonsProps) {
  const m = useMessages(mistakesKeepMessages);
  const [failed, setFailed] = useState(false);
  const save = async (format: 'png' | 'svg') => {
    try {
      const picture = draw(pageColors());
      const name = exportFileName(what, format, new Date());
      if (format === 'svg') downloadText(picture.svg, name, 'image/svg+xml');
      else downloadBlob(await svgToPng(picture), name);
      setFailed(false);
    } catch (error) {
      console.error(error);
      setFailed(true);
    }
  };
  return (
    <div className="row mistakes-pictures" role="group" aria-label={m.pictures}>
      <span className="muted">{m.pictures}:</span>
      <button type="button" className="button-quiet" onClick={() => void save('png')}>
        {pngLabel}
      </button>
      <button type="button" className="button-quiet" onClick={() => void save('svg')}>
        {svgLabel}
      </button>
      {failed && (
        <span role="status" className="muted">
          {m.pictureFailed}
        </span>
      )}
    </div>
  );
}

import { useEffect, useState } from 'react';

interface QrCodeProps {
  text: string;
  label: string;
  /** Shown instead of the code when the text does not fit in a QR code. */
  tooLong: string;
}

/**
 * The link as an SVG QR code, dark on white whatever the theme (phone cameras
 * read that best), with a quiet zone. The SVG comes from the qrcode library,
 * which emits only paths built from the encoded bits, never the text itself.
 */
export function QrCode({ text, label, tooLong }: QrCodeProps) {
  const [svg, setSvg] = useState<{ text: string; markup: string | null } | null>(null);

  useEffect(() => {
    let cancelled = false;
    // Loaded on first use: the encoder has no place in the first screen's bundle.
    import('qrcode')
      .then(({ toString }) =>
        toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } }),
      )
      .then((markup) => !cancelled && setSvg({ text, markup }))
      .catch(() => !cancelled && setSvg({ text, markup: null }));
    return () => {
      cancelled = true;
    };
  }, [text]);

  if (svg?.text === text && svg.markup === null) return <p className="muted">{tooLong}</p>;
  return (
    <div
      className="qr-code"
      role="img"
      aria-label={label}
      data-testid="share-qr"
      data-qr-text={svg?.text === text ? text : undefined}
      dangerouslySetInnerHTML={{ __html: svg?.markup ?? '' }}
    />
  );
}

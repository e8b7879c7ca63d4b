import { useRef } from 'preact/hooks';
import { i18n } from '../utils/i18n';

/** Keyboard step for resizing, in px. */
const STEP = 32;

interface Props {
  width: number;
  min: number;
  max: number;
  onResize(width: number): void;
}

/** The sidebar's left edge: drag it, or focus it and use the arrow keys, to change the width. */
export function ResizeHandle({ width, min, max, onResize }: Props) {
  const start = useRef<{ x: number; width: number } | null>(null);
  const clamp = (w: number) => Math.round(Math.min(max, Math.max(min, w)));
  return (
    <div
      class="resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={i18n.t('sidebar.resize')}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      data-testid="resize-handle"
      onPointerDown={(event) => {
        start.current = { x: event.clientX, width };
        event.currentTarget.setPointerCapture(event.pointerId);
      }}
      onPointerMove={(event) => {
        if (start.current) onResize(clamp(start.current.width + start.current.x - event.clientX));
      }}
      onPointerUp={() => (start.current = null)}
      onKeyDown={(event) => {
        if (event.key === 'ArrowLeft') onResize(clamp(width + STEP));
        else if (event.key === 'ArrowRight') onResize(clamp(width - STEP));
        else return;
        event.preventDefault();
      }}
    />
  );
}

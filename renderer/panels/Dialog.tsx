// One accessible modal dialog for the app (export, share, restore unsaved work, help): the native
// <dialog> opened with showModal(), so the page behind is inert and focus cannot leave it (the
// browser's own focus trap), Escape calls `onClose`, and a heading or a label names it. While it is
// open no key reaches the editor's shortcuts behind it, even when focus fell back to <body>
// because a focused button went away.
import { useEffect, useRef, type ReactNode } from 'react';

export interface DialogProps {
  /** Escape (and a click on the backdrop, when allowed) asks the caller to stop showing it. */
  onClose: () => void;
  /** The id of the heading that names the dialog … */
  labelledBy?: string;
  /** … or its name when no heading inside says it. */
  label?: string;
  describedBy?: string;
  /** `alertdialog` for a question that needs an answer before work goes on. */
  role?: 'dialog' | 'alertdialog';
  className?: string;
  /** A click outside the dialog's box closes it: for dialogs whose answer does not matter. */
  closeOnBackdrop?: boolean;
  children: ReactNode;
}

export function Dialog({
  onClose,
  labelledBy,
  label,
  describedBy,
  role = 'dialog',
  className = '',
  closeOnBackdrop = false,
  children,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    const onKey = (e: KeyboardEvent) => {
      if (!dialog) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        close.current();
      }
      if (e.key === 'Tab') wrapFocus(dialog, e);
      if (!dialog.contains(e.target as Node)) e.stopImmediatePropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      if (dialog?.open) dialog.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`app-dialog ${className}`}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={labelledBy}
      aria-label={label}
      aria-describedby={describedBy}
      // Escape is handled above; the browser must not close the dialog behind React's back.
      onCancel={(e) => e.preventDefault()}
      // The editor's own key handlers must not act on the map behind the dialog.
      onKeyDown={(e) => e.stopPropagation()}
      onClick={(e) => {
        if (!closeOnBackdrop || e.target !== e.currentTarget) return;
        const box = e.currentTarget.getBoundingClientRect();
        const outside = e.clientX < box.left || e.clientX > box.right || e.clientY < box.top || e.clientY > box.bottom;
        if (outside) onClose();
      }}
    >
      {children}
    </dialog>
  );
}

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Tab from the last control goes to the first, Shift+Tab from the first to the last, and a Tab
 * while focus is lost (on <body>) comes back in: the browser alone would let focus leave the page.
 */
function wrapFocus(dialog: HTMLDialogElement, e: KeyboardEvent): void {
  const controls = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  const at = document.activeElement;
  const inside = at instanceof Node && dialog.contains(at);
  const to = !inside
    ? e.shiftKey
      ? last
      : first
    : e.shiftKey && at === first
      ? last
      : !e.shiftKey && at === last
        ? first
        : null;
  if (!to) return;
  e.preventDefault();
  to.focus();
}
